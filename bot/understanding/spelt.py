"""Numbers spelt out in full: a dictated request writes every number as a word.

"in der vierunddreißigsten Woche", "B zweihundertsechsunddreißig", "Mutter ist vierundvierzig":
the age parser reads the ages among them (`numbers.normalise`); every one of them, age or not,
says how old or how many and never what is needed, so the answer does not name it as a word it
has no offer for.
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.numbers import _UNITS_DE, _number_words, _ordinals


@cache
def _spelt_number() -> re.Pattern[str]:
    cardinals = "|".join(sorted(map(re.escape, _number_words()), key=len, reverse=True))
    ordinals = "|".join(sorted(map(re.escape, _ordinals()), key=len, reverse=True))
    units = "|".join(_UNITS_DE)
    # the tens no age needs, and hundreds and thousands ("B zweihundertsechsunddreißig")
    big = (rf"(?:(?:{units}|zehn|elf|zwoelf)?(?:tausend|hundert)(?:und)?)*"
           rf"(?:(?:(?:{units})und)?(?:vierzig|fuenfzig|sechzig|siebzig|achtzig|neunzig))?")
    return re.compile(rf"{big}(?:(?:{cardinals})(?:jaehrig\w*|mal|erlei)?"
                      rf"|(?:{ordinals})(?:e|en|er|es|em)?)?")


def is_spelt_number(word: str) -> bool:
    """Tell whether a folded word is a number spelt out ("vierunddreissigsten", "zwanzigjaehriger").

    Such a word says how old or how many, never what is needed: it is explained, not an
    unknown need word to name in the answer.
    """
    return bool(word) and _spelt_number().fullmatch(word) is not None
