"""A young client's own age beside a brother's or sister's, in a Jobcenter's or youth worker's note.

`age._choose` asks back when the only person named with an adult's age is the client and a minor
is named beside them ("Schülerin 18, ihr Bruder (13) wird zuhause geschlagen": which of the two
the help is for, only the writer can say). Two ways of writing make the client the one asked
about, because the sibling is grammatically not the subject of any need:

* the sibling stands in a phrase of accompaniment in the client's clause: "Kd. 18, lebt mit
  jüngerem Bruder (10) bei KM, will ausziehen", "wohnt zusammen mit ihrer Schwester, 15", or is
  the one the client cares for ("kümmert sich um die jüngere Schwester (11)");
* the writer turns back to the client with an emphatic "selbst" after telling of the sibling:
  "Kdin. 20, ihre Schwester 16 wohnt bei ihr; sie selbst braucht Schuldnerberatung".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understanding.age_mentions import Mention

# "mit jüngerem Bruder (10)", "zusammen mit ihrer kleinen Schwester, 15", "samt Bruder 9": up to
# two words (a possessive, an adjective) between the preposition and the sibling's noun
# — or the sibling is the one the client looks after, a young carer's care told of: "Schüler P.
# (Q2, 18 J.) … kümmert sich um die jüngere Schwester (11)"
_WITH = re.compile(r"\b(?:mit|samt|nebst|together\s+with|with|kuemmert\s+sich\s+um|versorgt"
                   r"|looks\s+after|takes\s+care\s+of)\s+(?:[a-z]+\s+){0,2}"
                   r"(?:bruder|schwester|halbbruder|halbschwester|stiefbruder|stiefschwester"
                   r"|brother|sister)\s*[(,:]?\s*$")
# "sie selbst braucht", "er selbst will", "für sich selbst", "she herself needs"
_SELF = re.compile(r"\b(?:sie|er|ihr|ihm|sich)\s+selbst\b|\bselbst\s+(?:braucht|will|moechte|sucht"
                   r"|hat|benoetigt)\b|\b(?:she|he)\s+(?:herself|himself)\b")


def _accompanying(text: str, mention: Mention) -> bool:
    """Tell whether a sibling's number follows a phrase of accompaniment ("mit jüngerem
    Bruder (10)")."""
    return bool(_WITH.search(text, max(0, mention.start - 50), mention.start))


def client_own(text: str, minors: list[Mention]) -> bool:
    """Tell whether the minors named beside an adult client are only told of, so that the
    client's own age is the one asked about."""
    if not minors:
        return False
    if all(_accompanying(text, h) for h in minors):
        return True
    last = max(h.end for h in minors)
    return bool(_SELF.search(text, last))


__all__ = ["client_own"]
