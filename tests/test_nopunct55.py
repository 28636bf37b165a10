"""Numbers keep their meaning when a request is typed or dictated without its marks (nopunct55).

Sentences of nopunct55's own (the measured rewrites are in `tests/data/nopunct55/`):

- a smaller number joined to an ordinal is an ordinal too, the lower end of a choice or span
  ("3 oder 4 Klasse", "Alter 2 4 Klasse"); an age with its unit right after "Klasse" does not keep
  the class from being an ordinal ("8 Klasse 14 Jahre") (`unmarked`);
- a measure's decimal comma lost ("1 8 Promille") makes no child of one (`unmarked`);
- "Wo" before a verb and its subject asks where ("5 und 9 Wo stellt sie …"), it is no weeks;
- a pregnancy's week followed by another thing's ending ("28 SSW Schule abgebrochen") or by an
  abortion still considered ("die einen Abbruch erwägt") is a pregnancy now (`pregnancy_ended`).

Look-alikes keep their reading: a pregnancy lost, an age before a year of training, weeks of a
baby, a class beside a pupil's code.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

PREGNANCY = (-9, -1)

AGES = [
    # (request, age range in months)
    ("Schülerin 3 oder 4 Klasse wirkt verwahrlost Beratung Kinderschutz in Bergkamen", (96, 119)),
    ("Elternabend Medien Alter 2 4 Klasse Grundschule Selm Referent gesucht", (84, 119)),
    ("schüler 8 klasse 14 jahre schwänzt dauernd schulsozialarbeit holzwickede", (168, 179)),
    ("mein sohn ist in der 3 klasse und kann kaum lesen lernförderung in kamen", (96, 107)),
    ("Jugendlicher 15 Alkoholvergiftung 1 6 Promille Suchtberatung für Eltern in Werne",
     (180, 191)),
    ("Mutter zwei Kinder 4 und 8 Wo stellt sie den Antrag auf Unterhaltsvorschuss Kamen",
     (48, 107)),
    # the ending belongs to another thing, or is still to come: the pregnancy goes on
    ("Klientin 17 J 24 SSW Ausbildung abgebrochen braucht Hebamme in Lünen", (-8, -1)),
    ("Patientin 16 Jahre in der 9 Schwangerschaftswoche die einen Abbruch überlegt Beratung Unna",
     PREGNANCY),
]

LOOK_ALIKES = [
    # (request, age range in months or None)
    ("Azubi 18 1 Lj Schulden Schuldnerberatung in Unna", (216, 227)),
    ("Kind 14 Kl 8b schwänzt Schulsozialarbeit in Kamen", (168, 179)),
    ("Baby 9 Wo schreit sehr viel Schreiambulanz in Unna", (2, 2)),
    ("Mutter hat in der 21 SSW ihr Kind verloren Tochter 6 braucht Trauerbegleitung in Unna",
     (72, 83)),
]


@pytest.mark.parametrize(("text", "months"), AGES + LOOK_ALIKES)
def test_numbers_keep_their_meaning_unmarked(assistant: Assistant, text: str,
                                             months: tuple[int, int] | None) -> None:  # fmt: skip
    answer, _session = assistant.respond(text)
    age = answer.request.age
    if months is None:
        assert age is None
    else:
        assert age is not None and (age.low, age.high) == months
