"""What happened to the child is no need of its own (issue 8, `[incident]` in `main_need.toml`).

"Schüler (12) wurde das Handy abgezogen … Wer hilft bei so einer Angst?", "my patient got his phone
snatched … Any help for kids after something like this?", "beim Ladendiebstahl erwischt
(Energydrinks + Vapes)": a story names the object of a theft, the thing broken in an offence or
what an accident happened with, and the incident itself, and topic finding credits those words (a
phone → media, vapes → addiction prevention, a robbery → violence prevention). The need the family
has is what the child suffers since, or what the asking sentence names. So a need word in the
clause of an incident word (`geklaut`, `abgezogen`, `Ladendiebstahl`, `Unfall`, `stolen`), close
to it, keeps only a small weight, as the writer's own institution does (`topic_sender`): a message
that tells nothing else still counts it, but it never outweighs the child's distress. A word the
request's shape asks for ("Suchtberatung? Er hat geklaut, um Gras zu kaufen") stays a need.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from bot.text import fold
from bot.understanding.main_need_positions import asked_positions
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import main_need_lexicon

INCIDENT = 0.5  # the weight left to a word of what happened


@cache
def _incident() -> tuple[frozenset[str], tuple[str, ...], int]:
    """Incident words, the ends of incident compounds ("Ladendiebstahl", "Fahrradunfall") and
    how many words from one a need word may stand (`[incident]`)."""
    data = main_need_lexicon()["incident"]
    return (frozenset(fold(w) for w in data["words"]),
            tuple(fold(w) for w in data["endings"]), int(data["reach"]))  # fmt: skip


def incident_positions(words: Words) -> frozenset[int]:
    """Positions of the words that tell what happened: incident words and the words of their
    clause within reach, minus what the request's shape asks for."""
    incidents, endings, reach = _incident()
    folded, clause = words.folded, words.clause
    if not clause:
        return frozenset()
    marks = [i for i, w in enumerate(folded) if w in incidents or w.endswith(endings)]
    if not marks:
        return frozenset()
    shaped = asked_positions(replace(words, asked=(False,) * len(folded)))
    return frozenset(k for m in marks for k in range(max(0, m - reach), m + reach + 1)
                     if k < len(folded) and clause[k] == clause[m] and k not in shaped)  # fmt: skip


def as_incident(credits: list[Credit], words: Words) -> list[Credit]:
    """`credits` with the words of what happened weakened (see the module doc)."""
    told = incident_positions(words)
    return [replace(c, weight=c.weight * INCIDENT, strong=False) if c.position in told else c
            for c in credits]  # fmt: skip
