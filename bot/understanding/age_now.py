"""The age today beats an age of the past, and the age since birth beats a corrected one.

A request may name one child's age twice: when something happened and how old the child is now
("Mit 14 Jahren kam er aus Eritrea, jetzt ist er 16", "hat mit 12 angefangen zu ritzen,
inzwischen 15"), or, for a baby born early, the corrected age and the age since birth
("korrigiert 3 Monate, tatsächlich 5"). Offers fit the child as it is today by the calendar, so
the mention marked as today's or as the age since birth is the child's and the other gives way.
Kept apart from the mention reader, which classifies each number on its own: this judges two
mentions of one child against each other. Words are data (`bot/data/age_time.toml`).

Told alone, an age an event happened at ("LKG-Spalte, operiert mit 11 Monaten", "Mit 2 Jahren hat
sie aufgehört zu sprechen", "diagnosed with diabetes at age 5") names no age today: it is set
aside too, and the assistant asks. A developmental age ("wie ein 3-Jähriger", `age_developmental`)
is set aside wherever it stands.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.understanding.age_developmental import developmental
from bot.understanding.age_mentions import Mention
from bot.understanding.age_sibling_birth import sibling_born
from bot.understanding.age_time import TimeWords, event_noun, time_words
from bot.vocabulary.lexicon import age_vocabulary

_WORD = re.compile(r"[a-z]+")
PAST_REACH = 4  # words after "mit 14 (Jahren)" within which a past verb makes it an age of then
_MONTHS = re.compile(r"\s*(?:monat\w*|mon\b|mo\b|m\b)")
_BABY_MONTHS = 48  # a corrected age is counted for the first years only
_SPAN_MONTHS = re.compile(r"\d{1,2}\s*(?:monat\w*|mon\b|mo\b)")
_SPAN_LEAD = re.compile(r"\b(?:seit|vor|fuer|since|for|ago|nach|after)\s+$")  # a real span
_BARE = re.compile(r"(\d{1,2})(?!\s*[.,]?\s*\d)(?!\s*[a-z])")  # "tatsächlich 5" with no unit


def _before(text: str, start: int, count: int) -> list[str]:
    """The last `count` words before `start` within its clause (a comma or stop ends it)."""
    clause = re.split(r"[,;:!?()]|\.(?!\d)", text[:start])[-1]
    return _WORD.findall(clause)[-count:]


def _marked_now(text: str, hit: Mention, words: TimeWords) -> bool:
    """Tell "jetzt ist er 16", "inzwischen 15", "heute 9 Jahre alt": the age today."""
    before = _before(text, hit.start, 4)
    while before and before[-1] in words.now_between:
        before = before[:-1]
    return bool(before) and before[-1] in words.now


@cache
def _child_nouns() -> frozenset[str]:
    return frozenset(age_vocabulary().child_nouns)


def _event_lead(text: str, hit: Mention, words: TimeWords) -> list[str] | None:
    """Return the clause's words before the phrase that leads an age an event happened at ("mit
    11 Monaten", "im Alter von 3 Jahren", "at 3", "at age 5"), or None when no such phrase
    leads the age."""
    before = _before(text, hit.start, 10)
    for size in (4, 3, 2, 1):
        if len(before) >= size and " ".join(before[-size:]) in words.at_event:
            return before[:-size]
    return None


def _marked_past(text: str, hit: Mention, words: TimeWords) -> bool:
    """Tell "mit 14 Jahren kam er", "als er 3 war", "seit sie 5 ist", "diagnosed with autism at
    3", "Herz-OP mit 4 Monaten": an age of then."""
    before = _before(text, hit.start, 3)
    lead = _event_lead(text, hit, words)
    if lead is not None:
        after = _WORD.findall(re.split(r"[;:!?()]|\.(?!\d)", text[hit.end :])[0])
        # a verb of the past before "mit" ("war mit 2 J. schon mal bei uns", "der war früher
        # mit 3 in einer Spielgruppe", "hat mit 1 eine OP gehabt", "operiert mit 11 Monaten"),
        # the perfect's auxiliary right after the age ("mit 5 hat sie ihren Vater verloren"),
        # or an event's noun before it ("Herz-OP mit 4 Monaten", "diagnosis at 3")
        told = words.past_verbs | words.perfect | words.past_before
        # only the words after a child's noun: "hat ein Baby mit 10 Monaten", "drei Kinder im
        # Alter von 2, 5 und 9" describe the children, whatever verb stands before them
        near = lead[-4:]
        cut = max((i + 1 for i, w in enumerate(near) if w in _child_nouns()), default=0)
        return (any(w in words.past_verbs for w in after[:PAST_REACH])
                or any(w in told or event_noun(w, words.event_nouns) for w in near[cut:])
                or (bool(after) and after[0] in words.perfect))
    return any(w in words.past_before for w in before[-3:-1]) and not any(
        w in words.now for w in before)


def _event_alone(text: str, hit: Mention, words: TimeWords, child_nouns: frozenset[str]) -> bool:
    """Tell whether an age of then stands for an event told of the child, not as the child's
    description: "operiert mit 11 Monaten", "Mit 2 Jahren hat sie aufgehört zu sprechen",
    "diagnosed with diabetes at age 5". Told alone it names no age today (the writers label such
    a request without an age); "Kind mit 3 Jahren kam in die Praxis" describes the child."""
    lead = _event_lead(text, hit, words)
    if lead is None:
        return False
    return not lead or lead[-1] not in child_nouns


def _then_beside_now(text: str, hit: Mention, now: list[Mention], words: TimeWords) -> bool:
    """Tell "Bayley mit 18 Monaten … jetzt 20 Mon.", "bei Aufnahme war er 3, inzwischen 5": a
    younger age told at an occasion (an examination, an admission) beside one marked as today's.

    Alone such an age is the child's ("Kind mit 3 Jahren sucht Kita"); beside the age today it
    is the same child's earlier age, as a report that follows a child over time writes it. An
    older age is another person's, and stays."""
    if not now or hit.kind not in ("child", "loose", "unexplained"):
        return False
    if hit.high >= min(h.low for h in now):
        return False
    clause = _before(text, hit.start, 12)
    return any(w in words.then_occasion or event_noun(w, words.event_nouns)
               for w in clause) and not any(w in words.now for w in clause)


def _marked_coming(text: str, hit: Mention, now: list[Mention], words: TimeWords) -> bool:
    """Tell "ist dann 1 Jahr, jetzt aber noch 9 Monate", "Baby ist dann 4 Monate, jetzt 2": an
    age told for a coming moment beside the age today. Alone, "ist dann 3" stays the child's
    age (the offer is for that moment); beside the age marked as today's it gives way."""
    if not now:
        return False
    before = _before(text, hit.start, 4)
    while before and before[-1] in words.now_between:
        before = before[:-1]
    return bool(before) and before[-1] in words.then_coming


_YEAR = re.compile(r"(?:19|20)\d\d")
_DATED_REACH = 24  # months a birth year's reading may stray from the age told today


def _dated_beside_now(text: str, hit: Mention, now: list[Mention]) -> bool:
    """Tell "Kind geb. 2024, jetzt 15 Monate", "Jg. 2023, aktuell 20 Monate": an age counted from
    a birth year beside one marked as today's. The year is counted to the assistant's calendar,
    the age today to the writer's, who knows the child's month too: the age told wins. A year
    far from it is another child's ("Bruder Jg. 2012, Baby jetzt 3 Monate")."""
    if not now or not _YEAR.search(text[hit.start : hit.end]):
        return False
    return any(h.low - _DATED_REACH <= hit.high and hit.low <= h.high + _DATED_REACH
               for h in now)


def _corrected(text: str, hit: Mention, words: TimeWords) -> bool:
    """Tell "korrigiert 3 Monate", "3 Mon. korr.": a preterm baby's corrected age."""
    # a marker after the number corrects it ("3 Mon. korr."), unless a number of its own
    # follows the marker: in "real 6 Monate (korrigiert 4)" the 4 is the corrected age
    word = _WORD.search(text, hit.end, hit.end + 16)
    # ("jetzt 5 Mon. (korr. knapp 3)": a hedge may stand before the marker's own number)
    # ("7 Monate, korrigiertes Alter erst 4": the marker's fillers too)
    own = re.match(r"\W{0,3}(?:(?:knapp|fast|ca|etwa|gut|ungefaehr|about|nearly)\W{1,3})?\d",
                   _unfilled(text[word.end() :], words)) if word else None
    after = [word.group(0)] if word and not own else []
    if _abbreviated(text, hit, words.corrected):
        return True  # "(korr. 3 Mon.)", "korr. Alter 6 Wo.": the abbreviation's dot ends no clause
    lead = _before(text, hit.start, 5)
    while lead and lead[-1] in words.corrected_fillers:  # "korrigiertes Alter erst 4 Monate"
        lead = lead[:-1]
    return any(w in words.corrected for w in lead[-2:] + after)


def _unfilled(rest: str, words: TimeWords) -> str:
    """The text after a corrected-age marker from its first word that is no filler ("Alter
    erst 4 Monate" → " 4 Monate")."""
    m = re.match(r"(?:\W{0,3}([a-z]+))", rest)
    while m and m.group(1) in words.corrected_fillers:
        rest = rest[m.end() :]
        m = re.match(r"(?:\W{0,3}([a-z]+))", rest)
    return rest


# an abbreviated marker, its dot no clause's end, and the word "Alter" after it: "korr. Alter
# 6 Wo., chronolog. Alter 15 Wo." as a discharge form writes them
_ABBREVIATED = re.compile(r"\b([a-z]+)\.\s*(?:alter\s*:?\s*)?$")


def _abbreviated(text: str, hit: Mention, markers: frozenset[str]) -> bool:
    m = _ABBREVIATED.search(text, max(0, hit.start - 24), hit.start)
    return bool(m) and m.group(1) in markers


def _since_birth(text: str, hit: Mention, words: TimeWords) -> bool:
    return _abbreviated(text, hit, words.chronological) or any(
        w in words.chronological for w in _before(text, hit.start, 2))


def _in_months(text: str, hit: Mention, months: bool) -> Mention:
    """Read a bare number after the corrected age in months in the same unit: "korrigiert 3
    Monate, tatsächlich 5" names five months; one with a unit keeps its own reading."""
    bare = _BARE.match(text, hit.start)
    if months and bare and not _MONTHS.match(text, bare.end()):
        value = int(bare.group(1))
        return replace(hit, end=bare.end(), low=value, high=value, kind="child")
    if hit.kind == "duration":  # "tatsächlich 5 Monate": an age, not how long something lasts
        unit = re.match(r"(\d{1,2})\s*(monat\w*|mon\b|woche\w*|wo\b)", text[hit.start :])
        if unit:
            value = int(unit.group(1)) if unit.group(2).startswith("mon") else int(
                int(unit.group(1)) * 7 / 30)
            return replace(hit, low=value, high=value, kind="child")
    return replace(hit, kind="child")


def present(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions with an age of the past or a corrected age set aside (kind `past`)
    when the same text tells the age today or the age since birth, and a sibling's birth told
    beside an older child's age (`sibling_born`)."""
    words = time_words()
    found = sibling_born(text, found)  # "Sohn 4 J., seit die Zwillinge vor 6 Wo. geboren sind"
    found = developmental(text, found)  # "wie ein 3-Jähriger, ist aber schon 5": set aside
    corrected = [h for h in found if _corrected(text, h, words)]
    if corrected:
        since = [h for h in found if h not in corrected and _since_birth(text, h, words)]
        if since:
            months = all(h.high < 24 for h in corrected)
            kept = {id(h): _in_months(text, h, months) for h in since}
            return [kept.get(id(h)) or (replace(h, kind="past") if h in corrected else h)
                    for h in found]  # fmt: skip
        # "jetzt 13 Monate alt, korrigiert 10 Monate": a baby's other age beside the corrected
        # one, with no marker of its own, is the age since birth
        real = [h for h in found if h not in corrected and h.kind in ("child", "loose")
                and h.low >= 0 and h.high < _BABY_MONTHS]
        # "Frühgeb. 29+5, 8 Mon. (korr. 6 Mon.)": months read as a span beside the corrected
        # age are the age since birth, as a discharge note writes it
        spans = {id(h): _in_months(text, h, True) for h in found if h not in corrected
                 and h.kind == "duration" and _SPAN_MONTHS.match(text, h.start)
                 and not _SPAN_LEAD.search(text, 0, h.start)}
        # (body58) a baby is never younger by the calendar than corrected: "korrigiert 22
        # Monate … SPZ-Termin erst in 5 Monaten" tells a wait, not the age since birth
        least = min(h.low for h in corrected)
        real = [h for h in real if h.high >= least]
        spans = {key: h for key, h in spans.items() if h.high >= least}
        if real or spans:
            return [replace(h, kind="past") if h in corrected else spans.get(id(h), h)
                    for h in found]
    now = [h for h in found if h.kind != "duration" and _marked_now(text, h, words)]
    past = [h for h in found if h not in now and (
        _marked_past(text, h, words) or _then_beside_now(text, h, now, words)
        or _dated_beside_now(text, h, now) or _marked_coming(text, h, now, words))]
    if past and not now:
        # "Jonas ist zwölf. Der war mit acht schon mal in einer Tagesklinik": an age told as
        # of then beside one older and unmarked is that child's earlier age, and the older one
        # today's; a younger one beside it may be a sibling's, and the past age stays
        now = [h for h in found if h not in past and h.kind in ("child", "loose")]
        if not now:
            # (ages52) "LKG-Spalte, operiert mit 11 Monaten": only the age of an event is
            # told, none of today; the request names no age and the assistant asks
            events = [h for h in past if _event_alone(text, h, words, _child_nouns())]
            return [replace(h, kind="past") if h in events else h for h in found]
        if min(h.low for h in now) <= max(h.high for h in past):
            return found
    if not now or not past:
        return found
    return [replace(h, kind="past") if h in past else
            replace(h, kind="child") if h in now and h.kind in ("loose", "unexplained") else h
            for h in found]  # fmt: skip
