"""An interpreter at hand: a language someone "only" speaks is then no condition of the offer.

"Mein Mann spricht nur Russisch, ich übersetze für ihn", "csak magyarul beszél, ich übersetze",
"Vater spricht nur Kurdisch, mit Dolmetscher geht das": someone already bridges the language, so
the offer may be held in German. The writer who deplores that bridge ("ihr Mann übersetzt, was ich
für ungünstig halte", "Sohn ist Dolmetscher bis jetzt und das geht nicht mehr") makes the
language a condition again. Explicit wishes ("gibts das auch auf Arabisch? Vater übersetzt
sonst") are read elsewhere and never cancelled here. The words are in `language_tolerance.toml`.
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.kin_interpreter import only_kin_interpret
from bot.vocabulary.lexicon import _load


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = _load("language_tolerance.toml")["at_hand"]
    return re.compile(table["accepted"]), re.compile(table["deplored"])


def tolerance_frames() -> list[dict[str, object]]:
    """The wish frames of tolerance and hope, in the form of `language_frames.toml` wishes."""
    return list(_load("language_tolerance.toml")["wish"])


def tolerance_names() -> dict[str, str]:
    """Language names the tolerance frames meet that Babel's locales read here lack ("турски")."""
    return dict(_load("language_tolerance.toml").get("names", {}))


def interpreter_at_hand(folded: str) -> bool:
    """Tell whether someone already there interprets (or an interpreter is accepted) and the
    writer does not deplore it: then a language spoken "only" is bridged, no wish."""
    accepted, deplored = _patterns()
    if not (accepted.search(folded) or only_kin_interpret(folded)):
        return False
    return deplored.search(folded) is None
