"""Which child a pregnancy stands beside: the born child the request is about, or the unborn one.

One job: when a text names a pregnancy and a born child ("2. Kind unterwegs, der Große ist 14
Mon., sucht eine Krabbelgruppe"), tell whose age the request asks for, and tell a newborn's age in
weeks from a pregnancy still running (split out of `age`, which had grown past its limit).
"""

from __future__ import annotations

import re

from bot.understanding import age_patterns as ap
from bot.understanding.age_beside import child_stated, named_before_copula
from bot.understanding.age_cared import born_ages, born_child_cared
from bot.understanding.age_family import family_not_pregnancy
from bot.understanding.age_focus import AIMED
from bot.understanding.age_mentions import Mention
from bot.understanding.age_spans import child_word
from bot.understanding.age_values import ADULT, CHILD_NAMED
from bot.understanding.pregnancy import pregnancy_care_asked
from bot.vocabulary.lexicon import age_vocabulary


def born_child_wanted(text: str, found: list[Mention]) -> bool:
    """Tell whether a pregnancy is only mentioned beside the born child the request is about:
    "2. Kind unterwegs, der Große ist 14 Mon., sucht eine Krabbelgruppe" seeks a group for the
    toddler, while "erwartet ihr drittes Kind, die Großen 4 und 7, Familienhebamme?" stays
    about the pregnancy."""
    born = [h for h in found if h.kind == "child" and h.low >= 1 and h.high < ADULT]  # not hers
    charge = ap.WRITER_CHARGE.search(text)
    if born and charge and child_word(charge.group("noun") or charge.group("noun2"),
                                      age_vocabulary()) and not ap.PREGNANCY_ONLY_CARE.search(text):
        return True  # "wir haben ein U3-Kind, 14 Mon., die Mama ist wieder schwanger": theirs
    for m in AIMED.finditer(text):  # "braucht für den Sechsjährigen einen Ganztagsplatz"
        if m.group(0).startswith(("fuer", "for", "um", "wegen", "about")) and any(
                h.low <= round(float(m.group(1).replace(",", ".")) * 12) <= h.high for h in born):
            return True
    # a place only a born child can take ("sucht Kita-Platz für den 2-Jährigen") beside a
    # pregnancy is the born child's, unless care for the pregnancy is asked too
    setting = ap.BORN_CHILD_SETTING.search(text)
    further = setting and (ap.FURTHER_CHILD.search(text) or not ap.PREGNANCY_CARE.search(text))
    # "ihre Tochter (3) redet kaum – Sprachförderung?": the born child's own need
    nouns = frozenset(noun for h in born if h.high < CHILD_NAMED and (noun := child_named(text, h)))
    stated = not pregnancy_care_asked(text) and child_stated(text, nouns, born_ages(born))
    cared = born_child_cared(text, born_ages(born)) or family_not_pregnancy(text)  # "Familie"
    if not (further or stated or cared or ap.CHILDREN_NEED.search(text)):  # "die Kinder brauchen …"
        return False
    return bool(born)


def child_named(text: str, mention: Mention) -> str:
    """The word a child is named by with its age: its noun, or the child word just before the
    number ("Sohn (8 Monate)")."""
    nouns = age_vocabulary().child_nouns
    before = [w for w in reversed(ap.words_before(text, mention.start, 2)) if w in nouns]
    # "ihr 18 Monate alter Sohn": the noun after the age's adjective
    after = re.match(r"\s*-?\s*(?:alt|jaehrig)\w*\s+([a-z]+)", text[mention.end :])
    behind = after.group(1) if after and after.group(1) in nouns else ""
    # "der Kleine ist 18 Monate": the child named by rank before the copula
    ranked = named_before_copula(ap.words_before(text, mention.start, 2))
    return mention.noun or (before[0] if before else behind) or ranked


def newborn_told(text: str, found: list[Mention]) -> bool:
    """Tell whether the text names a baby of weeks or days ("Baby 2 days old", "jetzt 8 Wo
    alt"): then its pregnancy is over ("during the pregnancy", "Frühchen ehem. 29+1"), unless
    another child is on the way ("wieder schwanger")."""
    if ap.FURTHER_CHILD.search(text):
        return False
    # "Kind 3 Wo.": a child noun before weeks is a born child's age, as "alt" after them is
    return any(h.kind == "child" and h.high <= 2 and (ap.BABY_AGE.match(text, h.start) or any(
        child_word(w, age_vocabulary()) for w in ap.words_before(text, h.start)))
               for h in found)  # fmt: skip


__all__ = ["born_child_wanted", "child_named", "newborn_told"]
