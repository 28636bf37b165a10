"""Which words of a request play which part by its shape: asked for, where, who asks, whom for.

A help noun ("Beratung", "Erziehungsberatung"), the words it leads to ("Hilfe bei Schulden"), a
request word ("braucht …"), a place where people stay after a preposition ("aus der
Wohngruppe"), the asker's own institution ("Ich arbeite in einer Kita") and the family members
told of ("Vater 24") are read from the words alone, with the vocabulary of `main_need.toml`.
Kept apart from `main_need` (which weighs the topics' evidence at these positions to decide the
main needs) so that each file has one job: this one knows nothing of topics.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.text import fold
from bot.understanding.dictation import number_value
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import main_need_lexicon

MIN_HEAD = 3  # a compound's first part has at least this many letters ("Elternkurs")
MIN_ADJECTIVE, ADJECTIVE_ENDINGS = 5, ("e", "es", "er", "en", "em")
INFLECTIONS = "en|e|n|s|es|"  # "Angeboten", "Kursen", "Therapien", "Treffs"
WHERE_REACH = 3  # "in der neuen Wohngruppe": the words after a scope word that tell where


@dataclass(frozen=True, slots=True)
class NeedVocabulary:
    """The words of `main_need.toml` a request's shape is read with."""

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
    dwelling: frozenset[str]  # verbs that say someone lives there ("der in einer Wohngruppe lebt")
    # a preposition fused with its article: the noun after it is in its own phrase ("am Nachmittag")
    fused: frozenset[str] = frozenset()
    # words that stand for an offer not named ("gibt es was für schwule Jungs?"), with the leads
    # after which they ask for one
    placeholders: frozenset[str] = frozenset()
    placeholder_leads: frozenset[str] = frozenset()
    # story topics that say how an asked help must be held, not why it is sought
    qualifies: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()  # topics of kinds of offer, not of help with a problem
    open_help: tuple[str, ...] = ()  # how words asking for help with the story's matter begin


@cache
def need_vocabulary() -> NeedVocabulary:
    """The words of `main_need.toml`, read and compiled once."""
    data = main_need_lexicon()

    def words(values: Iterable[str]) -> frozenset[str]:
        return frozenset(fold(v) for v in values)

    nouns = words(data["help"]["nouns"])
    ending = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
    return NeedVocabulary(
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
        dwelling=words(data["where"]["dwelling"]),
        fused=words(data["help"].get("fused", ())),
        placeholders=words(data["help"].get("placeholders", ())),
        placeholder_leads=words(data["help"].get("placeholder_leads", ())),
        qualifies=frozenset(data["story"]["qualifies"]),
        kinds=frozenset(data["story"]["kinds"]),
        open_help=tuple(sorted(words(data["story"]["open"]) | words(data["help"]["verbs"]))),
    )


@lru_cache(maxsize=4096)
def _tokens(term: str) -> str:
    """A term as the words topic finding joins ("can't" is "can t" there)."""
    return " ".join(re.findall(r"\w+", term))


def _inflected(word: str) -> bool:
    """An adjective before a noun says which help ("psychologische Beratung"), a bare noun not."""
    return len(word) >= MIN_ADJECTIVE and word.endswith(ADJECTIVE_ENDINGS)


COMPOUND = 2  # `help_noun` of a compound ending in a help noun ("Nachhilfe", "Integrationskurs")


@lru_cache(maxsize=8192)
def help_noun(word: str) -> int:
    """0 for no help noun, 1 for a help noun itself ("Angeboten"), `COMPOUND` (2) for a compound
    ending in one ("Schuldnerberatung", "Väterkursen")."""
    found = need_vocabulary().help_ending.search(word)
    if found is None:
        return 0
    if found.start() == 0:
        return 1
    return COMPOUND if found.start() >= MIN_HEAD else 0


@lru_cache(maxsize=16)
def asked_positions(words: Words) -> frozenset[int]:
    """Positions of the words a request asks for, by its shape alone (see the module doc).
    Eight readers of the main need ask this about the same words of one request: the answer
    (immutable, of the immutable words) is kept for the last few."""
    vocabulary = need_vocabulary()
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
            # the reach counts words that carry meaning: articles and prepositions only join
            # ("möchte mit dem Kleinen in eine Krabbelgruppe": the group is the second word)
            counted = 0
            for j in range(i + 1, size):
                if clause[j] != clause[i] or counted >= vocabulary.reach:
                    break
                asked.add(j)  # "braucht begleitend Erziehungsberatung", "Gibt es in Kamen …"
                counted += folded[j] not in _joining(vocabulary)
    if words.asked:
        came = _came_from(words)  # "… die aus der Jugendhilfe rausfallen?": where they come from
        asked.update(i for i, flag in enumerate(words.asked) if flag and i not in came)
    return frozenset(asked)


@cache
def _joining(vocabulary: NeedVocabulary) -> frozenset[str]:
    """Words that only join a phrase (articles, prepositions), not counted in a reach."""
    return vocabulary.articles | vocabulary.at | vocabulary.leads | vocabulary.fused


def joining_words() -> frozenset[str]:
    """Words that only join a phrase (articles, prepositions, "oder"), not counted in a reach."""
    return _joining(need_vocabulary())


def _places_after(words: Words, prepositions: frozenset[str] | set[str],
                  skip: frozenset[int] = frozenset()) -> frozenset[int]:
    """Positions of the words for a place where people stay right after one of `prepositions`
    and at most one article, in the same clause, leaving out `skip`."""
    vocabulary = need_vocabulary()
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
    return _places_after(words, need_vocabulary().origin)


def where_positions(words: Words) -> frozenset[int]:
    """Positions of the words that tell where or among whom the child lives, inside the phrase
    of a help asked for: after a help noun, its lead and a scope word ("Angebot für Jungs in
    Wohngruppe", "Gruppe für Kinder aus …"). They describe, they ask for nothing."""
    vocabulary = need_vocabulary()
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


def where_told(words: Words, asked: frozenset[int] | None = None) -> frozenset[int]:
    """Positions of the words for a place where people stay, after a preposition of place and at
    most one article, outside what the request asks for ("muss aus der Wohngruppe raus, sucht
    Wohnung"): where the child is. With `asked` empty, inside it too."""
    asked = asked_positions(words) if asked is None else asked
    return _places_after(words, need_vocabulary().at, asked)


def lives_at(words: Words) -> frozenset[int]:
    """Positions of the words for a place where people stay, after a preposition of place (not
    one of origin) and at most one article, in a clause whose verb says someone lives there
    ("für einen Schüler, der in einer Wohngruppe in Kamen lebt, suchen wir eine Begleitung für
    die Verselbständigung"): where the child lives, even inside a sentence that asks as a whole.
    The help asked for is the Verselbständigung; the Wohngruppe is no second need, so its
    offers are context, never an answer standing in for the missing one."""
    vocabulary = need_vocabulary()
    folded, clause = words.folded, words.clause
    dwelling = {clause[i] for i, word in enumerate(folded) if word in vocabulary.dwelling}
    if not dwelling:
        return frozenset()
    return frozenset(i for i in _places_after(words, vocabulary.at - vocabulary.origin)
                     if clause[i] in dwelling)  # fmt: skip


def request_words() -> frozenset[str]:
    """The verbs that ask for something (`[request]` in `main_need.toml`), for every reader."""
    return need_vocabulary().request_words


def asker_positions(words: Words) -> frozenset[int]:
    """Positions of the words that say who asks ("Wir sind FZ in Südkamen und suchen …", "Ich
    arbeite in einer Kita"): the asker's own institution is where the question comes from, no
    need of the family (`[asker]` in `main_need.toml`). They reach to the end of the clause; a
    family telling who it is ("we are refugee family from …") describes its need."""
    vocabulary = need_vocabulary()
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
    persons = need_vocabulary().persons
    objects = help_objects(words)
    return frozenset(i for i, word in enumerate(words.folded)
                     if word in persons and i not in objects) | frozenset(
        c.position for c in credits if c.position not in objects
        and (c.term in persons or c.term.removesuffix("in") in persons))  # fmt: skip


def help_objects(words: Words, scoped: bool = False) -> frozenset[int]:
    """Positions of the words a help noun is for: right before it in its clause ("Väter-Treff",
    "dads group") or after it and a preposition ("Gesprächsgruppe für Alleinerziehende")."""
    vocabulary, folded, clause = need_vocabulary(), words.folded, words.clause
    found: set[int] = set()
    for j, word in enumerate(folded):
        if word in vocabulary.placeholders and folded[j + 1 : j + 2] and (
                folded[j + 1] in vocabulary.placeholder_leads):
            # "gibt es was für schwule Jungs?": the offer unnamed, and whom it is for
            found.update(_after_lead(words, j, scoped))
            continue
        if not help_noun(word):
            continue
        if j > 0 and clause[j - 1] == clause[j] and not (
                j > 1 and clause[j - 2] == clause[j] and folded[j - 2] in vocabulary.fused):
            # "wo sie am Nachmittag Entlastung findet": the time is no kind of relief
            found.add(j - 1)
        if j + 1 < len(folded) and folded[j + 1] in vocabulary.leads:
            found.update(_after_lead(words, j, scoped))
    return frozenset(found)


def _after_lead(words: Words, j: int, scoped: bool) -> list[int]:
    """Positions after the help word at `j` and its lead, within reach and its clause."""
    vocabulary, folded, clause = need_vocabulary(), words.folded, words.clause
    found = []
    for k in range(j + 2, min(len(folded), j + 2 + vocabulary.reach)):
        if clause[k] != clause[j] or (scoped and folded[k] in vocabulary.stops):
            break  # `scoped`: "Spielgruppe mit Gebärden in Unna" ends before "in"
        found.append(k)
    return found
