"""The case already spoken of, named again: does a message go on about the open case's family?

"das Kind ist 4", "Sie hat außerdem …", "the older one", "Nachtrag: …" tie a message to the child
or family of the open case (`about_the_case`), and "ändert das was?" asks the last question again
(`asks_same_again`). Split from `phrases` (which reads the short phrases of a turn) because these
patterns grow with every way people refer back.
"""

from __future__ import annotations

import re

from bot.dialogue.connectives import in_german
from bot.text import fold

__all__ = ["about_the_case", "asks_same_again"]


# The case already spoken of, named again — one mechanism for every place in a message: a
# person of the case named as known, with a definite article or a possessive ("das Kind ist 4",
# "dass die Mutter trinkt", "Ihr Vater …", "the mum …"), a pronoun opening the message ("sie ist
# 4 und …", "Er hat erzählt, …"), or an additive word ("Die Mutter ist außerdem schwanger", "also
# needs …"). A person introduced anew ("Kundin mit Sohn 6, OGS fehlt") is none of them; neither
# is "wir" — the asker's team, not the family. Which of the children is meant may stand between
# article and noun, counted or set apart ("das erste Kind", "die beiden Großen", "die zwei Jungs",
# "das andere Kind"): still a child of the family spoken of, whose place stays.
_ADDITIVE = re.compile(r"\b(?:ausserdem|zusaetzlich|ebenfalls|darueber hinaus|auch noch|also|too|"
                       r"(?:gibt\s+es|gibts|gibt's|hat|haben|habt)\s+(?:\w+\s+)?auch|"
                       r"as well|additionally|besides)\b")  # fmt: skip
# One of the children spoken of: "Einer davon ist erst 12", "one of them", "die Ältere davon".
_ONE_OF_THEM = re.compile(r"\b(?:einer|eine|eines|einen|einem|zwei|beide|one|two|both|"
                          r"(?:aelter|juenger|groesser|kleiner|aeltest|juengst|older|younger|"
                          r"eldest|youngest)\w*)\s+"
                          r"(?:davon|von\s+(?:ihnen|denen|den\s+\w+)|of\s+(?:them|the\s+\w+))\b")
# "beide gehen in die OGS …", "both go to …": the children spoken of, named as all of them
_OPENING_PRONOUN = re.compile(r"^\W*(?:sie|er|es|she|he|it|they|(?:die\s+|alle\s+)?beiden?|both)\b")
_KNOWN_PERSON = re.compile(
    r"\b(?:die|das|der|den|dem|the|unsere?|our|ihre?|ihrem|ihren|seine?|seinem|seinen|deren|"
    r"dessen|her|his|their)\s+(?:(?:\d{1,2}\s*-?\s*(?:jaehrig\w*|j)|grosse|grossen|groessere?n?|"
    r"aeltere?n?|aelteste?n?|juengere?n?|juengste?n?|kleinste?n?|mittlere?n?|older|younger|"
    r"oldest|youngest|eldest|elder|big|little|middle|"
    # which of the children, counted or set apart ("das erste Kind", "die beiden Großen", "die
    # zwei Älteren", "das andere Kind", "the other two"): a child of the family spoken of
    r"erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|beiden|beide|zwei|drei|vier|"
    r"andere[nrs]?|uebrige[nrs]?|first|second|third|other|two|three)\s+){0,2}"
    r"(?:familie|family|kind|kinder|kindern|child|children|kids|baby|"
    r"babys|babies|saeugling|saeuglinge|kleinkind|kleine|zwillinge|twins|"
    r"kleiner|kleinen|junge|jungen|jungs|maedchen|maedels|maedel|soehne|toechter|girls?|boys?|"
    r"sons|daughters|tochter|sohn|daughter|son|schuelerin|"
    r"schueler|patientin|patient|klientin|klient|mutter|mama|kindsmutter|kindesmutter|vater|"
    r"papa|kindsvater|kindesvater|eltern|oma|opa|grosseltern|mother|mum|mom|father|dad|"
    r"parents"
    # one of the children spoken of, named by its age or place among them ("für den 9-jährigen",
    # "der Große", "die Älteste", "the older one")
    r"|\d{1,2}\s*-?\s*(?:jaehrig\w*|j)|grosse|grossen|aeltere?n?|aelteste?n?|juengere?n?|juengste?n?|"
    r"kleinste?n?|mittlere?n?|older\s+one|younger\s+one|oldest|youngest|eldest)\b"
)


# The same question again after a changed fact: "Ändert das was?", "gilt das dann auch?", "does
# that change anything?", "same there?" — the need asked before stays the need.
_SAME_AGAIN = re.compile(
    r"\b(?:aendert\s+(?:das|sich)\s+(?:da(?:durch|ran)\s+)?(?:et)?was|gilt\s+das\s+(?:dann\s+)?"
    r"(?:auch|noch)|bleibt\s+(?:es|das)\s+(?:dabei|gleich)|(?:does|would|will)\s+(?:that|this|it)\s+"
    r"change\s+(?:anything|something|things)|same\s+(?:there|then)|still\s+the\s+same)\b"
)


def asks_same_again(text: str) -> bool:
    """Tell "does that change anything?" after a new place or age: the need is the one before."""
    return bool(_SAME_AGAIN.search(fold(text)))


def about_the_case(text: str) -> bool:
    """Tell whether a message goes on about the child or family of the open case (in any of
    the languages of `connectives`: "are și un băiat" has "außerdem" a boy)."""
    folded = in_german(fold(text)).strip()
    return bool(_OPENING_PRONOUN.search(folded) or _KNOWN_PERSON.search(folded)
                or _ADDITIVE.search(folded) or _ONE_OF_THEM.search(folded))
