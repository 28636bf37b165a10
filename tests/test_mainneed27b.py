"""The need the writer names is the main need; another family member's condition, or the child's
condition beside a help that names its own kind, is only context (issue 8, session 27).

Sentences of our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "main", "context"),
    [
        # a parent's or a sibling's condition beside a need of the child's
        ("Krabbelgruppe in Schwerte für ein Baby von 9 Monaten? Die Mutter ist alleinerziehend "
         "und sitzt im Rollstuhl.", "eltern_kind_gruppen", "inklusion_behinderung"),
        ("Tagesmutter in Unna für Baby 10 Monate? Der Vater sitzt seit dem Unfall im Rollstuhl.",
         "kita_betreuung", "inklusion_behinderung"),
        # the child's condition beside a help that names its own kind
        ("Mädchen, 5, Herzfehler, zwei OPs hinter sich. Die Mutter weiß nicht, ob sie nächstes "
         "Jahr in die Schule kommt oder zurückgestellt wird. Wohnen in Heil. Wer berät da?",
         "uebergang_kita_schule", "inklusion_behinderung"),
        # a father written as spoken ("Vatter") tells who, not what is needed
        ("Ein Vatter in Schwerte, alleene mit Zwillingen, 2 Jahre alt, sucht ne Kita oder "
         "Tagesmutter.", "kita_betreuung", "alleinerziehende_entlastung"),
    ],
)
def test_the_named_need_leads_and_the_family_situation_is_context(
        catalogue: Catalogue, text: str, main: str, context: str) -> None:
    request = understand(text, catalogue)
    assert request.main_topics[0] == main
    assert context not in request.main_topics


@pytest.mark.parametrize(
    "text",
    [
        "Krabbelgruppe in Schwerte für ein Baby von 9 Monaten? Die Mutter sitzt im Rollstuhl.",
        "Ein Vatter in Schwerte, alleene mit Zwillingen, 2 Jahre alt, sucht ne Kita oder "
        "Tagesmutter.",
    ],
)
def test_no_offer_of_the_named_kind_is_an_honest_gap(catalogue: Catalogue, text: str) -> None:
    answer = match(understand(text, catalogue), catalogue)
    assert answer.gap is not None
    assert not answer.offers


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the child's own disability decides which Kita helps
        ("Gibt es in Holzwickede eine Kita, die auch ein Kind im Rollstuhl aufnimmt? Junge 4.",
         "inklusion_behinderung"),
        # a parent who asks for the child's help owns no condition; an age names the child
        ("Sohn 9, Autismus, die Mutter bittet um eine Schulbegleitung in Kamen.",
         "inklusion_behinderung"),
        ("Eltern von 4-jährigem mit Down-Syndrom wünschen sich Austausch, Bönen.",
         "inklusion_behinderung"),
        # the parent's condition asked about alone stays the need
        ("Mutter sitzt im Rollstuhl, Baby 5 Monate, Unna. Wer berät zu Hilfen für sie?",
         "inklusion_behinderung"),
    ],
)
def test_a_condition_that_is_the_matter_stays_a_need(catalogue: Catalogue, text: str,
                                                     kept: str) -> None:
    assert kept in understand(text, catalogue).main_topics
