"""Decide which topics a request's word credits add up to, in which order, and its main need.

Kept apart from `topics.py`, which finds the words: here a need of another life phase yields to
one of this child's, who cares for the child ranks after what it needs, and the topics with most of
the evidence become the main need.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from bot.models import PHASES, AgeRange
from bot.understanding.normalise import is_generic, modifier
from bot.understanding.topic_parts import Credit, TopicMatch, implied_topics
from bot.understanding.topic_portrait import HINT
from bot.vocabulary.lexicon import main_need_lexicon, topic_lexicon

if TYPE_CHECKING:
    from bot.understanding.topics import TopicIndex

SECONDARY = 0.5  # weight of words that say who the family is, not what it needs
MAIN_SHARE = 0.5  # a topic with this share of the best one's evidence is a main need too
MAIN_CAP = 1.6  # no single word counts more than this towards the main need


def decided_again(found: TopicMatch, credits: Collection[Credit], age: AgeRange | None,
                  decide: Callable[[list[Credit], AgeRange | None], TopicMatch]) -> TopicMatch:
    """The topics `decide` makes of `found`'s credits changed by a later reading (whom a word is
    said of, what a clause is about); the words that named a need are still `found`'s."""
    again = decide(list(credits), age)
    return replace(again, positions=found.positions, compounds=found.compounds,
                   credits=tuple(credits))


def decide(index: TopicIndex, credits: list[Credit], age: AgeRange | None) -> TopicMatch:
    """Decide the topics, their order and the main need from every word's credit."""
    if any(c.term in index.who for c in credits) and any(
            c.strong and c.term not in index.who and c.term not in index.secondary
            for c in credits):  # fmt: skip
        # who cares for the child ("Pflegekind", "Pflegeeltern") ranks after a need named
        credits = [replace(c, weight=c.weight * SECONDARY) if c.term in index.who else c
                   for c in credits]  # fmt: skip
    if age is not None and age.low >= 0:
        # the child is born: a week of pregnancy is its birth's ("geb. in der 32. SSW")
        credits = [c for c in credits if c.term not in birth_weeks()] or credits
    strong: dict[str, float] = defaultdict(float)
    weak: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    phases = set(age.phases()) if age else None
    # a therapy named by its name ("Ergo-Rezept", "Logopädie", "SPZ") is asked for a child of
    # any age: its topic is this child's whatever the topic's life phases say (`[ageless]`)
    ageless = {c.topic for c in credits if c.strong and c.term in index.ageless} if (
        age is not None and age.low < index.ageless_until) else set()

    def of_phase(topic: str) -> bool:
        return (phases is None or topic in ageless
                or bool(phases & set(index.topics[topic].phases)))

    def near_phase(topic: str) -> bool:  # a neighbouring phase's need may be this child's
        return (phases is None or topic in ageless
                or _phase_distance(index.topics[topic].phases, phases) < FAR)

    credits, portrayed = _portrayed(_converged(credits, of_phase), of_phase,
                                    index.secondary | index.who, near_phase)
    # a need of another life phase beside one of this child's is no need of this child
    # ("weint viel in der OGS" at ten is no crying baby); alone, it may be an honest gap
    any_fits = any(c.strong and of_phase(c.topic) for c in credits)
    if not any_fits:
        # a need of another phase yields when one of its words also names a need of this
        # child's phase ("Schulden, Kinder 3+7, Schuldnerberatung": the family's money
        # worries, not a young adult's debts); alone, it stays an honest gap
        other = {c.topic for c in credits if c.strong}
        shared = {c.term for c in credits if c.topic in other and c.strong}
        any_fits = any(of_phase(c.topic) and c.topic not in other and c.term in shared
                       for c in credits)  # fmt: skip
        # … and when this child's situation is described in words of one need of its phase
        # ("Kind (6) … massive Ängste und schläft total schlecht": no crying baby's sleep
        # clinic, whose offers end at three, but the fears of a schoolchild)
        any_fits = any_fits or bool(phases and _described_here(index, credits, of_phase, phases))
    for c in credits:
        strong_here = c.strong and (of_phase(c.topic) or not any_fits)
        (strong if strong_here else weak)[c.topic] += c.weight
        first[c.topic] = min(first.get(c.topic, c.position), c.position)
    fitting_weak = {topic: score for topic, score in weak.items() if of_phase(topic)}
    chosen: dict[str, float] = dict(strong)
    if not chosen:
        chosen = fitting_weak
    elif all(c.term in index.secondary for c in credits if c.strong):
        # only who the family is was named strongly ("alleinerziehender Vater"): what the
        # situation describes is the need, ranked first ("… braucht Kita mit Randzeiten")
        chosen = {t: w + 1.0 for t, w in fitting_weak.items()} | {
            t: w for t, w in strong.items() if t not in fitting_weak}

    if not chosen and phases:
        order = [t for p in sorted(phases) for t in index.general.get(p, ())]
        general = [t for t in dict.fromkeys(order) if t in index.topics]
        return TopicMatch(tuple(general), (), general=True)
    # more evidence first; on a tie the need named first (people lead with what they want)
    # then, for a known age, the need particular to this life phase ("Schuldnerberatung" at
    # 20 is the young adult's debt counselling before the family's money matters)
    ordered = sorted(chosen, key=lambda t: (-chosen[t], first.get(t, 0),
                                            len(index.topics[t].phases) if phases else 0, t))
    # what was asked for: evidence of the chosen topics, each word capped (a parent's illness
    # weighs 2.5 to move the words to the parent, not to outweigh the rest) and without the
    # words too common to name a need ("Kinderarzt findet nix" tells who looked)
    weight: dict[str, float] = defaultdict(float)
    for c in credits:
        if c.topic in chosen and c.term not in index.demoted:
            weight[c.topic] += min(c.weight, MAIN_CAP)
    top = max(weight.values(), default=0.0)
    main = tuple(t for t in ordered if weight[t] >= MAIN_SHARE * top) or tuple(ordered)
    # a baby's family burden is a Frühe-Hilfen need; an older toddler's burden is its own need
    implied = implied_topics(index.implications, ordered, phases, index.topics)
    if age is not None and age.low > implied_until():
        implied = []
    main += tuple(implied)
    ordered += implied
    # a child's condition told beside the need asked for follows it, for inclusive offers
    ordered += [t for t in portrayed if t not in ordered]
    evidence = tuple(dict.fromkeys(c.term for c in credits if c.topic in chosen))
    return TopicMatch(tuple(ordered), evidence, strong=bool(strong), main=main)


def _described_here(index: TopicIndex, credits: list[Credit], of_phase: Callable[[str], bool],
                    phases: set[str]) -> bool:  # fmt: skip
    """Whether the needs named only for life phases far from this child's (a crying baby's sleep
    clinic for a six-year-old: the topic's offers end years before) meet a word right beside
    them that describes one need of this child's phase: then that is the need, the other the
    way the situation shows ("massive Ängste und schläft total schlecht")."""
    others = [c for c in credits if c.strong and not of_phase(c.topic)]
    if not others or any(_service(c.term) for c in others):
        return False  # a kind of help asked by its name ("Elternkurs", "Schreiambulanz")
    if any(_phase_distance(index.topics[c.topic].phases, phases) < FAR for c in others):
        return False  # a neighbouring phase's need may still be this child's (stuttering at 11)
    readings: dict[str, set[str]] = defaultdict(set)
    for c in credits:
        readings[c.term].add(c.topic)
    plain = index.secondary | index.who  # who the family is describes no need of the child
    # one picture: the description stands right beside the other phase's words
    return any(not c.strong and of_phase(c.topic) and readings[c.term] == {c.topic}
               and c.term not in plain and not _service(c.term)
               and any(abs(c.position - o.position) <= PICTURE for o in others)
               for c in credits)  # fmt: skip


def _phase_distance(topic_phases: tuple[str, ...], child: set[str]) -> int:
    """How many life phases lie between a topic's phases and the child's, at the nearest."""
    return min((abs(_PHASE_ORDER[a] - _PHASE_ORDER[b]) for a in topic_phases for b in child
                if a in _PHASE_ORDER and b in _PHASE_ORDER), default=0)  # fmt: skip


def _service(term: str) -> bool:
    """Whether a term names a kind of help by a generic head ("Elternkurs", "Schreiambulanz"),
    not a situation ("schläft schlecht", "Schlafprobleme": a problem head tells one too)."""
    problems = _problem_heads()
    for word in term.split():
        first = modifier(word)
        if is_generic(word) or (first is not None and word[len(first):].lstrip("s") not in problems
                                and not any(word.endswith(p) for p in problems)):
            return True
    return False


@cache
def _problem_heads() -> frozenset[str]:
    """Generic heads that say "a problem with" (`[generic] problems` in `topic_lexicon.toml`)."""
    return frozenset(topic_lexicon().get("generic", {}).get("problems", ()))


_PHASE_ORDER = {key: i for i, (key, _low, _high) in enumerate(PHASES)}
FAR = 2  # life phases this far apart: a need of the one is no need of a child in the other
PICTURE = 3  # words this close describe one situation ("massive Ängste und schläft schlecht")
CONVERGING = 2  # this many different descriptions of one need name it ("Herzrasen … Atemnot")


def _converged(credits: list[Credit], of_phase: Callable[[str], bool]) -> list[Credit]:
    """Count a need described by several different words of a situation as named directly.

    One word of a situation ("Zimmer") is a hint; several different ones that all describe the
    same need of this child's life phase are a picture of it, whatever words were chosen."""
    described: dict[str, set[str]] = defaultdict(set)
    readings: dict[str, set[str]] = defaultdict(set)
    for c in credits:
        if not c.strong and of_phase(c.topic) and not c.portrait:
            described[c.topic].add(c.term)
            readings[c.term].add(c.topic)
    # only words that describe one need here count ("überfordert" fits many)
    described = {t: {w for w in terms if len(readings[w]) == 1} for t, terms in described.items()}
    # beside a need named directly, a picture needs one word more to stand as a need of its own
    # (a child's condition told as who it is names no need: `_portrayed`)
    least = CONVERGING + any(c.strong and of_phase(c.topic) and not c.portrait for c in credits)
    named = {t for t, terms in described.items() if len(terms) >= least}
    if not named:
        return credits
    return [replace(c, strong=True) if c.topic in named and not c.strong else c for c in credits]


@cache
def implied_until() -> int:
    """The oldest age in months at which a need no word names follows from another
    (`[implied] until_months` in `main_need.toml`): a burden implies Frühe Hilfen for a baby,
    not for a child of 20 months, whose family's burden is itself what is asked about."""
    return int(main_need_lexicon()["implied"]["until_months"])


@cache
def birth_weeks() -> frozenset[str]:
    """Terms that count the weeks of a pregnancy (`[born] weeks` in `main_need.toml`)."""
    return frozenset(main_need_lexicon()["born"]["weeks"])


def prevention_wish(words: list[str], wish_words: frozenset[str]) -> int | None:
    """Return where the text wishes prevention as such ("was Präventives"), or None."""
    return next((i for i, w in enumerate(words) if w in wish_words), None)


def prevention_topics(prevention: dict[str, tuple[str, ...]], age: AgeRange | None,
                      known: Collection[str]) -> tuple[str, ...]:  # fmt: skip
    """The catalogue's prevention topics for the child's life phases (every phase's when the
    age is not known yet: the conversation's age keeps its own, `for_age`)."""
    phases = sorted(age.phases()) if age else sorted(prevention)
    order = [t for p in phases for t in prevention.get(p, ())]
    return tuple(t for t in dict.fromkeys(order) if t in known)


def _portrayed(credits: list[Credit], of_phase: Callable[[str], bool], plain: frozenset[str],
               near_phase: Callable[[str], bool] | None = None,
               ) -> tuple[list[Credit], tuple[str, ...]]:  # fmt: skip
    """Let a child's condition told as who it is ("Mädchen 12 im Rollstuhl wird im Klassenchat
    fertiggemacht") give way to a need of the child's phase a word of another topic names
    directly or a picture of words describes (`topic_portrait`): its credits become hints of
    less than half the weight, and their topic follows the needs. A topic a word of its own
    names as a need ("Schulbegleitung") keeps them; without any other need the condition is the
    need. Returns the credits and the topics that gave way (of the child's phase), which follow
    the needs; a condition no word named strongly stays where it was. A need named for a
    neighbouring life phase (`near_phase`) counts too: "Vorschulkind (6) … Ergotherapie" asks
    for early support, whose phases end where the child's school year begins."""
    near = near_phase or of_phase
    named = {c.topic for c in credits if c.strong and not c.portrait and c.term not in plain
             and near(c.topic)}  # fmt: skip
    giving = [c for c in credits if c.portrait and c.strong and c.topic not in named]
    if not named or not giving:
        return credits, ()
    return ([replace(c, strong=False, weight=c.weight * HINT) if c in giving else c
             for c in credits],
            tuple(dict.fromkeys(c.topic for c in giving if of_phase(c.topic))))  # fmt: skip
