"""Whether a place name that is also an ordinary German word stands as that word.

The Kreis Unna's towns and districts are also words: "Kamen" (came), "Heil" (unhurt), "Massen"
(masses), "Horst" (a first name). A verb form read as the town makes the assistant show another
town's offers as fitting, the worst error, so the words around the name are read as grammar:

- a verb first in its clause takes its subject, an adverb or an article after it ("Kamen
  gestern zu mir", "Kamen die Eltern schon zur Beratung?", "kamen ohne Jacke");
- an adjective that says how someone arrived stands before a participle ("Heil angekommen",
  "heil geblieben", "heil überstanden");
- a noun of quantity takes "an" or "von" and what there is much of ("Massen an Post", "Massen
  von Mails").

A preposition of place before the name ("in Kamen", "aus Heil") is read before this and wins.
The word classes are data (`[places.senses]` in `lexicon.toml`).
"""

from __future__ import annotations

import re
from functools import cache

from bot.text import fold
from bot.vocabulary.lexicon import _load

# a past participle: "angekommen", "geblieben", "durchgekommen", "überstanden" (folded: ue)
_PARTICIPLE = re.compile(r"(?:[a-z]*ge[a-z]{3,}(?:en|t)|ueber[a-z]{3,}(?:en|t))")


@cache
def _senses() -> dict[str, frozenset[str]]:
    data = _load("lexicon.toml")["places"]["senses"]
    return {key: frozenset(fold(w) for w in words) for key, words in data.items()}


def ordinary_sense(words: list[str], breaks: list[bool], start: int,
                   articles: frozenset[str]) -> bool:
    """Tell whether the one-word name at `start` stands as the ordinary word it also is.

    `words` are folded, `breaks[i]` marks a clause break before word i; `articles` are the
    index's determiners. A preposition after a clause's first word proves no verb: "Kamen auf
    Türkisch" is what "Kamen'de Türkçe" becomes when read into German, the town.
    """
    senses = _senses()
    word = words[start]
    after = words[start + 1] if start + 1 < len(words) and not breaks[start + 1] else ""
    if not after:
        return False  # "…, Kamen." alone at a clause's end is the place a professional tags
    if word in senses["verbs"] and breaks[start]:
        # the verb first in its clause: "Kamen gestern …", "Kamen die Eltern …?"
        return after in articles or after in senses["verb_first_after"]
    if word in senses["adjectives"]:
        return bool(_PARTICIPLE.fullmatch(after)) or after in senses["adjective_after"]
    if word in senses["quantities"]:
        return after in senses["quantity_after"]
    return False
