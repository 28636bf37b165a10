"""Keep message text and personal data out of the application log.

The rule (tested in tests/privacy/test_logs.py): no code logs what a user wrote at INFO or above;
log ids, counts and reasons instead. This filter is the safety net for the day someone forgets:
attached to the log handlers, it runs every record through `redact`, so names, phone numbers and
e-mail addresses never reach a log file even then.
"""

from __future__ import annotations

import logging

from bot.privacy.redact import redact


class RedactingFilter(logging.Filter):
    """Replace a record's message by its redacted form (arguments merged first)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
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
