"""A later turn that only wishes who should help or how: the case's need stays.

"mit arabisch sprechende Erzieher wenn möglich" after a Kita place, "am liebsten eine Frau als
Beraterin", "gern mit einer Hebamme, die nach Hause kommt" for a crying baby, "lieber
nachmittags", "nur online möglich?": the role, person, time or way named says who gives the help
already asked for, not another need. Read alone, the role nouns are needs of their own
("Erzieher" reads as upbringing courses, "online" as media, "nachmittags" as all-day care), and the
case's need was lost. A turn is such a wish when it carries a wish word and, once the who and how
words are masked, names no need of its own (or only the family's little German, the language's
reason). A way asked of an offer needs no wish word: a way joined to a help noun ("gibt es da auch
Beratung online?", "Online-Kurs?", "any online options?"), after "per" ("Beratung per Video?") or
alone in a short question ("und online?") asks the help already spoken of in that way; a way told
of the child ("er ist ständig online") is none of these and stays a need. Words in
`dialogue.toml [wish]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from bot.catalogue import Catalogue
from bot.dialogue.language_reasons import only_language_reason
from bot.models import Request
from bot.text import fold
from bot.understanding import understand
from bot.vocabulary.lexicon import _load as load_toml

__all__ = ["only_wish"]

ELLIPTIC_WORDS = 4  # "und vielleicht auch online?": longer turns say more than a way


def _alternatives(words: Iterable[str]) -> str:
    """Folded words as one regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted({fold(w) for w in words}, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The wish words; the who/how words to mask; a way joined to a help noun or after "per";
    a word of an elliptic question ("und", "oder", a way or a time)."""
    section = load_toml("dialogue.toml").get("wish", {})
    markers = _alternatives(section.get("markers", ()))
    starts = _alternatives([*section.get("who", ()), *section.get("how", ())])
    persons = _alternatives(section.get("persons", ()))
    ways = rf"(?:{_alternatives(section.get('ways', ()))})(?:e[nrs]?|isch\w*|s)?(?!\w)"
    helps = _alternatives(section.get("helps", ()))
    joined = (rf"{ways}[\s-]*(?:{helps})"  # "online-beratung", "online options"
              rf"|(?:{helps})\w*\s+(?:(?:per|via|ueber|am|als|by)\s+)?{ways}"  # "beratung online"
              rf"|(?:per|via)\s+{ways}")  # "per video"
    fillers = _alternatives(section.get("fillers", ()))
    return (re.compile(rf"(?<!\w)(?:{markers})(?!\w)"),
            re.compile(rf"(?<!\w)(?:(?:{starts})\w*|(?:{persons})(?!\w)|{ways})"),
            re.compile(rf"(?<!\w)(?:{joined})"),
            re.compile(rf"(?:{fillers})|{ways}|(?:{starts})\w*"))  # fmt: skip


def _asks_a_way(folded: str) -> bool:
    """A way asked of the offer without a wish word: joined to a help noun, or alone with
    fillers only ("und online?", "oder telefonisch?")."""
    _, _, joined, alone = _patterns()
    if joined.search(folded):
        return True
    words = re.findall(r"[\w'-]+", folded)
    return len(words) <= ELLIPTIC_WORDS and all(alone.fullmatch(w) for w in words)


def only_wish(new: Request, text: str, catalogue: Catalogue) -> bool:
    """Tell a follow-up that only wishes who or how the help already asked for is given.

    It needs a who/how word, with a wish word or asked as the offer's way, and no age of its own
    (an age names a child, whose need may be another); what is left once the who/how words are
    masked must name no need, or only why a language is wished ("sein Deutsch ist nicht so
    gut").
    """
    if new.age is not None:
        return False
    folded = fold(text)
    marker, who_how, _, _ = _patterns()
    if not who_how.search(folded):
        return False
    if not (marker.search(folded) or _asks_a_way(folded)):
        return False
    rest = understand(who_how.sub(" ", folded), catalogue)
    if not rest.topics:
        return True
    return bool(new.languages) and only_language_reason(
        Request(text=rest.text, languages=new.languages, keywords=rest.keywords,
                topics=rest.topics))  # fmt: skip
