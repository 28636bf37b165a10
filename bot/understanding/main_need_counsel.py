"""Counselling asked for a child's own trouble is family counselling (issue 8, `[counsel]` in
`main_need.toml`).

"Azubi mit Panikattacken … Psych. Beratung ohne lange Wartezeit?", "Schülerin mit Prüfungsangst …
suchen wir eine Beratungsstelle vor Ort", "verweigert den Schulbesuch … Welche Beratung kommt
infrage?": the trouble names a need (mental health, school social work), and the plain word
"Beratung" in the sentence that asks names the kind of help wanted — the counselling service for
children, young people and parents. It joins the main needs, so its offers count as fitting
beside the therapies and clinics of the trouble; where none exists at this age and place, the
request is an honest gap for the counselling asked, not one met by a clinic. A counselling word
that is a compound ("Schuldnerberatung", "Elternberatung") names its own kind and stays out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.text import fold
from bot.understanding.normalise import Words
from bot.vocabulary.lexicon import main_need_lexicon


@dataclass(frozen=True, slots=True)
class _Counsel:
    topic: str  # the counselling topic
    words: frozenset[str]  # plain words for counselling
    serves: frozenset[str]  # main needs that such counselling answers
    adults: tuple[tuple[str, ...], ...]  # groups of adults a help may be asked for


@cache
def _counsel() -> _Counsel:
    data = main_need_lexicon()["counsel"]
    return _Counsel(topic=str(data["topic"]),
                    words=frozenset(fold(w) for w in data["words"]),
                    serves=frozenset(data["serves"]),
                    adults=tuple(tuple(fold(a).split()) for a in data["adults"]))  # fmt: skip


def counsel_asked(words: Words, main: tuple[str, ...]) -> str | None:
    """The counselling topic when the sentence that asks names plain counselling and a main need
    is a trouble it answers ("Psych. Beratung?" beside panic attacks), else None."""
    counsel = _counsel()
    if not counsel.serves & set(main) or _for_adults(words.folded, counsel.adults):
        return None
    asking = any(words.asked)  # when no sentence alone asks, every sentence may
    for i, word in enumerate(words.folded):
        if word in counsel.words and (words.asked[i] or not asking):
            return counsel.topic
    return None


def _for_adults(folded: tuple[str, ...], adults: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the request asks for a help for young adults ("Therapie für junge Erwachsene"):
    counselling for children, young people and their parents is not what it asks for."""
    return any(folded[i : i + len(group)] == group
               for group in adults for i in range(len(folded)))  # fmt: skip


def counsel_placed(main: tuple[str, ...], topic: str) -> tuple[str, ...]:
    """`main` with the counselling asked right after the last trouble it answers: it is asked
    for, so it ranks before what only tells the family's situation ("Mutter alleinerziehend")."""
    serves = _counsel().serves
    last = max((i for i, t in enumerate(main) if t in serves), default=len(main) - 1)
    return (*main[: last + 1], topic, *main[last + 1 :])
