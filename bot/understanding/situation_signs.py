"""Signs of danger that the situation around them explains.

Child protection reads words near a child ("weg", "allein", "geschlagen"). Three everyday
situations use the same words without a danger to the child, and writers label them by the need
they tell, not as child protection:

- a separation: the one gone is the mother's partner ("der Vater ist seit drei Wochen weg,
  Kinder 3 und 6"), the children still live with their mother — relief and counselling;
- a schoolchild alone for the hours after school because a parent works ("Kind 8 ab 12 Uhr
  allein zuhause, Mama arbeitet Spätschicht") — care after school;
- a blow named only to be denied ("sie streiten jede Nacht, geschlagen wird keiner");
- a pregnant young woman thrown out of her parents' home ("18, schwanger, heute rausgeschmissen"):
  the sign is hers, the child is not born yet — pregnancy advice and help for young people
  (unless she is a minor herself: then a child has lost her home, and child protection stays).

Each rule (`bot/data/situations.toml`) takes back only its own sign, and only where every word
that could carry it is explained; every other sign, and every other reading, stays.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.safety import Signs
from bot.understanding.safety_text import tokens
from bot.understanding.safety_whom import whose_signs
from bot.understanding.situation import parent_working
from bot.understanding.situation_data import situations


@dataclass(frozen=True, slots=True)
class _SignRules:
    separation: str
    gone: frozenset[str]
    partners: frozenset[str]
    carers: frozenset[str]
    reach: int
    custody: frozenset[str]  # the parent left holds custody now: the one gone left a separation
    custody_lost: frozenset[str]  # … unless the custody was taken away
    working: str
    denied: str
    acts: frozenset[str]
    negators: frozenset[str]
    after: int
    before: int
    expecting: frozenset[str]
    minors: frozenset[str]


def _words(values: object) -> frozenset[str]:
    return frozenset(fold(str(v)) for v in values or ())  # type: ignore[attr-defined]


@cache
def _rules() -> _SignRules:
    data = situations()
    sep, work, denied = data["separation"], data["working"], data["denied"]
    return _SignRules(
        separation=sep["sign"], gone=_words(sep["gone"]), partners=_words(sep["partners"]),
        carers=_words(sep["carers"]), reach=int(sep["reach"]),
        custody=_words(sep.get("custody")), custody_lost=_words(sep.get("custody_lost")),
        working=work["sign"],
        denied=denied["sign"], acts=_words(denied["acts"]), negators=_words(denied["negators"]),
        after=int(denied["after"]), before=int(denied["before"]),
        expecting=frozenset(data["expecting"]["signs"]), minors=_words(data["expecting"]["minors"]),
    )  # fmt: skip


def _separation(words: list[str], rules: _SignRules) -> bool:
    """Whether every "weg" said of someone is said of the mother's partner, and at least one is
    — or of a parent, while the one left holds custody now ("hat getz dat Sorgerecht …
    gekricht, die Mutter is weg": the father raises the child)."""
    partner = False
    custody = any(w in rules.custody for w in words) and not any(
        w in rules.custody_lost for w in words)
    for at, word in enumerate(words):
        if word not in rules.gone:
            continue
        who = next((w for w in reversed(words[max(0, at - rules.reach):at])
                    if w in rules.partners or w in rules.carers), None)  # fmt: skip
        if who is None:
            continue  # "läuft weg", "ist oft weg": the sign decides who
        if who in rules.carers and not custody:
            return False
        partner = True
    return partner


def _denied(words: list[str], rules: _SignRules) -> bool:
    """Whether every violent act the text names is denied right beside it."""
    acts = [at for at, word in enumerate(words) if word in rules.acts]
    return bool(acts) and all(
        any(w in rules.negators for w in words[at + 1 : at + 1 + rules.after])
        or any(w in rules.negators for w in words[max(0, at - rules.before):at])
        for at in acts)  # fmt: skip


# an age 12–17 written as digits, not a clock time or a date ("13:15", "17.3.", "17 Uhr")
_MINOR_AGE = re.compile(r"(?<![\d:.])\b1[2-7]\b(?![:.]\d)(?!\s*uhr\b)")


def _minor(folded: str, words: list[str], rules: _SignRules) -> bool:
    """Whether the text tells of a minor (an age 12–17, "Jugendliche", "minderjährig"): a pregnant
    minor thrown out is herself a child without a home, so her sign stays child protection."""
    return any(w in rules.minors for w in words) or _MINOR_AGE.search(folded) is not None


def situated_signs(read: Signs, folded: str, age: AgeRange | None) -> Signs:
    """`read` without the signs its situation explains (see the module's docstring), and
    without those whose words are said of a carer or of registering (`safety_whom`)."""
    read = whose_signs(read, folded)
    if not read.names:
        return read
    rules = _rules()
    words = tokens(folded)
    explained: set[str] = set()
    if rules.separation in read.names and _separation(words, rules):
        explained.add(rules.separation)
    if rules.working in read.names and parent_working(words, age):
        explained.add(rules.working)
    if rules.denied in read.names and _denied(words, rules):
        explained.add(rules.denied)
    if age is not None and age.high < 0 and not _minor(folded, words, rules):  # the mother's own
        explained.update(rules.expecting & set(read.names))
    if not explained:
        return read
    return dataclasses.replace(read, names=tuple(n for n in read.names if n not in explained))
