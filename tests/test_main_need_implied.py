"""A need implied by another follows only for a baby (issue 8: "passend" only when it fits).

"For a baby or an unborn child, a family's burden is also a matter for the Frühe Hilfen": a
depressed mother of a 4-month-old is offered the family midwife as fitting. For a child past its
first year the burden itself is the need — a toddler's addicted or mentally ill parent asks for
help for such families, not for a baby programme; where none is held, that is an honest gap.
Sentences written for this file, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand
from bot.understanding.topic_choice import implied_until


@pytest.mark.parametrize(
    "text",
    [
        "Schwangere, 28. SSW, Partner alkoholkrank, Bergkamen",
        "Mutter depressiv seit der Geburt, Säugling 6 Wochen, Unna",
        "Baby 9 Monate, Papa hat eine Psychose, Kamen",
    ],
)
def test_a_babys_family_burden_implies_fruehe_hilfen(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert request.age is not None and request.age.low <= implied_until()
    assert "fruehe_hilfen" in request.topics


@pytest.mark.parametrize(
    "text",
    [
        "Mama hat eine Psychose, der Kleine ist 15 Monate alt, wohnt in Werne",
        "Oma sorgt sich: Mutter depressiv, Enkel 2 Jahre alt, Schwerte",
        "mutter trinkt, kind 22 monate, werne",
    ],
)
def test_a_toddlers_family_burden_is_the_need_itself(catalogue: Catalogue, text: str) -> None:
    """No offer for children of ill parents serves these toddlers there: a gap, and no baby
    programme presented as fitting instead."""
    answer = match(understand(text, catalogue), catalogue)
    request = answer.request
    assert request.age is not None and request.age.low > implied_until()
    assert "belastete_eltern" in request.topics
    assert "fruehe_hilfen" not in request.topics
    assert not any("fruehe_hilfen" in hit.offer.topics for hit in answer.offers)
    assert answer.offers == () and answer.gap is not None


def test_a_word_that_names_fruehe_hilfen_still_counts_for_a_toddler(catalogue: Catalogue) -> None:
    """Only the implication ends with the first year; a help named ("Familienpatin") stays."""
    request = understand("Vater spielsüchtig, Sohn 26 Monate, Familienpatin in Kamen gesucht",
                         catalogue)  # fmt: skip
    assert "fruehe_hilfen" in request.main_topics


def test_young_adults_who_leave_youth_welfare_ask_for_young_adults_help(catalogue: Catalogue
                                                                         ) -> None:  # fmt: skip
    """"… die aus der Jugendhilfe rausfallen?" tells where they come from: the help asked for
    is the young adults' (none in Bergkamen: a gap), not the Jugendhilfe they leave."""
    answer = match(understand("Gibt es in Bergkamen etwas für junge Erwachsene (19), die aus der "
                              "Jugendhilfe rausfallen? Wohnung, Ämter, Schulden.", catalogue),
                   catalogue)  # fmt: skip
    assert answer.request.main_topics == ("junge_volljaehrige",)
    assert answer.offers == () and answer.gap is not None


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Zwillinge in der 34. SSW geboren, jetzt 6 Wochen, Mutter völlig erschöpft, Vater auf "
         "Montage, Kamen", "fruehe_hilfen"),
        ("Frühchen, geb. 29. SSW, jetzt 8 Mon., Eltern wünschen Frühförderung in Lünen",
         "fruehfoerderung"),
    ],
)  # fmt: skip
def test_a_born_childs_birth_week_names_no_pregnancy_need(catalogue: Catalogue, text: str,
                                                          need: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.age is not None and request.age.low >= 0
    assert "schwangerschaft_geburt" not in request.main_topics
    assert need in request.main_topics


def test_a_pregnancy_week_still_names_a_pregnancy(catalogue: Catalogue) -> None:
    request = understand("Schwangere in der 31. SSW in Kamen sucht eine Hebamme", catalogue)
    assert request.main_topics == ("schwangerschaft_geburt",)
