"""Ages at transitions and in professional shorthand (ages76).

Youth-welfare files and counter notes write the young person as "jM 16" (junger Mensch), small
children as "2 Kinder U3" beside the client's or mother's own age, a check-up's child as
"U10-Termin (8 J.)"; a birthday ahead is told with the verb last ("ein Schüler, der kommende Woche
16 wird") and a school start with its age ("kommt jetzt mit sieben in die erste", held back a
year); a pregnancy told as the cause of something past beside a baby's months is that baby's
history. Read through the assistant: the age it understood, and that every offer it stands behind
takes a child of that age. The look-alikes keep their reading: a group's name "U3-Gruppe" beside
a told age, a parent's birthday, a sibling's class, a birthday told with "wird … sein".
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # "jM": the files' junger Mensch, a role noun like "Jgdl."
    ("jM 16, umA, Clearing abgeschl.; Wechsel Inobhutnahme → Jugendwohnen; Nordbögge",
     (192, 203)),
    ("jM 19, CL, Schulden ca. 4.200 €; Langern; Schuldnerberatung für junge Erw. vor Ort?",
     (228, 239)),
    # a child noun marked "U3": the children's age, not the mother's or the client's
    ("KM Anf. 20, 2 Kinder U3, nach Trennung aus Frauenhaus in eigene Whg. Alstedde; "
     "Kita-Plätze für beide", (0, 35)),
    ("Vorsprache Kundin 23 J 2 Kinder U3 Wohnort Fröndenberg Thema Kinderzuschlag", (0, 35)),
    # a check-up's name with the child's age in its bracket
    ("U10-Termin (8 J.), Eltern: Konzentration seit Kl. 3 schlecht, Wartezeit SPZ 6 Mon. "
     "Wethmar", (96, 107)),
    ("U9-Termin (5 J.), Sprache deutlich verzögert, Eltern unsicher. Holzwickede", (60, 71)),
    # a birthday ahead with the verb last: a year younger today
    ("Ein Schüler, der kommende Woche 16 wird, trinkt regelmäßig. Suchtberatung in Werne?",
     (180, 191)),
    # the age told with a school start now
    ("wir haben nen jungen der ist ein jahr zurückgestellt worden und kommt jetzt mit sieben in "
     "die erste der schämt sich total wohnen in lünen süd", (84, 95)),
    # a pregnancy told as the cause of something past, beside the baby's months
    ("- junge Mutter, 19 J., Kind 8 Mon. / - Ausbildung abgebrochen wg. Schwangerschaft / - "
     "möchte Teilzeitausbildung, braucht Betreuung fürs Kind / - Brambauer", (8, 8)),
    # look-alikes that keep their reading
    ("Mädchen 2 J. in unserer U3-Gruppe, spricht kaum, Eltern nur Arabisch. Kamen", (24, 35)),
    ("Der Junge ist zwölf, der Vater, der im Juni 40 wird, ist ausgezogen. Beratung in Schwerte?",
     (144, 155)),
    ("Schüler, 11 Jahre, der Bruder ist in Klasse 9 und schlägt ihn. Beratung in Selm?",
     (132, 143)),
    ("Sie ist jetzt 17 und wird 18 sein, wenn die Hilfe endet. Unterstützung in Kamen?",
     (204, 215)),
    ("Schülerin 17, Ausbildung abgebrochen wegen Schwangerschaft, 24. SSW, Hebamme in Unna?",
     (-8, -1)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_at_transitions_and_in_shorthand(assistant: Assistant, text: str,
                                             expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


def test_passive_wird_after_an_age_is_no_birthday(assistant: Assistant) -> None:
    """"Sohn 8 wird gemobbt": the verb is the passive's, the boy is eight."""
    answer, _session = assistant.respond("Sohn 8 wird in der Schule gemobbt, Hilfe in Kamen?")
    assert_age_read_and_offers_fit(answer, (96, 107))
