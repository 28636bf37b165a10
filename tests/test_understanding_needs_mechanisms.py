"""Needs by who and what: a negated need word is no need while another names one (alone it still
asks for what is missing); a child's own violence is a parenting need; a diagnosis names the
child's condition, not its first part."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.text import fold
from bot.understanding import understand
from bot.understanding.languages import parse_languages


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


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Fetales Alkoholsyndrom (FASD), Kind 2, Unna", "inklusion_behinderung"),
        ("Sohn 4 mit Alkoholembryopathie, Förderung in Kamen?", "fruehfoerderung"),
        ("Kind 9 mit FASD, Schulbegleitung Lünen", "inklusion_behinderung"),
        ("Kind 5 mit Tourette-Syndrom, Lünen", "fruehfoerderung"),
    ],
)
def test_a_diagnosis_names_the_childs_condition_not_its_first_part(
        catalogue: Catalogue, text: str, first: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert first in request.topics[:2]
    assert "inklusion_behinderung" in request.topics
    assert not {"belastete_eltern", "medien_sucht"} & set(request.topics)


def test_a_parents_drinking_stays_the_parents_burden(catalogue: Catalogue) -> None:
    assert understand("Mutter trinkt, Kind 3, Unna", catalogue).topics[0] == "belastete_eltern"


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Parenting course for twins 3? Doesn't need to be in English. Unna", ()),
        ("Elternkurs, muss nicht auf Türkisch sein, Kind 3, Kamen", ()),
        ("Not necessarily in Arabic, family counselling in Lünen", ()),
        # a negation in another clause waives nothing
        ("Mutter spricht kein Deutsch, Beratung auf Arabisch in Unna", ("ar",)),
    ],
)
def test_a_language_a_negation_waives_is_no_wish(text: str, languages: tuple[str, ...]) -> None:
    assert parse_languages(fold(text)) == languages


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Tochter 8 ist hochbegabt und unterfordert, Werne", "lernfoerderung"),
        ("Kind 4 mit Cochlea-Implantat, was gibt es in Unna?", "inklusion_behinderung"),
        ("Sohn 6 ist schwerhörig, Unterstützung in Bergkamen", "inklusion_behinderung"),
    ],
)
def test_giftedness_and_hearing_loss_are_named_needs(catalogue: Catalogue, text: str,
                                                    topic: str) -> None:  # fmt: skip
    assert understand(text, catalogue).topics[0] == topic


def test_a_named_parenting_help_leads_without_punctuation(catalogue: Catalogue) -> None:
    request = understand("kind 4 schlägt und beißt mutter weiß nicht weiter elternkurs in lünen",
                         catalogue)  # fmt: skip
    assert request.topics == ("elternkurse",)


def test_a_negation_of_something_else_waives_no_language() -> None:
    text = "kind 4 schlägt anne weiß nicht mehr weiter elternkurs auf türkisch in brambauer"
    assert parse_languages(fold(text)) == ("tr",)
