"""`TelegramObject.to_dict`, the same dictionary in a fraction of the time.

PTB serialises every keyboard, inline result and link-preview option of a request with the
generic `TelegramObject.to_dict`: per object it walks the class's MRO for its slots, filters the
private names, tests each value for a `to_dict` and then passes over the result again. A
keyboard of a dozen buttons costs a few hundred microseconds that way — per answer. `plain`
builds the identical dictionary (same keys, same order, same values) with the attribute names
worked out once per class. Objects it is not sure about (with a `__dict__` of their own, or
files and media, which PTB's request layer treats specially) are left to PTB.
`tests/telegram/test_plain.py` compares both on every kind of object the bot sends.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import telegram
from telegram import TelegramObject

try:  # PTB's own helpers, private: another PTB release may move them
    from telegram._telegramobject import _TIME_PERIOD_DEPRECATIONS
    from telegram._utils.datetime import to_timestamp
    from telegram._utils.defaultvalue import DefaultValue

    SHORTCUT = True
except ImportError:  # pragma: no cover - then PTB serialises as it always does
    SHORTCUT = False

# PTB's request layer uploads the files inside these: they must reach it as objects.
_UPLOADS = ("InputMedia", "InputPaidMedia", "InputProfilePhoto", "InputSticker",
            "InputStoryContent")
SPECIAL = tuple(getattr(telegram, name) for name in _UPLOADS if hasattr(telegram, name))
_NAMES: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    """The public attribute names `TelegramObject._get_attrs_names` yields, in its order."""
    names = _NAMES.get(cls)
    if names is None:
        deprecated = _TIME_PERIOD_DEPRECATIONS.get(cls.__name__, ())
        seen = [s for c in cls.__mro__[:-1] for s in c.__slots__]  # type: ignore[attr-defined]
        names = _NAMES[cls] = tuple(dict.fromkeys(
            s for s in seen if not s.startswith("_") or s in deprecated))  # fmt: skip
    return names


def _convert(value: Any) -> Any:
    return plain(value) if isinstance(value, TelegramObject) else value.to_dict(recursive=True)


def plain(obj: TelegramObject) -> dict[str, Any]:
    """`obj.to_dict()`, built faster (falls back to it where the shortcut is not sure)."""
    if hasattr(obj, "__dict__"):
        return obj.to_dict()
    out: dict[str, Any] = {}
    for key in _names(type(obj)):
        value = getattr(obj, key, None)
        if isinstance(value, DefaultValue):
            value = value.value
        if value is not None:
            out[key] = _convert(value) if hasattr(value, "to_dict") else value
    if out.get("from_user"):
        out["from"] = out.pop("from_user", None)
    pop_keys: set[str] = set()
    timedelta_dict: dict[str, Any] = {}
    for key, value in out.items():
        if isinstance(value, tuple | list):
            if not value:
                pop_keys.add(key)
                continue
            items = []
            for item in value:
                if hasattr(item, "to_dict"):
                    items.append(_convert(item))
                elif isinstance(item, tuple | list):
                    items.append([_convert(i) if hasattr(i, "to_dict") else i for i in item])
                else:
                    items.append(item)
            out[key] = items
        elif isinstance(value, dt.datetime):
            out[key] = to_timestamp(value)
        elif isinstance(value, dt.timedelta):
            seconds = value.total_seconds()
            number = int(seconds) if seconds.is_integer() else seconds
            timedelta_dict[key.removeprefix("_")] = number
            pop_keys.add(key)
    for key in pop_keys:
        out.pop(key)
    out.update(timedelta_dict)
    out.update(out.pop("api_kwargs", {}))
    return out


def plain_parameter(value: Any) -> Any:
    """A request parameter with its Telegram objects as dictionaries (files and media as they
    are, for PTB's request layer to upload)."""
    if not SHORTCUT:
        return value
    if isinstance(value, TelegramObject) and not isinstance(value, SPECIAL):
        return plain(value)
    if isinstance(value, list | tuple) and any(isinstance(v, TelegramObject) for v in value):
        if any(isinstance(v, SPECIAL) for v in value):
            return value
        return [plain(v) if isinstance(v, TelegramObject) else v for v in value]
    return value
