"""Danger heard or seen from outside: a witness's account of violence where a child lives.

Neighbours, a Hausmeister, a Postbotin tell what they hear through the wall or see in the
stairwell, not what it is: "jede Nacht Sachen fliegen und der Kleine schreit", "Geschirr
zerbricht, die Kinder sitzen auf der Treppe", "yells at his kids, last night something smashed".
No word of the trade and no violent verb with a named carer as its agent, so the word signs of
`safety` stay silent. Three things together are child protection: the witness's frame (a
neighbour, the wall, the flat, hearing), a sound or sight of violence not negated and not in a
sentence of ordinary noise (a party, a renovation, children at play), and a child living there
— a child of the teller's own ("unsere Tochter") does not count. A noise without a child, or a
child's crying without violence (a baby cries in any family), is no case. The words are data
(`bot/data/safety_witness.toml`); each list is one scan of the words (`safety_scan.hits`).

The module also reads, in order, the signs told by scenes rather than by words (everyday neglect
cues, a child without a carer, this account), for `safety.read_signs`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.understanding.safety_cues import neglect_told
from bot.understanding.safety_scan import any_hit, hits
from bot.understanding.safety_scene import SCENE, scene_told
from bot.understanding.safety_text import Words, sentence_of
from bot.understanding.safety_want import NEGLECT_CUES
from bot.vocabulary.lexicon import _load
from bot.vocabulary.units import COMING_OF_AGE

WITNESS = "witnessed_violence"  # the sign's name
Negation = Callable[[list[str], int], bool]


@dataclass(frozen=True, slots=True)
class _Witness:
    frame: Words
    numbered: frozenset[str]
    violence: Words
    child: Words
    own: frozenset[str]
    ordinary: Words


@cache
def _witness() -> _Witness:
    data = _load("safety_witness.toml")
    return _Witness(Words.of(data["frame"]), frozenset(data["numbered"]),
                    Words.of(data["violence"]), Words.of(data["child"]),
                    frozenset(data["own"]), Words.of(data["ordinary"]))  # fmt: skip


def _numbered(words: list[str], numbered: frozenset[str]) -> bool:
    """Whether a flat or a house is named by its number ("Wohnung 14", "Nr. 12"): a witness
    tells where it hears the noise; a family tells its own flat by no number."""
    for i in range(len(words) - 1):  # noqa: SIM110 — a generator costs a call per word
        if words[i] in numbered and words[i + 1].isdigit():
            return True
    return False


def witness_told(words: list[str], negated: Negation, age: AgeRange | None) -> bool:
    """Whether the words tell, from outside, violence heard or seen where a child lives."""
    if age is not None and age.low >= COMING_OF_AGE:
        return False
    witness = _witness()
    if not (any_hit(words, witness.frame) or _numbered(words, witness.numbered)):
        return False
    if not any(i == 0 or words[i - 1] not in witness.own for i in hits(words, witness.child)):
        return False
    return any(not negated(words, at) and not any_hit(sentence_of(words, at), witness.ordinary)
               for at in hits(words, witness.violence))  # fmt: skip


def scene_signs(words: list[str], negated: Negation, age: AgeRange | None) -> tuple[str, ...]:
    """The first sign told by a scene rather than by words, or none: everyday neglect cues
    ("Windel vom Vortag, Mama nicht erreichbar"), a child without a carer now ("Mutter in
    U-Haft … wer nimmt das Kind auf?"), violence witnessed from outside."""
    if neglect_told(words, negated, age):
        return (NEGLECT_CUES,)
    if scene_told(words, negated, age):
        return (SCENE,)
    return (WITNESS,) if witness_told(words, negated, age) else ()
