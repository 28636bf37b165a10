"""Tell whether the writer typed the part of a message around a number without punctuation.

A message typed or dictated without commas cannot set a number apart in a clause of its own
("wir ham nen jungen mit 5 der haut die andern"), so its one unexplained number is read as the
age, as it would be with the commas (`age.read_age`). Asking this of the whole message breaks as
soon as anything around the body carries a mark: a greeting ("Moin! …"), a sign-off ("… Danke
euch!") or an aside before it ("Ich arbeite seit 15 Jahren in der Kita. …"). The writer's way of
typing shows in the body, so the question is asked of the stretch between the marks around the
number: it is unpunctuated when it holds the request's words — enough of them to be a request,
and most of the message's words, so that a long clause of a punctuated text does not count.
A number right before a plural noun of people counts them ("mit 3 Enkeln überfordert", "3 Ki
KM alleinerz"): with or without the commas it is no age, and the question is not asked of it.
"""

from __future__ import annotations

import re

# a clause boundary a writer typed: comma, semicolon, colon, bracket, a full stop (no decimal) or
# a dash between spaces ("… Bergkamen-Overberge – ich hatte zwei Akten vertauscht": a writer who
# sets a dash apart punctuates, and the number after it is in a clause of its own)
PUNCTUATED = re.compile(r"[;:!?()\[\]]|,(?!\d)|\.(?!\d)|\s[–—-]\s")  # not the comma of "1,5"
MIN_WORDS = 6  # a request around the number, not a bare reply or a short remark
_WORD = re.compile(r"[a-z]{2,}")
_BODY_SHARE = 0.6  # the stretch holds at least this share of the message's words
# a plural noun of people right after the number makes it a count of them, with or without commas
_COUNTED = re.compile(r"\s*(?:ki|kinder\w*|kinner\w*|enkel\w*|cousins?|cousinen|geschwister\w*"
                      r"|kids|children|soehne\w*|toechter\w*|brueder\w*|schwestern|personen"
                      r"|leute|jugendliche\w*|maedchen|jungs)\b")


def unpunctuated(text: str, start: int | None = None, end: int | None = None) -> bool:
    """Return True when the text around `start`..`end` (the whole text without a span) was
    typed without punctuation: the stretch between the marks around it holds at least
    `MIN_WORDS` words and most of the message's words."""
    words = len(_WORD.findall(text))
    if words < MIN_WORDS:
        return False
    if end is not None and _COUNTED.match(text, end):
        return False  # "mit 3 Enkeln überfordert", "3 Ki KM alleinerz": a count, not an age
    if not PUNCTUATED.search(text):
        return True
    if start is None or end is None:
        return False
    marks = [m.end() for m in PUNCTUATED.finditer(text, 0, start)]
    after = PUNCTUATED.search(text, end)
    stretch = text[marks[-1] if marks else 0 : after.start() if after else len(text)]
    inside = len(_WORD.findall(stretch))
    return inside >= MIN_WORDS and inside >= _BODY_SHARE * words
