"""Headers as published lists write them: compound titles, bracketed bounds, ASCII exports."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.exchange.headers import map_header


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Titel des Angebots", "name"),
        ("Name des Angebots", "name"),
        ("Kontakt Telefon", "phone"),
        ("Kontakt E-Mail", "email"),
        ("Straße und Hausnummer", "address"),
        ("Lfd. Nr.", "id"),
        ("Alter (von)", "age_min"),
        ("Alter (bis)", "age_max"),
        ("aufnahmealter_von", "age_min"),
        ("AUFNAHMEALTER_BIS", "age_max"),
        ("TRAEGER", "provider"),
        ("STADTBEZIRK", "borough"),
        ("Themenbereich", "topics"),
        ("Unterkategorie", "subtopics"),
        ("Einrichtungsart", "services"),
    ],
)
def test_a_published_header_is_read_by_its_words(title: str, field: str) -> None:
    columns = map_header(["Angebot", "Ort", title] if field not in ("name",) else [title, "Ort"])
    assert columns.index.get(field) == (2 if field != "name" else 0)


def test_a_facility_beside_its_traeger_is_the_facility() -> None:
    columns = map_header(["Einrichtung", "Träger", "Angebot", "Ort"])
    assert columns.index["facility"] == 0 and columns.index["provider"] == 1
    kitas = map_header(["Einrichtung", "Träger", "Ort"])  # no offer column: the facility names it
    assert kitas.index["name"] == 0 and kitas.index["provider"] == 1


def test_an_exact_header_wins_over_one_read_by_its_words() -> None:
    columns = map_header(["gml_id", "Name", "Einrichtungsnummer", "Ort"])
    assert columns.index["id"] == 2 and "gml_id" in columns.unknown


@given(st.lists(st.text(max_size=30), max_size=12))
def test_any_header_row_maps_each_field_to_one_column(header: list[str]) -> None:
    columns = map_header(header)
    positions = list(columns.index.values())
    assert len(positions) == len(set(positions))
    assert all(0 <= p < len(header) for p in positions)
