"""A topic the story tells only as context is no main need beside the help asked for (issue 8,
`[settled]`, `[condition]`, `[disorder]`, `[pastime]` and `[cost] free` in `main_need.toml`).

"Kd. 14, BuT-Lernförderung genehmigt – gibts in Langschede Nachhilfe?" asks for tutoring; the
BuT is already granted. "Offener Treff in Villigst? Sohn 15 langweilt sich, nur Zocken" asks for a
youth club; the gaming is why. "Will ausziehen, Eltern zahlen nix, betreutes Wohnen?" asks for
housing help, which costs the family nothing; that the parents do not pay is the story. Had these
context topics stayed main needs, their offers (BuT, addiction counselling) would be shown as
"passend" in place of the help asked for, and where no offer of it exists, the honest gap would
be hidden. The context topic stays among the topics, after the main needs: its offers become
marked alternatives.

Five kinds of context, each read from the request's own words:
- settled: the topic's strong words stand in a clause that says the matter is already taken care
  of ("genehmigt", "stabil", "seit 4 Monaten trocken", "in Behandlung") or that its help is
  already running ("Frühförderung läuft schon", "die Familienhebamme kommt noch bis Ende Mai"),
  unless negated or conditional ("noch nicht bewilligt", "wenn er stabil ist"), and none outside
  it is asked for;
- a pastime the story complains of ("nur Zocken", "keine Freunde") beside a leisure help asked
  for by its own word ("Jugendtreff", "Verein"): the leisure is the remedy, the complaint why;
- a child's lasting condition ("mit Asthma", "Diabetes Typ 1") beside a care or leisure help
  asked for by its own word ("Ferienspiele", "Kita-Platz"): the carers must know it, no more;
- a condition of a parent or a sibling ("Krabbelgruppe …? Die Mutter sitzt im Rollstuhl") beside
  a need of the child's a word of its own names: the family's situation (`[others]`);
- money the family lacks ("Bürgergeld", "zahlen nix") beside helps that cost a family nothing
  (youth welfare, counselling, a Kita place, whose fee benefits waive), unless the money itself
  is asked for ("Zuschuss?") or is the matter ("blickt bei Elterngeld nicht durch").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from bot.text import fold
from bot.understanding.main_need_attended import attended_topics
from bot.understanding.main_need_cost import (
    cost_told,
    cost_topic,
    fee_wished,
    hedged,
    is_cost,
    money_asked,
)
from bot.understanding.main_need_ended import ended_topics
from bot.understanding.main_need_positions import asked_positions, help_noun
from bot.understanding.main_need_treated import treated_topics
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import main_need_lexicon


@dataclass(frozen=True, slots=True)
class _Context:
    settled: tuple[tuple[str, ...], ...]  # phrases saying a matter is taken care of
    unless: frozenset[str]  # words in the clause that undo it (negation, condition, wish)
    remedies: frozenset[str]  # leisure topics that are the remedy for a pastime complaint
    complaints: frozenset[str]  # credited terms of a pastime complaint ("zocken")
    free: frozenset[str]  # topics whose help costs a family nothing
    poor: frozenset[str]  # credited terms saying the family is short of money
    cared: frozenset[str]  # care and leisure topics a child's condition must be known to
    conditions: frozenset[str]  # credited terms of a child's lasting condition ("asthma")
    instructed: frozenset[str]  # words asking training or advice about the condition
    treated: frozenset[str]  # helps a child's diagnosed disorder is the reason for
    disorders: frozenset[str]  # credited terms of such a disorder ("adhs", "f42")
    diagnosed: tuple[str, ...]  # how words asking about the disorder itself start ("diagnos")
    others: frozenset[str]  # the child's own condition topics another's words may name
    owners: frozenset[str]  # family members other than the child ("Mutter", "Bruder")
    tellers: frozenset[str]  # words that make the person after them the teller ("laut")
    children: frozenset[str]  # words for the child itself
    reach: int  # how far back the person a condition belongs to is looked for
    items: frozenset[str] = frozenset()  # things money pays for, no help ("Mittagessen")
    running: frozenset[str] = frozenset()  # verbs whose subject is a help in place ("läuft")
    receiving: frozenset[str] = frozenset()  # verbs that receive a help or a complaint ("bekommt")
    already: frozenset[str] = frozenset()  # words of time that make such a verb a fact ("schon")
    running_unless: frozenset[str] = frozenset()  # words that undo it ("läuft noch nicht")
    running_alone: frozenset[str] = frozenset()  # verbs that say it alone where none asks ("läuft")


@cache
def _context() -> _Context:
    data = main_need_lexicon()

    def words(values: Iterable[str]) -> frozenset[str]:
        return frozenset(fold(v) for v in values)

    settled = data["settled"]
    return _Context(
        settled=tuple(tuple(fold(p).split()) for p in settled["phrases"]),
        unless=words(settled["unless"]),
        remedies=frozenset(data["pastime"]["remedies"]),
        complaints=words(data["pastime"]["complaints"]),
        free=frozenset(data["cost"]["free"]),
        poor=words(data["cost"]["poor"]),
        cared=frozenset(data["condition"]["remedies"]),
        conditions=words(data["condition"]["conditions"]),
        instructed=words(data["condition"]["unless"]),
        treated=frozenset(data["disorder"]["helps"]),
        disorders=words(data["disorder"]["disorders"]),
        diagnosed=tuple(fold(v) for v in data["disorder"]["unless"]),
        others=frozenset(data["others"]["topics"]),
        owners=words(data["others"]["owners"]),
        tellers=words(data["others"]["tellers"]),
        children=words(data["others"]["children"]),
        reach=int(data["others"]["reach"]),
        items=words(data["cost"].get("items", ())),
        running=words(settled.get("running", ())),
        receiving=words(settled.get("receiving", ())),
        already=words(settled.get("already", ())),
        running_unless=words(settled.get("running_unless", ())),
        running_alone=words(settled.get("running_alone", ())),
    )


def settled_clauses(words: Words, named: frozenset[int] = frozenset()) -> frozenset[int]:
    """Clauses that say a matter is already taken care of ("BuT-Lernförderung genehmigt",
    "Mutter nach Wochenbettdepression laut Psychiaterin stabil"), without a word that undoes it
    outside the phrase ("Elterngeld noch nicht bewilligt", "Therapie erst, wenn er clean ist").
    A clause that names no need (no position in `named`) says it of the clause before: "Mutter
    (Depression, inzwischen stabil)", "Angststörung, ist bei mir in Behandlung"."""
    context = _context()
    folded, clause = words.folded, words.clause
    found: set[int] = set()
    starts = _settled_starts()
    for i, word in enumerate(folded):
        for phrase in starts.get(word, ()):
            if folded[i : i + len(phrase)] != phrase:
                continue
            inside = range(i, i + len(phrase))
            if not any(clause[k] == clause[i] and folded[k] in context.unless
                       for k in range(len(folded)) if k not in inside):  # fmt: skip
                found.add(clause[i])
    found |= _running_clauses(words, named)
    bare = {n for n in found if not any(clause[p] == n for p in named)}
    return frozenset(found | {n - 1 for n in bare})


def _running_clauses(words: Words, named: frozenset[int] = frozenset()) -> set[int]:
    """Clauses that say a help is already running or received: a verb of a help in place and a
    word of time, wherever they stand in the clause ("läuft die Frühförderung schon seit März",
    "das Bildungspaket zahlt den Kurs schon"), a verb that may also take a complaint only beside
    a help noun ("bekommt schon Ergotherapie", not "bekommt seit Wochen Wutanfälle"); none with a
    negation or a condition ("läuft noch nicht", "wenn die Hilfe kommt"). A help's own verb of
    running says it without a word of time where it ends a clause that names the help (a position
    in `named`) and asks nothing ("BuT läuft", "das Verfahren läuft"; not "läuft das über BuT?",
    "Kind läuft", "läuft kaum")."""
    context = _context()
    clauses: dict[int, set[str]] = {}
    for n, word in zip(words.clause, words.folded, strict=True):
        clauses.setdefault(n, set()).add(word)
    asking: set[int] | None = None  # read only where a verb of running stands alone
    found: set[int] = set()
    last = {n: i for i, n in enumerate(words.clause)}  # each clause's last position
    for n, said in clauses.items():
        if said & context.running_unless:
            continue
        if not said & context.already:
            end = last[n]
            if words.folded[end] not in context.running_alone or not any(
                    words.clause[p] == n and p != end for p in named):
                continue
            if asking is None:
                asking = {words.clause[i] for i in asked_positions(words)}
                asking |= {c for c, flag in zip(words.clause, words.asked, strict=True) if flag}
            if n not in asking:
                found.add(n)
            continue
        if said & context.running or (said & context.receiving
                                      and any(help_noun(w) for w in said)):
            found.add(n)
    return found


def _shape_asked(words: Words) -> frozenset[int]:
    """The words the request's shape asks for (a request verb's or a help noun's object), not
    every word of a sentence that asks as a whole."""
    return asked_positions(replace(words, asked=(False,) * len(words.folded)))


@cache
def _settled_starts() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The settled phrases by their first word: a message is scanned once, not per phrase."""
    starts: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _context().settled:
        starts.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in starts.items()}


def _settled(words: Words, credits: list[Credit], topic: str, settled: frozenset[int],
             asked: frozenset[int]) -> bool:  # fmt: skip
    """Whether the story tells the topic as taken care of ("BuT-Lernförderung genehmigt") and
    asks for it nowhere else ("… gibts Nachhilfe?" keeps the tutoring). Money's own words are
    too common to name a need alone ("Antrag", "Jobcenter"), yet a running application says the
    money is on its way ("kein Geld, BuT-Antrag läuft schon übers Jobcenter")."""
    strong = [c for c in credits if c.topic == topic and c.strong]
    told = credits if topic == cost_topic() else strong
    return (any(words.clause[c.position] in settled for c in told if c.topic == topic)
            and not any(c.position in asked and words.clause[c.position] not in settled
                        for c in strong))  # fmt: skip


def _pastimes(credits: list[Credit], main: tuple[str, ...]) -> set[str]:
    """Topics only a pastime complaint names ("nur Zocken"), beside a leisure help a word of its
    own asks for ("offener Treff")."""
    context = _context()
    if not any(c.topic in context.remedies and c.term not in context.complaints for c in credits):
        return set()
    return {t for t in main if t not in context.remedies
            and any(c.topic == t for c in credits)
            and all(c.term in context.complaints for c in credits if c.topic == t)}  # fmt: skip


def _conditions(words: Words, credits: list[Credit], main: tuple[str, ...]) -> set[str]:
    """Topics only a child's lasting condition names ("mit Asthma"), beside a care or leisure
    help a word of its own names ("Ferienspiele", "Kita-Platz"), unless the request asks for
    training or advice, which is about the condition ("der Ganztag traut sich nicht … gibts
    Schulung für uns?")."""
    context = _context()
    if context.instructed & set(words.folded):
        return set()
    if not any(c.topic in context.cared and c.term not in context.conditions for c in credits):
        return set()
    return {t for t in main if t not in context.cared
            and any(c.topic == t for c in credits)
            and all(c.term in context.conditions for c in credits if c.topic == t)}  # fmt: skip


def _disorders(words: Words, credits: list[Credit], main: tuple[str, ...]) -> set[str]:
    """Topics only a child's diagnosed disorder names ("Schüler mit ADHS", "Zwangsstörung
    (F42.1)"), beside a particular help a word of its own asks for ("Lerntherapie",
    "Elterntraining", "braucht begleitend Erziehungsberatung"): the disorder is why — unless
    its diagnosis is asked ("Verdacht auf ADHS … Diagnostikmöglichkeiten")."""
    context = _context()
    if any(w.startswith(context.diagnosed) for w in words.folded):
        return set()
    if not any(c.topic in context.treated and c.strong and c.term not in context.disorders
               for c in credits):  # fmt: skip
        return set()
    return {t for t in main if t not in context.treated
            and any(c.topic == t for c in credits)
            and all(c.term in context.disorders for c in credits if c.topic == t)}  # fmt: skip


def _anothers(words: Words, at: int) -> bool:
    """Whether the word at `at` tells of another family member: the person named last before it
    within reach is a parent or a sibling, not the child ("Die Mutter … sitzt im Rollstuhl")."""
    context = _context()
    for i in range(at - 1, max(-1, at - 1 - context.reach), -1):
        word = words.folded[i]
        if word in context.owners and not (i > 0 and words.folded[i - 1] in context.tellers):
            return True
        if word in context.children or word.isdigit() or "jaehrig" in word:
            return False  # the child, named or by its age ("Eltern von 3-jährigem mit …")
    return False


def _others(words: Words, credits: list[Credit], main: tuple[str, ...]) -> set[str]:
    """Topics of a child's own condition whose every word tells of a parent or a sibling ("die
    Mutter sitzt im Rollstuhl", "der große Bruder hat eine Behinderung"), beside a main need a
    word of its own names: the family's situation, not the child's need."""
    context = _context()
    asked = _shape_asked(words)  # "Mutter fragt nach Schulbegleitung": asked, nobody's condition
    found = {t for t in main if t in context.others
             and any(c.topic == t for c in credits)
             and all(c.position not in asked and _anothers(words, c.position)
                     for c in credits if c.topic == t)}  # fmt: skip
    if not any(c.topic in main and c.topic not in found for c in credits):
        return set()
    return found


def _money_told(words: Words, credits: list[Credit], main: tuple[str, ...],
                found: set[str]) -> bool:  # fmt: skip
    """Whether the money the story says the family lacks is context: every help asked for costs
    a family nothing, and the money is neither asked for nor the matter itself."""
    context = _context()
    paying = cost_topic()
    if paying not in main:
        return False
    shaped = _shape_asked(words)
    # the helps asked: the other main needs and what the request's shape asks ("braucht Brille")
    helps = ({c.topic for c in credits if c.position in shaped} | set(main)) - found - {paying}
    return (bool(helps) and helps <= context.free and not money_asked(words, shaped)
            and not any(c.topic == paying and c.position in shaped for c in credits)
            and all(c.term in context.poor or is_cost(words, c.term, c.position)
                    for c in credits if c.topic == paying))  # fmt: skip


def _paid_items(words: Words, credits: list[Credit], main: tuple[str, ...]) -> set[str]:
    """The topics only a thing the money pays for names ("Mittagessen" in after-school care),
    where the money itself is a main need and the story says the family cannot pay it."""
    paying, items = cost_topic(), _context().items
    if paying not in main or not any(
            c.topic == paying and (c.term in _context().poor or is_cost(words, c.term, c.position))
            for c in credits):  # fmt: skip
        return set()
    return {t for t in main if t != paying
            and all(c.term in items for c in credits if c.topic == t)
            and any(c.topic == t for c in credits)}  # fmt: skip


def context_topics(words: Words, credits: Iterable[Credit], main: tuple[str, ...]
                   ) -> frozenset[str]:  # fmt: skip
    """The main needs the story tells only as context (see the module doc)."""
    credits = list(credits)
    named = [c for c in credits if c.topic in main]
    settled = settled_clauses(words, frozenset(c.position for c in credits))
    asked = asked_positions(words) if settled else frozenset()
    found = {t for t in main if settled and _settled(words, credits, t, settled, asked)}
    found |= _pastimes(named, main)
    found |= _conditions(words, named, main)
    found |= _disorders(words, named, main)
    found |= _others(words, named, main)
    found |= ended_topics(words, named, main)  # "Hebamme ist fertig", "Kurs abgebrochen"
    found |= attended_topics(words, named, main)  # "die Mutter besucht den Integrationskurs"
    found |= treated_topics(words, named, main)  # "Physio 2x/Wo. KV fragt nach …"
    found |= _paid_items(words, credits, main)
    if _money_told(words, credits, main, found) or _money_hedged(words, credits, main):
        found.add(cost_topic())
    return frozenset(found)


def _money_hedged(words: Words, credits: list[Credit], main: tuple[str, ...]) -> bool:
    """Whether the money is only a hedged wish beside the help asked ("LRS-Förderung in
    Holzwickede, gegebenenfalls mit Kostenübernahme?") and nothing says the family cannot pay
    nor wishes a help that costs a fee were free ("Nachhilfe die nix kostet, vielleicht übers
    Bildungspaket?" asks what pays): how the help be paid is a condition of it, and where no
    such help exists the request is a gap, not an answer with the offices that pay."""
    paying = cost_topic()
    money = [c for c in credits if c.topic == paying]
    return (paying in main and bool(money) and all(hedged(words, c.position) for c in money)
            and cost_told(words) is None and fee_wished(words) is None)  # fmt: skip


def context_dropped(words: Words, credits: Iterable[Credit], main: tuple[str, ...],
                    ordered: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return `main` and `ordered` with the context topics after the main needs: only when a
    need a word names is left ("BuT genehmigt. Nachhilfe?" keeps the tutoring)."""
    if len(main) < 2:
        return main, ordered
    credits = list(credits)
    context = context_topics(words, credits, main)
    kept = tuple(t for t in main if t not in context)
    if not context or not any(c.topic in kept for c in credits):
        return main, ordered
    return kept, kept + tuple(t for t in ordered if t not in kept)
