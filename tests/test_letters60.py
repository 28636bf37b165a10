"""Family-language letters inside German requests (letters60).

Professionals copy the family's own words into a German message: Turkish and Azerbaijani dotless
"ı" and dotted "İ", Polish "ł", Azerbaijani "ə", Vietnamese "đ", Romanian "ș"/"ț". One fold
(`bot.text.fold`) puts each on its ASCII base so every reader's `[a-z]` word sees the word the
writer typed ("kızı" one word "kizi", not "k z"), and the length-keeping fold of the foreign
rewrite agrees with it. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.text import BASE_LETTERS, fold, fold_plain, tokens
from bot.understanding import understand
from bot.understanding.foreign_rules import fold_foreign


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Kızı 4 yaşında", "kizi 4 yasinda"),
        ("İlkokul", "ilkokul"),  # no stray combining dot from str.lower
        ("İSTANBUL'dan", "istanbul'dan"),
        ("Wrocław, Łódź", "wroclaw, lodz"),
        ("Gəncə", "gence"),
        ("Đà Nẵng", "da nang"),
        ("Bağırıyor", "bagiriyor"),
        ("școală, țară, şehir, ţară", "scoala, tara, sehir, tara"),
        ("Straße in Lünen", "strasse in luenen"),  # German stays as the product reads it
    ],
)
def test_one_fold_puts_family_letters_on_their_ascii_base(typed: str, folded: str) -> None:
    assert fold(typed) == folded
    assert fold(typed).isascii()


def test_a_word_with_a_family_letter_stays_one_token() -> None:
    assert tokens("kızı 4 yaşında, źle mówi, mała") == ["kizi", "4", "yasinda", "zle", "mowi",
                                                        "mala"]  # fmt: skip
    assert fold_plain("Kızım Lünen") == "kizim lunen"


def test_the_length_keeping_fold_agrees_with_the_shared_one() -> None:
    for letter, base in BASE_LETTERS.items():
        assert fold_foreign(letter) == base == fold(letter)
        assert fold_foreign(letter.upper()) == fold(letter.upper())
    assert fold_foreign("İlk") == "ilk"


@pytest.mark.parametrize(
    ("text", "age", "place"),
    [
        ("Kızı 4 yaşında, hiç konuşmuyor. Wohnen in Bergkamen-Oberaden, Sprachförderung?",
         AgeRange(48, 59), "bergkamen-oberaden"),
        ("Qızım 5 yaşındadır, danışmır. Familie in Unna, Sprachförderung gesucht",
         AgeRange(60, 71), "unna"),
        ("Syn ma 5 lat, źle mówi – Kita in Unna-Königsborn fragt nach Sprachförderung",
         AgeRange(60, 71), "unna-koenigsborn"),
        ("Fiica mea are 3 ani und spricht kaum Deutsch, Kita-Platz in Selm",
         AgeRange(36, 47), "selm"),
        ("Con gái tôi 4 tuổi, chưa nói được tiếng Đức. Kita in Kamen-Methler?",
         AgeRange(48, 59), "kamen-methler"),
        ("Oğlum 6 yaşında, İlkokul başlıyor; Übergang Kita–Schule Beratung in Werne?",
         AgeRange(72, 83), "werne"),
        # look-alike: German only, reads as before
        ("Kind 4 Jahre, spricht kaum, wohnen in Bergkamen-Oberaden, Sprachförderung?",
         AgeRange(48, 59), "bergkamen-oberaden"),
    ],
)
def test_age_and_place_read_through_family_words(
        catalogue: Catalogue, text: str, age: AgeRange, place: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.age == age
    assert request.place == place


@pytest.mark.parametrize(
    "text",
    [
        "Babam bağırıyor ve vuruyor – sagt ein Junge (9) aus meiner Klasse in Holzwickede.",
        "Ojciec bije dziecko (6 lat), sąsiadka meldet sich, Fröndenberg – wer hilft?",
    ],
)
def test_danger_told_in_the_family_language_puts_child_protection_first(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.topics[0] == "kinderschutz"
