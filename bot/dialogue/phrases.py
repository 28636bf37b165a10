"""The short phrases of a conversation: "mehr", "details 2", a bare "17", "danke", "Neue Anfrage".

They only mean something inside a conversation (a bare "17" is an age only after "Wie alt ist das
Kind?"), so they are read here and not by the understanding of a request.
"""

from __future__ import annotations

import re

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age import parse_age
from bot.understanding.foreign import germanise

_MORE = re.compile(r"^\s*(?:mehr|weiter|more|next|naechste|nächste)\b\W*$", re.I)
FOLLOW_UP = re.compile(
    r"^\s*(?:und|and|aber|oder|was ist mit|wie ist es mit|what about|how about|auch|jetzt)\b", re.I
)
# "details 2", "d 2", "mehr zu 2", "info 2", "2": the full card of offer 2 of the last list.
_DETAILS = re.compile(
    r"^\s*(?:(?:details?|d|info|infos|karte|mehr\s+(?:zu|zum|über|ueber)|zu|nr\.?|nummer|#)"
    r"\s*)?(\d{1,2})\s*[.!?]?\s*$",
    re.I,
)
_NUMBER = re.compile(r"\d+(?:[.,]5)?")
_YEARS_SPAN = re.compile(r"^\D*?(\d{1,2})\s*(?:-|–|bis|to)\s*(\d{1,2})\D*$")
# A message that says the conversation is about someone else: "Neue Anfrage", "andere Familie",
# "Nächster Fall", "Neue Frage", "another family" — a new case even without a need of its own.
NEW_CASE = re.compile(
    r"\b(?:neue[rs]?|andere[rs]?|naechste[rs]?|weitere[rs]?|zweite[rs]?|new|another|next|"
    r"different|second)\s+(?:anfrage|fall|familie|frage|kind|klient\w*|kund\w*|patient\w*|"
    r"schule|thema|sache|case|family|request|question|child|topic)\b"
)
# Words of thanks and assent: "danke 👍" ends a turn, it does not ask for anything.
_COURTESY = frozenset((
    "danke", "dankeschoen", "vielen", "dank", "thanks", "thank", "you", "thx", "ok", "okay",
    "super", "prima", "toll", "gut", "alles", "klar", "perfekt", "merci", "tschuess", "bye",
))  # fmt: skip
SHORT_FOLLOW_UP_WORDS = 6
# A bare number answering "Wie alt ist das Kind?" is years up to this age (the Präventionskette).
MAX_BARE_YEARS = 21
BARE_ANSWER_WORDS = 5  # "sie ist 15" unasked, as a correction
ANSWER_WORDS = 8  # "sie ist 8, wir sind in Fröndenberg" answering the age question


def is_more(text: str) -> bool:
    return bool(_MORE.match(text or ""))


def details_number(text: str) -> int | None:
    """Return N for "details N", "d N", "mehr zu N" or a bare "N", else None."""
    found = _DETAILS.match(text or "")
    return int(found.group(1)) if found else None


def bare_age(text: str, max_words: int = BARE_ANSWER_WORDS) -> AgeRange | None:
    """Read an answer to "Wie alt ist das Kind?": "3 Jahre", but also a bare "17", "sie ist 15".

    Only called while the age question is open: then one small number in a short message is the
    child's age in years, which it would not be in a fresh request ("17" could be anything).
    """
    folded = fold(germanise(text))  # "два года", "beş yaşında" as answers too
    age = parse_age(folded)
    if age is not None:
        return age
    words = re.findall(r"[a-z]+", folded)
    if len(words) > max_words:
        return None
    # An answer to the age question is in years unless it names a unit: read "fünfzehn",
    # "dreieinhalb", "11 oder 12" as if "Jahre" followed.
    age = parse_age(folded.rstrip(" .!?") + " jahre")
    if age is not None and age.high <= (MAX_BARE_YEARS + 1) * 12 - 1:
        return age
    span = _YEARS_SPAN.match(folded)  # "so 10-12", "10 bis 12"
    if span:
        low, high = sorted(int(n) for n in span.groups())
        return AgeRange(low * 12, high * 12 + 11) if high <= MAX_BARE_YEARS else None
    numbers = _NUMBER.findall(folded)
    if len(numbers) != 1:
        return None
    years = float(numbers[0].replace(",", "."))
    if years > MAX_BARE_YEARS:
        return None
    low = int(years * 12)
    return AgeRange(low, low + 11 if years.is_integer() else low)


def is_courtesy(text: str) -> bool:
    """Tell thanks, assent or a lone emoji from text that could not be read."""
    words = re.findall(r"[a-z]+", fold(text))
    if words:
        return all(w in _COURTESY for w in words)
    return not re.search(r"[^\W_]", text) and "?" not in text  # emoji and punctuation only
