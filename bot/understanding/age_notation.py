"""Ages written as digits in short or damaged notations, rewritten to the forms the reader knows.

A paediatric note writes "2;6", a hurried one "2,6 J." (the same 2 years 6 months), "4 3/4" or
"2 ½"; English writes "3 and a half", a GP "7/52" (weeks); a dictation says "zwei komma sechs
Jahre" or "ein dreiviertel Jahr". Each becomes the plain form that
`bot.understanding.age_mentions` reads ("2;6 J.", "4 jahre 9 monate", "2,5", "7 wochen"), so
the reader needs no pattern of its own for every way of writing a part of a year.
"""

from __future__ import annotations

import re

from bot.understanding.gate import gated

# a decimal comma before a year unit that is no half: "Kind 2,6 J." (not after a plural of
# children, where "Kinder 2,6 J." may be two ages typed without a space)
_YEARS_COMMA_MONTHS = re.compile(
    r"(?<!kinder\s)(?<!kids\s)(?<![\d,.])(\d{1,2}),([1-46-9]|1[01])(?=\s*(?:j\b|jahre?\b))")
# a whole number and quarters, "4 3/4", "2 ¼" ("für 3/4 Klasse" has no whole; "3 3/4 Klasse"
# stays two school years)
_QUARTERS = re.compile(r"\b(\d{1,2})\s+(?:([13])\s*[/⁄]\s*4(?!\d)|(¼)|(¾))(?!\s*\.?\s*kl)"
                       r"(?:\s*(?:jahren?\b|jahre\b|j\b\.?|years?\b))?")  # the unit is said

# a case note's sex and age, "m/16", "w/18", "d/15" (as "16/m" is read already); not "m/w/d",
# a class "7/8" or a date, and no unit written after it ("w/16 Monate" stays as it is); nor the
# chat's "w/" (with) before a count of children ("mom w/ 3 kids", "w/ 2 boys")
_SEX_SLASH_AGE = re.compile(
    r"(?<![\w/])([mwd])\s*/\s*(1?\d|2[01])(?![\d/:]|[.,]\d)(?!\s*(?:j\b|jahre?\b|monat|wo\b|woche))"
    r"(?!\s+(?:\w+\s+)?(?:kids|kinder\w*|children|boys|girls|sons|daughters|jungs|maedchen"
    r"|soehne|toechter|geschwister\w*|siblings|babies|zwillinge\w*|twins)\b)")
_HALF = re.compile(r"(\d{1,2})\s*(?:1/2(?!\d)|½|1⁄2)")  # not "geb. 11/2009"
_AND_A_HALF = re.compile(r"\b(\d{1,2}) and a half\b")
_WEEKS_OF_52 = re.compile(r"\b([1-9]|[1-4]\d)\s*/\s*52\b")
_SAID_HALF = re.compile(r"\b(\d{1,2})\s+komma\s+5\b")
_SAID_DECIMAL = re.compile(r"\b(\d{1,2})\s+komma\s+(\d)\b(?=\s*(?:j\b|jahre?\b))")
_AND_HALF_YEAR = re.compile(r"\b(\d{1,2})\s+und\s+(?:ein|1)\s+halbes\s+jahr\w*")
_HALF_YEAR = re.compile(r"\b(?:ein|1)\s+halbes\s+jahr")
_THREE_QUARTERS_YEAR = re.compile(r"\b(?:ein|1)\s+dreiviertel\s*jahr")
# every request passes these rewrites and most hold none of their words ("komma", "/", "½"): a
# text without them skips the scan (`gate`); the rewrites are the patterns' own
(_YEARS_COMMA_MONTHS, _QUARTERS, _SEX_SLASH_AGE, _HALF, _AND_A_HALF, _WEEKS_OF_52, _SAID_HALF,
 _SAID_DECIMAL, _AND_HALF_YEAR, _HALF_YEAR, _THREE_QUARTERS_YEAR) = map(gated, (
    _YEARS_COMMA_MONTHS, _QUARTERS, _SEX_SLASH_AGE, _HALF, _AND_A_HALF, _WEEKS_OF_52, _SAID_HALF,
    _SAID_DECIMAL, _AND_HALF_YEAR, _HALF_YEAR, _THREE_QUARTERS_YEAR))


def _quarters(m: re.Match[str]) -> str:
    return f"{m[1]} jahre {3 if m[2] == '1' or m[3] else 9} monate"


def rewrite_fractions(text: str) -> str:
    """Return folded text with the parts of a year written in digits made plain."""
    text = _HALF.sub(r"\1,5", text)
    text = _YEARS_COMMA_MONTHS.sub(r"\1;\2", text)  # "2,6 J." as a paediatric note's 2;6
    text = _QUARTERS.sub(_quarters, text)
    text = _AND_A_HALF.sub(r"\1,5", text)
    text = _SEX_SLASH_AGE.sub(r"\1, \2 jahre", text)  # a case note's "w/16": female, 16
    return _WEEKS_OF_52.sub(r"\1 wochen", text)  # paediatric "7/52"


def spoken_fractions(text: str) -> str:
    """Return text whose number words are digits with the parts of a year as said made plain:
    "drei komma fünf" → "3,5", "zwei komma sechs Jahre" → "2;6 Jahre" (as "2,6 J." is),
    "3 and a half" → "3,5", "ein halbes Jahr" → "6 monate", "ein dreiviertel Jahr" → 9 months."""
    text = _SAID_HALF.sub(r"\1,5", text)  # dictated "drei komma fünf"
    text = _SAID_DECIMAL.sub(r"\1,\2", text)
    text = _YEARS_COMMA_MONTHS.sub(r"\1;\2", text)
    text = _AND_A_HALF.sub(r"\1,5", text)
    text = _AND_HALF_YEAR.sub(r"\1,5 jahre", text)
    # "ein halbes Jahr", "ein dreiviertel Jahr": a fraction of a year is that many months
    text = _HALF_YEAR.sub("6 monate", text)
    return _THREE_QUARTERS_YEAR.sub("9 monate", text)
