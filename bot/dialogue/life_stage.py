"""A new case whose child is named only by a life stage ("mit nem Baby", "a toddler"): ask the age.

"gibts in fröndenberg was für eltern mit nem baby die gerade ganz wenig geld haben", "Mutter mit
Säugling sucht eine Mutter-Kind-Gruppe", "Looking for a playgroup for a family with a toddler":
the word says the child is in its first year (or three), not how old it is, and the offers for
babies are split by months (Babymassage up to 6 months, PEKiP from 6 weeks, a Krabbelgruppe from
8 months). A single request reads the stage as the age, since nothing can be asked back; in a
conversation the assistant asks, as it does for a Kita place (`case_ages.institution_age`).

So does a need word that names the stage ("a baby group", "Babyschwimmen"): the stage finds
its offers, and they too start and end at months. An exact stage ("Neugeborenes", "3 Tage alt")
or any number that may be an age beside the word is the age itself; a group of children ("Mütter
mit Babys") or a school's stage ("Grundschulkind") is what the offers are for as a whole.
"""

from __future__ import annotations

import re

from bot.dialogue.case_ages import institution_age
from bot.models import AgeRange, Request
from bot.text import fold
from bot.understanding.age import read_age
from bot.understanding.foreign import germanise
from bot.understanding.numbers import normalise

__all__ = ["another_stage", "only_life_stage"]

EXACT = 1  # months: a stage this narrow ("Neugeborenes": 0) is an age, nothing to ask


# Words of a group of children ("Mütter mit Babys", "Eltern von Kleinkindern") or of a school's
# stage ("Grundschulkind", "Schulkinder"): offers are looked for that age group as a whole.
_GROUP = re.compile(r"(?:babys|babies|kinder|kindern|linge|lingen|toddlers|infants|newborns)$"
                    r"|schul")
# "für das Baby" once a case was told: the child spoken of, whose age the case knows or not
_DEFINITE = frozenset({"das", "dem", "den", "der", "die", "des", "the", "ihr", "ihrem", "ihren",
                       "sein", "seinem", "seinen", "her", "his"})


def only_life_stage(new: Request, text: str, follows: bool = False) -> bool:
    """Tell a request whose only age is a child's life stage ("Baby", "toddler", "Jugendliche").

    `follows`: a case was told before, so a stage word after a definite article ("einen
    Begrüßungsbesuch für das Baby") names a child already spoken of: not asked again.
    """
    age = new.age
    if age is None or age.high < 0 or age.high - age.low <= EXACT:
        return False
    words = re.sub(r"[-/]", " ", fold(germanise(text)))
    tokens = re.findall(r"[a-z]+", words)
    stages: dict[str, AgeRange] = {}
    for at, word in enumerate(tokens):
        if word in stages:
            continue
        reading = read_age(word).age
        if reading is None:
            continue
        if _GROUP.search(word) or (follows and at and tokens[at - 1] in _DEFINITE):
            return False  # a group's stage, or the child the case spoke of
        stages[word] = reading
    if not stages or any(a.high < 0 or a.high - a.low <= EXACT or "alter" in w
                         or re.search(r"\d", normalise(w)) for w, a in stages.items()):
        return False  # "Neugeborenes", "der Dreijährige", "hochschwanger": an age of its own
    if not any(a.low <= age.low and age.high <= a.high for a in stages.values()):
        return False  # the request's age comes from elsewhere
    rest = re.sub(rf"\b(?:{'|'.join(map(re.escape, stages))})\b", " ", words)
    reading = read_age(rest)
    return reading.age is None and not reading.candidates


def another_stage(previous: Request | None, new: Request, text: str) -> bool:
    """Tell a follow-up naming a child only by a stage the case's child is not in.

    "and for her baby daughter?" in a case about a 3-year-old, "gibts auch was für das Baby?"
    after "Kinder 4 und 7": the word names another child of the family, whose months are
    not known; the stage picks the offers while its age is asked. "für das Baby" in a case
    about a 3-month-old is the child spoken of (`only_life_stage` with `follows`). An
    institution's stage ("Kita ab nächstem Jahr?", "OGS für den Sohn") says which offers are
    meant, not which child (`institution_age`).
    """
    if previous is None or previous.age is None or previous.age.low < 0 or new.age is None:
        return False
    if new.age.low <= previous.age.high and previous.age.low <= new.age.high:
        return False
    return only_life_stage(new, text) and not institution_age(new, text)
