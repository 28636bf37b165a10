"""`python -m bot chat --json`: a scriptable conversation, one JSON object a line.

A driver (an evaluation script, another program) writes `{"conversation": "c1", "text": "…"}`
per line; a plain text line belongs to one default conversation. Each conversation id keeps its
own `Session`, stored between messages exactly as Telegram stores one per chat (serialised and
read back), so a conversation behaves here as it would in the messenger. Every input line gets
one JSON line back at once (flushed): the `ask --json` answer plus `conversation`, `question`
(what the assistant asks back, with its text, or null), `prompt` (a reply that asks nothing:
thanks, unreadable text; its `offers` are the case as it stands), `page`, `carried`, `details`
(the card asked for; `offers` then still holds the list it was opened from) and the short
`reply` a person would read. A broken line gets an `error` object, never a crash.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any, TextIO

from bot.assistant import Assistant, Session
from bot.render.chat_json import answer_json
from bot.settings import Settings

log = logging.getLogger(__name__)
DEFAULT_CONVERSATION = "default"
CHANNEL = "chat-json"


class BadLine(ValueError):
    """An input line that is neither a request object nor plain text."""


def parse_line(line: str) -> tuple[str, str]:
    """Return (conversation id, text) of one input line."""
    stripped = line.strip()
    if not stripped.startswith(("{", "[")):
        return DEFAULT_CONVERSATION, stripped
    try:
        data = json.loads(stripped)
    except json.JSONDecodeError as error:
        raise BadLine(f"invalid JSON: {error.msg} (column {error.colno})") from None
    if not isinstance(data, dict):
        raise BadLine("expected a JSON object with \"text\"")
    text = data.get("text")
    if not isinstance(text, str):
        raise BadLine("\"text\" must be a string")
    conversation = data.get("conversation", DEFAULT_CONVERSATION)
    if conversation is None or isinstance(conversation, bool) or not isinstance(
        conversation, str | int
    ):
        raise BadLine("\"conversation\" must be a string")
    return str(conversation), text


class Conversations:
    """One stored session per conversation id, as the Telegram channel keeps one per chat."""

    def __init__(self, assistant: Assistant, default_place: str | None = None) -> None:
        self.assistant = assistant
        self.default_place = default_place
        self._stored: dict[str, str] = {}

    def say(self, conversation: str, text: str) -> dict[str, Any]:
        stored = self._stored.get(conversation)
        session = Session.from_json(stored) if stored else Session(default_place=self.default_place)
        answer, session = self.assistant.respond(text, session, channel=CHANNEL)
        self._stored[conversation] = session.to_json()
        return answer_json(answer, self.assistant.catalogue_or_empty, conversation, text)

    def handle(self, line: str) -> dict[str, Any] | None:
        """Answer one input line; None for a blank line (no message, no answer)."""
        if not line.strip():
            return None
        try:
            conversation, text = parse_line(line)
        except BadLine as error:
            return {"conversation": None, "error": str(error), "line": line.strip()[:200]}
        try:
            return self.say(conversation, text)
        except Exception:  # one broken message must not end every conversation
            log.exception("message failed")
            return {"conversation": conversation, "error": "internal error", "query": text}


def run_chat_json(args: argparse.Namespace, settings: Settings, stdin: TextIO | None = None,
                  stdout: TextIO | None = None) -> int:  # fmt: skip
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    assistant = Assistant(settings, log_gaps=not getattr(args, "no_log", False))
    conversations = Conversations(assistant, getattr(args, "place", None))
    try:
        while True:
            line = stdin.readline()
            if not line:
                break
            result = conversations.handle(line)
            if result is None:
                continue
            stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            stdout.flush()  # a driver waits for this line before it writes the next
    finally:
        assistant.close()
    return 0
