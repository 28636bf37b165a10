"""The forms a vocabulary term is found in: as written, joined into one word, and female.

Kept apart from the topic index so that the index's own module holds only the finding.
"""

from __future__ import annotations

# heads of the weak person nouns ("der Pate, die Paten", "der Lotse", "der Psychologe"), whose
# female form takes "-in" in place of the "-e" or "-en": "Lesepaten" → "Lesepatin"
WEAK_HEADS = ("pate", "lotse", "loge", "goge")


def female_forms(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The female forms of a term naming a person by an "-er" noun ("Care Leaver" → "Care
    Leaverin", "Care Leaverinnen") or a weak noun ("Lesepaten" → "Lesepatin", "Lesepatinnen"):
    the vocabulary lists the masculine form once."""
    last = words[-1]
    if len(last) < 5:
        return ()
    if last.endswith("er"):
        return tuple((*words[:-1], last + ending) for ending in ("in", "innen"))
    single = last[:-1] if last.endswith("en") else last
    if single.endswith(WEAK_HEADS):
        return tuple((*words[:-1], single[:-1] + ending) for ending in ("in", "innen"))
    return ()


def phrase_forms(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The forms a vocabulary term is found in: as written, as one word when it has two or three
    ("Eltern-Kind-Gruppe" written "Elternkindgruppe"), and its female forms."""
    forms = [words]
    if 1 < len(words) <= 3:
        forms.append(("".join(words),))
    return forms + list(female_forms(words))
