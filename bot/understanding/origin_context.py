"""Where a family comes from is context, not a need for migration services, when another help is
asked.

"Familie aus Eritrea, seit zwei Monaten in Unna, der Sohn braucht einen Kitaplatz", "refugee
family … playgroup for the youngest", "Mutter macht den Integrationskurs und braucht eine
Tagesmutter": the origin, the arrival, a residence status, the German a parent lacks or the
integration course she attends tell who the family is. The writers label the help asked (the Kita,
the playgroup); migration advice and the interpreter pool shown first or instead would hide it,
and a language wish beside it ("Erziehungsberatung, aber nur mit Dari") is a gap where no offer
is held in that language, not an interpreter.

So migration credits whose term only tells the family's circumstance (`origin_context.toml`
`circumstance`) are dropped when a credit of another need stands beside them, unless the request
asks for migration help itself: orientation, "Ankommen", integration offers, the
Ausländerbehörde, an interpreter or a language course (a credited term outside `circumstance`, or
one of the `service_words`), or names them as those a help is for ("support for newly
arrived families"). Alone, the circumstance stays the need ("Familie neu aus Syrien,
wer hilft?").
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.understanding.normalise import Words
from bot.understanding.topic_choice import decided_again
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.vocabulary.lexicon import _load

TOPIC = "migration_integration"
FOR = frozenset({"fuer", "for"})  # a help for the newcomers (`_addressed`)
FOR_REACH = 2  # words between the preposition and the circumstance ("for newly arrived")


@dataclass(frozen=True, slots=True)
class _Rule:
    circumstance: frozenset[str]  # credited terms that tell who the family is
    words: frozenset[str]  # folded words that ask for migration help
    stems: tuple[str, ...]  # beginnings of such words ("Integrationsangebote")
    plain: frozenset[str]  # phrases that only ask ("wer hilft?"), `main_need.toml`'s


@cache
def _rule() -> _Rule:
    data = _load("origin_context.toml")
    plain = _load("main_need.toml")["request"]["plain"]  # the one list of phrases that only ask
    return _Rule(frozenset(data["circumstance"]), frozenset(data["service_words"]),
                 tuple(data["service_stems"]), frozenset(plain))  # fmt: skip


def _service_asked(words: Words, rule: _Rule) -> bool:
    """Whether a word asks for migration help itself: one set look-up per word, and one
    `startswith` over the precompiled tuple."""
    return any(w in rule.words or w.startswith(rule.stems) for w in words.folded)


def _addressed(words: Words, position: int) -> bool:
    """Whether the family's circumstance names whom a help is for ("support for newly arrived
    families", "Angebote für Geflüchtete"): then migration help is what is asked."""
    before = words.folded[max(0, position - FOR_REACH) : position]
    return any(w in FOR for w in before)


def origin_told(found: TopicMatch, words: Words, age: AgeRange | None,
                decide: Callable[[list[Credit], AgeRange | None], TopicMatch],
                context: Collection[str]) -> TopicMatch:  # fmt: skip
    """`found` without migration help where the family's origin or arrival is only told beside
    another need (`context`: terms that tell who the family is or where a child is, which name no
    need of their own); unchanged otherwise."""
    if TOPIC not in found.topics:
        return found
    rule = _rule()
    ours = [c for c in found.credits if c.topic == TOPIC]
    if any(c.term not in rule.circumstance for c in ours):
        return found  # "Dolmetscher", "Sprachkurs", "Migrationsberatung": asked for
    plain = context | rule.plain
    if not any(c.topic != TOPIC and c.term not in plain for c in found.credits):
        return found  # nothing else is named ("wer hilft?"): arriving is the need
    if _service_asked(words, rule) or any(_addressed(words, c.position) for c in ours):
        return found
    credits = [c for c in found.credits if c.topic != TOPIC]
    again = decided_again(found, credits, age, decide)
    return again if again.topics else found
