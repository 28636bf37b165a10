"""German first: every message in the code has a German translation; English is complete too."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir

from bot.i18n import _, current_locale, normalise_locale, translations, use_locale
from tests.conftest import ROOT


def message_ids() -> set[str]:
    ids: set[str] = set()
    for _filename, _lineno, message, _comments, _context in extract_from_dir(
        str(ROOT / "bot"), method_map=[("**.py", "python")],
        keywords={"_": None, "gettext": None, "ngettext": (1, 2)},
    ):  # fmt: skip
        ids.add(message[0] if isinstance(message, tuple) else message)
    return {i for i in ids if i}


@pytest.mark.parametrize("locale", ["de", "en"])
def test_every_message_is_translated(locale: str) -> None:
    catalog = translations(locale)
    missing = [
        m for m in sorted(message_ids())
        if locale == "de" and catalog.gettext(m) == m and any(c.isalpha() for c in m)
        and not _same_in_german(m)
    ]  # fmt: skip
    assert missing == []


def _same_in_german(message: str) -> bool:
    """Messages that read the same in both languages (a name, a unit, an abbreviation)."""
    same = {"Web", "E-Mail", "OK", "PDF", "XLSX", "CSV", "Kita", "Kreis Unna", "ℹ️ {n} Details"}
    return message.strip() in same or len(message) <= 3


def test_german_is_the_default_and_english_is_available() -> None:
    assert current_locale() == "de"
    assert _("Provider") == "Träger"
    with use_locale("en-GB"):
        assert _("Provider") == "Provider"
    assert normalise_locale("fr") == "de"


def test_locale_files_exist_for_every_area() -> None:
    for locale in ("de", "en"):
        files = {p.stem for p in (ROOT / "locales" / locale / "LC_MESSAGES").glob("*.po")}
        assert {"messages", "telegram", "gaps", "catalogue"} <= files, locale


def test_no_compiled_catalogues_are_needed() -> None:
    assert not list(Path(ROOT / "locales").rglob("*.mo"))
