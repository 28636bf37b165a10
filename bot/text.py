"""Text folding shared by understanding, matching and import.

People write "Lünen", "Luenen" and "Lunen" for the same town; every comparison therefore happens
on one folded form: lower case, umlauts spelled out, punctuation turned into spaces.
"""

from __future__ import annotations

import re
import unicodedata

# Latin letters of the families' languages that Unicode gives no base letter to decompose into:
# Turkish and Azerbaijani dotless "ı", Polish "ł", Azerbaijani "ə", Vietnamese and South Slavic
# "đ", Scandinavian "ø", Twi "ɛ"/"ɔ", Maltese "ħ", Hausa's hooked "ɗ"/"ƙ"/"ɓ"/"ƴ" (typed with or
# without the hook: "huɗu"/"hudu"). One letter each, so a length-keeping fold
# (`bot.understanding.foreign_rules`) maps them the same way; upper case lowers into them first.
BASE_LETTERS: dict[str, str] = {"ı": "i", "ł": "l", "ə": "e", "đ": "d", "ø": "o", "ɛ": "e",
                                "ɔ": "o", "ħ": "h", "ɗ": "d", "ƙ": "k", "ɓ": "b",
                                "ƴ": "y"}  # fmt: skip
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss", **BASE_LETTERS})
_BASES = str.maketrans(BASE_LETTERS)
_TOKEN = re.compile(r"[a-z0-9]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


class _Marks(dict[int, int | None]):
    """A `str.translate` table that drops the combining marks (`unicodedata.combining`) and
    keeps every other character: filled on first sight of a character, so a text costs one C
    pass instead of a Python generator step per character, and the table stays as small as the
    letters people actually type."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _Marks()


def clean(text: str) -> str:
    """Drop control and bidi characters that only confuse parsing and terminals."""
    return _CONTROL.sub(" ", text)


def fold(text: str) -> str:
    """Return the comparison form: lower case, umlauts as ae/oe/ue/ss, no other accents, and the
    families' letters on their ASCII base ("kızı" → "kizi", "İlkokul" → "ilkokul", "syn ł" → "l"),
    so every reader's `[a-z]` word sees one word where the writer typed one."""
    text = text.lower()
    if text.isascii():  # most words: nothing to spell out or strip
        return text
    text = text.translate(_UMLAUTS)
    if text.isascii():  # German words: nothing left once the umlauts are spelt out
        return text
    return unicodedata.normalize("NFKD", text).translate(_MARKS)


# a word or a few set between stars for emphasis, as chat has no bold: "5 *mo*", "*heftige*";
# a star with a space after it ("* 2019") or with no closing partner ("*2019") is a birth mark
# ("*2019*" alone, only a date, stays a mark)
_EMPHASIS = re.compile(r"(?<![^\s(\[,;:.!?])\*(?=[^\s*])(?![\d.\s]+\*)([^*\n]{1,30}?)(?<=[^\s*])\*"
                       r"(?![^\s),;:.!?\]])")


def unemphasised(text: str) -> str:
    """Return the text with emphasis stars as spaces, at the same length (spans keep their
    places): a unit set between stars ("5 *mo*") is still the unit, not a birth mark."""
    return _EMPHASIS.sub(lambda m: f" {m.group(1)} ", text)


def fold_plain(text: str) -> str:
    """Return a variant that drops umlauts instead of spelling them out ("Lunen")."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss").translate(_BASES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    """Split folded text into alphanumeric tokens."""
    return _TOKEN.findall(fold(text))


def slug(text: str) -> str:
    """Return an ascii key like the gazetteer's (`kamen-methler`)."""
    return "-".join(tokens(text))


def in_order(words: list[str], phrase: tuple[str, ...], slack: int) -> bool:
    """Whether the phrase's words stand in `words` in order with at most `slack` words between
    each ("schafft dat kaum noch", "jeden zweiten Morgen"): what people tell is rarely a fixed
    phrase, and a window keeps a cue from joining words of different sentences."""
    for start, word in enumerate(words):
        if word != phrase[0]:
            continue
        at, found = start, True
        for part in phrase[1:]:
            window = words[at + 1 : at + 2 + slack]
            if part not in window:
                found = False
                break
            at += 1 + window.index(part)
        if found:
            return True
    return False
