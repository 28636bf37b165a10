"""Translations through Babel: German by default, the language chosen per user or per update.

Message ids in the code are English; `locales/<lang>/LC_MESSAGES/*.po` hold the translations. Every
`.po` file of a language is read and merged, so that each area of the code (core, Telegram, gap
report, curation) keeps its own file. The catalogues are compiled in memory at first use, so a fresh
checkout needs no build step.
"""

from __future__ import annotations

import contextvars
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

DEFAULT_LOCALE = "de"
SUPPORTED_LOCALES = ("de", "en")

_current: contextvars.ContextVar[str] = contextvars.ContextVar("locale", default=DEFAULT_LOCALE)


def locales_dir() -> Path:
    """Find `locales/`: beside the package in a checkout, or where LOTSE_LOCALES points."""
    configured = os.environ.get("LOTSE_LOCALES")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parent.parent / "locales"


def normalise_locale(code: str | None) -> str:
    """Map a Telegram language code such as `en-GB` to a supported locale, else German."""
    if not code:
        return DEFAULT_LOCALE
    base = code.replace("_", "-").split("-")[0].lower()
    return base if base in SUPPORTED_LOCALES else DEFAULT_LOCALE


@cache
def translations(locale: str) -> NullTranslations:
    """Compile and merge every .po file of a locale in memory."""
    folder = locales_dir() / locale / "LC_MESSAGES"
    merged: NullTranslations | None = None
    for po_path in sorted(folder.glob("*.po")):
        with po_path.open("rb") as handle:
            catalog = read_po(handle, locale=locale)
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        buffer.seek(0)
        compiled = Translations(buffer)
        if merged is None:
            merged = compiled
        else:
            merged.merge(compiled)  # type: ignore[attr-defined]
    return merged or NullTranslations()


def current_locale() -> str:
    return _current.get()


@contextmanager
def use_locale(locale: str | None) -> Iterator[str]:
    """Render everything inside the block in `locale` (per task, safe with concurrency)."""
    token = _current.set(normalise_locale(locale))
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def set_locale(locale: str | None) -> None:
    """Set the locale for the rest of the current context (a CLI run, one update)."""
    _current.set(normalise_locale(locale))


def gettext(message: str) -> str:
    return translations(_current.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(_current.get()).ngettext(singular, plural, n)


_ = gettext
