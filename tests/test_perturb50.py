"""A request understood once stays understood when people vary their typing.

Sentences of perturb50's own (the measured rewrites are in `tests/data/perturb50/`): the same
request typed without commas and brackets, or with a punctuated greeting or aside around a body
typed without them, keeps the child's age —

- a body typed without punctuation reads its one unexplained number as the age even when a
  greeting ("Moin! …") or an aside sentence before it carries marks (`age_unpunctuated`);
- a child's age told with its unit closes its phrase as a comma would, so the brothers and
  sisters told right after it stay the family around the child ("Sohn 3 J Geschwister 7 und 11");
- a first name heads the number after it ("Mia 13 aus unserer Jugendgruppe …") as "Mia, 13, …"
  does, even before "aus meiner Gruppe", which after a bare count names a group's members;
- a time or date whose colon or dots were lost, told by a leading zero ("Einsatz 02 40",
  "seit 01 11"), is no age (`numbers.not_age_spans`).

Look-alikes keep their reading: a count of children, siblings with a need of their own, a time.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

AGES = [
    # (request, age range in months)
    ("Moin! wir haben hier nen jungen mit sechs der beißt andere kinder in der kita in kamen",
     (72, 83)),
    ("Ich arbeite seit 12 Jahren in der OGS. unsere nachbarin hat nen sohn mit 9 der schwänzt "
     "dauernd die schule was gibt es in unna", (108, 119)),
    ("Hallo zusammen, kurze Frage: meine kollegin hat ne tochter mit 13 die zockt nächtelang "
     "und geht nicht zur schule wir wohnen in selm", (156, 167)),
    ("Tochter 4 Jahre Geschwister 8 und 10 sie spricht kaum Deutsch Sprachförderung in Bönen",
     (48, 59)),
    ("baby drei monate große geschwister 6 und 9 gehen zur schule die mutter ist erschöpft und "
     "sucht eine familienhebamme in unna", (3, 3)),
    ("Mia 13 aus unserer Jugendgruppe ritzt sich seit Wochen wer hilft in Schwerte", (156, 167)),
    ("Jonas 10 aus der Nachbarschaft wird zuhause geschlagen was tun in Lünen", (120, 131)),
    # a time or date without its colon or dots, told by a leading zero, is no age
    ("Einsatz 02 40 Beifahrerin 16 betrunken aufgegriffen Eltern haben sie abgeholt "
     "Suchtberatung in Unna gesucht", (192, 203)),
]

LOOK_ALIKES = [
    # (request, age range in months or None): the reading a comma-free text must not change
    ("Moin! kurze frage wir haben 2 kinder und wissen nicht wie das mit dem wohngeld in kamen "
     "geht", None),
    ("Geschwister 4 und 12 brauchen Begleitung nach dem Tod der Mutter in Lünen", (48, 155)),
    ("Termin bei Frau Jana 14 Uhr wegen Wohngeld in Bergkamen kann ich da noch hin", None),
    # a dash set apart is typed punctuation: the count after it is in a clause of its own
    ("Korrektur: nicht Unna, sondern Bönen-Flierich – ich hatte drei Akten verwechselt", None),
]


def _age(assistant: Assistant, text: str) -> tuple[int, int] | None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    return (age.low, age.high) if age else None


@pytest.mark.parametrize(("text", "months"), AGES)
def test_age_kept_without_punctuation(assistant: Assistant, text: str,
                                      months: tuple[int, int]) -> None:  # fmt: skip
    assert _age(assistant, text) == months


@pytest.mark.parametrize(("text", "months"), LOOK_ALIKES)
def test_look_alikes_keep_their_reading(assistant: Assistant, text: str,
                                        months: tuple[int, int] | None) -> None:  # fmt: skip
    assert _age(assistant, text) == months
