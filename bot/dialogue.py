"""Dialogue: a conversation of several messages, for every channel alike.

"und in Unna?", "und für 6-Jährige?", "mehr" or a bare "3 Jahre" after a question only make sense
with what was asked before. A `Session` keeps the last request and the page; it is plain data, so
that the Telegram channel can store it in the state database and buttons keep working after a
restart.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import AgeRange, Answer, Request
from bot.text import fold
from bot.understanding import Context, understand

PAGE_SIZE = 5
_MORE = re.compile(r"^\s*(?:mehr|weiter|more|next|naechste|nächste)\b\W*$", re.I)
_FOLLOW_UP = re.compile(r"^\s*(?:und|and|aber|was ist mit|wie ist es mit|what about|auch)\b", re.I)
SHORT_FOLLOW_UP_WORDS = 6


@dataclass(frozen=True, slots=True)
class Session:
    """What a conversation remembers between two messages."""

    request: Request | None = None
    page: int = 0
    default_place: str | None = None

    def to_json(self) -> str:
        request = self.request
        data = {
            "page": self.page,
            "default_place": self.default_place,
            "request": None
            if request is None
            else {
                "text": request.text, "age": request.age.as_list() if request.age else None,
                "place": request.place, "topics": list(request.topics),
                "languages": list(request.languages),
                "place_candidates": list(request.place_candidates),
                "keywords": list(request.keywords), "general": request.general,
                "child_protection": request.child_protection,
                "unexplained": list(request.unexplained),
                "need_unexplained": request.need_unexplained,
                "required_words": list(request.required_words),
                "main_topics": list(request.main_topics),
            },
        }  # fmt: skip
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | None) -> Session:
        if not text:
            return cls()
        data = json.loads(text)
        raw = data.get("request")
        request = None
        if raw:
            request = Request(
                text=raw["text"], age=AgeRange(*raw["age"]) if raw.get("age") else None,
                place=raw.get("place"), topics=tuple(raw.get("topics", ())),
                languages=tuple(raw.get("languages", ())),
                place_candidates=tuple(raw.get("place_candidates", ())),
                keywords=tuple(raw.get("keywords", ())), general=bool(raw.get("general")),
                child_protection=bool(raw.get("child_protection")),
                unexplained=tuple(raw.get("unexplained", ())),
                need_unexplained=bool(raw.get("need_unexplained")),
                required_words=tuple(raw.get("required_words", ())),
                main_topics=tuple(raw.get("main_topics", ())),
            )  # fmt: skip
        return cls(request, int(data.get("page", 0)), data.get("default_place"))


def is_more(text: str) -> bool:
    return bool(_MORE.match(text or ""))


def merge(previous: Request, new: Request, text: str) -> Request:
    """Fill what a follow-up leaves out from the request before it."""
    short = len(fold(text).split()) <= SHORT_FOLLOW_UP_WORDS
    follow_up = bool(_FOLLOW_UP.match(text)) or short or not new.topics
    if not follow_up:
        return new
    return replace(
        new,
        text=f"{previous.text} | {new.text}",
        age=new.age or previous.age,
        place=new.place or (previous.place if not new.place_candidates else None),
        topics=new.topics if new.topics and not new.general else previous.topics,
        languages=new.languages or previous.languages,
        keywords=new.keywords if new.topics and not new.general else previous.keywords,
        general=new.general if new.topics and not new.general else previous.general,
        # the need carries over with its honesty: danger to a child stays first
        child_protection=new.child_protection or previous.child_protection,
        main_topics=new.main_topics if new.topics and not new.general else previous.main_topics,
        required_words=(
            new.required_words if new.topics and not new.general else previous.required_words
        ),
    )


def respond(
    text: str, catalogue: Catalogue, session: Session | None = None
) -> tuple[Answer, Session]:
    """Answer one message of a conversation and return the updated session."""
    session = session or Session()
    if is_more(text) and session.request is not None:
        page = session.page + 1
        answer = match(session.request, catalogue)
        return _page(answer, page), replace(session, page=page)
    request = understand(text, catalogue, Context(session.default_place))
    if session.request is not None:
        request = merge(session.request, request, text)
    answer = match(request, catalogue)
    return _page(answer, 0), replace(session, request=request, page=0)


def refine(
    session: Session, catalogue: Catalogue, *, age: AgeRange | None = None,
    place: str | None = None,
) -> tuple[Answer, Session]:  # fmt: skip
    """Apply a button's choice (an age, a district) to the last request."""
    if session.request is None:
        raise ValueError("nothing to refine")
    request = session.request
    if age is not None:
        request = replace(request, age=age)
    if place is not None:
        request = replace(request, place=place, place_candidates=())
    answer = match(request, catalogue)
    return _page(answer, 0), replace(session, request=request, page=0)


def _page(answer: Answer, page: int) -> Answer:
    start = page * PAGE_SIZE
    extra = dict(answer.extra, page=page, page_size=PAGE_SIZE, total=len(answer.offers),
                 has_more=len(answer.offers) > start + PAGE_SIZE)  # fmt: skip
    return replace(answer, extra=extra)


def page_of(answer: Answer) -> tuple:
    """Return the offers of the answer's current page."""
    page = int(answer.extra.get("page", 0))
    size = int(answer.extra.get("page_size", PAGE_SIZE))
    return answer.offers[page * size : (page + 1) * size]
