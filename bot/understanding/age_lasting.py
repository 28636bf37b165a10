"""Is a span of time how long something lasted, told so by the verb around it?

"wohnt erst 2 Jahre bei den Pflegeeltern", "hat nur 2 Jahre eine Schule besucht", "weil er nur 1
Jahr zur Schule gegangen ist", "3 Monate Sprachkurs gemacht": the number a verb of lasting or a
clause in the perfect governs is a duration. Read as an age it would put the child years younger
than the one named beside it ("sie ist 13 und wohnt erst 2 Jahre …" is no two-year-old) and show
offers for the wrong age as fitting. The copula ("ist 6", "wird 7") is no verb of lasting: it tells
the age. The words are data (`bot/data/age_lasting.toml`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.text import fold

_DATA = Path(__file__).resolve().parent.parent / "data" / "age_lasting.toml"
# a past participle: "gegangen", "gemacht", "zugebracht", "besucht", "verpasst", "absolviert"
_PARTICIPLE = re.compile(r"[a-z]{0,8}ge[a-z]{2,}(?:t|en)|(?:be|ver|er|ent|zer)[a-z]{2,}t"
                         r"|[a-z]{3,}iert")  # fmt: skip
# the participle of a verb of motion or staying, perfect with "sein": "gegangen", "gewesen",
# "geblieben", "zurückgekommen" — after "ist 5 Jahre" an adjective in -t ("entwicklungsverzögert")
# is how the child is, not what it did for five years
_SEIN_PARTICIPLE = re.compile(r"[a-z]{0,7}ge[a-z]{2,}en")
_COPULAS = frozenset({"ist", "sind", "war", "waren", "bin"})
# the past copula before a span and a place: "war 3 Jahre im Heim" (but "ist 3 Jahre, im Kiga")
_PAST_COPULAS = frozenset({"war", "waren", "was", "were"})
_WHERE = frozenset({"in", "im", "bei", "beim", "auf", "an", "am", "zur", "zum", "ohne", "at"})
# (a bullet or a form's bar ends a clause too: "8 und 11 Jahre • Stromsperre angedroht")
_CLAUSE = re.compile(r"[,;:!?()\"„“•|]|\.(?!\d)|\s[-–]\s")
_AGE_AFTER = ("alt", "old", "jung", "young")
_AGED = re.compile(r"alt|old|jaehrig|year")
# an article before the number makes it a person's age: "ne 12j", "ein 7 Wochen altes Baby"
_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines", "ne", "nen", "n", "a",
                       "an", "the"})
# words of a clause that is no note of what was done: articles, pronouns, auxiliaries
_FUNCTION = frozenset({"die", "der", "das", "den", "dem", "des", "mir", "mich", "ihm", "ihr",
                       "uns", "sich", "hat", "ist", "wird", "war", "hatte", "the", "him", "her"})
_WITHIN = 6  # words after the span a clause's participle may stand


@dataclass(frozen=True, slots=True)
class LastingWords:
    verbs: frozenset[str]
    auxiliaries: frozenset[str]
    particles: frozenset[str]
    not_participles: frozenset[str]
    clause_ends: frozenset[str]
    states: frozenset[str]
    sequence: frozenset[str]
    history_nouns: frozenset[str]
    thing_subjects: frozenset[str]
    thing_copulas: frozenset[str]
    length_nouns: tuple[str, ...]
    year_length_nouns: tuple[str, ...]


@cache
def lasting_words() -> LastingWords:
    """Return the words of `age_lasting.toml`, folded, loaded once."""
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return LastingWords(*(frozenset(fold(w) for w in data[key]) for key in (
        "verbs", "auxiliaries", "particles", "not_participles", "clause_ends", "states", "sequence",
        "history_nouns", "thing_subjects", "thing_copulas")), *(tuple(fold(w) for w in data[key])
        for key in ("length_nouns", "year_length_nouns")))


# a length as an adjective and the noun after it: "8-woechiger elternkurs", "zweijaehrige
# ausbildung", "sechsmonatige wartezeit" (number words are digits by now)
_LENGTH = re.compile(r"(?<![\d,.])\d{1,2}(?:,5)?\s*-?\s*(?:jaehrig|woechig|monatig|taegig)"
                     r"(?:e|er|es|en|em)?\s+([a-z]+)")


_YEARS = re.compile(r"j\b|jahr|year")
# the number of a person's noun ends right before the span: "Tochter 4, 6 Wochen Urlaub"
_OWN_NUMBER_BEFORE = re.compile(r"\d[\s,;]*$")


def _lasting_thing(text: str, start: int, end: int, named: bool, before: list[str],
                   after: list[str], words: LastingWords) -> bool:
    """Tell whether a span of days, weeks or months stands right before or after a thing that
    lasts ("3 Wochen Urlaub", "8 Wochen Therapiepause", "Kurs 10 Wochen"), no person owning it."""
    if _YEARS.search(text, start, end):
        return False  # "3 Jahre Schwimmkurs gesucht": a child's years before the wish
    if named and not _OWN_NUMBER_BEFORE.search(text, max(0, start - 8), start):
        return False  # "Baby 8 Wochen Kurs gesucht": the baby's weeks
    beside = after[:1] + before[-1:]
    return any(word.endswith(words.length_nouns) for word in beside)


def length_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of lengths told as an adjective of a thing ("8-wöchiger Elternkurs",
    "6-monatige Wartezeit"): the noun after it ends in one of `length_nouns`. A person after it
    ("8-wöchiges Baby", "dreijähriger Junge") keeps it an age."""
    if "ig" not in text:
        return []
    words = lasting_words()
    return [m.span() for m in _LENGTH.finditer(text) if m.group(1).endswith(
        words.year_length_nouns if "jaehrig" in m.group(0) else words.length_nouns)]


def _participle(word: str, words: LastingWords) -> bool:
    return word not in words.not_participles and bool(_PARTICIPLE.fullmatch(word))


def lasting(text: str, start: int, end: int, named: bool) -> bool:
    """Tell whether the span at start…end of a normalised text is how long something lasted.

    `named` is set when a person noun stands right before the number ("Junge 8 Jahre gemobbt"):
    then only a verb or an auxiliary before it makes it a duration, never a participle alone."""
    words = lasting_words()
    if _AGED.search(text, start, end):
        return False  # "ein 12 Jahre alt", "12-jährig": the unit says it is someone's age
    before = re.findall(r"[a-z]+", _CLAUSE.split(text[max(0, start - 60) : start])[-1])
    while before and before[-1] in words.particles:
        if before[-1] in words.sequence:
            return True  # "vorher 4 Jahre Schule in Bulgarien": a step of a history
        before.pop()  # "wohnt erst 2 Jahre", "hat nur 2 Jahre"
    if before[-1:] and before[-1] in words.sequence:
        return True
    after: list[str] = []
    for word in re.findall(r"[a-z]+", _CLAUSE.split(text[end : end + 80])[0]):
        if word in words.clause_ends:
            break  # "… gewartet und ist jetzt 6": the span's clause ends here
        after.append(word)
    if after[:1] and after[0].startswith(_AGE_AFTER):
        return False  # "lebt mit ihrem 3 Jahre alten Sohn": an age
    if after[:1] and after[0] in words.history_nouns and not named:
        return True  # "und 1 Jahr Vorbereitungsklasse": where the year was spent
    if after[:1] and after[0].startswith(("wart", "waiting")):
        return True  # "2 Jahre Wartezeit", "8 Monate warten auf Ergotherapie"
    if _lasting_thing(text, start, end, named, before, after, words):
        return True  # "3 Wochen Urlaub der Tagesmutter", "Kurs 10 Wochen"
    verb = before[-1] if before else ""
    if verb in words.thing_copulas and before[-2:-1] and before[-2] in words.thing_subjects and (
            len(before) == 2 or before[-3] in words.clause_ends):
        # "… erst im Herbst was frei, das sind 4 Monate": how long, no one's age — the pronoun
        # opens its clause; after a noun it is a relative one ("n kind das is 1 jahr")
        return True
    if verb in _ARTICLES:
        return False  # "ne 12j fertig gemacht", "ein 7 Wochen altes Baby": a person of that age
    if verb in words.verbs:
        return True  # "wohnt erst 2 Jahre bei den Pflegeeltern"
    if verb in _PAST_COPULAS and after[:1] and after[0] in _WHERE:
        return True  # "war aber nur 1 Jahr in einer Schule in Syrien": a stay there
    told = [w for w in after[:3] if w not in words.particles]
    if verb in _PAST_COPULAS and told[:1] and (told[0] in words.states or told[:2] == ["zu",
                                                                                 "hause"]):
        return True  # "der war 2 Jahre nur zuhause", "war 3 Jahre arbeitslos": a state
    # the participle closes the clause, alone or before its auxiliary ("zur Schule gegangen ist")
    last = len(after) - 1
    if last >= 1 and after[last] in words.auxiliaries:
        last -= 1
    if last < 0 or last >= _WITHIN or not _participle(after[last], words):
        return False
    if verb in _COPULAS:
        return bool(_SEIN_PARTICIPLE.fullmatch(after[last]))  # "ist 3 Monate im Heim gewesen"
    if verb in words.auxiliaries or last < len(after) - 1:
        return True  # "hat nur 2 Jahre eine Schule besucht", "nur 1 Jahr zur Schule gegangen ist"
    # a note's clause without its auxiliary: one or two words and the participle ("3 Monate
    # Sprachkurs gemacht"); not "Junge 8 Jahre gemobbt", nor a relative clause ("… 13 Jahre die
    # hat mir erzählt")
    return 0 < last <= 2 and not named and not any(w in _FUNCTION for w in after[:last])
