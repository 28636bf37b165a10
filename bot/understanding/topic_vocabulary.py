"""The topic vocabulary of one taxonomy, compiled once into the tables topic finding reads.

Every synonym of topics.csv and every term of `topic_lexicon.toml` becomes a phrase (as written,
joined, female), and the phrases are indexed by stem, by first word for loose windows, by the
verb of an "-ung" noun, by their spelling with doubled letters typed once, by prefix and by sound.
Kept apart from `topics` (which reads a request against these tables) so that each file has one
job: this one knows nothing of a request, only of the vocabulary.
"""

from __future__ import annotations

import re
from collections import defaultdict

from bot.models import Topic
from bot.text import fold
from bot.understanding.normalise import stem as _stem
from bot.understanding.offer_names import OfferNames
from bot.understanding.offer_words import OfferWords
from bot.understanding.spelling import phonetic
from bot.understanding.term_forms import phrase_forms
from bot.understanding.topic_parts import Implication as _Implication
from bot.understanding.topic_parts import cooccurrence_rules, sections
from bot.understanding.topic_words import (
    MIN_FUZZY,
    MIN_MENDED,
    MIN_STEMMED,
    STRONG,
    WordLookups,
    undouble,
)
from bot.vocabulary.lexicon import common_words, frequent_words, topic_lexicon

WEAK = 1
MIN_UNDOUBLED = 4  # a term this long also matches with a doubled letter typed once or twice
MIN_NOMINAL = 9  # "-ung" nouns this long lend their verb the need ("Scheidung" ← "scheiden")
MAX_WINDOWED = 4  # phrases of up to four words match spread out ("kommen mit ihm nicht mehr klar")


# an adjective of a field ("psychiatrische", "pädagogisch") is the field's noun as a compound head
_ADJECTIVE_END = re.compile(r"isch(?:e|en|er|es|em)?$")


class TopicVocabulary(WordLookups):
    """The topic vocabulary of one taxonomy, compiled once; `TopicIndex` reads requests with it."""

    def __init__(self, topics: dict[str, Topic], known_words: frozenset[str] = frozenset(),
                 offer_words: OfferWords | None = None,
                 places: frozenset[str] = frozenset(),
                 offer_names: OfferNames | None = None) -> None:  # fmt: skip
        lexicon = topic_lexicon()
        self.places = places  # folded words of place names: a heading naming one is a sender
        # articles and possessives between "für" and what a help is for ("für ihre Kinder")
        self.reasons = frozenset(fold(w) for w in lexicon.get("reason", {}).get("words", ()))
        paraphrase = lexicon.get("paraphrase", {})
        self.determiners = frozenset(fold(w) for w in paraphrase.get("determiners", ()))
        self.addressees = frozenset(fold(w) for w in paraphrase.get("addressees", ()))
        # verbs of helping, by their stem, and the help nouns they make ("unterstützt" → Hilfe)
        self.helping = {_stem(fold(verb)): tuple(fold(n) for n in nouns)
                        for verb, nouns in paraphrase.get("verbs", {}).items()}  # fmt: skip
        self.offer_words = offer_words  # the catalogue's own words, when no vocabulary word fits
        self.offer_names = offer_names  # the words its offers are named by: helps named so
        # words spelt exactly as in the catalogue's own texts are no typos
        self.known_words = known_words | common_words()  # ordinary words are no typos either
        people = lexicon.get("window", {}).get("people", ())
        self.ordinary = frequent_words()  # the rest of a compound may be an everyday word
        self.ordinary_stems = frozenset(map(_stem, self.ordinary))
        self.known_common = common_words() | frozenset(fold(w) for w in people)
        self.topics = topics
        self.ignore = frozenset(fold(w) for w in lexicon["ignore"]["words"])
        self.ignore_phrases = tuple(
            tuple(re.findall(r"[a-z0-9]+", fold(p))) for p in lexicon["ignore"].get("phrases", ())
        )
        contrast = lexicon.get("contrast", {})  # "keine Essstörung, sondern Angst"
        self.contrast = frozenset(fold(w) for w in contrast.get("words", ()))
        self.lack = frozenset(fold(w) for w in contrast.get("lack", ()))
        self.obtain = frozenset(fold(w) for w in contrast.get("obtain", ()))
        self.still = frozenset(fold(w) for w in contrast.get("still", ()))
        self.lacking = frozenset(fold(w) for w in contrast.get("none", ()))
        self.slots = frozenset(fold(w) for w in contrast.get("slot", ()))  # "Kitaplatz"
        self.homographs = frozenset(fold(w) for w in lexicon.get("homograph", {}).get("words", ()))
        self.demoted = frozenset(fold(w) for w in lexicon["demote"]["words"])
        self.secondary = frozenset(fold(w) for w in lexicon.get("secondary", {}).get("words", ()))
        self.who = frozenset(fold(w) for w in lexicon.get("who", {}).get("words", ()))
        # the names of therapies and assessments, asked for a child of any age (`[ageless]`)
        ageless = lexicon.get("ageless", {})
        self.ageless = frozenset(fold(w) for w in ageless.get("words", ()))
        self.ageless_until = int(ageless.get("until_months", 0))  # … for a child below this age
        self.general = {p: tuple(k) for p, k in lexicon["general"].items()}  # phase → topics
        prevention = lexicon.get("prevention", {})
        self.prevention_words = frozenset(fold(w) for w in prevention.get("words", ()))
        self.prevention = {k: tuple(v) for k, v in prevention.items() if k != "words"}
        self.implications = tuple(
            _Implication(frozenset(r["when"]), frozenset(r["phases"]), r["add"])
            for r in lexicon.get("implication", ())
        )
        self.aggression = tuple(t for t in lexicon.get("aggression", {}).get("topics", ())
                                if t in topics)  # fmt: skip
        diagnosis = lexicon.get("diagnosis", {})
        self.diagnosis_heads = tuple(fold(w) for w in diagnosis.get("heads", ()))
        self.diagnosis_topics = tuple(t for t in diagnosis.get("topics", ()) if t in topics)
        self.cooccurrence = cooccurrence_rules(lexicon)
        self.phrases: dict[tuple[str, ...], list[tuple[str, int]]] = defaultdict(list)
        self.short: dict[str, list[tuple[str, int]]] = defaultdict(list)

        def add(term: str, topic: str, strength: int) -> None:
            words = tuple(re.findall(r"[a-z0-9]+", fold(term)))
            if not words or topic not in topics:
                return
            entry = (topic, strength)
            for form in phrase_forms(words):  # as written, joined, female ("Care Leaverin")
                if entry not in self.phrases[form]:
                    self.phrases[form].append(entry)

        # synonyms of the taxonomy that describe a person, not a need: the lexicon decides them
        context = {fold(w) for w in lexicon.get("context", {}).get("words", ())}
        for topic in topics.values():
            for synonym in topic.synonyms:
                if fold(synonym).replace("-", " ") not in context:
                    add(synonym, topic.key, STRONG)
        strong, weak = sections(lexicon)  # what names a need, and what describes a situation
        for topic, terms in strong.items():
            for term in terms:
                add(term, topic, STRONG)
        for topic, terms in weak.items():
            for term in terms:
                add(term, topic, WEAK)
        self.single = {p[0]: v for p, v in self.phrases.items() if len(p) == 1}
        # phrases also match in other inflections ("der insoweit erfahrenen Fachkräfte")
        self.stemmed: dict[tuple[str, ...], tuple[str, ...]] = {}
        # phrases also match with words in between and in another order, by their first stem
        self.windowed: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = defaultdict(list)
        self.stem_single: dict[str, str] = {}
        self.nominal: dict[str, str] = {}
        people = {_stem(fold(w)) for w in lexicon.get("window", {}).get("people", ())}
        window = lexicon.get("window", {})
        # a verb's particle, or a verb that closes an indirect question, ends its clause
        self.particles = frozenset(fold(w) for key in ("particles", "closing")
                                   for w in window.get(key, ()))  # fmt: skip
        people_words = {fold(w) for w in lexicon.get("window", {}).get("people", ())}
        for phrase in list(self.phrases):
            stems = tuple(map(_stem, phrase))
            if len(phrase) > 1:
                self.stemmed.setdefault(stems, phrase)
                # numbers keep their order and place: "8-1" care is no "Kinder 1-8"
                if (len(set(stems)) == len(stems) <= MAX_WINDOWED and not set(stems) <= people
                        and all(w.isalpha() for w in phrase)):
                    self.windowed[stems[0]].append((stems, phrase))
            elif phrase[0] in people_words:
                # a person's number is in its umlaut: "Väter" (a group) is no "Vater" (a person);
                # only the dative plural is the same word ("mit anderen Vätern")
                dative = phrase[0] + "n"
                self.phrases[(dative,)] = self.single[dative] = self.phrases[phrase]
            elif len(phrase[0]) >= MIN_STEMMED and phrase[0].isalpha():
                self.stem_single.setdefault(stems[0], phrase[0])
        # a verb names the need its "-ung" noun names ("wer entlastet sie" → Entlastung,
        # "scheiden lassen" → Scheidung), by the verb's stem
        for term in self.single:
            if term.endswith("ung") and len(term) >= MIN_NOMINAL and term.isalpha():
                self.nominal.setdefault(_stem(term[:-3] + "en"), term)
        # terms by their spelling with doubled letters typed once ("gemobbt" → "gemobt")
        self.undoubled: dict[str, str] = {}
        for term in self.single:
            if term.isalpha() and len(undouble(term)) >= MIN_UNDOUBLED:
                self.undoubled.setdefault(undouble(term), term)
        # the longest phrase a window finds wins, as in the exact search
        for found in self.windowed.values():
            found.sort(key=lambda entry: -len(entry[0]))
        # words whose place in a phrase changes its meaning: "kaum noch" is no "noch kaum"
        self.ordered = frozenset(fold(w) for w in lexicon.get("window", {}).get("ordered", ()))
        # words that only colour a clause take no room in a window ("kommt einfach nicht klar")
        fillers = [fold(w).split() for w in lexicon.get("window", {}).get("fillers", ())]
        self.fillers = frozenset(f[0] for f in fillers if len(f) == 1)
        self.filler_phrases = tuple(tuple(f) for f in fillers if len(f) > 1)
        # words that begin another clause: a particle after one is another verb's ("haut andere
        # und holt sie nicht ab")
        self.bracket_only = frozenset(
            fold(w) for w in lexicon.get("window", {}).get("bracket_only", ()))
        self.negations = frozenset(
            fold(w) for w in lexicon.get("window", {}).get("negations", ()))
        self.clause_words = frozenset(
            fold(w) for w in lexicon.get("window", {}).get("clause_words", ()))
        # every word of the vocabulary is spelt right: "schläft" is no typo of "schlägt"
        self.vocabulary = frozenset(w for phrase in self.phrases for w in phrase)
        # words of phrases, by first letter, to mend a typo inside a phrase ("Begleiteter Umgnag")
        self.phrase_words: dict[str, list[str]] = defaultdict(list)
        for phrase in self.phrases:
            if len(phrase) > 1:
                for w in phrase:
                    if len(w) >= MIN_MENDED and w.isalpha() and w not in self.phrase_words[w[0]]:
                        self.phrase_words[w[0]].append(w)
        self.by_prefix: dict[str, list[str]] = defaultdict(list)
        self.phonetic: dict[str, list[str]] = defaultdict(list)
        for term in self.single:
            if len(term) >= MIN_FUZZY - 1 and term.isalpha():
                self.by_prefix[term[:1]].append(term)
                self.phonetic[phonetic(term)].append(term)

    def _known_head(self, part: str) -> bool:
        """A part of a hyphen-coordinated compound ("Drogen", "beratung") is a known word."""
        folded = fold(part)
        return any(form in self.single or form in self.vocabulary or self._known_part(form)
                   or (len(form) >= MIN_STEMMED and _stem(form) in self.stem_single)
                   for form in (folded, folded + "en", folded + "e",  # "Lern-förderung"
                                _ADJECTIVE_END.sub("ie", folded), _ADJECTIVE_END.sub("ik", folded)))
