"""A child named as someone's sibling: the age told of that someone is not the child's.

"Unterstützung für das Geschwisterkind eines verstorbenen Säuglings. Der Junge zieht sich
zurück", "geschwisterkind von unserem frühchen (liegt seit 6 wochen bei uns)", "die Schwester von
einem Dreijährigen": the words after "Geschwister … eines", "Bruder von" name the other child, and
a stage or an age in them ("Säugling", "Frühchen … 6 Wochen") is that child's. Read as a whole,
the request takes it for the age of the child it is about; and a stage's needs ("Säugling" brings
early help) join the need. Without those words the request says what it says of its own child:
its age, or none (then the assistant asks), and its need. Only in a conversation, where the
age can be asked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.catalogue import Catalogue
from bot.dialogue.relatives import same_situation
from bot.models import Request
from bot.understanding import understand

__all__ = ["beside_sibling", "sibling_told"]

_ARTICLE = (r"(?:der|die|das|dem|den|des|einem|einer|eines|einen|nem|ner|nen|unserem|unserer|"
            r"unseres|ihrem|ihrer|seinem|seiner|meinem|meiner|a|an|the|her|his|our|their)")
# words that end the other child's phrase: a relative pronoun, a conjunction, a verb of being
_STOP = r"(?:der|die|das|den|dem|who|which|that|und|and|mit|with|ist|is|hat|has|war|was)\b"
_SIBLING_OF = re.compile(
    r"\b(?:geschwister\w*|br(?:u|ü|ue)der\w*|schwester\w*|halbbr(?:u|ü|ue)der|halbschwester|"
    r"brothers?|sisters?|siblings?)"
    r"(?:\s*\(\s*\d+[^)]*\)|\s*,\s*\d+\s*,)?"  # "Schwester (6) eines …": her own age stays
    rf"\s+(?P<of>(?:(?:von|vom|of)\s+(?:{_ARTICLE}\s+)?|(?:eines|einer|des|der)\s+)"
    rf"(?:(?!{_STOP})[^\W\d]+\s*){{1,3}}(?:\([^)]*\))?)",
    re.I,
)


def beside_sibling(request: Request, text: str, catalogue: Catalogue) -> Request:
    """The request as its own child's when the age read was the sibling's, else as it was."""
    found = _SIBLING_OF.search(text)
    if found is None or request.age is None:
        return request
    rest = text[:found.start("of")] + " " + text[found.end("of"):]
    own = understand(rest, catalogue)
    if own.age == request.age:
        return request
    place = own.place or request.place
    candidates = () if place else own.place_candidates or request.place_candidates
    return replace(own, text=request.text, place=place, place_candidates=candidates)


# "ihr Bruder ist 17", "sein großer Bruder (15)", "her brother is 12", "uska bhai toh 17": a
# sibling of the case's child, by a possessive, and the age right after it ("she's 8, mixed her
# up with her sister" corrects the child)
_POSSESSED = re.compile(r"\b(?:ihr|ihre|sein|seine|deren|dessen|her|his|their|uska|uski|uske)\s+"
                        r"(?:(?:grosse|grosser|kleine|kleiner|aeltere|aelterer|juengere|juengerer"
                        r"|older|younger|big|little)\s+)?(?:bruder|schwester|brother|sister|bhai"
                        r"|behen|behan)\b(?:\s+[a-z]+){0,2}?[\s,(]+\d")  # fmt: skip
_ASKED_FOR = re.compile(r"\?|\b(?:fuer\s+(?:ihn|sie|den|die)|for\s+(?:him|her)|auch\s+was"
                        r"|gleiche\w*\s+problem|same\s+problem|ebenfalls|ayni\s+problem"
                        r"|also\s+something|gibt\s+es|gibts)\b"
                        r"|\b(?:auch|too|ebenfalls)\W*$")  # "und seine Schwester, 13, auch"


def sibling_told(folded: str, needs_named: bool) -> bool:
    """Tell a later turn that only tells of the case child's sibling ("ihr Bruder ist 17, er wohnt
    auch zu Hause"): its age is the sibling's, the case's child keeps hers — unless the turn asks
    for the sibling, names a need of its own or puts the sibling in the case's situation."""
    return (_POSSESSED.search(folded) is not None and not needs_named
            and _ASKED_FOR.search(folded) is None
            # "Ihre Schwester (16) zeigt ähnliche Anzeichen": she is asked about
            and not same_situation(folded))  # fmt: skip
