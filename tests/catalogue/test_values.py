"""Planners' wording becomes catalogue values by the documented conventions, or is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.catalogue import Catalogue
from bot.exchange.ages import parse_age_bound, parse_age_span
from bot.exchange.values import (
    ValueProblem,
    normalise_access,
    normalise_audience,
    normalise_cost,
    normalise_date,
    normalise_languages,
)
from bot.exchange.vocabulary import PlaceResolver, TopicResolver


@pytest.mark.parametrize(
    ("cell", "months"),
    [
        ("0–3 J.", (0, 47)),
        ("bis einschließlich 3 Jahre", (0, 47)),
        ("unter 3 Jahren", (0, 35)),
        ("6 bis 10 Jahre", (72, 131)),
        ("ab 6", (72, None)),
        ("6+", (72, None)),
        ("bis 10 Jahre", (0, 131)),
        ("3 bis unter 6", (36, 71)),
        ("2,5–4 Jahre", (30, 59)),
        ("0 bis 18 Monate", (0, 18)),
        ("ab Geburt", (0, None)),
        ("Schwangere", (-9, -1)),
        ("Schwangerschaft bis 1 Jahr", (-9, 23)),
        ("U3", (0, 35)),
        ("18–99 Jahre", (216, None)),
        ("", (None, None)),
        ("alle", (None, None)),
    ],
)
def test_age_cells_follow_the_catalogue_conventions(cell: str, months: tuple) -> None:
    assert parse_age_span(cell) == months


@pytest.mark.parametrize("cell", ["10 bis 6", "Jahrgang 2019", "Gruppe 2"])
def test_unreadable_ages_are_refused_not_guessed(cell: str) -> None:
    with pytest.raises(ValueProblem):
        parse_age_span(cell)


def test_age_columns_read_years_or_months_as_the_header_says() -> None:
    assert parse_age_bound("3", "low") == 36
    assert parse_age_bound("3", "high") == 47
    assert parse_age_bound("unter 3", "high") == 35
    assert parse_age_bound("18", "high", months=True) == 18
    assert parse_age_bound("-9", "low", months=True) == -9
    assert parse_age_bound("Schwangerschaft", "low") == -9
    assert parse_age_bound("27", "high") is None  # beyond 26 years: no upper limit for children


@pytest.mark.parametrize("cell", ["kostenlos", "kostenfrei", "frei", "0 €", "0,00 EUR", "gratis"])
def test_every_way_of_saying_free_becomes_kostenlos(cell: str) -> None:
    assert normalise_cost(cell) == "kostenlos"


def test_a_price_stays_as_the_planner_wrote_it() -> None:
    assert normalise_cost("5 € pro Termin") == "5 € pro Termin"


@pytest.mark.parametrize(
    ("cell", "key"),
    [
        ("offen", "offen"),
        ("ohne Anmeldung", "offen"),
        ("mit Anmeldung", "anmeldung"),
        ("Terminvereinbarung", "anmeldung"),
        ("Überweisung nötig", "ueberweisung"),
        ("", ""),
        # the answers in a column headed "Anmeldung" (erforderlich?)
        ("ja", "anmeldung"),
        ("erforderlich", "anmeldung"),
        ("nein", "offen"),
        ("nicht erforderlich", "offen"),
        ("keine Anmeldung nötig", "offen"),
        ("über die Kita", "ueberweisung"),
        ("über Beratungsstelle", "ueberweisung"),
    ],
)
def test_access_is_one_of_three_ways(cell: str, key: str) -> None:
    assert normalise_access(cell) == key


def test_unknown_access_is_refused() -> None:
    with pytest.raises(ValueProblem):
        normalise_access("vielleicht")


def test_languages_by_german_name_or_code() -> None:
    assert normalise_languages("Deutsch, Türkisch und Arabisch") == ("de", "tr", "ar")
    assert normalise_languages("de;uk") == ("de", "uk")
    assert normalise_languages("Farsi/Dari") == ("fa",)
    with pytest.raises(ValueProblem):
        normalise_languages("Klingonisch")


def test_audience_words_become_keys() -> None:
    assert normalise_audience("Eltern, Kinder") == (("eltern", "kinder"), [])
    assert normalise_audience("werdende Eltern; Fachkräfte") == (("schwangere", "fachkraefte"), [])


@pytest.mark.parametrize(
    ("cell", "iso"),
    [
        ("31.03.2025", "2025-03-31"),
        ("2025-03-31", "2025-03-31"),
        ("03/2025", "2025-03-01"),
        ("März 2025", "2025-03-01"),
        (dt.datetime(2025, 3, 31), "2025-03-31"),
    ],
)
def test_dates_as_planners_write_them(cell: object, iso: str) -> None:
    assert normalise_date(cell, today=dt.date(2026, 1, 1)) == iso


def test_a_date_in_the_future_is_refused() -> None:
    with pytest.raises(ValueProblem):
        normalise_date("01.01.2030", today=dt.date(2026, 1, 1))


def test_places_by_name_alias_postcode_and_typo(catalogue: Catalogue) -> None:
    places = PlaceResolver(catalogue.gazetteer.places.values())
    assert places.resolve("Lünen").key == "luenen"
    assert places.resolve("LUENEN").key == "luenen"
    assert places.resolve("Stadt Kamen").key == "kamen"
    assert places.resolve("Kamen-Methler").key == "kamen-methler"
    assert places.resolve("59192").key == "bergkamen"
    assert places.resolve("kreisweit").key == "kreis-unna"
    typo = places.resolve("Bergkammen")
    assert typo.key == "bergkamen" and typo.fuzzy
    assert places.resolve("Hogwarts").key is None


def test_a_shared_district_name_is_decided_by_the_town_or_reported(catalogue: Catalogue) -> None:
    places = PlaceResolver(catalogue.gazetteer.places.values())
    assert places.resolve("Mitte", context="kamen").key == "kamen-mitte"
    assert places.resolve("Mitte", context="bergkamen").key == "bergkamen-mitte"
    ambiguous = places.resolve("Mitte")
    assert ambiguous.key is None and "kamen-mitte" in ambiguous.candidates


def test_topics_by_key_label_synonym_and_typo(catalogue: Catalogue) -> None:
    topics = TopicResolver(catalogue.topics.values())
    keys, unknown, fuzzy = topics.resolve("Sprachförderung; Frühe Hilfen (0–3); OGS")
    assert keys == ("sprachfoerderung", "fruehe_hilfen", "ogs_ganztag") and unknown == []
    keys, unknown, fuzzy = topics.resolve("Schrei-, Schlaf-, Fütterprobleme")
    assert keys == ("schreibaby_schlaf",)
    keys, unknown, fuzzy = topics.resolve("Elterntrainig, Quidditch")
    assert keys == ("elternkurse",) and fuzzy == ["Elterntrainig"] and unknown == ["Quidditch"]
