"""The parts of a message: what the writer says of the family, and what only signs it.

Professionals write mails and web forms. After the case and the question comes a closing
formula and a signature block — the writer's name, role, office, room, office hours, phone and
town ("Mit freundlichen Grüßen, Jana Westermann, Schwangerschaftsberatung Unna, Tel. …") — or a
form carries fields of the sender ("Absender: Praxis Dr. Grewe, Kamen", "Einrichtung: Kita
Zechenkinder"). None of that is the family's: the office's need ("Schwangerschaftsberatung") is
no need of the family, a class the writer leads ("Klassenlehrerin 3b") or office hours ("Mo–Fr
8–12") are no age, and the office's town is no home. Where only the office names a town, the
assistant asks where the family lives instead of taking the office's.

The parts are found once, here, from the shape of the message, so that every reader (age,
place, needs, languages) reads only the family's text: a closing formula after a sentence's end
with a tail that tells nothing (no finite verb of the case, no question) up to the end or a
postscript or forwarded mail; failing one, a last line or clause with a phone, mail, room or
office hours and the signature lines right before it; and the values of the sender's form
fields. Short messages sign too: "… in Methler? LG Anna". A parent who writes of their own child
("mein Sohn …") signs as the family: their signature is kept.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from bot.understanding.frame import frame_spans
from bot.understanding.gate_case import case_gated
from bot.understanding.letter_names import signoff_names
from bot.understanding.letter_unmarked import unmarked_signature
from bot.vocabulary.lexicon import _load

MAX_TAIL = 45  # words after a closing formula: a long signature block, never a second case
MAX_UNSIGNED = 30  # words of a signature without a closing formula, with its phone line
MAX_LINE = 8  # words of one signature line before the phone line ("Leitung Kita Pusteblume")

# what ends a sentence or a part before a closing formula or a signature: a mark, a line break,
# a form's "|", an emoji, or a word of thanks ("Danke und Gruß", "Vielen Dank, LG")
_BEFORE = re.compile(r"(?:^|[.!?,;:|)\n\u2600-\u27bf\U0001f000-\U0001faff]|\b(?:und|and|danke|dank"
                     r"|thanks|thx|merci))\s*$", re.IGNORECASE)
_WORDS = re.compile(r"[^\W_]+")
_PHONE = re.compile(r"(?<!\d)(?:\+49|0)\s?\d{2,5}(?:\s?[/-]\s?|\s)\d[\d\s-]{2,}")
_MAIL = re.compile(r"\S+@\S+\.\w+")
# a postscript: the message goes on after the signature
_PS = re.compile(r"(?:^|\s)(?:p\.\s?s\.|ps\s*:|nachtrag\s*:)", re.IGNORECASE)
# a sentence's end before a signature without a closing formula: a question or exclamation mark,
# a line break, a form's "|", or a full stop after a word of four letters or more ("Dr. Albers",
# "Tel. 0231", "Marktstr. 12" stay inside the signature)
# (the look back after the full stop, not before it: a pattern that starts with the marks jumps
# from mark to mark instead of trying every position, 40 → 3 µs over a long message)
_UNITS = re.compile(r"[?!\n|]|\.(?<=[^\W\d_]{4}\.)(?=\s+[A-ZÄÖÜ])")


def _pattern(phrase: str) -> str:
    """A folded phrase as a pattern over the writer's spelling: umlauts or their spellings,
    "ß" or "ss", words apart by spaces, hyphens or dots ("e mail" is "E-Mail")."""
    spelt = {"ä": "(?:ä|ae)", "ö": "(?:ö|oe)", "ü": "(?:ü|ue)", "ß": "(?:ß|ss)"}
    words = ["".join(spelt.get(ch, re.escape(ch)) for ch in word) for word in phrase.split()]
    return r"[\s.\-]*".join(words)


def _alternation(phrases: list[str]) -> str:
    """Longest phrase first, so that "alter des kindes" wins over "alter"."""
    return "|".join(_pattern(p) for p in sorted(set(phrases), key=len, reverse=True))


class _Rules(NamedTuple):
    closing: re.Pattern[str]  # "Mit freundlichen Grüßen", "LG"
    resumes: re.Pattern[str]  # a forwarded mail: the message goes on
    contact: re.Pattern[str]  # "Tel.", "Sprechzeiten", a room with its number
    telling: re.Pattern[str]  # a finite verb of the case: the tail is no signature
    label: re.Pattern[str]  # any form field's label with its colon
    writer: re.Pattern[str]  # the sender's form fields
    parent: re.Pattern[str]  # a parent writing of their own child signs as the family
    thanks: re.Pattern[str]  # thanks right before the closing go with it


@cache
def _rules() -> _Rules:
    data = _load("letter.toml")
    closing = re.compile(rf"(?<![^\W_])(?:{_alternation(data['closings'])})(?![^\W_])",
                         re.IGNORECASE)
    resumes = re.compile(rf"(?<![^\W_])(?:{_alternation(data['resumes'])})(?![^\W_])",
                         re.IGNORECASE)
    contact = re.compile(rf"(?<![^\W_])(?:(?:{_alternation(data['contact'])})(?![^\W_])"
                         rf"|(?:{_alternation(data['rooms'])})\.?\s*[A-Z]?\s?\d)", re.IGNORECASE)
    telling = re.compile(rf"(?<![^\W_])(?:{_alternation(data['telling'])})(?![^\W_])",
                         re.IGNORECASE)
    fields = data["writer_fields"] + data["family_fields"]
    label = re.compile(rf"(?<![^\W_])({_alternation(fields)})\s*:", re.IGNORECASE)
    writer = re.compile(rf"(?:{_alternation(data['writer_fields'])})", re.IGNORECASE)
    parent = re.compile(rf"(?<![^\W_])(?:{_alternation(data['parent_voice'])})(?![^\W_])",
                        re.IGNORECASE)
    thanks = re.compile(rf"(?<![^\W_])(?:{_alternation(data['thanks'])})[\s,.!]*(?:und|and)?\s*$",
                        re.IGNORECASE)
    # most messages hold none of these words: their scans are skipped (`gate_case`)
    return _Rules(*map(case_gated, (closing, resumes, contact, telling, label, writer, parent,
                                    thanks)))


def writer_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of the text that are the writer's own: signatures and sender fields."""
    rules = _rules()
    closing, resumes, parent = rules.closing, rules.resumes, rules.parent
    spans = _field_spans(text)
    cuts = sorted({0, len(text), *(m.start() for m in resumes.finditer(text)),
                   *(m.start() for m in _PS.finditer(text))})
    for start, end in pairwise(cuts):
        signed = _signed(text, start, end, closing) or _unsigned(text, start, end)
        if signed and not parent.search(text, start, signed[0]):  # a parent signs as the family
            spans.append(signed)
    return _merged(spans)


def family_text(text: str) -> str:
    """Return the text without the writer's parts — signature, sender fields and the frame of
    salutation, courtesy and asides (`frame.frame_spans`); the text itself when nothing else is
    left (a message that is only "Viele Grüße" is read as it is)."""
    # the writer's name after a closing formula, even where a parent signs as the family: a
    # family name is no place ("Viele Grüße, Anna Stockum")
    names = signoff_names(text, _rules().closing)
    spans = _merged([*writer_spans(text), *frame_spans(text), *names])
    if not spans:
        return text
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    family = " ".join(part.strip() for part in kept if part.strip())
    return family if _WORDS.search(family) else text


def _tells(tail: str) -> bool:
    """Tell whether a tail says something of the case: a question, or a finite verb of it."""
    return "?" in tail or bool(_rules().telling.search(tail))


def _signed(text: str, start: int, end: int, closing: re.Pattern[str]) -> tuple[int, int] | None:
    """The signature after the segment's last closing formula that follows a sentence's end,
    when what follows it tells nothing ("LG Dortmund hat entschieden …" is a court)."""
    found = [m for m in closing.finditer(text, start, end) if _BEFORE.search(text[start:m.start()])]
    if not found:  # typed or dictated without marks: the tail must open with the writer
        return unmarked_signature(text, start, end, closing, _tells)
    last = found[-1]
    tail = text[last.end() : end]
    if _tells(tail) or len(_WORDS.findall(tail)) > MAX_TAIL:
        return None
    thanked = _rules().thanks.search(text, start, last.start())
    return (thanked.start() if thanked else last.start()), end


def _unsigned(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A signature without a closing formula: the last part with a phone, a mail, a room or
    office hours ("| Birgit Hollenhorst, Leitung Kita Zechenkinder, Unna-Königsborn, Tel. …"),
    and the short signature lines right before it ("Praxis am Markt\\nTel. …")."""
    bounds = [start, *(m.end() for m in _UNITS.finditer(text, start, end)), end]
    units = [(a, b) for a, b in pairwise(bounds) if text[a:b].strip()]
    if len(units) < 2:  # the whole message: nothing of it is only a signature
        return None
    a, b = units[-1]
    last = text[a:b]
    contact = _rules().contact.search(last) or _PHONE.search(last) or _MAIL.search(last)
    if not contact or _tells(last) or len(_WORDS.findall(last)) > MAX_UNSIGNED:
        return None
    first = a
    for a, b in reversed(units[:-1]):
        line = text[a:b]
        if (text[a - 1 : a] != "\n" and a != start) or not line.endswith("\n"):
            break  # only whole lines of a block join it
        if ":" in line or _tells(line) or len(_WORDS.findall(line)) > MAX_LINE:
            break
        if re.search(r"[.!?]\s*$", line):
            break
        first = a
    return first, end


def _field_spans(text: str) -> list[tuple[int, int]]:
    """The sender's form fields with their values ("Absender: Praxis Dr. Grewe, Kamen"); a value
    ends at the next field's label, a line break or a form's "|"."""
    return [(start, end) for _, start, _, end in _writer_fields(text)]


def writer_field_values(text: str) -> list[tuple[str, str]]:
    """The sender's form fields as (label as typed, value): "Einrichtung: Kita Zauberwald, Bönen"
    → ("Einrichtung", "Kita Zauberwald, Bönen"), for the readers that look at what a value holds
    (`place_fields`: the town of the Kita a child attends)."""
    return [(text[start:colon].rstrip(": \t"), text[colon:end].strip())
            for _, start, colon, end in _writer_fields(text)]


def _writer_fields(text: str) -> list[tuple[str, int, int, int]]:
    """(label, label's start, value's start, value's end) of each sender's field."""
    label, writer = _rules().label, _rules().writer
    labels = [m for m in label.finditer(text) if _at_field_start(text, m.start())]
    fields = []
    for i, m in enumerate(labels):
        if not writer.fullmatch(m.group(1)):
            continue
        stop = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        brk = re.search(r"[\n|]", text[m.end() : stop])
        fields.append((m.group(1), m.start(), m.end(), m.end() + brk.start() if brk else stop))
    return fields


def _at_field_start(text: str, at: int) -> bool:
    """A label starts a field, not a sentence's noun ("mein Name: …"): it stands at the start,
    after a break, or after a capitalised word or a number (a form whose line breaks were lost:
    "Kita Sonnenblume Alter des Kindes: 5")."""
    before = text[:at].rstrip()
    if not before or before[-1] in "\n|;.-•*–:":
        return True
    previous = _WORDS.findall(before[-40:])
    return bool(previous) and (previous[-1][:1].isupper() or previous[-1].isdigit())


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
