"""A foreign word that is one part of a hyphenated German compound is German there.

The rewrite of `bot.understanding.foreign` matches whole words, and a hyphen ends a word: so
Hindi "beta" (son) turned "Beta-Blocker" into "Sohn-Blocker", and Low German "küern" (talk),
which "Kuren" is one swap away from, turned "Mutter-Kind-Kuren" into "Mutter-Kind-sprechen".
German joins the parts of a compound with hyphens; families writing their own language do not
join a kin or need word to a German one that way. A rule's match of letters only, joined by a
hyphen to a word of letters that no foreign table knows, is therefore left as typed. English is
the exception: German borrows it into compounds ("Newborn-Shooting", "CAMHS-type", "Gaming-Sucht")
and its rewrite keeps their meaning, so an English word is still rewritten there.
"""

from __future__ import annotations

import re

_LETTERS_ONLY = re.compile(r"[^\W\d_]+")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)-$")
_WORD_AFTER = re.compile(r"-([^\W\d_]+)")


def in_german_compound(key: str, start: int, end: int, foreign: frozenset[str],
                       english: frozenset[str]) -> bool:
    """Whether the match `key[start:end]` (a folded text) is one word hyphen-joined to a word no
    foreign table holds: a part of a German compound ("beta-blocker"), not a foreign word.
    Both sides foreign ("türkçe-almanca") stays a foreign phrase."""
    if not _LETTERS_ONLY.fullmatch(key, start, end) or key[start:end] in english:
        return False
    before = _WORD_BEFORE.search(key, max(0, start - 40), start)
    after = _WORD_AFTER.match(key, end)
    return any(side is not None and side.group(1) not in foreign for side in (before, after))


__all__ = ["in_german_compound"]
