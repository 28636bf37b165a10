"""A turn that names two places and settles on one: the place it settles on is the case's.

"die mutter wohnt in lünen aber er selber pennt in unna also eher da", "Gemeldet ist er bei der
Oma in Fröndenberg, wohnt aber seit Sommer bei der Mutter in Unna-Alte Heide", "Vorher wohnten
sie in Lünen, jetzt erstmal hier in Unna": the first place is someone else's home, an old
address or a registration; the one after the turn (a contrast, "jetzt", "also …") is where the
young person is. Read whole, the understanding took the first place named, and the answer showed
offers for the wrong town as fitting. The words are data (`[two_places]` of `dialogue_turns.toml`).
"""

from __future__ import annotations

import re
from functools import cache

from bot.catalogue import Catalogue
from bot.dialogue.turns import vocabulary, word_pattern
from bot.text import fold
from bot.understanding import understand

__all__ = ["settled_place"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The turn's pivot (a contrast or a conclusion), the words that make the first place
    someone else's or an earlier one, and the words of a place that is no home (a Kita)."""
    section = vocabulary()["two_places"]
    return (word_pattern(section["pivot"]), word_pattern(section["elsewhere"]),
            word_pattern(section["not_home"]))


def settled_place(text: str, catalogue: Catalogue) -> str | None:
    """The place a turn settles on after naming another before it, else None.

    Only when the part before the pivot names a place as someone else's home, an old one or a
    registration ("die Mutter wohnt in …", "gemeldet …", "vorher …") and the part after names
    another place that is no institution ("die Kita ist in …" is where the child is met). "da"
    or "dort" after "also" points back to the place named last.
    """
    pivot, elsewhere, not_home = _patterns()
    folded = fold(text)
    found = pivot.search(folded)
    if found is None:
        return None
    before, after = folded[:found.start()], folded[found.start():]
    if not elsewhere.search(before) or not_home.search(after):
        return None
    first = understand(before, catalogue).place
    last = understand(after, catalogue).place
    if first is None or last is None or last == first:
        return None
    return last
