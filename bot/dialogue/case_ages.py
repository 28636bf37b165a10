"""The age of a follow-up: the known child's, a stage that only restates it, or another child's.

"Kita?" about a 3-year-old reads 3–6 years, "ab dem 1. Geburtstag" about a 4-month-old is when the
care should start, "hat noch einen Jungen von 2" is another child: `follow_up_age` tells which age
a follow-up of the case has, `stage_age` and `institution_age` tell an age that only the words of a
need made.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.dialogue.phrases import CHILD_NOUN
from bot.models import AgeRange, Request
from bot.text import fold
from bot.understanding.age import read_age
from bot.understanding.foreign import germanise
from bot.understanding.numbers import normalise

__all__ = ["a_child_age", "among_children", "born_later", "follow_up_age", "institution_age",
           "institution_stage", "restates", "stage_age", "without_stage_age"]


# One turn asks `stage_age`/`institution_age` up to five times about the same message (which
# case it belongs to, whether its age is to be asked, which age the follow-up has), and each
# asking reads the whole message's ages again: a small memory of the last few messages answers
# the repeats. Both are pure functions of their arguments, so no answer changes.
_RECENT = 32


@lru_cache(maxsize=_RECENT)
def _words_of(text: str) -> str:
    """The text as need terms are written: folded, German, "OGS-Platz" as "ogs platz"."""
    return re.sub(r"[-/]", " ", fold(germanise(text)))


def stage_age(new: Request, text: str) -> bool:
    """Tell an age that only the need words made: "Kita?" reads 3–6 years, "OGS" 6–10.

    Such an age is the stage of the need, not a child of its own: "Kita ab nächstem Jahr?" about
    the 10-month-old spoken of is the same child, who stays 10 months. Without its need words
    the message has no age (nor any number) left; "Kita, Kind 4" keeps its "4". A pregnancy is
    no stage of the child spoken of but a child of its own ("Die Mutter ist außerdem schwanger").
    """
    if new.age is None or new.age.high < 0 or not new.keywords:
        return False
    return _only_stage(new.keywords, text)


@lru_cache(maxsize=_RECENT)
def _only_stage(keywords: tuple[str, ...], text: str) -> bool:
    """`stage_age` for a message with an age of a child: whether its need words alone made it."""
    rest = whole = _words_of(text)
    for term in keywords:
        rest = re.sub(rf"\b{re.escape(term)}\w*", " ", rest)
    # a number left over that may be an age ("младшему 6", a lone "für 2") makes it no stage;
    # one read as no age ("Babymassage, dann eher mit 2–3 Monaten": when) leaves the stage
    reading = read_age(rest)
    return rest != whole and reading.age is None and not reading.candidates


# A child named by its stage inside a need word ("Babyschwimmen", "Grundschulkind", "Eltern-Kind-
# Gruppe"): the word names the child, unlike an institution's stage ("Kitaplatz", "OGS").
_CHILD_IN_WORD = re.compile(r"baby|babies|saeugling|neugeboren|fruehchen|kind(?!er?garten)|"
                            r"schueler|teen|jugendlich|toddler|infant|newborn|azubi")  # fmt: skip


def institution_age(new: Request, text: str) -> bool:
    """Tell an age that only an institution's stage made ("Kitaplatz in Bönen": 3–6 years).

    A place in a Kita or an OGS says which offers are meant, not how old this child is: the
    child's age is still to be asked. A need word that names the child ("Babyschwimmen") does
    give its age.
    """
    if not stage_age(new, text):
        # the need's words may name another need only ("moved from" beside "Kita place"): then
        # the stage words themselves tell that nothing else in the message is an age
        return new.age is not None and new.age.high >= 0 and _only_institution(_words_of(text))
    whole = _words_of(text)
    words = [m.group(0) for term in new.keywords
             for m in re.finditer(rf"\b{re.escape(term)}\w*", whole)]  # fmt: skip
    if any(re.search(rf"{_CHILD_BEFORE}{re.escape(term)}\b", whole) for term in new.keywords):
        return False  # "Ki. U3", "Tochter U3": the child's own stage, as files note it
    return not any(_CHILD_IN_WORD.search(word) for word in words)


# A child noun, also as files abbreviate it ("Ki.", "Kd."), right before a stage word: "Ki. U3"
# says the child is under three, where "U3-Platz in Bönen" names a group of a Kita.
_CHILD_BEFORE = (r"\b(?:kind|ki|kd|kid|tageskind|pflegekind|tochter|sohn|junge|maedchen|"
                 r"son|daughter|child)\.?\s*[,:(]?\s*")


def institution_stage(text: str) -> bool:
    """Tell a follow-up whose only age is the stage of an institution ("an der Grundschule").

    Where the help is to be found says nothing about how old the child spoken of is: the
    5-year-old who starts school in August is 5 when the Ganztag of the Grundschule is asked
    about (and such an offer may not fit him yet). A word naming a child ("Schulkinder",
    "Jugendliche", "für Babys"), a sibling or any number that may be an age is a child of its
    own, as before.
    """
    words = _words_of(text)
    return not re.search(_A_CHILD, words) and _only_institution(words)


def _only_institution(words: str) -> bool:
    """Tell a message whose every age comes from an institution's stage ("Kita place"): without
    those words no age nor any number that may be one is left."""
    readings = {w: read_age(w).age for w in set(re.findall(r"[a-z]+", words))}
    stages = {w: age for w, age in readings.items() if age is not None}
    if not stages or any(_CHILD_IN_WORD.search(w) or "alter" in w or age.high < 0
                         or re.search(r"\d", normalise(w)) for w, age in stages.items()):
        return False  # "der Dreijährige", "hochschwanger": a child of its own
    rest = re.sub(rf"\b(?:{'|'.join(map(re.escape, stages))})\b", " ", words)
    reading = read_age(rest)
    return reading.age is None and not reading.candidates


def a_child_age(age: AgeRange | None) -> bool:
    """An age of one child (a year or less wide), not a stage of several years ("Kita": 3–6)."""
    return age is not None and age.high - age.low < 12


def among_children(known: AgeRange | None, stage: AgeRange) -> bool:
    """Tell a stage word that meets the ages of the children spoken of together ("Kita-Zuschuss?"
    after "Kinder 1 und 3"): it names their need, not a child of its own, so their span stays.
    A stage that misses them all ("Kita?" after children of 8 and 15) is another child's."""
    return (known is not None and not a_child_age(known) and known.high >= 0
            and stage.low <= known.high and known.low <= stage.high)


def restates(known: AgeRange | None, said: AgeRange, text: str) -> bool:
    """Tell an age word that only restates the known child's age ("das Baby" of 5 months); a
    number, also spelt out ("der ist acht" among children of 2, 5 and 8), names one child."""
    return (known is not None and said.low <= known.low and known.high <= said.high
            and not re.search(r"\d", normalise(fold(text))))


def follow_up_age(previous: AgeRange | None, said: Request, text: str) -> AgeRange | None:
    """The age of a follow-up: its own, unless a stage word only restates the known one.

    "nicht Logopädie, eher was in der Kita" reads "Kita" as 3–6 years; the 3-year-old spoken of
    is still 3. A stage that does not contain the known age ("U3" after "Kita-Platz") or any
    number ("sorry, 3 bis 5") replaces it. A number the message leaves unsure that cannot be the
    known child's age ("hat noch einen Jungen von 2" after a 4-year-old) is another child's:
    its age is asked (the candidates stay), never the known child's carried over. Without a
    child named ("der kifft, 3-4 joints am Tag") such a number is a count: the child stays.
    """
    new = said.age
    if new is not None and _mothers_age(previous, said, text):
        return previous  # "Die ist 17 und hat noch gar nichts" about the pregnant woman
    if previous is not None and _parents_age(said, text):
        return previous  # "die Mutter ist übrigens erst 19": the child spoken of keeps its age
    if new is not None and a_child_age(previous) and _from_later(new, previous, text):
        return previous  # "ab dem 1. Geburtstag eine Tagesmutter" for the 4-month-old: when
    if new is not None and born_later(previous, new, text):
        return previous  # "und nach der Geburt, kommt jemand zum Baby?": the unborn child
    if new is not None and a_child_age(previous) and institution_stage(text):
        return previous  # "gibt es an der Grundschule einen Ganztag?" for the 5-year-old
    if new is None:
        if previous is not None and said.age_uncertain and said.age_candidates and not any(
                c.low <= previous.high and previous.low <= c.high for c in said.age_candidates
        ) and re.search(_A_CHILD, fold(text)):
            return None
        return previous
    if new != previous and restates(previous, new, text):
        return previous
    return new


FIRST_YEAR = 11  # months: "Baby", "Säugling", "Neugeborenes" read the first year of life


def born_later(known: AgeRange | None, said: AgeRange, text: str) -> bool:
    """Tell the baby a pregnancy case talks about once it is born ("nach der Geburt … Baby").

    In a case about an unborn child, a word of the first year of life without any number ("das
    Baby", "Säugling") is that child after the birth, not a child of its own: the case keeps
    its pregnancy, and offers for babies already born are not shown as fitting for it. A number
    ("Baby 4 Monate") or a sibling ("hat noch ein Baby") names another child.
    """
    return (known is not None and known.high < 0 and said.low >= 0 and said.high <= FIRST_YEAR
            and not re.search(r"\d", normalise(fold(text))) and not _SIBLING.search(fold(text)))


# "hat noch ein Baby", "ihr kleiner Bruder": a child beside the unborn one
_SIBLING = re.compile(r"\b(?:noch|auch|schon|bereits|already|another)\s+(?:(?:ein|eine|einen|a|an|"
                      r"n|nen)\s+)?(?:\w+\s+)?(?:baby|kind|saeugling|sohn|tochter|child|son|"
                      r"daughter)\b|\b(?:bruder|schwester|geschwister\w*|brother|sister|"
                      r"sibling)\b")


# A child the unsure number may be the age of: "einen Jungen von 2", "die Kleine, 2?".
_A_CHILD = (rf"\b(?:{CHILD_NOUN}|bruder|schwester|brother|sister|kleine\w*|grosse\w*|"
            r"(?:juenger|aelter|juengst|aeltest|younger|older|youngest|eldest)\w*)")

# "ab dem 1. Geburtstag", "ab 3 dann Kita?": a point in the child's future the offer should start
_FROM = re.compile(r"\bab\s+(?:dem\s+|der\s+|ca\.?\s+|etwa\s+)?\d")


def _from_later(said: AgeRange, known: AgeRange | None, text: str) -> bool:
    """Tell an age said as when an offer should start, later than the known child's age.

    Beside the child's own age "ab N" is the offer's condition, as in a single request ("Kita ab
    1 Jahr? Kind jetzt 10 Mon."); in a conversation the child's own age is the case's.
    """
    return known is not None and said.low > known.high and bool(_FROM.search(fold(text)))


ADULT_MONTHS = 144  # from 12 years on a person may be the pregnant woman herself


def _mothers_age(known: AgeRange | None, said: Request, text: str) -> bool:
    """Tell the age of the pregnant woman in a case about her unborn child ("sie ist 17").

    In a pregnancy the child is the unborn one ([-9, -1]); a teenager's or adult's age said
    without a child and without a need of its own is the woman's, as in a single request ("17,
    schwanger"). "Ihr Sohn ist 14 und kifft" names a child and a need: that one is another child.
    """
    return (known is not None and known.high < 0 and said.age is not None
            and said.age.low >= ADULT_MONTHS and (not said.topics or said.general)
            and not re.search(CHILD_NOUN, fold(text)))  # fmt: skip


# A parent as the person an age is about ("die Mutter ist erst 19", "der Vater ist 45").
_PARENT = re.compile(r"\b(?:mutter|mama|kindsmutter|kindesmutter|vater|papa|kindsvater|"
                     r"kindesvater|eltern|mum|mom|mother|dad|father|parents?)\b")  # fmt: skip


# The parent as the one who tells the child's age ("die Mutter sagt, er ist 15", "laut Mutter ist
# er erst 15", "mum says he's 13"): the source of the fact, not the person it is about.
_PARENTS = r"(?:mutter|mama|km|vater|papa|kv|eltern|mum|mom|mother|dad|father|parents?)"
_TOLD_BY = re.compile(
    rf"\b(?:laut|lt\.?|nach\s+angaben|according\s+to)\s+(?:(?:der|dem|des|den|the)\s+)?{_PARENTS}\b"
    rf"|\b{_PARENTS}\s+(?:sagt|sagen|meint|meinen|erzaehlt|erzaehlen|schreibt|says|say|said|"
    rf"told|thinks)\b|\b(?:sagt|sagen|meint|meinen|says|said)\s+(?:die|der|the)\s+{_PARENTS}\b")


def _parents_age(said: Request, text: str) -> bool:
    """Tell a follow-up whose only ages are a parent's ("die Mutter ist selbst erst achtzehn").

    A message naming a parent and no child, whose ages (said or unsure) are all a teenager's or
    an adult's, tells about the parent: the child spoken of keeps its age and nobody is asked. A
    sibling is a child ("seine kleine Schwester ist 12, wohnt noch bei den Eltern").
    """
    ages = (said.age,) if said.age is not None else said.age_candidates
    folded = fold(text)
    if _TOLD_BY.search(folded):
        return False  # "die Mutter sagt, er ist eigentlich 15": the child's age, told by her
    return (bool(ages) and all(a.low >= ADULT_MONTHS for a in ages)
            and bool(_PARENT.search(folded)) and not re.search(_A_CHILD, folded))  # fmt: skip


def without_stage_age(previous: Request, new: Request, text: str) -> Request:
    """The follow-up without an age its words of an institution or a stage only made.

    "Türkçe konuşan bir Kita olursa çok iyi olur, anne Almanca bilmiyor" reads "Kita" as 3–6
    years: no child of its own, so the turn is still a language wish for the case's child.
    """
    if new.age is not None and (stage_age(new, text) or institution_stage(text)
                                or restates(previous.age, new.age, text)):
        return replace(new, age=None)
    return new
