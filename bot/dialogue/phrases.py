"""The short phrases of a conversation: "mehr", "details 2", a bare "17", "danke", "Neue Anfrage".

They only mean something inside a conversation (a bare "17" is an age only after "Wie alt ist das
Kind?"), so they are read here and not by the understanding of a request.
"""

from __future__ import annotations

import re

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age import understand_age_answer
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
# A message that says the conversation is about someone else: "Neue Anfrage", "andere Familie",
# "Nächster Fall", "Neue Frage", "another family" — a new case even without a need of its own.
NEW_CASE = re.compile(
    r"\b(?:neue[rs]?|andere[rs]?|naechste[rs]?|weitere[rs]?|zweite[rs]?|new|another|next|"
    r"different|second)\s+(?:anfrage|fall|familie|frage|kind|klient\w*|kund\w*|patient\w*|"
    r"schule|thema|sache|case|family|request|question|child|topic)\b"
)
# A statement of where someone of the family lives ("Wohnort der Kindesmutter: Lünen", "Vater
# lebt in Kamen", "they live in Selm"): a fact about the open case, never a need of its own, even
# when a word of it (a relative, "Wohnort") sounds like a topic.
_RESIDENCE = re.compile(
    r"\b(?:wohn\w*|lebt|leben|lebend|gemeldet|zuhause|zu\s+hause|daheim|aufenthalt\w*|"
    r"lives?|living|resident|based)\b"
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

    Only called while the age question is open (or for a short correction): then one small number
    in a short message is the child's age in years, which it would not be in a fresh request ("17"
    could be anything). The reading itself is the ages module's `understand_age_answer`, so that
    a unit in any form ("she's 20 months", "anderthalb", "im 2. Lebensjahr") means the same in an
    answer as in a request; here only the conversation's limits apply: a short message, and a
    bare number no older than the Präventionskette reaches.
    """
    germanised = germanise(text)  # "два года", "beş yaşında" as answers too
    if len(re.findall(r"[a-z]+", fold(germanised))) > max_words:
        return None
    age = understand_age_answer(germanised)
    if age is None or age.high > (MAX_BARE_YEARS + 1) * 12 - 1:
        return None
    return age


def without_residence(text: str) -> str | None:
    """The message without its words of residence, or None when it states no residence.

    "Wohnort der Kindesmutter: Lünen" → "der Kindesmutter: Lünen": what is left shows whether the
    message names a need besides the fact of where someone lives.
    """
    folded = fold(text)
    if not _RESIDENCE.search(folded):
        return None
    return _RESIDENCE.sub(" ", folded)


def is_courtesy(text: str) -> bool:
    """Tell thanks, assent or a lone emoji from text that could not be read."""
    words = re.findall(r"[a-z]+", fold(text))
    if words:
        return all(w in _COURTESY for w in words)
    return not re.search(r"[^\W_]", text) and "?" not in text  # emoji and punctuation only
