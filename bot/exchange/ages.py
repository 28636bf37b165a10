"""Read the age cells of planners' lists into inclusive month ranges.

The catalogue conventions (../shared/catalogue/README.md): "unter 3 Jahren" is 0–35, "0–3 J." and
"bis einschließlich 3 Jahre" 0–47, "6 bis 10 Jahre" 72–131, "ab 6" 72–open, pregnancy −9…−1.
Numbers are years unless the cell or the column header says months. Number words ("drei bis
sieben") are refused rather than guessed: a wrong age shows a family an unsuitable offer.
"""

from __future__ import annotations

import re

from bot.exchange.values import ValueProblem
from bot.i18n import _
from bot.text import fold

AGE_MIN, AGE_MAX = -9, 323  # pregnancy … the day before the 27th birthday
WEEKS_PER_MONTH = 4.345

_PREGNANCY = re.compile(r"schwanger\w*|ssw|praenatal\w*|werdende\w*|vorgeburtlich\w*")
_BIRTH = re.compile(r"\b(?:geburt|neugeboren\w*|neugeborene)\b")
_UNITS = {
    "y": {
        "j",
        "jr",
        "jhr",
        "jahr",
        "jahre",
        "jahren",
        "jahres",
        "lj",
        "lebensjahr",
        "lebensjahre",
        "lebensjahren",
        "lebensjahres",
        "y",
        "years",
        "year",
    },
    "m": {
        "m",
        "mo",
        "mon",
        "mnt",
        "monat",
        "monate",
        "monaten",
        "monats",
        "months",
        "month",
        "lebensmonat",
        "lebensmonate",
        "lebensmonaten",
    },
    "w": {"w", "wo", "woche", "wochen", "weeks", "week"},
}
_LOWER = {"ab", "von", "ueber", "uber", "vom", "from", ">", ">="}
_UPPER = {"bis", "unter", "to", "<", "<=", "under"}
_FILLER = {
    "alt",
    "einschliesslich",
    "einschl",
    "inkl",
    "inklusive",
    "zum",
    "zur",
    "dem",
    "den",
    "vollendeten",
    "vollendung",
    "des",
    "und",
    "kinder",
    "kind",
    "babys",
    "baby",
    "jugendliche",
    "junge",
    "menschen",
    "ca",
    "etwa",
    "der",
    "im",
    "in",
    "alter",
    "age",
    "aged",
}
_OPEN = {
    "",
    "-",
    "–",
    "—",
    "offen",
    "alle",
    "keine",
    "jedes alter",
    "alle altersgruppen",
    "ohne altersgrenze",
    "ohne",
    "egal",
    "k a",
    "ka",
    "n a",
}
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[a-z]+|<=|>=|[<>+-]")


def _unit_of(word: str) -> str | None:
    for unit, words in _UNITS.items():
        if word in words:
            return unit
    return None


def _months(number: float, unit: str, side: str, below: bool = False) -> int:
    """Turn one number into a month bound: "bis 3" (years) ends at 47, "unter 3" at 35."""
    if unit == "m":
        value = round(number)
        return value - 1 if below else value
    if unit == "w":
        value = int(number / WEEKS_PER_MONTH)
        return value - 1 if below and number % WEEKS_PER_MONTH == 0 else value
    if below:
        return round(number * 12) - 1
    if side == "high" and number == int(number):
        return int(number) * 12 + 11
    return round(number * 12)


def _clamp(low: int | None, high: int | None) -> tuple[int | None, int | None]:
    if high is not None and high > AGE_MAX:
        high = None  # an adult's age ("18–99"): no upper limit for children
    if low is not None and low > AGE_MAX:
        raise ValueProblem(_("the lower age lies beyond 26 years"))
    if low is not None and high is not None and low > high:
        raise ValueProblem(_("the upper age is below the lower age"))
    return low, high


def parse_age_span(text: str, months: bool = False) -> tuple[int | None, int | None]:
    """Read an age cell such as "0–3 J.", "ab 6", "unter 3 Jahren", "Schwangere" into months.

    Numbers without a unit are years, or months when the column header says so (`months`).
    """
    folded = fold(str(text)).strip().replace("–", "-").replace("—", "-").rstrip(".")
    if folded in _OPEN:
        return None, None
    if folded in ("u3", "unter3"):
        return 0, 35
    if folded in ("ue3", "u3 plus", "ueber3"):
        return 36, None
    pregnancy = bool(_PREGNANCY.search(folded))
    folded = _PREGNANCY.sub(" ", folded)
    folded = _BIRTH.sub(" 0 mon ", folded)
    default = "m" if months else "y"
    items: list[list[object]] = []  # [kind, value, unit]
    for token in _TOKEN.findall(folded):
        if token[0].isdigit():
            items.append(["num", float(token.replace(",", ".")), None])
        elif (unit := _unit_of(token)) is not None:
            for item in reversed(items):  # "0-3 J.": the unit belongs to every bare number
                if item[0] == "num" and item[2] is None:
                    item[2] = unit
                elif item[0] == "num":
                    break
        elif token in _LOWER:
            items.append(["low", token, None])
        elif token in _UPPER:
            items.append(["high", token, None])
        elif token == "-":
            items.append(["to", token, None])
        elif token == "+":
            items.append(["plus", token, None])
        elif token not in _FILLER:
            raise ValueProblem(
                _(
                    "cannot read the age: write numbers as digits, e.g. "
                    "'3–6 Jahre', 'ab 6', 'unter 3 Jahren'"
                )
            )
    shape = "".join(
        {"num": "n", "low": "l", "high": "h", "to": "-", "plus": "+"}[str(i[0])] for i in items
    )
    shape = shape.replace("hh", "h").replace("ll", "l")  # "von 3 bis unter 6"
    nums = [i for i in items if i[0] == "num"]

    def bound(item: list[object], side: str, below: bool = False) -> int:
        return _months(float(item[1]), str(item[2] or default), side, below)  # type: ignore[arg-type]

    low: int | None
    high: int | None
    if shape in ("n-n", "nhn", "lnhn", "ln-n"):
        low, high = bound(nums[0], "low"), bound(nums[1], "high")
        if any(i[1] == "unter" for i in items):
            high = bound(nums[1], "high", below=True)
    elif shape in ("ln", "n+", "n-"):
        low, high = bound(nums[0], "low"), None
    elif shape == "hn":
        below = any(i[1] in ("unter", "<", "under") for i in items)
        low, high = 0, bound(nums[0], "high", below=below)
    elif shape == "n":
        low, high = bound(nums[0], "low"), bound(nums[0], "high")
    elif shape == "" and pregnancy:
        return -9, -1
    else:
        raise ValueProblem(
            _(
                "cannot read the age: write numbers as digits, e.g. "
                "'3–6 Jahre', 'ab 6', 'unter 3 Jahren'"
            )
        )
    if pregnancy:  # "Schwangerschaft bis 3 Jahre": from pregnancy on
        low = -9
    return _clamp(low, high)


def parse_age_bound(text: str, side: str, months: bool = False) -> int | None:
    """Read one "Alter von" (side="low") or "Alter bis" (side="high") cell into months."""
    folded = fold(str(text)).strip()
    if folded in _OPEN:
        return None
    if re.fullmatch(r"-?\d+", folded):  # a plain number, negative in months for pregnancy
        number = int(folded)
        value = number if months else number * 12 + (11 if side == "high" else 0)
        return _clamp(value, None)[0] if side == "low" else _clamp(None, value)[1]
    if _PREGNANCY.search(folded) and not re.search(r"\d", folded):
        return -9 if side == "low" else -1
    low, high = parse_age_span(text, months)
    if side == "low":
        return low
    return high
