"""Place words, aliases, postcodes and typos become gazetteer keys; ambiguity is resolved."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import Context, understand
from bot.understanding.places import resolve_place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Angebote in Kamen-Methler", "kamen-methler"),
        ("3j methler sprache", "kamen-methler"),
        ("kamen methler", "kamen-methler"),
        ("Familie wohnt in Heeren", "kamen-heeren-werve"),
        ("Heerenwerve oder drumherum", "kamen-heeren-werve"),
        ("Lunen, Kind 18 Monate", "luenen"),
        ("luenen-brambauer", "luenen-brambauer"),
        ("koenigsborn krabbelgruppe", "unna-koenigsborn"),
        ("Bergkammen Weddinghofen", "bergkamen-weddinghofen"),
        ("Fröndenberg-Langschedde, Kind 3", "froendenberg-langschede"),
        ("Emschergemeinde: Familienzentrum", "holzwickede"),
        ("Lippestadt – Paarberatung", "luenen"),
        ("Werne a.d. Lippe", "werne"),
        ("59192, Jugendtreff", "bergkamen"),
        ("Bönen, PLZ 59199", "boenen"),
        ("44536 – Sprachkurs", "luenen"),
        ("Innenstadt Kamen", "kamen-mitte"),
        ("Im ganzen Kreis Unna", "kreis-unna"),
        ("egal wo im Kreis", "kreis-unna"),
        ("in Kamen, Familie wohnt auf der Lüner Höhe", "kamen-mitte"),
        ("bergkamen, weddinghofen oder overberge egal", "bergkamen"),
        ("Altlünen, Kind 3", "luenen"),
    ],
)
def test_place_words(catalogue: Catalogue, text: str, expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stockum bei Werne, Mädchen 15", "werne-stockum"),
        ("Grundschule in Unna, ein Kind wohnt in Stockum", "unna-stockum"),
        ("Praxis in Kamen, die Familie wohnt in Westick", "kamen-methler"),
        ("MFA in Fröndenberg. Familie aus Westick", "froendenberg-mitte"),
        ("Elterncafé in Mitte? Ich arbeite beim Jugendamt Bergkamen.", "bergkamen-mitte"),
    ],
)
def test_ambiguous_words_resolved_by_the_rest_of_the_message(
    catalogue: Catalogue, text: str, expected: str
) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


def test_ambiguous_word_resolved_by_the_default_place(catalogue: Catalogue) -> None:
    request = understand("Familienzentrum in Stockum?", catalogue, Context(default_place="unna"))
    assert request.place == "unna-stockum"


def test_ambiguous_word_without_context_is_reported_with_candidates(catalogue: Catalogue) -> None:
    result = resolve_place("Familienzentrum in Stockum?", catalogue.gazetteer)
    assert result.place is None
    assert set(result.candidates) == {"unna-stockum", "werne-stockum"}
    request = understand("Familienzentrum in Stockum?", catalogue)
    assert request.place is None and set(request.place_candidates) == set(result.candidates)


def test_default_place_fills_a_missing_place(catalogue: Catalogue) -> None:
    assert understand("Krabbelgruppe, Baby 8 Monate", catalogue, Context("selm")).place == "selm"


@pytest.mark.parametrize(
    "text",
    ["Die Kinder werden immer lauter", "Mutter kennt niemanden", "Nummer vom Kinderschutzbund?",
     "Heilpädagogik für Kinder", "Warmes Mittagessen in der Kita"],
)  # fmt: skip
def test_ordinary_words_are_no_places(catalogue: Catalogue, text: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Familienzentrum in der Kamener Innenstadt", "kamen-mitte"),
        ("Angebote für Lüner Familien", "luenen"),
        ("Werne, Stockum: Vierjähriger seit Geburt der Schwester aggressiv", "werne-stockum"),
        ("Derne, Mutter kommt schlecht in die Innenstadt", "kamen-derne"),
    ],
)
def test_town_adjectives_and_centre_words(catalogue: Catalogue, text: str, expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


def test_a_clipped_town_name(catalogue: Catalogue) -> None:
    assert resolve_place("familie zieht nach holzwi, kind 2", catalogue.gazetteer).place == (
        "holzwickede"
    )
    assert resolve_place("Therapieplatz in der Kreisstadt", catalogue.gazetteer).place == "unna"
