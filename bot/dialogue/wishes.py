"""A later turn that only wishes who should help or how: the case's need stays.

"mit arabisch sprechende Erzieher wenn möglich" after a Kita place, "am liebsten eine Frau als
Beraterin", "gern mit einer Hebamme, die nach Hause kommt" for a crying baby, "lieber
nachmittags", "nur online möglich?": the role, person, time or way named says who gives the help
already asked for, not another need. Read alone, the role nouns are needs of their own
("Erzieher" reads as upbringing courses, "online" as media, "nachmittags" as all-day care), and the
case's need was lost. A turn is such a wish when it carries a wish word and, once the who and how
words are masked, names no need of its own (or only the family's little German, the language's
reason). Words in `dialogue.toml [wish]`.
"""

from __future__ import annotations

import re
from functools import cache

from bot.catalogue import Catalogue
from bot.dialogue.language_reasons import only_language_reason
from bot.models import Request
from bot.text import fold
from bot.understanding import understand
from bot.vocabulary.lexicon import _load as load_toml

__all__ = ["only_wish"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The wish words, and the who/how words (beginnings up to the end of their word)."""
    section = load_toml("dialogue.toml").get("wish", {})
    markers = "|".join(re.escape(fold(m)) for m in section.get("markers", ()))
    starts = [*section.get("who", ()), *section.get("how", ())]
    words = "|".join(re.escape(fold(w)) for w in sorted(starts, key=len, reverse=True))
    persons = "|".join(re.escape(fold(w)) for w in section.get("persons", ()))
    return (re.compile(rf"(?<!\w)(?:{markers})(?!\w)"),
            re.compile(rf"(?<!\w)(?:(?:{words})\w*|(?:{persons})(?!\w))"))  # fmt: skip


def only_wish(new: Request, text: str, catalogue: Catalogue) -> bool:
    """Tell a follow-up that only wishes who or how the help already asked for is given.

    It needs a wish word and a who/how word, and no age of its own (an age names a child, whose
    need may be another); what is left once the who/how words are masked must name no need,
    or only why a language is wished ("sein Deutsch ist nicht so gut").
    """
    if new.age is not None:
        return False
    folded = fold(text)
    marker, who_how = _patterns()
    if not (marker.search(folded) and who_how.search(folded)):
        return False
    rest = understand(who_how.sub(" ", folded), catalogue)
    if not rest.topics:
        return True
    return bool(new.languages) and only_language_reason(
        Request(text=rest.text, languages=new.languages, keywords=rest.keywords,
                topics=rest.topics))  # fmt: skip
