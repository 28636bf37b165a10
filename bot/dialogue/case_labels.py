"""Cases of one conversation told apart by their names, and turns that go back to one of them.

A case conference or a handover goes through several families and names them: "Fall 1: …",
"Fall 2: Kind 6 J., Werne, …", "Familie Yilmaz: …". A later turn may go back to one of them
("Zu Fall 2 noch: die Mutter sucht eine Gruppe für Alleinerziehende", "Zurück zum ersten Fall:
…"): that case's child and place are meant, not those of the family spoken of last, and "Fall 2"
after "zu" names no new case. The session keeps each named case's last request; a turn that
goes back swaps it in and is read without its reference, as a follow-up of that case. The words
are data (`dialogue_turns.toml [case_label]`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.dialogue.session import Session
from bot.dialogue.turns import vocabulary
from bot.text import fold

__all__ = ["back_to_case", "case_label", "with_case"]


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len,
                                                                          reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The name of a case ("fall 2", "zweiter fall", "familie yilmaz"), and a turn's opening
    that goes back to one ("nochmal zu fall 1:", "zurueck zum ersten fall:")."""
    data = vocabulary()["case_label"]
    nouns, ordinals = _alternatives(data["nouns"]), _alternatives(list(data["ordinals"]))
    not_names = _alternatives(data["not_names"])
    name = (rf"(?:(?P<ordinal>{ordinals})(?:e|er|es|en|em)?\s+(?P<onoun>{nouns})"
            rf"|(?P<noun>{nouns})\.?\s+(?:nr\.?\s*|no\.?\s*|#\s*)?"
            rf"(?:(?P<number>\d{{1,2}})|(?!(?:{not_names})\b)(?P<name>[a-z][a-z-]+)))\b")
    label = re.compile(rf"(?:^|[\s,.;]){name}\s*[:\-–—]")
    fillers, back = _alternatives(data["fillers"]), _alternatives(data["back"])
    reference = re.compile(rf"^\W*(?:(?:{fillers})\b[\s,]*)*(?:{back})\s+(?:dem\s+|der\s+|the\s+)?"
                           rf"{name}(?:[\s,]*(?:{fillers})\b)*\s*[:\-–—,.]?\s*")
    return label, reference


def _key(found: re.Match[str]) -> str:
    """One key for the ways of naming a case: "fall:2" for "Fall 2" and "zweiter Fall"."""
    data = vocabulary()["case_label"]
    noun = found.group("noun") or found.group("onoun")
    kind = "familie" if noun in ("familie", "family", "fam") else "fall"
    if found.group("ordinal"):
        return f"{kind}:{data['ordinals'][found.group('ordinal')]}"
    return f"{kind}:{found.group('number') or found.group('name')}"


def case_label(text: str) -> str | None:
    """The name a turn gives the case it opens ("Fallberatung 12.11., Fall 1: Schwangere …"),
    None when it names none. A surname counts only when written with a capital."""
    found = _patterns()[0].search(fold(text))
    if found is None:
        return None
    if found.group("name") and not _capital(text, found.group("name")):
        return None
    return _key(found)


def _capital(text: str, folded_name: str) -> bool:
    """Tell a name written with a capital in the original text ("Familie Yilmaz")."""
    for word in re.findall(r"\w[\w-]*", text):
        if fold(word) == folded_name:
            return word[:1].isupper()
    return False


def back_to_case(session: Session, text: str) -> tuple[Session, str]:
    """The session and text a turn that goes back to a named case is read with.

    "Zurück zum ersten Fall: das Mädchen möchte auch in einen Sportverein" after "Zweiter Fall:
    …": the first case becomes the open one again (the one left is kept under its name), and the
    text is what follows the reference. A reference to the open case, or to one never named,
    still names no new case: only the reference goes. Other turns come back unchanged.
    """
    folded = fold(text)
    found = _patterns()[1].match(folded)
    if found is None or session.request is None or not folded[found.end():].strip():
        return session, text
    rest = _cut(text, found.end())
    key = _key(found)
    earlier = dict(session.cases)
    if key == session.label or key not in earlier:
        return session, rest
    if session.label is not None:
        earlier[session.label] = session.request
    request = earlier.pop(key)
    return replace(session, request=request, label=key, cases=tuple(earlier.items()), asked=None,
                   asked_candidates=(), ranked=(), alternatives=(), children=(), home=None,
                   page=0), rest


def _cut(text: str, folded_end: int) -> str:
    """The text as typed from where its folded form reaches `folded_end` ("ä" folds to two)."""
    for cut in range(len(text) + 1):
        if len(fold(text[:cut])) >= folded_end:
            return text[cut:]
    return ""


def with_case(session: Session, same: bool, text: str) -> Session:
    """The session with its cases told apart after a turn: a new case keeps the one left under
    its name and takes the name the turn gives it (or none); a follow-up keeps the open one's."""
    if same:
        return session
    cases = dict(session.cases)
    if session.label is not None and session.request is not None:
        cases[session.label] = session.request
    return replace(session, label=case_label(text), cases=tuple(cases.items()))
