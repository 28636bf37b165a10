"""Brothers and sisters told beside the child a request is for.

Professionals give the family around the child they ask about: "Baby 3 Wochen, Geschwister 2 und
5 zuhause", "Zwillinge gestern geboren, Mama hat noch 3 Kinder zu Hause (2, 4 und 7 Jahre)", "die
mama hat noch zwei große (5 und 7)". A single brother or sister is already another person
(`other_person_nouns`: "große Schwester 6"); brothers and sisters in the plural, and the children
a family has "noch" besides or who are at home, are the same — context of the story, not the
child asked about.

Brothers and sisters are often the children asked about, though: "Geschwister 4 und 12 brauchen
Begleitung in der Trauer", "Trauerbegleitung für die Geschwister", "Geschwister 10 und 12 müssen
in der Schule angemeldet werden, dazu ein Säugling". So only the two signs of context above make
them other people, never a need aimed at them, never beside a child who died, and never when
no other child is named.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from pathlib import Path

from bot.understanding.age_household import household_others
from bot.understanding.age_joined_siblings import siblings_joined
from bot.understanding.age_mentions import Mention
from bot.understanding.age_subject import context_clauses

_DATA = Path(__file__).resolve().parent.parent / "data" / "age_siblings.toml"

SIBLING_NOUNS = frozenset({"geschwister", "geschwistern", "geschwisterkind", "geschwisterkinder",
                           "geschw",  # as files abbreviate it: "2 Geschw. (4 + 6)"
                           "brueder", "bruedern", "schwestern", "siblings"})  # fmt: skip
# "hat noch 3 Kinder zu Hause (2, 4 und 7 Jahre)", "noch zwei große (5 und 7)", "noch zwei
# ältere Geschwister, 6 und 9": children the family has besides, up to the numbers of their ages
_BESIDES = re.compile(r"\bnoch\s+(?:\w+\s+){0,2}(?:kinder\w*|kids|grosse\w*|aeltere\w*"
                      r"|geschwister\w*|brueder\w*|schwestern)\b[^.;!?:]{0,40}$")
_REACH = 80  # how far before a number "noch … Kinder" may stand
# "Geschwister 2 u. 5 J. zuhause": where they are, soon after their numbers
_AT_HOME = re.compile(r"[^;!?]{0,30}?\b(?:zu\s*hause|zuhaus\w*|daheim|at\s+home)\b")
# a need aimed at them: "Trauerbegleitung für die Geschwister", "was für Geschwisterkinder"
_AIMED = re.compile(r"\b(?:fuer|for|um)\s+(?:die\s+|the\s+|beide\s+|both\s+)?(?:geschwister\w*"
                    r"|siblings|grossen|aelteren|brueder|schwestern)\b|\bgeschwisterkind")


# the noun before a list of their numbers: "Geschwister 2 u. 5 J.", "siblings (4, 7)"
_SIBLING_NOUN = r"(?:geschw\w*\.?|brueder\w*|schwestern|siblings)"
# their numbers listed after the noun, up to the number read: "(4 + 6", ": 2, 5 und"
_NUMBER_LIST = r"\s*[(:,]?\s*(?:\d{1,2}\s*(?:,|und|u\.?|&|\+|and)\s*)*$"
_NOUN_BEFORE = re.compile(rf"\b{_SIBLING_NOUN}{_NUMBER_LIST}")


# "Jugendlicher (15) betreut seine Geschwister (4 und 6)", "ihre kleinen Brüder 8 und 10": a
# possessive ties the brothers and sisters to a person already named, whose story they are
_OWNED = re.compile(r"\b(?:seine|ihre|seinen|ihren|seiner|ihrer|his|her|their)\s+(?:[a-z]+\s+)?"
                    rf"(?:geschwister\w*|brueder\w*|schwestern|siblings|brothers|sisters){_NUMBER_LIST}")


# "die beiden Großen (5 und 8)", "die 4 anderen (3, 6, 10, 12)", "die älteren, 7 und 9": the
# older ones set against the child the story is about, by their place among the children
_OLDER_ONES = re.compile(r"\b(?:die|seine|ihre|deren)\s+(?:beiden|\d{1,2}\s+)?\s*(?:grossen"
                         r"|aelteren|anderen|restlichen|uebrigen)\s*[(:,]?\s*"
                         r"(?:\d{1,2}\s*(?:,|und|u\.?|&|\+)\s*)*$")


def _older_ones(text: str, hit: Mention) -> bool:
    """Tell whether a number belongs to the older brothers and sisters ("die drei Großen (4, 7,
    9)") told beside the child the request is about."""
    m = _OLDER_ONES.search(text, max(0, hit.start - 50), hit.start)
    # "Betreuung für die zwei Großen (6 u 9)": a need aimed at them keeps them
    before = text[max(0, m.start() - 8) : m.start()] if m else ""
    return bool(m) and not re.search(r"\b(?:fuer|for|um|wegen)\s+$", before)


def _owned(text: str, hit: Mention) -> bool:
    """Tell whether a number belongs to brothers and sisters named as someone's ("seine
    Geschwister (4 und 6)")."""
    return bool(_OWNED.search(text, max(0, hit.start - 60), hit.start))


def _named_sibling(text: str, hit: Mention) -> bool:
    """Tell whether a number is a brother's or sister's named in the plural."""
    return hit.noun in SIBLING_NOUNS or bool(
        _NOUN_BEFORE.search(text, max(0, hit.start - 40), hit.start))


def _besides(text: str, hit: Mention) -> bool:
    """Tell whether a child's number follows "noch … Kinder": children the family has besides."""
    return bool(_BESIDES.search(text, max(0, hit.start - _REACH), hit.start))


def _at_home(text: str, found: list[Mention]) -> bool:
    """Tell whether brothers and sisters named with their ages are said to be at home."""
    return any(_named_sibling(text, h) and _AT_HOME.match(text, h.end) for h in found)


# the whole family's children meant together: "alle drei", "beide Kinder", "die Kinder brauchen"
_ALL_MEANT = re.compile(r"\b(?:alle|allen|beide|beiden|all|both)\b|\b(?:die|den|the)\s+kinder"
                        r"(?:n)?\b|\bkids\b|\bchildren\b")


# brothers and sisters heading a clause of their own: "…, 2 Geschw. (4 + 6)", ". Die Geschwister
# (8 u. 10) sind …", "Baby 7 Monate, große Geschwister (5 und 8) gehen in Kita und Schule" — not
# the object of what the first child does ("passt auf die Geschwister (1 und 4) auf", "versorgt
# die Geschwister (3 und 5 J.)"), which makes them one family's case
# Typed without commas, a child's age told with its unit closes that child's phrase as a comma
# would: "Baby 7 Monate große Geschwister 5 und 8", "Sohn 3 J Geschwister 7 und 11"
_UNIT_CLOSED = (r"\d\s*(?:j|jahre?n?|monate?n?|mon|mo|wochen?|wo|tage?n?|years?|months?|weeks?"
                r"|days?)(?:\s+alt|\s+old)?\s+")
_CLAUSE_HEAD = re.compile(rf"(?:^|[,;:.!?(–]\s*|{_UNIT_CLOSED})"
                          r"(?:(?:\d{1,2}|die|seine|ihre|beiden|zwei|drei"
                          r"|grosse\w?|kleine\w?|aeltere\w?|juengere\w?|older|younger)\s+)*"
                          rf"{_SIBLING_NOUN}{_NUMBER_LIST}")
# a need told of them in their own clause: "Geschwister 4 und 12 brauchen Begleitung" — within
# a few words, so that a message typed without commas does not lend them the need of the
# mother told of after them ("Geschwister 5 und 8 gehen in Kita die Mutter … sucht Hilfe")
_THEIR_NEED = re.compile(r"[^,;:.!?–\s]*(?:\s+[^,;:.!?–\s]+){0,7}?\s*\b(?:brauch\w*|benoetig\w*"
                         r"|such\w*|soll\w*|muess\w*|need\w*)\b")


def _after_child(text: str, hit: Mention, found: list[Mention]) -> bool:
    """Tell whether a number belongs to brothers and sisters named in the plural after a child
    the message opened with by its own age ("Kind 14 Mon. … KM alleinerz., 2 Geschw. (4 + 6)",
    "Kind 3 J., die Geschwister (8 u. 10) sind in der OGS"): they are that child's brothers and
    sisters, the family around it, unless the whole family's children are meant, a need is told
    of them, or the first child looks after them."""
    if not _CLAUSE_HEAD.search(text, max(0, hit.start - 40), hit.start) or _ALL_MEANT.search(
            text) or _THEIR_NEED.match(text, hit.end):
        return False
    return any(h.kind == "child" and h.start < hit.start and not _named_sibling(text, h)
               and h.noun not in SIBLING_NOUNS for h in found)


# a brother's or sister's age told in brackets after them by a copula: "seit der Geburt der
# Schwester (die ist jetzt 6 Wochen)", "sein Bruder (der ist erst 2)" — the sibling's, however
# the number's unit would otherwise read it as the child's
_TOLD_OF_SIBLING = re.compile(r"\b(?:schwester|bruders?|sister|brother)\s*\(\s*(?:(?:der|die|sie|er"
                              r"|she|he)\s+)?(?:ist|is|war|was)\s+(?:(?:jetzt|erst|schon|gerade"
                              r"|grad|now|only|just)\s+)?$")


def _bracketed_sibling(text: str, found: list[Mention]) -> list[Mention]:
    """Make a number a brother's or sister's when a bracket after them tells it with a copula,
    beside another child told with its own age."""
    told = [bool(_TOLD_OF_SIBLING.search(text, max(0, h.start - 40), h.start)) for h in found]
    if not any(told) or not any(h.kind == "child" and not t for h, t in zip(found, told,
                                                                             strict=True)):
        return found
    return [replace(h, kind="other", noun="schwester") if t else h
            for h, t in zip(found, told, strict=True)]  # fmt: skip


def siblings_beside(text: str, found: list[Mention],
                    baby_named: Callable[[], bool]) -> list[Mention]:
    """Make the brothers' and sisters' numbers other people's when another child is named: one
    with a number of its own, or a baby the text names by a word or a birth (`baby_named`, asked
    only when brothers or sisters are told). They keep the noun "geschwister", so that beside a
    baby named only by a word the baby is meant. A changed family's own, step- and partner's
    children are the family around the child too (`household_others`)."""
    found = _bracketed_sibling(text, household_others(text, found))
    home = _at_home(text, found)
    # ("Brüder 6 und 8" reads as a person noun in -er: its kind is "role")
    marked = [(h.kind == "child" and (_besides(text, h) or (home and _named_sibling(text, h))
                                      or _after_child(text, h, found)))
              or (h.kind in ("child", "role") and (_owned(text, h) or _older_ones(text, h)))
              for h in found]  # fmt: skip
    if not any(marked) or _AIMED.search(text) or context_clauses(text, hospital=False):
        return found  # "Sternenkind …, noch 2 Kinder (3 u. 6)": the ones who live are meant
    if not baby_named() and not any(h.kind == "child" and not sibling
                                  for h, sibling in zip(found, marked, strict=True)):  # fmt: skip
        return found
    return [replace(h, kind="other", noun="geschwister") if sibling else h
            for h, sibling in zip(found, marked, strict=True)]  # fmt: skip


@cache
def _acting_words() -> tuple[frozenset[str], frozenset[str]]:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return frozenset(data["acting"]), frozenset(data["nouns"])


# a need pointed at the baby itself keeps it: "Stillberatung für das Baby", "Schreiambulanz"
_FOR_BABY = re.compile(r"\b(?:fuer|for)\s+(?:das|den|die|the)\s+(?:baby|saeugling|neugeborene\w*"
                       r"|kleine\w*)\b|\bstill\w*|\bschrei\w*|\btrinkt\b")


# a child found alone with a brother or sister: "allein mit dem großen Bruder, der ist vielleicht
# zehn", "alone with her sister (8)" — the brother or sister is in the same situation
ALONE_WITH = re.compile(r"\b(?:allein|alleine|alone)\s+(?:zu\s*hause\s+|at\s+home\s+)?(?:mit|with)"
                         r"\s+(?:\w+\s+)?(?:grosse[nm]?\s+|kleine[nm]?\s+|aeltere[nm]?\s+|older\s+"
                         r"|little\s+|big\s+)?(?:bruder|schwester|brother|sister)\b")
_SCENE_REACH = 40  # characters from the brother or sister to their number


def _alone_together(text: str, found: list[Mention]) -> list[Mention]:
    """Make a child and the brother or sister it was found alone with both the children asked
    about ("ein Kleinkind, ich schätz mal anderthalb, allein mit dem großen Bruder, der ist
    vielleicht zehn"): a scene of children left alone is the case of both."""
    m = ALONE_WITH.search(text)
    if not m:
        return found
    first = sorted((h for h in found if h.end <= m.start() and h.kind in (
        "child", "loose", "unexplained")), key=lambda h: h.start)
    theirs = [h for h in found if m.end() <= h.start <= m.end() + _SCENE_REACH
              and h.kind in ("other", "loose", "unexplained")]  # fmt: skip
    if not first or len(theirs) != 1:
        return found
    return [replace(h, kind="child") if h is theirs[0] or h is first[-1] else h for h in found]


def sibling_acting(text: str, found: list[Mention]) -> list[Mention]:
    """Make a single brother or sister the child asked about when their own clause tells them
    jealous of, or hurting, the baby beside them ("Baby 5 Wo., großer Bruder 3 J. ist
    eifersüchtig und tritt nach dem Baby"): the baby becomes context, as the sibling was. A child
    found alone with a brother or sister makes both the children asked about."""
    found = siblings_joined(text, _alone_together(text, found))  # "Zwillinge 4 und Bruder 8"
    acting, nouns = _acting_words()
    babies = [h for h in found if h.kind == "child" and h.high < 12]
    if not babies or _FOR_BABY.search(text):
        return found
    actors = []
    for h in found:
        if h.kind != "other" or h.low < 12:
            continue
        before = re.findall(r"[a-z]+", text[max(0, h.start - 24) : h.start])[-2:]
        clause = re.split(r"[.;!?]", text[h.end :], maxsplit=1)[0]
        if (h.noun in nouns or any(w in nouns for w in before)) and acting & set(
                re.findall(r"[a-z]+", clause)):
            actors.append(h)
    if len(actors) != 1:
        return found
    return [replace(h, kind="child") if h is actors[0]
            else replace(h, kind="other") if h in babies else h for h in found]


# a brother or sister added to the child asked about in their own clause: "der Bruder (12)
# eigentlich auch", "großer Bruder 5 hat auch Sprachprobleme", "Schwester 9 braucht ebenfalls …"
_ADDED = re.compile(r"\b(?:auch|ebenfalls|ebenso|genauso|gleichfalls|too|also|as\s+well)\b")
# (one brother or sister: brothers and sisters in the plural beside a child are the story's,
# `siblings_beside`)
_ONE_SIBLING = frozenset({"bruder", "bruders", "schwester", "brother", "sister", "stiefbruder",
                          "stiefschwester", "halbbruder", "halbschwester"})
_SIBLING_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_ONE_SIBLING))})\b[^.;!?,]{{0,12}}$")
# what the sibling had before is over: "die große Schwester, 14, hatte das früher auch"
_PAST = re.compile(r"\b(?:hatte\w*|war|waren|frueher|damals|had|was|were|used\s+to)\b")
# both or all of them heading a clause as its subject: "…, beide schlafen nicht durch"
_BOTH_SUBJECT = re.compile(r"(?:^|[,.;:!?–]\s*)(?:beide|both|alle\s+(?:zwei|drei|vier)|all\s+(?:two"
                           r"|three))\s+(?!eltern|elternteile|parents|kinder\s+(?:sind|haben))"
                           r"[a-z]+")
_ADULT = 216


def siblings_added(text: str, found: list[Mention]) -> list[Mention]:
    """Make a brother's or sister's age one of the children asked about when their own clause
    adds them to the child asked about ("Die Tochter (8) braucht Lernförderung, der Bruder (12)
    eigentlich auch") or both head the need ("Baby 7 Monate und Bruder 4 Jahre, beide schlafen
    nicht durch"): the help is for both, so the span of the two."""
    if not any(h.kind == "child" for h in found):
        return found
    both = bool(_BOTH_SUBJECT.search(text))
    added = []
    for h in found:
        if h.kind != "other" or h.low >= _ADULT or not (h.noun in _ONE_SIBLING or (
                not h.noun and _SIBLING_BEFORE.search(text, max(0, h.start - 30), h.start))):
            added.append(h)
            continue
        clause = re.split(r"[.;!?]", text[h.end : h.end + 60], maxsplit=1)[0]
        if both or (_ADDED.search(clause) and not _PAST.search(clause)):
            h = replace(h, kind="child")
        added.append(h)
    return added
