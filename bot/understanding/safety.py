"""Recognise signs of a threat to a child's welfare, so that child protection always comes first.

A paediatrician who writes "kind erzählt, dass papa die mama schlägt" needs the ASD, the
child-protection hotline and the § 8a consultation at the top, with the emergency numbers, every
time — not whichever offers share most words. The signs are data (`bot/data/safety.toml`): groups
of words that must occur near each other in any order, so "Schläge zuhause" and "Gewalt in der
Familie" are one sign. A violent verb is a sign by who does it (`bot.understanding.agency`):
"Papa schlägt die Mama" and "wird geschlagen" are, "Kind 4, schlägt und beißt andere Kinder" is
not. A sign gives way in a sentence that tells it is over ("war früher im Frauenhaus, jetzt
stabil"), that negates or clears it ("keine Hinweise auf …", "KWG ausgeschlossen"), or that is
about training and concepts ("Fortbildung zu § 8a") — then it is a topic of work, not a case.
Spoken and dialect spellings are read first ("eltern kümmern sich nich", "watt is mit dem
lütten"); some signs need their words in order ("Angst vor dem Vater") or a second sign further
off ("kümmern sich nicht" with a child left to the street), some name a need besides protection
(exploitation: sexual education); a person of age is no child-protection case. Each word's groups
are decided once and cached, so a request is read in one pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.models import AgeRange, Emergency, Hit, Request
from bot.understanding import safety_text as _text
from bot.understanding.agency import Agent, violent_acts
from bot.understanding.main_need_positions import request_words
from bot.understanding.safety_anchors import anchors, joined_acts, negated
from bot.understanding.safety_index import Prefixes, WordIndex
from bot.understanding.safety_scan import any_hit, hits
from bot.understanding.safety_text import WORD as _WORD
from bot.understanding.safety_text import Words, clause_tokens, matches, sentence_of, tokens
from bot.understanding.safety_want import want_told
from bot.understanding.safety_witness import scene_signs
from bot.vocabulary.lexicon import safety_lexicon
from bot.vocabulary.units import COMING_OF_AGE

# topics put first, in this order, when a sign is found (taxonomy keys of topics.csv)
PROTECTION_TOPICS = ("kinderschutz", "hilfen_zur_erziehung")
PEER_BLOWS = "peer_blows"  # no sign: a child hit by peers names violence prevention (`[peer]`)


@dataclass(frozen=True, slots=True)
class _Signal:
    name: str
    groups: tuple[Words, ...]
    window: int
    unless: Words
    negatable: tuple[bool, ...]  # per group: "keine plausible Erklärung" is the sign itself
    kind: str = "words"  # "agency": a violent verb, decided by who does it; "touch": touching
    professional: bool = False  # gives way in a sentence about training and concepts
    resolvable: bool = True  # gives way in a sentence that tells it is over
    ordered: bool = False  # the groups must follow each other: "Angst vor dem Vater"
    topics: tuple[str, ...] = ()  # needs the sign also names ("für Geld mit älteren Typen")
    reach: tuple[int, ...] = ()  # a window per group, when one group may stand further off
    under_months: int | None = None  # a sign only for a child this young (when the age is known)
    until_months: int | None = None  # no sign for a child known to be this old
    accidental: bool = False  # gives way beside an accident told as fact ("beim Fußball")
    placed_gives_way: bool = False  # a birth parent's state, no danger to a child in foster care
    ordinary: Words | None = None  # the sentence tells ordinary trouble: "wegen Ausgang, Pubertät"
    partners: tuple[Words, ...] = ()  # one parent gone, the other there: "Mama weint, Papa ist weg"


@dataclass(frozen=True, slots=True)
class _Context:
    """Words around a sign that make it no case: negations, the past, training."""

    negations: frozenset[str]
    past: Words
    resolved: Words
    professional: Words
    cleared: frozenset[str]
    cleared_when_negated: frozenset[str]
    strong_negations: frozenset[str]
    childless: frozenset[str]
    ago: frozenset[str]
    ago_markers: frozenset[str]
    accident: Words
    doubt: Words
    condition: Words  # a condition that explains injuries: motor development, a bleeding disorder
    placement: Words  # foster or emergency care, a taking into care: the child is protected
    placement_pending: frozenset[str]  # a placement still to come ("soll in", "nötig?")
    causes: frozenset[str]  # "nach Vernachlässigung": why the child was placed
    addressed: frozenset[str] = frozenset()  # the assistant's name: no word of prevention work


@cache
def _signals() -> tuple[tuple[_Signal, ...], _Context]:
    data = safety_lexicon()
    signals = tuple(
        _Signal(
            s["name"], tuple(Words.of(g) for g in s["groups"]), int(s.get("window", 1)),
            Words.of(s.get("unless", ())), _per_group(s.get("negatable", True), len(s["groups"])),
            s.get("kind", "words"),
            bool(s.get("professional", False)), bool(s.get("resolvable", True)),
            bool(s.get("ordered", False)), tuple(s.get("topics", ())),
            tuple(int(n) for n in s.get("reach", ())), s.get("under_months"),
            s.get("until_months"), bool(s.get("accidental", False)),
            bool(s.get("placed_gives_way", False)), Words.of(s.get("ordinary", ())),
            tuple(Words.of(g) for g in s.get("partners", ())),
        )
        for s in data["signal"]
    )  # fmt: skip
    context = _Context(
        frozenset(data.get("negations", ())), Words.of(data.get("past", ())),
        Words.of(data.get("resolved", ())), Words.of(data.get("professional", ())),
        frozenset(data.get("cleared", ())), frozenset(data.get("cleared_when_negated", ())),
        frozenset(data.get("strong_negations", ())), frozenset(data.get("childless", ())),
        frozenset(data.get("ago", ())), frozenset(data.get("ago_markers", ())),
        Words.of(data.get("accident", ())), Words.of(data.get("doubt", ())),
        Words.of(data.get("condition", ())), Words.of(data.get("placement", ())),
        frozenset(data.get("placement_pending", ())), frozenset(data.get("causes", ())),
        frozenset(data.get("addressed", ())),
    )  # fmt: skip
    return signals, context


def _per_group(negatable: bool | list[bool], groups: int) -> tuple[bool, ...]:
    return tuple(negatable) if isinstance(negatable, list) else (bool(negatable),) * groups


@cache
def _all_groups() -> tuple[Words, ...]:
    return tuple(group for signal in _signals()[0] for group in signal.groups)


@lru_cache(maxsize=1 << 16)
def _groups_of(word: str) -> tuple[Words, ...]:
    """The signal groups a word belongs to, decided once per word: a request is read in one
    pass, not once per group. A word of none, with two neighbouring letters swapped, is the
    sign word it spells ("Felcken", "nacths", "hungirg": typed fast on a phone)."""
    index = _group_index()
    found = index.groups_of(word)
    if found or len(word) < 5 or not word.isalpha():
        return found
    exact, prefixes = _sign_words()
    for i in range(len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if swapped != word and (swapped in exact or prefixes.any_of(swapped)):
            return index.groups_of(swapped)
    return ()


@cache
def _group_index() -> WordIndex:
    """`_all_groups()` indexed by their words: a new word is tested against the few groups
    that can match it, not against all of them (`safety_index`)."""
    return WordIndex(_all_groups())


@cache
def _sign_words() -> tuple[frozenset[str], Prefixes]:
    """Every exact word and prefix of the signs, to test a repaired spelling in one step."""
    groups = _all_groups()
    return (frozenset().union(*(g.exact for g in groups)),
            Prefixes(p for g in groups for p in g.prefixes if len(p) >= 4))  # fmt: skip


def _positions(words: list[str]) -> dict[Words, list[int]]:
    found: dict[Words, list[int]] = {}
    for i, word in enumerate(words):
        for group in _groups_of(word):
            found.setdefault(group, []).append(i)
    return found


@cache
def _signal_index() -> _text.SignalIndex:
    """`_signals()`' index by the first group each needs (`safety_text.first_group_index`)."""
    return _text.first_group_index(_signals()[0])


@cache
def emergency_numbers() -> tuple[Emergency, ...]:
    """Return the emergency numbers to show first when a child may be in danger."""
    return tuple(
        Emergency(e["label_de"], e["label_en"], e["number"])
        for e in safety_lexicon().get("emergency", ())
    )


def negated_words(words: list[str], clause: tuple[int, ...]) -> frozenset[int]:
    """Return the positions of words a negation or clearing word in their clause negates
    ("keine Hinweise auf Kindeswohlgefährdung", "kriegen kein BuT"): the same rules as for signs,
    for words split into clauses without their punctuation."""
    _, context = _signals()
    tokens, at = clause_tokens(words, clause)
    # only a word near a negating or clearing word can be negated: five before it to six after
    triggers = (context.negations | context.strong_negations | context.cleared
                | context.cleared_when_negated)  # fmt: skip
    near = {p for t, w in enumerate(tokens) if w in triggers for p in range(t - 5, t + 7)}
    return frozenset(i for i in range(len(words))
                     if at[i] in near and negated(tokens, at[i], context))  # fmt: skip


def childs_violence(words: list[str], clause: tuple[int, ...]) -> frozenset[int]:
    """Return the positions of violent verbs a child does ("Kind 4, schlägt und beißt andere
    Kinder", "mein Sohn haut in der Kita"): the child's own aggression, a parenting need."""
    _, context = _signals()
    tokens, at = clause_tokens(words, clause)
    acts = {a.at for a in joined_acts(violent_acts(tokens), tokens)  # "wird gehauen und geschubst"
            if a.agent is Agent.CHILD and not a.passive
            and not negated(tokens, a.at, context)}  # fmt: skip
    return frozenset(i for i in range(len(words)) if at[i] in acts)


def _placed(words: list[str], context: _Context) -> bool:
    """Tell whether the child lives in foster or emergency care now ("seit 3 Mon. in Pflegefam."),
    not a placement still to come ("Bereitschaftspflege gesucht") nor one denied."""
    return any(
        not negated(words, i, context)
        and not context.placement_pending & set(words[max(0, i - 3) : i + 3])
        for i in hits(words, context.placement)  # one scan (`safety_scan`), no call per word
    )  # fmt: skip


def _why_placed(signal: _Signal, words: list[str], at: int, context: _Context) -> bool:
    """Tell whether a sign, in a text about a child in care now, tells why it was placed: its
    cause ("nach Vernachlässigung") or the state of a birth parent who no longer cares for the
    child ("Entzug (KM substituiert)"); a fresh injury stays a case."""
    return signal.placed_gives_way or (
        signal.resolvable and bool(context.causes & set(words[max(0, at - 3) : at])))


def _a_case(signal: _Signal, words: list[str], at: int, context: _Context, over: bool,
            placed: bool = False) -> bool:  # fmt: skip
    """Tell whether the sign at `at` is a case now, not past, the reason a child already in care
    was placed, or a topic of training."""
    if placed and _why_placed(signal, words, at, context):
        return False
    sentence = sentence_of(words, at)
    past = any_hit(sentence, context.past) or _text.told_ago(
        sentence, context.ago, context.ago_markers)
    if signal.resolvable and over and past:
        return False
    if signal.partners and _partner_there(signal.partners, words, at):
        return False  # "Mama weint nur, Papa ist weg": a separation, the child has a carer
    if signal.ordinary and any_hit(sentence, signal.ordinary):
        return False  # "will nicht mehr nach Hause, streitet wegen Handy und Ausgang, Pubertät?"
    if signal.accidental and any_hit(sentence, context.condition):
        return False  # "blaue Flecken, die Ergotherapeutin sagt, die Motorik sei auffällig"
    if signal.accidental and any_hit(sentence, context.accident):
        return any_hit(sentence, context.doubt)  # "angeblich beim Sport"
    told = [w for w in sentence if w not in context.addressed]  # "@Präventionslotse ⚠️ Klientin"
    return not (signal.professional and any_hit(told, context.professional))


PARTNER_BEFORE = 5  # words before the sign where the parent gone is named ("Papa ist weg")
PARTNER_JOINED = 3  # the other parent this near is gone too: "Mama und Papa sind weg"


def _partner_there(partners: tuple[Words, ...], words: list[str], at: int) -> bool:
    """Tell whether one parent is gone and the other is named apart from the sign: a parent who
    left a couple ("Mama weint nur, Papa ist weg") leaves the child with the other one."""
    gone = next(((i, role) for i in range(at - 1, max(-1, at - PARTNER_BEFORE - 1), -1)
                 for role, group in enumerate(partners) if matches(words[i], group)), None)
    if gone is None:
        return False
    at_gone, role = gone
    return any(abs(i - at_gone) > PARTNER_JOINED and matches(w, group)
               for other, group in enumerate(partners) if other != role
               for i, w in enumerate(words))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Signs:
    """What the signs say of one text: the threats to a child, and the signs that are no case
    but still name a need (`sign_topics` of them): those that fire but for the young person's
    age (a man who follows a girl of 17 home is a matter of violence prevention), and a child
    hit by peers (`peer_blows`)."""

    names: tuple[str, ...] = ()
    grown: tuple[str, ...] = ()


def protection_signs(folded: str, age: AgeRange | None = None) -> tuple[str, ...]:
    """Return the names of the signs of a threat to a child's welfare the folded text shows."""
    return read_signs(folded, age).names


def read_signs(folded: str, age: AgeRange | None = None) -> Signs:
    """Read the signs of a folded text once: the threats to a child and, when there is none,
    the signs its age takes out of child protection.

    None when the person the request is about is of age ("Junge, 19, zu Hause rausgeflogen"):
    that is a matter of help for young adults, and no child-protection offer serves them."""
    if age is not None and age.low >= COMING_OF_AGE:  # a threat to a child's welfare needs a child
        return Signs()
    words, (signals, context) = tokens(folded), _signals()
    over = any(not negated(words, i, context)
               for i in hits(words, context.resolved))  # fmt: skip
    found = _positions(words)  # most signals lack a group's word: they cost no search
    signals = _text.possible_signals(signals, _signal_index(), found)
    placed = bool(signals) and _placed(words, context)  # only a sign can be why it was placed

    def fires(signal: _Signal, named_young: bool = False) -> bool:
        return any(_a_case(signal, words, at, context, over, placed)
                   for at in anchors(signal, words, context, found, named_young))  # fmt: skip

    childless = _text.childless(words, context.childless)
    names = () if childless else tuple(
        s.name for s in signals
        if ((young := _young_enough(s, age)) or s.kind == "alone")  # "der kleine Bruder (6)"
        and fires(s, named_young=not young))  # fmt: skip
    if not names and not childless:  # neglect cues, a child without a carer, a witness's account
        names = scene_signs(words, lambda w, at: negated(w, at, context), age)
    if names and want_told(words, names, lambda w, at: negated(w, at, context), age):
        names = ()  # "alle dünn, im Dezember Sandalen … Kindergeld kommt seit 2 Monaten nicht"
    if names:
        return Signs(names)
    grown = () if age is None else tuple(
        s.name for s in signals
        if s.topics and s.until_months is not None and age.low >= s.until_months and fires(s))
    return Signs(grown=(*grown, PEER_BLOWS) if peer_blows(words, context, age) else grown)


@cache
def _peer() -> tuple[int, Words]:
    """The youngest age (months) at which peers' blows count, and the words of school places
    and of peers' mockery."""
    peer = safety_lexicon().get("peer", {})
    return int(peer.get("from_months", 0)), Words.of((*peer.get("places", ()),
                                                      *peer.get("mocking", ())))


def peer_blows(words: list[str], context: _Context, age: AgeRange | None = None) -> bool:
    """Tell whether a child is hit by peers: a blow by another child ("von Älteren verprügelt",
    "hit by older kids") or one without an agent in a sentence about school ("hat Stress in der
    Schule, wird gehauen"). Read only where no sign fired: that is violence prevention."""
    from_months, places = _peer()
    if age is not None and age.high < from_months:
        return False
    return any(
        act.passive and not negated(words, act.at, context) and (
            act.agent is Agent.CHILD
            or (act.agent is Agent.UNKNOWN
                and any(matches(w, places) for w in sentence_of(words, act.at))))
        for act in joined_acts(violent_acts(words), words)
    )  # fmt: skip


def _young_enough(signal: _Signal, age: AgeRange | None) -> bool:
    """A carer's drinking endangers a baby, who depends on her wholly; for an older child, or a
    child of unknown age ("Vater trinkt, Familie in Selm"), it asks for help for the family."""
    if signal.until_months is not None and age is not None and age.low >= signal.until_months:
        return False  # a young person of 14 may stay home alone
    return signal.under_months is None or (age is not None and age.high < signal.under_months)


def sign_topics(signs: tuple[str, ...]) -> tuple[str, ...]:
    """Needs the signs name besides protection: exploitation is also a matter of sexual
    education, grooming over the phone one of media; blows among peers, violence prevention."""
    names = set(signs)
    peer = safety_lexicon().get("peer", {}).get("topics", ()) if PEER_BLOWS in names else ()
    return tuple(dict.fromkeys((*(t for s in _signals()[0] if s.name in names
                                  for t in s.topics), *peer)))  # fmt: skip


def protection_first(topics: tuple[str, ...], known: object, signs: tuple[str, ...] = ()
                     ) -> tuple[str, ...]:  # fmt: skip
    """Put the child-protection topics first, then the needs the signs name, then what else the
    request asked for."""
    wanted = (*PROTECTION_TOPICS, *sign_topics(signs))
    first = tuple(t for t in wanted if t in known)  # type: ignore[operator]
    return first + tuple(t for t in topics if t not in first)


def asked_help(folded: str, main: tuple[str, ...], ordered: tuple[str, ...],
               signs: tuple[str, ...], evidence: tuple[str, ...]) -> tuple[str, ...]:  # fmt: skip
    """Return the main needs of a child-protection request: the protection topics and a
    particular help it asks for besides ("§ 1666 läuft, wir suchen Erziehungsberatung für die
    Mutter"), when a word asks for something ("suchen", "braucht", "gesucht"); else none (every
    offer found is fitting). Protection still comes first; matching keeps one offer of the asked
    help among the first three."""
    if not request_words() & set(_WORD.findall(folded)):
        return ()
    if all(any(_groups_of(w) for w in term.split()) for term in evidence):
        return ()  # only the sign named a need ("Häusliche Gewalt … braucht Hilfe")
    first = {*PROTECTION_TOPICS, *sign_topics(signs)}
    asked = tuple(t for t in main if t not in first)
    return (*(t for t in ordered if t in first), *asked) if asked else ()


def protection_order(offers: tuple[Hit, ...], request: Request,
                     best_of: Callable[[set[str]], list[Hit]]) -> tuple[Hit, ...]:  # fmt: skip
    """Put the offers of the first protection topic first; a particular help asked beside the
    sign (`asked_help`: "§ 1666 läuft, wir suchen Erziehungsberatung") keeps its best offer
    third — from the offers found, or `best_of(asked topics)` when none of them serves it."""
    first = request.topics[0]
    offers = tuple(sorted(offers, key=lambda hit: first not in hit.offer.topics))
    asked = set(request.main_topics) - set(PROTECTION_TOPICS)
    if not asked or any(asked & set(hit.offer.topics) for hit in offers[:3]):
        return offers
    at = next((i for i, hit in enumerate(offers) if asked & set(hit.offer.topics)), None)
    found = [offers[at]] if at is not None else best_of(asked)
    rest = (hit for i, hit in enumerate(offers[2:], 2) if i != at)
    return (*offers[:2], *found, *rest)
