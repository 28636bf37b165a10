"""School years, years of life and sports age groups: ages a request names without a number of
years ("5. Klasse", "aus der neunten", "Klassen 1 4", "7b", "im 2. Lebensjahr", "U13", "D-Jugend").

`bot.understanding.age` weighs them below numbers that name an age; they live here, apart from
the choice among mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.understanding.age_minutes import agenda_item
from bot.understanding.age_patterns import ALMOST
from bot.understanding.age_school_foreign import foreign_grades
from bot.understanding.age_unpunctuated import unpunctuated
from bot.understanding.age_values import almost
from bot.understanding.gate import gated
from bot.understanding.numbers import inside, not_age_spans
from bot.vocabulary.lexicon import AgeVocabulary, age_vocabulary

SCHOOL_WORDS = re.compile(r"schul|gymnasium|klasse|lehrer|elternabend|jahrgang|unterricht")
# words after "aus der 5." that make the number no school year ("aus der 2. Ehe", "5. Etage")
# a need only a child at school has: a baby named beside the school children in passing ("kids 7,
# 9 and 12 not registered at any school yet, plus a baby … Schulanmeldung") does not share it
SCHOOL_NEED = re.compile(r"schulanmeld|schulplatz|schulplaetz|einschul|schulpflicht|\bogs|ganztag"
                         r"|hausaufgab|nachhilfe|lernfoerder|school\s+(?:place|registration|enrol)"
                         r"|regist\w*\s+(?:at|for|with)\s+(?:a\s+|any\s+)?school|homework"
                         r"|tutoring|after[- ]school")  # fmt: skip
SCHOOL_NEED = gated(SCHOOL_NEED)  # a text without its words skips the scan
_NOT_GRADE_WORDS = (r"jahr|monat|woch|tag|uhr|stund|kind|zimmer|ehe\b|etage|stock|reihe|mal\b"
                    r"|runde|haelfte|zeit\b|minute|liga|generation|schwangerschaft|ssw|lebens"
                    r"|stufe|phase|instanz|person|familie")  # fmt: skip
_NOT_GRADE = rf"(?!{_NOT_GRADE_WORDS})"
_PLACE_BEFORE = re.compile(r"\b(?:station|zimmer|raum|haus|etage|bett|ward|room)\s*$")


SECONDARY_FIRST = 5  # the first school year a bare "Stufe" counts (Gymnasium, Gesamtschule)

# a cardinal before a plural of classes counts them: "4 Klassen", but "4. Klassen", "3/4 Klassen"
_COUNTED = re.compile(r"\d{1,2}\s+klassen")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text that names an age range in months."""

    start: int
    end: int
    low: int
    high: int


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The school year patterns, each behind a gate of the strings it needs ("klasse", "stufe",
    an ordinal): every request is read for a school year and most name none (`gate`)."""
    return {name: gated(pattern) for name, pattern in _plain_patterns().items()}


def _plain_patterns() -> dict[str, re.Pattern[str]]:
    ordinals = "|".join(sorted(map(re.escape, age_vocabulary().ordinals), key=len, reverse=True))
    return {
        "school_year": re.compile(
            r"(?P<a>\d{1,2})(?:st|nd|rd|th)?\s*\.?\s*(?:(?:-\s*)?(?:/|-|–|und|u\.|oder|bis|and|or|to)\s*"
            r"(?P<b>\d{1,2})(?:st|nd|rd|th)?\s*\.?\s*)?-?\s*"
            r"(?:klasse\w*|kl\b\.?|schuljahr\w*|jahrgang\w*|jahrgangsstufe|grade\b|graders?\b|class\b"
            r"|klaessler\w*|sinif\w*|jgst\b\.?|jg\b\.?)"),
        # "Jungs aus der 10.", "in die 4.,": an ordinal after an article is a school year
        # "Schüler aus der 5. kann kaum lesen"; a teacher's class: "Klassenlehrer ner 6"
        # "Ein Schüler der 10 16 J": a pupil's class, then his age with its unit
        "bare_grade": re.compile(r"(?:\b(?:aus|in|von)\s+(?:der|die|meiner|unserer|seiner|ihrer)"
                                 r"|\bschueler(?:in|innen)?\s+(?:der|aus\s+der|in\s+der)"
                                 r"|lehrer(?:in)?\s+(?:ner|einer|der|meiner|unserer|in\s+der))\s+"
                                 rf"(?P<a>\d{{1,2}})(?:\.(?=\s*(?:$|[,;:!?)(]|und\b|oder\b|[-–]"
                                 rf"|{_NOT_GRADE}[a-z]))|(?=\s+{_NOT_GRADE}[a-z])"
                                 r"|(?=\s*(?:$|[,;:!?)]))"  # "Mädchen aus der 7, kippt um"
                                 r"|(?=\s+\d{1,2}\s*(?:j\b|jahre?\b)))"),
        "class_number": re.compile(
            r"(?:klassen?|klassenstufen?|jahrgangsstufen?|jahrgaenge|jahrgang|grade|year|jgst\b\.?|jg\b\.?"
            r"|kl\b\.?|jahrgangsst\b\.?)\s*:?\s*(?P<a>\d{1,2})"  # a form's "KLASSE: 3"
            # a list of school years ends with "und": "Kl. 5, 7 und 9" (not "Klasse 5, 11")
            r"(?:(?:\s*,\s*\d{1,2}(?!\d))*\s*(?:/|-|–|und|u\.|oder|bis)\s*(?P<b>\d{1,2})"
            r"(?!\d|\s*\.?\s*(?:j\b|jahr|monat|mon\b|woch)))?"),
        "ordinal_class": re.compile(rf"\b(?P<o>{ordinals})\s*-?\s*klaessler\w*"),
        "ordinal_noun": re.compile(
            rf"(?:(?:schueler\w*|kinder|jugendliche\w*|klassen?)\s+(?:der|aus der|in der|einer"
            rf"|den|die)|(?:geht|gehen|kommt|kommen|besucht\w*|ist|sind|ging)\s+(?:\w+\s+){{0,3}}"
            rf"(?:in\s+die|in\s+der|in\s+die|auf\s+die))\s+(?P<o>{ordinals})(?:e|en)\b"
            rf"(?!\s+(?:{_NOT_GRADE_WORDS}))"),  # "ist in der dritten Woche": no school year
        # "ein Junge aus der neunten", "Mädchen aus der Zehnten, ritzt sich": an ordinal after
        # an article and no noun of its own is a school year
        # Ruhr German folds the article into the preposition: "is getz inne fünften anner
        # Gesamtschule", "geht inne achte"; a form field quotes it: "'aus der Vierten'"
        "bare_ordinal": re.compile(
            rf"\b(?:(?:aus|in|von)\s+(?:der|die|meiner|unserer|seiner|ihrer)|inne|inner|aussa)\s+"
            rf"(?P<o>{ordinals})(?:e|en)\b(?=\s*(?:$|[,;:!?)(.'\"“”„‘’«»]|und\b|un\b|oder\b|[-–])"
            rf"|\s+{_NOT_GRADE}[a-z])"),
        # "Stufe 9, Schüler schwänzt": the secondary school's word for its years (5 to 13); a
        # lower one or one out of several is a stage of something else ("Stufe 2 von 3")
        "stufe": re.compile(r"(?<![a-z])stufen?\s*(?P<a>\d{1,2})(?:\s*(?:/|-|–|und|u\.|oder|bis)"
                            r"\s*(?P<b>\d{1,2}))?(?!\d|\s*(?:von|of|aus|der|des)\b)"),
        # "für Kinder der Klassen 1 4": a plural of classes with two numbers is a range
        "classes_pair": re.compile(r"\bklassen\s+(?P<a>\d{1,2})\s+(?P<b>\d{1,2})\b(?!\s*[.,]?\d)"),
        "grade_pair": re.compile(r"\b(?:fuer|aus|in|von)\s+(?:der|die|den)\s+(?P<a>\d{1,2})\s*/\s*"
                                 r"(?P<b>\d{1,2})\b(?!\s*(?:jahr|monat|woch|tag|uhr|stund|std|kind))"),
        "class_letter": re.compile(r"(?<![§\w.])(\d{1,2})([a-f])\b"),  # "meine 2b", "8b"
        "class_er": re.compile(r"(?<![§\w.])(\d{1,2})er\b(?!\s*(?:jahre|gruppe|pack|karte))"),
    }


# a school left behind: "war nur bis Klasse 6 in der Schule", "ging bis zur 8. Klasse",
# "hat nach der 9. Klasse abgebrochen" name the last class, not a class the person is in now;
# "kenn den Jung seit der ersten Klasse" names when something began, years ago
_SCHOOLING_ENDED = re.compile(r"\b(?:(?:war|waren|ging|gingen|besuchte|went)\s+(?:\w+\s+){0,3}"
                              r"(?:bis|nach|until|up to)|(?:hat|hatte)\s+(?:\w+\s+){0,2}nach"
                              r"|seit|since)"
                              r"\s+(?:zur|zum|der|die|year|grade)?\s*$")


# a birthday told without the word: "hat ihm zum 18. gesagt", "seit ihrem 16." — a person's
# ordinal after "zum" or a possessive is her birthday, not a date ("bis zum 15. melden")
_BIRTHDAY_SAID = gated(re.compile(
    r"\b(?:(?:ihm|ihr)\s+zum|(?:seit|nach|zu|ab)\s+(?:seinem|ihrem))\s+"
    r"(\d{1,2})\s*\.(?!\s*(?:\d|geburtstag|mal\b|lebens|klasse|kind))"))
# "nach dem 1. Geburtstag", "vor dem 3. Geburtstag"; each pattern of `life_year` is gated by the
# strings its matches need, so a text without them is not scanned word by word
BIRTHDAY_ORDINAL = gated(re.compile(
    r"\b(?:(?P<pre>vor|bis)\s+)?(?:\w+\s+)?(\d{1,2})\s*\.\s*geburtstag"))


def life_year(text: str) -> list[Span]:
    """Read "im 2. Lebensjahr" and "fürs erste Lebensjahr" as that year of life, and "nach dem 1.
    Geburtstag" as that age ("vor dem 3. Geburtstag": the year before; "bis zum": all before)."""
    hits = []
    for m in BIRTHDAY_ORDINAL.finditer(text):
        years = int(m.group(2))
        if 1 <= years <= 21:
            low = {"vor": years * 12 - 12, "bis": 0}.get(m.group("pre") or "", years * 12)
            high = years * 12 - 1 if m.group("pre") else years * 12 + 11
            hits.append(Span(m.start(2), m.end(), low, high))
    for m in _BIRTHDAY_SAID.finditer(text):  # "hat ihm zum 18. gesagt, er soll ausziehen"
        if 1 <= int(m.group(1)) <= 21:
            hits.append(Span(m.start(1), m.end(), int(m.group(1)) * 12, int(m.group(1)) * 12 + 11))
    for m in _YEAR_OF_LIFE.finditer(text):
        if _SINCE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "trinkt seit ihrem 12. Lebensjahr": when it began, not how old she is
        # "vollendetes 4. LJ", "hat das 3. Lebensjahr bereits vollendet": turned that age
        year = int(m.group(2)) + (1 if m.group("done") or m.group("done_after") else 0)
        if 1 <= year <= 21:
            hits.append(Span(m.start(), m.end(), (year - 1) * 12, year * 12 - 1))
    for m in _MONTH_OR_WEEK_OF_LIFE.finditer(text):
        # "im 4. Lebensmonat" is three months old; "in der 3. Lebenswoche" and "am 5.
        # Lebenstag" (a ward's "5. LT", `age_days`) a newborn
        count, unit = int(m.group("n")), m.group("unit")
        days = {"monat": 0, "woche": 7, "tag": 1}[unit]
        months = count - 1 if unit == "monat" else (count - 1) * days // 30
        if 1 <= count <= {"monat": 24, "woche": 52, "tag": 99}[unit]:
            hits.append(Span(m.start(), m.end(), months, months))
    return hits


_YEAR_OF_LIFE = gated(re.compile(
    r"\b(?P<done>vollendet\w*\s+)?(\d{1,2})\s*\.\s*(?:lebensjahr\w*|lj\b)"
    r"(?P<done_after>(?:\s+\w+){0,2}?\s+vollendet)?"))
_SINCE = re.compile(r"\b(?:seit|since)\s+(?:dem|ihrem|seinem|her|his|the)?\s*$")
_MONTH_OR_WEEK_OF_LIFE = gated(re.compile(
    r"\b(?P<n>\d{1,2})\s*\.\s*lebens(?P<unit>monat|woche|tag)\w*"))


def approximate_years(text: str) -> list[Span]:
    """Read "knapp vier", "fast 3" or "(bald 4)" standing alone as just under that many years."""
    hits = []
    approx = (rf"\b(?:{ALMOST}|bald|soon)\s+(\d{{1,2}})\b(?!\s*(?:uhr|euro|%|km"
              r"|stunden|std|tage|wochen|monate|mal|kinder|\.\s*klasse))")
    for m in re.finditer(approx, text):
        years = int(m.group(1))
        if 1 <= years <= 21:
            hits.append(Span(m.start(), m.end(), *almost(years)))
    return hits


def school_years(text: str, vocab: AgeVocabulary, left: list[Span] | None = None) -> list[Span]:
    """School years: "5. Klasse", "Klasse 3/4", "vierten Klassen", "7b", "unsere 7er", "Q1", and
    in a family's language, "clasa a treia", "trzeciej klasy" (`age_school_foreign`).

    A class left behind ("Mia, 13, war bis Kl. 4 bei uns") is history, no age: it goes to `left`
    when given, so that its number is read as nobody's age either."""
    patterns = _patterns()
    grades: list[tuple[int, int, int, int]] = []
    for m in patterns["classes_pair"].finditer(text):  # first: "Klassen 1 4" is no "Klasse 1"
        if int(m["a"]) < int(m["b"]):
            grades.append((m.start(), m.end(), int(m["a"]), int(m["b"])))
    # a text typed without any mark lost the ordinal's dot too: "Workshop für 8 Klassen externe
    # Fachkraft" is "für 8. Klassen", as the writer who sets marks would have it
    bare = unpunctuated(text)
    for name in ("school_year", "class_number", "bare_grade", "grade_pair"):
        for m in patterns[name].finditer(text):
            if name == "school_year" and _COUNTED.fullmatch(m.group(0)) and not bare:
                continue  # "Jg. 7 (vier Klassen, ca. 110 SuS)": how many classes, not which
            if agenda_item(text, m.start("a"), m.end("a")):
                continue  # "TOP 3 Klasse 5a:": the item's number, then the class
            a = int(m.group("a"))
            b = int(m["b"]) if m.groupdict().get("b") else a
            grades.append((m.start(), m.end(), a, b))
    for m in patterns["stufe"].finditer(text):
        if int(m["a"]) >= SECONDARY_FIRST:
            grades.append((m.start(), m.end(), int(m["a"]), int(m["b"] or m["a"])))
    blocked = not_age_spans(text)
    for m in patterns["class_letter"].finditer(text):
        if inside(blocked, m.start(1), m.end(1)):
            continue  # "§ 8a"
        if _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "auf Station 3B", "Zimmer 2a": a ward or a room, no class
        grades.append((m.start(), m.end(), int(m.group(1)), int(m.group(1))))
    for m in patterns["class_er"].finditer(text):  # "unsere 8er", "Eltern der 7er, Gymnasium"
        owned = re.search(r"\b(?:unsere[nrm]?|meine[nrm]?|der|die|den)\s*$", text[: m.start()])
        if owned or SCHOOL_WORDS.search(text):
            grades.append((m.start(), m.end(), int(m.group(1)), int(m.group(1))))
    for name in ("ordinal_noun", "bare_ordinal"):  # "ein Schüler der Zehnten", "aus der neunten"
        for m in patterns[name].finditer(text):
            grade = vocab.ordinals[m.group("o")]
            grades.append((m.start("o"), m.end(), grade, grade))
    for m in patterns["ordinal_class"].finditer(text):
        grade = vocab.ordinals[m.group("o")]
        grades.append((m.start(), m.end(), grade, grade))
    # "clasa a treia", "w trzeciej klasie", "beşinci sınıfta", "во втором классе"
    grades += [(g.start, g.end, g.year, g.year) for g in foreign_grades(text)]
    hits: list[Span] = []
    for start, end, a, b in grades:
        if not 1 <= a <= 13 or not 1 <= b <= 13:
            continue
        if _SCHOOLING_ENDED.search(text[:start]):
            if left is not None:
                left.append(Span(start, end, 0, 0))
            continue  # "war nur bis Klasse 6 in der Schule": the school he left, not his age
        if any(h.start < end and start < h.end for h in hits):
            continue
        first, last = sorted((a, b))
        low = (first + vocab.school_start_years - 1) * 12
        high = (last + vocab.school_start_years - 1) * 12 + 11
        hits.append(Span(start, end, low, high))
    return hits


def age_groups(text: str, vocab: AgeVocabulary) -> list[Span]:
    """Sports age groups: "in der U13 spielt ein Junge", "B-Jugend" — two birth years under N.

    U1–U11 are also check-ups ("U9 unauffällig"), so up to U11 a sports word must be present.
    """
    hits: list[Span] = []
    sporty: bool | None = None  # looked up only when a low U-number needs it
    for m in re.finditer(r"\b(?:u\s?-?(?P<n>\d{1,2})|(?P<l>[a-g])-?jugend\w*)\b", text):
        under = int(m.group("n")) if m.group("n") else vocab.youth_letters.get(m.group("l"), 0)
        if under < 12 and not m.group("l") and sporty is None:
            sporty = any(w in vocab.sports_words for w in re.findall(r"[a-z]+", text))
        if 7 <= under <= 19 and (under >= 12 or sporty or m.group("l")):
            hits.append(Span(m.start(), m.end(), (under - 2) * 12, under * 12 - 1))
    return hits
