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
Ausländerbehörde, the authorities and papers, the school's registration explained, an interpreter
or a language course (a credited term outside `circumstance`, or one of the `service_words`),
names the newcomers as those a help is for ("support for newly arrived families", "Anlaufstelle
für Neuzugezogene"), asks for the integration course ("Integrationskurs gesucht"), or wishes a
help in a language ("Beratung auf Bulgarisch": every labelled set so far adds migration help to
such a wish beside an origin; a language the parents only speak, "Mama spricht Dari", is no wish).
German for a newcomer child ("Sprachförderung") is part of arriving, not another need. Alone, the
circumstance stays the need ("Familie neu aus Syrien, wer hilft?").
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.understanding.language_names import language_names
from bot.understanding.normalise import Words
from bot.understanding.topic_choice import decided_again
from bot.understanding.topic_parts import Credit, TopicMatch
from bot.vocabulary.lexicon import _load, frequent_words, language_lexicon

TOPIC = "migration_integration"
FOR = frozenset({"fuer", "for"})  # a help for the newcomers (`_addressed`)
COURSE_REACH = 4  # words between an integration course and the verb asking for it
FOR_REACH = 2  # words between the preposition and the circumstance ("for newly arrived")


@dataclass(frozen=True, slots=True)
class _Rule:
    circumstance: frozenset[str]  # credited terms that tell who the family is
    words: frozenset[str]  # folded words (and pairs of words) that ask for migration help
    course: frozenset[str]  # an integration course: told, or asked beside `course_asked`
    course_asked: frozenset[str]
    arriving: frozenset[str]  # topics that are part of arriving ("Sprachförderung")
    wish_before: frozenset[str]  # words before a language that make it a wish ("auf Dari")
    wish_endings: tuple[str, ...]  # "ukrainischsprachig"
    languages: frozenset[str]  # folded language names, no everyday word
    stems: tuple[str, ...]  # beginnings of such words ("Integrationsangebote")
    plain: frozenset[str]  # phrases that only ask ("wer hilft?"), `main_need.toml`'s
    for_whom: tuple[str, ...]  # beginnings of a word naming newcomers after "für"/"for"


@cache
def _rule() -> _Rule:
    data = _load("origin_context.toml")
    plain = _load("main_need.toml")["request"]["plain"]  # the one list of phrases that only ask
    names = set(language_names()[0]) | set(language_lexicon()["codes"])
    return _Rule(frozenset(data["circumstance"]), frozenset(data["service_words"]),
                 frozenset(data["course"]), frozenset(data["course_asked"]),
                 frozenset(data["arriving"]), frozenset(data["wish_before"]),
                 tuple(data["wish_endings"]), frozenset(names - frequent_words() - {"deutsch"}),
                 tuple(data["service_stems"]), frozenset(plain),
                 tuple(data["for_whom"]))  # fmt: skip


def _service_asked(words: Words, rule: _Rule) -> bool:
    """Whether a word or a pair of words asks for migration help itself, an integration course
    is asked for ("Integrationskurs gesucht"), or a language is wished ("Beratung auf
    Bulgarisch"): set look-ups per word, and one `startswith` over the precompiled tuple."""
    folded = words.folded
    for i, w in enumerate(folded):
        if w in rule.words or w.startswith(rule.stems):
            return True
        if i and (f"{folded[i - 1]} {w}" in rule.words
                  or (folded[i - 1] in FOR and w.startswith(rule.for_whom))):
            return True  # "Deutsch lernen", "Anlaufstelle für Neuzugezogene"
        if w in rule.course and rule.course_asked.intersection(
                folded[max(0, i - COURSE_REACH) : i + COURSE_REACH + 1]):
            return True
        if w in rule.languages and i and (folded[i - 1] in rule.wish_before
                                          or " ".join(folded[i - 2 : i]) in rule.wish_before):
            return True
        if w.endswith(rule.wish_endings) and w[: w.find("sprachig")] in rule.languages:
            return True
    return False


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
    if not any(c.topic != TOPIC and c.topic not in rule.arriving and c.term not in plain
               for c in found.credits):  # fmt: skip
        return found  # nothing else is named ("wer hilft?"): arriving is the need
    if _service_asked(words, rule) or any(_addressed(words, c.position) for c in ours):
        return found
    credits = [c for c in found.credits if c.topic != TOPIC]
    again = decided_again(found, credits, age, decide)
    return again if again.topics else found
