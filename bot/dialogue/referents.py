"""Who a follow-up is about: the child spoken of again, or another child who needs the same help.

"Gibt es für das Baby auch eine Krabbelgruppe?" about a 5-month-old, "nach der Geburt … das Baby"
in a pregnancy name the child of the case by a word of its age; "die Schwester ist 3 … gibts für
die auch was?" asks the help spoken of for a sibling; "Konkret geht es um einen Jungen (9) in
Selm" after a question about children of 8 to 12 in the Kreis is one child of that group. All
stay the case (`cases.continues`, `cases.merge`); read as single requests they would look like
new cases or new needs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.catalogue import Catalogue
from bot.catalogue.gazetteer import Gazetteer
from bot.dialogue.case_ages import born_later, restates
from bot.dialogue.connectives import in_german
from bot.dialogue.parents import for_parent, serves_age
from bot.dialogue.turns import about_the_family, same_help
from bot.models import AgeRange, Request
from bot.text import fold

__all__ = ["end_child_age", "family_place", "in_family_area", "named_ends", "narrows",
           "one_of_the_children", "same_child_again", "same_help_for_another"]


def same_child_again(previous: Request, new: Request, text: str) -> bool:
    """A need for the child spoken of, named only by a word of its age and no place of its own.

    "Gibt es für das Baby auch eine Krabbelgruppe?" about a 5-month-old, "nach der Geburt" in a
    pregnancy: the words restate the known child (no number names another one), so the need is
    one more for this family, not a new case without a place.
    """
    if new.age is None or new.place is not None or new.place_candidates:
        return False
    return restates(previous.age, new.age, text) or born_later(previous.age, new.age, text)


# a child named by its age with a definite article: "the 11-year-old", "die Zweijährige", "der
# 9-Jährige" — one the conversation already knows, not a new family
_AGED = re.compile(r"\b(?:der|die|den|dem|das|the|your|ihr\w*|sein\w*|her|his)\s+"
                   r"(?:\d{1,2}\s*-?\s*(?:jaehrig\w*|j\b|years?[- ]old)|[a-z]+jaehrig\w*)")


def one_of_the_children(previous: Request, new: Request, text: str) -> bool:
    """Tell a turn about one of the children spoken of, named by its age: "the 11-year-old is
    skipping school" after "three kids 4, 7 and 11", "Und die Zweijährige braucht einen
    U3-Platz" after "drei Kinder (2, 5 und 9)". Its age lies within the family's span and the
    article says the child is known: the family's place and case stay."""
    old, age = previous.age, new.age
    if old is None or age is None or old.high - old.low < YEAR:
        return False
    return old.low <= age.low and age.high <= old.high and bool(_AGED.search(fold(text)))


def in_family_area(previous: Request, new: Request, gazetteer: Gazetteer) -> bool:
    """Tell a turn whose place, if any, lies in the case's place ("in der Innenstadt" of Unna)."""
    known = previous.place
    places = (new.place,) if new.place else new.place_candidates
    return not places or known is None or any(
        p == known or known in gazetteer.ancestors(p) for p in places)


def family_place(previous: Request | None, said: Request, request: Request, text: str,
                 home: str | None, gazetteer: Gazetteer) -> tuple[Request, str | None]:
    """Return a follow-up with the place of the child it is about, and the family's home.

    "Für die Neunjährige speziell: gibt es eine OGS in der Innenstadt?" names where that child's
    offer should be, not where the family lives: the home stays the town, and "Und die
    Zweijährige braucht einen U3-Platz" (a child named by its age, no place) searches there
    again. A new case, or a place said otherwise (a move, "die wohnen eigentlich in
    Brambauer"), is the new home. `previous` is None for a new case."""
    place = request.place
    if previous is None:
        return request, place
    if said.place is None and home and place and place != home and (
            home in gazetteer.ancestors(place)) and _AGED.search(fold(text)):
        return replace(request, place=home), home
    if said.place is not None and one_of_the_children(previous, said, text):
        return request, home or previous.place
    return request, place


def same_help_for_another(previous: Request, new: Request, text: str,
                          catalogue: Catalogue) -> bool:  # fmt: skip
    """Tell a turn that asks the help spoken of for another child ("die Kleine, 4, … gibts für
    die auch was?"): a sibling or an age of its own. For the same child ("für ihn auch was zum
    Sport?") its need is a need; for a parent the parents' needs are meant (`for_parent`).

    The help spoken of must exist at that child's age: after tutoring for a 9-year-old, "die
    Schwester ist vier, die spricht kaum Deutsch, gibt es für die auch was?" asks "something"
    for her, and what the turn tells about her (language) is her need.
    """
    other = about_the_family(text) or (new.age is not None and new.age != previous.age)
    if not (other and same_help(text) and not for_parent(text)):
        return False
    needs = previous.main_topics or previous.topics[:1]  # tutoring paid by BuT: both, or none
    return all(serves_age(t, new.age, catalogue) for t in needs)


YEAR = 12  # months: an age span this wide is a group of children, not one child


def narrows(previous: Request, new: Request, gazetteer: Gazetteer) -> bool:
    """Tell one child of the group spoken of: "Konkret geht es um einen Jungen (9) in Selm."

    After a question about a group ("Kinder zwischen 8 und 12 kreisweit") a turn naming no need
    but an age inside the group's span and a place inside its area is a case of that group: the
    need stays. An age or a place outside is another case.
    """
    old, age = previous.age, new.age
    if old is None or age is None or old.high - old.low < YEAR or age == old:
        return False
    if not (old.low <= age.low and age.high <= old.high):
        return False
    place = new.place
    return (place is None or previous.place is None or place == previous.place
            or previous.place in gazetteer.ancestors(place))



# One of the children spoken of, named by its place among them with an article ("für den Großen",
# "die Kleine", "el pequeño" read as "der kleine" by `in_german`, "the older one"). The plural
# ("die Kleinen", "mit den Kleinen") is all the young children, no one of them.
_END = re.compile(r"\b(?:(?P<before>\w+)\s+)?(?P<article>der|die|den|dem|das|the)\s+(?:"
                  r"(?P<young>kleinen?|kleinere?n?|kleinste?n?|juengere?n?|juengste?n?|younger|"
                  r"youngest|little\s+one)|(?P<old>grossen?|groessere?n?|groesste?n?|aeltere?n?|"
                  r"aelteste?n?|older|oldest|eldest|big\s+one))\b")
_DATIVE = frozenset(("mit", "von", "zu", "bei", "nach", "aus", "seit", "gegenueber", "with"))


def named_ends(folded: str) -> list[tuple[re.Match[str], str]]:
    """Each one child named by its place among the children in a folded text ("der jüngere",
    "the eldest"), with "youngest" or "oldest"."""
    ends = []
    for found in _END.finditer(folded):
        word = found.group("young") or found.group("old")
        article = found.group("article")
        if word.endswith("n") and (article == "die" or (
                article == "den" and found.group("before") in _DATIVE)):
            continue  # "die Kleinen", "mit den Großen": the children of that age, all of them
        ends.append((found, "youngest" if found.group("young") else "oldest"))
    return ends


def _end(text: str) -> str | None:
    ends = named_ends(in_german(fold(text)))
    return ends[0][1] if ends else None


def end_child_age(previous: Request, text: str) -> tuple[bool, AgeRange | None]:
    """The age of the child a longer follow-up names by its place among the children, if any.

    "Gibt es für den Großen auch eine Beratung?" after "die beiden sind 6 und 9": the oldest
    year of the span the case holds. After a turn about one end ("el grande, 6") the other end
    ("y para el pequeño …?") is another child whose age is not known here: None, so it is asked
    rather than the last child's carried. (False, …) when the turn names no end or the known age
    is one child's ("die Kleine" is then that child).
    """
    end, old = _end(text), previous.age
    if end is None or old is None:
        return False, old
    if old.high - old.low >= YEAR:
        low = old.low if end == "youngest" else old.high - YEAR + 1
        return True, AgeRange(low, low + YEAR - 1)
    last = _end(previous.text.rsplit(" | ", 1)[-1])
    return (True, None) if last is not None and last != end else (False, old)
