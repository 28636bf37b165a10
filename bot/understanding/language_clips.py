"""Language names clipped with a dot, as forms typed in a hurry have them ("Infos auf Arab.",
"KM spricht nur Türk.", "KM spricht nur ukr./russ.", "mit arab. sprechender Mitarbeiterin").

`bot.understanding.languages` reads the frames of a wish over whole names; this module writes the
clips out first. A clip of four to six letters is any word a single "-isch" name begins; one of
three letters ("ukr.", "rus.") only after a word that names a language (`language_frames.toml
[clipped] leads`), joined to another clip by "/", "oder" or "und" ("mit ukr. oder russ. Sprache"),
or right before a word of language ("gern mit ukr. Sprachmittlung"), since other short clips are
units ("14 Mon.").
The dot stays where it may end a sentence and goes where the frame goes on with the next word
("türk. Begleitung", "arab. sprechend"); before a comma or a bracket it was only the clip's.

Typed without punctuation the dot is gone ("mit russ oder poln Sprache", "Beratung mit türk
Sprache"). A clip without its dot counts only right before a word of language, alone or as a run
joined by "/", "oder", "und", and only when it is no word of its own ("span", "arme", "kirche"
are words): the word of language says what the dot said.
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.explain import is_known_word

# a word clipped with a dot, of three to six letters, before a space, the end, punctuation or "/"
_CLIPPED = re.compile(r"\b([a-z]{3,6})\.(?=\s|$|[,;:!?)/])")
_TOKEN = re.compile(r"[^\W\d_]+")
# words before a clipped name that make it an attribute of the noun after it
_ATTRIBUTIVE = frozenset(("mit", "in", "auf", "ein", "eine", "einer", "einen", "einem", "der",
                          "die", "den", "dem", "fuer", "with", "a", "an"))  # fmt: skip
# the word after a clipped name
_NEXT = re.compile(r"\s+([^\W\d_]+)")
# what makes a clip of three letters a language without a lead before it: another clip joined
# by a conjunction, or a word of language right after it ("Sprache", "Sprachmittlung", "sprechend")
_PAIRED = re.compile(r"\s*(?:oder|und|u\.?|bzw\.?|or|and)\s+[a-z]{3,6}\.|\s+(?:sprach|sprech)")
# a run of words of three to six letters joined by "/" or a conjunction, right before a word of
# language: clips whose dot was lost ("ukr oder russ sprache", "tuerk sprache")
_UNDOTTED = re.compile(r"\b[a-z]{3,6}(?:\s*/\s*[a-z]{3,6}|\s+(?:oder|und|u|bzw|or|and)\s+"
                       r"[a-z]{3,6})*(?=\s+(?:sprach|sprech))")
_CONJUNCTIONS = frozenset(("oder", "und", "u", "bzw", "or", "and"))


@cache
def _abbreviation(prefix: str) -> str | None:
    """The German language name a clipped word stands for ("arab." → arabisch, "türk." →
    türkisch, "russ." → russisch): the name that is the prefix plus "-isch", else the only
    "-isch" name it begins ("rum." → rumaenisch: "rumanisch", its spelling without the umlaut,
    names the same language)."""
    from bot.understanding.languages import language_names_read  # languages imports this module

    names = language_names_read()
    if prefix + "isch" in names:
        return prefix + "isch"
    found = sorted(n for n in names if n.startswith(prefix) and n.endswith("isch"))
    return found[0] if found and len({names[n] for n in found}) == 1 else None


def unabbreviated(folded: str, providers: re.Pattern[str], leads: frozenset[str]) -> str:
    """Return the folded text with clipped language names written out; `providers` are the staff
    and offer words a language adjective stands before, `leads` the words a clip of three letters
    needs before it."""

    def full(m: re.Match[str]) -> str:
        clip = m.group(1)
        lead = _TOKEN.findall(folded[max(0, m.start() - 30) : m.start()])[-1:]
        joined = folded.startswith("/", m.end())
        paired = _PAIRED.match(folded, m.end()) is not None
        led = joined or paired or folded[: m.start()].endswith("/") or (lead and lead[0] in leads)
        if len(clip) == 3 and not led:
            return m.group(0)
        # a word of its own with a sentence's dot ("weint an der Tür.") is a clip only where a
        # clip of three letters would be: "spricht nur franz." yes, "an der tuer." no
        if not led and is_known_word(clip):
            return m.group(0)
        name = _abbreviation(clip)
        if not name:
            return m.group(0)
        after = _NEXT.match(folded, m.end())
        # "mit türk. Begleitung" goes on; "kaum Engl. Hebamme gesucht" begins a sentence
        attributive = bool(lead) and lead[0] in _ATTRIBUTIVE
        goes_on = joined or paired or (after is not None and (
            after.group(1).startswith(("sprech", "sprach"))
            or (attributive and providers.fullmatch(after.group(1)) is not None)))
        ends = after is not None or m.end() == len(folded)
        return name if goes_on or not ends else f"{name}."

    return _undotted(_CLIPPED.sub(full, folded))


def _undotted(folded: str) -> str:
    """Write out the clips that lost their dot before a word of language ("russ oder poln
    sprache" → "russisch oder polnisch sprache"); of a run, only its last words that are all
    clips ("mit tuerk sprache": "mit" is none)."""

    def full(m: re.Match[str]) -> str:
        parts = re.split(r"(\s*/\s*|\s+)", m.group(0))  # words at even places, joints between
        names: dict[int, str] = {}
        for i in range(len(parts) - 1, -1, -2):
            word = parts[i]
            if word in _CONJUNCTIONS and names:
                continue
            name = None if is_known_word(word) else _abbreviation(word)
            if name is None:
                break
            names[i] = name
        return "".join(names.get(i, part) for i, part in enumerate(parts))

    return _UNDOTTED.sub(full, folded)


__all__ = ["unabbreviated"]
