"""A later turn that only says how old someone is: what it replaces, what it keeps, whose age it is.

"Korrektur: Das Kind ist laut Leitung bereits 4 Jahre alt.", "Ergänzung: er ist erst 14, ich
hatte mich im Protokoll verlesen.", "die is übrigens erst 20", "Nachtrag: der Azubi ist eigentlich
schon 19": one clause of a subject, a copula and an age, with words of degree ("erst", "bereits"),
a source ("laut Leitung") or an account of the mistake ("verlesen") around it. Read as a request,
those words look like needs ("bereit" is school readiness, "lesen" learning support, an unknown
"übrigens" a need nobody knows) and the case's need would be replaced by them. Such a turn tells
one fact: the need, the place and the languages of the case stay. So does a turn that only says
where the family lives ("Korrektur: die Familie wohnt laut Akte bereits in Selm").

The age is the child's (a correction, or the answer to the question) unless the turn says it is
someone else's: a parent ("die Mutter ist 23"), the pregnant woman in a case about her unborn
child ("die is erst 20"), someone the case told of beside the child ("der Azubi" whose baby the
case is about), someone "selbst"; or, without any word of a mistake, a teenager's or adult's age
told by a pronoun in a toddler's case ("sie ist erst 19" about a baby's mother; "er ist 14" about
a 4-year-old is a typo corrected). Then the child keeps its age. The words are data
(`dialogue_turns.toml [age_statement]`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import TypeVar

from bot.dialogue.case_ages import a_child_age
from bot.dialogue.connectives import without_addendum
from bot.dialogue.phrases import CHILD_NOUN, only_courtesy, without_correction
from bot.dialogue.spoken import spoken_match
from bot.dialogue.turns import about_the_family, vocabulary
from bot.models import AgeRange, Request
from bot.text import fold
from bot.understanding.age import understand_age_answer
from bot.understanding.dictation import undictate
from bot.understanding.foreign import germanise
from bot.understanding.numbers import normalise

T = TypeVar("T")

__all__ = ["Statement", "age_statement", "place_statement", "read_statement"]

MAX_SUBJECT_WORDS = 3  # "und die Mutter", "der Azubi", "das Kind"
MAX_AGE_WORDS = 4  # "4 Jahre alt" once degree and source words are gone
NEAR = 36  # months: a correction moves the age a little; a person three years off is another one
ADULT = 144  # months: from 12 years on the person may be the pregnant woman
PARENT = 168  # months: from 14 years on a pronoun's age in a toddler's case is a parent's
TODDLER = 36  # months: a child this young is not said to be 14 by a typo of its age
_PRONOUNS = frozenset({"er", "sie", "es", "die", "der", "das", "he", "she", "it", "und", "and",
                       "aber", "also", "ach", "oh", "ok", "okay", "ja", "nee", "nein"})
_INDEFINITE = frozenset({"ein", "eine", "einen", "ne", "nen", "n", "a", "an"})
_FILLERS = frozenset({"ach", "oh", "ah", "ok", "okay", "ja", "nein", "nee", "hm", "also", "so",
                      "und", "and", "aber", "well", "mein", "my", "ich", "i", "hab", "habe",
                      "hatte", "mich", "die", "das", "der", "im", "in", "the"})
# a clause ends at punctuation, but not inside "3;10" or "2,5"; a dash between words ends it too
_CONJUNCTION = re.compile(r"\s(?:und|and|aber|but|u\.)\s")  # "ist erst 16 und spricht …"
_CLAUSES = re.compile(r"(?<!\d)[,;.:!?()]|[,;.:!?()](?!\d)|\s[-–—]+\s|^[-–—]+\s|\s[-–—]+$")


@dataclass(frozen=True)
class Statement:
    """What an age statement says: of whom (the subject's words), which age, and how."""

    subject: tuple[str, ...]
    age: AgeRange
    corrected: bool  # a word of a mistake: the turn corrects the case
    own: bool  # "selbst", "herself": the age is someone's own, not the child's


@cache
def _words() -> dict:
    return vocabulary()["age_statement"]


@cache
def _particles() -> re.Pattern[str]:
    words = sorted(_words()["particles"] + _words()["after"], key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b")


@cache
def _subject_verb_pattern(verbs_key: str) -> re.Pattern[str]:
    """A clause of a short subject, one verb of an `[age_statement]` list, and the rest."""
    verbs = "|".join(_words()[verbs_key])
    return re.compile(rf"^(?:(?P<subject>(?:[^\W\d]+\s+){{0,{MAX_SUBJECT_WORDS - 1}}}[^\W\d]+)\s+)?"
                      rf"(?:{verbs})\s+(?P<rest>.+)$")


def _clause_pattern() -> re.Pattern[str]:
    return _subject_verb_pattern("copulas")


def _age_of(rest: str) -> AgeRange | None:
    """The age a clause's predicate says once its words of degree and source are gone."""
    rest = re.sub(_words()["source"], " ", rest)
    rest = _particles().sub(" ", rest)
    words = re.findall(r"[\w;,]+", rest)
    if not words or len(words) > MAX_AGE_WORDS or not re.search(r"\d", normalise(rest)):
        return None  # "sie ist schwanger": a state, no age told
    return understand_age_answer(undictate(germanise(rest)))


def _statement_clause(clause: str) -> tuple[tuple[str, ...], AgeRange] | None:
    clause = re.sub(r"(\w)['’]s\b", r"\1 is", clause.strip())  # "she's 5"
    found = _clause_pattern().match(clause)
    if found is None:
        return None
    subject = tuple((found.group("subject") or "").split())
    if subject and (subject[0] in _INDEFINITE or about_the_family(" ".join(subject))):
        return None  # "ein Junge ist 5", "die Schwester ist 4": another child, not this one's age
    age = _age_of(found.group("rest"))
    return (subject, age) if age is not None else None


def _mistaken(clause: str) -> bool:
    """A clause with a word of a mistake ("hab mich verlesen", "Tippfehler", "my bad"), also as
    spoken in a region ("hät jrad Jeburtstag jehatt")."""
    return spoken_match(re.findall(r"\w+", clause), _words()["mistakes"])


def _explains(clause: str) -> bool:
    """A clause beside the age that only says how the mistake came about or whose word the age
    is ("sagt die Kita"), or a filler."""
    words = re.findall(r"\w+", clause)
    reports = len(words) <= MAX_SUBJECT_WORDS + 1 and set(words) & set(_words()["reporting"])
    fillers = _FILLERS | set(_words()["interjections"])  # "Ach nä", "Noi", "wartma"
    return _mistaken(clause) or bool(reports) or set(words) <= fillers or only_courtesy(clause)


def _one_clause(text: str, read: Callable[[str], T | None],
                restated: Callable[[str, T], bool] | None = None,
                ) -> tuple[T, bool, str] | None:  # fmt: skip
    """What the one clause `read` reads says, whether the turn corrects a mistake, and the
    folded turn; None when another clause says more than how the mistake came about, or than
    `restated` tells of the fact read ("der is 6, erste klasse": the age in school years)."""
    corrected_rest = without_correction(text)
    folded = without_addendum(corrected_rest if corrected_rest is not None else text)
    found: T | None = None
    corrected = corrected_rest is not None
    for clause in _CLAUSES.split(folded):
        if not clause or not clause.strip():
            continue
        said = read(clause) if found is None else None
        if said is not None:
            found = said
        elif _explains(clause):
            corrected = corrected or _mistaken(clause)
        elif found is None or restated is None or not restated(clause, found):
            return None
    return None if found is None else (found, corrected, folded)


def _restates_age(clause: str, said: tuple[tuple[str, ...], AgeRange]) -> bool:
    """A clause that tells the stated age once more as a single year of school or life ("der is
    6, erste Klasse"): read as a request its words are a need (school entry), but they only say
    how old the child is. A stage of several years ("Grundschule", "Kita") may be the need."""
    reading = understand_age_answer(undictate(germanise(clause)))
    told = said[1]
    return (reading is not None and a_child_age(reading) and reading.low <= told.low
            and told.high <= reading.high)  # fmt: skip


def age_statement(text: str) -> Statement | None:
    """The turn as an age statement, or None when it says anything else as well."""
    read = _one_clause(text, _statement_clause, _restates_age)
    if read is None:
        return None
    (subject, age), corrected, folded = read
    own = bool(set(re.findall(r"\w+", folded)) & set(_words()["self"]))
    return Statement(subject, age, corrected, own)


def _residence_pattern() -> re.Pattern[str]:
    return _subject_verb_pattern("residence")


def _residence_clause(clause: str) -> bool | None:
    """True for "die Familie wohnt laut Akte bereits in Selm", None for any other clause."""
    found = _residence_pattern().match(clause.strip())
    if found is None:
        return None
    subject = (found.group("subject") or "").split()
    if subject and (subject[0] in _INDEFINITE or about_the_family(" ".join(subject))):
        return None  # "eine Familie wohnt in …", "die Schwester lebt in …": someone else
    rest = _particles().sub(" ", re.sub(_words()["source"], " ", found.group("rest")))
    words = _without_household(re.findall(r"\w+", rest))
    return True if (words and words[0] in _words()["at"]
                    and len(words) <= MAX_AGE_WORDS) else None  # fmt: skip


def _without_household(words: list[str]) -> list[str]:
    """The words of a residence without whom the child lives with ("lebt bei der Mutter in
    Villigst", "wohnt jetzt bei den Großeltern in Selm" → "in villigst"): the person is where
    the child lives, not a need; the place follows."""
    if not words or words[0] not in _words()["with"]:
        return words
    after = range(1, min(len(words), MAX_SUBJECT_WORDS + 2))
    at = next((i for i in after if words[i] in _words()["at"] and words[i] not in _words()["with"]),
              None)
    return words[at:] if at is not None else words


def place_statement(text: str) -> bool:
    """Tell a turn that only says where the family lives ("Korrektur: die Familie wohnt laut
    Akte bereits in Selm", "die wohnen eigentlich in Bork, ich hatte die alte Adresse")."""
    return _one_clause(text, _residence_clause) is not None


def _someone_else(previous: Request, said: Statement) -> bool:
    """Tell an age that is not the case's child's (see the module's docstring)."""
    known, told = previous.age, said.age
    if known is None:
        return False  # the answer to the question, or the first age the case hears
    nouns = [w for w in said.subject if w not in _PRONOUNS]
    if set(nouns) & set(_words()["parents"]):
        return True  # "die Mutter ist erst 19"
    if known.high < 0:
        return told.low >= ADULT and not any(re.fullmatch(CHILD_NOUN, w) for w in nouns)
    if not a_child_age(known):
        return False  # a stage or several children: the told age narrows it
    gap = max(told.low - known.high, known.low - told.high)
    if said.own and gap > NEAR:
        return True  # "sie ist selbst erst 16"
    earlier = fold(previous.text)
    if nouns and not any(re.match(CHILD_NOUN, w) for w in nouns) and gap > NEAR and all(
            re.search(rf"\b{re.escape(w)}", earlier) for w in nouns):
        return True  # "der Azubi ist eigentlich 19": the father the case told of, not his baby
    return not nouns and not said.corrected and told.low >= PARENT and known.high < TODDLER


def read_statement(previous: Request, request: Request, said: str) -> Request:
    """The turn's request as the one fact an age or place statement tells; else the request.

    Its need words (and what they marked: a need nobody knows, a danger) are no need, so the
    case's need stays; the age is the one told, or the case's when it is someone else's. Where
    the family lives was read already (the place of the request, a residence beside others).
    """
    request = _others_age_kept(previous, request, said)
    if request.languages:
        return request
    located = bool(request.place or request.place_candidates)
    statement = None if located else age_statement(said)
    if statement is not None:
        age = previous.age if _someone_else(previous, statement) else statement.age
        request = replace(request, age=age, age_candidates=(), age_uncertain=False)
    elif not (located and request.age is None and place_statement(said)):
        return request
    return replace(request, topics=(), keywords=(), general=False, main_topics=(),
                   required_words=(), unexplained=(), need_unexplained=False,
                   child_protection=False)


def _others_age_kept(previous: Request, request: Request, said: str) -> Request:
    """The request with the case's age where the turn opens by telling someone else's age and
    then asks more ("Sie ist eigentlich erst 16 und spricht nur Bosnisch – gibt es eine
    Hebamme …?" about an unborn child): the asking does not make the woman's age the child's.
    Only the leading statement up to its first conjunction is read, and only when it is where
    the request's age came from."""
    if request.age is None or previous.age is None:
        return request
    first = next((c for c in _CLAUSES.split(without_addendum(said)) if c and c.strip()), "")
    said_first = _statement_clause(_CONJUNCTION.split(first)[0])
    if said_first is None or said_first[1] != request.age:
        return request
    own = bool(set(re.findall(r"\w+", fold(said))) & set(_words()["self"]))
    if not _someone_else(previous, Statement(said_first[0], said_first[1], False, own)):
        return request
    return replace(request, age=previous.age, age_candidates=(), age_uncertain=False)
