"""Whether the ending read after a pregnancy's week is the pregnancy's own.

`bot.understanding.pregnancy` skips a week followed, within its clause, by a word of an ending
("in der 21. SSW ihr Kind verloren", "22. SSW, Fehlgeburt"). The clause used to end at the next
comma; a text typed or dictated without punctuation runs on into what it tells next, and the
ending may then be another thing's: "Kl 17 J 28 SSW Schule abgebrochen" (the school was broken
off), "in der 8 Schwangerschaftswoche die einen Abbruch erwägt" (an abortion considered, still to
come). Two cues that do not depend on marks tell it:

- a noun of something else that ends (school, training, a job, a contact) between the week and the
  ending word is the ending's object: the pregnancy goes on;
- a wish, a plan or a doubt right after the ending's noun ("Abbruch erwägt", "Abbruch plant") makes
  it one to come.

Word lists in `bot/data/pregnancy_ended.toml`.
"""

from __future__ import annotations

import re
from functools import cache

from bot.vocabulary.lexicon import _load


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    data = _load("pregnancy_ended.toml")

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"\b"
                        for w in words)

    others = re.compile(rf"\b(?:{alternation(data['others'])})")
    intent = re.compile(rf"\b(?:{alternation(data['intent_after'])})")
    return others, intent, int(data["reach"])


def ending_elsewhere(ending: re.Match[str]) -> bool:
    """Tell whether the ending matched after a pregnancy's week (from the week's end to the
    ending word) is another thing's or still to come, so the week names a pregnancy now."""
    others, intent, reach = _words()
    if others.search(ending.group(0)):
        return True  # "28 SSW Schule abgebrochen": the school's ending
    after = re.findall(r"[^\W\d_]+|[,;.!?]", ending.string[ending.end():])[:reach]
    words = " ".join(after[: next((i for i, w in enumerate(after) if w in ",;.!?"), len(after))])
    return bool(intent.search(words))  # "einen Abbruch erwägt": one considered


__all__ = ["ending_elsewhere"]
