"""Whose age a young parent told as a mother or father tells (whom48).

"ne mutter 17 … die hat nen baby vier monate … braucht mutter kind wohnen oder so jugendamt",
"en vater 20 … die ausbildung abgebrochen … will jetz wieder einsteigen in teilzeit wer berät
da": a parent under 21 with a way of his own (schooling he wants, or homelessness) and an ask for
counsel or an office for it is the one asked about. The baby's care, or no such ask ("will
Schule beenden. Was gibt's?"), keeps the baby's age. Needs pointed at two children ("Für die
Große … einen Kitaplatz, fürs Baby eine Krabbelgruppe") ask about both. Read through the
assistant: the age understood, and offers that fit it.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # the young parent's own way, asked for counsel or an office: the parent's age
    ("Junger Vater, 19, Tochter 10 Monate. Er will seinen Hauptschulabschluss nachholen, gibt "
     "es Beratung in Kamen?", (228, 239)),
    ("Mutter 17, Baby 2 Monate, sie will nach der Elternzeit ihre Ausbildung in Teilzeit "
     "weitermachen. Berufsberatung in Lünen?", (204, 215)),
    ("Mama ist 18 und seit zwei Wochen ohne Wohnung, Kind 1 Jahr. Wer ist da zuständig in "
     "Bergkamen?", (216, 227)),
    ("vater 18 der hat kein job und keine wohnung mehr das kind is ein jahr alt wer berät den "
     "jungen vater in unna", (216, 227)),
    ("die is obdachlos junge mutter 19 mit baby sechs monate schläft mal hier mal da wer is da "
     "zuständig in kamen", (228, 239)),
    # the baby's care, or no ask for the parent: the baby's age
    ("Mutter 17, Baby 3 Monate, sie geht wieder zur Schule. Wer betreut das Baby vormittags? "
     "Tagesmutter in Selm", (3, 3)),
    ("Junge Mutter 19, Kind 2 Jahre, sie sucht einen Kitaplatz für den Sohn, weil sie eine "
     "Ausbildung anfängt. Lünen", (24, 35)),
    ("Frohnhausen/Fröndenberg: 17-jährige Mutter mit Baby 6 Mon., will Schule beenden. Was "
     "gibt's?", (6, 6)),
    ("Kollegin fragt: junge Mutter, 18, Baby fünf Wochen alt, keine eigene Wohnung, pennt bei "
     "ner Freundin in Selm. Wo gibt es Hilfe für so junge Muttis?", (1, 1)),
    # each child a need is pointed at is asked about: the span of both
    ("Baby 5 Monate und eine Schwester 3 Jahre. Für die Große suchen wir einen Kitaplatz, fürs "
     "Baby eine Krabbelgruppe. Lünen-Brambauer", (5, 47)),
    ("Baby 10 Monate, großer Bruder 6 Jahre, wir suchen nur für das Baby eine Krabbelgruppe in "
     "Selm", (10, 10)),
    # look-alikes: a grown-up parent, or someone else's age
    ("Mutter ist 34, Tochter 8 Monate, die Mutter will zurück in den Job, Beratung zum "
     "Wiedereinstieg in Kamen?", (8, 8)),
    ("Baby 6 Monate, die Schwester der Mutter ist 17 und hilft mit. Mutter sucht ein Elterncafé "
     "in Lünen", (6, 6)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_whose_age_a_young_mother_or_father_tells(assistant: Assistant, text: str,
                                                  expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)
