"""Mentions that set the scene rather than name the child the request is about.

- A group's range beside one child named with an age inside it ("kid aus meiner Crew (8–11
  jährige) … er is 10", "Kita-Gruppe 3–6 Jahre, ein Kind mit 5 …") is the setting: the child is
  10, not 8 to 11, and offers for the whole range would be shown as fitting for a child they do
  not fit.
- A life stage in brackets right after a child noun or a rank ("die Jüngste (U3)") is that child's
  age, as a number would be; without it the sister named with a number would be read alone.
- A need pointed at a brother or sister ("Erziehungsberatung für den Großen", "es geht um die
  Schwester, 12") makes that sibling the child asked about, over the baby the text opens with.
- Help the professional asks for herself or her team ("unsere Auszubildende soll lernen …
  Schulungen für Praxisteams?", "Flyer zu Babylotsen für die Praxis") names who works there: the
  trainee and a service's name are no child's life stage (`workplace_free`). The workplace
  itself ("Fortbildung Kinderschutz für unser OGS-Team") still gives the ages of the children it
  serves, as dev2 labels it; words that name children ("Kita-Kinder") tell their age anyway.

Kept apart from the choice among mentions in `bot.understanding.age`, which calls these first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.understanding import age_patterns as ap
from bot.understanding.age_focus import RANK, aimed_by_need
from bot.understanding.age_mentions import Mention
from bot.understanding.age_spans import child_word
from bot.understanding.topic_setting import helps_team
from bot.vocabulary.lexicon import AgeVocabulary, _load

_RANGE = re.compile(r"\d\s*(?:-|–|bis|to)\s*\d")
_GROUP_WIDE = 24  # a range of two years or more is a group's, not one child's uncertain age
_SINGLE = ("child", "loose", "unexplained", "at_age")  # "at_age": "ein Kind mit 5 zeigt …"
_BRACKETED = re.compile(r"\b([a-z]+)\s*\(\s*([a-z0-9]+)\s*\)")
# a workplace word that heads a word for its children names them: "Kita-Kinder", "OGS-Kids",
# "Kita-Gruppe", "Grundschulalter"
_CHILDREN_AFTER = r"(?!\s*-?\s*(?:kind|kids|gruppe|alter))"


def group_range_context(text: str, found: list[Mention], vocab: AgeVocabulary) -> list[Mention]:
    """Drop a group's range when one child inside it is named with an age of its own."""
    ranges = [h for h in found if h.kind == "child" and h.high - h.low >= _GROUP_WIDE
              and _RANGE.search(text, h.start, h.end)]  # fmt: skip
    if not ranges:
        return found
    singles = [h for h in found if h.kind in _SINGLE and h.high - h.low < _GROUP_WIDE]
    if len({(h.low, h.high) for h in singles}) != 1:
        return found  # several children named: the range may be what they share
    one = singles[0]
    if not any(r.low <= one.low and one.high <= r.high for r in ranges):
        return found  # "Jugendtreff ab 12, aber der Junge ist 11": read elsewhere
    if one.kind in ("unexplained", "at_age") and not any(
            child_word(w, vocab) and not w.endswith(ap.PLURAL_CHILDREN)
            for w in ap.words_before(text, one.start, 3)):  # fmt: skip
        return found  # "Gruppe 3–6 Jahre, 5 Plätze frei": no child named with the 5
    return [replace(h, kind="child") if h in singles else h for h in found if h not in ranges]


def bracketed_stages(text: str, vocab: AgeVocabulary) -> list[Mention]:
    """Return stages in brackets after a child noun or a rank ("die Jüngste (U3)") as mentions."""
    found = []
    for m in _BRACKETED.finditer(text):
        stage = vocab.stages.get(m.group(2))
        noun = m.group(1)
        if stage and (RANK.fullmatch(noun) or child_word(noun, vocab)):
            found.append(Mention(m.start(2), m.end(2), *stage, "child", noun))
    return found


def need_at_sibling(text: str, found: list[Mention], own: tuple[str, ...]) -> list[Mention]:
    """Make the brother or sister a need is pointed at the child asked about."""
    pool = [h for h in found if h.kind in (*own, "other")]
    aimed = aimed_by_need(text, pool)
    if not aimed or all(h.kind != "other" for h in aimed):
        return found
    return [replace(h, kind="child") if h in aimed else h for h in found
            if h in aimed or h not in pool]  # fmt: skip


@cache
def _workplaces() -> re.Pattern[str]:
    """The words of a team's staff ("Azubi"), and the compounds of a service ("Babylotsen"),
    that the stage reader would take for an age."""
    table = _load("age_settings.toml")
    words = "|".join(map(re.escape, table["workplaces"]))
    services = "|".join(map(re.escape, table["services"]))
    return re.compile(rf"\b(?:(?:{words})\b{_CHILDREN_AFTER}|(?:{services})(?!s\b)[a-z]{{3,}})")


def workplace_free(text: str) -> str:
    """Return the text a life stage is read from without the writer's own workplace ("Ich
    arbeite in der Kita", "Wir als OGS-Team") and, where the request asks for help for the
    professional or her team, without its staff ("unsere Auszubildende") and services' names."""
    free = ap.OWN_WORKPLACE.sub(" ", text)
    staff = _workplaces()
    # most messages name no staff: the help-for-the-team reading is asked only where one stands
    return staff.sub(" ", free) if staff.search(free) and helps_team(text) else free
