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
    # How many offers fit in all (the ranking keeps only the best): the headline's count.
    fitting: int = 0
    # The case's children by kin word with their age ("sohn", 84, 95): `named_children`.
    children: tuple[tuple[str, int, int], ...] = ()
    # Where the family lives, kept when one child's question names a place for its offer only
    # ("für die Neunjährige: eine OGS in der Innenstadt?"): a sibling's turn searches here again.
    home: str | None = None
    # The open case's name ("fall:2", "familie:yilmaz") and the named cases left, with their last
    # request, for a turn that goes back to one ("Zu Fall 2 noch: …"): `case_labels`.
    label: str | None = None
    cases: tuple[tuple[str, Request], ...] = ()

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
            "fitting": self.fitting,
            "children": [list(c) for c in self.children],
            "home": self.home,
            "label": self.label,
            "cases": [[key, _request_data(r)] for key, r in self.cases],
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
            fitting=int(data.get("fitting", 0)),
            children=tuple((str(w), int(lo), int(hi)) for w, lo, hi in data.get("children", ())),
            home=data.get("home"),
            label=data.get("label"),
            cases=tuple((str(key), _request_from(r)) for key, r in data.get("cases", ())),
        )


def _request_data(request: Request) -> dict[str, Any]:
    """Every field of a Request as JSON data (new fields are kept without touching this)."""
    return {f.name: _dump(getattr(request, f.name)) for f in fields(Request)}


def _dump(value: Any) -> Any:
    if isinstance(value, AgeRange):
        return value.as_list()
    if isinstance(value, tuple | list):
        return [_dump(v) for v in value]
    return value


def _request_from(raw: dict[str, Any]) -> Request:
    types = {f.name: str(f.type) for f in fields(Request)}
    values: dict[str, Any] = {}
    for name, value in raw.items():
        if name not in types:
            continue  # written by another version: ignore rather than fail
        values[name] = _load(value, types[name])
    return Request(**values)


def _load(value: Any, type_name: str) -> Any:
    """Read a field back by its annotation: AgeRange, a tuple of AgeRange, or a tuple."""
    if value is None:
        return None
    if "AgeRange" in type_name:
        if type_name.startswith("tuple"):
            return tuple(AgeRange(*v) for v in value)
        return AgeRange(*value)
    if isinstance(value, list):
        return tuple(value)
    return value
