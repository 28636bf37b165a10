"""Whose need, and what it costs (issue 8, session 26, needs26).

A young person's own debts ask for the help young adults get, not for a child's benefits; a wish
that a help which costs a fee were free asks for what pays that fee beside the help; a carer who
"braucht mal Pause" needs relief, not the school's break-time social work. Sentences written for
these tests (none from a labelled set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand

MONEY = "but_finanzen"
YOUNG = "junge_volljaehrige"
LEARNING = "lernfoerderung"
LEISURE = "freizeit_sport_kultur"
SINGLE = "alleinerziehende_entlastung"
SCHOOL = "schulsozialarbeit"


@pytest.mark.parametrize(
    "text",
    [
        "Azubine 18 hat 3000 € Schulden beim Versandhandel. Gibt es in Unna Beratung?",
        "Mein Neffe (19) ist völlig verschuldet und kriegt nur noch Post vom Inkasso. Lünen",
        "Young man, 20, struggling with money and rent after leaving the group home. Kamen",
        "Jugendlicher 17, Schuldnerberatung gesucht, wohnt in Bergkamen",
    ],
)
def test_a_young_persons_own_debts_ask_for_young_adults_help(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert YOUNG in request.main_topics
    assert MONEY not in request.main_topics


@pytest.mark.parametrize(
    "text",
    [
        "Familie mit Kindern 4 und 7 ist hoch verschuldet, Strom droht abgestellt zu werden. Kamen",
        "Schülerin 17 braucht BAföG-Beratung für die Fachoberschule, wohnt in Unna",
    ],
)
def test_a_childs_family_debts_and_a_named_benefit_keep_the_money_help(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    """Debts beside a child, and a benefit named by its name, are still what BuT and its
    counselling meet."""
    assert MONEY in understand(text, catalogue).main_topics


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Unser Schachclub sucht Förderung für den Verein, damit Kinder 8-12 aus ärmeren "
         "Familien mitmachen können. Unna", LEISURE),
    ],
)
def test_funding_asked_for_a_club_asks_for_what_pays_it(
        catalogue: Catalogue, text: str, need: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert need in request.main_topics
    assert MONEY in request.main_topics
    answer = match(request, catalogue)
    assert answer.offers and not answer.gap


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("suche nachhilfe für meine tochter 12 in deutsch, sollte aber nix kosten. bergkamen",
         LEARNING),
        ("Gibt es in Lünen kostenlose Nachhilfe für einen Fünftklässler?", LEARNING),
        ("Sohn 9 möchte in den Handballverein, geht das irgendwie umsonst? Kamen", LEISURE),
    ],
)
def test_a_fee_paid_help_wished_free_is_the_help_asked(
        catalogue: Catalogue, text: str, need: str) -> None:  # fmt: skip
    """money54: a help wished free asks for that help; what pays it is its condition, shown
    among the alternatives, not a main need (`main_need_free`)."""
    request = understand(text, catalogue)
    assert request.main_topics == (need,)
    assert MONEY in request.topics


@pytest.mark.parametrize(
    "text",
    [
        "Gibt es in Werne ein kostenloses Ferienprogramm für Kinder von 6 bis 10?",
        "Kostenlose Sportangebote nachmittags für Kinder 8 in Bönen?",
    ],
)
def test_a_free_wish_for_a_help_free_anyway_asks_nothing_more(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    assert MONEY not in understand(text, catalogue).main_topics


def test_a_carer_who_needs_a_rest_needs_relief_not_school_social_work(
        catalogue: Catalogue) -> None:  # fmt: skip
    request = understand("mein bruder ist allein mit den kindern 4 und 9 und braucht mal ne "
                         "pause, gibts in unna was", catalogue)
    assert request.main_topics[:1] == (SINGLE,)
    assert SCHOOL not in request.topics
    assert not match(request, catalogue).gap


def test_a_school_break_still_names_school_social_work(catalogue: Catalogue) -> None:
    request = understand("Junge 8 wird in der Pause immer ausgelacht, Schulsozialarbeit in "
                         "Kamen?", catalogue)
    assert SCHOOL in request.main_topics


DISORDER = "psychische_gesundheit"


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Junge 10 mit ADHS braucht Nachhilfe in Deutsch, wohnt in Werne", LEARNING),
        ("Mädchen 7, Tourette, Eltern suchen ein Elterntraining in Bönen", "elternkurse"),
        ("Sohn 12, Zwangsstörung, die Familie möchte Erziehungsberatung in Holzwickede",
         "erziehungsberatung"),
    ],
)
def test_a_diagnosis_beside_a_help_asked_is_why_not_the_need(
        catalogue: Catalogue, text: str, need: str) -> None:  # fmt: skip
    """Writers label the help asked; where it has no offer the gap stays honest instead of
    psychological help standing in."""
    request = understand(text, catalogue)
    assert request.main_topics[:1] == (need,)
    assert DISORDER not in request.main_topics


def test_a_diagnosis_told_alone_still_names_psychological_help(catalogue: Catalogue) -> None:
    request = understand("Kind 9 hat ADHS, was gibt es in Kamen?", catalogue)
    assert DISORDER in request.main_topics


def test_young_children_alone_are_no_single_parent(catalogue: Catalogue) -> None:
    """Who is alone decides: two little ones alone on a bench name child protection."""
    request = understand("Ich seh seit einer Stunde zwei Kleine, so 2 und 4, allein auf dem "
                         "Spielplatz in Unna-Königsborn. Wen soll ich anrufen?", catalogue)
    assert "kinderschutz" in request.topics
    assert SINGLE not in request.topics


def test_a_carer_alone_with_the_children_still_needs_relief(catalogue: Catalogue) -> None:
    request = understand("Mutter ist seit der Trennung allein mit den Kindern (3 und 6) und "
                         "schafft es kaum. Werne", catalogue)
    assert SINGLE in request.main_topics


def test_a_baby_born_early_beside_a_group_asked_is_no_early_intervention(
        catalogue: Catalogue) -> None:  # fmt: skip
    """Prematurity told beside a parent-and-baby group asked for is who the baby is; where no
    group fits, the gap stays honest instead of early intervention standing in."""
    request = understand("Frühchen, jetzt 10 Monate, die Mama sucht eine Krabbelgruppe in "
                         "Holzwickede", catalogue)
    assert request.main_topics[:1] == ("eltern_kind_gruppen",)
    assert "fruehfoerderung" not in request.main_topics


def test_a_baby_born_early_who_develops_slowly_still_names_early_intervention(
        catalogue: Catalogue) -> None:  # fmt: skip
    request = understand("Frühchen, jetzt 14 Monate, krabbelt noch nicht. Frühförderung in "
                         "Kamen?", catalogue)
    assert "fruehfoerderung" in request.main_topics


def test_help_after_a_separation_is_no_tutoring(catalogue: Catalogue) -> None:
    """A preposition starts no compound: "Hilfe nach Trennung" is no Nachhilfe."""
    request = understand("kinder 5 und 8, die familie in werne sucht hilfe nach der trennung",
                         catalogue)
    assert "lernfoerderung" not in request.topics
    assert "erziehungsberatung" in request.main_topics


@pytest.mark.parametrize("text", ["Kind 5 spielt gern allein, Kamen",
                                  "Kind 9 darf schon allein zur Schule gehen, Kamen"])
def test_a_child_alone_in_a_harmless_way_names_no_protection(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    assert "kinderschutz" not in understand(text, catalogue).topics
