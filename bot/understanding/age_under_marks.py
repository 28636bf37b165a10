"""A child noun marked with an age group's shorthand: "2 Kinder U3", "Kd. Ü3", "Tochter (U3)".

Files and counter notes give small children's ages as the care system's groups: "U3" (under
three, a crèche place) and "Ü3" (three until school). Beside a child noun the mark is that
child's age as a number would be ("Kundin 23 J, 2 Kinder U3" asks for the children, not for the
client of 23), so the mention reader (`age_mentions`) reads it as the child's own mention, which
outranks an adult's or a client's number. A mark standing alone or naming a group ("in unserer
U3-Gruppe", "U3-Platz") stays a life-stage word for the age reader's last tier, where a told age
beside it wins; after "zur" it is a check-up ("Kind zur U3"), no child noun right before it.
Which marks are age groups is data: the `u…`/`ue…` stages of `bot/data/lexicon.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.understanding.age_spans import child_word
from bot.vocabulary.lexicon import AgeVocabulary

# a word, an abbreviation's dot, an opening bracket, then the mark not joined to a compound
_MARKED = re.compile(r"\b(?P<noun>[a-z]+)\.?\s*\(?\s*(?P<mark>ue?)\s?(?P<n>\d)\b(?!\s*-\s*[a-z])")


def under_marks(text: str, vocab: AgeVocabulary) -> Iterator[tuple[int, int, int, int, str]]:
    """Yield start, end, low and high months and the noun of each child noun's age-group mark."""
    for m in _MARKED.finditer(text):
        stage = vocab.stages.get(m.group("mark") + m.group("n"))
        if stage and child_word(m.group("noun"), vocab):
            yield m.start("mark"), m.end(), stage[0], stage[1], m.group("noun")


__all__ = ["under_marks"]
