"""Dictated messages (lowercase, numbers as words) lose their personal data like typed ones."""

from __future__ import annotations

import pytest

from bot.privacy.redact import redact
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
])  # fmt: skip
def test_requests_without_personal_data_stay_as_they_are(text):
    assert redact(text) == text
