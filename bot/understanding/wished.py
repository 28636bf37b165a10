"""A help told as a wish or plan for the child is the help asked (asked53).

"Tel.-Notiz: GM hat die Enkelin bei sich, KM in der Psychiatrie. Kind soll in die Kita." asks for
the Kita though no word asks: the modal verb's subject is the child, its direction a help. Such a
sentence counts as asking only where no sentence asks otherwise (see `normalise.words_of`), and only
by the grammar in `bot/data/wished.toml`: the word before the verb names the child or the family
(not the writer, not a professional), an object or direction follows, and the sentence reports no
one else's advice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from bot.text import fold
from bot.vocabulary.lexicon import _load as load_toml


@dataclass(frozen=True, slots=True)
class WishGrammar:
    """The word classes of a wish sentence, folded."""

    verbs: tuple[tuple[str, ...], ...]
    subjects: frozenset[str]
    between: frozenset[str]
    objects: frozenset[str]
    reported: frozenset[str]
    opening: frozenset[str]


@cache
def grammar() -> WishGrammar:
    """Load the wish grammar once."""
    data = load_toml("wished.toml")

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in data.get(key, ()))

    return WishGrammar(tuple(tuple(fold(v).split()) for v in data.get("verbs", ())),
                       words("subjects"), words("between"), words("objects"), words("reported"),
                       words("opening"))


def wished_at(sentence: Sequence[str], typed: Sequence[str]) -> int | None:
    """Where a sentence (folded words, and as typed) wishes a help for the child or family: the
    position of its verb, whose clause is the asked one ("Kid is 6, diagnosed ADHD, parents want
    a parent training": the training, not the diagnosis); None when it wishes none."""
    table = grammar()
    if any(word in table.reported for word in sentence):
        return None  # "die Erzieherin sagt, wir sollen zur Beratung": another's advice
    for start in range(len(sentence)):
        for verb in table.verbs:
            end = start + len(verb)
            if tuple(sentence[start:end]) != verb:
                continue
            if _subject_before(sentence, start, table) and _help_after(sentence, typed, end, table):
                return start
    return None


def _help_after(sentence: Sequence[str], typed: Sequence[str], end: int,
                table: WishGrammar) -> bool:
    """A help follows the verb: a direction or article anywhere after it ("soll ab Sommer in eine
    Kita"), or a noun right after it ("wünscht Willkommensbesuch"; typed with a capital, as nouns
    are) — "wünscht sich jemanden, der …" names a manner, "für sich …" no help yet."""
    if any(word in table.objects for word in sentence[end:]):
        return True
    position = end + (end < len(sentence) and sentence[end] in table.between)
    return position < len(typed) and typed[position][:1].isupper()


def _subject_before(sentence: Sequence[str], start: int, table: WishGrammar) -> bool:
    """The verb's subject, just before it past an age told beside it, is the child or family."""
    if start == 0:  # a note leaves out the subject told before ("Wünscht Willkommensbesuch")
        return sentence[0] in table.opening
    position = start - 1
    while position >= 0 and (sentence[position].isdigit() or sentence[position] in table.between):
        position -= 1
    return position >= 0 and sentence[position] in table.subjects
