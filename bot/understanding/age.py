"""Find the child's age in a request, as an inclusive range in months.

People write "Kind 3 J.", "Dreijährige", "2,5 Jahre", "Baby 7 Wochen", "Kinder 9 u. 11",
"5. Klasse", "Erstklässler", "Kita-Kind", "U3", "30. SSW" or "16-jährige schwanger" (then the
request is about the unborn child). Evidence comes in tiers: explicit numbers beat school years,
which beat life-stage words. Numbers that are durations ("seit zwei Wochen") or adults' ages
("Mutter (22)") are not the child's age.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.understanding.lexicon import AgeVocabulary, age_vocabulary

MAX_YEARS = 27  # offers end at 27 (§ 41 SGB VIII); a larger number is an adult's age
MAX_MONTHS = 323  # the catalogue's upper bound: the day before the 27th birthday
PREGNANCY = AgeRange(-9, -1)
DAYS_PER_MONTH = 30.44
WEEKS_PER_MONTH = 4.345

_NUM = r"\d{1,2}(?:[,.]5(?![\d.]))?"
_YEAR_UNIT = (
    r"(?:jaehrig\w*|j\b\.?|jahre?n?\b|jr\b\.?|lj\b\.?|y\s*/\s*o\b|years?[- ]?old|years?\b|yrs?\b"
    r"|yo\b)"
)
_MONTH_UNIT = r"(?:monate?n?\b|mon\b\.?|mo\b\.?|months?\b|mths?\b|lebensmonat\w*)"
_WEEK_UNIT = r"(?:wochen?\b|wo\b\.?|weeks?\b|wks?\b|lebenswoch\w*)"
_DAY_UNIT = r"(?:tage?n?\b|days?\b)"
_BORN = re.compile(r"fruehchen|fruehgebor|frueh geboren|zu frueh|preterm|premature|korrigiert")
_SEP = r"\s*-?\s*(?:,|und|u\.|u\b|&|and|/|-/|-|–|bis|oder)\s*"


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    low: int
    high: int
    other: bool = False  # the age of another person named in the text (a brother, a friend)


@dataclass(frozen=True, slots=True)
class _Patterns:
    years: re.Pattern[str]
    months: re.Pattern[str]
    years_months: re.Pattern[str]
    noun_numbers: re.Pattern[str]
    school_year: re.Pattern[str]
    class_number: re.Pattern[str]
    ordinal_class: re.Pattern[str]
    ssw: re.Pattern[str]
    due_in: re.Pattern[str]
    number_words: re.Pattern[str]
    named: re.Pattern[str]
    word_before_years: re.Pattern[str]
    fractions: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    vocab = age_vocabulary()
    nouns = "|".join(re.escape(n) for n in vocab.child_nouns)
    words = "|".join(sorted(map(re.escape, vocab.numbers), key=len, reverse=True))
    fractions = "|".join(sorted(map(re.escape, vocab.fractions), key=len, reverse=True))
    ordinals = "|".join(sorted(map(re.escape, vocab.ordinals), key=len, reverse=True))
    return _Patterns(
        years=re.compile(
            rf"(?P<a>{_NUM})(?:{_SEP}(?P<b>{_NUM}))?\s*-?\s*{_YEAR_UNIT}(?:\s*alt\w*)?"
        ),
        months=re.compile(
            rf"(?P<a>{_NUM})(?:{_SEP}(?P<b>{_NUM}))?\s*-?\s*(?:(?P<m>{_MONTH_UNIT})|"
            rf"(?P<w>{_WEEK_UNIT})|(?P<d>{_DAY_UNIT}))"
        ),
        years_months=re.compile(
            rf"(?P<y>\d{{1,2}})\s*{_YEAR_UNIT}\s*(?:,|und|u\.)?\s*(?P<m>\d{{1,2}})\s*{_MONTH_UNIT}"
        ),
        noun_numbers=re.compile(
            rf"(?:\w*(?:{nouns}))\b\s*(?:\(|,|:|-|–)?\s*(?:(?:ist|is|wird|war|jetzt|now|aged?|zwischen|between|sind|are)\s+)?"
            r"(?P<approx>(?:knapp|fast|almost|nearly)\s+)?"
            rf"(?P<nums>{_NUM}(?:{_SEP}{_NUM})*)(?P<unit>\s*-?\s*(?:{_MONTH_UNIT}|{_WEEK_UNIT}))?"
            r"(?!\s*\.?\s*(?:klasse|kl\b|ssw|uhr|euro|eur\b|%|prozent|kinder|geschwister|\d|"
            r"stunde|std|minute|mal\b|monate|wochen|jahre|jaehrig|\.\s*\d))"
        ),
        school_year=re.compile(
            r"(?P<a>\d{1,2})\s*\.?\s*(?:(?:/|-|–|und|u\.)\s*(?P<b>\d{1,2})\s*\.?\s*)?"
            r"(?:klasse\w*|kl\b\.?|schuljahr\w*|jahrgang\w*|jahrgangsstufe|grade\b|class\b)"
        ),
        class_number=re.compile(
            r"(?:klasse|jahrgangsstufe|jahrgang|grade|year)\s*(?P<a>\d{1,2})"
            r"(?:\s*(?:/|-|–|und)\s*(?P<b>\d{1,2}))?"
        ),
        ordinal_class=re.compile(rf"\b(?P<o>{ordinals})\s*-?\s*klaessler\w*"),
        ssw=re.compile(
            r"(?:(?P<a>\d{1,2})\s*\.?\s*(?:ssw|schwangerschaftswoche)|ssw\s*(?P<b>\d{1,2}))"
            r"(?P<born>\W{0,3}\s*geboren|\s*geb\b)?"
        ),
        due_in=re.compile(
            r"(?:\bet\b|entbindungstermin|geburtstermin|errechneter termin|baby kommt|\bdue)"
            r"\s*(?:ist\s*)?"
            rf"(?:in|ca\.?)?\s*(?P<n>{_NUM})\s*(?:(?P<w>{_WEEK_UNIT})|(?P<m>{_MONTH_UNIT}))"
        ),
        number_words=re.compile(rf"\b(?:{words})\b"),
        # a name and the age in brackets, as professionals write it: "Luca (11)"
        named=re.compile(r"\b(?P<word>[a-z]{3,})\s*\(\s*(?P<n>\d{1,2})\s*\)"),
        word_before_years=re.compile(rf"\b(?P<w>{words})(?=\s*-?\s*jaehrig)"),
        fractions=re.compile(rf"(?P<f>{fractions})"),
    )


def _value(text: str) -> float:
    return float(text.replace(",", "."))


def _years_range(a: float, b: float | None = None) -> tuple[int, int] | None:
    """Turn ages in years into months: "3" is 36…47, "2,5" exactly 30, "12-14" is 144…179."""
    first, last = (a, b) if b is not None and b >= a else (a, a)
    if last > MAX_YEARS or round(last * 12) > MAX_MONTHS:
        return None
    low = round(first * 12)
    high = round(last * 12) if last != int(last) else int(last) * 12 + 11
    return low, min(high, MAX_MONTHS)


def _normalise(text: str, vocab: AgeVocabulary) -> str:
    """Turn number words and fractions into digits ("zweieinhalb" → "2,5", "Junge, zehn")."""
    patterns = _patterns()
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", "", text)  # Kita-Kind → kitakind
    text = re.sub(r"(\d{1,2})\s*(?:1/2|½|1⁄2)", r"\1,5", text)
    text = patterns.fractions.sub(lambda m: f"{vocab.fractions[m.group('f')]:g}".replace(".", ","),
                                  text)  # fmt: skip
    text = patterns.word_before_years.sub(lambda m: str(vocab.numbers[m.group("w")]), text)

    def number(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.startswith("ein"):  # "ein Kind" is no age; only "ein Jahr", "einen Monat"
            rest = text[match.end() : match.end() + 12].lstrip()
            if not re.match(r"(?:jahr|monat|woche|j\b|jaehrig|year|month|week)", rest):
                return word
        return str(vocab.numbers[word])

    text = patterns.number_words.sub(number, text)
    return re.sub(r"\b(\d{1,2}) and a half\b", r"\1,5", text)


def _word_before(text: str, start: int) -> str:
    words = re.findall(r"[a-z]+", text[max(0, start - 30) : start])
    return words[-1] if words else ""


def _words_before(text: str, start: int, count: int = 2) -> list[str]:
    return re.findall(r"[a-z]+", text[max(0, start - 30) : start])[-count:]


def _overlaps(hits: list[_Hit], start: int, end: int) -> bool:
    return any(h.start < end and start < h.end for h in hits)


def _explicit(text: str, vocab: AgeVocabulary) -> list[_Hit]:
    """Collect ages written as numbers with a unit or after a child noun."""
    patterns = _patterns()
    hits: list[_Hit] = []

    def excluded(start: int) -> bool:
        before = _word_before(text, start)
        recent = _words_before(text, start, 4)  # "Wartezeit", also inside "KJP-Wartezeit"
        waiting = any(word.endswith(cue) for word in recent for cue in vocab.waiting_words)
        return before in vocab.not_age_before or before in vocab.adult_nouns or waiting

    def someone_else(end: int) -> bool:
        """Tell whether an age adjective belongs to another person ("12-jährigen Bruder")."""
        after = re.match(r"\s*([a-z]+)", text[end : end + 30])
        return bool(after) and after.group(1) in vocab.other_person_nouns

    for m in patterns.years_months.finditer(text):
        total = int(m.group("y")) * 12 + int(m.group("m"))
        hits.append(_Hit(m.start(), m.end(), total, total))
    for m in patterns.years.finditer(text):
        if _overlaps(hits, m.start(), m.end()) or excluded(m.start()):
            continue
        before = _word_before(text, m.start())
        a, b = _value(m.group("a")), (_value(m.group("b")) if m.group("b") else None)
        if before in ("knapp", "fast", "almost", "nearly"):
            whole = round(a * 12)
            hits.append(_Hit(m.start(), m.end(), whole - 4, whole - 1))
            continue
        if before in ("unter", "under"):
            hits.append(_Hit(m.start(), m.end(), 0, round(a * 12) - 1))
            continue
        span = _years_range(a, b)
        if span:
            hits.append(_Hit(m.start(), m.end(), *span, other=someone_else(m.end())))
    for m in patterns.months.finditer(text):
        if _overlaps(hits, m.start(), m.end()) or excluded(m.start()):
            continue
        values = [_value(m.group("a"))] + ([_value(m.group("b"))] if m.group("b") else [])
        if m.group("w"):
            months = [math.floor(v * 7 / DAYS_PER_MONTH) for v in values]
        elif m.group("d"):
            months = [math.floor(v / DAYS_PER_MONTH) for v in values]
        else:
            months = [math.floor(v) for v in values]
        if max(months) > MAX_MONTHS:
            continue
        hits.append(_Hit(m.start(), m.end(), min(months), max(months)))
    for m in patterns.named.finditer(text):
        start = m.start("n")
        if _overlaps(hits, start, m.end()) or m.group("word") in vocab.adult_nouns:
            continue
        span = _years_range(_value(m.group("n")))
        if span:
            hits.append(_Hit(start, m.end(), *span))
    for m in patterns.noun_numbers.finditer(text):
        start = m.start("nums")
        if _overlaps(hits, start, m.end()):
            continue
        numbers = [_value(n) for n in re.findall(_NUM, m.group("nums"))]
        unit = (m.group("unit") or "").strip()
        if unit:
            weeks = re.match(_WEEK_UNIT, unit)
            factor = 7 / DAYS_PER_MONTH if weeks else 1
            months = [math.floor(n * factor) for n in numbers]
            hits.append(_Hit(start, m.end(), min(months), max(months)))
            continue
        if m.group("approx") and len(numbers) == 1:
            whole = round(numbers[0] * 12)
            hits.append(_Hit(start, m.end(), whole - 4, whole - 1))
            continue
        is_range = bool(re.search(r"\d\s*(?:-|–|bis)\s*\d", m.group("nums")))
        spans = (
            [_years_range(min(numbers), max(numbers))]
            if is_range
            else [_years_range(n) for n in numbers]
        )
        for span in spans:
            if span:
                hits.append(_Hit(start, m.end(), *span))
    return hits


def _approximate(text: str) -> list[_Hit]:
    """Read "knapp vier" or "fast 3" standing alone as just under that many years."""
    hits = []
    approx = (r"\b(?:knapp|fast|almost|nearly)\s+(\d{1,2})\b(?!\s*(?:uhr|euro|%|km|stunden|std|"
              r"tage|wochen|monate|mal|kinder|\.\s*klasse))")
    for m in re.finditer(approx, text):
        years = int(m.group(1))
        if 1 <= years <= 21:
            hits.append(_Hit(m.start(), m.end(), years * 12 - 4, years * 12 - 1))
    return hits


def _life_year(text: str) -> list[_Hit]:
    """Read "im 2. Lebensjahr" and "fürs erste Lebensjahr" as that year of life."""
    hits = []
    ordinals = {"erst": 1, "zweit": 2, "dritt": 3}
    pattern = r"\b(?:(\d{1,2})\s*\.|(erst|zweit|dritt)\w*)\s*lebensjahr"
    for m in re.finditer(pattern, text):
        year = int(m.group(1)) if m.group(1) else ordinals[m.group(2)]
        if 1 <= year <= 21:
            hits.append(_Hit(m.start(), m.end(), (year - 1) * 12, year * 12 - 1))
    return hits


def _school_years(text: str, vocab: AgeVocabulary) -> list[_Hit]:
    patterns = _patterns()
    hits: list[_Hit] = []
    grades: list[tuple[int, int, int, int]] = []
    for pattern in (patterns.school_year, patterns.class_number):
        for m in pattern.finditer(text):
            a = int(m.group("a"))
            b = int(m.group("b")) if m.group("b") else a
            grades.append((m.start(), m.end(), a, b))
    for m in re.finditer(r"(?<![§\w.])(\d{1,2})([a-f])\b", text):  # "meine 2b", "8b"
        grade = int(m.group(1))
        grades.append((m.start(), m.end(), grade, grade))
    for m in patterns.ordinal_class.finditer(text):
        grade = vocab.ordinals[m.group("o")]
        grades.append((m.start(), m.end(), grade, grade))
    for start, end, a, b in grades:
        if not 1 <= a <= 13 or not 1 <= b <= 13 or _overlaps(hits, start, end):
            continue
        first, last = sorted((a, b))
        low = (first + vocab.school_start_years - 1) * 12
        high = (last + vocab.school_start_years - 1) * 12 + 11
        hits.append(_Hit(start, end, low, high))
    return hits


def _stage(text: str, vocab: AgeVocabulary) -> tuple[int, int] | None:
    """Return the narrowest life stage the request names ("Kita-Kind", "Säugling", "U3")."""
    best: tuple[int, int] | None = None
    for word in re.findall(r"[a-z0-9]+", text):
        span = vocab.stages.get(word)
        if span is None and word.startswith("baby") and len(word) > 5:
            span = vocab.stages.get("baby")  # Babyschwimmen, Babycafé: a baby's offer
        if span and (best is None or span[1] - span[0] < best[1] - best[0]):
            best = span
    return best


def _pregnancy(text: str, vocab: AgeVocabulary) -> AgeRange | None:
    """Return the unborn child's age range when the request is about a pregnancy."""
    patterns = _patterns()
    born_early = bool(_BORN.search(text))  # "Frühchen (28. SSW)": the week of a birth
    for m in patterns.ssw.finditer(text):
        if m.group("born") or born_early:
            continue  # "32. SSW geboren": a preterm baby, not a pregnancy
        week = int(m.group("a") or m.group("b"))
        if 1 <= week <= 42:
            return AgeRange(max(-9, -math.ceil(max(40 - week, 1) / WEEKS_PER_MONTH)), -1)
    for m in patterns.due_in.finditer(text):
        value = _value(m.group("n"))
        months = value / WEEKS_PER_MONTH if m.group("w") else value
        if 0 < months <= 9:
            return AgeRange(max(-9, -math.ceil(months)), -1)
    unborn = patterns.ssw.sub(lambda m: " " if m.group("born") or born_early else m.group(0),
                              text)  # fmt: skip
    words = re.findall(r"[a-z]+", unborn)
    if any(word.startswith(sign) for word in words for sign in vocab.pregnancy):
        return PREGNANCY
    if any(re.search(rf"\b{re.escape(phrase)}\b", unborn) for phrase in vocab.pregnancy_phrases):
        return PREGNANCY
    return None


def _joined_stage(text: str, vocab: AgeVocabulary) -> tuple[int, int] | None:
    """Return a stage named as another child ("Kind 2 J. und Neugeborenem")."""
    for m in re.finditer(r"\b(?:und|and|sowie|plus)\s+(?:einem\s+|einer\s+|a\s+)?([a-z]+)",
                         text):  # fmt: skip
        span = vocab.stages.get(m.group(1))
        if span and span[1] < 36:
            return span
    return None


def parse_age(folded: str) -> AgeRange | None:
    """Return the child's age range in months, or None when the text names none."""
    vocab = age_vocabulary()
    text = _normalise(folded, vocab)
    pregnant = _pregnancy(text, vocab)
    explicit = _explicit(text, vocab)
    if pregnant:
        born = [h for h in explicit if h.high < 144]  # a born sibling; a teen is the mother
        low = min([pregnant.low] + [h.low for h in born])
        high = max([pregnant.high] + [h.high for h in born])
        return AgeRange(low, high)
    own = [h for h in explicit if not h.other]
    explicit = own or explicit
    if any(h.high < 24 for h in explicit):  # beside a baby, an adult's age is the parent's
        explicit = [h for h in explicit if h.low < 192]
    if not explicit:
        explicit = _approximate(text)
    if explicit:
        low, high = min(h.low for h in explicit), max(h.high for h in explicit)
        joined = _joined_stage(text, vocab)
        if joined:
            low, high = min(low, joined[0]), max(high, joined[1])
        return AgeRange(low, high)
    school = _school_years(text, vocab) + _life_year(text)
    if school:
        return AgeRange(min(h.low for h in school), max(h.high for h in school))
    stage = _stage(text, vocab)
    return AgeRange(*stage) if stage else None
