"""Languages wished for by "mit" and newly arrived families' German and school needs (session
33): what a user relies on for each class."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

WISHED = [
    ("Krabbelgruppe in Kamen, gerne mit Türkisch? Kind 1", ("tr",)),
    ("Krabbelgruppe in Unna, Kind 1 – geht das mit Polnisch?", ("pl",)),
    ("Hömma, gibbet in Kamen wat für Teenies mit Polnisch? Der Jung is 15", ("pl",)),
    ("Gesucht: aufsuchende Hilfe (Familienhebamme o. ä.) mit Rumänisch. Baby 5 Mon., Massen",
     ("ro",)),
    # trouble with a language, a childhood in it or the family's own: no wish
    ("Junge 12 hat Probleme mit Englisch, Unna", ()),
    ("Tochter 8 ist mit Arabisch aufgewachsen, braucht OGS in Unna", ()),
    ("Kind 4 mit Türkisch als Muttersprache, Sprachförderung Kamen", ()),
    ("Junge 14 kommt mit Englisch gut klar, sucht Jugendtreff in Lünen", ()),
]


@pytest.mark.parametrize(("text", "languages"), WISHED)
def test_a_language_wished_with_mit(catalogue: Catalogue, text: str,
                                    languages: tuple[str, ...]) -> None:
    assert understand(text, catalogue).languages == languages


@pytest.mark.parametrize("text", [
    "Deutsch lernen für Jugendliche? Junge 12, Lünen",
    "Deutschkurs für Jugendliche in Unna? Junge 15",
    "Gibt es ein Sprachcafé für Jugendliche 16-18 in Selm?",
])
def test_german_for_a_teenager_is_migration_help(catalogue: Catalogue, text: str) -> None:
    assert "migration_integration" in understand(text, catalogue).main_topics


def test_german_for_a_young_child_stays_language_support(catalogue: Catalogue) -> None:
    request = understand("Kind 4 braucht Sprachförderung, Kamen, Deutsch lernen", catalogue)
    assert request.main_topics == ("sprachfoerderung",)


def test_a_spoken_language_beside_a_recent_arrival_is_an_origin(catalogue: Catalogue) -> None:
    arrived = understand("Junge 14, neu in Bergkamen, spricht nur Rumänisch, braucht Schule",
                         catalogue)
    assert "migration_integration" in arrived.main_topics
    told = understand("Mutter spricht Russisch, Sohn 4 spricht kaum Deutsch. Sprachförderung "
                      "in Massen?", catalogue)
    assert "migration_integration" not in told.topics
