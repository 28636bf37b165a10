"""Every number mention of a request, classified by its context: whose age is it, if anyone's?

A `Mention`'s kind: `child` (a unit, a child noun, a bracket after a name), `role` ("Kunde 19",
"Junger Mann, 18"), `loose` (a clause of its own, "16, Realschule", or after a copula, "ist jetzt
18"), `other` (a brother's), `adult` (the mother's), `duration` ("seit drei Wochen"),
`unexplained` (could be an age, nothing explains it) and `unread_unit` ("ist 14 maasam").
`bot.understanding.age` then picks the child's age from the best-supported mentions.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from bot.understanding import age_patterns as ap
from bot.understanding.age_anchors import anchored, before_numbers, noun_starts
from bot.understanding.age_baby_lists import babies_listed
from bot.understanding.age_birth import born_now, newborn_days
from bot.understanding.age_dates import birth_dates
from bot.understanding.age_gestation import gestational
from bot.understanding.age_group_span import open_ended
from bot.understanding.age_lasting import lasting
from bot.understanding.age_lists import compact_years_months, listed_ages, years_after_months
from bot.understanding.age_loose import LooseReader
from bot.understanding.age_pairs import baby_noun, overlaps, spans_beside_older
from bot.understanding.age_parents import OLDER_ONES
from bot.understanding.age_patterns import mention_patterns, words_before
from bot.understanding.age_spans import child_word
from bot.understanding.age_time import birthday_to_come
from bot.understanding.age_under_marks import under_marks
from bot.understanding.age_unit_ranges import unit_ranges
from bot.understanding.age_values import (
    ADULT,
    SOON,
    SOON_AFTER,
    almost,
    bounds,
    days_before,
    glued,
    number_value,
    open_range,
    turned,
    years_range,
)
from bot.understanding.numbers import inside, not_age_spans
from bot.vocabulary.lexicon import AgeVocabulary, age_vocabulary
from bot.vocabulary.units import AGE_MAX as MAX_MONTHS
from bot.vocabulary.units import DAYS_PER_MONTH, WEEK_IN_MONTHS

BABY_MONTHS = 18  # a baby's bare number beyond this is no count of its months
SCHOOL_YEARS = 13  # the highest class a school numbers
_NUMBERED_CLASSES = ("klass", "stufe")  # owners whose own number is a class, 1 to 13
_CLASS_BEFORE = re.compile(r"(?:klass|jahrg|jg|kl|stufe)\w*\.?\s*:?\s*$")  # "KLASSE: 1"
_BARE = ("loose", "unexplained", "unread_unit", "at_age")  # numbers no noun or unit explains
_OPENED = ("child", "loose", "unexplained")  # kinds a "+" after the year opens upwards
_OWNED_GROUPS = ("gruppe", "kurs", "team", "mannschaft", "klass", "stufe")  # the writer's own

@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    low: int
    high: int
    kind: str = "child"  # role condition loose other adult duration unexplained unread_unit
    noun: str = ""  # the word the number belongs to ("sohn" in "Sohn 14")


class _Reader(LooseReader):
    """Collects the mentions of one normalised text."""

    def __init__(self, text: str, vocab: AgeVocabulary, expecting: bool,
                 school: tuple[tuple[int, int], ...] = ()) -> None:  # fmt: skip
        self.text = text
        self.vocab = vocab
        self.expecting = expecting
        self.blocked = not_age_spans(text)
        self.school = school
        self.hits: list[Mention] = []

    def add(self, start: int, end: int, low: int, high: int, kind: str = "child",
            noun: str = "") -> None:  # fmt: skip
        self.hits.append(Mention(start, end, low, high, kind, noun))

    def free(self, start: int, end: int) -> bool:
        return not overlaps(self.hits, start, end) and not inside(self.blocked, start, end)

    def unblocked(self, pattern: re.Pattern[str], descending: bool = False
                  ) -> Iterator[re.Match[str]]:  # fmt: skip
        """Yield a pattern's matches, a pair whose first number is a level, code or count read
        from its second number on: in "Pflegegrad 4, 12 J." or "GdB 50, 7 J." only the last
        number carries the unit, the first is the level's own. With `descending`, a falling
        pair after a comma is two things too ("Schülerin 16, 6 Wochen Klinik"), and so is any
        pair after a comma whose second number starts a span of time ("Kind 4, 6 Wochen
        Wartezeit", "Sohn 3, 8-wöchiger Elternkurs")."""
        for m in pattern.finditer(self.text):
            level = self.blocked + self.school  # "Klasse 4, 9 Jahre": the 4 is the class
            comma = "," in self.text[m.end("a") : m.start("b")] if m.group("b") else False
            if m.group("b") and (inside(level, m.start("a"), m.end("a")) or (comma and (
                    (descending and number_value(m.group("a")) > number_value(m.group("b")))
                    or inside(self.blocked, m.start("b"), m.end("b"))
                    or self.duration(m.start("b"), m.end())))):
                # "Sohn 3, 8-wöchiger Elternkurs", "Kind 4, 6 Wochen Wartezeit": the span of
                # time starts at its own number, the first one is the child's
                m = pattern.match(self.text, m.start("b")) or m
            yield m

    def units(self) -> None:
        """Ages written with a unit: "3 J.", "2,5 Jahre", "Baby 7 Wochen", "2 J. 3 Mon."."""
        text, patterns = self.text, mention_patterns()
        for birth in birth_dates(text):  # "Kind (geb. 03/2021)", "Mutter (*1999)"
            self.add(birth.start, birth.end, birth.low, birth.high,
                     "adult" if birth.adult else "child")  # fmt: skip
        for m in patterns["years_months"].finditer(text):
            if ap.several_before(text[: m.start()]):
                continue  # "Zwei Kinder (3 J. und 8 Mon.)": two children, not 3;8
            if lasting(text, m.start("m"), m.end(), False):
                continue  # "Kind 9 Jahre, 3 Monate Sprachkurs gemacht": the course's months
            total = int(m.group("y")) * 12 + int(m.group("m"))
            if total <= MAX_MONTHS and not self.sentenced(m.start(), m.end()):  # "Urteil: 4 J…"
                self.add(m.start(), m.end(), total, total)
        for m in re.finditer(r"(?<![\d;])(\d{1,2});(\d{1,2})(?!\d)(?:\s*(?:j\.?|jahre?))?", text):
            total = int(m.group(1)) * 12 + int(m.group(2))  # paediatric "2;3 J."
            if int(m.group(2)) < 12 and total <= MAX_MONTHS and self.free(m.start(), m.end()):
                self.add(m.start(), m.end(), total, total)
        for start, end, total in compact_years_months(text):  # "(2 y 6)", "2 J. 6 M."
            if not ap.SEVERAL.search(text[:start]) and self.free(start, end):
                self.add(start, end, total, total)
        for m in born_now(text):  # "Geburt gestern", "heute Nacht entbunden"
            self.add(m.start(), m.end(), 0, 0)
        for start, end, months in newborn_days(text):  # "Wochenbett Tag 9"
            if self.free(start, end):
                self.add(start, end, months, months)
        for m in self.unblocked(patterns["years"]):
            if not self.free(m.start(), m.end()):
                continue
            if ap.GROUP_OVER.search(text[max(0, m.start() - 40) : m.start()]) and not m.group("b"):
                self.add(m.start(), m.end(), *open_range(number_value(m.group("a"))))  # "über 3 J."
                continue
            if ap.GROUP_UNTIL.search(text[max(0, m.start() - 40) : m.start()]) and not m.group("b"):
                self.add(m.start(), m.end(), 0, round(number_value(m.group("a")) * 12) + 11)
                continue  # "Kinder bis 6 Jahre": every age up to six
            if self.duration(m.start(), m.end()) or self.difference(m.start(), m.end()):
                if _falling(text, m) and self.duration(m.start("b"), m.end()):
                    # "Kundin zwanzig drei Jahre arbeitslos": her age, then how long; only the
                    # second number is the span, the first stays for the noun before it
                    self.add(m.start("b"), m.end(), 0, 0, "duration")
                    continue
                self.add(m.start(), m.end(), 0, 0, "duration")
                continue
            before = words_before(text, m.start())
            a, b = bounds(text, m, years=True)
            counted = b is not None and not text[m.end("a") : m.start("b")].strip() and bool(
                ap.COUNTED.match(text, m.end("a"))) and not ap.TARGET_GROUP.search(text[:m.start()])
            if counted:
                a, b = number_value(m.group("b")), None  # "zwei Elfjährige": two of eleven
            if before and before[0] in ap.APPROX:
                self.add(m.start(), m.end(), *almost(a))
            elif before and before[0] in ("unter", "under"):
                self.add(m.start(), m.end(), 0, round(a * 12) - 1)
            elif b is None and ap.GROUP_FROM.search(text[max(0, m.start() - 60) : m.start()]):
                self.add(m.start(), m.end(), *open_range(a))  # "für Kinder ab 10 Jahren": open
            elif b is None and (SOON.search(text[max(0, m.start() - 40) : m.start()])
                                or birthday_to_come(text[max(0, m.start() - 60) : m.start()], "")):
                self.add(m.start(), m.end(), *turned(text[: m.start()], "", a))  # "morgen 1"
            elif before and before[0] == "ab" and b is None and (span := years_range(a)):
                self.add(m.start(), m.end(), *span, "condition")  # "Kita ab 1 Jahr? Kind 10 Mon."
            elif span := years_range(a, b):
                # "12-jährigen Bruder", "12 years old brother" — but "3 J Mann ist weg" (no
                # comma) gives the child's age before the next sentence's subject
                adjective = re.search(r"jaehrig\w|alt\w|old|year", m.group(0))
                if adjective and (self.partner(m.start(), m.end()) or self.parent_after(m.end())):
                    self.add(m.start(), m.end(), *span, "adult")
                    continue
                other = (adjective and self.someone_else(m.end())) or bool(
                    before and before[0] in self.vocab.other_person_nouns)  # "Bruder 4 Jahre"
                kind = "other" if other else "child"
                # "Geschwister 5 und 12 Jahre": two children, so "um die Ältere" can pick one
                items = [] if counted else listed_ages(text, m)
                for at, until, value in items:
                    if at >= m.start() or self.free(at, until):  # "3, " may be read already
                        self.add(at, until, *(years_range(value) or span), kind)
                if items:
                    continue
                # "Pat. 17 J., Säugling": the role's own age, which a baby beside it outweighs
                role = before[0] if before and before[0] in self.vocab.role_nouns else ""
                self.add(m.start(), m.end(), *span, kind, role)
        births: list[tuple[int, int]] | None = None  # the births the text tells, read once
        for m in self.unblocked(patterns["months"], descending=True):
            if not self.free(m.start(), m.end()):
                continue
            born = ap.BIRTH.search(text[max(0, m.start() - 30) : m.end() + 20])
            born = born or words_before(text, m.start()) == ["ab"]  # "Krabbelgruppe ab 6 Mon."
            if not born and births is None:
                births = [b.span() for b in ap.BIRTH.finditer(text)]
            born = born or any(start <= m.start() < end for start, end in births or ())
            if not born and (self.duration(m.start(), m.end())
                             or not self.baby_context(m.start(), m.end())):  # fmt: skip
                self.add(m.start(), m.end(), 0, 0, "duration")
                continue
            a, b = bounds(text, m)
            if total := self.years_and_months(m, a, b):
                self.add(m.start(), m.end(), total, total)  # "er ist 3 und 4 Monate": 3;4
                continue
            values = [a] + ([b] if b is not None else [])
            per = WEEK_IN_MONTHS if m.group("w") else 1 / DAYS_PER_MONTH if m.group("d") else 1
            months = [math.floor(v * per) for v in values]
            ab = words_before(text, m.start()) == ["ab"] and len(months) == 1
            kind = "condition" if ab else "child"  # "Krippe ab 12 Monaten": the offer's condition
            if words_before(text, m.start())[:1] in (["unter"], ["under"]) and months[0] >= 1:
                months = [0, months[-1] - 1]  # "Säuglinge unter 3 Monate": up to two months
            if max(months) <= MAX_MONTHS:
                self.add(m.start(), m.end(), min(months), max(months), kind)
            for at, until, value in years_after_months(text, m.end()) if b is None else ():
                if self.free(at, until) and (span := years_range(value)):
                    self.add(at, until, *span)  # "(10 Monate, 3, 6, 9)": the siblings' years

    def nouns(self) -> None:
        """Numbers after a child noun ("Kind 7", "Junge, zehn") or in brackets ("Luca (11)")."""
        text, vocab, patterns = self.text, self.vocab, mention_patterns()
        for m in patterns["named"].finditer(text):
            word = m.group("word")
            parent = not child_word(word, vocab) and self.parent_before(m.start(), word)
            # "von drei Älteren (17, 18) abgezogen": older youths, other people
            older = bool(OLDER_ONES.search(text, 0, m.end("word")))
            kind = ("adult" if word in vocab.adult_nouns or parent else
                    "other" if word in vocab.other_person_nouns or older else "child")  # fmt: skip
            # "schwester 5. klasse … nachrichten von nem typen (19)": beside a pupil's school
            # year, a grown-up's age after a word that names no child is that other person's
            grown = bool(self.school) and not child_word(word, vocab) and (
                word not in vocab.role_nouns)
            for n in re.finditer(r"\d{1,2}(?:,5(?!\d))?", m.group("nums")):  # "(6, 9 und 12 J.)"
                start, end = m.start("nums") + n.start(), m.start("nums") + n.end()
                value = number_value(n.group(0))
                if self.free(start, end) and baby_noun(word, vocab) and value <= BABY_MONTHS:
                    self.add(start, end, int(value), int(value), kind, word)  # "Baby (4)"
                elif self.free(start, end) and (span := years_range(value)):
                    other = self.friend(word, span[0], m.start("nums")) or (
                        grown and kind == "child" and span[0] >= ADULT)
                    self.add(start, end, *span, "other" if other else kind, word)
        for m in anchored(patterns["noun_numbers"], text, noun_starts(text)):
            if (cut := self._comma_before_span(m.start("nums"), m.end())) is not None:
                m = patterns["noun_numbers"].match(text, m.start(), cut) or m  # "Kind 4, 6 Wo…"
            start = m.start("nums")
            if not self.free(start, m.end()) or self.class_list(m.group("noun"), m.end("nums")) or (
                    self.no_person(m.group("noun"))):
                continue
            numbers = [number_value(n.group(0)) for n in re.finditer(ap.NUM, m.group("nums"))
                       if not inside(self.blocked, start + n.start(), start + n.end())]
            if not numbers or self.other_count(m, len(numbers)):
                continue
            # "Azubi 17 1 Lehrjahr": a number that starts a year of training is no second age
            pair = len(numbers) == 2 and re.fullmatch(r"(\d{1,2})(\s+)(\d{1,2})", m.group("nums"))
            # twins share one age: "Zwillinge 3 6" is 3;6 as "Kind 3 6" is
            one = not m.group("noun").endswith(ap.PLURAL_CHILDREN) or ap.TWINS.search(m["noun"])
            if pair and one and (value := glued(numbers[0], numbers[1], "", months=True)
                                 or glued(numbers[0], numbers[1], "", falling=True)):
                numbers = [value]  # "Kind 2 5", "Tageskind 2 7", "Kind 4 2": 2,5, 2;7, 4;2
            last = list(re.finditer(ap.NUM, m.group("nums")))[-1:]
            if last and inside(self.blocked, start + last[0].start(), start + last[0].end()):
                unit = ""  # "Sohn 3, 8-wöchiger Elternkurs": the unit is the course's length's
            elif unit := (m.group("unit") or "").strip():
                if vocab.stages.get(m.group("noun"), (0, 0))[0] >= 36:
                    continue  # "Feriencamp für Jugendliche, 2 Wochen": a span, not an age
                factor = WEEK_IN_MONTHS if re.match(ap.WEEK_UNIT, unit) else 1
                months = [math.floor(n * factor) for n in numbers]
                self.add(start, m.end(), min(months), max(months), "child", m.group("noun"))
                continue
            if baby_noun(m.group("noun"), vocab):
                # "Baby 3", "Säugling 7": a baby's bare number counts its months, never years
                if all(n == int(n) and n <= BABY_MONTHS for n in numbers):
                    self.add(start, m.end(), int(min(numbers)), int(max(numbers)), "child",
                             m.group("noun"))  # fmt: skip
                continue
            if m.group("approx") and len(numbers) == 1:
                self.add(start, m.end(), *almost(numbers[0]))
                continue
            ranged = bool(re.search(r"\d\s*(?:-|–|bis)\s*\d", m.group("nums")))
            spans = ([years_range(min(numbers), max(numbers))] if ranged
                     else [years_range(n) for n in numbers])  # fmt: skip
            if not any(spans) and (n := int(numbers[0])) < 100:  # "Kind 30": months? ask
                self.add(start, m.end(), n, n, "unread_unit", m.group("noun"))
            for span in spans:
                if span and m.group("cop") == "wird":  # "Sohn wird 6": five now, six soon
                    soon = SOON_AFTER.match(text, m.end("nums"))  # "… 6 next week": just 6
                    later = birthday_to_come("wird ", text[m.end("nums") :])  # "wird 6 im Mai"
                    span = (days_before(span[0] / 12) if soon else (
                        max(0, span[0] - 12), max(0, span[0] - 1) if later else span[1]))
                if span:
                    self.add(start, m.end(), *span, "child", m.group("noun"))
        people = ap.people_nouns()
        phrased = patterns["noun_phrase_number"]
        for m in anchored(phrased, text, before_numbers(text)):
            noun, owners = m.group("noun"), (m.group("w") or "", m.group("w2") or "")
            young = bool(m.group("young")) and noun in vocab.young_adult_nouns
            young = young or noun in vocab.child_nouns  # also short ones: "son with …"
            numbers = [number_value(n) for n in re.findall(ap.NUM, m.group("nums"))]
            # "Schülerin aus meiner Klasse 16 ritzt sich": no class is numbered 14 or above, so
            # after a class the number is the pupil's age
            # "Mädel aus meiner Gruppe 15 ritzt sich": a group the writer names as theirs needs
            # no number, and none numbered 14 or above is a Kita's or a school's
            owned = bool(re.search(r"\b(?:meiner|meinem|meinen|unserer|unserem|unseren)\s+$",
                                   text[: m.start("w")])) and all(
                w.startswith(_OWNED_GROUPS) for w in owners if w)  # fmt: skip
            beyond = all(n > SCHOOL_YEARS for n in numbers) and (owned or all(
                w.startswith(_NUMBERED_CLASSES) for w in owners if w))
            if not (young or any(stem.endswith(people) for stem in (noun, noun[:-1], noun[:-2]))
                    ) or (any(w.startswith(ap.OWNERS) for w in owners if w) and not beyond):
                continue  # not a person: "Termin in der Praxis 12 Uhr"; "Schüler aus Klasse 7"
            start, end = m.span("nums")
            ranged = bool(re.search(r"-|–|bis", m.group("nums")))  # "Jungs in WG 13-16"
            spans = ([years_range(min(numbers), max(numbers))] if ranged
                     else [years_range(n) for n in numbers])  # fmt: skip
            for span in spans if self.free(start, end) else ():
                if span:
                    self.add(start, end, *span, "child", m.group("noun"))

    def _comma_before_span(self, start: int, end: int) -> int | None:
        """Where the comma stands before a span of time read inside start…end ("Kind 4, 6
        Wochen Wartezeit"): the noun's own number ends there."""
        for hit in self.hits:
            if hit.kind == "duration" and start < hit.start < end:
                comma = self.text.rfind(",", start, hit.start)
                if comma >= 0:
                    return comma
        return None

    def marked(self) -> None:
        """A child noun's age-group mark ("2 Kinder U3"): the child's own age, as a number is
        (the mark is blocked as a number, "U3" being a check-up's name as well)."""
        for start, end, low, high, noun in under_marks(self.text, self.vocab):
            if not overlaps(self.hits, start, end):
                self.add(start, end, low, high, "child", noun)

    def persons(self) -> None:
        """Numbers after a person noun: role nouns, relatives, adults, any "-in"/"-er" noun."""
        person = mention_patterns()["person"]
        for m in anchored(person, self.text, before_numbers(self.text)):
            start = m.start("nums")
            if not self.free(start, m.end("nums")):
                continue
            kind = self.person_kind(m.group("noun"), bool(m.group("young")))
            if kind is None and m.group("dot") and self.abbreviated_role(m.group("noun")):
                kind = "role"  # "ASS-Jgl. 15", "UMF-Pat. 16": a short role ends the compound
            if kind is None or self.class_list(m.group("noun"), m.end("nums")):
                continue
            numbers = [float(n) for n in re.findall(r"\d{1,2}", m.group("nums"))]
            if span := years_range(min(numbers), max(numbers) if len(numbers) > 1 else None):
                if kind == "adult" and self.friend(m.group("noun"), span[0], m.start("nums")):
                    kind = "other"  # "meine beste Freundin ist 14"
                self.add(start, m.end(), *span, kind, m.group("noun"))
            elif kind != "role":
                self.add(start, m.end(), 0, 0, "adult")


def _falling(text: str, m: re.Match[str]) -> bool:
    """Tell two bare numbers before one unit where the second is smaller ("20 3 Jahre"): no
    range, two readings side by side."""
    if not m.group("b") or text[m.end("a") : m.start("b")].strip():
        return False
    first, second = number_value(m.group("a")), number_value(m.group("b"))
    return first is not None and second is not None and second < first


def mentions(text: str, expecting: bool = False,
             school: tuple[tuple[int, int], ...] = ()) -> list[Mention]:  # fmt: skip
    """Return every classified number mention of a normalised text.

    `school` holds the spans of school years and age groups ("Kl. 4", "Grade 4"): a list with a
    unit read across one ("Klasse 4, 9 Jahre") starts after the class, as after a level."""
    if not any(map(str.isdigit, text)) and not born_now(text) and not birth_dates(
            text):  # "im April geboren" names an age without a digit
        return []  # every mention is a digit run once number words are normalised
    reader = _Reader(text, age_vocabulary(), expecting, school)
    for start, end, low, high, noun in babies_listed(text):  # "3 Kinder (Baby, 5 und 8)"
        if reader.free(start, end):
            reader.add(start, end, low, high, "child", noun)
    reader.units()
    reader.nouns()
    reader.persons()
    reader.loose()
    reader.counted()
    reader.marked()
    # "born at 34 weeks", "premature (34 wks)": how early the birth was, no age
    hits = [h for h in reader.hits if not gestational(text, h.start, h.end)]
    # a bare number a class noun before it governs is that class (a form's "KLASSE: 1 |"), no
    # age; one that heads its span stays for the lists that claim it ("Kd 10 u 12 Klassenfahrt")
    hits = [h for h in hits if h.kind not in _BARE or not any(
        s < h.start and h.end <= e and _CLASS_BEFORE.search(text, s, h.start) for s, e in school)]
    # "Jugendliche 14+", "Mädchen 12+": a year of age open upwards, as "ab 14" is
    hits = [replace(h, high=open_range(h.low / 12)[1]) if h.kind in _OPENED and (
        h.high - h.low == 11) and open_ended(text, h.end) else h for h in hits]
    # "von 8 Monaten bis 11 Jahren": one span from a baby's months to a child's years
    return unit_ranges(text, spans_beside_older(text, hits, reader.vocab))
