"""A follow-up whose need words only explain the case's need: the need stays, they rank.

"gibt es das auch auf Arabisch, damit …", "And is any of that in English? Mum is from Ghana and
her German is still basic": what else such a turn says is why or how the help is wished, so the
case's need stays the main need and the turn's words only rank its offers.
"""

from __future__ import annotations

from dataclasses import replace

from bot.catalogue import Catalogue
from bot.dialogue.turns import same_help_in_language
from bot.models import Request
from bot.understanding.safety import PROTECTION_TOPICS

__all__ = ["refers_back_in_language", "with_context"]


def refers_back_in_language(previous: Request, new: Request, text: str,
                            catalogue: Catalogue) -> bool:  # fmt: skip
    """Tell a turn that asks the help spoken of in a language ("is any of that in English?").

    "that" refers to the offers shown, whether the case's need was named or only read from the
    child's stage ("6yo girl … Kita" shown with the offers for her age): either way the need
    stays; the turn's explanation ("Mum is from Ghana") names none of its own.
    """
    return bool(previous.topics) and same_help_in_language(new, text, catalogue)


def with_context(merged: Request, previous: Request, new: Request) -> Request:
    """Add what an answer tells about the child ("ritzt sich seit Wochen") to the asked need.

    The need asked for stays the main need (`main_topics`: only offers meeting it are fitting),
    so the context only ranks among them: an Erziehungsberatung that also works with self-harm
    comes first. Danger to the child is no context: protection leads, as it would in a request.
    """
    topics = previous.topics + tuple(t for t in new.topics if t not in previous.topics)
    main = previous.main_topics or previous.topics
    if new.child_protection:
        # a sign of danger told beside the answer ("sie ist 9 und wird zu Hause geschlagen"):
        # protection comes first and is a need of its own, as when a request tells it at once
        first = tuple(t for t in PROTECTION_TOPICS if t in new.topics)
        topics = first + tuple(t for t in topics if t not in first)
        main = first + tuple(t for t in main if t not in first)
    return replace(merged, topics=topics, main_topics=main,
                   keywords=previous.keywords + tuple(k for k in new.keywords
                                                      if k not in previous.keywords))  # fmt: skip

