"""Which of a request's needs are asked for, and which only describe the family (issue 8).

A request names the help it wants and tells the situation around it: "Junger Mann, 20, Schulden
seit dem Handyvertrag … Beratung für junge Erwachsene?" asks for help for young adults; the debts
are why. "Passend" is reserved for offers that meet an asked need; an offer that meets only the
context becomes a marked alternative, and when no offer meets an asked need the request is a gap.

The evidence is what topic finding already produced (every word's credit, `TopicMatch.credits`)
read against the request's shape:
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

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.text import fold
from bot.understanding.dictation import number_value
from bot.understanding.main_need_arrival import arrival_terms, bare_help_asked, only_help
from bot.understanding.main_need_cost import cost_topic, is_cost, money_asked
from bot.understanding.main_need_lead import asked_leads
from bot.understanding.main_need_manner import reason_positions
from bot.understanding.normalise import Words
from bot.understanding.origins import NEW, TERM
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import main_need_lexicon

MAIN_SHARE = 0.5  # a topic with this share of the best one's evidence is a main need too
MAIN_CAP = 1.6  # no single word counts more than this towards the main need
MIN_HEAD = 3  # a compound's first part has at least this many letters ("Elternkurs")
MIN_ADJECTIVE, ADJECTIVE_ENDINGS = 5, ("e", "es", "er", "en", "em")
INFLECTIONS = "en|e|n|s|es|"  # "Angeboten", "Kursen", "Therapien", "Treffs"
ORIGIN_TERMS = frozenset({TERM, NEW})  # the terms an origin credits ("aus Syrien")
AUDIENCE_AT = frozenset({"an", "am"})  # "auch an Förderschulen": where a help is held
WHERE_REACH = 3  # "in der neuen Wohngruppe": the words after a scope word that tell where


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    leads: frozenset[str]  # prepositions after a help noun that lead to its object
    verbs: frozenset[str]  # verbs that help: a lead after one names what for ("hilft bei Angst")
    request_words: frozenset[str]
    plain: frozenset[str]  # phrases that only ask ("wer hilft")
    stops: frozenset[str]
    reach: int
    help_ending: re.Pattern[str]  # a word ending in a help noun in any inflection, compiled once
    guides: frozenset[str]  # topics of a first contact that guides on to other help
    asker: frozenset[tuple[str, str]]  # "wir sind", "ich arbeite": who asks comes next
    family: frozenset[str]  # … unless the family tells who it is ("wir sind neu hier")
    persons: frozenset[str]  # members of the family: who, unless a help is asked for them
    at: frozenset[str]  # prepositions before where the child is ("aus der Wohngruppe")
    origin: frozenset[str]  # … of them, those that say where someone comes from ("aus", "vom")
    articles: frozenset[str]
    places: tuple[str, ...]  # how a word for a place where people stay ends ("Wohngruppe")


@cache
def _vocabulary() -> _Vocabulary:
    data = main_need_lexicon()

    def words(values: Iterable[str]) -> frozenset[str]:
        return frozenset(fold(v) for v in values)

    nouns = words(data["help"]["nouns"])
    ending = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
    return _Vocabulary(
        leads=words(data["help"]["for"]), verbs=words(data["help"]["verbs"]),
        request_words=words(data["request"]["words"]),
        plain=words(data["request"]["plain"]),
        stops=words(data["scope"]["stops"]),
        reach=int(data["scope"]["reach"]),
        help_ending=re.compile(f"(?:{ending})(?:{INFLECTIONS})$"),
        guides=frozenset(data["request"]["guides"]),
        asker=frozenset(tuple(_tokens(v).split()[:2]) for v in words(data["asker"]["words"])),
        family=words(data["asker"]["family"]),
        persons=words(data["person"]["words"]),
        at=words(data["where"]["prepositions"]),
        origin=words(data["where"]["from"]),
        articles=words(data["where"]["articles"]),
        places=tuple(sorted(words(data["where"]["places"]))),
    )


@lru_cache(maxsize=4096)
def _tokens(term: str) -> str:
    """A term as the words topic finding joins ("can't" is "can t" there)."""
    return " ".join(re.findall(r"\w+", term))


def _inflected(word: str) -> bool:
    """An adjective before a noun says which help ("psychologische Beratung"), a bare noun not."""
    return len(word) >= MIN_ADJECTIVE and word.endswith(ADJECTIVE_ENDINGS)


@lru_cache(maxsize=8192)
def help_noun(word: str) -> int:
    """0 for no help noun, 1 for a help noun itself ("Angeboten"), 2 for a compound ending in
    one ("Schuldnerberatung", "Väterkursen")."""
    found = _vocabulary().help_ending.search(word)
    if found is None:
        return 0
    if found.start() == 0:
        return 1
    return 2 if found.start() >= MIN_HEAD else 0


def asked_positions(words: Words) -> frozenset[int]:
    """Positions of the words a request asks for, by its shape alone (see the module doc)."""
    vocabulary = _vocabulary()
    folded, clause = words.folded, words.clause
    size, leads = len(folded), {(w,) for w in vocabulary.leads}
    asked: set[int] = set()
    for i, word in enumerate(folded):
        noun = help_noun(word)
        if noun:
            where = any(folded[k] in vocabulary.stops and clause[k] == clause[i]
                        for k in range(max(0, i - 2), i))  # fmt: skip
            if help_noun(word) == 2 and not where:
                # "Erziehungsberatung": the need and the help in one word ("in der Wohngruppe"
                # is where the child lives)
                asked.add(i)
            if i > 0 and clause[i - 1] == clause[i] and _inflected(folded[i - 1]):
                asked.add(i - 1)  # "sexualpädagogisches Angebot", "ambulante Hilfe"
        if (noun or word in vocabulary.verbs) and folded[i + 1 : i + 2] in leads:
            for j in range(i + 2, min(size, i + 2 + vocabulary.reach)):
                if clause[j] != clause[i] or folded[j] in vocabulary.stops:
                    break
                asked.add(j)  # "Beratung für junge Erwachsene", "Hilfe bei Schulden"
        if word in vocabulary.request_words:
            for j in range(i + 1, min(size, i + 1 + vocabulary.reach)):
                if clause[j] != clause[i]:
                    break
                asked.add(j)  # "braucht begleitend Erziehungsberatung", "Gibt es in Kamen …"
    if words.asked:
        came = _came_from(words)  # "… die aus der Jugendhilfe rausfallen?": where they come from
        asked.update(i for i, flag in enumerate(words.asked) if flag and i not in came)
    return frozenset(asked)


def _places_after(words: Words, prepositions: frozenset[str] | set[str],
                  skip: frozenset[int] = frozenset()) -> frozenset[int]:
    """Positions of the words for a place where people stay right after one of `prepositions`
    and at most one article, in the same clause, leaving out `skip`."""
    vocabulary = _vocabulary()
    folded, clause = words.folded, words.clause
    found: set[int] = set()
    for i, word in enumerate(folded):
        if word not in prepositions:
            continue
        j = i + 1
        if j < len(folded) and folded[j] in vocabulary.articles:
            j += 1
        if (j < len(folded) and clause[j] == clause[i] and j not in skip
                and folded[j].removesuffix("n").endswith(vocabulary.places)):
            found.add(j)
    return frozenset(found)


def _came_from(words: Words) -> frozenset[int]:
    """Positions of the words for a place where people stay after a preposition that says where
    someone comes from and at most one article ("aus der Jugendhilfe", "vom Heim"): in a sentence
    that asks only as a whole, they tell the story, not the help asked for."""
    return _places_after(words, _vocabulary().origin)


def where_positions(words: Words) -> frozenset[int]:
    """Positions of the words that tell where or among whom the child lives, inside the phrase
    of a help asked for: after a help noun, its lead and a scope word ("Angebot für Jungs in
    Wohngruppe", "Gruppe für Kinder aus …"). They describe, they ask for nothing."""
    vocabulary = _vocabulary()
    folded, clause = words.folded, words.clause
    size = len(folded)
    where: set[int] = set()
    for i, word in enumerate(folded):
        if not help_noun(word) or i + 1 >= size or folded[i + 1] not in vocabulary.leads:
            continue
        for k in range(i + 2, min(size, i + 2 + vocabulary.reach)):
            if clause[k] != clause[i]:
                break
            if folded[k] in vocabulary.stops:
                where.update(j for j in range(k + 1, min(size, k + 1 + WHERE_REACH))
                             if clause[j] == clause[i])  # fmt: skip
                break
    return frozenset(where)


def _where_told(words: Words, asked: frozenset[int] | None = None) -> frozenset[int]:
    """Positions of the words for a place where people stay, after a preposition of place and at
    most one article, outside what the request asks for ("muss aus der Wohngruppe raus, sucht
    Wohnung"): where the child is. With `asked` empty, inside it too."""
    asked = asked_positions(words) if asked is None else asked
    return _places_after(words, _vocabulary().at, asked)


def asked_dropped(words: Words, credits: Iterable[Credit], topics: tuple[str, ...],
                  fits: Callable[[str], bool], unsure: frozenset[int] = frozenset()
                  ) -> tuple[str, ...]:  # fmt: skip
    """Topics a word in the asked slot names that topic finding dropped as too weak beside a
    strong word of the story ("Mutter depressiv, Kind 18 Mon. … Entlastung?"): what is asked
    for is the need, however common its word. Only when no asked word names a kept topic, and
    only topics of the child's life phase (`fits`)."""
    vocabulary = _vocabulary()
    asked = asked_positions(words) - unsure
    kept = set(topics)
    credits = list(credits)
    at_ask = [c for c in credits if c.position in asked and c.term not in vocabulary.plain]
    if not at_ask or any(c.topic in kept for c in at_ask):
        return ()
    # kept only for money the story tells ("weil die Kasse nicht mehr zahlt"): the help asked
    # for is the need even outside the child's life phase, and then a gap
    reason = kept <= {cost_topic()}
    return tuple(dict.fromkeys(c.topic for c in at_ask if reason or fits(c.topic)))


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
    no Frühe Hilfen); without a word asked for, an implied topic follows the evidence. A word of
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
    asked = shape - unsure
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
    placed = {i for i in _where_told(words, frozenset()) if words.folded[i - 1] in AUDIENCE_AT}
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
    vocabulary = _vocabulary()
    if requested:
        where = where_positions(words)
        told = asker_positions(words)
        stays = _where_told(words, shape)
        where |= {c.position for c in credits if c.position in stays
                  and c.term not in ORIGIN_TERMS}  # where it comes from: `origins` decides
        named = {c.topic for c in credits if c.strong and c.term not in demoted
                 and c.term not in described and c.position not in where
                 and c.position not in told
                 and not (firm and c.term in arrival_terms() and not bare_help_asked(
                     words, credits, shape, help_noun, vocabulary.leads,
                     vocabulary.reach))}  # fmt: skip
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


def request_words() -> frozenset[str]:
    """The verbs that ask for something (`[request]` in `main_need.toml`), for every reader."""
    return _vocabulary().request_words


def _requested(words: Words, credits: list[Credit], demoted: frozenset[str],
               asked: frozenset[int]) -> tuple[dict[str, float], bool]:  # fmt: skip
    """Evidence per topic from the words the request asks for (`asked`), and whether
    a word among them names a need firmly (is not too common to name one alone). A phrase that
    only asks ("Wer hilft?") or a help noun alone ("Beratungsstelle?") asks for help with what
    the other sentences tell, and names no need of its own."""
    vocabulary = _vocabulary()
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


def asker_positions(words: Words) -> frozenset[int]:
    """Positions of the words that say who asks ("Wir sind FZ in Südkamen und suchen …", "Ich
    arbeite in einer Kita"): the asker's own institution is where the question comes from, no
    need of the family (`[asker]` in `main_need.toml`). They reach to the end of the clause; a
    family telling who it is ("we are refugee family from …") describes its need."""
    vocabulary = _vocabulary()
    folded, clause = words.folded, words.clause
    found: set[int] = set()
    for i in range(len(folded) - 1):
        if (folded[i], folded[i + 1]) in vocabulary.asker:
            span, counted = [], 0  # "Ich arbeite seit 15 Jahren in der Kita": since when is
            for j in range(i + 2, len(folded)):  # no word of where, so it takes no reach
                if clause[j] != clause[i] or counted == vocabulary.reach:
                    break
                span.append(j)
                counted += not (number_value(folded[j]) or number_value(folded[j - 1]))
            if not any(folded[j] in vocabulary.family for j in span):  # "we are refugee family"
                found.update(span)
    return frozenset(found)


def person_positions(words: Words, credits: Iterable[Credit] = ()) -> frozenset[int]:
    """Positions of the words for a member of the family that stand as a person the request
    tells of ("Vater 24", "Alleinerziehender Vater, Sohn 4 …"), not as those a help is for
    ("Väter-Treff", "Gruppe für Väter"): they tell who, not what is needed (`[person]`); so do
    words `credits` read as one though spelt otherwise ("Vatter" as Väter, or its female form)."""
    persons = _vocabulary().persons
    objects = help_objects(words)
    return frozenset(i for i, word in enumerate(words.folded)
                     if word in persons and i not in objects) | frozenset(
        c.position for c in credits if c.position not in objects
        and (c.term in persons or c.term.removesuffix("in") in persons))  # fmt: skip


def help_objects(words: Words, scoped: bool = False) -> frozenset[int]:
    """Positions of the words a help noun is for: right before it in its clause ("Väter-Treff",
    "dads group") or after it and a preposition ("Gesprächsgruppe für Alleinerziehende")."""
    vocabulary, folded, clause = _vocabulary(), words.folded, words.clause
    found: set[int] = set()
    for j, word in enumerate(folded):
        if not help_noun(word):
            continue
        if j > 0 and clause[j - 1] == clause[j]:
            found.add(j - 1)
        if j + 1 < len(folded) and folded[j + 1] in vocabulary.leads:
            for k in range(j + 2, min(len(folded), j + 2 + vocabulary.reach)):
                if clause[k] != clause[j] or (scoped and folded[k] in vocabulary.stops):
                    break  # `scoped`: "Spielgruppe mit Gebärden in Unna" ends before "in"
                found.add(k)
    return frozenset(found)
