"""Ages the writer is unsure of: hedges and sources, looks, corrections and conclusions.

Professionals often do not know a child's age for sure and say so: "Mädchen, nach Angaben 12",
"Junge, angeblich 4", "Mädchen ~12", "Jugendl., lt. Begleiter 16", "müsste so 7 sein", "sieht
aus wie 10, sagt aber 12", "nicht 3, sondern schon 4", "7 Monate, oder nee, 8", "laut Akte 7,
…, also jetzt eher 8". The unsure words say how sure the writer is, not whose age a number is,
so the age readers should see the sentence as if the writer were sure: "Mädchen, 12", "ist so 7",
"ist schon 4", "8 Monate". This module rewrites the folded text once, before the age is read,
keeping every character's position (removed words become spaces), so that every reader after it
— nouns, clauses, copulas, spans — reads the unsure sentence exactly as the sure one. The words
are data (`bot/data/age_hedges.toml`).

The rewrite is narrow on purpose: a source or a hedge is blanked only right before a number, a
look only when another age follows it, a corrected or concluded-away age only when the age that
replaces it follows within its sentence.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from bot.understanding.numbers import number_word_values
from bot.vocabulary.lexicon import _load, age_vocabulary

_REACH = 60  # characters between an age and the one that corrects it
_CHAIN = 110  # characters between ages one conclusion weighs
_LEAD = re.compile(r"[a-z]*\d*")  # the number a source stands before, digits or a word
_DIGITS = re.compile(r"(?<![\d.,:/])\d{1,2}(?![\d]|[.,:/]\d)")
_UNIT = re.compile(r"\s*(?:jahren|jahre|jahr|jhr|j\b\.?|monaten|monate|monat|mon\b\.?|mo\b\.?"
                   r"|wochen|woche|wo\b\.?)")
# an earlier age a conclusion replaces closes its clause: "laut Akte 7, aber …", "'ca. 12' laut"
_CLOSED = re.compile(r"\s*(?:alt\b)?\s*(?:$|[,;:.!?)'\"“”‘’|]|\s[-–→>]|\s(?:laut|lt"
                     r"|und|aber|oder|sagt|wirkt)\b)")
# an age a source stands before closes its clause too, or joins a second one ("glaub ich zwei
# oder drei"); "laut Pass erst 16 ist" is read by the copula after it
_ENDS = re.compile(r"\s*(?:$|[,;:.!?)'\"“”‘’|/]|[-–]"
                   r"|(?:oder|od\.|bis|und|u\.|jahre|jahren|j\b|alt)\b)")
_ASSUMED = re.compile(r"\s+(?:aus|an)\b")  # "wir gehen von 16 aus", "wir nehmen 16 an"
# the concluded age is an age, not a time or a bound: "also nur ab 15 Uhr", "also ab 10."
_BOUND = re.compile(r"\b(?:ab|bis|um|von|vor|nach|gegen|ca\.?\s+um)\s*$")


def _either(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = _load("age_hedges.toml")
    words = sorted(number_word_values(), key=len, reverse=True)
    number = rf"(?:\d{{1,2}}(?!\d)|(?:{'|'.join(map(re.escape, words))})(?![a-z]))"
    ratings = _either(data["not_sources"])
    sources = _either(data["sources"])
    return {
        # "nach Angaben 12", "angeblich 4" (not "angeblich 18+", a rating), "laut Akte 7"
        "source": re.compile(rf"(?<![a-z])(?:{sources})\s*"
                             r"(?:(?:aber|schon|erst|jetzt|doch|auch)\s+)*"
                             rf"(?={number}(?!\d*\s*\+))"),
        "rating": re.compile(rf"(?:laut|lt\.?)\s+(?:{ratings})\b"),
        "modal": re.compile(
            rf"\b(?P<modal>{_either(data['modals'])})\s+(?:(?:jetzt|jetz|so|etwa|ca\.?|schon|erst"
            rf"|wohl|ungefaehr|um\s+die|auch)\s+)*{number}(?:\s*(?:jahre|j\b\.?)(?:\s+alt)?)?"
            r"(?P<sein>\s+sein)\b"),
        "looks": re.compile(rf"\b(?:{_either(data['looks'])}){number}"
                            r"(?:\s*(?:jahre|j\b\.?)(?:\s+alt)?)?(?:\s+aus\b)?"),
        "retraction": re.compile(rf"^[\s,;:.!?–\-]*(?:(?:{_either(data['retractions'])})"
                                 r"[\s,;:.!?–\-]*)+"),
        "denied": re.compile(rf"\b{data['denied']}$"),
        "instead": re.compile(rf"^\s*(?:jahre|j\b\.?)?\s*,?\s*{data['instead']}\b"),
        "conclusion": re.compile(rf"(?<![a-z])(?:{_either(data['conclusions'])})"
                                 r"(?:\s+[a-z]+){0,5}\s*$"),
    }


def _grown(text: str, start: int) -> bool:
    """Tell whether the word before a source names a person who is no child ("son Typ,
    angeblich 16", "Kunde, angeblich 19"): the hedge is about that person's word, not the
    child's age."""
    before = re.split(r"\d", text[max(0, start - 30) : start])[-1]  # "lt. Eltern 9, lt. …"
    words = re.findall(r"[a-z]+", before)[-1:]
    vocab = age_vocabulary()
    return bool(words) and words[0] not in vocab.child_nouns and (
        words[0] in vocab.role_nouns or words[0] in vocab.adult_nouns
        or words[0] in vocab.other_person_nouns)


def _blank(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = " " * (end - start)


def _sources(text: str, chars: list[str]) -> None:
    """Blank sources and hedges right before a number; "Mutter sagt 4" keeps a clause mark."""
    p = _patterns()
    for m in p["source"].finditer(text):
        if p["rating"].match(text, m.start()):
            continue  # "lt. AGB 13": a rating's source, read by `age_ratings`
        after = m.end() + len(_LEAD.match(text, m.end()).group(0))
        if _UNIT.match(text, after) or not _ENDS.match(text, after):
            continue  # "KM sagt 15 Mon.": a unit explains it; "laut Pass erst 16 ist": a clause
        if _grown(text, m.start()):
            continue  # "ihr schreibt son Typ, angeblich 16": a grown-up's claimed age
        _blank(chars, m.start(), m.end())
        if m.group(0).startswith("sagt") and m.start() > 0:
            # "sieht aus wie 10, sagt aber 12.": the child's word, read as "ist 12"; "die Mutter
            # sagt 4": a clause of its own, never the mother's age
            said = re.findall(r"[a-z]+", text[max(0, m.start() - 20) : m.start()])[-1:]
            adult = bool(said) and said[0] in age_vocabulary().adult_nouns
            chars[m.start() : m.start() + 4] = ("," if adult else ",ist").ljust(4)
    for m in p["modal"].finditer(text):  # "müsste so 7 sein" reads "ist so 7"
        start = m.start("modal")
        chars[start : m.end("modal")] = "ist".ljust(m.end("modal") - start)
        _blank(chars, m.start("sein"), m.end("sein"))


def _looks(text: str, chars: list[str]) -> None:
    """Blank an age the child only looks when another age follows it."""
    for m in _patterns()["looks"].finditer(text):
        if _DIGITS.search(text, m.end(), m.end() + _REACH):
            _blank(chars, m.start(), m.end())


def _corrections(text: str, chars: list[str]) -> None:
    """Blank an age a later one corrects, denies or concludes away."""
    p = _patterns()
    ages = list(_DIGITS.finditer(text))
    for i, (first, second) in enumerate(pairwise(ages)):
        between = text[first.end() : second.start()]
        if len(between) > _REACH:
            continue
        denied = p["denied"].search(text, max(0, first.start() - 20), first.start())
        instead = p["instead"].match(between)
        if denied and instead:  # "nicht 3, sondern schon 4"
            _blank(chars, denied.start(), first.end() + instead.end())
            continue
        unit = _UNIT.match(between)
        rest = between[unit.end() :] if unit else between
        retraction = p["retraction"].match(rest)
        if retraction and retraction.end() >= len(rest.rstrip()) - 30:
            if unit and not _UNIT.match(text, second.end()):
                # "7 Monate, oder nee, 8 sind's": the second takes the first's unit
                span = second.group(0) + unit.group(0)
                chars[first.start() : second.end()] = span.ljust(second.end() - first.start())
            else:  # "12 – Moment, nein, ist … 13 geworden"
                _blank(chars, first.start(), second.start() - len(rest) + retraction.end())
            continue
        conclusion = p["conclusion"].search(text, max(first.end(), second.start() - 50),
                                            second.start())
        if conclusion and (_CLOSED.match(text, second.end()) or _ASSUMED.match(
                text, second.end())) and not _BOUND.search(
                text, max(conclusion.end() - 1, second.start() - 12), second.start()):
            # "laut Akte 7, …, also jetzt eher 8": every age the conclusion weighs gives way,
            # and the conclusion reads as the copula it means ("ist 8")
            chars[conclusion.start() : second.start()] = "ist".ljust(
                second.start() - conclusion.start())
            reach = second.start()
            for earlier in reversed(ages[: i + 1]):
                if reach - earlier.end() > _CHAIN:
                    break
                if _CLOSED.match(text, earlier.end()):
                    _blank(chars, earlier.start(), earlier.end())
                reach = earlier.start()


def unhedged(text: str) -> str:
    """Return the folded `text` as a sure writer would have put the child's age, every other
    character in its place."""
    if not any(c.isdigit() for c in text) and not _patterns()["source"].search(text):
        return text
    chars = list(text)
    _looks(text, chars)
    _corrections(text, chars)
    _sources(text, chars)
    return "".join(chars)
