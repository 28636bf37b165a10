"""Money as a condition of the help asked for, not a need of its own (`[cost] free_wish` and
`[cost] sought` in `main_need.toml`).

"Hausaufgabenhilfe umsonst? Eltern können keine Nachhilfe bezahlen", "gibt es in Schwerte-Holzen
kostenlose Schwimmkurse?", "Kinderturnen … gibt es was ohne Beitrag?" ask for tutoring, a
swimming course, a gym group — one the family can use for free. The money is how the help must
be, not what is asked: where such a help is held, its offers answer; where none is, the honest
answer is a gap with the offices that pay shown as alternatives, not "1 passendes Angebot:
BuT-Servicestelle". So the writers of the newer sets label it (holdout44's class "money as
condition"), and so do most older ones: over all labelled sets, a request that wishes a help free
and tells no lack of money is labelled with the help alone 66 times in 83. (Older sets that also
told the lack — "kostenlos, weil Bürgergeld" — mostly labelled the fund beside it, 20 in 26, and
so it stays: the fund is how that family gets the help free.)

The money stays a need where the request asks for it itself: who pays or whether a fund pays
("geht das über BuT?", "wer übernimmt die Kosten?", `main_need_paid`), a grant or fund asked for
("Zuschuss", "Kostenübernahme", "Fonds", "Ermäßigung" — `[cost] asks` and `sought`), or a fund
named in the clause that asks ("Nachhilfe, z. B. über BuT?", "kostenlos oder übers
Bildungspaket?"). A family that only tells it cannot pay, without wishing the help free ("Eltern
können keine Nachhilfe bezahlen. Gibt es was in Werne?"), asks what pays as before
(`main_need_cost.cost_told`): the labels of every set read it so (197 in 249) — but the help
it names leads and what pays it follows ("Mama Wohngeld, will zum Kinderturnen": a kind of offer
a family takes part in, `[story] kinds`; not a thing the money is for, "Brille", "Hörgerät").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from bot.text import fold
from bot.understanding.main_need_cost import cost_topic, is_cost, tells_lack
from bot.understanding.main_need_paid import paid_asked
from bot.understanding.main_need_positions import asked_positions
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import main_need_lexicon


@dataclass(frozen=True, slots=True)
class _Free:
    wishes: tuple[tuple[str, ...], ...]  # a wish that the help be free ("kostenlos", "umsonst")
    asks: tuple[str, ...]  # how a word ends that asks for money itself ("Zuschuss")
    sought: tuple[str, ...]  # … and more such word starts ("Ermäßigung", "Befreiung")
    funds: frozenset[str]  # funds named by their name ("BuT", "Bildungspaket")
    poor: frozenset[str]  # credited terms that tell the family is short of money
    negations: frozenset[str]


@cache
def _free() -> _Free:
    data = main_need_lexicon()["cost"]

    def words(values: Iterable[str]) -> frozenset[str]:
        return frozenset(fold(v) for v in values)

    return _Free(
        wishes=tuple(tuple(fold(v).split()) for v in data["free_wish"]),
        asks=tuple(sorted(words(data["asks"]))),
        sought=tuple(sorted(words(data.get("sought", ())))),
        funds=words(data["named_funds"]),
        poor=words(data["poor"]),
        negations=words(data["negations"]),
    )


def _wished_free(folded: tuple[str, ...], free: _Free) -> bool:
    """Whether a phrase wishes the help free ("kostenlose Nachhilfe", "was ohne Beitrag")."""
    return any(folded[i : i + len(p)] == p for i in range(len(folded)) for p in free.wishes)


def _asked(words: Words, text: str) -> frozenset[int]:
    """Positions the request asks for: its asked slot and the sentences that ask (every one,
    in a request with a question mark that sets none apart)."""
    if "?" in text and not any(words.asked):
        return frozenset(range(len(words.folded)))
    return asked_positions(words) | {i for i, flag in enumerate(words.asked) if flag}


def _money_sought(words: Words, text: str, credits: list[Credit], free: _Free) -> bool:
    """Whether the request asks for the money itself: who pays ("geht das über BuT?"), a grant
    or a reduction asked for ("Zuschuss?", "Ermäßigung?"), or a fund named where it asks."""
    if paid_asked(words, text):
        return True
    folded = words.folded
    asked = _asked(words, text)
    for i in sorted(asked):
        word = folded[i]
        if word in free.poor or not (word.endswith(free.asks) or word.startswith(free.sought)):
            continue  # "Bürgergeld" tells the family's state, "Zuschuss?" asks
        if tells_lack(" ".join(folded[max(0, i - 1) : i + 1])):
            continue  # "wenig Geld" tells it too
        if not any(w in free.negations for w in folded[max(0, i - 2) : i]):
            return True  # "kein Zuschuss mehr" tells
    paying = cost_topic()
    return any(c.topic == paying and c.position in asked and c.term in free.funds
               for c in credits)  # fmt: skip


def free_condition(words: Words, text: str, credits: Iterable[Credit],
                   main: tuple[str, ...]) -> bool:  # fmt: skip
    """Whether the money topic among `main` is only the condition of the help asked for: the
    request wishes the help free, a help of another topic is a main need too, and the money
    itself is not asked for (see the module doc)."""
    paying = cost_topic()
    if paying not in main or len(main) < 2:
        return False
    free = _free()
    if not _wished_free(words.folded, free):
        return False
    credits = list(credits)
    if not any(c.topic in main and c.topic != paying for c in credits):
        return False  # the help must be named by a word of its own
    money = [c for c in credits if c.topic == paying]
    if any(not (c.term in free.poor or tells_lack(c.term) or is_cost(words, c.term, c.position)
                or c.term in free.funds) for c in money):
        return False  # a benefit or a debt named ("Wohngeld-Antrag", "Schulden") is a matter
    if any(c.term in free.poor or tells_lack(c.term) for c in money):
        return False  # "kostenlos, weil Bürgergeld": what pays for the poor family is asked too
    return not _money_sought(words, text, credits, free)


def wished_free(words: Words, text: str, credits: Iterable[Credit]) -> bool:
    """Whether the request wishes a help free without asking for the money itself: then a club's
    fee the family cannot pay (`main_need_club`) is why a free help is asked, not a fund."""
    free = _free()
    return _wished_free(words.folded, free) and not _money_sought(words, text, list(credits), free)


def _only_told(words: Words, money: list[Credit], free: _Free) -> bool:
    """Whether every money word tells the family's state ("Mama Wohngeld", "kein Geld")."""
    return bool(money) and all(c.term in free.poor or tells_lack(c.term)
                               or is_cost(words, c.term, c.position) for c in money)


def free_dropped(words: Words, text: str, credits: Iterable[Credit], main: tuple[str, ...],
                 ordered: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:  # fmt: skip
    """`main` and `ordered` with the money topic after the help it is the condition of
    (`free_condition`): its offers become marked alternatives, and where the help is held
    nowhere here the request is a gap."""
    credits = list(credits)
    paying = cost_topic()
    if free_condition(words, text, credits, main):
        kept = tuple(t for t in main if t != paying)
        return kept, kept + tuple(t for t in ordered if t not in kept)
    # money the story only tells the family lacks ("Mama Wohngeld, will zum Kinderturnen") is
    # how the help named must be paid: the help leads, what pays it follows
    free = _free()
    money = [c for c in credits if c.topic == paying]
    if not (main[:1] == (paying,) and _only_told(words, money, free)) or _money_sought(
            words, text, credits, free):
        return main, ordered
    slot = asked_positions(words)
    if any(c.position in slot for c in money):
        return main, ordered  # "Beratung zu Wohngeld?": the money is what is asked
    kinds = _kinds()
    taken = next((t for t in main[1:] if t in kinds
                  and any(c.topic == t and c.strong for c in credits)), None)  # fmt: skip
    if taken is None:
        return main, ordered  # a thing the money is for ("Brille", "Hörgerät") is no help
    at = main.index(taken)
    main = (*main[1 : at + 1], paying, *main[at + 1 :])
    return main, main + tuple(t for t in ordered if t not in main)


@cache
def _kinds() -> frozenset[str]:
    """The topics of kinds of offer a family takes part in (`[story] kinds`: a club, a group,
    tutoring): named beside the money a family lacks, they are the help it must be paid for."""
    return frozenset(main_need_lexicon()["story"]["kinds"])
