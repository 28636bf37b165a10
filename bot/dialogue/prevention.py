"""A prevention wish in a conversation: "gibt es da was Präventives?" after the child was named.

The message itself names no age, so its understanding holds every life phase's prevention topics;
the conversation knows the child, and its life phase keeps its own (a nine-year-old's violence and
media prevention, not a baby's early help).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.catalogue import Catalogue
from bot.models import Request
from bot.text import fold
from bot.understanding import indexes
from bot.understanding.topic_choice import prevention_topics, prevention_wish


def for_child(request: Request, text: str, catalogue: Catalogue) -> Request:
    """Return the request with the prevention topics of its child's age, when this message is a
    prevention wish whose topics were read without an age; else the request unchanged."""
    index = indexes(catalogue).topics
    if request.age is None or prevention_wish(re.findall(r"[a-z]+", fold(text)),
                                              index.prevention_words) is None:
        return request
    if set(request.topics) != set(prevention_topics(index.prevention, None, index.topics)):
        return request  # the need was named, or the message's own age chose already
    topics = prevention_topics(index.prevention, request.age, index.topics)
    return replace(request, topics=topics, main_topics=topics)
