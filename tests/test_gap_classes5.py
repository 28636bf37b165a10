"""Honest gaps by mechanism (issue 8, classes "Needs" rare needs and "Honesty"), helper gaps5.

"Passend" is reserved for offers that meet the main need at this age and place. Each class below
is one mechanism, with sentences of its own (none taken from an evaluation set) and a look-alike
that must keep its fitting offers.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import AlternativeWhy, GapReason
from bot.understanding import understand

# --- a word nobody explains that contains the need word narrows it ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Langzeitstillende Mutter, Sohn 2, möchte sich mit anderen austauschen, die noch stillen. "
        "Lünen",
        "Langzeitstillende Mama mit Tochter (26 Monate) sucht andere, die noch stillen. Bönen",
    ],
)
def test_an_unknown_word_around_the_need_word_is_an_honest_gap(catalogue: Catalogue, text: str
                                                               ) -> None:  # fmt: skip
    """Breastfeeding a toddler is no breastfeeding advice for a newborn's mother: the word that
    narrows the need is named, and nothing is called fitting."""
    answer = match(understand(text, catalogue), catalogue)
    assert answer.request.unexplained and answer.request.need_unexplained
    assert answer.offers == () and answer.gap == GapReason.UNCLEAR
    assert answer.alternatives  # the nearest offers, marked


def test_a_known_word_beside_the_need_word_keeps_the_offers(catalogue: Catalogue) -> None:
    answer = match(understand("Baby 3 Wochen, Stillen klappt nicht, Stillgruppe in Unna?",
                              catalogue), catalogue)  # fmt: skip
    assert not answer.request.need_unexplained
    assert answer.gap is None and answer.offers


# --- the help asked for, of another life phase, is not replaced by a shared symptom ----------


@pytest.mark.parametrize(
    "text",
    [
        "Papa ist im Sommer gestorben, Sohn (2) weint jeden Abend. Trauerbegleitung in Unna?",
        "Die Mama ist gestorben, Tochter (2) ist sehr still geworden und weint oft. "
        "Trauerbegleitung in Kamen?",
    ],
)  # fmt: skip
def test_an_asked_need_the_offers_do_not_serve_at_this_age_is_an_age_gap(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    """A symptom both needs share ("weint abends") does not turn grief support asked for at two
    into family counselling. (A symptom strong for this age alone, "weint nachts" at two, still
    wins: `topic_choice` keeps a child's own need before one of another life phase.)"""
    answer = match(understand(text, catalogue), catalogue)
    assert "psychische_gesundheit" in answer.request.main_topics
    assert answer.offers == () and answer.gap == GapReason.AGE
    assert any(h.why == AlternativeWhy.AGE for h in answer.alternatives)


def test_grief_support_at_an_age_it_serves_is_fitting(catalogue: Catalogue) -> None:
    answer = match(understand("Mama ist gestorben, Tochter 10 weint viel. Trauergruppe in Kamen?",
                              catalogue), catalogue)  # fmt: skip
    assert answer.gap is None
    assert "psychische_gesundheit" in answer.offers[0].offer.topics


# --- a member of the family told of says who, not what is needed -----------------------------


@pytest.mark.parametrize(
    ("text", "main", "gap"),
    [
        ("Sohn 3, Mutter 25, Vater 27, Kitaplatz in Schwerte-Holzen?", "kita_betreuung",
         GapReason.NOT_HERE),
        ("Vater (39) mit Sohn 9, Trennung, Beratung in Schwerte", "erziehungsberatung",
         GapReason.NOT_HERE),
        ("Alleinerziehende Mutter, Tochter 5, braucht Kita mit langen Öffnungszeiten. Schwerte",
         "kita_betreuung", GapReason.NOT_HERE),
    ],
)  # fmt: skip
def test_a_parent_told_of_is_no_need_of_its_own(catalogue: Catalogue, text: str, main: str,
                                                gap: GapReason) -> None:  # fmt: skip
    answer = match(understand(text, catalogue), catalogue)
    assert answer.request.main_topics == (main,)
    assert answer.offers == () and answer.gap == gap
    assert not any("alleinerziehende_entlastung" in h.offer.topics for h in answer.offers)


@pytest.mark.parametrize(
    "text",
    [
        "Gibt es eine Gruppe für Väter in Lünen? Tochter 3",
        "Vater sucht einen Väter-Treff, Sohn 5, Lünen",
        "Gesprächsgruppe für Alleinerziehende in Unna, Kinder 2 und 5",
    ],
)
def test_a_help_asked_for_parents_is_the_need(catalogue: Catalogue, text: str) -> None:
    answer = match(understand(text, catalogue), catalogue)
    assert "alleinerziehende_entlastung" in answer.request.main_topics
    assert answer.gap is None and answer.offers


# --- where the child is, told beside the help asked for, is no second need -------------------


def test_where_the_young_person_lives_is_context(catalogue: Catalogue) -> None:
    answer = match(understand("Tochter 17 muss bald aus der Wohngruppe ausziehen, sucht eine "
                              "eigene Wohnung. Bergkamen", catalogue), catalogue)  # fmt: skip
    request = answer.request
    assert "junge_volljaehrige" in request.main_topics
    assert "hilfen_zur_erziehung" not in request.main_topics
    assert answer.offers == () and answer.gap is not None


def test_a_place_asked_for_in_an_institution_stays_the_need(catalogue: Catalogue) -> None:
    answer = match(understand("Suche einen Platz in der OGS für Sohn 7 in Methler", catalogue),
                   catalogue)  # fmt: skip
    assert "ogs_ganztag" in answer.request.main_topics
    assert answer.gap is None and "ogs_ganztag" in answer.offers[0].offer.topics


def test_a_thing_after_a_preposition_is_the_need_itself(catalogue: Catalogue) -> None:
    """"hängt nur noch am Handy" tells the need, not where the child is."""
    request = understand("Sohn 14 hängt nur noch am Handy, redet kaum noch. Gibt es Elternabende "
                         "oder Kurse zu Medien in Unna?", catalogue)  # fmt: skip
    assert "medien_sucht" in request.main_topics
