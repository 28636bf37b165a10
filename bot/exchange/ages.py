"""Read the age cells and audience texts of planners' lists into inclusive month ranges.

The catalogue conventions (../shared/catalogue/README.md): "unter 3 Jahren" is 0–35, "0–3 J." and
"bis einschließlich 3 Jahre" 0–47, "6 bis 10 Jahre" 72–131, "ab 6" 72–open, pregnancy −9…−1.
Numbers are years unless the cell or the column header says months.

Planners write ages inside sentences ("Familien mit Kindern von 0 – 6 Jahren", "Jungen zwischen
6–18 Jahren, Angehörige und Fachkräfte", "1.–6. Klasse", "Grundschulkinder und deren Eltern").
The reader finds every age mention (ranges, bounds, single ages, school years, years of life,
stages; number words before a unit) and takes their union; pregnancy words move the start to −9.
A text that names no age at all ("Kinder, Jugendliche, Familien") is open and says so
(`AgeReading.named` is False), so the import report can list it for the planner to check. A
cell is refused only when it holds digits nothing could read, or bounds that contradict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.exchange.age_words import (
    ARTICLE_NUMBERS,
    CHILDREN_WORD,
    ELSEWHERE,
    NOT_STAGES,
    NUMBER_WORDS,
    OPEN_PHRASES,
    ORDINAL_WORDS,
    PREGNANCY,
    STAGES,
    WEAK_STAGES,
    YOUTH,
)
from bot.exchange.values import ValueProblem
from bot.i18n import _
from bot.text import fold
from bot.vocabulary.units import AGE_MAX, AGE_MIN, WEEKS_PER_MONTH
from bot.vocabulary.units import PREGNANCY as PREGNANCY_MONTHS


@dataclass(frozen=True, slots=True)
class AgeReading:
    low: int | None
    high: int | None
    named: bool  # False: the text names no age, the range is open by default


_NUM = r"(\d+(?:[.,]\d+)?)"
_UNIT = (
    r"(?:\s*-?\s*(lebensjahr\w*|lebensmonat\w*|jaehrig\w*|jahren|jahres|jahre|jahr|jhr|jr|lj"
    r"|years?|j|y|monaten|monate|monats|monat|mon|mnt|mo|months?|m|wochen|woche|wo|weeks?|w)"
    r"\b\.?)"
)
_UNITS = {"j": "y", "y": "y", "m": "m", "w": "w"}
_RANGE = re.compile(
    r"(?:(zwischen)\s+|(?:ab|von|vom|im alter von)\s+)?" + _NUM + _UNIT + r"?\s*"
    r"(-|/|bis\s+unter|bis\s+einschl\w*\.?|bis\s+inkl\w*\.?|bis\s+zu|bis|und)\s*"
    + _NUM + _UNIT + r"?"
)
_LOW = re.compile(
    r"(ab|ueber|aelter\s+als|mindestens|mind\.|>=?|von|vom|seit)\s*(?:dem\s+alter\s+von\s+)?"
    + _NUM + _UNIT + r"?"
)
_PLUS = re.compile(_NUM + _UNIT + r"?\s*(?:\+|und\s+(?:aelter|mehr|darueber)|aufwaerts)")
_HIGH = re.compile(
    r"(bis\s+unter|bis\s+(?:zu|zum|einschl\w*\.?|inkl\w*\.?)|bis|unter|juenger\s+als|"
    r"hoechstens|maximal|max\.?|<=?)\s*" + _NUM + _UNIT + r"?"
)
_SINGLE = re.compile(_NUM + _UNIT)
_LIST = re.compile(
    r"(?<![\d,.])(\d+(?:\s*,\s+\d+)+\s*(?:,|oder|und|bzw\.?|u\.)\s*\d+)" + _UNIT
)  # "3, 4 oder 5 Jahre": every number is one age
_U_OVER = re.compile(r"\b(u|ue)\s?(\d+)\b")
_CLASS_WORD = (
    r"(?:\b(?:schul)?klassen?(?:stufen?)?|\bjahrgangsstufen?|\bjahrgaenge?|\bjgst\.?|\bjg\.?|\bkl\.?"
    r"|\bstufen?|\bschuljahr\w*)"
)
_CLASS_RANGE = re.compile(
    r"(?:(?:" + _CLASS_WORD + r")\s*(\d+)\.?\s*(?:-|/|bis|und)\s*(\d+)\.?"
    r"|(\d+)\.?\s*(?:-|bis|und)\s*(\d+)\.?\s*" + _CLASS_WORD + r")"
)
_CLASS_ONE = re.compile(
    r"(ab|bis)?\s*(?:der\s+|zur\s+)?(?:(?:" + _CLASS_WORD + r")\s*(\d+)\b\.?|(\d+)\.\s*"
    + _CLASS_WORD + r")"
)
_FIRST_YEARS = re.compile(r"ersten\s+(\d+)\s+lebens(jahr|monat)\w*")
_YEAR_OF_LIFE = re.compile(
    r"(ab|bis|vor|nach|im|vom|zum|mit)?\s*(?:dem|zum|zur|den|vollendung\s+des)?\s*"
    r"(vollendet\w*\s+)?(\d+)\.\s*(?:(?:-|bis)\s*(?:zum\s+|vollendet\w*\s+)*(\d+)\.\s*)?"
    r"lebens(jahr|monat)\w*"
)
_SCHOOL_START = r"(?:dem\s+|der\s+|zum\s+|zur\s+)?(?:schuleintritt|einschulung|schulbeginn|schulstart|schuleinstieg)"  # noqa: E501
_SUBSTITUTIONS = (
    (re.compile(r"bis\s+" + _SCHOOL_START), "bis unter 6 jahre"),
    (re.compile(r"(?:ab|nach)\s+" + _SCHOOL_START), "ab 6 jahre"),
    (re.compile(r"bis\s+(?:zur\s+)?volljaehrigkeit"), "bis unter 18 jahre"),
    (re.compile(r"(?:ab|von|seit)\s+(?:der\s+)?geburt"), r"ab 0 monate"),
    (re.compile(r"\bsek(?:undarstufe)?\.?\s*(?:ii|2)\b"), " sekundarstufezwei "),
    (re.compile(r"\bsek(?:undarstufe)?\.?\s*(?:i|1)\b"), " sekundarstufeeins "),
    (re.compile(r"\bjunge[nr]?\s+erwachsen"), " jungeerwachsen"),
    (re.compile(r"\bjunge[nr]?\s+volljaehrig"), " jungevolljaehrig"),
    (re.compile(r"\bcare\s*-?\s*leaver"), " careleaver"),
    (re.compile(r"\b(?:nach|rund um)\s+(?:der|die)\s+geburt"), " postpartal"),
    (re.compile(r"(?<![\w-])ss\s*-\s*(?=\d)"), " schwangerschaft bis "),  # "SS–1 J.", dash joined
    (re.compile(r"(?<![\w-])ss(?![\w-])"), " schwangerschaft "),  # "SS – 1 Jahr" in planners' lists
)
_WORD = re.compile(r"[a-z][a-z-]*[a-z]|[a-z]")
_OPEN_CELL = re.compile(r"[-–—/.?x]*|offen|alle|keine|egal|k\.?\s?a\.?|n\.?\s?a\.?")
_PLAIN_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


def _unreadable(part: str) -> ValueProblem:
    return ValueProblem(
        _(
            "cannot read the age in '{part}': write e.g. '3–6 Jahre', 'ab 6', "
            "'unter 3 Jahren', '1.–4. Klasse'"
        ).format(part=part.strip())
    )


def _normalise(text: str) -> str:
    folded = fold(str(text))
    folded = re.sub(r"[\u2010-\u2015\u2212\u2043]", "-", folded).replace("\u00a0", " ")
    folded = re.sub(r"(\d)\s*-\s*(?=[a-z])", r"\1 ", folded)  # "3-jährige" -> "3 jaehrige"
    folded = re.sub(r"\bbis\s+zu[rm]?\s+(?=\d)", "bis ", folded)
    ordinals = "|".join(ORDINAL_WORDS)
    folded = re.sub(
        rf"\b({ordinals})\s+(?=lebens|klasse|schuljahr)",
        lambda m: f"{ORDINAL_WORDS[m.group(1)]}. ",
        folded,
    )
    words = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    folded = re.sub(
        rf"\b({words})(jaehrig\w*|monatig\w*)",
        lambda m: f"{_fmt(NUMBER_WORDS[m.group(1)])} {m.group(2)}",
        folded,
    )
    folded = re.sub(rf"\b({words})\b", lambda m: _fmt(NUMBER_WORDS[m.group(1)]), folded)
    articles = "|".join(ARTICLE_NUMBERS)
    folded = re.sub(
        rf"\b({articles})\s+(?=(?:halben\s+)?(?:jahr|monat|lebensjahr|woche))",
        lambda m: f"{ARTICLE_NUMBERS[m.group(1)]} ",
        folded,
    )
    folded = re.sub(r"\b1\s+halben\s+", "0.5 ", folded)
    folded = re.sub(r"(\d)\s*-\s*(?=bis\b|und\b)", r"\1 ", folded)  # "zwei- bis vier"
    for pattern, replacement in _SUBSTITUTIONS:
        folded = pattern.sub(replacement, folded)
    return " ".join(folded.split())


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _unit(word: str | None, default: str) -> str:
    if not word:
        return default
    if word.startswith(("lebensmonat", "mon", "mnt", "mo")) or word == "m":
        return "m"
    if word.startswith(("woch", "wo", "week")) or word == "w":
        return "w"
    return "y"


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


Span = tuple[int | None, int | None]
IMPLICIT_LOW = -1000  # "bis 27": the lower end is not said; a stage word may say it


def _class_span(first: int, last: int) -> Span:
    """School year c is the age c+5 (the first class is six): "1.–4. Klasse" is 72–119."""
    return (first + 5) * 12, (last + 5) * 12 + 11


def _mentions(text: str, default: str) -> tuple[list[Span], str]:
    """Find every age mention; return them and the text with the mentions blanked out."""
    found: list[Span] = []

    def take(pattern: re.Pattern[str], read) -> None:  # type: ignore[no-untyped-def]
        nonlocal text
        while match := pattern.search(text):
            span = read(match)
            if span is not None:
                found.append(span)
            text = text[: match.start()] + " ; " + text[match.end() :]

    def first_years(m: re.Match[str]) -> Span:
        factor = 12 if m.group(2) == "jahr" else 1
        return 0, int(m.group(1)) * factor - 1

    def year_of_life(m: re.Match[str]) -> Span:
        word, done, a, b, unit = m.groups()
        factor = 12 if unit == "jahr" else 1
        first = int(a)
        if b:
            return (first if done else first - 1) * factor, int(b) * factor - 1
        if word in ("ab", "nach", "vom", "mit"):
            return (first if done else first - 1) * factor, None
        if word in ("bis", "vor", "zum"):
            return 0, first * factor - 1
        if done:
            return first * factor, (first + 1) * factor - 1
        return (first - 1) * factor, first * factor - 1

    def class_range(m: re.Match[str]) -> Span:
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return _class_span(int(a), int(b))

    def class_one(m: re.Match[str]) -> Span:
        word, k = m.group(1), int(m.group(2) or m.group(3))
        if word == "ab":
            return _class_span(k, k)[0], None
        if word == "bis":
            return 72, _class_span(k, k)[1]
        return _class_span(k, k)

    def u_over(m: re.Match[str]) -> Span:
        years = int(m.group(2))
        if m.group(1) == "u":
            return 0, years * 12 - 1
        return (36, 71) if years == 3 else (years * 12, None)

    def a_list(m: re.Match[str]) -> Span:
        unit = _unit(m.group(2), default)
        numbers = [_number(n) for n in re.findall(r"\d+", m.group(1))]
        return _months(min(numbers), unit, "low"), _months(max(numbers), unit, "high")

    def a_range(m: re.Match[str]) -> Span | None:
        _between, a, unit_a, sep, b, unit_b = m.groups()
        if sep == "/" and not (unit_a or unit_b):
            return None
        unit_a, unit_b = unit_a or unit_b, unit_b or unit_a
        low = _months(_number(a), _unit(unit_a, default), "low")
        high = _months(_number(b), _unit(unit_b, default), "high", below=sep.endswith("unter"))
        return low, high

    def lower(m: re.Match[str]) -> Span:
        return _months(_number(m.group(2)), _unit(m.group(3), default), "low"), None

    def plus(m: re.Match[str]) -> Span:
        return _months(_number(m.group(1)), _unit(m.group(2), default), "low"), None

    def upper(m: re.Match[str]) -> Span:
        word = m.group(1)
        below = word.startswith(("unter", "bis unter", "juenger")) or word == "<"
        return IMPLICIT_LOW, _months(_number(m.group(2)), _unit(m.group(3), default), "high", below)

    def single(m: re.Match[str]) -> Span:
        unit, value = _unit(m.group(2), default), _number(m.group(1))
        return _months(value, unit, "low"), _months(value, unit, "high")

    take(_FIRST_YEARS, first_years)
    take(_YEAR_OF_LIFE, year_of_life)
    take(_CLASS_RANGE, class_range)
    take(_CLASS_ONE, class_one)
    take(_U_OVER, u_over)
    take(_LIST, a_list)
    take(_RANGE, a_range)
    take(_PLUS, plus)
    take(_LOW, lower)
    take(_HIGH, upper)
    take(_SINGLE, single)
    stems = sorted(STAGES, key=len, reverse=True)
    stages: list[Span] = []
    weak: list[Span] = []
    words = _WORD.findall(text)
    named: set[str] = set()
    for word in words:
        compact = word.replace("-", "")
        if compact.startswith(NOT_STAGES):
            continue
        stem = next((s for s in stems if compact.startswith(s)), None)
        if stem is not None:
            named.add(stem)
            (weak if stem in WEAK_STAGES else stages).append(STAGES[stem])
    stages = stages or weak
    if YOUTH in named and CHILDREN_WORD in words:  # "Kinder und Jugendliche": 0 until youth
        stages.append((0, STAGES[YOUTH][0] - 1))
    if found and all(low == IMPLICIT_LOW for low, _high in found) and stages:
        # "junge Erwachsene bis 27": the stage says where it starts
        start = min(low for low, _high in stages if low is not None)
        return [(start, high) for _low, high in found], text
    found = [(0 if low == IMPLICIT_LOW else low, high) for low, high in found]
    # "Babys und Kleinkinder ab 6 Monate bis 3 Jahre": the numbers say it exactly
    return found or stages, text


def _check(low: int | None, high: int | None, text: str) -> None:
    if low is not None and low > AGE_MAX:
        raise ValueProblem(_("the lower age lies beyond 26 years"))
    if low is not None and high is not None and low > high:
        raise ValueProblem(_("the upper age is below the lower age"))


def read_age(text: str, months: bool = False) -> AgeReading:
    """Read an age cell or audience text; numbers without a unit are years (or months)."""
    folded = _normalise(text).strip(" .;,")
    if not folded or _OPEN_CELL.fullmatch(folded):
        return AgeReading(None, None, named=bool(folded))
    if any(phrase in folded for phrase in OPEN_PHRASES):
        return AgeReading(None, None, named=True)
    if not re.search(r"\d", folded) and any(re.search(pattern, folded) for pattern in ELSEWHERE):
        raise ValueProblem(
            _("the cell does not say the age but refers elsewhere ('{text}'): write the age "
              "range, e.g. '3–6 Jahre', or leave the cell empty").format(text=str(text).strip())
        )  # fmt: skip
    default = "m" if months else "y"
    if _PLAIN_NUMBER.fullmatch(folded):  # a bare number: that one age
        value = _number(folded.lstrip("-"))
        if folded.startswith("-"):
            raise _unreadable(str(text))
        spans = [(_months(value, default, "low"), _months(value, default, "high"))]
        rest = ""
    else:
        spans, rest = _mentions(folded, default)
    pregnancy = any(word in folded for word in PREGNANCY)
    for low, high in spans:
        _check(low, high, folded)
    if not spans:
        if pregnancy:
            return AgeReading(*PREGNANCY_MONTHS, named=True)
        leftover = re.search(r"\S*\d\S*", rest)
        if leftover and re.search(r"\d", fold(str(text))):
            raise _unreadable(leftover.group())
        return AgeReading(None, None, named=False)
    lows = [low for low, _high in spans]
    highs = [high for _low, high in spans]
    low = None if None in lows else min(x for x in lows if x is not None)
    high = None if None in highs else max(x for x in highs if x is not None)
    if pregnancy:
        low = AGE_MIN
    if high is not None and high > AGE_MAX:
        high = None  # an adult's age ("18–99"): no upper limit for children
    _check(low, high, folded)
    return AgeReading(low, high, named=True)


def parse_age_span(text: str, months: bool = False) -> tuple[int | None, int | None]:
    """Read an age cell such as "0–3 J.", "ab 6", "unter 3 Jahren", "Schwangere" into months."""
    reading = read_age(text, months)
    return reading.low, reading.high


def parse_age_bound(text: str, side: str, months: bool = False) -> int | None:
    """Read one "Alter von" (side="low") or "Alter bis" (side="high") cell into months."""
    folded = fold(str(text)).strip()
    if re.fullmatch(r"-?\d+", folded):  # a plain number, negative in months for pregnancy
        number = int(folded)
        if number < 0 and not months:  # "-9"/"-1" in a column of years: before birth
            return PREGNANCY_MONTHS[0] if side == "low" else PREGNANCY_MONTHS[1]
        value = number if months else number * 12 + (11 if side == "high" else 0)
        if side == "low":
            _check(value, None, folded)
            return value
        return None if value > AGE_MAX else value
    pregnancy = any(w in folded for w in PREGNANCY) or re.fullmatch(r"ss\.?", folded)
    if pregnancy and not re.search(r"\d", folded):
        return PREGNANCY_MONTHS[0] if side == "low" else PREGNANCY_MONTHS[1]
    low, high = parse_age_span(text, months)
    if (low if side == "low" else high) is None and not re.match(r"(?:ab|bis|von|unter)\b", folded):
        # a bound column says "Schuleintritt", "Volljährigkeit", "Geburt": read "bis …"/"ab …"
        low, high = parse_age_span(f"{'ab' if side == 'low' else 'bis'} {text}", months)
    return low if side == "low" else high
