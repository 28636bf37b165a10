"""The language names a section of `bot/data/foreign.toml` reads in its `{lang}` slot.

A family asks for a language in its own language: "ima li netko tko govori arapski?", "a ka
dikush që flet arabisht?", "có ai nói tiếng Ả Rập không?", "iemand die Engels spreekt". Listing
each language's name by hand in every section left most of them out (a Croatian section knew
Arabic but not Russian), so a section may name Babel locales (`babel = ["hr", "bs"]`): the names
of the languages families here ask for (`language_frames.toml [written_codes] codes`, German too)
in those locales join the section's hand-written `languages`, each rewritten to its German name
from Babel ("arapski" → "Arabisch"), which `bot.understanding.languages` reads. `babel_forms`
adds inflected forms by ending ("ski" → "skom": "na ruskom"). Hand-written names win.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from bot.vocabulary.lexicon import language_frames

GERMAN = "de"
MIN_LENGTH = 4  # "Ga", "Ewe", "Ido" as names would turn up inside other words of a phrase


def _codes() -> list[str]:
    return [*language_frames()["written_codes"]["codes"], GERMAN]


@cache
def _babel_names(locales: tuple[str, ...], forms: tuple[tuple[str, tuple[str, ...]], ...]
                 ) -> dict[str, str]:
    """Names of the asked-for languages in `locales` (lower case), each with its German name."""
    from babel import Locale  # read once per section, only for sections that name locales

    german = Locale("de").languages
    names: dict[str, str] = {}
    for locale in locales:
        known = Locale.parse(locale).languages
        for code in _codes():
            name = known.get(code, "").lower()
            if len(name) < MIN_LENGTH or code not in german:
                continue
            for form in _inflected(name, forms):
                names.setdefault(form, german[code])
    return names


def _inflected(name: str, forms: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    found = [name]
    for ending, replacements in forms:
        if name.endswith(ending):
            stem = name[: -len(ending)]
            found += [stem + replacement for replacement in replacements]
    return found


def section_languages(section: dict[str, Any]) -> dict[str, str]:
    """The section's language names → German names: its own list, then Babel's names."""
    own: dict[str, str] = dict(section.get("languages", {}))
    locales = tuple(section.get("babel", ()))
    if not locales:
        return own
    forms = tuple((ending, tuple(replacements))
                  for ending, replacements in section.get("babel_forms", {}).items())
    for name, german in _babel_names(locales, forms).items():
        own.setdefault(name, german)
    return own


__all__ = ["section_languages"]
