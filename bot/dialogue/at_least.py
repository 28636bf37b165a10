"""At least an interpreter: the least help asked once the wished language has no offer.

"Ok, atunci măcar un Sprachmittler pentru discuția cu Kita?" after "există asta în română?",
"dann wenigstens einen Dolmetscher für das Elterngespräch?", "Ладно, тогда хотя бы
Dolmetscher …": the writer takes the gap in the family's language and asks, at the least, for
someone to carry that language into the help already asked. Read as a request of its own, the
mediator's need replaced the case's and the language went with it (a changed need does not
inherit the language), so the interpreter was searched for in no language at all. A mediator
names no language of its own: it is always for the family's. So the case's language stays and
the mediator is asked besides the case's need. Without a word of the minimum ("dann mit
Sprachmittler") the turn is read as before. Words in `dialogue_turns.toml [at_least]`.
"""

from __future__ import annotations

import re
from functools import cache

from bot.models import Request
from bot.text import fold
from bot.vocabulary.lexicon import _load as load_toml

__all__ = ["asks_at_least_mediator"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word of the minimum, and a mediator's stem (folded)."""
    section = load_toml("dialogue_turns.toml")["at_least"]
    words = sorted(section["minimum"], key=len, reverse=True)
    minimum = "|".join(re.escape(fold(w)) for w in words)
    stems = "|".join(re.escape(fold(w)) for w in section["mediators"])
    return (re.compile(rf"(?<!\w)(?:{minimum})(?!\w)"),
            re.compile(rf"(?<!\w)\w*(?:{stems})\w*"))  # fmt: skip


def asks_at_least_mediator(previous: Request, new: Request, text: str) -> bool:
    """Tell a follow-up that asks at least for a mediator of the language the case wished.

    The case must wish a language and the turn name none of its own ("wenigstens einen
    Dolmetscher für Russisch" already keeps Russian). An age told beside it does not matter:
    the family's language is that of each of its children.
    """
    if not previous.languages or new.languages:
        return False
    folded = fold(text)
    minimum, mediator = _patterns()
    return bool(minimum.search(folded) and mediator.search(folded))
