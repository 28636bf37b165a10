"""What a conversation remembers between two messages, as plain JSON.

The Telegram channel stores one per chat in the state database and `chat --json` one per
conversation id, both through `to_json`/`from_json`, so a conversation behaves alike everywhere
and buttons keep working after a restart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from bot.models import AgeRange, Request


@dataclass(frozen=True, slots=True)
class Session:
    """What a conversation remembers between two messages."""

    request: Request | None = None
    page: int = 0
    default_place: str | None = None
    # The last answer as ranked offer ids: (id, score, locality) and alternatives (id, why, km).
    ranked: tuple[tuple[str, float, str], ...] = ()
    alternatives: tuple[tuple[str, str, float | None], ...] = ()
    gap: str | None = None
    # What the assistant asked back last time (Question.kind and candidates), awaiting an answer.
    asked: str | None = None
    asked_candidates: tuple[str, ...] = ()

    def to_json(self) -> str:
        data = {
            "page": self.page,
            "default_place": self.default_place,
            "request": None if self.request is None else _request_data(self.request),
            "ranked": [list(r) for r in self.ranked],
            "alternatives": [list(a) for a in self.alternatives],
            "gap": self.gap,
            "asked": self.asked,
            "asked_candidates": list(self.asked_candidates),
        }
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | None) -> Session:
        if not text:
            return cls()
        data = json.loads(text)
        raw = data.get("request")
        return cls(
            request=_request_from(raw) if raw else None,
            page=int(data.get("page", 0)),
            default_place=data.get("default_place"),
            ranked=tuple((str(i), float(s), str(loc)) for i, s, loc in data.get("ranked", ())),
            alternatives=tuple(
                (str(i), str(why), None if km is None else float(km))
                for i, why, km in data.get("alternatives", ())
            ),
            gap=data.get("gap"),
            asked=data.get("asked"),
            asked_candidates=tuple(data.get("asked_candidates", ())),
        )


def _request_data(request: Request) -> dict[str, Any]:
    """Every field of a Request as JSON data (new fields are kept without touching this)."""
    data: dict[str, Any] = {}
    for f in fields(Request):
        value = getattr(request, f.name)
        if isinstance(value, AgeRange):
            value = value.as_list()
        elif isinstance(value, tuple):
            value = list(value)
        data[f.name] = value
    return data


def _request_from(raw: dict[str, Any]) -> Request:
    known = {f.name for f in fields(Request)}
    values: dict[str, Any] = {}
    for name, value in raw.items():
        if name not in known:
            continue  # written by another version: ignore rather than fail
        if name == "age":
            value = AgeRange(*value) if value else None
        elif isinstance(value, list):
            value = tuple(value)
        values[name] = value
    return Request(**values)
