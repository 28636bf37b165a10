"""What a note reports about its own writing is no need of the family.

Three forms of a professional's note lent the decision a strong need the family never had:
- the note's occasion: "Vermerk Hausbesuch 02.12. | Mieterin … Mietrückstand … überfordert":
  the home visit is how the writer met the family, yet "Hausbesuch" names Frühe Hilfen strongly
  and outweighed every sign the note then lists (rent arrears, a mother in tears);
- a fact left untold: "Tel.-Notiz: Vater … Alter nicht gesagt": "nicht gesagt" read as the speech
  concern "sagt nichts";
- a quoted utterance: "Er sagt nur: „Ich brauch einfach mal Luft.“": "sagt nur" is a child's
  sparse speech when words follow it ("sagt nur: Mama, Auto"), but before a quotation that
  speaks in its own first person it only introduces what an adult said.
A visit heading the note is dropped only when other credits remain, so "Hausbesuch nach der
Geburt?" still asks for the visit; a quotation's verb and an untold fact are never a need.
Words live in `topic_reported.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load

_DATE = re.compile(r"\d")


@cache
def _untold() -> tuple[frozenset[str], frozenset[str]]:
    """The facts a note may leave untold and the participles that say so."""
    quoted = _load("topic_reported.toml")["quoted"]
    return frozenset(quoted["facts"]), frozenset(quoted["participles"])


def _fact_untold(position: int, words: Sequence[str]) -> bool:
    """"Alter nicht gesagt": a fact, a negation at `position`, a participle of telling."""
    facts, participles = _untold()
    return (0 < position < len(words) - 1 and words[position - 1] in facts
            and words[position + 1] in participles)


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str], re.Pattern[str]]:
    """The note kinds, the occasions, the speech terms and the pattern of a quoted utterance."""
    data = _load("topic_reported.toml")
    speech = frozenset(data["quoted"]["speech"])
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(speech))
    # the quotation speaks in its own first person ("sagt nur: „Ich brauch Luft“"); a child's
    # few words after a colon ("sagt nur: Mama, Auto") stay the speech concern
    voice = "|".join(map(re.escape, data["quoted"]["voice"]))
    quoted = re.compile(rf"\b(?:{alternatives})\s*[:„\"“”»«'][^.!?\n]{{0,40}}?\b(?:{voice})\b",
                        re.IGNORECASE)
    return (frozenset(data["note"]["kinds"]), frozenset(data["note"]["occasions"]), speech,
            quoted)


def _occasion(position: int, words: Sequence[str]) -> bool:
    """The visit heads the note, follows the note's kind, or carries a date."""
    kinds, _occasions, _speech, _quoted = _vocabulary()
    before = words[position - 1] if position > 0 else ""
    after = words[position + 1] if position + 1 < len(words) else ""
    return position == 0 or before in kinds or bool(_DATE.match(after))


def reported(credits: list[Credit], words: Sequence[str], text: str) -> list[Credit]:
    """Return the credits without a note's occasion and without a quotation's verb."""
    if not credits:
        return credits
    _kinds, occasions, speech, quoted = _vocabulary()
    says = speech and quoted.search(text) is not None
    others = any(c.term not in occasions for c in credits)
    kept = [c for c in credits
            if not (others and c.term in occasions and _occasion(c.position, words))
            and not (c.term in speech and (says or _fact_untold(c.position, words)))]  # fmt: skip
    return kept
