"""Two neighbouring letters swapped, as a thumb types them, still name the need, the age and the
place; a word spelt right is never turned into another."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import indexes, understand
from bot.understanding.swaps import SwapRepair


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Zwei Jungs (14, 15) kfifen nach dem Training, Oberaden",
         "Zwei Jungs (14, 15) kiffen nach dem Training, Oberaden"),
        ("Referentin für Elternbaend Pubertät, Gymnasium Werne",
         "Referentin für Elternabend Pubertät, Gymnasium Werne"),
        ("Mutter 17, Baby 2 Montae, keine Unterstützung, Unna",
         "Mutter 17, Baby 2 Monate, keine Unterstützung, Unna"),
        ("Kind 3 schälgt andere Kinder, Lünen", "Kind 3 schlägt andere Kinder, Lünen"),
        ("Schüler 14 schäwnzt seit Wochen, Lünen", "Schüler 14 schwänzt seit Wochen, Lünen"),
        ("Wochenbettdperession, Baby 3 Monate, Unna", "Wochenbettdepression, Baby 3 Monate, Unna"),
        # the words of child protection are known words too
        ("Frau, 38. SSW, Freund hat sie gesclhagen, will nicht zurück, Kamen",
         "Frau, 38. SSW, Freund hat sie geschlagen, will nicht zurück, Kamen"),
        ("Mädchen 9 wird zuhause eingesprert, Unna", "Mädchen 9 wird zuhause eingesperrt, Unna"),
    ],
)
def test_a_swapped_pair_reads_as_the_word_meant(
    catalogue: Catalogue, typed: str, meant: str
) -> None:
    got, want = understand(typed, catalogue), understand(meant, catalogue)
    assert (got.topics, got.age, got.place) == (want.topics, want.age, want.place)


def test_known_words_and_ambiguous_repairs_stay_as_typed() -> None:
    repair = SwapRepair({"geschlagen", "kinder", "lieben", "kdiner"})
    assert repair.repair("Kinder lieben") == "Kinder lieben"  # known as typed
    assert repair.repair("Gesclhagen") == "Geschlagen"  # the capital stays
    assert repair.repair("kidner") == "kidner"  # two repairs would fit: none is taken
    assert repair.repair("BuT ASS iknder") == "BuT ASS iknder"  # the first letter never moves


def test_the_shipped_vocabulary_changes_no_word_of_the_catalogue(catalogue: Catalogue) -> None:
    repair = indexes(catalogue).swaps
    words = {w for text in catalogue.search_text for w in text.split() if w.isalpha()}
    assert all(repair.repair(w) == w for w in words)
