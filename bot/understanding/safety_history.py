"""Danger told as history, help asked for now: a sign that is context, not the need.

A foster-care worker who writes "die Geschwister leben nach Inobhutnahme wegen Vernachlässigung
seit drei Wochen bei der Tante … wir suchen eine traumatherapeutische Begleitung" tells why the
children are where they are; the danger is over, and what she asks for is a therapist. Read
alone, "Inobhutnahme" and "Vernachlässigung" are signs of a threat, and child protection would
push the therapy down. So are "aus dem Frauenhaus in eine eigene Wohnung gezogen … kein
Kitaplatz" and "der Vater wurde letztes Jahr verhaftet … Alleinerziehenden-Treff?".

The signs give way when all of these hold (words in `bot/data/safety_history.toml`):

- the request tells the event as past: a frame of aftermath ("nach der Inobhutnahme", "seit dem
  Brand", "nachdem"), a past tense ("wurde", "geschlagen hat", "hat … getrunken") or a time ago
  ("vor zwei Jahren", "letztes Jahr", "im März", "seit Sommer");
- it tells the child's state now as safe: a placement or adoption ("Pflegeeltern",
  "Verwandtenpflege", "Adoptivkind"), an end ("getrennt", "verhaftet", "clean"), a flat of
  one's own, or a home with someone ("lebt bei der Tante") — not a bare address or "jetzt";
- it asks for a particular help (`main_need.toml` `[request]`, "bittet um", "gibt es …?"), not
  for protection or what to do ("einschalten", "melden", "Inobhutnahme prüfen", "Was tun?");
- the danger is not recent ("heute", "gestern", "letzte Woche"), the child has not gone back to
  it ("wieder bei der Mutter"), no violent act is told in the present ("der Pflegevater schlägt
  ihn"), and no sign is one that is never history (`resolvable = false`: a fresh injury).

Everything else the request says is read as before: the topic index still finds
"Inobhutnahme" and "Frauenhaus" as words of their topics, after the need asked for.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache

from bot.understanding.agency import Agent, violent_acts
from bot.understanding.main_need_positions import request_words
from bot.understanding.safety import PROTECTION_TOPICS, Signs, _groups_of
from bot.understanding.safety_measure import dates_measure, measure_in_force
from bot.understanding.safety_text import Words, matches, sentence_of, tokens
from bot.vocabulary.lexicon import _load, safety_lexicon


@dataclass(frozen=True, slots=True)
class _History:
    aftermath: frozenset[str]
    reach: int
    events: Words
    since: frozenset[str]
    past: frozenset[str]
    perfect: frozenset[str]
    perfect_reach: int
    participle_prefix: str
    participle_min: int
    telling: frozenset[str]
    ago_markers: frozenset[str]
    ago_units: frozenset[str]
    now: Words
    living: frozenset[str]
    living_with: frozenset[str]
    living_reach: int
    own: frozenset[str]
    homes: frozenset[str]
    recent: frozenset[str]
    recent_reach: int
    asks: frozenset[str]
    returned: frozenset[str]
    returned_to: frozenset[str]
    protection_asked: Words
    past_acts: frozenset[str]
    present_passive: frozenset[str]
    passive_reach: int
    siblings: frozenset[str]
    sibling_reach: int
    lasting: frozenset[str]  # signs that are never history (`resolvable = false`)


@cache
def _history() -> _History:
    data = _load("safety_history.toml")
    safety = safety_lexicon()
    return _History(
        frozenset(data["aftermath"]), int(data["reach"]), Words.of(data["events"]),
        frozenset(data["since_words"]), frozenset(data["past_words"]), frozenset(data["perfect"]),
        int(data["perfect_reach"]),
        data["participle_prefix"], int(data["participle_min"]),
        frozenset(data["telling"]), frozenset(data["ago_markers"]),
        frozenset(data["ago_units"]), Words.of(data["now"]),
        frozenset(data["living"]), frozenset(data["living_with"]), int(data["living_reach"]),
        frozenset(data["own"]), frozenset(data["homes"]), frozenset(data["recent"]),
        int(data["recent_reach"]), frozenset(data["asks"]),
        frozenset(data["returned"]), frozenset(data["returned_to"]),
        Words.of(data["protection_asked"]),
        frozenset((*safety["agency"]["participles"], *data["preterite"])),
        frozenset(data["present_passive"]), int(data["passive_reach"]),
        frozenset(data["siblings"]), int(data["sibling_reach"]),
        frozenset(s["name"] for s in safety["signal"] if not s.get("resolvable", True)),
    )  # fmt: skip


def _told_past(words: list[str], h: _History) -> bool:
    """Whether a frame tells an event as past: aftermath, a past tense or a time ago."""
    for i, word in enumerate(words):
        if word in h.since or word in h.past:
            return True
        if word in h.aftermath and any(
            matches(w, h.events) for w in words[i + 1 : i + 1 + h.reach]
        ):
            return True
        if word in h.perfect and any(
            _participle(w, h) for w in (words[i - 1 : i] + _clause_after(words, i, h.perfect_reach))
        ):
            return True  # "der sie geschlagen hat", "hat in der Schwangerschaft getrunken"
        if word in h.ago_markers and h.ago_units & set(words[i + 1 : i + 3]):
            return True
        if len(word) == 4 and word.isdigit() and word[:2] in ("19", "20"):
            return True  # a year: "2024 aus der Familie genommen"
    return False


def _participle(word: str, h: _History) -> bool:
    return (word.startswith(h.participle_prefix) and len(word) >= h.participle_min
            and word not in h.telling)  # fmt: skip


def _clause_after(words: list[str], at: int, reach: int) -> list[str]:
    """Up to `reach` words after `at`, to the end of their clause."""
    after = []
    for w in words[at + 1 : at + 1 + reach]:
        if not w.isalnum():
            break
        after.append(w)
    return after


def _recent(words: list[str], h: _History, in_force: bool = False) -> bool:
    """Whether the danger is told as recent ("heute", "letzte Woche") in its own sentence; a
    recent word before the state now dates the placement, not the danger ("seit gestern in einer
    Pflegefamilie"), and one in a sentence without the danger dates something else ("Das ist
    schon meine 3. Anfrage diese Woche."). In a sentence with a measure in force it counts only
    beside the measure ("Inobhutnahme heute" is the danger now; "Neugeborenes (10 Tage) …, KV hat
    seit 3 Wo. Kontaktverbot" dates the baby)."""
    return any(
        w in h.recent
        and not any(matches(n, h.now) for n in words[i + 1 : i + 1 + h.recent_reach])
        and _tells_danger(sentence_of(words, i), h)
        and (not in_force or dates_measure(words, i))
        for i, w in enumerate(words)
    )


def _tells_danger(sentence: list[str], h: _History) -> bool:
    """Whether a sentence names the danger: a sign's word, an event or an adult's violent act."""
    return any(_groups_of(w) or matches(w, h.events) for w in sentence) or any(
        act.agent is Agent.ADULT for act in violent_acts(sentence))


def _safe_now(words: list[str], h: _History) -> bool:
    """Whether the child's state now is told safe: a placement, an end, or a home with someone
    ("lebt seit drei Wochen bei der Tante"), not a bare address ("wohnt in Kamen")."""
    return any(
        matches(w, h.now)
        or (w in h.living and h.living_with & set(_clause_after(words, i, h.living_reach)))
        or (w in h.own and words[i + 1 : i + 2] and words[i + 1] in h.homes)
        for i, w in enumerate(words)
    )


def _returned(words: list[str], h: _History) -> bool:
    """Whether the child is told back with the danger: "seit gestern wieder bei der Mutter",
    "zurück zu ihrem Mann" (not "will wieder arbeiten", "zieht sich zurück")."""
    return any(w in h.returned and h.returned_to & set(words[i + 1 : i + 3])
               for i, w in enumerate(words))  # fmt: skip


def _act_now(words: list[str], h: _History) -> bool:
    """Whether an adult's violent act is told in the present ("dass der Pflegevater ihn
    schlägt", "wird geschlagen"), not as past ("der sie geschlagen hat", "schlug")."""
    for act in violent_acts(words):
        if act.agent is not Agent.ADULT:
            continue  # a child's own aggression ("beißt und haut andere Kinder")
        if h.siblings & set(words[act.at + 1 : act.at + 1 + h.sibling_reach]):
            continue  # "der Ältere schlägt seine Schwester": the children's quarrel
        if words[act.at] not in h.past_acts:
            return True
        if h.present_passive & set(words[max(0, act.at - h.passive_reach) : act.at]):
            return True
    return False


def told_as_history(folded: str, names: tuple[str, ...], needs: tuple[str, ...] = ()) -> bool:
    """Tell whether the signs `names` of a folded request are history, and a help other than
    protection is asked for now (see the module's docstring); `needs` are the topics the
    request names."""
    h = _history()
    if not names or h.lasting & set(names):
        return False
    words = tokens(folded)
    seen = set(words)
    # a measure in force (`safety_measure`) is the past frame and the safe state at once, and
    # a need the request names beside protection is the help asked ("… Familienhebamme +
    # Willkommensbesuch."); with none ("ins Frauenhaus gegangen, Lünen") the case stays
    in_force = measure_in_force(words, names) and any(t not in PROTECTION_TOPICS for t in needs)
    if not in_force and not (request_words() | h.asks) & seen:
        return False
    if (
        _recent(words, h, in_force)
        or _returned(words, h)
        or any(matches(w, h.protection_asked) for w in words)
    ):
        return False
    if not in_force and (not _safe_now(words, h) or not _told_past(words, h)):
        return False
    return not _act_now(words, h)


def history_signs(read: Signs, folded: str, needs: tuple[str, ...] = ()) -> tuple[Signs, bool]:
    """`read` without its signs when they are told as history (`told_as_history`), and whether
    they were; `needs` are the topics the request names."""
    if not told_as_history(folded, read.names, needs):
        return read, False
    return dataclasses.replace(read, names=()), True


def protection_after(topics: tuple[str, ...]) -> tuple[str, ...]:
    """The topics with child protection and the youth office after the needs asked for: the
    history that names them ("nach Inobhutnahme", "Frauenhaus") is why, not what, the request
    asks; they stay listed, for the family may still need them."""
    rest = tuple(t for t in topics if t not in PROTECTION_TOPICS)
    return (*rest, *(t for t in topics if t in PROTECTION_TOPICS)) if rest else topics
