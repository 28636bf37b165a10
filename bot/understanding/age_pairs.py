"""Numbers read together: a list dictated without commas ("so ungefähr 2 4 und 7"), a counted
group whose ages follow ("ihre 2 Enkel aufgenommen 4 und 7"), years and months with the first
unit left out ("er ist 3 und 4 Monate"), and weeks that are a span beside an older child.

`age_mentions._Reader` inherits these judgements (as it inherits `PersonJudge`); they look at
several numbers at once, so they live apart from the reader that walks one number at a time.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from bot.understanding import age_patterns as ap
from bot.understanding.age_lists import counted_lists
from bot.understanding.age_patterns import words_before
from bot.understanding.age_people import PersonJudge
from bot.understanding.age_spans import child_word
from bot.understanding.age_values import number_value, years_range
from bot.vocabulary.lexicon import AgeVocabulary
from bot.vocabulary.units import MONTHS_PER_YEAR

_OWN_KINDS = ("child", "role")


def baby_noun(noun: str, vocab: AgeVocabulary) -> bool:
    """Tell whether a noun names a baby ("Baby", "Säugling"): its bare number counts months."""
    stage = vocab.stages.get(noun)
    return stage is not None and stage[1] < 24


def overlaps(hits: list[Any], start: int, end: int) -> bool:
    return any(h.start < end and start < h.end for h in hits)


# the rest of a list dictated without commas: " 4 und 7" after "so ungefähr 2"
_DICTATED = re.compile(rf"(?:\s+{ap.NUM}(?![\d,.]))+\s+(?:und|u\.|&|and)\s+{ap.NUM}\b"
                       + ap.NOT_AFTER)


class PairJudge(PersonJudge):
    """Judgements of several numbers of one normalised text read together."""

    hits: list[Any]

    def add(self, start: int, end: int, low: int, high: int, kind: str = "child",
            noun: str = "") -> None:  # pragma: no cover - the reader's own  # fmt: skip
        raise NotImplementedError

    def free(self, start: int, end: int) -> bool:  # pragma: no cover - the reader's own
        raise NotImplementedError

    def years_and_months(self, m: re.Match[str], a: float, b: float | None) -> int | None:
        """Return the months of "3 und 4 Monate" said of one child: years and months with the
        first unit left out, as people say it ("Sohn ist 3 und 4 Monate", "die Kleine ist 2 und 3
        Monate"). Two children ("Zwillinge 3 und 4 Monate"), a range ("zwischen 3 und 4
        Monaten") or a baby ("Baby 3 und 4 Monate") keep the months."""
        if b is None or not m.group("m") or a != int(a) or b != int(b) or not 1 <= a <= 17 or (
                not 1 <= b <= 11):  # fmt: skip
            return None
        between = self.text[m.end("a") : m.start("b")].strip()
        before = self.text[max(0, m.start() - 40) : m.start()]
        if between not in ("und", "u.", "u", "&", "and", "+") or ap.several_before(before):
            return None
        words = re.findall(r"[a-z]+", before)[-3:]
        if any(w in ("zwischen", "between", "mit", "seit", "vor", "ab", "von", "for", "since")
               or baby_noun(w, self.vocab) or w in ap.PLURAL_CHILDREN for w in words):
            return None
        return int(a) * MONTHS_PER_YEAR + int(b)

    def other_count(self, m: re.Match[str], found: int) -> bool:
        """Tell whether the one number after a counted group of children is a count of something
        else: in "3 Kinder, 2 Jobs" three children's ages would be three numbers, and a word
        follows. `m` is a match of the noun-and-numbers pattern (groups noun, nums, unit); the
        number is then kept as a count, so that no later reading takes it for an age."""
        text = self.text
        count = re.search(r"(?<![\d,.])([2-9])\s+$", text[: m.start("noun")])
        if not (count and found == 1 < int(count[1]) and not m.group("unit")
                and m.group("noun").endswith(ap.PLURAL_CHILDREN)
                and re.match(r"\s+(?!und\b|oder\b|u\b|and\b|bis\b|j\b|y\b)[a-z]{2,}",
                             text[m.end("nums") :])):  # fmt: skip
            return False
        self.add(m.start("nums"), m.end("nums"), 0, 0, "count")
        return True

    def counted(self) -> None:
        """Read a counted group's ages given further on ("ihre 2 Enkel aufgenommen 4 und 7"):
        numbers nothing else explained become the children's ages."""
        people = ap.people_nouns()

        def person(noun: str) -> bool:
            return child_word(noun, self.vocab) or noun in ap.PLURAL_CHILDREN or any(
                stem.endswith(people) for stem in (noun, noun[:-1], noun[:-2]))

        for start, end, value in counted_lists(self.text, person):
            same = [h for h in self.hits if h.start < end and start < h.end]
            if same and all(h.kind in ("unexplained", "loose") for h in same):
                self.hits = [h for h in self.hits if h not in same]  # "um die 2, 5 und 7"
            if value and not overlaps(self.hits, start, end) and (span := years_range(value)):
                self.add(start, end, *span)

    def dictated_list(self, start: int, end: int, value: float) -> bool:
        """Read three or more ages dictated without commas after a hedge or a copula ("so
        ungefähr 2 4 und 7", "sind etwa 4 6 und 9") as one age each: not a range of the first
        two and a stray third. A unit or a counted noun after the last makes it no list."""
        listed = _DICTATED.match(self.text, end)
        if not listed:
            return False
        found = [(start, end, value)] + [(n.start(), n.end(), number_value(n.group(0)))
                                         for n in re.finditer(ap.NUM, self.text)
                                         if end <= n.start() < listed.end()]  # fmt: skip
        if any(years_range(v) is None or not self.free(a, b) for a, b, v in found):
            return False
        for a, b, v in found:
            self.add(a, b, *(years_range(v) or (0, 0)), "loose")
        return True


def spans_beside_older(text: str, hits: list[Any], vocab: AgeVocabulary) -> list[Any]:
    """Turn weeks or months that name no one into spans when the child is named older: "Junge,
    vielleicht 12, kommt jeden Abend … Schon 2 Wochen so" tells how long it has gone on. A baby
    named anywhere ("Baby", "die Kleine ist 6 Wochen alt"), a birth or a child word right before
    the weeks keep them an age."""
    older = any(h.kind in _OWN_KINDS and h.low >= 36 and h.noun and child_word(h.noun, vocab)
                for h in hits)  # fmt: skip
    if not older or any(vocab.stages[w][1] < 36 for w in re.findall(r"[a-z]+", text)
                        if w in vocab.stages):  # fmt: skip
        return hits
    kept = []
    for h in hits:
        unit = re.search(r"[a-z]", text[h.start : h.end])
        near = text[max(0, h.start - 30) : h.end + 20]
        before = words_before(text, h.start, 2)
        if (h.kind == "child" and not h.noun and h.high < 12 and unit and not ap.BIRTH.search(near)
                and not re.match(r"[\s-]*(?:alt|old|jung)\b", text[h.end :])
                and not any(child_word(w, vocab) or w in ap.COPULA or w in vocab.other_person_nouns
                             for w in before)):
            h = replace(h, low=0, high=0, kind="duration", noun="")
        kept.append(h)
    return kept
