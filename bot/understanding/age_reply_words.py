"""A bare reply to the age question in a family's language: "on bir" (Turkish eleven),
"dziewięć" (Polish nine), "sette" (Italian seven).

In a conversation the assistant asked "Wie alt ist das Kind?" and a professional writing in
German mixed with the family's language answers with the number alone in that language. Alone,
two words are too little for the foreign reader to tell the language, so the German age reader
never sees a number. Asked for the age, a reply that is wholly a number word of one of the
family languages the assistant knows (`foreign.toml`'s number sections) is that many years, as a
bare "11" is. A lone word of two letters ("no", "on") or an everyday German or English word is
no such reply: it is far likelier the writer's own language than Turkish ten.
"""

from __future__ import annotations

import re

from bot.models import AgeRange
from bot.understanding.age_values import years_range
from bot.understanding.foreign_rules import fold_foreign, vocabulary
from bot.vocabulary.lexicon import common_words, frequent_words

_NOT_WORD = re.compile(r"[^\w\s\-]+")  # marks and emoji around the number ("on bir 🙂")


def foreign_number_reply(text: str) -> AgeRange | None:
    """The age a reply that is nothing but a family language's number word names, in years."""
    folded = re.sub(r"[\s\-]+", " ", fold_foreign(_NOT_WORD.sub(" ", text))).strip()
    if not folded or (" " not in folded and (len(folded) <= 2 or folded in common_words()
                                             or folded in frequent_words())):
        return None
    value = vocabulary().numbers.get(folded)
    if value is None or value != int(value):
        return None
    months = years_range(value)
    return AgeRange(*months) if months else None
