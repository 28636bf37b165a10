"""Someone who speaks a language, asked for in the family's own language in a later turn.

"ima li netko tko govori arapski? tata je iz Sirije", "czy jest ktoś, kto mówi po arabsku?",
"is there anyone who speaks Arabic?": after the case is told, a turn that only asks for a speaker
of a language wishes the help already talked about in that language (as a German turn "sie
spricht Polnisch" does, `turns.spoken_language`). The foreign rules rewrite such wishes where
their frames are listed; a frame they lack ("tko govori" beside "koji govori") left the turn
unread, and its other words (the family's origin) replaced the case's need. Here a verb of
speaking of one language (`foreign.toml [xx.slots] speak`) right before or after a language's
name in that language (`[xx.languages]`) is the wish, whatever words ask around it.
"""

from __future__ import annotations

import re
from functools import cache

from bot.text import fold
from bot.understanding.foreign_scripts import data as foreign_tables
from bot.understanding.languages import language_code

__all__ = ["asked_speaker"]

NEAR = 2  # words between the verb and the name: "govori dobro arapski", "mówi też po arabsku"
_SPEAK_SLOTS = ("speak", "speak_only", "speaking")


@cache
def _sections() -> tuple[tuple[frozenset[str], dict[str, str]], ...]:
    """Per language of the foreign rules: its folded verbs of speaking and language names → code."""
    sections = []
    for section in foreign_tables().values():
        if not isinstance(section, dict):
            continue
        slots, names = section.get("slots", {}), section.get("languages", {})
        verbs = frozenset(fold(v).rstrip("*") for slot in _SPEAK_SLOTS for v in slots.get(slot, ()))
        codes = {fold(name): code for name, german in names.items()
                 if (code := language_code(fold(german)))}  # fmt: skip
        if verbs and codes:
            sections.append((verbs, codes))
    return tuple(sections)


def asked_speaker(text: str) -> str | None:
    """The one language (German aside) a verb of speaking in a foreign turn names, or None."""
    words = re.findall(r"[\w-]+", fold(text))
    found: set[str] = set()
    for verbs, codes in _sections():
        for i, word in enumerate(words):
            if word not in verbs:
                continue
            near = words[max(0, i - 1):i] + words[i + 1:i + 2 + NEAR]
            for other in near:
                code = codes.get(other)
                if code is None and "-" in other:  # "по-русски" read as one word
                    code = codes.get(other.replace("-", " "))
                if code is not None:
                    found.add(code)
    found.discard("de")
    return found.pop() if len(found) == 1 else None
