"""The particular kind of help a request asks for by name, apart from what its story names.

"Sohn 12, ADHS-Diagnose, Mutter sucht Nachhilfe in Schwerte" asks for tutoring; the diagnosis is
why. Both stay main needs (`main_need.main_needs`): where tutoring is held, offers for the
diagnosis are fitting too. But where no tutoring is held, a psychiatric clinic shown as
„passend“ answers a question nobody asked, and the gap — tutoring is missing in Schwerte — is
never recorded. The same holds for a crawling group asked for while the story tells a baby's
mother is alone, a parents' course asked for beside a child's compulsions, a grief group beside
a sibling's illness.

So a need is *asked by name* when a word that names a kind of help ("Nachhilfe", "Krabbelgruppe",
"Elternkurs", "psychologische Beratung") names it firmly (not a word too common to name a need
alone, not a phrase that only asks) in the asked slot (`asked_positions`), after a request word or
in the sentence that asks. Matching reads these (`Request.asked_topics`): when none of them is held
at the place at all, the request is a gap that names them, and offers for the story's needs are
marked alternatives instead of „passend“. Held here only for other ages or in other languages, the
story's needs still carry the answer (a baby too young for a parents' course: Frühe Hilfen).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from bot.catalogue.index import OfferIndex
from bot.models import Request
from bot.text import fold
from bot.understanding.main_need import MAIN_SHARE
from bot.understanding.main_need_cost import cost_topic, fee_wished, money_wanted, tells_lack
from bot.understanding.main_need_either import alternatives_asked, open_alternative
from bot.understanding.main_need_positions import (
    COMPOUND,
    asked_positions,
    help_noun,
    help_objects,
    joining_words,
    need_vocabulary,
    request_words,
)
from bot.understanding.main_need_siblings import each_asked
from bot.understanding.main_need_slot import asked_needs, named_alone
from bot.understanding.normalise import Words, stem
from bot.understanding.offer_names import OfferNames, named_by_own_word
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import main_need_lexicon


def _plain() -> frozenset[str]:
    """Phrases that only ask ("wer hilft"): they name no kind of help."""
    return _folded(tuple(main_need_lexicon()["request"]["plain"]))


def held_by_name(request: Request, index: OfferIndex, need: int, place: int,
                 age: int = -1) -> int:
    """The offers (`need`, a mask of `index`) that can meet the need: only those of the helps
    asked for by name when none of them is held at the `place` (a mask) at all — the story's
    needs do not stand in for them. Held here for other ages or in other languages, the story's
    needs may carry the answer (a baby too young for a parents' course: Frühe Hilfen) — but not
    when the story adds only who pays (`age`, a mask: the offers for the child's age): a fund
    is no help of its own for a child the asked help has nothing for."""
    if not request.asked_topics:
        return need
    by_name = index.any_of(index.topic, request.asked_topics) | _named_as(request, index)
    held = by_name & need & place
    if set(request.main_topics) - set(request.asked_topics) <= {cost_topic()}:
        # the story adds only how the help is paid: the payer meets no need for another age
        held &= age
    return need if held else need & (by_name | _paying_for(request, index))


@cache
def _named_funds() -> frozenset[str]:
    """The names of the funds a family may already use (`[cost] named_funds`)."""
    return _folded(tuple(main_need_lexicon()["cost"]["named_funds"]))


def _paying_for(request: Request, index: OfferIndex) -> int:
    """The funds of the story's cost need whose own text names a help asked for by its noun
    ("wenig Geld … braucht Nachhilfe": Bildung und Teilhabe pays "Nachhilfe"): where the help
    itself is held nowhere near, the fund that pays it still meets the need (needs76) — unless
    the writer names the fund: then the family has it already."""
    if cost_topic() not in request.main_topics or not _named_funds().isdisjoint(request.keywords):
        return 0  # "der BuT-Antrag ist durch": the fund is the family's already
    mask = 0
    for word in request.keywords:
        mask |= index.naming(word) if help_noun(word) == COMPOUND else 0
    return mask & index.any_of(index.topic, (cost_topic(),))


def _named_as(request: Request, index: OfferIndex) -> int:
    """Offers whose name is the kind of help asked for ("Spielgruppe für Kinder mit
    Fluchterfahrung" is a Spielgruppe): an imported list may file it under another topic."""
    mask = 0
    for word in request.keywords:
        mask |= index.naming(word, names_only=True) if help_noun(word) == COMPOUND else 0
    return mask


def helps_asked(words: Words, credits: Iterable[Credit], main: tuple[str, ...],
                demoted: frozenset[str], unsure: frozenset[int] = frozenset(),
                guessed: tuple[str, ...] = (), text: str = "", names: OfferNames | None = None
                ) -> tuple[tuple[str, ...], tuple[str, ...]]:  # fmt: skip
    """The main needs asked by name (`Request.asked_topics`) and those a help word names or the
    asking words name alone (`Request.named_topics`, `main_need_slot.named_alone`; `guessed`:
    the examples' guess) or the word the catalogue's offers of it are named by (`names`:
    "Jugendtreff", "OGS", `offer_names`), reading the asked slot and the help words once for
    all; `text`, as typed, shows a slash between two helps (`main_need_either`)."""
    if not main:
        return (), ()
    credits = list(credits)
    asked, helping = asked_positions(words), _help_words(words)
    by_name = _asked_by_name(words, credits, main, demoted, asked - unsure, helping, text)
    named = (helping | _named_apart(words, credits, asked)) - unsure
    by_help = _named_by_help(credits, main, demoted, named)
    alone = named_alone(words, credits, main, demoted, _slot(words) & asked - unsure, guessed)
    if by_help or alone or open_alternative(words, credits, asked, need_vocabulary().open_help):
        return by_name, by_help or alone  # "Elternabend oder Beratung": help with the story
    return by_name, named_by_own_word(words, credits, main, demoted, names, guessed)


def _asked_by_name(words: Words, credits: list[Credit], main: tuple[str, ...],
                   demoted: frozenset[str], asked: frozenset[int], helping: frozenset[int],
                   text: str = "") -> tuple[str, ...]:  # fmt: skip
    """The main needs a request asks for by the name of a kind of help (see the module doc), or
    () when it asks for none that way or every main need is asked so (nothing to tell apart)."""
    if len(main) < 2 or open_alternative(words, credits, asked, need_vocabulary().open_help):
        return ()  # "Treff oder Beratung?": counselling as a choice is help with the story
    slot = _slot(words) & asked
    named = slot & helping
    weight: dict[str, float] = defaultdict(float)
    plain = _plain()
    for c in credits:
        if (c.position in named and c.topic in main and c.term not in demoted
                and c.term not in plain):
            weight[c.topic] += c.weight
    if not weight:
        # no kind of help named: the needs the asking words themselves name firmly ("Gibt es
        # eine Gruppe für Kinder von suchtkranken Eltern?"), when the others are only told
        weight = asked_needs(words, credits, main, demoted, slot)
    if not weight:
        return ()  # "Wer hilft?", "was gibt es?": help with the story, whatever it names
    first = max(weight.values())
    asked_topics = [t for t in main if weight.get(t, 0.0) >= MAIN_SHARE * first]
    choices = [c for c in credits if c.position in slot and c.topic in main and c.strong
               and c.term not in demoted and c.term not in plain]  # fmt: skip
    # "Ferienspiele oder Ferienbetreuung": a help offered as another choice is asked as well
    asked_topics = list(alternatives_asked(words, asked_topics, choices, text))
    # "für die Kleine ne OGS und fürs große Kind ne …": each child's help is asked
    # (the later help may stand past the slot's reach: "und" with whom it is for joins it)
    asked_topics = list(each_asked(words, asked_topics, [
        c for c in credits if c.topic in main and c.strong and c.term not in demoted
        and c.term not in plain]))
    if cost_topic() in main and _pay_asked(words, credits, asked):
        asked_topics.append(cost_topic())  # "Nachhilfe, gern kostenlos": part of the help asked
    return () if set(asked_topics) == set(main) else tuple(dict.fromkeys(asked_topics))


def _pay_asked(words: Words, credits: list[Credit], asked: frozenset[int]) -> bool:
    """Whether money itself is asked with the help ("Nachhilfe – gibt es Zuschüsse?") or the
    help wished free ("Nachhilfe, gern kostenlos": BuT pays tutoring), not only told as the
    family's state ("lebt vom Bürgergeld", "hat sehr wenig Geld"). A state told says how the
    help must be paid, not a help of its own: where the named help is held nowhere here, the
    payer's offers (BuT, a fund) would close the gap as if they were the help, so it stays a gap
    (`held_by_name`)."""
    if money_wanted(words, asked) or fee_wished(words) is not None:
        return True
    return any(c.topic == cost_topic() and c.position in asked and not tells_lack(c.term)
               for c in credits)  # "Nachhilfe? BuT?", "über das Bildungspaket", "bezahlbar"


def _named_by_help(credits: list[Credit], main: tuple[str, ...], demoted: frozenset[str],
                   named: frozenset[int]) -> tuple[str, ...]:
    """The main needs a word naming a kind of help names (at `named`: "Elternkurs",
    "Schlafberatung", "LRS-Förderung", "Kita-Platz"), however many needs there are.

    Unlike asking by name this also holds for a lone need: it tells the examples' guess apart
    from a reading of the story. Where the asker named the help and it is held nowhere here, the
    missing help is the gap, and a neighbouring need's offers answer a question nobody asked
    (`topic_model.guess_may_fill`)."""
    plain = _plain()
    found = {c.topic for c in credits if c.position in named and c.topic in main
             and c.term not in demoted and c.term not in plain}  # fmt: skip
    return tuple(t for t in main if t in found)


def _named_apart(words: Words, credits: list[Credit], asked: frozenset[int]) -> frozenset[int]:
    """Positions of the need words that a bare help noun asked for in their clause (`asked`)
    makes a help written apart ("Kind mit LRS, die Eltern möchten eine Förderung" is an
    LRS-Förderung): the words that name one need directly before the help noun, when they name
    no other."""
    clause = words.clause
    coordinating = _folded(tuple(main_need_lexicon()["help"].get("coordinating", ())))
    found: set[int] = set()
    for j, word in enumerate(words.folded):
        if j not in asked or help_noun(word) != 1:
            continue
        # not a help beside another ("einen Elternabend oder eine Beratung"): two helps
        before = [c for c in credits if c.strong and c.position < j
                  and clause[c.position] == clause[j]
                  and not any(w in coordinating for w in words.folded[c.position + 1 : j])]
        if len({c.topic for c in before}) == 1:
            found.update(c.position for c in before)
    return frozenset(found)


def _slot(words: Words) -> frozenset[int]:
    """Positions of the words that ask: the sentence that asks, and the words after a request
    word in its clause. A help noun in a sentence that only tells ("Jugendhilfe beendet") names
    where the family comes from, not what it asks for. The reach counts words that carry meaning
    (`joining`): "wünschen sich zusätzlich eine Babymassage- oder PEKiP-Gruppe" asks for both."""
    folded, clause = words.folded, words.clause
    size, reach = len(folded), int(main_need_lexicon()["scope"]["reach"])
    joining = joining_words()
    slot = {i for i, flag in enumerate(words.asked) if flag}
    for i, word in enumerate(folded):
        if word in request_words() or words.stems[i] in _request_stems():  # "fragen nach"
            counted = 0
            for j in range(i + 1, size):
                if clause[j] != clause[i] or counted >= reach:
                    break
                slot.add(j)
                counted += folded[j] not in joining
    return frozenset(slot)


def _help_words(words: Words) -> frozenset[int]:
    """Positions of the words that name a kind of help, wherever they stand: a compound ending
    in a help noun, the word before a help noun in its clause, what follows one and a
    preposition."""
    naming = {i for i, word in enumerate(words.folded) if help_noun(word) == COMPOUND}
    return frozenset(naming | help_objects(words, scoped=True))


@cache
def _request_stems() -> frozenset[str]:
    """The asking verbs by their stems: every inflection asks ("Die Eltern fragen nach …")."""
    return frozenset(stem(w) for w in request_words())


@cache
def _folded(values: tuple[str, ...]) -> frozenset[str]:
    """Words of the lexicon as matching spells them, folded once per list."""
    return frozenset(fold(v) for v in values)
