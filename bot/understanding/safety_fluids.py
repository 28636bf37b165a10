"""A drink verb followed by an amount tells fluid intake, not a carer's drinking.

"Mutter trinkt" beside a baby is a carer who drinks; "Mutter trinkt kaum, Baby nimmt schlecht zu",
"trinkt nicht genug, die Milch reicht nicht", "Kleine trinkt zu wenig" tell how much a nursing
mother or a baby takes in — a matter for the midwife and the Frühe Hilfen. German says the amount
right after the verb (an adverb of quantity, often negated or intensified: "kaum", "viel zu
wenig", "nicht genug"), so the verb followed by such an amount, with only words of degree between
("selbst viel zu", "nicht"), is no sign of drinking; "Vater trinkt, sie schafft es kaum noch"
names another clause's amount. The words are data (`[fluids]` in `bot/data/safety.toml`).
"""

from __future__ import annotations

from functools import cache
from typing import Protocol, TypeVar

from bot.text import fold
from bot.vocabulary.lexicon import safety_lexicon


@cache
def _fluids() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    data = safety_lexicon().get("fluids", {})
    return (frozenset(fold(w) for w in data.get("verbs", ())),
            frozenset(fold(w) for w in data.get("amounts", ())),
            frozenset(fold(w) for w in data.get("degree", ())),
            int(data.get("reach", 4)))  # fmt: skip


def fluid_intake(words: list[str], at: int) -> bool:
    """Tell whether the drink verb at `at` is followed, in its clause, by an amount of fluid
    ("trinkt kaum", "trinkt selbst viel zu wenig", "drinks hardly anything"); plenty ("trinkt
    viel", "trinkt zu viel") names no such amount and stays a sign."""
    verbs, amounts, degree, reach = _fluids()
    if words[at] not in verbs:
        return False
    for word in words[at + 1 : at + 1 + reach]:
        if word in amounts:
            return True
        if word not in degree and not word.isdigit():  # "trinkt nur 300 ml": a number of ml
            return False  # another word or a mark: the amount is not the verb's
    return False


class _Credit(Protocol):
    position: int
    term: str


C = TypeVar("C", bound=_Credit)


def without_fluids(credits: list[C], words: list[str]) -> list[C]:
    """Take back a need's credit whose words hold a drink verb told with an amount ("Mutter trinkt
    kaum" names no parent's addiction): the credit's phrase starts at its position."""
    verbs = _fluids()[0]  # the drink verbs first: most messages hold none (speed)
    if not any(fluid_intake(words, i) for i, word in enumerate(words) if word in verbs):
        return credits
    def told(credit: C) -> bool:
        end = min(len(words), credit.position + len(credit.term.split()))
        return any(fluid_intake(words, i) for i in range(credit.position, end))

    return [c for c in credits if not told(c)]
