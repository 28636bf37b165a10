"""Relatives who raise the child and ask help for themselves (kin62).

Grandparents, an aunt, an uncle or an adult sibling who have the child living with them and ask
support for the carers ("Wo kriegen Großeltern da Unterstützung?", "Wer hilft der Oma?",
"Beratung für sich") need help with upbringing, the youth office's support for relatives who
raise a child; the carer's own child named with a possessive ("das Baby ihres Sohnes") is the
parent, the child a grandchild. Sentences written for these tests. What must not move: a
grandmother beside a need asked for the child.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

UPBRINGING = "hilfen_zur_erziehung"


@pytest.mark.parametrize(
    "text",
    [
        "Mein Mann und ich sind beide über siebzig und haben seit dem Sommer unsere zwei Enkel "
        "bei uns, die Tochter ist in einer Suchtklinik. Wo bekommen Großeltern wie wir "
        "Unterstützung in Kamen?",
        "die oma 66 hat die drei kinder von ihrer tochter bei sich die tochter ist in der "
        "psychiatrie wer hilft der oma in kamen",
        "Großeltern (beide 72) haben das Baby ihres Sohnes, 10 Monate, bei sich aufgenommen. "
        "Wo gibt es Beratung für sie? Unna",
        "Opa, 80, und Enkelsohn (15) leben allein zusammen, die Mutter sitzt ein. Der Opa bittet "
        "um Unterstützung für sich, Lünen-Brambauer.",
        "Kita-Kind 3 J., KV in der Entzugsklinik, Opa übernimmt. Hilfe für Großeltern? Werne",
    ],
)
def test_carers_asking_for_themselves_get_help_with_upbringing(catalogue: Catalogue,
                                                               text: str) -> None:  # fmt: skip
    assert UPBRINGING in understand(text, catalogue).topics


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Oma (70) möchte mit ihrem Enkel (6) zum Kinderturnen. Gibt es in Kamen etwas am "
         "Nachmittag?", "freizeit_sport_kultur"),
        ("Mein Enkel (9) wohnt bei mir, er braucht Nachhilfe in Deutsch. Lernförderung in Unna?",
         "lernfoerderung"),
        ("Oma passt dienstags auf die Kleine (2) auf, Mama sucht einen Kitaplatz in Selm.",
         "kita_betreuung"),
    ],
)
def test_a_grandparent_beside_a_need_asked_keeps_the_need(catalogue: Catalogue, text: str,
                                                          asked: str) -> None:  # fmt: skip
    topics = understand(text, catalogue).topics
    assert asked in topics
    assert UPBRINGING not in topics

