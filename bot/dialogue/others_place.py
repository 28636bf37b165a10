"""A follow-up that names someone else's place: the case's place stays.

After a family in Kamen, "Die Tante wohnt in Bönen und holt sie manchmal ab", "Der Opa in Bönen
hilft aus", "Die Schule ist aber in Massen", "mein Büro ist in Unna", "Ihr Freund wohnt noch in
Bergkamen" or "Der Vater ist nach Schwerte gezogen, er sieht ihn jedes zweite Wochenende" tell
where a relative lives, where the child is met or where someone works. A single request's place
readers know such roles among several places (`place_roles`, `place_choice.home`); a follow-up
names only the one, so it became the family's place and offers for a town the family does not
live in were shown as fitting.

Here a turn's clauses that speak of someone else's place are set aside and the place is read
from the rest: "pardon, Rottum! In Derne wohnt die Oma" is about Rottum, "Kamen – Bönen ist die
Schule" about Kamen, and a turn with nothing else keeps the case's place (or, with none, asks).
A clause stays the family's when it names the family or the child living there, or with someone
("wohnt bei der Oma in Lünen", "zu ihrer Schwester nach Werne gezogen"); a parent's place is
someone else's only where the turn tells of a separation or visits ("jedes zweite Wochenende"); a
turn that asks about that place ("Die Mutter arbeitet in Unna – gibt es das auch dort?") wants
it. Where the case has no place yet, a school's or office's town may be the only answer the writer
has (labels take "unsere Schule ist in Königsborn" as the place): only relatives' homes are set
aside then. The words are data (`[others_place]` of `dialogue_turns.toml`).
"""

from __future__ import annotations

import re
from functools import cache

from bot.dialogue.turns import vocabulary, word_pattern
from bot.text import fold

__all__ = ["asks", "without_others_places"]

# a clause ends at a sentence mark, a comma or a dash between words, or a dictated one
_CLAUSE = re.compile(r"[,.;:!?()\n–—]|\s-\s|\b(?:punkt|komma|Punkt|Komma)\b")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    section = vocabulary()["others_place"]
    return {name: word_pattern(words) for name, words in section.items()}


def without_others_places(text: str, institutions: bool) -> str | None:
    """The turn without its clauses about someone else's place, or None when it has none.

    `institutions`: a school's, Kita's or office's place counts as someone else's too (only once
    the case has a place of its own)."""
    words = _patterns()
    apart = bool(words["apart"].search(fold(text)))
    kept, dropped = [], False
    for clause in _CLAUSE.split(text):  # the clauses as written: capitals tell a place's name
        said = fold(clause)
        others = bool(words["kin"].search(said) or (apart and words["parent"].search(said))
                      or (institutions and words["place_of"].search(said)))
        if others and not (words["family"].search(said) or words["wants"].search(said)):
            dropped = True
        elif words["back"].search(said):
            return None  # "Kita liegt in Brambauer, Familie wohnt auch da": the place is theirs
        else:
            kept.append(clause.strip())
    return ", ".join(c for c in kept if c) if dropped else None


def asks(text: str) -> bool:
    """Tell a turn that asks for something ("?", "braucht", "gibt es"): its need is its own."""
    return "?" in text or bool(_patterns()["wants"].search(fold(text)))
