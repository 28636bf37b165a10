"""The notices an answer owes its reader: emergency numbers first, what was not understood."""

from __future__ import annotations

from bot.catalogue import Catalogue
from bot.i18n import use_locale
from bot.matching import match
from bot.notices import notices
from bot.understanding import understand


def _notices(catalogue: Catalogue, text: str) -> list[str]:
    return notices(match(understand(text, catalogue), catalogue))


def test_danger_to_a_child_puts_the_emergency_numbers_first(catalogue: Catalogue) -> None:
    lines = _notices(catalogue, "kind (6) erzählt in der kita dass papa die mama schlägt, unna")
    assert lines[0].startswith("Wenn ein Kind akut in Gefahr ist")
    assert "110" in lines[1]
    with use_locale("en"):
        english = _notices(catalogue, "Dad hits the children, mum is scared, Kamen")
    assert english[0].startswith("If a child is in acute danger")
    assert any("police" in line for line in english)


def test_a_word_not_understood_is_named_honestly(catalogue: Catalogue) -> None:
    lines = _notices(catalogue, "Kinderhospiz für todkrankes Kind (5) in Unna")
    assert "Zu „Kinderhospiz“ kenne ich kein Angebot." in lines
    assert any("nicht verstanden" in line for line in lines)
    assert not any("Gefahr" in line for line in lines)


def test_an_understood_request_owes_no_notice(catalogue: Catalogue) -> None:
    assert _notices(catalogue, "Kita-Platz für Kind 2 in Werne") == []
