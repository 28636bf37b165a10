"""A language offered only in case the wished one is not to be had: "if none in Arabic, English".

"Wenn es nichts auf Arabisch gibt, geht zur Not auch Englisch", "if there's nothing in Polish,
English would work for her too", "Không có thì tiếng Anh cũng được ạ": the turn gives the wished
language up in a condition and names the one to search in instead. Read as an addition
("Englisch geht auch" beside the Arabic wished), both languages were wished, and an offer in
Arabic alone still counted as fitting although the writer has already said there is none. The
condition decides: with it, the language named after it replaces the wish; without it
("Englisch geht zur Not auch") the language is added as before. German named after the
condition gives the wish up altogether (`turns.waives_language`). The words are data
(`dialogue_turns.toml [waive]`).

An assent opening a concession does the condition's work: "Sawa, Englisch geht zur Not auch",
"ok, notfalls Englisch" take the answer just given (nothing in the wished language) and offer the
last resort instead of it, so the conceded language replaces the wish. A concession without the
assent ("Russisch ginge zur Not auch, sagt die Tochter") still adds it
(`dialogue_turns.toml [concession]`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.dialogue.given_up import without_given_up
from bot.dialogue.named_alone import german_names
from bot.models import Request
from bot.text import fold
from bot.understanding.foreign_names import section_languages
from bot.understanding.foreign_scripts import data as foreign_tables
from bot.understanding.languages import language_code
from bot.vocabulary.lexicon import _load as load_toml

__all__ = ["instead_of_given_up"]


@cache
def _bare_condition() -> re.Pattern[str]:
    """"wenn nicht", "if there isn't any", "không có thì": a condition that gives up the wished
    language without naming it."""
    return re.compile(load_toml("dialogue_turns.toml")["waive"]["bare_condition"])


@cache
def _foreign_names() -> dict[str, str]:
    """Languages' names of several words in the family's languages ("tiếng anh", folded) → code:
    the one-word names `language_code` reads already."""
    names: dict[str, str] = {}
    for key, section in foreign_tables().items():
        if not isinstance(section, dict):
            continue
        for name, german in section_languages(key, section).items():
            code = language_code(fold(german))
            if " " in name.strip() and code:
                names[fold(name)] = code
    return names


def _named(rest: str) -> list[str]:
    """The codes of the languages `rest` (folded) names, in order; German's names aside."""
    found = [(m.start(), code) for name, code in _foreign_names().items()
             for m in re.finditer(rf"\b{re.escape(name)}\b", rest)]
    found += [(m.start(), code) for m in re.finditer(r"\w+", rest)
              if m.group() not in german_names()
              and (code := language_code(m.group(), inflected=True))]
    return [code for _at, code in sorted(found)]


@cache
def _concession() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An assent opening the turn, and a marker of the last resort (folded)."""
    section = load_toml("dialogue_turns.toml")["concession"]

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))

    return (re.compile(rf"^\W*(?:{alternatives(section['assent'])})(?!\w)"),
            re.compile(rf"(?<!\w)(?:{alternatives(section['markers'])})(?!\w)"))  # fmt: skip


def _after_assent(folded: str) -> str | None:
    """What follows an assent opening a concession ("Sawa, Englisch geht zur Not auch")."""
    assent, marker = _concession()
    opening = assent.search(folded)
    if opening is None or not marker.search(folded, opening.end()):
        return None
    return folded[opening.end():]


def _after_condition(folded: str, wished: tuple[str, ...]) -> str | None:
    """What follows a condition giving the wished language up, or None without one."""
    cut = without_given_up(folded, wished)  # "wenn es nichts auf Arabisch gibt, …"
    if cut != folded:
        return cut
    found = _bare_condition().search(folded)
    if found:
        return folded[found.end():]
    return _after_assent(folded)


def instead_of_given_up(request: Request, text: str, previous: Request | None) -> Request:
    """The follow-up's languages: only those named after a condition that gives up the wish.

    A turn without such a condition, or naming no other language after it (German is the
    waiver's), keeps the languages it was read with.
    """
    if previous is None:
        return request
    folded = fold(text)
    in_turn = _named(folded)
    # the wish given up: the case's, or one the condition itself names ("wenn es nichts auf
    # Arabisch gibt" after "Eltern sprechen nur Arabisch", which was no wish yet)
    wished = tuple(dict.fromkeys((*previous.languages, *in_turn)))
    rest = _after_condition(folded, wished) if wished else None
    if rest is None:
        return request
    after = _named(rest)
    given_up = set(in_turn) - set(after)  # the condition's own languages
    named = [code for code in after if code not in given_up and code != "de"]
    if rest == _after_assent(folded):  # "ok, Swahili gibt es nicht, notfalls Englisch": no sw
        named = [code for code in named if code not in previous.languages]
    if not named:
        return request
    return replace(request, languages=tuple(dict.fromkeys(named)))
