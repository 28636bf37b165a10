"""Whether a word nobody explains carries a request's need, or only tells its story.

"Kinderhospiz für todkrankes Kind (5) in Unna": no topic is named and the unknown word is the
thing asked for, so general offers of the life phase must not be called fitting (`find_needs`
marks the need unexplained; matching answers with an honest gap). But most words nobody explains
stand in the story, not in the question: "Vermisstenfall erledigt … Was für Hilfe gibt es jetzt?",
"Paar mit Baby muss aus dem Hotelzimmer raus … Wer kann die Familie begleiten?", "Familie aus
Eritrea, vier Kinnings … in Selm". There the question asks for help with the child the story is
about, and the general offers for the child's age and place are what people who write such
requests expect (their labels share the life phase's topics). So an unknown word carries the
need only where the request asks (`asked_positions`: after a request word, in the sentence that
asks) — or where nothing marks a place that asks, as in a bare "Kinderhospiz für Sohn 5".
"""

from __future__ import annotations

from collections.abc import Collection

from bot.understanding.main_need_positions import asked_positions
from bot.understanding.normalise import Words


def carries_need(words: Words, unknown: Collection[str]) -> bool:
    """Whether one of the `unknown` words (as typed) stands where the request asks, or the request
    marks no such place at all (then any of them may be the thing asked for)."""
    if not unknown:
        return False
    asked = asked_positions(words)
    if not asked:
        return True
    return any(words.raw[i] in unknown for i in asked if i < len(words.raw))
