"""A scene of a child's day at home, another help asked: the scene is context, not an alarm.

Kita, school and family helpers describe a child's morning to say why they ask: "die zwei
kommen erst um halb zehn, Frühstück verpasst … hat Holzwickede irgendwat zur Entlastung?",
"Kinder machen sich morgens allein fertig, kommen ohne Frühstück … Gibt es ein Jugendzentrum
mit Mittagstisch?", "Vater trinkt abends, Mutter allein mit Baby … Angebot speziell für
Familien mit Sucht?". Read alone, hunger beside clothes, a carer who drinks beside a baby or a
child who looks after itself are everyday signs of neglect (`safety_cues`, the `neglect_*`
signals), and child protection would fill the first places; the help asked — or the honest gap
where the place holds none of it — would be lost.

The signs give way when all of these hold (data: `bot/data/safety_routine.toml`):

- every sign found tells an everyday scene of the home: no food there, nobody who sees to a
  child old enough to get ready alone, a parent who smells of drink (`everyday`); the child's own
  body and clothes or a home in filth (`body`); everyday neglect cues only of hunger, a carer in
  bed, a child who looks after the family (`cue_kinds`); a parent's drinking beside a baby only
  while the other parent is named apart, as the one who cares (`drinking`) — never an injury,
  a blow, a named maltreatment, a child locked in, alone at night or not picked up;
- the request asks for a particular help by its shape (`safety_asked._asking`: a question, a
  request word, a help noun's object), in the sentence that asks, that is not child protection
  and no sign word — a guide ("wer hilft") asks for none, so the case stays;
- nothing asks about protection or weighs a threat: no word of reporting, assessing or turning
  to someone ("melden", "§ 8a", "Gefährdung", "an wen wende ich mich", `protection_asked` of
  `safety_history.toml`), no question of acting ("was tun?"), no word of severity ("Verdacht",
  "Kindeswohl", "dringend").

Then child protection is put after the asked help (`safety_history.protection_after`), as for
a danger told as history, and where the place holds none of the help the request is a gap. A
sign of the child's own body keeps child protection a main need right after the asked help:
the labelled sets keep protection beside the help there, so no gap is called for it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from bot.models import AgeRange
from bot.understanding.main_need_positions import need_vocabulary
from bot.understanding.normalise import Words
from bot.understanding.safety import PROTECTION_TOPICS, Signs, _groups_of, _signals, sign_topics
from bot.understanding.safety_anchors import negated
from bot.understanding.safety_asked import _asking
from bot.understanding.safety_cues import neglect_kinds
from bot.understanding.safety_history import _history
from bot.understanding.safety_text import Words as Patterns
from bot.understanding.safety_text import matches, tokens
from bot.understanding.safety_want import NEGLECT_CUES
from bot.understanding.topic_parts import Credit
from bot.understanding.topic_portrait import setting_terms
from bot.vocabulary.lexicon import _load


@dataclass(frozen=True, slots=True)
class _Routine:
    everyday: frozenset[str]
    body: frozenset[str]
    drinking: frozenset[str]
    mothers: frozenset[str]
    fathers: frozenset[str]
    apart: int
    cue_kinds: frozenset[str]
    body_kinds: frozenset[str]
    severity: Patterns
    acting: frozenset[str]
    acting_questions: frozenset[str]
    acting_reach: int


@cache
def _routine() -> _Routine:
    d = _load("safety_routine.toml")
    names = lambda key: frozenset(d[key])  # noqa: E731
    return _Routine(
        names("everyday"), names("body"), names("drinking"), names("mothers"), names("fathers"),
        int(d["apart"]), names("cue_kinds"), names("body_kinds"), Patterns.of(d["severity"]),
        names("acting"), names("acting_questions"), int(d["acting_reach"]),
    )  # fmt: skip


def routine_signs(read: Signs, folded: str, words: Words, credits: Iterable[Credit],
                  ordered: tuple[str, ...], age: AgeRange | None
                  ) -> tuple[Signs, bool, tuple[str, ...]]:  # fmt: skip
    """`read` without its signs when they only tell a scene of the day at home and another
    help is asked (see the module's docstring), whether they did, and — for a sign of the
    child's own body — the needs to lead the main needs: the helps asked, then child
    protection, which then stays a need (no gap is called for it); `ordered` are the topics
    the request's words name."""
    routine = _routine()
    tokens_ = tokens(folded)
    kinds = _kinds(read.names, tokens_, age, routine)
    if kinds is None or _protection_asked(tokens_, routine):
        return read, False, ()
    helps = _helps_asked(words, credits, ordered, read.names)
    if not helps:
        return read, False, ()
    kept = (PROTECTION_TOPICS[0],) if kinds & (routine.body | routine.body_kinds) else ()
    return dataclasses.replace(read, names=()), True, (*helps, *kept) if kept else ()


def _kinds(names: tuple[str, ...], words: list[str], age: AgeRange | None,
           routine: _Routine) -> frozenset[str] | None:  # fmt: skip
    """The signs and neglect-cue kinds found, when every one tells an everyday scene; None when
    there is none or one tells more."""
    if not names:
        return None
    found = set(names)
    if NEGLECT_CUES in found:
        cues = set(neglect_kinds(words, lambda w, at: negated(w, at, _signals()[1]), age))
        if not cues <= routine.cue_kinds | routine.body_kinds:
            return None
        found = (found - {NEGLECT_CUES}) | cues
    if found & routine.drinking and not _other_parent(words, routine):
        return None
    allowed = routine.everyday | routine.body | routine.drinking | routine.cue_kinds
    return frozenset(found) if found <= allowed | routine.body_kinds else None


def _other_parent(words: list[str], routine: _Routine) -> bool:
    """Whether a mother and a father are both named, apart from each other: one who drinks
    and one who cares ("Vater trinkt abends, Mutter allein mit Baby"), not "Mama und Papa"."""
    mothers = [i for i, w in enumerate(words) if w in routine.mothers]
    fathers = [i for i, w in enumerate(words) if w in routine.fathers]
    return any(abs(m - f) > routine.apart for m in mothers for f in fathers)


def _protection_asked(words: list[str], routine: _Routine) -> bool:
    """Whether the request asks about protection or weighs a threat: a word of reporting or
    assessing anywhere, a verb of acting after a question word ("was tun?")."""
    asking = _history().protection_asked
    for i, w in enumerate(words):
        if w in routine.acting:
            before = words[max(0, i - routine.acting_reach) : i]
            if routine.acting_questions & set(before):
                return True
        elif matches(w, asking) or matches(w, routine.severity):
            return True
    return False


def _helps_asked(words: Words, credits: Iterable[Credit], ordered: tuple[str, ...],
                 signs: tuple[str, ...]) -> tuple[str, ...]:  # fmt: skip
    """The needs other than child protection named where the request asks, by a word that is
    no sign of the scene ("ohne Frühstück" in the question names no help), in `ordered`'s
    order."""
    asked = _asking(words)
    if not asked:
        return ()
    vocabulary = need_vocabulary()  # a guide ("an wen wende ich mich") names no help
    first = {PROTECTION_TOPICS[0], *sign_topics(signs), *vocabulary.guides}
    plain = vocabulary.plain  # phrases that only ask ("wer hilft")
    settings = setting_terms()  # "in der Kita": where the child is, not a help
    asking = any(words.asked)  # a sentence that asks: the help is named there, not in the story
    named = {
        c.topic for c in credits
        if c.position in asked and c.topic in ordered and c.topic not in first
        and (not asking or words.asked[c.position])
        and c.term not in plain and c.term not in settings
        and not all(_groups_of(w) for w in c.term.split())
    }  # fmt: skip
    return tuple(t for t in ordered if t in named)
