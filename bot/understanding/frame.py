"""The frame of a message: the parts that address, greet, thank, sign off or tell of the writer.

Professionals wrap a request: "Liebe Kolleginnen und Kollegen, ich hätte eine Frage. … Vielen
Dank im Voraus und einen schönen Tag!", "Sorry, schreibe zwischen zwei Terminen, Sprechstunde bis
18 Uhr.", "Das ist schon meine 3. Anfrage diese Woche.", "Grüße aus dem Homeoffice!". None of
that is the family's: read as the request, "Kolleginnen" or "Team" pulled in topics, a doctor's
"Sprechstunde" child health, and "diese Woche" made a past danger recent. The frame is found once,
here, from the shape of the parts (words in `bot/data/frame.toml`), and `letter.family_text`
leaves it out with the signature, so that every reader — needs, child protection, age, place —
reads only what the writer says of the family:

- a salutation: a head at the message's start ("Liebe", "Hallo", "Sehr geehrte") and a short
  address up to its mark, with no digit, no word of the writer's own voice and no verb of the case;
- courtesy: a part made only of words of thanks, wishes, greeting and lead-in ("Danke euch!",
  "ich hätte eine Frage."); one word of the request and the part is kept ("Danke, und noch: sie
  spricht nur Arabisch" keeps "sie spricht nur Arabisch");
- an aside: a short sentence in the writer's own voice with a word of the writer's day or office
  and no word of the family, no question and no age with its unit ("bin heute im
  Bereitschaftsdienst"); the writer's work in general ("Ich arbeite in der OGS in Lünen") is no
  aside, for it often says where the family is.

A closing greeting at the end ("Gruß aus dem Familienbüro") is the signature's (`letter.py`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import pairwise
from typing import NamedTuple

from bot.text import fold
from bot.vocabulary.lexicon import _load

# the parts a message is cut into: after a sentence's mark (a full stop only after a word of
# three letters or more, so "3. Anfrage", "Zi. 2" and "2 J." do not end one), a colon, a line
# break, a form's "|", or an emoji
# (ages55) and a forwarded mail's quote marks ("WG: Anfrage der Großeltern >> Unsere Enkelin (7)
# lebt bei uns …", "> Tim (8) kommt …"): the quoted mail is a part of its own, never the
# writer's aside around it
_ENDS = re.compile(r"[!?:;\n|\u2600-\u27bf\U0001f000-\U0001faff]+|(?<=[^\W\d_]{3})\.+(?=\s|$)"
                   r"|[<>]{2,}|(?<!\S)>(?=\s)")
_COMMA = re.compile(r",")
_WORD = re.compile(r"[^\W_]+|[&+]")
_AGE_UNIT = re.compile(r"\d\s*(?:-\s*)?(?:j\b|j\.|jahr|jähr|jaehr|mon|woch|lj|ssw)", re.IGNORECASE)
# what ends a salutation: a mark, a line break or an emoji ("merhaba 🙂 Rünthe'de …")
_MARK = re.compile(r"[,.!:;\n\u2600-\u27bf\U0001f000-\U0001faff]|$")


class _Words(NamedTuple):
    exact: frozenset[str]
    prefixes: tuple[str, ...]

    def has(self, word: str) -> bool:
        return word in self.exact or word.startswith(self.prefixes)


class _Frame(NamedTuple):
    heads: re.Pattern[str]
    address_reach: int
    voice: frozenset[str]
    courtesy: frozenset[str]
    office: _Words
    writer: frozenset[str]
    aside_reach: int
    family: _Words


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    """A word in the shared comparison form (`bot.text.fold`: umlauts spelt out, the families'
    letters on their base); kept per word: the frame's readers fold each part of the message's
    head and tail again, dozens of words per request."""
    return fold(word)


def _pattern(phrase: str) -> str:
    """A phrase as a pattern over the writer's spelling: umlauts or their spellings, any space."""
    spelt = {"ä": "(?:ä|ae)", "ö": "(?:ö|oe)", "ü": "(?:ü|ue)", "ß": "(?:ß|ss)"}
    return r"\s+".join("".join(spelt.get(ch, re.escape(ch)) for ch in word)
                       for word in phrase.lower().split())


def _words(items: list[str]) -> _Words:
    folded = [_fold(w) for w in items]
    return _Words(frozenset(w for w in folded if not w.endswith("*")),
                  tuple(w[:-1] for w in folded if w.endswith("*")))


@cache
def _frame() -> _Frame:
    data = _load("frame.toml")
    heads = "|".join(map(_pattern, sorted(data["heads"], key=len, reverse=True)))
    return _Frame(
        re.compile(rf"\s*(?:{heads})(?![^\W_])", re.IGNORECASE),
        int(data["address_reach"]),
        frozenset(_fold(w) for w in (*data["voice"], *data["address_stops"])),
        frozenset(_fold(w) for w in data["courtesy"]),
        _words(data["office"]),
        frozenset(_fold(w) for w in data["writer"]),
        int(data["aside_reach"]),
        _words(data["family"]),
    )


def _telling() -> re.Pattern[str]:
    # the verbs of the case, shared with signatures (imported here: letter.py imports this module)
    from bot.understanding.letter import _rules

    return _rules().telling


def _tokens(text: str) -> list[str]:
    return [_fold(w) for w in _WORD.findall(text)]


def _salutation(text: str, frame: _Frame) -> tuple[int, int] | None:
    """The salutation at the message's start up to its mark ("Liebes Team,")."""
    head = frame.heads.match(text)
    if not head:
        return None
    mark = _MARK.search(text, head.end())
    address = text[head.end() : mark.start()]
    words = _tokens(address)
    if (
        len(words) > frame.address_reach
        or re.search(r"\d|\?", address)
        or (frame.voice | frame.writer) & set(words)
        or _telling().search(address)
    ):
        return None
    return 0, mark.end()


def _parts(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    bounds = [start, *(m.end() for m in pattern.finditer(text, start, end)), end]
    return [(a, b) for a, b in pairwise(bounds) if text[a:b].strip()]


def _courtesy(part: str, frame: _Frame) -> bool:
    words = _tokens(part)
    return bool(words) and "?" not in part and all(w in frame.courtesy for w in words)


def _aside(part: str, frame: _Frame) -> bool:
    words = _tokens(part)
    return (
        len(words) <= frame.aside_reach
        and any(frame.office.has(w) for w in words)
        and bool(frame.writer & set(words))
        and not any(frame.family.has(w) for w in words)
        and "?" not in part
        and not _AGE_UNIT.search(part)
    )


def frame_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of the text that are its frame (see the module's docstring)."""
    frame = _frame()
    spans: list[tuple[int, int]] = []
    opening = _salutation(text, frame)
    if opening:
        spans.append(opening)
    for a, b in _parts(text, opening[1] if opening else 0, len(text), _ENDS):
        if _aside(text[a:b], frame):
            spans.append((a, b))
            continue
        spans.extend((c, d) for c, d in _parts(text, a, b, _COMMA)
                     if _courtesy(text[c:d], frame))
    return sorted(spans)


__all__ = ["frame_spans"]
