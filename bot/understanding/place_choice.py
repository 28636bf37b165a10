"""Choosing one place among the places a request's words name.

Kept apart from `places` (which finds the mentions) so that each file has one job: here a district
beats its town, two districts of one town collapse to the town, and an alias naming places in
several towns is flagged as needing the rest of the message.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import Protocol, TypeVar

from bot.catalogue.gazetteer import Gazetteer
from bot.understanding.place_words import folded_word
from bot.vocabulary.lexicon import _load


class _Named(Protocol):
    """A place mention as `places` finds it: token span, keys, and how sure its word is."""

    start: int
    end: int
    keys: frozenset[str]
    weak: bool
    capitalised: bool
    guessed: bool
    turned_down: bool


M = TypeVar("M", bound=_Named)

# a move: the place after "nach" is where the family will live ("zieht in Selm nach Beifang")
_MOVING = re.compile(r"\b(?:(?:um|hin|weg)?zieh\w*|(?:um|weg|hin)?zog\w*|umzug\w*"
                     r"|(?:um|hin|weg)?gezogen|mov(?:e|es|ing|ed))\b", re.IGNORECASE)


def most_specific(keys: list[str], gazetteer: Gazetteer) -> str | None:
    """Pick one place from resolved mentions: a district beats its town, towns collapse up."""
    unique = list(dict.fromkeys(keys))
    # drop every place that is an ancestor of another mentioned place
    leaves = [k for k in unique if not any(k in gazetteer.ancestors(o) for o in unique if o != k)]
    if len(leaves) == 1:
        return leaves[0]
    municipalities = {gazetteer.municipality_of(k) or k for k in leaves}
    if len(municipalities) == 1:  # two districts of one town: the town
        return gazetteer.common_ancestor(leaves)
    return leaves[-1]  # different towns: the last named is usually where the family lives


def collapse(keys: frozenset[str], gazetteer: Gazetteer) -> str | None:
    """Return the one place an alias means, collapsing a town and its own districts."""
    if len(keys) == 1:
        return next(iter(keys))
    ancestor = gazetteer.common_ancestor(keys)
    if ancestor and gazetteer[ancestor].kind != "kreis":
        return ancestor
    return None


def needs_context(keys: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Tell whether an alias names places in several towns (and so needs the rest of the text)."""
    return len({gazetteer.municipality_of(k) for k in keys}) > 1


def beside_town(mentions: list[M], gazetteer: Gazetteer) -> list[M]:
    """Count a generic word right beside a town's name as that town's district, capital or not:
    "wir wohnen in kamen innenstadt" names Kamen-Mitte as "Kamen Innenstadt" does (the town's
    name must count itself: "die kinder kamen innenstadt" has no town)."""
    kept = []
    for m in mentions:
        if m.weak and not m.capitalised:
            towns = {gazetteer.municipality_of(k) for k in m.keys}
            if any(o is not m and (o.end == m.start or m.end == o.start)
                   and (o.capitalised or not o.weak) and any(k in towns for k in o.keys)
                   for o in mentions):  # fmt: skip
                m = replace(m, capitalised=True)
        kept.append(m)
    return kept


def preferred(mentions: list[M], gazetteer: Gazetteer) -> list[M]:
    """Drop the places the writer turns down ("nicht in Methler", "Rünthe war zu weit") and the
    misspellings that point to another town than a name written out: "Familie wohnt in Heil …
    die Kinder lungern rum" is no Langern. Nothing is dropped when nothing else is named."""
    # a place turned down anywhere is turned down everywhere: "Junge aus Villigst … In Villigst
    # selbst gibt es ja nichts – gibt es in Schwerte …?" asks for Schwerte
    down = {m.keys for m in mentions if m.turned_down}
    kept = [m for m in mentions if m.keys not in down] or mentions

    def towns(m: M) -> set[str]:
        return {gazetteer.municipality_of(k) or k for k in m.keys}

    sure = set().union(*(towns(m) for m in kept if not m.guessed and (m.capitalised or not m.weak)))
    return [m for m in kept if not (m.guessed and sure and not towns(m) & sure)] or kept


EITHER = frozenset({"oder", "or", "od", "bzw", "beziehungsweise", "alternativ"})


def either_town(words: list[str], mentions: list[M], resolved: list[str],
                gazetteer: Gazetteer) -> str | None:  # fmt: skip
    """Return the town when the text offers two of its districts as alternatives ("in Heil oder
    Weddinghofen"): either will do, so the whole town is meant, not the district named first or
    last. A generic word ("Heil") counts beside a name that is sure of itself. The town named
    first with a district as its alternative ("in Selm oder Bork") is the town too. A district
    named first with its own town as the fallback ("Hengsen oder Holzwickede?", "Osterbönen oder
    Bönen") is left to the rule that a district beats its town, unless the town itself is asked
    ("Opherdicke oder Holzwickede selbst?"): as with two towns
    (`place_alternatives`), the place named first is where the family would go first, and the
    district's offers fit both readings, the town's other districts' only one."""
    for a, b in pairwise(mentions):
        if b.start != a.end + 1 or words[a.end] not in EITHER or (a.weak and b.weak):
            continue
        first = {gazetteer.municipality_of(k) or k for k in a.keys}
        second = {gazetteer.municipality_of(k) or k for k in b.keys}
        itself = b.end < len(words) and words[b.end] in _itself()  # "Holzwickede selbst"
        if second & b.keys and not first & a.keys and not itself:
            continue  # "Hengsen oder Holzwickede": the district first, its town the fallback
        town = next(iter(first & second)) if len(first & second) == 1 else None
        if town and all((gazetteer.municipality_of(k) or k) == town for k in resolved):
            return town
    return None


@cache
def _itself() -> frozenset[str]:
    return frozenset(folded_word(w) for w in _load("lexicon.toml")["places"]["widen"]["itself"])


_WIDEN_BEFORE = 3  # words before a town's name where a word widening the search may stand


@cache
def _widening() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = _load("lexicon.toml")["places"]["widen"]
    return (frozenset(folded_word(w) for w in data["before"]),
            frozenset(folded_word(w) for w in data["after"]),
            frozenset(folded_word(w) for w in data["only"]))


_PREPOSITIONS = frozenset({"in", "im", "am", "auf", "at"})


def asked_not_only(words: list[str], mentions: list[M], resolved: list[str]) -> str | None:
    """Return the place asked about in "A oder nur B" ("gibt es das auch hier in Opherdicke oder
    nur in Holzwickede-Mitte?"): B is what the asker already knows of, A the place the offers must
    serve. Read as both, the two districts would collapse to the town, whose other districts'
    offers do not fit A."""
    only = _widening()[2]
    for a, b in pairwise(mentions):
        between = [w for w in words[a.end : b.start] if w not in _PREPOSITIONS]
        keys = [k for k in a.keys if k in resolved]
        if between[:1] and between[0] in EITHER and set(between[1:]) & only and len(
                between) <= 3 and len(keys) == 1:
            return keys[0]
    return None


def widened(words: list[str], breaks: list[bool], mentions: list[M], resolved: list[str],
            gazetteer: Gazetteer) -> str | None:  # fmt: skip
    """Return the town the asker accepts beyond the district named ("in Heeren oder sonst
    irgendwo in Kamen", "in Cappenberg oder überhaupt in Selm", "wohnen in Gahmen … gerne auch
    Angebote in ganz Lünen"): the town's offers are all wanted, the district's among them. Only
    where a word in the town's own clause widens the search (`breaks[i]`: a clause ends before
    word i), and every place named lies in that town: a town asked beside its district without
    such a word is read as the district, whose offers fit either reading."""
    before, after, _ = _widening()
    for m in mentions:
        # a town's name that is also a word ("in heeren oder sonst irgendwo in kamen") counts
        # where it was read as a place, though the district named beside it left it unresolved
        if m.turned_down or (m.weak and not m.capitalised):
            continue
        keys = [k for k in m.keys if gazetteer[k].kind == "municipality"]
        if len(keys) != 1:
            continue
        (town,) = keys
        start = max([m.start - _WIDEN_BEFORE] + [i for i in range(m.start - _WIDEN_BEFORE + 1,
                                                                 m.start + 1) if breaks[i]])
        wide = bool(before & set(words[max(0, start) : m.start])) or (
            m.end < len(words) and not breaks[m.end] and words[m.end] in after)
        inside = all(k == town or town in gazetteer.ancestors(k) for k in resolved)
        if wide and inside and set(resolved) - {town}:
            return town
    return None


_WORDS = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_HEDGE_REACH = 40  # characters around a word of moving where a hedge takes it back


@cache
def _hedges() -> frozenset[str]:
    return frozenset(folded_word(w) for w in _load("lexicon.toml")["places"]["move"]["hedges"])


@cache
def _timing() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The words that date a move later, those that ask for help now and those that ask for it
    until the move, folded, phrases as space-joined words."""
    data = _load("lexicon.toml")["places"]["move"]
    return tuple(tuple(" ".join(folded_word(w) for w in p.split()) for p in data[k])
                 for k in ("later", "now", "until"))  # type: ignore[return-value]


def _has(words: list[str], phrases: tuple[str, ...]) -> bool:
    joined = f" {' '.join(words)} "
    return any(f" {p} " in joined for p in phrases)


def move_later(text: str) -> bool:
    """Tell whether a move is dated later while the help is wanted now: "der Umzug nach Hamm ist
    erst im Sommer, sie brauchen jetzt Hilfe" is about the home the family lives in until then.
    So is help wanted until the move ("braucht bis dahin noch Sprachförderung"). A move with a
    date alone ("zieht nächsten Monat nach Holzwickede") names the new home."""
    later, now, until = _timing()
    words = [folded_word(w) for w in _WORDS.findall(text)]
    if _has(words, until):  # "braucht bis dahin noch Sprachförderung"
        return True
    for found in _MOVING.finditer(text):
        near = text[max(0, found.start() - _HEDGE_REACH) : found.end() + _HEDGE_REACH]
        if _has([folded_word(w) for w in _WORDS.findall(near)], later) and _has(words, now):
            return True
    return False


def names_a_move(text: str) -> bool:
    """Tell whether the text tells of a move ("zieht nach Selm", "umgezogen", "moving"), not one
    only thought of ("ein Umzug nach Lünen ist irgendwann mal im Gespräch"): the family still
    lives where it does, and that is the place its offers must serve. Nor is a move dated
    after the help wanted now (`move_later`)."""
    for found in _MOVING.finditer(text):
        near = text[max(0, found.start() - _HEDGE_REACH) : found.end() + _HEDGE_REACH]
        if not _hedges() & {folded_word(w) for w in _WORDS.findall(near)}:
            return not move_later(text)
    return False


_DISTRICT_AFTER = 3  # words between a town moved to and its district named after it


_COUNTED_WORDS = re.compile(r"[A-Za-zÄÖÜäöüß0-9]+")  # as `places` counts words
# an arrow between two places of a move: "nach umzug dortmund → geisecke", "Hamm -> Bönen"
ARROW = re.compile(r"^\s*(?:→|⇒|⟶|-+>|=+>|>)\s*$")


def arrow_before(text: str, spans: list[re.Match[str]], at: int) -> bool:
    """Tell whether the word at index `at` follows an arrow from the word before it, as notes
    write the way of a move ("Dortmund → Geisecke"): the place after it is the one moved to."""
    return 0 < at < len(spans) and bool(ARROW.match(text, spans[at - 1].end(), spans[at].start()))


def destination(text: str, words: list[str], strong: list[M], resolved: list[str],
                gazetteer: Gazetteer) -> str | None:  # fmt: skip
    """Return the place a family moves to, when the text names a move and one place after "nach"
    ("zieht von Cappenberg nach Beifang"): the offers there are the ones it will need. A
    district of that town told right after it is the finer place ("nach Bergkamen, Nordberg"),
    and so is one told later where they stay now ("nach Unna gezogen, wohnen bei Cousin in
    Kessebüren", "nach Werne … pennt im Keller vonne Wohnanlage in Evenkamp"), unless it is a
    relative's home ("Oma wohnt in Lünern")."""
    if not names_a_move(text):
        return None
    spans = list(_COUNTED_WORDS.finditer(text))
    targets = {k for m in strong if m.start > 0 and (words[m.start - 1] in ("nach", "to")
                                                     or arrow_before(text, spans, m.start))
               for k in m.keys if k in resolved}
    if len(targets) != 1:
        return None
    (target,) = targets
    # "nach Bergkamen, Nordberg", "nach Werne, Stadtteil Stockum", "nach Schwerte gezogen
    # (Holzen)": a district of that town told a few words after it is where they move to
    after = {k for m in strong if target in m.keys
             for o in strong if m.end <= o.start <= m.end + _DISTRICT_AFTER
             for k in o.keys if k in resolved}
    inside = [k for k in after if target in gazetteer.ancestors(k)]
    if not inside:  # the town first, where they stay in it later in the text
        first = min(m.start for m in strong if target in m.keys)
        later = {k for o in strong if o.start > first and not _kin_home(words, o)
                 for k in o.keys if k in resolved}
        inside = [k for k in later if target in gazetteer.ancestors(k)]
    return inside[0] if len(inside) == 1 else target


# words before a place that say the family lives there ("wohnt in", "Familie aus", "Wohnort")
_HOME = frozenset({"wohnt", "wohnen", "wohne", "wohnhaft", "wohnort", "lebt", "leben", "lebe",
                   "zuhause", "daheim", "lives", "living", "live"})  # fmt: skip
_FROM = frozenset({"kommt", "kommen", "familie", "stammt", "stammen", "comes", "family",
                   # the child or a parent the request is about ("Junge 9 aus Massen")
                   "kind", "junge", "maedchen", "sohn", "tochter", "jugendlicher", "jugendliche",
                   "mutter", "vater", "eltern", "mama", "papa", "boy", "girl", "child", "kid",
                   "son", "daughter", "mum", "mom", "parents"})
# words that put a home in the past ("vorher haben sie in Kamen gewohnt")
_PAST_VERBS = frozenset({"gewohnt", "wohnten", "wohnte", "gelebt", "lebten", "lebte", "lived"})
# relatives outside the household: where they live is no home of the family's ("OGS in
# Holzwickede gesucht, Oma wohnt in Massen und holt sie ab")
_RELATIVES = frozenset({"oma", "opa", "omi", "opi", "grosseltern", "grossmutter", "grossvater",
                        "tante", "onkel", "cousine", "cousin", "grandma", "grandpa",
                        "grandparents", "aunt", "uncle"})  # fmt: skip
_NOW = frozenset({"jetzt", "nun", "inzwischen", "mittlerweile", "now", "seitdem"})
_PAST = _PAST_VERBS | {"vorher", "frueher", "bisher", "zuvor", "ehemals", "previously"}


def _kin_home(words: list[str], m: _Named, before: list[str] | None = None) -> bool:
    """Tell whether a place is a relative's home ("Oma wohnt in Massen"): not the family's."""
    before = words[max(0, m.start - 4) : m.start] if before is None else before
    return bool(_RELATIVES & set(before) and _HOME & set(before[-3:]))


def home(words: list[str], mentions: list[M], resolved: list[str],
         gazetteer: Gazetteer) -> list[str]:  # fmt: skip
    """Keep the place the family lives in when the text also names others: "Praxis ist in
    Lünen-Mitte, Familie kommt aus Horstmar" is about Horstmar; "bei uns im Haus (Unna) …
    vorher haben sie in Kamen gewohnt" about Unna. A finer place inside the home stays
    ("wohnt in Lünen, Kita in Horstmar"); a relative's town ("Oma wohnt in Massen") and a
    generic word of another town (`local`) are no home."""
    homes, past = set(), set()
    for m in mentions:
        before, after = words[max(0, m.start - 4) : m.start], words[m.end : m.end + 2]
        # "früher in Brambauer gewohnt, jetzt Lünen-Wethmar": the past ends at "jetzt"
        now = [i for i, w in enumerate(before) if w in _NOW]
        before = before[now[-1] + 1 :] if now else before
        keys = {k for k in m.keys if k in resolved}
        # "früher in Selm gewohnt"; "Oma wohnt in Massen": not the family's home either
        kin = _kin_home(words, m, before)
        if _PAST & set(before) or _PAST_VERBS & set(after) or kin:
            past |= keys
        elif _lives(words, m):
            homes |= keys
    if len(homes) == 1:
        (key,) = homes
        if not any(key in gazetteer.ancestors(k) for k in resolved if k != key):
            return [key]
    kept = [k for k in resolved if k not in past]
    return local(words, mentions, kept if past and kept else resolved, gazetteer)


# a place between these words is where someone goes, not where the family lives: "nicht jeden Tag
# bis Rünthe fahren", "nach Kamen-Mitte pendeln", "bis nach Unna zur Therapie fahren"
_TO = frozenset({"bis", "nach", "to"})
_TRAVEL = frozenset({"fahren", "faehrt", "fahre", "pendeln", "pendelt", "pendle", "laufen",
                     "laeuft", "gehen", "geht", "gebracht", "bringen", "bringt", "kommen", "drive",
                     "commute", "travel", "walk", "go", "take"})  # fmt: skip


def _lives(words: list[str], m: _Named) -> bool:
    """Tell whether the words before a place say the family lives there ("wohnt in", "Familie
    aus")."""
    before = words[max(0, m.start - 3) : m.start]
    return bool(_HOME & set(before)) or (before[-1:] == ["aus"] and bool(_FROM & set(before)))


def not_travelled(words: list[str], mentions: list[M], breaks: list[bool]) -> list[M]:
    """Drop the places someone travels to when the text names another one: "in Heil … weil die
    nicht jeden Tag bis Rünthe fahren wollen" asks for Heil; a district travelled to would
    otherwise beat the generic word for the one wanted. The verb of travel must stand in the
    place's own clause (`breaks[i]`: a clause ends before word i): "zieht … nach
    Fröndenberg-Ardey. Der Sohn geht in die 2. Klasse" is a move, and the son's "geht" no trip."""
    def travelled(m: M) -> bool:
        if not _TO & set(words[max(0, m.start - 2) : m.start]):
            return False
        end = next((i for i in range(m.end, min(len(words), m.end + 5)) if breaks[i]),
                   min(len(words), m.end + 5))
        return bool(_TRAVEL & set(words[m.end : end]))

    kept = [m for m in mentions if not travelled(m)]
    return kept or mentions


def local(words: list[str], mentions: list[M], resolved: list[str],
          gazetteer: Gazetteer) -> list[str]:  # fmt: skip
    """Drop a generic word naming a district of another town than the one named surely ("Kind 4
    aus Unna, die Tante in Horst passt auf"): it would win only by coming last. Where the family
    lives ("Familie aus Heil, Vater arbeitet in Kamen") stays."""
    def town(key: str) -> str:
        return gazetteer.municipality_of(key) or key

    # the Kreis is no town: "… in der Unnaer Innenstadt … Kreis Unna – Ausländerangelegenheiten"
    sure = {town(k) for m in mentions if not m.weak for k in m.keys
            if k in resolved and gazetteer[k].kind != "kreis"}
    away: set[str] = set()
    for m in mentions:
        keys = {k for k in m.keys if k in resolved}
        districts = all(gazetteer[k].kind == "district" for k in keys)  # not "raum kamen bergkamen"
        if m.weak and districts and sure and not {town(k) for k in keys} & sure and not _lives(
                words, m):
            away |= keys
    kept = [k for k in resolved if k not in away]
    return kept or resolved
