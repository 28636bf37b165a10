"""Facts a turn states of the open case, and whether a message names a need of its own.

"Wohnort der Kindesmutter: Lünen", "der Verein ist in Rünthe", "im 2. Lebensjahr", "zieht in den
Sommerferien nach Cappenberg": a turn that only states where the family lives, how old the child
is or where it moves completes the open case; it names no need of its own. Split from `cases`
(which decides same case or new one and merges) so that each stays readable.
"""

from __future__ import annotations

import re

from bot.catalogue import Catalogue
from bot.dialogue.attended import names_attended
from bot.dialogue.case_ages import stage_age
from bot.dialogue.corrections import without_negated
from bot.dialogue.phrases import ANSWER_WORDS, BARE_ANSWER_WORDS
from bot.dialogue.place_answers import (
    inner_nouns,
    states_location,
    without_located,
    without_mistakes,
    without_residence,
)
from bot.dialogue.session import Session
from bot.dialogue.turns import without_move
from bot.models import Request
from bot.text import fold
from bot.understanding import understand
from bot.understanding.age import understand_age_answer

__all__ = ["a_fact", "bare_answer", "only_moves", "own_need"]


def a_fact(new: Request, text: str, session: Session, catalogue: Catalogue) -> bool:
    """Tell a turn that only states a fact of the open case: where someone lives, or the age."""
    located = session.asked in ("place", "place_ambiguous") and _located(new, text)
    return located or _place_fact(new, text, catalogue) or (  # "im Kindergarten, 4": attended
        session.asked == "age" and (_age_words(new, text) or names_attended(new, text)))


def _located(new: Request, text: str) -> bool:
    """"der Verein ist in Rünthe" answering the place question: a place, no need of its own."""
    return ((new.age is None or stage_age(new, text)) and bool(new.place or new.place_candidates)
            and states_location(text) and len(fold(text).split()) <= ANSWER_WORDS)


def _age_words(new: Request, text: str) -> bool:
    """Tell a short age answer whose need words are the words of its age ("im 2. Lebensjahr").

    Without its need words, such a reply reads as another age or none: those words made the
    age, they name no need of their own. "Sprachförderung, Kind 4" keeps its age without
    "Sprachförderung", so there the need is its own.
    """
    if new.age is None or not new.keywords or len(fold(text).split()) > BARE_ANSWER_WORDS:
        return False
    folded = fold(text)
    rest = folded
    for term in new.keywords:
        rest = re.sub(rf"\b{re.escape(term)}\w*", " ", rest)
    return rest != folded and understand_age_answer(rest) != new.age


def _place_fact(new: Request, text: str, catalogue: Catalogue) -> bool:
    """Tell a short statement of where the family lives, and nothing else, from a new request.

    A new case needs a need of its own; a relative or "Wohnort" that happens to raise a topic is
    no need, so such a message adds its place to the open case and keeps age and need.
    """
    said = without_located(text)  # "…, unsere Kita liegt in Gahmen": where the child is met
    if said != text:  # the Kita's stage is no age of the child's either
        new = understand(said, catalogue)
    if new.age is not None or not (new.place or new.place_candidates):
        return False
    rest = without_residence(said)
    # "… hab ich verwechselt" adds no words, nor does the place turned down: "ah ne ne nicht
    # werne sie wohnt in selm beifang" corrects the place and says nothing else
    words = len(without_mistakes(fold(without_negated(said, catalogue))).split())
    if rest is None or words > ANSWER_WORDS * (1 + (said != text)):
        return False
    left = understand(without_mistakes(rest), catalogue)  # "…, sucht Sprachförderung": a need
    if said == text:
        return not own_need(left)
    # a longer place answer apologises or explains ("Verzeihung, das hätte ich dazuschreiben
    # sollen: …", "they actually live …"): only a noun nobody knows inside a sentence is a need
    return not ((left.topics and not left.general) or inner_nouns(left.unexplained, said))


def only_moves(text: str, catalogue: Catalogue) -> bool:
    """A turn telling the family's move and nothing needed beside it ("Gibt es dort …?" is)."""
    rest = without_move(text)
    return rest is not None and not own_need(understand(rest, catalogue))


# Articles say nothing of their own: "ein Kita-Kind, 4" is as bare as "Kita-Kind, 4".
_ARTICLES = frozenset(("ein", "eine", "einen", "ne", "nen", "n", "der", "die", "das", "a", "an",
                       "the"))


def bare_answer(text: str) -> bool:
    """A reply of a word or two ("schwanger", "ein Kita-Kind, 4") answers the question; it asks
    nothing."""
    words = [w for w in fold(text).split() if w not in _ARTICLES]
    return len(words) <= BARE_ANSWER_WORDS // 2


def own_need(request: Request) -> bool:
    """Tell whether a message names a need of its own (one we know, or words we do not)."""
    unexplained = getattr(request, "unexplained", ())
    return (bool(request.topics) and not request.general) or bool(unexplained)
