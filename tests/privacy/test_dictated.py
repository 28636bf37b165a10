"""Dictated messages (lowercase, numbers as words) lose their personal data like typed ones."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.privacy.redact import redact
from bot.privacy.spoken import NUMBER_WORD
from tests.privacy.dictated import measure


def test_recall_on_the_dictated_corpus_and_no_kept_word_destroyed():
    figures = measure()
    assert figures.planted > 100
    assert figures.recall >= 0.95, figures.misses
    assert figures.kept == figures.keep, figures.misses


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("die mutter heißt maria sie braucht hilfe telefon null eins fünf eins acht acht sieben sechs",
     ["maria", "null eins fünf"], ["die mutter heißt", "braucht hilfe"]),
    ("herr yilmaz hat angerufen sein sohn mehmet ist vier", ["yilmaz", "mehmet"], ["ist vier"]),
    ("geboren am ersten juli zweitausendneunzehn, sprachförderung", ["juli"], ["sprachförderung"]),
    ("familie wohnt am holzweg elf in unna", ["holzweg"], ["in unna"]),
    ("mail an k punkt berg at web punkt de wegen elternkurs", ["berg at web"], ["elternkurs"]),
    ("die familie heißt also yilmaz und sucht hilfe", ["yilmaz"], ["sucht hilfe"]),
    ("frau äh kowalski aus lünen braucht eine hebamme", ["kowalski"], ["aus lünen", "hebamme"]),
])  # fmt: skip
def test_spoken_shapes_are_removed_and_the_need_stays(text, gone, kept):
    out = redact(text)
    assert not any(g in out for g in gone), out
    assert all(k in out for k in kept), out


@pytest.mark.parametrize("text", [
    "mein sohn ist drei jahre und braucht logopädie in kamen",
    "die frau ist weg er braucht hilfe im alltag",
    "wir suchen eine gruppe für kinder zwei bis sechs jahre am markt in werne",
    "bergkamen kitaplatz 2 jahre, weddinghofen oder overberge egal",
    "U7 und U7a verpasst, Kind 3, Familie reagiert nicht auf Einladungen. Unna-Mitte.",
    "hilfe für eine familie also die mutter ist in der zwanzigsten woche schwanger",
])  # fmt: skip
def test_requests_without_personal_data_stay_as_they_are(text):
    assert redact(text) == text


UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
TEENS = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn",
         "achtzehn", "neunzehn"]  # fmt: skip
TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
        "neunzig"]  # fmt: skip


def spell(n: int) -> str:
    """German number words, written independently of the pattern under test."""
    if n >= 1000:
        return (UNITS[n // 1000] if n // 1000 > 1 else "ein") + "tausend" + (
            spell(n % 1000) if n % 1000 else "")  # fmt: skip
    if n >= 100:
        return (UNITS[n // 100] or "ein") + "hundert" + (spell(n % 100) if n % 100 else "")
    if n >= 20:
        return (UNITS[n % 10] + "und" if n % 10 else "") + TENS[n // 10]
    if n >= 10:
        return TEENS[n - 10]
    return "eins" if n == 1 else UNITS[n]


@given(st.integers(min_value=1, max_value=9999))
def test_every_spelled_number_is_a_number_word(n: int) -> None:
    assert re.fullmatch(NUMBER_WORD, spell(n)) is not None, spell(n)


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["straße", "weg", "allee"]))
def test_a_street_with_any_spelled_house_number_is_an_address(n: int, street: str) -> None:
    out = redact(f"die familie wohnt in der linden{street} {spell(n)} in kamen, elternkurs")
    assert "[Adresse]" in out and spell(n) not in out.split() and "elternkurs" in out
