"""Tell who is alone: "Baby liegt den ganzen Tag allein im Zimmer" is a young child alone,
"Mutter ist oft allein zuhause" is not, and "der Kleine macht fast alles allein" tells what a
child does by himself, no child left alone.

Read with the persons of `agency` (split from it to keep both readable); the word lists are data
(`[alone]` in `bot/data/safety.toml`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.understanding.agency import (
    _STOPS,
    RELATIVE_REACH,
    Agent,
    _alone_pronoun,
    _is,
    _person,
    _Words,
    _words,
)
from bot.vocabulary.lexicon import safety_lexicon


@dataclass(frozen=True, slots=True)
class _Alone:
    words: frozenset[str]  # "allein", "unbeaufsichtigt"
    without: frozenset[str]  # "ohne" + one of `supervision`: "ohne Aufsicht"
    supervision: frozenset[str]
    company: frozenset[str]  # right after "allein": with someone, or raising ("allein erziehend")
    young: tuple[str, ...]  # words for a young child the violence lists do not need ("die Kleine")
    grown: tuple[str, ...]  # child words for a young person old enough to stay alone
    years: tuple[str, ...]  # "4-Jährigen": a child word when the number before is young
    young_years: int
    masculine: frozenset[str]  # pronouns that cannot mean a woman ("er")
    feminine: frozenset[str]  # pronouns that cannot mean a man ("she"; "sie" may be plural)
    female: frozenset[str]  # adult words a masculine pronoun cannot mean (and any "-in" word)
    male: frozenset[str]  # adult words a feminine pronoun cannot mean
    of: frozenset[str] = frozenset()  # "Mama von Zwillingen": the child names whose mother
    # right before "allein": what one does by oneself ("macht fast alles allein"), no one left
    by_oneself: frozenset[str] = frozenset()
    # of `company`, the words that may name a child as company ("allein mit dem Baby")
    with_child: frozenset[str] = frozenset()
    # right before a person: who tells it, not who is alone ("Kinder lt. Vermieter abends allein")
    source: frozenset[str] = frozenset()


@cache
def _alone_words() -> _Alone:
    data = safety_lexicon()["alone"]
    return _Alone(
        *(frozenset(data[k]) for k in ("words", "without", "supervision", "company")),
        tuple(data["young"]), tuple(data["grown"]), tuple(data["years"]), int(data["young_years"]),
        *(frozenset(data[k]) for k in ("masculine_pronouns", "feminine_pronouns",
                                       "female_adults", "male_adults")),
        frozenset(data.get("of", ())), frozenset(data.get("by_oneself", ())),
        frozenset(data.get("with_child", ())), frozenset(data.get("source", ())),
    )  # fmt: skip


def _young_child(words: list[str], at: int, lex: _Words, alone: _Alone) -> Agent | None:
    """Who the person word at `at` is, a young child being CHILD ("Baby", "die Kleine", "den
    4-Jährigen"); a teenager ("Jugendlicher 16") is ADULT here: old enough to stay alone."""
    word = words[at]
    if _is(word, alone.grown):
        return Agent.ADULT
    if _is(word, alone.years):
        number = words[at - 1] if at else ""
        return Agent.CHILD if number.isdigit() and int(number) < alone.young_years else None
    if _is(word, alone.young):
        return Agent.CHILD
    return _person(word, lex)


def alone_children(words: list[str], named_young: bool = False) -> list[int]:
    """Return where the text says a young child is alone: the positions of "allein",
    "unbeaufsichtigt", "ohne Aufsicht" whose person — the one named last before it in the
    sentence part, or a pronoun's, or else the first after it — is a young child.

    "Baby liegt den ganzen Tag allein im Zimmer", "Geschwister 3 und 5 oft allein zuhause" are;
    "Mutter ist oft allein zuhause", "Vater allein erziehend", "allein mit drei Kindern",
    "Jugendlicher 16 ist nachmittags allein zuhause" are not. Whether being alone is a danger
    (the night, the whole day, at home) the signal's words around it decide. `named_young`: only
    a child the words themselves call young ("der kleine Bruder", "die Vierjährige") — then the
    age of the request, perhaps an older sibling's, does not decide who may be alone."""
    lex, alone = _words(), _alone_words()
    found: list[int] = []
    for at, word in enumerate(words):
        without = word in alone.supervision and at > 0 and words[at - 1] in alone.without
        with_child = at + 1 < len(words) and words[at + 1] in alone.company
        if not without and (word not in alone.words
                            or (with_child and not _with_a_child(words, at + 1, lex, alone))
                            or (at > 0 and words[at - 1] in alone.by_oneself)):
            continue
        who, person = _who_is_alone(words, at, lex, alone)
        if with_child and not _child_subject(words, person, at, lex):
            continue  # the child after "mit" is company; only a child named before is alone
        if who is Agent.CHILD and (not named_young or _called_young(words, person, alone)):
            found.append(at - 1 if without else at)  # "ohne Aufsicht" is no negation of a sign
    return found


def _who_is_alone(words: list[str], at: int, lex: _Words, alone: _Alone) -> tuple[Agent, int]:
    """Who is alone at `at`, and where that person is named (-1 for a pronoun's person)."""
    start = at
    # a part that opens with who tells it ("Kinder (so 5 und 7, schätzt er) allein") belongs to
    # the part before: the children named there are the ones alone
    while start > 0 and (words[start - 1] not in _STOPS or _sources(words, start, alone)
                         or words[start] in alone.source):  # fmt: skip
        start -= 1
    for i in range(at - 1, start - 1, -1):  # the person named last before "allein"
        if _sources(words, i, alone):
            continue  # "lt. Vermieter": the landlord tells it, the children before are alone
        if words[i] in lex.pronouns:
            return _alone_pronoun(words, i), -1
        found = _young_child(words, i, lex, alone)
        if found is not None and not _along(words, i, alone):
            owner = found is Agent.CHILD and _owner(words, i, lex, alone)  # "Mama von Zwillingen"
            return (Agent.ADULT, i - 2) if owner else (found, i)
    if (relative := _relative_person(words, start, lex, alone)) is not None:
        return relative  # "ein Junge (10), der seit zwei Tagen allein in der Wohnung ist"
    for i in range(at + 1, len(words)):  # "allein zuhause sind die Kinder (3 und 5)"
        if words[i] in _STOPS:
            break
        found = _young_child(words, i, lex, alone)
        if found is not None:
            return found, i
    return Agent.UNKNOWN, -1


def _sources(words: list[str], at: int, alone: _Alone) -> bool:
    """Whether the word at `at` is named as the source of the report, or is the dot of its
    abbreviation: "laut Nachbarin", "lt. Vermieter", "according to the neighbour" tell who says
    it, so neither the person named after them is the one alone nor does that dot end the part."""
    before = [w for w in words[max(0, at - 2) : at] if w != "."]
    return (bool(before) and before[-1] in alone.source) or (
        words[at] == "." and at > 0 and words[at - 1] in alone.source)


def _called_young(words: list[str], at: int, alone: _Alone) -> bool:
    """Tell whether the person word at `at`, or the word before it, calls the child young ("der
    kleine Bruder", "die Kleine", "den 4-Jährigen")."""
    if at < 0:
        return False
    for i in (at, at - 1):
        if i >= 0 and _is(words[i], alone.young):
            return True
    number = words[at - 1] if at else ""
    return _is(words[at], alone.years) and number.isdigit() and int(number) < alone.young_years


def _owner(words: list[str], at: int, lex: _Words, alone: _Alone) -> bool:
    """Whether the child at `at` says whose parent the adult before is ("Mama von Zwillingen")."""
    return at >= 2 and words[at - 1] in alone.of and _person(words[at - 2], lex) is Agent.ADULT


def _along(words: list[str], at: int, alone: _Alone) -> bool:
    """Whether the person at `at` is company ("mit dem Kind (2) nachts allein"): not alone."""
    return any(w in alone.company for w in words[max(0, at - 3) : at])


def _with_a_child(words: list[str], at: int, lex: _Words, alone: _Alone) -> bool:
    """Whether the company at `at` ("mit") is a young child: "die Kinder sind nachts allein mit
    dem Baby" leaves children alone, no adult with them; who is alone (`_who_is_alone`) still
    decides, so "Mutter allein mit dem Baby" stays a parent alone with her child."""
    if words[at] not in alone.with_child:
        return False
    for i in range(at + 1, min(len(words), at + 4)):
        if words[i] in _STOPS:
            return False
        found = _young_child(words, i, lex, alone)
        if found is not None:
            return found is Agent.CHILD
    return False


def _relative_person(words: list[str], start: int, lex: _Words,
                     alone: _Alone) -> tuple[Agent, int] | None:
    """The person a relative clause opening at `start` refers to: the one named just before its
    comma ("ein ca. 10-jähriger Junge angetroffen, der … allein in der Wohnung ist")."""
    if start < 2 or words[start] not in lex.relatives or words[start - 1] != ",":
        return None
    for i in range(start - 2, max(-1, start - 2 - RELATIVE_REACH), -1):
        if words[i] in _STOPS:
            return None
        found = _young_child(words, i, lex, alone)
        if found is not None:
            return found, i
    return None


def _child_subject(words: list[str], person: int, at: int, lex: _Words) -> bool:
    """Whether the child at `person`, before "allein" at `at`, is the clause's own subject: no
    adult named before it in the clause ("Mama von unsere Schüler ist allein mit drei Kindern"
    is the mother alone with them)."""
    if not 0 <= person < at:
        return False
    start = person
    while start > 0 and words[start - 1] not in _STOPS:
        start -= 1
    return not any(_person(w, lex) is Agent.ADULT for w in words[start:person])
