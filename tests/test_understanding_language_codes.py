"""Languages written as the ISO code of a case file ("auf PL", "Sprache: TR/DE", "(AR)") are
wishes like their names; a capitalised code outside a language frame is no language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.language_codes import spell_out_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kind 2, Spina bifida. Gibts Elternberatung zu Hilfsmitteln auf PL? Werne", ("pl",)),
        ("Elternkurs auf TR in Kamen, Sohn 4", ("tr",)),
        ("Beratung in RU oder UK für die Mutter, Tochter 5, Unna", ("ru", "uk")),
        ("Erziehungsberatung (AR) in Lünen für einen Jungen von 7", ("ar",)),
        ("Elterncafé, Sprache: TR/DE, Kamen, Baby 4 Monate", ("tr",)),
        ("Sprachen: AR/FA – Mutter-Kind-Gruppe in Bergkamen, Kind 1", ("ar", "fa")),
        ("Gesprächsgruppe for parents in EN, Kind 9, Schwerte", ("en",)),
    ],
)
def test_a_framed_language_code_is_a_wish(
    catalogue: Catalogue, text: str, expected: tuple[str, ...]
) -> None:
    assert understand(text, catalogue).languages == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nachhilfe in EN für ein Kind von 12 in Unna",  # a school subject
        "Praxis Kamen/EN, Kind 3 braucht Logopädie",  # a plate, not in a frame
        "Kind hat ES geschafft, jetzt Schwimmkurs in Selm, 6 Jahre",
        "Termin JA oder NEIN? Kita für Kind 2 in Unna",
        "Familie aus PL, Kind 4, Kita in Kamen gesucht",  # where from, no wish
        "Beratung auf pl. Anfrage, Kind 5, Unna",  # lower case is no code
    ],
)
def test_a_code_outside_a_language_frame_is_no_wish(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).languages == ()


@given(st.text(alphabet="abcdefgh ,.:/()ABCDEFGHIJKLMNOPQRSTUVWXYZ", max_size=60))
def test_spelling_out_changes_nothing_but_framed_codes(text: str) -> None:
    spelled = spell_out_codes(text)
    if "auf " not in text and "in " not in text and "(" not in text and ":" not in text:
        assert spelled == text
    assert spelled.count(" ") == text.count(" ")  # the words stay where they were
