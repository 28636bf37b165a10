"""A family at home in a town outside the Kreis: a place that no offer serves.

Without this, "Familie wohnt in Dortmund-Hörde" names no place the gazetteer knows, and the
assistant shows the offers of every town of the Kreis as fitting. Read as the place `OUTSIDE`, the
request has no fitting offer: matching keeps the Kreis's offers as marked alternatives and calls
the request a `not_here` gap, as it would for a district without an offer. The rule only runs when
no place of the Kreis is named, so a workplace, school or clinic outside ("arbeitet in Dortmund,
wohnt in Methler") never moves the family; and the town must stand where a home is told.
"""

from __future__ import annotations

import re
from functools import cache

from bot.models import OUTSIDE
from bot.understanding.gate_case import case_gated
from bot.understanding.place_choice import _MOVING, names_a_move
from bot.understanding.place_words import folded_word, names_a_street
from bot.vocabulary.lexicon import _load

_TOKEN = re.compile(r"[A-Za-zÄÖÜäöüß0-9']+|[,.;:!?()\n]")
_CLAUSE_END = frozenset(",.;:!?()\n")
_INTO = frozenset({"nach", "to"})  # a town after these, beside a verb of moving, is the new home
_MOVE_REACH = 12  # words before the town in its clause where the verb of moving may stand
# a place as a heading: first in the message before a colon or comma, or first in a clause
# before a colon, its districts joined by hyphens
_NAME = r"([A-Za-zÄÖÜäöüß]+)(?:-[A-Za-zÄÖÜäöüß]+)*\s*"
_HEADING = re.compile(rf"^\s*{_NAME}[:,]|(?<=[.!?,;\n(])\s*{_NAME}:")


@cache
def _apart() -> frozenset[str]:
    """People outside the child's household (`lexicon.toml [places.roles]` others and apart):
    "die leiblichen Eltern wohnen in Hamm", "KV lebt in Dortmund", "Oma aus Werl" tell where
    they live, not where the family does."""
    roles = _load("lexicon.toml")["places"]["roles"]
    return frozenset(folded_word(w) for w in roles["others"] + roles["apart"])


@cache
def _vocabulary() -> tuple[frozenset[str], ...]:
    data = _load("lexicon.toml")["places"]["outside"]
    keys = ("towns", "from", "at", "living", "moved", "household")
    return tuple(frozenset(data[k]) for k in keys)


def outside_home(text: str) -> str | None:
    """Return `OUTSIDE` when the text tells of a home in a town outside the Kreis, else None."""
    towns, origin, at, living, moved, household = _vocabulary()
    if any(folded_word(m.group(1) or m.group(2)) in towns for m in _HEADING.finditer(text)):
        return OUTSIDE  # "Hamm-Heessen: Schwangere …", "Hi, Olfen: Vater …", "Menden, Kind 4"
    tokens = [t if t in _CLAUSE_END else folded_word(t) for t in _TOKEN.findall(text)]
    for i, word in enumerate(tokens):
        adjective = word.endswith("er") and word[:-2] in towns
        if word not in towns and not adjective:
            continue
        if moved.intersection(_near(tokens, i, len(tokens), len(tokens))):
            continue  # "neu zugezogen aus Dortmund": where the family came from
        if adjective:  # "eine Dortmunder Familie", but not "die Dortmunder Klinik"
            if household.intersection(_near(tokens, i, 0, 1)):
                return OUTSIDE
            continue
        before = next((t for t in reversed(tokens[:i]) if t != ":"), "")  # "Wohnort: Hamm"
        if _apart().intersection(_near(tokens, i, 6, 0)):
            continue  # "die leiblichen Eltern wohnen in Hamm": someone else's home
        if before in origin:  # "Familie aus Menden"
            return OUTSIDE
        # "wohnt in Hagen", "wir wohnen jetzt in Hamm", "in Hamm wohnhaft"
        if before in at and living.intersection(_near(tokens, i, 6, 2)):
            return OUTSIDE
    return None


_QUESTION = re.compile(r"[^.!?\n]*\?")


@cache
def _here_words() -> frozenset[str]:
    return frozenset(_load("lexicon.toml")["places"]["outside"]["here"])


def asks_here(text: str) -> bool:
    """Tell whether a question asks for offers "here", the writer's place: "Die Familie wohnt
    eigentlich in Menden, der Junge besucht aber unsere Schule … Gibt es hier Ferienspiele?" wants
    the school's town, so a home outside does not make the request one no offer serves."""
    here = _here_words()
    return any(here.intersection(folded_word(w) for w in _TOKEN.findall(q.group()))
               for q in _QUESTION.finditer(text))


@cache
def _town_start() -> re.Pattern[str]:
    """A word that begins with the name of a town outside, as typed (umlauts or not)."""
    spelt = {"ue": "(?:ue|ü)", "oe": "(?:oe|ö)", "ae": "(?:ae|ä)", "ss": "(?:ss|ß)"}

    def typed(town: str) -> str:
        return re.sub("ue|oe|ae|ss", lambda m: spelt[m.group()], town)

    towns = sorted(_vocabulary()[0], key=len, reverse=True)
    # most requests name no town outside: the scan is skipped (`gate_case`)
    return case_gated(re.compile(rf"\b(?:{'|'.join(typed(t) for t in towns)})", re.IGNORECASE))


def names_outside(text: str) -> bool:
    """Tell cheaply whether a word of the text begins with a town outside the Kreis: most
    requests name none, and need no reading for a home there."""
    return _town_start().search(text) is not None


def moves_out(text: str) -> bool:
    """Tell whether the family moves to a town outside the Kreis ("zieht Ende des Monats von
    Kamen nach Dortmund-Scharnhorst"): its new home is a place no offer serves, so the offers of
    the town it leaves are no fit. Not a move only thought of or dated after the help wanted now
    ("der Umzug nach Hamm ist erst im Sommer, sie brauchen jetzt Hilfe")."""
    towns = _vocabulary()[0]
    if not names_outside(text) or not names_a_move(text):
        return False
    tokens = [t if t in _CLAUSE_END else folded_word(t) for t in _TOKEN.findall(text)]
    return any(word in towns and i > 0 and tokens[i - 1] in _INTO
               and any(_MOVING.fullmatch(t) for t in _near(tokens, i, _MOVE_REACH, 3))
               and not _moves_alone(tokens, i)
               for i, word in enumerate(tokens))


@cache
def _movers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """`lexicon.toml [places.move]`: one parent who may move alone, the words of a separation,
    and those that take the family along."""
    data = _load("lexicon.toml")["places"]["move"]
    return tuple(frozenset(folded_word(w) for w in data[k]) for k in ("lone", "apart", "along"))


def _moves_alone(tokens: list[str], at: int) -> bool:
    """Tell whether the move to the town at `at` is made by someone without the child: a
    relative or an ex-partner ("Oma zieht nach Werl", "der Ex ist nach Hamm gezogen"), or one
    parent where the text tells of a separation ("Eltern trennen sich … Papa zieht nach
    Dortmund"). Not one who takes the children ("Mutter zieht mit den Kindern nach Hamm")."""
    lone, apart, along = _movers()
    clause = _near(tokens, at, _MOVE_REACH, 0)
    if along.intersection(clause):
        return False
    if _apart().intersection(clause):
        return True
    return bool(lone.intersection(clause)) and any(
        t in apart or t.startswith(("trenn", "getrennt")) for t in tokens)


def _near(tokens: list[str], at: int, back: int, ahead: int) -> list[str]:
    """The words up to `back` before and `ahead` after the token at `at`, within its clause."""
    start = max((j + 1 for j in range(at) if tokens[j] in _CLAUSE_END), default=0)
    end = next((j for j in range(at, len(tokens)) if tokens[j] in _CLAUSE_END), len(tokens))
    return tokens[max(start, at - back) : at] + tokens[at + 1 : min(end, at + 1 + ahead)]


def elsewhere(words: list[str], breaks: list[bool], start: int, end: int) -> bool:
    """Tell whether a place name at `start`..`end` names no home in the Kreis: the first word of
    a street's name ("Kamener Straße" in Unna), or a district of a town outside, joined to the
    town's name ("Dortmund-Derne" is no Kamen-Derne, "Menden-Lendringsen" no misspelt
    Lenningsen). `breaks[i]` says a clause ends before word i."""
    if names_a_street(words, breaks, end):
        return True
    return start > 0 and not breaks[start] and words[start - 1] in _vocabulary()[0]


def outside_parts(text: str) -> frozenset[str]:
    """The words joined to a town outside the Kreis ("Hörde" of "Dortmund-Hörde", "Bockum" and
    "Hövel" of "Hamm-Bockum-Hövel"), folded: the district of a home outside is no need the
    assistant should say it does not know. Joined means by hyphens, or one word after a space."""
    towns = _vocabulary()[0]
    words = list(re.finditer(r"[A-Za-zÄÖÜäöüß]+", text))
    parts: set[str] = set()
    for i, word in enumerate(words):
        if folded_word(word.group()) not in towns:
            continue
        end = word.end()
        for after in words[i + 1 : i + 4]:
            gap = text[end : after.start()]
            if gap != "-" and not (gap == " " and end == word.end() and after.group()[0].isupper()):
                break
            parts.add(folded_word(after.group()))
            end = after.end()
    return frozenset(parts)
