"""A language named in a later turn whose other words the vocabulary does not read.

"Arabic mein bhi chalega, un ke ghar Arabic bhi bolte hain", "Urdu bolne wali Tagesmutter ho to
behtar hai": a professional adds a language to the case in the words of her own language, whose
frames no rule lists. Read alone, such a turn says nothing (or only restates the case's need), and
the wish was lost. After a case is told, a turn that names exactly one language (German aside),
no need of its own, no age and no place can only be about the offers already talked about: it
wishes them in that language. The language's own name is read strictly (`language_code` without
inflection: "polnische Familie" is a nationality), and a school subject ("Nachhilfe in
Englisch") or a negated name ("kann kein Englisch") is no wish.
"""

from __future__ import annotations

import re
from functools import cache

from bot.dialogue.language_reasons import explains_language
from bot.models import Request
from bot.text import fold
from bot.understanding.foreign_scripts import data as foreign_tables
from bot.understanding.languages import language_code
from bot.vocabulary.lexicon import language_frames, language_lexicon

__all__ = ["german_names", "language_named_alone"]

NEGATION_REACH = 2  # "kein Englisch", "not really English": a negation this close waives it


@cache
def german_names() -> frozenset[str]:
    """German's name in every language the foreign rules know (`foreign.toml [*.languages]`),
    from the tables the foreign rules already read (the file is parsed once per process)."""
    foreign = foreign_tables()
    return frozenset({"deutsch", "german"} | {
        fold(name) for part in foreign.values() if isinstance(part, dict)
        for name, german in part.get("languages", {}).items() if german == "Deutsch"})


@cache
def _subjects() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of a school subject (`language_frames.toml [patterns] subject`, `…_parts`)."""
    patterns = language_frames()["patterns"]
    return (frozenset(fold(w) for w in patterns["subject"]),
            tuple(fold(w) for w in patterns["subject_parts"]))  # fmt: skip


@cache
def _negations() -> frozenset[str]:
    return frozenset(fold(w) for w in language_lexicon().get("negations", ()))


def language_named_alone(previous: Request, request: Request, text: str) -> str | None:
    """The one language a follow-up names when nothing else of it is read as a case's fact.

    Only a turn whose need, if any, is the case's own (the role it names, "Tagesmutter", is the
    help already asked for) counts; a turn naming German too ("Deutsch oder Arabisch") leaves
    the choice open.
    """
    if request.age is not None or request.place is not None or request.place_candidates:
        return None
    if request.topics and not request.general and not set(request.topics) <= set(previous.topics) \
            and not all(map(explains_language, request.keywords)):
        return None  # "mum is from Ghana" beside the language only says why
    words = re.findall(r"\w+", fold(text))
    subjects, parts = _subjects()
    if set(words) & (subjects | german_names()) or any(p in w for w in words for p in parts):
        return None
    codes: set[str] = set()
    for i, word in enumerate(words):
        code = language_code(word)
        if code is None or code == "de":
            continue
        if _negations() & set(words[max(0, i - NEGATION_REACH):i]):
            return None  # "die Mutter kann kein Englisch"
        codes.add(code)
    return codes.pop() if len(codes) == 1 else None
