"""The `chat --json` line of one answer: `Answer.to_json()` plus what a conversation adds.

One definition for every channel that speaks it: the console's `chat --json` and the web
channel's `POST /api/messages` answer in exactly this format.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.models import Answer
from bot.render.text import render_compact
from bot.render.words import question_text

if TYPE_CHECKING:
    from bot.catalogue import Catalogue


def answer_json(answer: Answer, catalogue: Catalogue, conversation: str, text: str
                ) -> dict[str, Any]:  # fmt: skip
    """The `ask --json` answer of one message, with what a conversation adds."""
    data = answer.to_json()
    data["query"] = text
    data["conversation"] = conversation
    question = answer.question
    data["question"] = None if question is None else {
        "kind": question.kind, "candidates": list(question.candidates),
        "text": question_text(answer, catalogue),
    }  # fmt: skip
    page = answer.page
    data["page"] = {"number": page.number, "size": page.size, "total": page.total,
                    "fitting": max(answer.fitting, page.total),
                    "has_more": page.has_more,
                    "shown": [hit.offer.id for hit in answer.page_offers]}  # fmt: skip
    data["emergency"] = [{"label": e.label_de, "number": e.number}
                         for e in getattr(answer, "emergency", ())]  # fmt: skip
    data["prompt"] = str(answer.prompt) if answer.prompt else None
    about = answer.about
    data["about"] = None if about is None else {"field": about[0], "number": about[1]}
    data["carried"] = [{"what": str(c.what), "from": str(c.source)} for c in answer.carried]
    details = answer.details
    data["details"] = None if details is None else {
        "id": details.offer.id, "name": details.offer.name,
        "alternative": str(details.why) if details.why else None,
    }  # fmt: skip
    data["reply"] = render_compact(answer, catalogue)
    return data
