"""Softened consonants (East Central and Palatine German), and two words read as something else.

A Saxon or Palatine writer types "Gita" for Kita, "Dagesmudder" for Tagesmutter, "de Gleene" for
the little one: a word the assistant does not know that hardens into exactly one word it knows
is that word. Known words, words of other languages and places stay as typed ("in gamen" is
Gahmen mistyped, never Kamen). The German subjunctive "es gebe" is no Turkish "gebe" (pregnant),
and "Ki." in a file note is a child ("Ki. 10 Mon."). Each row is written for this table.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.understanding import understand
from bot.understanding.softened import MAX_SOFT, hardenings

NEEDS: list[tuple[str, str]] = [
    ("Vaddr alleene mit Zwillingen, 2 Jahre, sucht ne Gita in Holzen", "kita_betreuung"),
    ("Oma fragt: gibt's ne Dagesmudder fir den Gleenen, 1 Jahr, in Bönen?", "kita_betreuung"),
    ("mei Enkel, 3, sagt fast nischt, nur Mama. Wohnen in Gahmen", "sprachfoerderung"),
]


@pytest.mark.parametrize(("text", "topic"), NEEDS)
def test_softened_words_are_read_as_hardened(text: str, topic: str, catalogue: Catalogue) -> None:
    assert topic in understand(text, catalogue).topics


PLACES: list[tuple[str, str]] = [
    ("in gamen hängen jugendliche rum, 14 jahre, streetworker gesucht", "luenen-gahmen"),
    ("Gita-Platz für Kind 2 in Bork", "selm-bork"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_places_are_never_hardened_into_others(text: str, place: str, catalogue: Catalogue) -> None:
    assert understand(text, catalogue).place == place


AGES: list[tuple[str, AgeRange | None]] = [
    ("Junge, 3. Klasse, Lernförderung in Unna; das Jobcenter sagt, dafür gebe es nichts",
     AgeRange(96, 107)),
    ("KM fragt: Krabbelgruppe f. Ki. 10 Mon. in Langern?", AgeRange(10, 10)),
    ("Ki. 4 J., Sprachförderung in Kamen", AgeRange(48, 59)),
    ("Anne hamile, 5. ay, Kamen", AgeRange(-9, -1)),
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_subjunctive_and_file_note_child(text: str, age: AgeRange, catalogue: Catalogue) -> None:
    assert understand(text, catalogue).age == age


def test_known_words_stay_as_typed(catalogue: Catalogue) -> None:
    request = understand("Die Gabi bringt das Baby, 4 Monate, in die Babygruppe in Unna", catalogue)
    assert request.age == AgeRange(4, 4)
    assert "eltern_kind_gruppen" in request.topics


@given(st.text(alphabet="abdegiklmnoprstu", min_size=1, max_size=12))
def test_hardenings_never_return_the_word_itself(word: str) -> None:
    spelt = hardenings(word)
    assert word not in spelt
    assert all(len(word) <= len(s) <= len(word) + 1 for s in spelt)
    soft = sum(word.count(c) for c in "gdb")
    assert spelt or soft == 0 or soft > MAX_SOFT or word.endswith("r")


def test_saxon_uff_is_auf_before_a_language(catalogue: Catalogue) -> None:
    request = understand("Mädl 5 mit Spastik in Lünen-Süd. Gibt's Beratung uff Tschetschenisch?",
                         catalogue)
    assert request.languages == ("ce",)


def test_a_verb_form_is_never_hardened_into_another(catalogue: Catalogue) -> None:
    request = understand("Sohn 15 in Selm zockt nächtelang, die Schule leidet", catalogue)
    assert "schulsozialarbeit" not in request.topics
