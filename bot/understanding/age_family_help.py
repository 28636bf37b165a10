"""Help for a family as a whole: every child the story tells is the one it is for.

A family story tells several people and their ages, and what it asks decides whom the age is
of. Help only one child takes (a Kita place, tutoring, a midwife for the pregnancy) is that
child's; help the household takes together — household help, Entlastung, a family helper, a
group for children of ill or addicted parents, child protection — is for every child in it:
"Mama von zwei Kindern (7 und 9) ist im 8. Monat schwanger … Haushaltshilfe in der
Schwangerschaft" spans the unborn child to the nine-year-old, "Sohn (10) macht das Frühstück für
die Schwester (4) … Angebot für Kinder psychisch kranker Eltern" both children,
"schwangere, 36. ssw, dazu tochter 2 j. … ich denke an §8a" the unborn child and the daughter.

What keeps one child: a need pointed at it ("für den Großen", "nach der Kleinen schaut", read
before this by `age_focus` and `age_cared`), care for the pregnancy itself ("Hebamme") or help
set after the birth ("Haushaltshilfe nach der Geburt": the coming child's first weeks). The
words are data (`bot/data/age_family_help.toml`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.models import AgeRange
from bot.understanding.age_mentions import Mention
from bot.understanding.age_patterns import PREGNANCY_CARE
from bot.vocabulary.lexicon import _load

YOUNG = 144  # a born child under twelve; an older one told beside a pregnancy may be hers
ADULT = 216


@cache
def _words(key: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(_load("age_family_help.toml")[key]) + ")")


def family_help(text: str) -> bool:
    """Tell whether the folded text asks help the household takes together."""
    return bool(_words("helps").search(text) or _words("protection").search(text))


def protection_asked(text: str) -> bool:
    """Tell whether the folded text asks for child protection (§8a, Kinderschutz, KWG)."""
    return bool(_words("protection").search(text))


# the help asked for the mother-to-be herself: "Welche Hilfe gibt es für sie in Schwangerschaft
# und mit Kindern, z. B. Haushaltshilfe?" is care for her pregnancy
_FOR_HER = re.compile(r"\b(?:fuer|for)\s+(?:sie|sich|her|herself|die\s+(?:mutter|mama|schwangere"
                      r"|frau|klientin|patientin|km))\b(?!\s+(?:alle|beide|und|and|all|both)\b)")


def household_span(text: str, pregnant: AgeRange, born: list[AgeRange]) -> AgeRange | None:
    """Return the span from the pregnancy to the oldest born child when a mother-to-be's
    household asks help for the time now ("schafft den Haushalt nicht mehr … Haushaltshilfe"),
    else None: care for the pregnancy itself, or help set after the birth, is the unborn
    child's."""
    young = [b for b in born if b.low >= 0 and b.high < YOUNG]
    if not young or not family_help(text) or PREGNANCY_CARE.search(text) or _BESIDE.search(text):
        return None
    if _words("after_birth").search(text) or _FOR_HER.search(text):
        return None
    return AgeRange(pregnant.low, max(b.high for b in young))


# a born child told by the midwife's word for the coming baby's sibling ("Zwillinge,
# Geschwisterkind 2", "Geschwister 4 und 6") is the family around the pregnancy, as
# `age_siblings.siblings_beside` reads "2 Geschw. (4 + 6)" beside a newborn
_BESIDE = re.compile(r"\bgeschw(?:ister(?:kind(?:er)?|chen)?|\.)?\s*[(:,]?\s*\d")

# a need pointed at one child, not told with its age there: "für den Großen", "für die
# Geschwister", "nur für die 14jährige", "für ihn", "Entlastung mit dem Kleinen", "beim Baby
# helfen" — an action's object told with its age ("macht das Frühstück für die Schwester (4)")
# introduces the child and points at nobody
_POINTED = re.compile(r"\b(?:(?:fuer|for|um|wegen|mit|with)\s+(?P<article>den|die|das|dem|ihren"
                      r"|ihre|seinen|seine|the|her|his)|fuers|ums|beim)\s+(?P<adj>[a-z]+e[nr]?\s+)?"
                      r"(?P<noun>\d{1,2}\s*-?\s*jaehrig\w*|[a-z]+)\b"
                      r"|\b(?:fuer|for)\s+(?:ihn|sie\s+selbst|him|her)\b")
# one brother or sister, another person by default ("Schwester (4)"); brothers and sisters
# `age_siblings.siblings_beside` marks as the family around a child ("noch 3 Kinder zu Hause
# (2, 4, 7)", "2 Geschw. (4 + 6)", "die drei Großen (4, 7, 9)" beside a newborn) stay its story
_SIBLINGS = frozenset({"bruder", "bruders", "schwester", "brother", "sister", "stiefbruder",
                       "stiefschwester", "halbbruder", "halbschwester"})  # fmt: skip
# what a pointer names that is no child of the family: the parents, the kind of children a
# group is for ("für Kinder psychisch kranker Eltern")
_NOT_CHILD = re.compile(r"(?:eltern|mutter|mama|vater|papa|familie|kinder|kids|children|frau"
                        r"|mann|oma|opa|zeit|woche|tag|nacht|schule|kita)$")


def _pointed(text: str) -> bool:
    """Tell whether a need points at one child or one group of the family's children."""
    for m in _POINTED.finditer(text):
        if re.match(r"\s*[(,:]?\s*\d|\s+[a-z]+\s*[(,:]?\s*\d", text[m.end() : m.end() + 24]):
            continue  # "für die Schwester (4)", "für die Schwester Mia (7)": told there
        noun = m.group("noun")
        if noun is None or not _NOT_CHILD.search(noun):
            return True
        if m.group("adj") and m.group("article") in ("den", "dem"):
            return True  # "für den großen kinder psychisch kranker eltern", dictated: the son
    return False


def household_asked(text: str) -> bool:
    """Tell whether the folded text asks help the household takes together and points no need
    at one child: then every child it tells is asked about."""
    return family_help(text) and not _pointed(text)


def siblings_helped(text: str, found: list[Mention]) -> list[Mention]:
    """Make the brothers and sisters told with their ages children asked about when the help is
    the household's and no need points at one child: "Sohn (10) … für die Schwester (4) …
    Kinder psychisch kranker Eltern" is for both. Child protection alone does not: the brother
    told beside a baby with bruises is often who caused them ("das war der große Bruder (2)")."""
    if not any(h.kind == "child" for h in found) or not _words("helps").search(text) or _pointed(
            text):
        return found
    return [replace(h, kind="child") if h.kind == "other" and h.low < ADULT
            and h.noun in _SIBLINGS else h for h in found]


@cache
def _holders() -> re.Pattern[str]:
    """The nouns a stage may be told of, where each may start a stage told."""
    data = _load("age_family_help.toml")
    return re.compile(rf"\b(?:{'|'.join(data['stage_holders'] + data['stage_pronouns'])})\b")


@cache
def _stage_told() -> re.Pattern[str]:
    """A child told by its stage: a child's noun, then within a short clause a stage word
    ("Tochter grob Grundschulalter", "Kind A. (lt. Akte 5, lt. Kita 'Vorschulkind')") or the
    place it goes to ("einer im Kindergarten, einer in der Krippe")."""
    data = _load("age_family_help.toml")
    holders = "|".join(data["stage_holders"])
    pronouns = "|".join(data["stage_pronouns"])
    places = "|".join(data["stage_places"])
    into = r"\b(?:im|in\s+der|in\s+die|in\s+den|at|in)\s+"
    # (a dot after a short word is an abbreviation's, "Kind A. (lt. Akte 5", no sentence end)
    return re.compile(rf"\b(?:{holders})\b(?P<gap>(?:[^.;!?|]|(?<![a-z]{{3}})\.){{0,35}}?)"
                      rf"(?:{into}(?P<place>{places})\b|\b(?P<stage>[a-z]+(?:-[a-z]+)?"
                      r"(?:alter|kind))\b)"
                      rf"|\b(?:{pronouns})\s+(?P<gap2>(?:(?:ist|geht|is|goes)\s+)?)"
                      rf"{into}(?P<place2>{places})\b")


def stages_told(text: str, stages: dict[str, tuple[int, int]],
                told: tuple[int, ...] = ()) -> list[tuple[int, int]]:
    """Return the ages of the family's children told only by a stage when the help is the
    household's and points at no child: each is one of the children it is for. A stage after a
    child told with its age (`told`: where the ages read start) is that child's setting, not
    another child ("Tochter 3 J., in der Kita ist sie ganz still", "der Große (11) wird in der
    Schule gemobbt")."""
    if not family_help(text) or _pointed(text):
        return []
    data = _load("age_family_help.toml")
    places, ages = data["stage_places"], data["stage_ages"]
    found = []
    seen: set[int] = set()
    for start in (h.start() for h in _holders().finditer(text)):  # each holder, overlapping
        m = _stage_told().match(text, start)
        gap_end = m.end("gap") if m and m.group("gap") is not None else start
        if not m or m.end() in seen or any(start <= at < gap_end for at in told):
            continue
        seen.add(m.end())
        word = (m.group("stage") or "").replace("-", "")
        if m.group("place") or m.group("place2"):
            found.append(tuple(places[m.group("place") or m.group("place2")]))
        elif span := ages.get(word) or stages.get(word):
            found.append(tuple(span))
    return found


def with_stages(text: str, stages: dict[str, tuple[int, int]], low: int, high: int,
                told: tuple[int, ...] = ()) -> AgeRange:
    """Return the age low…high widened by the family's children told only by a stage."""
    each = stages_told(text, stages, told)
    return AgeRange(min([low, *(t[0] for t in each)]), max([high, *(t[1] for t in each)]))


def stages_only(text: str, stages: dict[str, tuple[int, int]], stage: tuple[int, int],
                told: tuple[int, ...] = ()) -> AgeRange:
    """Return the age of a household told by stages alone ("einer im Kindergarten, einer in der
    Krippe … Haushaltshilfe"): the span of every child's stage when two or more are told, else
    the stage read."""
    each = stages_told(text, stages, told)
    if len(each) < 2:
        return AgeRange(*stage)
    return AgeRange(min(t[0] for t in each), max(t[1] for t in each))


__all__ = ["family_help", "household_asked", "household_span", "protection_asked",
           "siblings_helped", "stages_only", "stages_told", "with_stages"]
