"""A question that picks among the offers shown: "Welche davon sind in der Nähe der Schule?".

"davon", "von denen", "darunter", "of them" point back at the list the assistant just gave. Such
a turn narrows that list by a property (near a school, reachable by bus, open on Saturdays); it
asks for no need and tells no child's age of its own. Read as a request its words went astray:
"Schule" became a school need that replaced the case's one, "eins" in "Ist davon auch eins
samstags?" a one-year-old. So the turn is read without its pick words and without a need:
the case's need stays; an age or a place it names still narrows, as in any turn.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Request
from bot.text import fold

# A back-reference to the list shown, German and English.
_PARTITIVE = (r"davon|darunter|dabei|von\s+(?:denen|ihnen|diesen|den\s+angeboten)|"
              r"of\s+(?:them|these|those|the\s+offers)")
# The question frames that pick among the list: "welche davon", "ist davon eins", "gibt es
# darunter", "is one of them", "which of them" (a question, so "Einer davon ist erst 12", a
# child among the children, is no pick).
_PICK = re.compile(
    rf"^(?:\W*)(?:welche[srnm]?|welch|ist|sind|gibt|gibts|hat|haben|kommt|kommen|passt|passen|"
    rf"which|is|are|any|does|do)\b(?:\s+\w+){{0,4}}?\s+(?:{_PARTITIVE})\b"
)
_WORDS = re.compile(rf"\b(?:{_PARTITIVE})\b|\b(?:eins|eines|one)\b")


def picks_among_shown(text: str) -> bool:
    """Tell a question that narrows the list just shown from any other turn."""
    folded = fold(text).strip()
    return bool(_PICK.match(folded)) and ("?" in text or len(folded.split()) <= 12)


def without_pick_words(text: str) -> str:
    """The turn without its back-reference and the pronoun picking one ("eins")."""
    return " ".join(_WORDS.sub(" ", fold(text)).split())


def keeps_need(request: Request) -> Request:
    """The turn's reading (of its text without the pick words) without a need: the case's
    stays when it is merged; an age it names ("welche davon sind ab 3?") still narrows."""
    return replace(request, topics=(), main_topics=(), keywords=(), suggested_topics=(),
                   named_topics=(), asked_topics=(), required_words=(), general=False,
                   unexplained=(), need_unexplained=False)  # fmt: skip
