"""Kin nouns clipped as files and hurried notes write them: "Pflegeto. 14", "Stiefs. 12",
"Tocht. 3", "Adoptivto. (4)", "Enkelto. 6 J.", "Mädch. 15".

A professional's note shortens the noun that says whose age follows, and ends it with a dot. The
reader knows the whole nouns ("Pflegetochter 14"), so a clipped one is written out again — by
rule, from the nouns below, never as a list of abbreviations: a clip is the start of one noun
and of no other, followed by a dot and the age. After a family prefix ("Stief-", "Pflege-",
"Adoptiv-") one letter says enough ("Stiefs." is the stepson); alone, three letters must
("Toc.", "Mädch."), and "Jun." (June), "Nich." (Ruhr "nicht") and "So." (Sunday) stay as they are.
"""

from __future__ import annotations

import re
from functools import cache

# the prefixes that say how a child belongs to a family ("Stiefsohn", "Pflegetochter")
_FAMILY = ("stief", "pflege", "pfl", "adoptiv", "adopt", "enkel", "bonus", "zieh",
           "leibl", "leibliche", "leiblicher")  # fmt: skip
# the nouns a clip may stand for after a family prefix ("Stiefs.", "Pflegek.", "Adoptivto.")
_FAMILY_NOUNS = ("tochter", "sohn", "kind")
# the nouns a clip may stand for alone, each with the shortest clip that names it
_NOUNS = {"tochter": 3, "sohn": 3, "maedchen": 4, "junge": 4, "enkelin": 5, "saeugling": 5}
# the age right after the dot: "14", "(4)", ", 9 J", "m 13"
_AGE_NEXT = r"(?=\s*(?:[(,:–-]\s*)?(?:[mwf]\b\.?\s*,?\s*)?\d)"


def _unique(nouns: tuple[str, ...]) -> dict[str, str]:
    """Return every start of a noun that starts no other noun of the list."""
    starts: dict[str, set[str]] = {}
    for noun in nouns:
        for length in range(1, len(noun)):
            starts.setdefault(noun[:length], set()).add(noun)
    return {clip: next(iter(found)) for clip, found in starts.items() if len(found) == 1}


@cache
def _clips() -> tuple[dict[str, str], dict[str, str]]:
    """Return the clips that name one noun: after a family prefix, and standing alone."""
    alone = {clip: noun for clip, noun in _unique(tuple(_NOUNS)).items()
             if len(clip) >= _NOUNS[noun]}  # fmt: skip
    return _unique(_FAMILY_NOUNS), alone


@cache
def _pattern() -> re.Pattern[str]:
    family = "|".join(sorted(_FAMILY, key=len, reverse=True))
    # "Pfl.to. 15", "Pflege-To. 14" (its hyphen before "to" made a space): the prefix clipped
    # or set apart too
    return re.compile(rf"\b(?P<family>(?:{family})(?:\.|-|\s)?)?(?P<clip>[a-z]{{1,8}})\."
                      rf"{_AGE_NEXT}")


def expand_clips(text: str) -> str:
    """Return normalised text with clipped kin nouns before an age written out whole."""
    if "." not in text:
        return text
    after, alone = _clips()

    def whole(m: re.Match[str]) -> str:
        family, clip = m.group("family"), m.group("clip")
        noun = after.get(clip) if family else alone.get(clip)
        return f"{(family or '').rstrip('-. ')}{noun}" if noun else m.group(0)

    return _pattern().sub(whole, text)
