"""Read the words that tie a message to the conversation in German, whatever language they are in.

"und …", "außerdem …", "also …" tell the dialogue that a message goes on about the family already
spoken of (`phrases.follows_up`, `phrases.about_the_case`). Professionals who write in Russian,
Romanian or Turkish tie their follow-ups with their own words ("И ещё: младшему 6, нужна OGS",
"are și un băiat de 2 ani"), and without them such a turn reads as a new family whose place must
be asked again. The words are data (`bot/data/dialogue.toml`), read as the German word before the
German phrases look at the message.
"""

from __future__ import annotations

import re
from functools import cache

from bot.text import fold
from bot.vocabulary.lexicon import _load as load_toml

__all__ = ["in_german"]


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """One pattern for all words: an opening word after the start, or a word anywhere."""
    data = load_toml("dialogue.toml")
    opening = {fold(k): v for k, v in data.get("opening", {}).items()}
    anywhere = {fold(k): v for k, v in data.get("anywhere", {}).items()}

    def alternatives(words: dict[str, str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    pattern = re.compile(rf"^(?P<lead>\W*)(?P<opening>{alternatives(opening)})(?!\w)"
                         rf"|(?<!\w)(?P<word>{alternatives(anywhere)})(?!\w)")  # fmt: skip
    return pattern, opening, anywhere


def in_german(folded: str) -> str:
    """The folded message with its foreign connecting words as the German ones ("и" → "und")."""
    pattern, opening, anywhere = _pattern()

    def german(found: re.Match[str]) -> str:
        if found.group("opening"):
            return found.group("lead") + opening[found.group("opening")]
        return anywhere[found.group("word")]

    return pattern.sub(german, folded)
