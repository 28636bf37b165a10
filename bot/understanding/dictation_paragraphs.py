"""Write a dictated paragraph of a law with its letter as the trade writes it.

Speech-to-text writes "§ 8a" as the words said: "Paragraf acht a", "acht Punkt a" (where the
punctuation rewrite would make "acht. a" of it), "Beratung nach acht a". Every reader knows "8a"
(the safety reader's `named` sign, the topics); none knows these. A number and a lone letter are
a paragraph only where the speech leaves no doubt: after a paragraph word ("Paragraf" → "§"),
with "Punkt" spoken between them, or after a word that takes a paragraph ("nach acht a") —
"Klasse acht a" is none of these and stays a school class. The words are data
(`[paragraphs]` in `bot/data/dictation.toml`).
"""

from __future__ import annotations

import re
from functools import cache

from bot.text import fold
from bot.understanding.numbers import normalise as number_digits
from bot.vocabulary.lexicon import _load as load_toml

_NUMBER = r"(?P<number>\d{1,4}|[^\W\d_]+)"


@cache
def _pattern() -> re.Pattern[str]:
    data = load_toml("dictation.toml")["paragraphs"]

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    letters = alternatives(data["letters"])
    words, after = alternatives(data["words"]), alternatives(data["after"])
    lead = rf"(?:(?P<word>{words})\.?|(?P<after>{after}))"
    return re.compile(
        rf"(?:(?<![^\W_]){lead}\s*)?(?<![^\W_]){_NUMBER}\s+"
        rf"(?:(?P<between>{alternatives(data['between'])})\s+)?(?P<letter>{letters})(?![^\W_])",
        re.I,
    )


def _written(match: re.Match[str]) -> str:
    digits = number_digits(fold(match.group("number")))
    if not digits.isdigit() or not (
        match.group("word") or match.group("between") or match.group("after")
    ):
        return match.group()
    paragraph = f"{int(digits)}{fold(match.group('letter'))}"
    if match.group("word"):
        return f"§ {paragraph}"
    return f"{match.group('after')} {paragraph}" if match.group("after") else paragraph


def spoken_paragraphs(text: str) -> str:
    """Return `text` with its dictated paragraphs written ("nach Paragraf acht a" → "nach
    § 8a"); a text without a lone letter after a word comes back unchanged."""
    if not re.search(r"\s[abAB](?![^\W_])", text):
        return text
    return _pattern().sub(_written, text)
