"""Who writes is no need: the writer's own institution named as a sender, not asked for.

Professionals open with where they write from ("Musikschule Kamen: …", "Kita in Heeren: …",
"Familienzentrum hier. …") or speak of their own house ("ein Junge aus unserem FZ", "unsere
Schulsozialarbeiterin fällt aus"). A need word there tells where the question comes from; the need
is what the rest of the message describes. Such words keep a small weight, so that a message that
says nothing else still counts them, but they never name the need directly.

A heading that is a need ("Schulabsentismus: Junge 13 …", "Cannabis-Prävention: Workshop …")
names no place and no "hier": it stays the need.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from functools import cache

from bot.text import fold
from bot.understanding.languages import language_code
from bot.understanding.main_need_positions import COMPOUND, asker_positions, help_noun
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.understanding.writer_interpreter import interpreting
from bot.vocabulary.lexicon import topic_lexicon

SENDER = 0.5  # the weight left to a word of the writer's own institution
MIN_PLACE = 4  # a place name's word, not its "an der" ("Werne an der Lippe")
MAX_HEADING = 6  # words of a heading before its colon ("Erzieherin Kita in Methler:")
_HEADING = re.compile(r"^\s*([^:.!?;,\n]{1,80}?)\s*(?::|\bhier\s*[.!:,])")
_HERE = "hier"
_NEXT_PREDICATE = frozenset({"und", "aber", "doch", "sondern"})
_DROPPED = "bin"  # "ich bin" with its pronoun dropped at a sentence's start


@cache
def _vocabulary() -> tuple[frozenset[str], ...]:
    """The writers' possessives, the words that make a heading ask, the phrases before a
    writer's role, the words of a family telling who it is, … and the houses a heading may
    start with (`[sender]`)."""
    table = topic_lexicon().get("sender", {})
    return tuple(frozenset(fold(w) for w in table.get(key, ()))
                 for key in ("own", "asking", "role", "family", "at", "closing",
                             "origin", "houses", "member", "persons", "attended"))  # fmt: skip


def _signature(words: Words, closings: frozenset[str]) -> set[int]:
    """"Mit freundlichen Grüßen, V. H., Beratungslehrer": what follows the last closing formula
    signs the message; a need word there is the writer's role, no need of the family."""
    folded = words.folded
    by_first = _by_first_word(closings)
    ends = [i + len(closing) for i, word in enumerate(folded) for closing in by_first.get(word, ())
            if tuple(folded[i : i + len(closing)]) == closing]  # fmt: skip
    return set(range(max(ends), len(folded))) if ends else set()


@cache
def _by_first_word(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases as word tuples by their first word: a message is scanned once, not per phrase."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        found.setdefault(phrase.split()[0], []).append(tuple(phrase.split()))
    return {first: tuple(split) for first, split in found.items()}


def _role(words: Words, roles: frozenset[str], family: frozenset[str],
          at: frozenset[str] = frozenset()) -> set[int]:  # fmt: skip
    """"Ich bin Tagesmutter in Holzwickede": a noun after "ich bin" is the writer's role, and
    the rest of its clause where the writer works; "ich bin Mutter von …", "ich bin schwanger"
    tell the family's own story, and "ich bin überfordert" (no noun) its need. A noun after a
    preposition of the workplace in that clause is where the writer works ("ich bin seit drei
    Wochen im Anerkennungsjahr beim Kreisjugendamt")."""
    found: set[int] = set()
    folded, raw, clause = words.folded, words.raw, words.clause
    for i in range(len(folded) - 1):
        if f"{folded[i]} {folded[i + 1]}" in roles and i + 2 < len(folded):
            noun = i + 2
        elif folded[i] == _DROPPED and (i == 0 or words.sentence[i] != words.sentence[i - 1]):
            noun = i + 1  # chat style drops the pronoun: "bin Tagesmutter in Holzwickede und …"
        else:
            continue
        end = _predicate_end(words, noun)
        if raw[noun][:1].isupper() and folded[noun] not in family:
            found.update(j for j in range(noun, end) if clause[j] == clause[noun])
        for j in range(noun + 1, end):
            if clause[j] != clause[i]:
                break
            if folded[j - 1] in at and raw[j][:1].isupper() and folded[j] not in family:
                found.update(k for k in range(j, end) if clause[k] == clause[j])
                break
    return found


def _predicate_end(words: Words, start: int) -> int:
    """Where the writer's "ich bin …" stops: at "und"/"aber" before a word in lower case, the
    next predicate of the sentence ("Ich bin Trainerin im Schwimmverein und brauche Infos zum
    Schutzkonzept": the ask is no part of the role; "Erzieherin und Mutter" is)."""
    folded, raw = words.folded, words.raw
    for j in range(start + 1, len(folded) - 1):
        if folded[j] in _NEXT_PREDICATE and raw[j + 1][:1].islower():
            return j
    return len(folded)


def _members(words: Words, frames: frozenset[str], persons: frozenset[str],
             attended: frozenset[str]) -> set[int]:
    """"das Mädchen aus der Krippe", "ein Junge ausm Jugendtreff": the house a person of the
    story is from, as "aus unserer Kita" says, is where the question comes from. Only a house
    the family attends (`attended`, also as the head of a compound: "U3-Gruppe"), so that a
    country ("Junge aus der Ukraine") or a family's trouble ("aus der Suchtfamilie") stays."""
    found: set[int] = set()
    folded = words.folded
    for i, word in enumerate(folded[:-2]):
        if word not in persons:
            continue
        for size in (2, 1):
            house = i + 1 + size
            if (house < len(folded) and " ".join(folded[i + 1 : house]) in frames
                    and _attended(folded[house], attended)):
                found.add(house)
                break
    return found


def _attended(word: str, attended: frozenset[str]) -> bool:
    """A house the family attends, alone or as the last part of its compound ("U3-Gruppe",
    "Kitagruppe")."""
    return word in attended or any(word.endswith(h) and len(h) >= 4 for h in attended)


def sender_positions(text: str, words: Words, places: Collection[str]) -> frozenset[int]:
    """Return the positions of the words that name the writer's own institution."""
    (possessives, asking, roles, family, at, closings, origins, houses,
     member, persons, attended) = _vocabulary()
    found: set[int] = set(asker_positions(words))  # "wir sind FZ in Südkamen und suchen …"
    heading = _HEADING.match(text)
    if heading and words.folded:
        own = [fold(w) for w in re.findall(r"[\wÄÖÜäöüß]+", heading.group(1))]
        said_here = heading.group(0).rstrip(" .!:,").lower().endswith(_HERE)
        where = said_here or any(len(w) >= MIN_PLACE and w in places for w in own)
        where = where or bool(set(own[:2]) & origins)  # "Anfrage aus dem U25-Team:"
        # "Praxis für Ergotherapie in Lünen:": a house's "für" says what it does, asks nothing
        asks = bool(set(own) & asking) and own[0] not in houses
        if own and len(own) <= MAX_HEADING and where and not asks:
            found.update(range(min(len(own), len(words.folded))))
    capitals = any(ch.isupper() for ch in text)
    found |= _role(words, roles, family, at) if capitals else set()
    found |= _signature(words, closings)
    found |= _members(words, member, persons, attended)
    for i, word in enumerate(words.folded[:-1]):
        if word in possessives:  # the noun after it, or after one adjective ("unserer neuen Kita")
            found.add(i + 1)
            following = words.raw[i + 1]
            if (capitals and following[:1].islower() and i + 2 < len(words.folded)
                    and words.clause[i + 2] == words.clause[i]):
                found.add(i + 2)
    return frozenset(found)


_SELF = frozenset({"bin", "als"})  # "ich bin Lesepatin", "arbeite als Familienhebamme": a role


def as_sender(credits: list[Credit], senders: frozenset[int],
              words: tuple[str, ...] = ()) -> list[Credit]:  # fmt: skip
    """Keep the writer's own institution as a faint hint, never as the need named; only when
    another word describes a need (alone, it may be what the writer asks about). A role the
    writer says she is, named by a kind of help ("ich bin Lesepatin an der Grundschule";
    `words`: the folded words), goes: a help's compound reads as asked wherever it stands, and
    the writer's role would lead. An institution's heading ("Elterncafé Südkamen: …") stays."""
    if not senders or not any(c.position not in senders for c in credits):
        return credits
    helps = {c.position for c in credits if c.position in senders and c.position < len(words)
             and help_noun(words[c.position]) == COMPOUND
             and _SELF & set(words[max(0, c.position - 2) : c.position])}
    return [replace(c, weight=c.weight * SENDER, strong=False) if c.position in senders else c
            for c in credits if c.position not in helps]  # fmt: skip


def interpreter_positions(words: Words) -> frozenset[int]:
    """"Dolmetscher Farsi bin ich", "Als Sprachmittlerin begleite ich …": the words in which the
    writer says she interprets for the family (`writer_interpreter`)."""
    return interpreting(words.folded, words.clause,
                        lambda w: language_code(w, inflected=True) is not None).roles


def without_interpreter(credits: list[Credit], interpreter: frozenset[int]) -> list[Credit]:
    """The interpreter who writes names no need: the family she bridges for needs what the rest
    of the message tells, not migration advice. Her words stay only when nothing else is told."""
    kept = [c for c in credits if c.position not in interpreter]
    return kept if kept else credits
