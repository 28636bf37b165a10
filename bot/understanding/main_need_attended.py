"""A course a member of the family attends is the family's day, not a need of its own.

"Sie brauchen dringend einen Kitaplatz, die Mutter fängt einen Integrationskurs an" asks for a
Kita place; the mother's integration course is why the child needs care in the mornings. "KM …
muss ab morgen zum Integrationskurs, braucht Tagesmutter" asks for a childminder. Read as a main
need, the course's topic (migration) brings its counselling offers as „passend“, and where no
childminder is held the honest gap is hidden. So a topic whose every strong word stands in a
clause with a verb of attending (`[attended] verbs`: besucht, fängt … an, muss zum, macht) and a
help noun, where nothing asks, wishes or denies (`[attended] unless`), is context
(`main_need_context.context_topics`): its offers become marked alternatives.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from bot.text import fold
from bot.understanding.main_need_positions import (
    COMPOUND,
    asked_positions,
    help_noun,
    need_vocabulary,
)
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import main_need_lexicon


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of attending and the words that undo them, folded once."""
    data = main_need_lexicon().get("attended", {})

    def folded(values: Iterable[str]) -> frozenset[str]:
        return frozenset(fold(v) for v in values)

    return folded(data.get("verbs", ())), folded(data.get("unless", ()))


def attended_positions(words: Words) -> frozenset[int]:
    """Positions of the parts of clauses that tell a course attended: a verb of attending beside
    a compound naming a help ("Integrationskurs", "Sprachkurs"), nothing that asks, wishes or
    denies in the part. A clause is cut at "und"/"oder": "muss zum Integrationskurs und braucht
    eine Tagesmutter" tells the course and asks for the childminder."""
    verbs, unless = _lexicon()
    coordinating = _coordinating()
    parts: dict[tuple[int, int], list[int]] = {}
    cut, last = 0, None
    for i, (n, word) in enumerate(zip(words.clause, words.folded, strict=True)):
        if n != last:
            cut, last = 0, n
        if word in coordinating:
            cut += 1
            continue
        parts.setdefault((n, cut), []).append(i)
    found: set[int] = set()
    for positions in parts.values():
        said = {words.folded[i] for i in positions}
        if (said & verbs and not said & unless
                and any(help_noun(w) == COMPOUND for w in said)):
            found.update(positions)
    return frozenset(found)


def attended_topics(words: Words, credits: list[Credit], main: tuple[str, ...]) -> set[str]:
    """Main needs whose every strong word stands in a clause telling a course attended, when
    another main need a word names is left (the course alone may be what is asked about) and
    the asking words do not ask for help with the story ("Gibt es Unterstützung auf
    Ukrainisch?": the family's arrival is part of what that help is for)."""
    attended = attended_positions(words)
    if not attended or _asks_open(words, attended):
        return set()
    found = set()
    for topic in main:
        strong = [c for c in credits if c.topic == topic and c.strong]
        if strong and all(c.position in attended for c in strong):
            found.add(topic)
    if not any(c.topic in main and c.topic not in found for c in credits):
        return set()
    return found


def _asks_open(words: Words, attended: frozenset[int]) -> bool:
    """Whether a word outside the attended parts that asks for help with the story's matter
    (`[story] open`: Unterstützung, Hilfe, Beratung) stands among the asking words."""
    opening = need_vocabulary().open_help
    return any(words.folded[i].startswith(opening) for i in asked_positions(words)
               if i not in attended)


@cache
def _coordinating() -> frozenset[str]:
    """The words that join two parts of a clause (`[help] coordinating`)."""
    return frozenset(fold(w) for w in main_need_lexicon()["help"].get("coordinating", ()))
