"""A child named by its relation to its carer, and a newborn's days at home (kin52).

Grandparents, an older brother or sister who became guardian, foster families: forms name the
child by what it is to them ("Kind: Enkel Omar, 5", "Kind: Schwester, 14 | … Justin, 21,
Vormund"), and the number there is the child's age, not a sibling's nor a bare number; "Zwillinge
seit 12 Tagen zu Hause" is a baby of days, not a span of time. The carer's own age alone names no
child. Read through the assistant: the age it understood, and that every offer it stands behind
takes a child of that age.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    ("Anfragende Person: Großvater (syrisch), schreibt Enkelin | Kind: Enkel Omar, 5 | "
     "Wohnort: Kamen-Mitte | Anliegen: Kitaplatz", (60, 71)),
    ("Anfragende Person: Justin, 21, Vormund seit 04/2025 | Kind: Schwester, 14 | Anliegen: Sie "
     "geht seit 3 Wochen nicht mehr zur Schule. Schulsozialarbeit?", (168, 179)),
    ("Kind: Enkel Jonas, 3 | Anfragende Person: Großmutter | Wohnort: Kamen-Methler | "
     "Anliegen: spricht kaum", (36, 47)),
    ("Kind: Bruder, 16 | Sorgeberechtigt: Schwester Aylin, 24 | Ort: Bergkamen-Mitte | "
     "Anliegen: will eine Ausbildung", (192, 203)),
    ("Kind: Schwester Leyla, 10 | Betreuungsperson: Bruder, 19 | Ort: Bergkamen-Rünthe | "
     "Anliegen: Nachhilfe Mathe", (120, 131)),
    ("Pflegeperson: Großmutter (62) | Kind: Enkelin Mia, 4 | Wohnort: Unna-Massen | Anliegen: "
     "Sprachförderung", (48, 59)),
    ("Tel. 09:15 – Fr. N. (31), Zwillinge seit 12 Tagen zu Hause, Partner weg. Bergkamen-"
     "Overberge. Schreiambulanz?", (0, 0)),
    ("Drillinge seit 9 Tagen zu Hause, Mutter völlig erschöpft, Werne-Mitte, Familienhebamme?",
     (0, 0)),
    ("Baby seit 6 Wochen aus der Klinik, Mama allein, Unna. Frühe Hilfen?", (1, 1)),
    ("Tel. – Fr. B., 3. Kind vor 8 Wo. geboren, allein mit allen dreien, Unna. Rückbildung?",
     (1, 1)),
    # grandchildren in Polish and Russian with their ages as a range or a pair; a bullet ends
    # the clause, so "• Kündigung angedroht" makes no span of the ages before it
    ("babcia z trójką wnuków od trzech do ośmiu lat, Kamen, Familienzentrum?", (36, 107)),
    ("• Lünen-Süd • бабушка 70 с двумя внуками, 5 и 9 лет • Kündigung angedroht • BuT bitte",
     (60, 119)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_child_by_relation_or_days_at_home(assistant: Assistant, text: str,
                                           expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


LOOKALIKES = [
    # the carer's own age only: no child's age to read, the assistant asks
    ("Großmutter, 64, fühlt sich mit der Betreuung der Enkel überfordert, Kamen", None),
    ("Opa (75) mit Enkel, wohnen in Selm, brauchen Hilfe bei der Erziehung", None),
    # the enquirer field holds the writer's age, her own pregnancy is the request
    ("Anfragende Person: Schwester, 22 | Anliegen: selbst schwanger in der 10. SSW | Ort: "
     "Bergkamen", (-9, -1)),
    # a child at home for weeks is no newborn: "seit" stays a span
    ("Pflegekind seit 12 Tagen bei uns zu Hause, 7 Jahre, Lünen", (84, 95)),
    # a preterm baby's age told besides its days at home: the told age, not the days
    ("frühchen 32+4, seit 10 tagen zuhause, jetzt 7 wochen alt. frühförderung in unna?", (1, 1)),
]


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_carer_age_and_spans_stay_apart(assistant: Assistant, text: str,
                                        expected: tuple[int, int] | None) -> None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    assert (None if age is None else (age.low, age.high)) == expected
