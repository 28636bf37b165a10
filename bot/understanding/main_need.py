"""Which of a request's needs are asked for, and which only describe the family (issue 8).

A request names the help it wants and tells the situation around it: "Junger Mann, 20, Schulden
seit dem Handyvertrag … Beratung für junge Erwachsene?" asks for help for young adults; the debts
are why. "Passend" is reserved for offers that meet an asked need; an offer that meets only the
context becomes a marked alternative, and when no offer meets an asked need the request is a gap.

The evidence is what topic finding already produced (every word's credit, `TopicMatch.credits`)
read against the request's shape (the positions `main_need_positions` finds):
- a need word joined to a help noun ("Erziehungsberatung"), right before one ("sexualpädagogisches
  Angebot") or after one and a preposition ("Hilfe bei Schulden") is asked for;
- so is a need word after a request word in its clause ("braucht begleitend Erziehungsberatung");
- so is a need word in the sentence that asks, when another sentence only tells (`Words.asked`).
When nothing marks a need as asked for, the topics with most of the evidence are the main needs,
a word that could mean several topics counting for each only in part ("Mutter am Ende" may be
three needs; "schreit" is one). A topic only implied by another ("a baby's family burden is a
Frühe-Hilfen matter") is context. Needs asked together ("Schulden und Sucht") are each main.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from bot.understanding.main_need_arrival import (
    arrival_terms,
    arrivals_told,
    bare_help_asked,
    only_help,
)
from bot.understanding.main_need_cost import cost_topic, is_cost, money_asked
from bot.understanding.main_need_lead import asked_leads
from bot.understanding.main_need_manner import reason_positions
from bot.understanding.main_need_positions import (
    asked_positions,
    asker_positions,
    help_noun,
    help_objects,
    lives_at,
    need_vocabulary,
    person_positions,
    where_positions,
    where_told,
)
from bot.understanding.main_need_story import told_statements, told_why
from bot.understanding.normalise import Words
from bot.understanding.origins import NEW, TERM
from bot.understanding.topic_parts import Credit

MAIN_SHARE = 0.5  # a topic with this share of the best one's evidence is a main need too
MAIN_CAP = 1.6  # no single word counts more than this towards the main need
ORIGIN_TERMS = frozenset({TERM, NEW})  # the terms an origin credits ("aus Syrien")
AUDIENCE_AT = frozenset({"an", "am"})  # "auch an Förderschulen": where a help is held


def asked_dropped(words: Words, credits: Iterable[Credit], topics: tuple[str, ...],
                  fits: Callable[[str], bool], unsure: frozenset[int] = frozenset()
                  ) -> tuple[str, ...]:  # fmt: skip
    """Topics a word in the asked slot names that topic finding dropped as too weak beside a
    strong word of the story ("Mutter depressiv, Kind 18 Mon. … Entlastung?"): what is asked
    for is the need, however common its word. Only when no asked word names a kept topic, and
    only topics of the child's life phase (`fits`)."""
    vocabulary = need_vocabulary()
    asked = asked_positions(words) - unsure
    kept = set(topics)
    credits = list(credits)
    at_ask = [c for c in credits if c.position in asked and c.term not in vocabulary.plain]
    if not at_ask or any(c.topic in kept for c in at_ask):
        return ()
    # kept only for money the story tells ("weil die Kasse nicht mehr zahlt"): the help asked
    # for is the need even outside the child's life phase, and then a gap
    reason = kept <= {cost_topic()}
    return tuple(dict.fromkeys(c.topic for c in at_ask if reason or fits(c.topic)
                               or _outweighs(credits, c.topic, kept)))


def _outweighs(credits: list[Credit], topic: str, kept: set[str]) -> bool:
    """Whether the asked topic is told by the story and asked again ("sitzt jeden Tag vorm
    Tablet … Beratung zum Thema Medien für so Kleine?": two words), has more of the evidence
    than any kept one, and no kept one is named strongly: then the help asked for is the need
    even outside the child's life phase, and where the catalogue has none for this age the
    request is a gap, not an answer with the offers of a word told in passing ("jeden Tag").
    One word alone outside the phase ("Wohnung", "Amt") is no such need, nor is a story word
    that also names a kept need the family's origin tells ("girl of 10 from Eritrea … no German
    yet"): beside where the child comes from, "no German" is a newcomer's German, which at ten
    the kept integration help meets, and only the question is left to the asked one."""
    weight: dict[str, float] = defaultdict(float)
    for c in credits:
        if c.topic in kept and c.strong:
            return False
        weight[c.topic] += min(c.weight, MAIN_CAP)
    origin = {c.topic for c in credits if c.topic in kept and c.term in ORIGIN_TERMS}
    shared = {c.position for c in credits if c.topic in origin and c.term not in ORIGIN_TERMS}
    told = {c.position for c in credits if c.topic == topic} - shared
    return len(told) > 1 and weight[topic] > max((weight[t] for t in kept), default=0.0)


def main_needs(words: Words, credits: Iterable[Credit], topics: tuple[str, ...],
               demoted: frozenset[str], unsure: frozenset[int] = frozenset(),
               described: frozenset[str] = frozenset(), also_implied: frozenset[str] = frozenset()
               ) -> tuple[tuple[str, ...], tuple[str, ...]]:  # fmt: skip
    """Return the main needs among `topics`, and `topics` ordered main needs first.

    Without a word marked as asked for, the topics with most of the evidence are the main needs.
    With one, they are the asked topics and every other topic a word names strongly — a
    diagnosis, an addiction, where the family comes from still decide which offers help — while
    a topic only weak words name ("Schulden") is context, and so is a topic no word names,
    implied by another ("Patenschaft für Kinder psychisch kranker Eltern … Säugling" asks for
    no Frühe Hilfen); beside a kind of offer asked by its own word ("Kinderturnen?") the
    story's strong words in other clauses are why, not a need (`main_need_story`); without a
    word asked for, an implied topic follows the evidence. A word of
    a compound changed by an unknown part (`unsure` positions, "Gebärdensprachkurs") asks for
    nothing known. When only weak words describe the situation, a word that may mean several
    topics counts for each only in part when ordering the main needs ("Mutter am Ende" may be
    three needs; "schreit" is one). `also_implied` are topics another found one implies for this
    child's age that a word also names, if only weakly ("Säugling … Mutter depressiv": a baby's
    family burden is a Frühe-Hilfen matter): they follow the implying need like an implied one."""
    if len(topics) < 2:
        return topics, topics
    chosen = set(topics)
    shape = asked_positions(words)  # what the request's shape asks for, read once
    lives = lives_at(words)  # "der in einer Wohngruppe lebt": where, not what is asked
    # a statement about the family after the asked words, unpunctuated ("… hausaufgabenhilfe
    # gibt … die mutter hat krebs"), is the story, not part of what is asked
    asked = shape - unsure - lives - told_statements(words)
    credits = [c for c in credits if c.topic in chosen]
    implied = chosen - {c.topic for c in credits}  # no word named it: it follows the others
    implied |= also_implied & chosen
    persons = person_positions(words, credits)
    credits = [c for c in credits if c.position not in persons or " " in c.term] or credits
    shares = _shares(credits, demoted, split=False)
    top = max(shares.values(), default=0.0)
    main = [t for t in topics if t in implied or shares.get(t, 0.0) >= MAIN_SHARE * top]
    objects = help_objects(words)
    requested, firm = _requested(words, [c for c in credits if c.term not in described
                                         or c.position in objects] or credits, demoted, asked)
    placed = {i for i in where_told(words, frozenset()) if words.folded[i - 1] in AUDIENCE_AT}
    elsewhere: dict[str, float] = {}
    if placed:
        elsewhere, _ = _requested(words, [c for c in credits if c.position not in placed and (
            c.term not in described or c.position in objects)], demoted, asked)
    if elsewhere and elsewhere.keys() != requested.keys():
        # where the asked help is to be held ("Workshop zu Verhütung … auch an Förderschulen?")
        # tells for whom, not what: another asked word names what
        requested = elsewhere
        credits = [c for c in credits if c.position not in placed]
    if cost_topic() in chosen and money_asked(words, asked, firm):
        requested[cost_topic()] += MAIN_CAP  # "kein Geld für das Gestell. Zuschüsse?"
    vocabulary = need_vocabulary()
    # a move told in the asking sentence beside another need asked is the family's story
    requested = defaultdict(float, arrivals_told(words, credits, requested, asked, help_noun,
                                                 vocabulary.leads, vocabulary.reach))
    if requested:
        where = where_positions(words) | lives
        told = asker_positions(words)
        stays = where_told(words, shape)
        where |= {c.position for c in credits if c.position in stays
                  and c.term not in ORIGIN_TERMS}  # where it comes from: `origins` decides
        named = {c.topic for c in credits if c.strong and c.term not in demoted
                 and c.term not in described and c.position not in where
                 and c.position not in told
                 and not ((firm or c.topic not in requested) and c.term in arrival_terms()
                          and not bare_help_asked(
                     words, credits, shape, help_noun, vocabulary.leads,
                     vocabulary.reach))}  # fmt: skip
        if firm:
            named -= told_why(words, credits, requested, asked)
        if not firm or not any(help_noun(words.folded[i]) for i in shape):
            # asked for only in words too common to name a need ("Patenschaft?"), or no kind of
            # help (no help noun) asked for ("Mutter wirkt depressiv, wer kann die Familie
            # begleiten?", not "Patenschaft für Kinder psychisch kranker Eltern"): what
            # the burden implies (a baby's family → Frühe Hilfen) follows it
            named |= implied
        first = max(requested.values())
        main = [t for t in topics if requested.get(t, 0.0) >= MAIN_SHARE * first
                or (t in main and t in named)]  # fmt: skip
        # a need the story names and the question asks leads ("Diabetes …, alleinerziehend.
        # Entlastung?"), then the others asked before what the story names ("Hörgerät …, Mobbing?")
        both = {c.topic for c in credits if c.strong and c.position not in shape
                and requested.get(c.topic, 0.0) >= MAIN_SHARE * first}  # fmt: skip
        lead = asked_leads(credits, asked, demoted, requested, MAIN_SHARE)
        main.sort(key=lambda t: (t not in both, t not in lead))
        if set(main) <= vocabulary.guides:
            # asked only for a first contact that guides on ("Erstberatung", "Orientierung"):
            # it asks for help with what the story tells, whose offers fit as well
            main += [t for t in topics if t not in main]
    reasons = reason_positions(words)
    # only told as why help is sought ("hängt sonst nur vorm Zocken"): no need beside the asked one
    main = [t for t in main if any(c.topic == t and c.position not in reasons for c in credits)
            or t in implied] or main  # fmt: skip
    main = main or list(topics)
    main += [t for t in topics if t not in main and any(
        c.topic == t and is_cost(words, c.term, c.position) for c in credits)]
    if not any(c.strong for c in credits):  # weak words only: which of them is surest
        split = _shares(credits, demoted, split=True)
        main.sort(key=lambda t: -split.get(t, 0.0))  # stable: a tie keeps the first named
    return tuple(main), tuple(main) + tuple(t for t in topics if t not in main)


def _requested(words: Words, credits: list[Credit], demoted: frozenset[str],
               asked: frozenset[int]) -> tuple[dict[str, float], bool]:  # fmt: skip
    """Evidence per topic from the words the request asks for (`asked`), and whether
    a word among them names a need firmly (is not too common to name one alone). A phrase that
    only asks ("Wer hilft?") or a help noun alone ("Beratungsstelle?") asks for help with what
    the other sentences tell, and names no need of its own."""
    vocabulary = need_vocabulary()
    requested: dict[str, float] = defaultdict(float)
    firm = False
    for c in credits:
        if c.position in asked and c.term not in vocabulary.plain and not (
                c.term in demoted and only_help(words.folded[c.position])):
            requested[c.topic] += min(c.weight, MAIN_CAP)
            firm |= c.term not in demoted
    return requested, firm


def _shares(credits: list[Credit], demoted: frozenset[str], split: bool) -> dict[str, float]:
    """Evidence per topic: each word capped, words too common to name a need alone ("Schulden",
    "Entlastung") not at all — unless nothing else names one; with `split`, a weak word that may
    mean several topics counts for each by its share."""
    counted = [c for c in credits if c.term not in demoted] or credits  # fmt: skip
    senses = Counter((c.position, c.term) for c in counted if split and not c.strong)
    weight: dict[str, float] = defaultdict(float)
    for c in counted:
        weight[c.topic] += min(c.weight, MAIN_CAP) / senses.get((c.position, c.term), 1)
    return weight
