"""Which child and which need a short follow-up narrows the case to.

"4" after a stage word only guessed the age ("Kita": 3–6 years), "für die Kleine" of "Kinder 2 und
5", "gibt's auch was anderes?": small turns that narrow or widen the case already told, read here
for `bot.dialogue.respond`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.dialogue.phrases import bare_age, named_end
from bot.models import AgeRange, Request

__all__ = ["anything_fitting", "narrows_stage", "one_of"]


def narrows_stage(previous: Request, text: str) -> bool:
    """Tell a bare "4" that gives the age a stage word only guessed ("Kita" reads 3–6 years).

    A list number and an age look alike; while the known age is a span of several years, a number
    of years inside it is the child's age (the assistant did not ask, since a stage stood in).
    """
    age = previous.age
    if age is None or age.high - age.low < 12 or not text.strip().isdigit():
        return False
    if re.search(r"\d", previous.text):  # "Kinder 2 und 5": numbers made the span, "3" is a card
        return False
    years = bare_age(text)
    return years is not None and age.low <= years.low and years.high <= age.high


def anything_fitting(request: Request, said: Request) -> Request:
    """"gibt's auch was anderes?": any offer for this child, not only the particular kind.

    The particular kind (`required_words`, "Babyschwimmen") and a narrower main need give way;
    when the message names a life stage ("für Babys") its general needs are the need.
    """
    if said.topics and not said.general and not said.required_words:
        return request  # "was anderes, eher Erziehungsberatung": that need is the new one
    topics = said.topics if said.general else request.topics
    return replace(request, topics=topics, general=said.general or request.general,
                   required_words=(), main_topics=(), need_unexplained=False, unexplained=())


def one_of(ages: AgeRange | None, text: str) -> AgeRange | None:
    """"für die Kleine" of "Kinder 2 und 5": the youngest year of the span; else unknown.

    Only when the known age spans several children (more than a year of life) can "die Kleine"
    or "die Große" be one of them; after a single child it is another one, whose age is asked.
    """
    end = named_end(text)
    if ages is None or end is None or ages.high - ages.low < 12:
        return None
    if end == "youngest":
        return AgeRange(ages.low, ages.low + 11)
    return AgeRange(ages.high - 11, ages.high)
