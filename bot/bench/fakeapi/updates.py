"""The updates the fake Bot API hands the bot: what a user's message, location, tap or inline query
looks like on the wire (the shapes the real Bot API sends).
"""

from __future__ import annotations

import itertools
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.bench.fakeapi.server import Call


class IncomingUpdates:
    """Builds updates; the server mixes it in and keeps the counters and sent messages."""

    messages: dict[tuple[int, int], dict[str, Any]]
    _message_ids: itertools.count[int]
    _callback_ids: itertools.count[int]

    @staticmethod
    def user(user_id: int, language_code: str = "de") -> dict[str, Any]:
        return {
            "id": user_id,
            "is_bot": False,
            "first_name": "Fachkraft",
            "language_code": language_code,
        }

    def _incoming(self, user_id: int, language_code: str, **content: Any) -> dict[str, Any]:
        return {
            "message": {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": user_id, "type": "private"},
                "from": self.user(user_id, language_code),
                **content,
            }
        }

    def text(self, user_id: int, text: str, language_code: str = "de") -> dict[str, Any]:
        """A text message; a leading /command gets its bot_command entity."""
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
        return self._incoming(user_id, language_code, **content)

    def location(
        self, user_id: int, latitude: float, longitude: float, language_code: str = "de"
    ) -> dict[str, Any]:
        return self._incoming(
            user_id, language_code, location={"latitude": latitude, "longitude": longitude}
        )

    def callback(
        self, user_id: int, sent: Call, data: str, language_code: str = "de"
    ) -> dict[str, Any]:
        """A tap on a button of a message the bot sent (or edited)."""
        message = self.messages[(int(sent.params["chat_id"]), int(sent.result["message_id"]))]
        return {
            "callback_query": {
                "id": str(next(self._callback_ids)),
                "from": self.user(user_id, language_code),
                "chat_instance": f"ci{user_id}",
                "data": data,
                "message": message,
            }
        }

    def inline_query(self, user_id: int, query: str, language_code: str = "de") -> dict[str, Any]:
        return {
            "inline_query": {
                "id": str(next(self._callback_ids)),
                "from": self.user(user_id, language_code),
                "query": query,
                "offset": "",
            }
        }
