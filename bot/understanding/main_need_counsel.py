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


SPECIFIC_REACH = 3  # a need word this close after a counselling word says whose counselling


@dataclass(frozen=True, slots=True)
class _Parents:
    words: frozenset[str]  # parents, by every name a request gives them
    window: int  # how many words before the counselling word a parent may stand
    after: int  # … and after it ("Beratung für uns als Eltern", "Wer berät Eltern dazu?")
    objects: frozenset[str]  # words after which a parent is talked to, not the one asking
    about: frozenset[str]  # prepositions of the matter a counselling is about
    how: frozenset[str]  # … and the question words of a matter that is how to act
    counsel: frozenset[str]  # plain counselling and advice words
    askers: tuple[tuple[str, ...], ...]  # the writer or her team as its object ("berät mich")
    named: tuple[tuple[str, ...], ...]  # counselling of parents named as such
    heads: frozenset[str]  # their first words: a name is compared only where one stands
    themselves: tuple[tuple[str, ...], ...]  # "für sich": the asker's own counselling


@cache
def _parents() -> _Parents:
    data = main_need_lexicon()["counsel"]
    return _Parents(words=frozenset(fold(w) for w in data["parent_words"]),
                    window=int(data["parent_window"]), after=int(data["parent_after"]),
                    objects=frozenset(fold(w) for w in data["parent_objects"]),
                    about=frozenset(fold(w) for w in data["about"]),
                    how=frozenset(fold(w) for w in data["how"]),
                    counsel=_counsel().words | frozenset(fold(w) for w in data["advice"]),
                    askers=tuple(tuple(fold(w).split()) for w in data["askers"]),
                    named=tuple(tuple(fold(w).split()) for w in data["parents_named"]),
                    heads=frozenset(fold(w).split()[0] for w in data["parents_named"]),
                    themselves=tuple(tuple(fold(w).split())
                                     for w in data["themselves"]))  # fmt: skip


def parents_counsel(words: Words, credited: frozenset[int]) -> tuple[str, bool] | None:
    """The counselling topic when the parents ask counselling for themselves ("parents want
    advice", "Mutter möchte Beratung, wie sie reagieren soll") or name it ("Elternberatung"),
    or the professional asks it for herself ("Wer berät mich da?", "Beratung für uns als Team"),
    in a sentence that asks when one does, with whether it was named as such; else None.
    Counselling with a need word right
    before or after it is that need's own ("nutrition advice", "Beratung für trans Kinder",
    "Beratung zu Verhütung"), no counselling of parents (`credited`: positions of need words)."""
    parents = _parents()
    folded = words.folded
    asking = any(words.asked)
    clause = words.clause or (0,) * len(folded)
    for i, word in enumerate(folded):
        if asking and not words.asked[i]:
            continue
        if word in parents.heads and any(folded[i : i + len(n)] == n for n in parents.named):
            return _counsel().topic, True
        if word in parents.counsel and any(folded[i + 1 : i + 1 + len(t)] == t
                                           for t in parents.themselves):
            # "Er sucht Beratung für sich", "advice for herself": the asker's own counselling,
            # whatever need the child's story names (a carer ask it by name)
            return _counsel().topic, True
        if word not in parents.counsel or any(
                j in credited and clause[j] == clause[i]
                for j in range(i - 1, i + 1 + SPECIFIC_REACH)):  # fmt: skip
            continue
        after = folded[i + 1 : i + 3]
        if after and after[0] in parents.about and not parents.how & set(after[1:]):
            continue  # "eine Beratung zu dem Thema": the matter's own counselling
        if any(folded[j] in parents.words and clause[j] == clause[i]
               and not parents.objects & set(folded[max(0, j - 2) : j])
               for j in range(max(0, i - parents.window), i)):  # fmt: skip
            return _counsel().topic, False
        if any((folded[j] in parents.words or any(folded[j : j + len(a)] == a
                                                  for a in parents.askers))
               and clause[j] == clause[i] and not parents.objects & set(folded[i + 1 : j])
               for j in range(i + 1, min(len(folded), i + 1 + parents.after))):  # fmt: skip
            return _counsel().topic, False  # counselling for the parents or the writer herself
    return None


def parents_placed(main: tuple[str, ...], topic: str, named: frozenset[str],
                   asked_by_name: bool) -> tuple[str, ...]:  # fmt: skip
    """`main` with the parents' counselling after the needs a word names (`named`: "Suchtberatung",
    "chronisch krank") and before those the story only describes ("got caught shoplifting",
    "überfordert"): what the parents ask for leads what their child did. Asked for by its name
    ("Elternberatung in Rünthe?") it leads; otherwise, where the rules already found it, it
    stays where they put it."""
    if asked_by_name:
        return (topic, *(t for t in main if t != topic))
    if topic in main:
        return main
    rest = tuple(t for t in main if t != topic)
    leading = tuple(t for t in rest if t in named)
    return (*leading, topic, *(t for t in rest if t not in named))
