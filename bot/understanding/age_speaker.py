"""The child's own words tell its age: "ich bin doch schon 9!", „bin 17“, „… ich bin 7“.

Professionals pass on what a child said or wrote — a call to a help line, a note from a worry
box, a quote in a case note — and with it the age the child gives for itself: "Kind, besteht
drauf: „ich bin doch schon 9!“", "Junge, sagt „bin 17“", "Zettel: „… ich kan nicht schlafen,
ich bin 7“". A number the speaker tells in the first person ("ich bin N", "bin doch schon N",
"ich werd N") is the speaker's age, and where the speaker is the child (no parent or other grown-up
is named as the one who speaks) it is the child's, as if the writer had told it. The other ages in
the child's words are other people's: "mein Papa ist 40", "meine Schwester ist 17", "der ist
24", "mein Hund ist zwei". The writer's own facts weigh more than the child's words: an age the
writer tells outside them ("ist aber erst drei", "Mädchen (8)") keeps its place, and the speaker's
words are then only the story. A young writer telling their own age outside any quote ("bin 15",
"ich bin 9 und mache mir Sorgen") asks for themselves (`writer_told`). Words are data
(`bot/data/age_speaker.toml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from bot.understanding.age_mentions import Mention
from bot.understanding.age_values import ADULT
from bot.understanding.quoted_speech import speech_spans
from bot.vocabulary.lexicon import _load, age_vocabulary

_REACH = 60  # characters before a number within which the speaker's "ich bin" stands
_BARE = ("unexplained", "loose")  # numbers no noun or unit explains, a clause of their own
# a sentence ends at "!" or "?", or at a full stop after a word longer than an abbreviation
_SENTENCE_END = re.compile(r"[!?]|(?<=[a-z]{4})\.(?!\d)")
_WORD = re.compile(r"[a-z]+")
# the writer telling their own age right before the number: "bin 15", "ich bin erst 14", "I'm 16"
_SELF_TOLD = re.compile(r"(?:^|[\s,.!?;:(])(?:ich\s+)?(?:bin|i\s*'?\s*m|i\s+am)"
                        r"(?:\s+(?:erst|schon|gerade|grad|jetzt|only|just))?\s+$")
WRITER_YEARS = (6, 21)  # a writer this old asks for themselves
_NUMBER = re.compile(r"(?<![\d,])(\d{1,2})(?:,5)?(?![\d]|,\d)")


def longest_first(words: list[str]) -> str:
    """The words as one alternation, longer first (a word's spaces match any run of them)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    told: re.Pattern[str]  # the speaker's "ich bin" right before a number
    becoming: frozenset[str]  # "ich werd 6": a birthday to come
    speaking: frozenset[str]  # words that open what a child says
    years: tuple[int, int]  # the ages a child may tell itself as


@cache
def _vocabulary() -> _Vocabulary:
    data = _load("age_speaker.toml")
    fillers = longest_first(data["fillers"])
    soon = "|".join(data["soon"])
    return _Vocabulary(
        # "ich bin doch schon ", "bin ", "ich werd bald " right before the number; not after a
        # word of thinking ("alle denken ich bin 20": what others think)
        told=re.compile(rf"(?:^|(?<![a-z]))(?P<who>(?:{longest_first(data['opinions'])})\s+)?"
                        rf"(?:ich\s+)?(?P<verb>{longest_first(data['copulas'] + data['becoming'])})"
                        rf"\s+(?:(?:{fillers})\s+)*(?P<soon>(?:{soon})\s+)?$"),
        becoming=frozenset(data["becoming"]),
        speaking=frozenset(data["speaking"]) | age_vocabulary().telling_words,
        years=(int(data["years"][0]), int(data["years"][1])),
    )


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` begins."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, at):
        start = m.end()
    return start


def _grown_speaker(text: str, start: int, end: int) -> bool:
    """Tell whether the first person named in text[start:end] — the one who speaks — is a
    grown-up or another person than the child: "Die Mutter von Jan (3) sagt: „Ich bin 19“",
    "Vater am Telefon: „ich bin 45 …“", "Die große Schwester (9) sagt: …"."""
    vocab = age_vocabulary()
    for word in _WORD.findall(text, start, end):
        if word in vocab.child_nouns or word in vocab.role_nouns:
            return False
        if word in vocab.adult_nouns or word in vocab.other_person_nouns:
            return True
    return False


def _speech(text: str, at: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Return the span of the child's words holding `at`: a quote in the first person, or the
    rest of a sentence after a word of speaking ("Kind sagt ich bin 9 und …"); None when the
    words are the writer's own or a grown-up's."""
    for start, end in spans:
        if start <= at < end:
            return None if _grown_speaker(text, _sentence_start(text, start), start) else (
                start, end)
    begin = _sentence_start(text, at)
    for m in _WORD.finditer(text, begin, at):
        if m.group(0) in _vocabulary().speaking:
            stop = _SENTENCE_END.search(text, at)
            return None if _grown_speaker(text, begin, m.start()) else (
                m.end(), stop.start() if stop else len(text))
    return None


def _told(text: str, mention: Mention) -> re.Match[str] | None:
    """The speaker's "ich bin" right before a bare number, unless someone else's opinion."""
    m = _vocabulary().told.search(text, max(0, mention.start - _REACH), mention.start)
    return m if m and not m.group("who") else None


def writer_told(text: str, mention: Mention) -> bool:
    """Tell whether the writer tells a young person's own age right before a number ("bin 15",
    "ich bin erst 14", "I'm 16", "ich bin 9 und mache mir Sorgen"): a young person asking for
    themselves; older writers are professionals or parents."""
    return bool(_SELF_TOLD.search(text, 0, mention.start)) and (
        WRITER_YEARS[0] * 12 <= mention.low <= WRITER_YEARS[1] * 12)


def own_ages(text: str) -> list[tuple[int, int]]:
    """Return the spans of the numbers a child tells as its own age inside its quoted words
    („ich bin doch schon 9!“): the quote reader keeps them where it blanks the story's numbers;
    a grown-up's („Ich bin 19 und schaff das nicht“, the mother) it blanks as before."""
    if "bin" not in text and "werd" not in text:
        return []
    vocab = _vocabulary()
    low, high = vocab.years
    kept = []
    for start, end in speech_spans(text):
        if _grown_speaker(text, _sentence_start(text, start), start):
            continue
        for m in _NUMBER.finditer(text, start, end):
            told = vocab.told.search(text, max(start, m.start() - _REACH), m.start())
            if told and not told.group("who") and low <= int(m.group(1)) <= high:
                kept.append(m.span())
    return kept


def speakers_told(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions with the age a child tells of itself in its own words made the
    child's, and every other age in those words another person's — when the writer tells no
    age of their own outside them."""
    spans = speech_spans(text)
    low, high = _vocabulary().years
    told: list[tuple[Mention, tuple[int, int], bool]] = []
    for h in found:
        if h.kind not in _BARE or not (low * 12 <= h.low and h.high <= high * 12 + 11):
            continue
        m = _told(text, h)
        if m is None:
            continue
        words = _speech(text, h.start, spans)
        if words is not None:
            becoming = m.group("verb") in _vocabulary().becoming or bool(m.group("soon"))
            told.append((h, words, becoming))
    if not told:
        return found
    inside = [t[1] for t in told]
    writers = [h for h in found if h.kind in ("child", "role", "loose") and h.low < ADULT
               and not any(a <= h.start < b for a, b in inside)]
    if writers:  # "sagt immer 'ich bin vier', ist aber erst drei": the writer's own fact
        return found
    own, words, becoming = told[-1]  # "ich bin 14, nee warte, ich bin ja schon 15": the last
    if becoming:  # "ich werd bald 6", "ich bin in 3 Monaten 18": a year younger now
        own = replace(own, low=max(0, own.low - 12), high=max(0, own.low - 1))
    kept = []
    for h in found:
        if h is told[-1][0]:
            kept.append(replace(own, kind="child", noun=own.noun or "ich"))
        elif words[0] <= h.start < words[1] and h.kind not in ("duration", "adult"):
            kept.append(replace(h, kind="other" if h.low < ADULT else "adult"))
        else:
            kept.append(h)
    return kept


__all__ = ["WRITER_YEARS", "own_ages", "speakers_told", "writer_told"]
