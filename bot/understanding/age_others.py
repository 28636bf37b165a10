"""Ages told in a request that belong to someone else than the child asked about.

Two kinds the writers of session 31's fresh set used (`tests/data/ages32/`):

* a crowd of other children named by an age noun — "Der Kerl is elf … nen Kurs, wo nich lauter
  Vierjährige drin sind?", "Er ist 7, in der Turngruppe sind nur Zweijährige": the group the
  child does not fit in, never the child's own age. Such a mention is dropped when another age
  is left to tell the child's.
* a young client who is himself a parent and asks for his own way — "Kunde (18), selbst Vater
  einer einjährigen Tochter, will den Hauptschulabschluss nachholen": the age asked about is the
  client's (a Jobcenter offer for under-25s), not the baby's. A young parent told as a mother or
  father ("Junge Mutter, 17, Baby 5 Monate") is the one asked about only when the writer also asks
  for counsel or a responsible office for that way ("wer berät sie dazu", "wer is da
  zuständig"): "will Schule beenden. Was gibt's?" stays about the baby.

The words are data (`bot/data/age_others.toml`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from bot.understanding.age_parents import PARENT_OF
from bot.vocabulary.lexicon import age_vocabulary

if TYPE_CHECKING:
    from bot.understanding.age_mentions import Mention

_DATA = Path(__file__).resolve().parent.parent / "data" / "age_others.toml"
_AGE_NOUN = re.compile(r"\d+\s*-?\s*jaehrig\w*")
YOUNG = (14 * 12, 22 * 12 - 1)  # a young client's age: a Jobcenter or youth-work offer's range
ADULT_YOUNG = 21 * 12  # a mother or father of 21 or more is a grown-up parent, asked or not
OFFSPRING = "offspring"  # the young client's own child: not the age asked about
# "selbst Vater", "mit einem einjährigen Sohn", "mit ihrer kleinen Tochter"
_PARENT_TOO = re.compile(r"\b(?:selbst|selber)\s+(?:vater|mutter|papa|mama)\b|"
                         r"\b(?:vater|mutter|papa|mama|mutti)\b[^.;!?]{0,30}?\b(?:ist|is)\s+"
                         r"(?:selbst|selber|erst)\s+(?:erst\s+|noch\s+)?\d"
                         r"|\bmit\s+(?:einem|einer|ihrem|ihrer|seinem|seiner|ihren|seinen)\s+(?:\S+\s+)?(?:sohn|tochter|baby|kind"
                         r"|zwillingen|saeugling)\w*")
# the client's own age: a role ("Kunde (18)") or his own clause ("Er ist 21"); a sister or a
# friend named with her age ("Schwester (17) ist Mutter geworden") is someone the writer tells
# of, and her baby stays the one asked about
_COUNTED = ("child", "role", "loose", "unexplained", "adult")
# a parent's own age stressed as young, right before the number: "ist selber erst 17", "Vater ist
# erst 16" — told as the parent's own, like a client's ("Kunde (18)")
_OWN_AGE = re.compile(r"(?:\b(?:selbst|selber)|\b(?:vater|mutter|papa|mama|mutti)\s+(?:ist|is)"
                      r"(?:\s+(?:selbst|selber))?\s+(?:erst|noch))\s+(?:(?:erst|noch)\s+)?$")


# a client's file line, her own age first and her child's after it: "Kl. 18 J., Sohn 9 Mon.",
# "TN 20 J., alleinerz., Kind 1 J." — "Kl." with years is the Klientin, not a Klasse
_CLIENT_LINE = re.compile(r"\b(?:kl|klt|kli|klin|tn|tln|kd|kdin|kdn|mdl|pat|ratsuchende)\.?\s*"
                          r"\(?(?P<age>\d{1,2})\s*(?:j\b\.?|jahre\b)\)?\s*[,;]\s*"
                          r"(?:[a-z]+\.?\s*,\s*)?(?:so|to|sohn|tochter|kind|kd|ki|baby)\b\.?\s*"
                          r"\(?\d")


@dataclass(frozen=True, slots=True)
class OtherWords:
    crowd: frozenset[str]
    between: frozenset[str]
    own_needs: re.Pattern[str]
    own_wishes: re.Pattern[str]
    child_needs: re.Pattern[str]
    general: re.Pattern[str]
    plights: re.Pattern[str]
    asks: re.Pattern[str]
    parents: frozenset[str]


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")")


@cache
def other_words() -> OtherWords:
    """Return the words of `age_others.toml`, loaded once."""
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return OtherWords(frozenset(data["crowd_quantifiers"]), frozenset(data["crowd_adjectives"]),
                      _alternation(data["own_needs"]), _alternation(data["own_wishes"]),
                      _alternation(data["child_needs"]), _alternation(data["general_questions"]),
                      _alternation(data["own_plights"]), _alternation(data["own_asks"]),
                      frozenset(data["parent_nouns"]))


def _crowd(text: str, mention: Mention, words: OtherWords) -> bool:
    """Tell whether an age noun is a crowd of other children ("lauter Vierjährige")."""
    if mention.kind != "child" or mention.noun or not _AGE_NOUN.fullmatch(
            text[mention.start : mention.end].strip()):
        return False
    before = re.findall(r"[a-z]+", text[max(0, mention.start - 40) : mention.start])[::-1]
    for word in before[:3]:
        if word in words.crowd:
            return True
        if word not in words.between:
            return False
    return False


def without_crowds(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions without age nouns that name a crowd of other children, when another
    age is left to be the child's ("is elf … wo nich lauter Vierjährige drin sind")."""
    words = other_words()
    crowds = [h for h in found if _crowd(text, h, words)]
    if not crowds:
        return found
    rest = [h for h in found if h not in crowds]
    if not any(h.kind in ("child", "role", "loose", "unexplained") for h in rest):
        return found  # "in der Gruppe sind nur Zweijährige": no other age to tell the child's
    return rest


def general_question(text: str) -> bool:
    """Tell whether the writer says the request is about no concrete child ("ohne konkreten
    Fall", "allgemeine Frage"): then a life-stage word names the audience of the offer asked
    for, and no age is understood from it."""
    return bool(other_words().general.search(text))


def _parent_asked(text: str, young: list[Mention], words: OtherWords) -> bool:
    """Tell whether a young parent told as a mother or father ("ne mutter 17", "Junger Vater,
    19") is the one asked about: a way of his own (schooling he wants, or homelessness) and an ask
    for counsel or an office for it ("wer berät da", "wer is da zuständig"). `young` holds the
    one young client's mention."""
    if young[0].noun not in words.parents or young[0].low >= ADULT_YOUNG:
        return False
    wanted = words.own_needs.search(text) and words.own_wishes.search(text)
    return bool((wanted or words.plights.search(text)) and words.asks.search(text))


def young_parent(text: str, found: list[Mention]) -> bool:
    """Tell whether the text is about a young client's own way who is a parent himself."""
    young = [h for h in found if h.kind in _COUNTED and YOUNG[0] <= h.low <= h.high <= YOUNG[1]]
    if len(young) != 1:  # both readings below need one young client: most texts stop here
        return False
    words = other_words()
    if words.child_needs.search(words.plights.sub(" ", text)):  # not "schläft mal hier mal da"
        return False
    if _parent_asked(text, young, words):
        return True
    line = _CLIENT_LINE.search(text)
    if not PARENT_OF.search(text) and not _PARENT_TOO.search(text) and not line:
        return False
    if not (words.own_needs.search(text) and words.own_wishes.search(text)):
        return False
    # "17-jährige Mutter mit Baby 6 Mon., will Schule beenden": told as a mother, the baby is the
    # one the sets ask about; told as a client ("Kunde (18)", "Teilnehmerin 17", "Er ist 21"),
    # the client is
    roles = age_vocabulary().role_nouns
    return (young[0].kind in ("role", "loose", "unexplained") or young[0].noun in roles
            or bool(_OWN_AGE.search(text, 0, young[0].start))
            or bool(line and line.start("age") == young[0].start))


def young_parent_own(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions with a young parent's own age as the one asked about and his
    children's ages set aside, when the need is his own ("Kunde (18), selbst Vater einer
    einjährigen Tochter, will den Hauptschulabschluss nachholen")."""
    if not young_parent(text, found):
        return found
    out = []
    for h in found:
        if YOUNG[0] <= h.low <= h.high <= YOUNG[1] and h.kind in _COUNTED:
            out.append(replace(h, kind="role"))
        elif h.kind in ("child", "other", "loose", "unexplained") and h.high < YOUNG[0]:
            out.append(replace(h, kind=OFFSPRING))
        else:
            out.append(h)
    return out


__all__ = ["OFFSPRING", "YOUNG", "general_question", "other_words", "without_crowds",
           "young_parent", "young_parent_own"]
