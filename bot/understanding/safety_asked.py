"""A help asked beside a sign of danger by the request's shape, without an asking verb.

`safety.asked_help` keeps a particular help third beside child protection when a request word
asks for it ("wir suchen Erziehungsberatung"). Professionals just as often ask by the shape of
the sentence alone: a help noun leading to its object ("Bitte Angebot für Sprachförderung",
"Bitte um Beratung zur Mediensucht"), a question about a help ("Therapie für Jugendliche möglich?",
"Suchtberatung für so Junge?"). `main_need_positions.asked_positions` already reads that shape
for every main-need reader, so it decides here too:

a need named at an asked position is the help asked ("Therapie … möglich?"), save a first
contact that only guides on ("An wen wende ich mich?": `[request] guides`). A help noun asked
with no need of its own ("Hilfe bei der Versorgung zuhause", "Fachberatung?") asks for nothing
beside protection: taking the story's needs then put a teller's setting or a misread need third
in protection-only requests ("der Schulsozialarbeiterin erzählt … Fachberatung?").

A request that asks no help ("erzählt in der OGS, dass Papa Mama schlägt", "An wen wende ich
mich?", "Was tun?") stays protection alone in the first places.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.understanding.main_need_positions import (
    COMPOUND,
    asked_positions,
    asker_positions,
    help_noun,
    help_objects,
    need_vocabulary,
)
from bot.understanding.normalise import Words
from bot.understanding.safety import PROTECTION_TOPICS, sign_topics
from bot.understanding.topic_parts import Credit
from bot.understanding.topic_portrait import setting_terms


def shaped_help(words: Words, credits: Iterable[Credit], ordered: tuple[str, ...],
                signs: tuple[str, ...]) -> tuple[str, ...]:
    """The main needs of a child-protection request whose help is asked by shape only: the
    protection topics first, then the needs named where it asks (see the module doc); () when
    none is asked (every offer found fits)."""
    asked = _asking(words)
    if not asked:
        return ()
    credits = list(credits)
    first = {*PROTECTION_TOPICS, *sign_topics(signs)}
    vocabulary = need_vocabulary()  # a guide ("an wen wende ich mich") names no help of its own
    first |= vocabulary.guides
    settings = setting_terms()  # "Was muss die Kita tun?": where the child is, not a help
    named = {c.topic for c in credits if c.position in asked and c.topic in ordered
             and c.topic not in first and c.term not in vocabulary.plain
             and c.term not in settings}  # fmt: skip
    helps = tuple(t for t in ordered if t in named)
    return (*(t for t in ordered if t in first), *helps) if helps else ()


def _asking(words: Words) -> frozenset[int]:
    """The asked positions (`asked_positions`) where a help is named: without a compound help
    noun that stands alone in a sentence that only tells ("Mutter will Erziehungsberatung",
    "Jugendhilfe beendet": only a question, a request word or a help noun's object asks for
    it), and the asker's own words ("ich bin nur Bufdi, was mache ich?")."""
    asked = asked_positions(words)
    bare = {i for i in asked if help_noun(words.folded[i]) == COMPOUND and not words.asked[i]}
    return asked - (bare - help_objects(words, scoped=True)) - asker_positions(words)
