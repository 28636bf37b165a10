"""Privacy: nothing personal about a family is stored, user ids only as keyed hashes."""

from bot.privacy.pseudonym import pseudonymise
from bot.privacy.redact import redact

__all__ = ["pseudonymise", "redact"]
