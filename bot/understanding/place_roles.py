"""Which of several towns a request means: the role the words around each place give it.

A professional's message often names more places than the family's: the writer's office or
practice ("Praxis in Unna"), the child's school ("Gymnasium in Lünen"), a place the family came
from ("kommt ursprünglich aus Bergkamen"), one turned down ("in Kamen ist zu weit") or corrected
("Kamen – sorry, Bönen"). Where the mentions name different towns, where the family lives
("wohnt in Selm", "Selm'de oturuyor") and then the town the writer asks about ("gibt es in Bönen
was?") win over the rest; only where the roles single out one town is the choice made, otherwise
the later rules (a district beats its town, the last town named) decide. Within one town only a
second district gives way to the family's: two districts would collapse to the whole town, whose
other districts' offers do not fit. A town asked for beside its district is left to those rules
too: writers differ on which they mean, and the district's offers fit both readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import TypeVar

from bot.catalogue.gazetteer import Gazetteer
from bot.understanding.place_choice import ARROW, EITHER, _Named, names_a_move
from bot.understanding.place_clauses import outer_breaks
from bot.understanding.place_custody import (
    more_roles,
    named_again,
    registered,
    wanted_label,
    writer_hosts,
)
from bot.understanding.place_hearsay import hearsay
from bot.understanding.place_reach import out_of_reach
from bot.understanding.place_words import folded_word
from bot.vocabulary.lexicon import _load

M = TypeVar("M", bound=_Named)

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß0-9]+")  # as `places` counts words
_BREAK = re.compile(r"[,.;:!?()\[\]\n–—\u2600-\u27bf\U0001f000-\U0001faff]|\s-\s")

# ranks of a role: higher wins where the mentions name different towns. The family's home wins
# over the town asked about ("gibts in kamen oder? die wohnen weddinghofen" is about
# Weddinghofen), which wins over a place merely named, the writer's office or a place too far;
# the place a family moves to wins over all (its offers are the ones it will need)
# the child's own home wins over where a parent or relative lives ("lebt bei KM in Bönen, KV wohnt
# in Massen": Bönen), and the place a family moves to wins over all (its offers are the ones it
# will need)
# the child's registered home wins over a home it shares between two parents ("lebt mal bei der
# Mutter in Massen, mal beim Vater in Bönen, gemeldet ist sie in Bönen": Bönen)
ASIDE, UNMARKED, WANTED, FROM, LIVES, RESIDES, REGISTERED, MOVES = 0, 1, 2, 3, 4, 5, 6, 7
GUESSED = -1  # a guess where an offer might be (`place_hearsay`): below even the writer's office
_WITH = frozenset({"bei", "beim", "mit", "with"})  # living with a relative: the family's home
_TO = frozenset({"nach", "to"})  # after a verb of moving: the family's next home
_WINDOW = 8  # words before a place, inside its clause, that may give it its role
_MARKER_AFTER = 2  # a correction stands within this many words after the corrected place ...
_CORRECTED_BY = 5  # ... and the place that replaces it within this many words after the marker


@cache
def _roles() -> dict[str, frozenset[str]]:
    data = dict(_load("lexicon.toml")["places"]["roles"])
    for name, words in more_roles().items():  # `place_custody.toml`: this class's additions
        data[name] = [*data[name], *words]
    return {name: frozenset(" ".join(folded_word(p) for p in w.split()) for w in words)
            for name, words in data.items()}


def _role_of(word: str, asking: bool) -> int | None:
    """Return the rank a word gives a place near it, or None; `asking`: its clause asks for an
    offer, so that an institution there is the one wanted ("sucht eine Kita in Kamen")."""
    roles = _roles()
    if word in roles["lives"]:
        return LIVES
    if word in roles["wanted"]:
        return WANTED
    if word in roles["institution"]:
        return WANTED if asking else ASIDE
    if word in roles["work"] or word in roles["origin"]:
        return ASIDE
    return None


def _role(words: list[str], clause: tuple[int, int], m: _Named, question: bool,
          moving: bool, hosts: frozenset[str] = frozenset(),
          outer: tuple[int, int] | None = None, labelled: bool = False,
          arrived: bool = False) -> int:
    """Return the rank the words around a mention give it, nearest word first: the word right
    after it (verb-final languages: "Selm'de oturuyor", "in Südkamen gesucht"), then the words
    before it in its clause ("wohnt aber in Bönen", "Praxis in Unna"). "aus" says where someone
    is from, unless a word of work or origin stands right before it ("Kollegin aus Lünen",
    "ursprünglich aus Bergkamen"). A place said of someone outside the household is theirs ("die
    Oma wohnt in Massen"), unless the child lives there (`resides`). A clause ending in a
    question mark asks for the place, and the place a family moves to is the one it will need
    offers in ("zieht nach Selm", `arrived`: "Umzug Dortmund → Geisecke"). A form's field of
    the home before the place ("Adresse: Holzwickede, Nordstraße 23", `labelled`) says the
    family lives there."""
    start, end = clause
    if labelled:
        return LIVES
    if moving and m.start > start and (words[m.start - 1] in _TO or arrived) and not _moved_apart(
            words, clause, m, hosts):
        return MOVES
    if registered(words, clause, m):
        return REGISTERED
    if resides(words, outer or clause, m, hosts):  # the clause past brackets
        return RESIDES
    asking = question or bool(_roles()["wanted"] & set(words[start:end]))
    order = [m.end] if m.end < end else []
    order += range(m.start - 1, max(start, m.start - _WINDOW) - 1, -1)
    apart = _roles()["others"] | _roles()["apart"]
    if any(words[i] in apart and not _WITH & set(words[max(start, i - 2) : i])
           for i in order if i < m.start):
        return ASIDE  # "die Oma wohnt in Massen", not "wohnt bei der Oma in Massen"
    rank = UNMARKED
    for i in order:
        if words[i] in _roles()["from"] and i < m.start:
            before = _role_of(words[i - 1], asking) if i > start else None
            rank = ASIDE if before == ASIDE else FROM
            break
        found = _role_of(words[i], asking)
        if found is not None:
            rank = found
            break
    return max(rank, WANTED) if question and rank > ASIDE else rank


def form_label(words: list[str], gaps: list[str], start: int) -> bool:
    """Tell whether a clause starting at word `start` is the value of a form's field for the
    home ("Adresse: Holzwickede, Nordstraße 23 | … | Frage: zuständig … Stadt Unna?"): the
    field's name stands right before the colon that opens it."""
    return start > 0 and ":" in gaps[start] and words[start - 1] in _roles()["labels"]


@cache
def _kin() -> dict[str, frozenset[str]]:
    """Each word for a parent or relative, folded, with all the words for the same person."""
    groups = _load("lexicon.toml")["places"]["kin"].values()
    out: dict[str, frozenset[str]] = {}
    for group in groups:
        same = frozenset(folded_word(w) for w in group)
        out.update(dict.fromkeys(same, same))
    return out


_DETERMINERS = frozenset({"der", "dem", "den", "die", "ihrer", "ihrem", "seiner", "seinem", "ihren",
                          "seinen", "unserer", "unserem", "his", "her", "the"})


def _lives_with(words: list[str], at: int, start: int) -> bool:
    """Tell whether the person word at `at` is whom the child lives with: "bei" (past a
    determiner) before it, and a verb of living before that in its clause ("lebt seit dem Sommer
    bei ihrer Oma", "die Kinder leben beim Papa")."""
    roles = _roles()
    j = at
    while j > start and words[j - 1] in _DETERMINERS:
        j -= 1
    return j > start and words[j - 1] in roles["resides_with"] and bool(
        roles["resides_verbs"] & set(words[max(start, j - 1 - _WINDOW) : j - 1]))


def _person(word: str) -> bool:
    roles = _roles()
    return word in _kin() or word in roles["others"] or word in roles["apart"]


def resides(words: list[str], clause: tuple[int, int], m: _Named,
            hosts: frozenset[str]) -> bool:  # fmt: skip
    """Tell whether the words before a place (or the word right after it) say the child lives
    there: with someone ("lebt bei KM in Bönen"), in care ("die Pflegeeltern in Werne", "in einer
    Wohngruppe in Schwerte untergebracht"), as the child a parent is with ("KM mit Kind in
    Unna"), or as the home of someone the text says the child lives with elsewhere ("Mama in
    Unna-Mitte … wohnt bei Mama"). A parent's or relative's home is only context then."""
    start, end = clause
    roles = _roles()
    if m.end < end and words[m.end] in roles["resides"]:
        return True
    for i in range(m.start - 1, max(start, m.start - _WINDOW) - 1, -1):
        word = words[i]
        if word in roles["resides"]:
            return True
        if word in roles["children"] and "mit" in words[max(start, i - 3) : i]:
            return True
        if writer_hosts(words, i, start, roles):  # "wohnen die Kinder bei mir in …"
            return True
        if _person(word):  # the nearest person decides: "Papa in Kamen" is Papa's
            return _lives_with(words, i, start) or word in hosts
    return False


def _moved_apart(words: list[str], clause: tuple[int, int], m: _Named,
                 hosts: frozenset[str]) -> bool:  # fmt: skip
    """Tell whether a move is a parent's alone, the child staying with the other one: "Die
    Mutter ist nach Selm gezogen, das Kind bleibt beim Vater in Werne". The nearest person
    before the place is a parent or relative the child does not live with (`hosts`), and no child
    moves along ("Mutter zieht mit den Kindern nach Kamen" is the family's move)."""
    start, _ = clause
    for i in range(m.start - 1, max(start, m.start - _WINDOW) - 1, -1):
        if words[i] in _roles()["children"]:
            return False
        if _person(words[i]):
            return bool(hosts) and words[i] in _kin() and words[i] not in hosts
    return False


def _parent_words() -> frozenset[str]:
    kin = _kin()
    return kin[folded_word("mutter")] | kin[folded_word("vater")]


def _parents_apart(words: list[str], mentions: list[M], clause: Callable[[M], tuple[int, int]],
                   hosts: frozenset[str]) -> set[int]:  # fmt: skip
    """Return the ids of the mentions that are a parent's home where both parents are placed
    apart ("Wechselmodell zwischen KM in Osterbönen und KV in Unna-Mitte"): the nearest person
    before the place is the mother or the father, not one the child is said to live with. Where
    only one parent is placed, nothing: "Mutter in Methler sucht Kita in Kamen" is the family's."""
    found: dict[int, frozenset[str]] = {}
    for m in mentions:
        start, _ = clause(m)
        if resides(words, clause(m), m, hosts):
            continue
        for i in range(m.start - 1, max(start, m.start - _WINDOW) - 1, -1):
            if _person(words[i]):
                if words[i] in _parent_words() and words[i] not in hosts:
                    found[id(m)] = _kin()[words[i]]
                break
    return set(found) if len(set(found.values())) >= 2 else set()


def residents(words: list[str]) -> frozenset[str]:
    """Return the words for the people the child lives with ("die Kinder leben beim Papa",
    "wohnt bei Mama"), with every other word for the same person, so that their place told
    elsewhere in the text ("Papa in Werne") is the family's."""
    found: set[str] = set()
    for i, word in enumerate(words):
        if word in _kin() and _lives_with(words, i, max(0, i - _WINDOW)):
            found |= _kin()[word]
    return frozenset(found)


def _corrected(words: list[str], mentions: list[M]) -> list[M]:
    """Mark a place the writer corrects right after it as turned down: "Methler, nein Quatsch,
    in Derne", "Kamen – sorry, Bönen", "(Ergste? nein, Villigst)", "bergkamen äh oberaden"."""
    markers, phrases = _roles()["correction"], _roles()["correction_phrases"]
    wrong: set[int] = set()
    for a, b in pairwise(mentions):
        if a.keys == b.keys:
            continue
        for i in range(a.end, min(a.end + _MARKER_AFTER + 1, b.start)):
            marker = words[i] in markers or " ".join(words[i : i + 2]) in phrases
            if marker and b.start - i <= _CORRECTED_BY:
                wrong.add(id(a))
                break
    return [replace(m, turned_down=True) if id(m) in wrong else m for m in mentions]


def by_role(text: str, mentions: list[M], gazetteer: Gazetteer) -> list[M]:
    """Return the mentions without the corrected places and, where the roles single out one of
    several towns, without the places of the other towns. Within one town nothing is dropped:
    writers differ on whether "Mutter aus Villigst … in Schwerte?" asks for the district or the
    town, and the district's offers fit both readings."""
    if len(mentions) < 2:  # most requests: nothing to choose, no words to read again
        return mentions
    spans = list(_WORD.finditer(text))
    words = [folded_word(s.group()) for s in spans]
    mentions = _corrected(words, mentions)
    counted = [m for m in mentions if not m.turned_down and (not m.weak or m.capitalised)]
    # a misspelling read as a place gets no role beside a name written out: "blaue Flecken an
    # den Oberamen … wer berät uns als Kita bei sowas, Uelzen" must not lose Uelzen to Oberaden
    # by ranking the writer's Kita aside (`preferred` then drops the misspelling of another town)
    counted = [m for m in counted if not m.guessed] or counted

    def town(m: _Named) -> str | None:
        towns = {gazetteer.municipality_of(k) or k for k in m.keys}
        towns = {t for t in towns if gazetteer[t].kind != "kreis"}
        return next(iter(towns)) if len(towns) == 1 else None  # "Mitte": any town's

    if len({town(m) for m in counted} - {None}) < 2 and len(_districts(counted, gazetteer)) < 2:
        return mentions
    gaps = [""] + [text[spans[i - 1].end() : spans[i].start()] for i in range(1, len(spans))]
    gaps.append(text[spans[-1].end() :])
    breaks = [i for i, gap in enumerate(gaps) if i in (0, len(spans)) or _BREAK.search(gap)]

    outer_cuts = outer_breaks(gaps, len(spans))

    def clause(m: _Named, cuts: list[int] = breaks) -> tuple[int, int]:
        return max(b for b in cuts if b <= m.start), min(b for b in cuts if b >= m.end)

    # "gibt es in Bönen was?", "may sprachförderung ba sa Kamen?": the question asks for it
    moving = names_a_move(text)
    hosts = residents(words)
    ranked_before = list(counted)  # before a town's districts narrow `counted` below
    ranks = {id(m): _role(words, clause(m), m, "?" in gaps[clause(m)[1]]
                          or wanted_label(words, gaps, clause(m)[0]), moving, hosts,
                          clause(m, outer_cuts), form_label(words, gaps, clause(m)[0]),
                          bool(ARROW.match(gaps[m.start])))
             for m in counted if town(m)}
    # "das gibts glaub ich nur in Unna": a guess of an offer's seat, unless someone lives there
    ranks |= {id(m): GUESSED for m in counted if id(m) in ranks and ranks[id(m)] < LIVES
              and hearsay(words, clause(m))}
    # "Logo gibt's nur in Werne-Mitte, 9 km, kein Auto": an offer's seat out of the family's reach
    starts = frozenset(m.start for m in counted)
    far = {id(m) for m in counted if id(m) in ranks and ranks[id(m)] < FROM
           and out_of_reach(words, gaps, clause(m), m.start, starts)}
    ranks |= dict.fromkeys(far, GUESSED)
    signed = _signature(words)  # "Mit freundlichen Grüßen … Kreispolizeibehörde Unna"
    if signed is not None and any(m.end <= signed for m in counted if id(m) in ranks):
        ranks |= {id(m): ASIDE for m in counted if id(m) in ranks and m.start >= signed}
    best = max(ranks.values())
    chosen = {town(m) for m in counted if ranks.get(id(m)) == best}
    if len(chosen) == 1:
        mentions = [m for m in mentions if id(m) not in ranks or town(m) in chosen]
        counted = [m for m in counted if m in mentions]
    # "KM in Osterbönen und KV in Unna-Mitte … Bedarf: OGS-Platz in Bönen": with both parents
    # placed, a parent's district gives way to its town where the help is asked
    parents = _parents_apart(words, [m for m in ranked_before if id(m) in ranks], clause, hosts)
    asked = {town(m) for m in counted if id(m) not in parents and ranks.get(id(m), 0) >= WANTED}
    if asked:
        mentions = [m for m in mentions if not (id(m) in parents and town(m) in asked
                                                and m in _districts([m], gazetteer))]
        counted = [m for m in counted if m in mentions]
    # two districts of one town would collapse to the whole town, whose other districts' offers
    # do not fit: "Jugendtreff in Brambauer ist zu … Jungs aus Lünen-Süd" means Lünen-Süd
    districts = _districts(counted, gazetteer)
    if len({town(m) for m in districts}) != 1 or len({m.keys for m in districts}) < 2:
        return mentions
    near = {m.keys for m in districts if id(m) not in far}
    if far and len(near) == 1:  # "Brambauer … in Lünen-Mitte wäre einer frei, aber 7 km"
        return [m for m in mentions if m not in districts or m.keys in near]
    homes = {id(m) for m in counted if ranks.get(id(m), UNMARKED) >= UNMARKED}
    if (again := named_again(words, mentions, homes)) is not None:
        return again  # "kinder aus lünen alstedde … in alstedde oder wethmar": Alstedde
    if any(EITHER & set(words[a.end : b.start]) for a, b in pairwise(districts)):
        return mentions  # "in Massen bzw. Königsborn": either will do, the whole town
    top = max(ranks.get(id(m), UNMARKED) for m in districts)
    winners = {m.keys for m in districts if ranks.get(id(m)) == top}
    if top < FROM or len(winners) != 1:
        return mentions
    return [m for m in mentions if m not in districts or m.keys in winners]


def all_aside(text: str, mentions: list[M]) -> bool:
    """Tell whether every place of the Kreis the text names is someone's workplace, the child's
    school or clinic, a former home or the home of a relative apart ("ist bei uns in der Praxis
    in Schwerte", "geht aufs Berufskolleg in Unna", "die Eltern arbeiten in Bergkamen", "nur Oma
    wohnt Bergkamen"): then a home told outside the Kreis ("wohnt in Iserlohn") is the family's
    place. A place merely named, asked about or lived in is no aside, so that "wohnt in Dortmund,
    sucht eine Kita in Kamen" keeps Kamen."""
    counted = [m for m in mentions if not m.turned_down and (not m.weak or m.capitalised)]
    if not counted:
        return False
    spans = list(_WORD.finditer(text))
    words = [folded_word(s.group()) for s in spans]
    gaps = [""] + [text[spans[i - 1].end() : spans[i].start()] for i in range(1, len(spans))]
    gaps.append(text[spans[-1].end() :])
    breaks = [i for i, gap in enumerate(gaps) if i in (0, len(spans)) or _BREAK.search(gap)]
    outer_cuts = outer_breaks(gaps, len(spans))
    hosts = residents(words)
    signed = _signature(words)

    def clause(m: _Named, cuts: list[int]) -> tuple[int, int]:
        return max(b for b in cuts if b <= m.start), min(b for b in cuts if b >= m.end)

    return all((signed is not None and m.start >= signed)
               or _role(words, clause(m, breaks), m, "?" in gaps[clause(m, breaks)[1]], False,
                        hosts, clause(m, outer_cuts),
                        form_label(words, gaps, clause(m, breaks)[0])) == ASIDE
               for m in counted)


def _signature(words: list[str]) -> int | None:
    """Return the word index where a mail's signature begins (after its last closing formula,
    "Mit freundlichen Grüßen", "LG", "Best regards"), or None: the places there are the writer's."""
    phrases = [p.split() for p in _roles()["signed"]]
    starts = [i for i in range(len(words)) for p in phrases if words[i : i + len(p)] == p]
    return max(starts) if starts else None


def _districts(mentions: list[M], gazetteer: Gazetteer) -> list[M]:
    """Return the mentions that name one district each."""
    return [m for m in mentions
            if len(m.keys) == 1 and gazetteer[next(iter(m.keys))].kind == "district"]
