"""A need word a negation takes back is no need, as long as another word names one; a negated
need word alone still asks for what is missing."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Keine Hinweise auf Kindeswohlgefährdung, Kind 5 braucht Frühförderung, Unna",
         "kinderschutz", "fruehfoerderung"),
        ("Kein Verdacht auf Misshandlung. Mädchen 4 braucht Logopädie in Kamen",
         "kinderschutz", "sprachfoerderung"),
        ("Die Eltern kriegen kein BuT, Kind 8 braucht Nachhilfe, Lünen",
         "but_finanzen", "lernfoerderung"),
        ("Keine Erziehungsprobleme, aber Sohn 7 braucht Nachhilfe in Mathe, Werne",
         "erziehungsberatung", "lernfoerderung"),
    ],
)
def test_a_negated_need_word_is_no_need(catalogue: Catalogue, text: str, absent: str,
                                        present: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert absent not in request.topics
    assert request.topics[0] == present


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Kind 3 hat keinen Kitaplatz, Unna", "kita_betreuung"),
        # the negation takes back the first need word after it, not the one asked for after it
        ("jugendl 16 keine lust mehr auf schule bvb oder produktionsschule in unna",
         "schule_beruf"),
    ],
)
def test_what_is_missing_is_still_the_need(catalogue: Catalogue, text: str, topic: str) -> None:
    assert topic in understand(text, catalogue).topics


@pytest.mark.parametrize(
    "text",
    [
        "Kind 4 schlägt und beißt andere Kinder, Unna",
        "Mein Sohn haut in der Kita, 3 Jahre, Kamen",
        "Tochter 6 tritt und schubst ihren Bruder, Lünen",
    ],
)
def test_a_childs_own_violence_is_a_parenting_need(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert request.topics[:3] == ("erziehungsberatung", "elternkurse", "gewaltpraevention")
    assert not request.child_protection


def test_the_help_asked_for_leads_over_the_childs_violence(catalogue: Catalogue) -> None:
    request = understand("Kind 4 schlägt und beißt. Gibt es einen Elternkurs in Lünen?", catalogue)
    assert request.topics == ("elternkurse",)


def test_an_adults_violence_stays_child_protection(catalogue: Catalogue) -> None:
    request = understand("Papa schlägt die Mama, Kind 5, Unna", catalogue)
    assert request.child_protection
    assert request.topics[0] == "kinderschutz"
