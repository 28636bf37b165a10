"""Questions about the offers shown: "ist das kostenlos?", "was kostet die 2?", "wann ist das?".

Such a turn asks nothing of the search: it wants a fact the list already holds. Read as a request,
its words went astray ("wie meldet man sich da an?" became a child-protection report, "was kostet
die 2?" a two-year-old). The words that ask for a fact are the fields of an offer card — the
catalogue's schema (cost, schedule, access, address, contact) — so this vocabulary is the card's,
not that of requests seen. A turn is such a question when it asks (a question mark or a question
word first), names a field, and what is left without the field's words and the list number
names nothing of a case (that is decided by the caller, with the understanding at hand).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text import fold

# The fields of an offer card a professional asks about, with the words that ask for each.
FIELD_WORDS: dict[str, str] = {
    "cost": r"kost\w*|gebuehr\w*|preis\w*|bezahl\w*|zahlen|zahlt|gratis|umsonst|"
            r"free|costs?|price\w*|pay|fees?",
    "schedule": r"wann|uhrzeit\w*|oeffnungszeit\w*|zeiten|termine?|wochenende\w*|samstags?|"
                r"sonntags?|abends|vormittags?|nachmittags?|montags?|dienstags?|mittwochs?|"
                r"donnerstags?|freitags?|when|hours|weekends?|opening",
    "access": r"anmeld\w*|meld\w*\s+(?:\w+\s+){0,3}an|ueberweisung\w*|rezept\w*|wartezeit\w*|"
              r"warteliste\w*|voraussetzung\w*|hingehen|vorbeikommen|register\w*|sign\s+up|"
              r"referral|waiting",
    "address": r"adresse\w*|anschrift\w*|anfahrt|wo\s+(?:ist|sind|genau|liegt|liegen|finde\w*)|"
               r"address\w*|where\s+(?:is|are)",
    "contact": r"telefon\w*|anruf\w*|anrufen|erreich\w*|kontakt\w*|e\s*mail\w*|mail|webseite\w*|"
               r"website\w*|homepage|internetseite\w*|link|phone\w*|call|contact\w*",
}
_FIELDS = {name: re.compile(rf"\b(?:{words})\b") for name, words in FIELD_WORDS.items()}
# A question: a question mark, or a question word or an inverted verb first ("ist das …").
_OPENER = re.compile(
    r"^(?:ist|sind|kostet|kosten|hat|haben|gibt|gibts|muss|muessen|kann|koennen|braucht|"
    r"brauchen|wie|wo|wann|was|welche\w*|is|are|does|do|how|where|when|what|can|which)\b"
)
# One offer of the list: "die 2", "Nr. 3", "das erste", "number 2" (not "die 2 Jahre").
_ORDINALS = ("erst", "zweit", "dritt", "viert", "fuenft", "first", "second", "third", "fourth",
             "fifth")  # fmt: skip
_NUMBER = re.compile(
    r"\b(?:nr|nummer|number|no|angebot|die|das|der|den|dem|von)\s*\.?\s*(\d{1,2})\b"
    r"(?!\s*(?:j|m|w|l|y|mon|jahr|year|month|woche|week|lebens))|#\s*(\d{1,2})\b"
)
_ORDINAL = re.compile(rf"\b({'|'.join(_ORDINALS)})(?:e|er|es|en|em)?\b")
MAX_WORDS = 10


@dataclass(frozen=True, slots=True)
class AboutOffers:
    """A question about the list shown: which field, which offer (None: all shown), what is left."""

    field: str
    number: int | None
    rest: str


def about_offers(text: str) -> AboutOffers | None:
    """Read a question about the offers shown, or None for any other turn."""
    words = re.findall(r"[\w#?]+", text)
    folded = [fold(word) for word in words]
    joined = " ".join(folded)
    if not words or len(words) > MAX_WORDS:
        return None
    if "?" not in text and not _OPENER.match(joined):
        return None
    found = [name for name, pattern in _FIELDS.items() if pattern.search(joined)]
    if not found:
        return None
    starts = [sum(len(w) + 1 for w in folded[:i]) for i in range(len(folded))]
    gone: set[int] = set()

    def drop(match: re.Match[str]) -> None:  # the words of a match leave the rest
        gone.update(i for i, at in enumerate(starts) if match.start() <= at < match.end())

    for name in found:
        for match in _FIELDS[name].finditer(joined):
            drop(match)
    number = None
    numbered = _NUMBER.search(joined)
    ordinal = _ORDINAL.search(joined)
    if numbered:
        number = int(numbered.group(1) or numbered.group(2))
        drop(numbered)
    elif ordinal:
        number = _ORDINALS.index(ordinal.group(1)) % 5 + 1
        drop(ordinal)
    rest = " ".join(w for i, w in enumerate(words) if i not in gone).replace("?", " ")
    return AboutOffers(found[0], number, " ".join(rest.split()))
