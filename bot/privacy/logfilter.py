"""Keep what users wrote out of the application log, and keep the bot's own numbers readable.

Three layers, because a log line mixes two kinds of text:

1. **What users wrote** is remembered when it arrives (`remember_text`, `remember_user`, called by
   the Telegram update processor for every update): the personal parts `redact` finds in it
   (names, phones, dates, addresses), the sender's Telegram name and handle,
   shared coordinates and the numeric Telegram id. Wherever one of them turns up in a record —
   format string, arguments, a traceback, PTB's DEBUG dump of an update — it is replaced by its
   marker (the id by its pseudonym). The registry is bounded (the most recent terms).
2. **Dumped updates** (PTB's DEBUG lines, a webhook body logged before any handler saw it): the
   fields that name the sender, their handle, coordinates and raw ids are blanked by key.
3. **Anything else** (a developer's mistake, a channel that does not remember its input) still
   runs through `redact`, but the bot's own operational values are shielded first: timestamps,
   clock times, decimal numbers (seconds, latencies) and `key=value` fields. So
   `Retrying after 1.100000 seconds` and `next run at: 2026-12-02 02:49:20 UTC` stay as they are.

The rule (tested in tests/privacy/test_logs.py) stays: no code logs message text at INFO or above;
log ids, counts, reasons and latencies as `key=value` fields instead. This filter is the net.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict

from bot.privacy.pseudonym import pseudonymise
from bot.privacy.redact import personal_spans, redact

MAX_TERMS = 4096
MIN_TERM = 3  # shorter terms ("Al", "12") would eat the bot's own words and numbers

# The bot's own values: ISO timestamps, clock times, decimals, `key=value` fields.
_OPERATIONAL = re.compile(
    r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[+-]\d{2}:?\d{2}|Z|\s?UTC)?"
    r"|(?<![\d:])\d{1,2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{2}:\d{2})?"
    r"|(?<![\d.,])\d+\.\d+(?![\d.,])"
    r"|\b[a-z][a-z_]*=[^\s,;]+"
    r"|['\"][a-z_]+['\"]:\s*-?\d+(?:\.\d+)?\b"  # numeric fields of a dumped object: 'date': 17…
)
# Fields of a dumped update (PTB's DEBUG lines, a webhook body) that hold personal data, whether
# or not the update was remembered yet: the sender's names and handle, coordinates, raw ids.
_NAME_FIELD = re.compile(
    r"(?P<key>\b(?:first_name|last_name|username)['\"]?\s*[:=]\s*)(?P<q>['\"])"
    r"(?:\\.|(?!(?P=q)).)*(?P=q)"
)
_PLACE_FIELD = re.compile(r"(?P<key>\b(?:latitude|longitude)['\"]?\s*[:=]\s*)-?\d+(?:\.\d+)?")
_ID_FIELD = re.compile(r"(?P<key>\b(?:id|chat_id|user_id)['\"]?\s*[:=]\s*)-?\d{5,}\b")
_TOKEN = re.compile(r"[^\W_]+")  # letters and digits: the first token of a term is its key
_SHIELD = "\x00{}\x00"
_SHIELDED = re.compile(r"\x00(\d+)\x00")


class _Registry:
    """Recently seen personal terms and what replaces them, indexed by their first token.

    A record is scanned once for its tokens and only terms starting with one of them are tried,
    so scrubbing costs the length of the record, not the size of the registry.
    """

    def __init__(self, limit: int = MAX_TERMS) -> None:
        self.limit = limit
        self._terms: OrderedDict[str, str] = OrderedDict()
        self._by_first: dict[str, set[str]] = {}
        self._lock = threading.Lock()

    def add(self, term: str, replacement: str) -> None:
        term = term.strip()
        first = _TOKEN.search(term)
        if len(term) < MIN_TERM or term == replacement or first is None:
            return
        with self._lock:
            self._terms[term] = replacement
            self._terms.move_to_end(term)
            self._by_first.setdefault(first.group(0), set()).add(term)
            while len(self._terms) > self.limit:
                old, _replacement = self._terms.popitem(last=False)
                self._forget(old)

    def _forget(self, term: str) -> None:
        first = _TOKEN.search(term)
        if first is not None and (terms := self._by_first.get(first.group(0))) is not None:
            terms.discard(term)
            if not terms:
                del self._by_first[first.group(0)]

    def scrub(self, text: str) -> str:
        with self._lock:
            if not self._terms:
                return text
            candidates = [(term, self._terms[term]) for token in set(_TOKEN.findall(text))
                          for term in self._by_first.get(token, ())]  # fmt: skip
        for term, replacement in sorted(candidates, key=lambda item: -len(item[0])):
            if term in text:
                if term.isdigit():  # an id: only as a whole number, never inside another one
                    text = re.sub(rf"(?<!\d){term}(?!\d)", replacement, text)
                else:
                    text = text.replace(term, replacement)
        return text

    def clear(self) -> None:
        with self._lock:
            self._terms.clear()
            self._by_first.clear()


REGISTRY = _Registry()


def remember_text(text: str | None) -> None:
    """Remember the personal parts of something a user wrote."""
    if not text:
        return
    redacted = redact(text)
    if redacted == text:
        return
    for span, marker in personal_spans(text, redacted):
        REGISTRY.add(span, marker)


def remember_user(
    user_id: int | None,
    secret: str,
    names: tuple[str | None, ...] = (),
    coordinates: tuple[float, ...] = (),
) -> None:
    """Remember a sender: their Telegram id (shown as its pseudonym), names, handle, location."""
    if user_id is not None:
        REGISTRY.add(str(user_id), str(pseudonymise(user_id, secret)))
    for name in names:
        if name:
            REGISTRY.add(name, "[Name]")
            REGISTRY.add("@" + name, "[Konto]")
    for value in coordinates:
        REGISTRY.add(repr(value), "[Ort]")


def scrub(text: str) -> str:
    """Remembered personal terms out, then `redact` on what is not an operational value."""
    text = REGISTRY.scrub(text)
    text = _NAME_FIELD.sub(lambda m: f"{m.group('key')}{m.group('q')}[Name]{m.group('q')}", text)
    text = _PLACE_FIELD.sub(lambda m: f"{m.group('key')}[Ort]", text)
    text = _ID_FIELD.sub(lambda m: f"{m.group('key')}[ID]", text)
    kept: list[str] = []

    def shield(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return _SHIELD.format(len(kept) - 1)

    shielded = _OPERATIONAL.sub(shield, text)
    return _SHIELDED.sub(lambda m: kept[int(m.group(1))], redact(shielded))


class RedactingFilter(logging.Filter):
    """Scrub a record's message (arguments merged first) and its traceback text."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = str(record.msg)
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def install_log_filter(logger: logging.Logger | None = None) -> RedactingFilter:
    """Attach the filter to every handler of `logger` (the root logger by default).

    Call it right after `logging.basicConfig(...)`: handler filters also see records that child
    loggers (telegram, httpx, bot.*) propagate, logger filters would not.
    """
    target = logger or logging.getLogger()
    shield = RedactingFilter()
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(shield)
    return shield
