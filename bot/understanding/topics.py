"""Find the needs a request names or describes, as taxonomy topic keys.

The vocabulary is data: every synonym of topics.csv plus `topic_lexicon.toml`. Words match as
phrases, as parts of German compounds ("Geburtsvorbereitungskurs"), as abbreviations ("OGS",
"BuT", "KJP") and with typos forgiven ("Elterntrainig", "Legastenie", "gemoppt"). Words that only
describe a situation ("Mutter am Limit") count when nothing names a need directly, and only for
topics whose life phases fit the child's age. The vocabulary's tables are compiled once in
`topic_vocabulary`; this module reads a request against them.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import AgeRange
from bot.understanding.compounds import complete_coordination
from bot.understanding.main_need_positions import asker_positions
from bot.understanding.normalise import filler_ranks, words_of
from bot.understanding.normalise import stem as _stem
from bot.understanding.origins import with_origins
from bot.understanding.readings import aggression, as_reason, avoided, is_diagnosis, without_negated
from bot.understanding.safety import negated_words
from bot.understanding.safety_fluids import without_fluids
from bot.understanding.shortcuts import phrase_sizes, phrase_starts
from bot.understanding.spelling import (
    CASE_SENSITIVE,
    capitalised_nouns,
    written_as_abbreviation,
)
from bot.understanding.topic_body import bodily
from bot.understanding.topic_choice import SECONDARY, decide, prevention_topics, prevention_wish
from bot.understanding.topic_condition import condition_told
from bot.understanding.topic_conditions import conditioned
from bot.understanding.topic_errand import errands
from bot.understanding.topic_form import as_form
from bot.understanding.topic_granted import granted
from bot.understanding.topic_grievance import grieved
from bot.understanding.topic_idioms import mask_ignored
from bot.understanding.topic_incident import as_incident
from bot.understanding.topic_kinship import kinship_care
from bot.understanding.topic_life_event import addressed, advised, advised_positions, partnered
from bot.understanding.topic_media import media_education
from bot.understanding.topic_missing import contrasted, missing
from bot.understanding.topic_negation_kind import negation_kind_agrees
from bot.understanding.topic_pairs import joined_pairs
from bot.understanding.topic_paraphrase import paraphrased
from bot.understanding.topic_parts import Credit as _Credit
from bot.understanding.topic_parts import (
    TopicMatch,
    cooccurrences,
    paragraphs,
    service_hours,
)
from bot.understanding.topic_portrait import marked, settled, suspected
from bot.understanding.topic_refused import refused
from bot.understanding.topic_reported import reported
from bot.understanding.topic_sender import (
    as_sender,
    interpreter_positions,
    sender_positions,
    without_interpreter,
)
from bot.understanding.topic_setting import setting_positions, without_team_setting
from bot.understanding.topic_slots import slots_missing
from bot.understanding.topic_status import status_told
from bot.understanding.topic_subject import subjects
from bot.understanding.topic_such import such_children
from bot.understanding.topic_told import carers_crying, sentence_verbs
from bot.understanding.topic_vocabulary import TopicVocabulary
from bot.understanding.topic_when import timed
from bot.understanding.topic_windows import SpreadPhrases
from bot.understanding.topic_wish import complemented, wished_home, wished_stops
from bot.understanding.topic_words import (
    MIN_COMPOUND,
    MIN_FUZZY,
    MIN_STEMMED,
    STRONG,
)

ASKED = 1.3  # words in the sentence that asks ("…? ", "suche …") weigh this much more
MAX_PHRASE = 6
OFFER_WORD = 0.8  # a word the offers of one topic use, when no vocabulary word names a need


class TopicIndex(TopicVocabulary):
    """Find the topics of a request with the vocabulary `TopicVocabulary` compiled."""

    def find(self, text: str, age: AgeRange | None) -> TopicMatch:
        coordinated = complete_coordination(text, self._known_head)
        normal = words_of(coordinated)
        raw, words, asked, clause = normal.raw, list(normal.folded), normal.asked, normal.clause
        words = paragraphs(raw, [self._mend(w) for w in words])  # "§ 41" is a law's help
        stems = tuple(map(_stem, words))
        credits: list[_Credit] = []
        compounds: list[tuple[int, str]] = []
        matched = [False] * len(words)
        mask_ignored(self.ignore_phrases, words, matched)

        def credit(term: tuple[str, ...], position: int, named: bool = False,
                   hint: bool = False) -> None:  # fmt: skip
            entries = self.phrases.get(term) or self.single.get(term[0], [])
            weight = 1.2 if len(term) > 1 else 1.0  # a phrase is a little surer than one word
            if " ".join(term) in self.secondary:
                weight = SECONDARY
            demoted = " ".join(term) in self.demoted
            if asked[position]:
                weight *= ASKED  # the need asked for outweighs the situation told before it
            strongest: dict[str, bool] = {}  # a term counts once per topic, at its strongest
            for topic, strength in entries:
                # "Musikangebot", "Aggressionsproblem": a need word made the subject of an offer
                # or a problem is named directly, not only described
                strongest[topic] = strongest.get(topic, False) or (
                    (strength == STRONG or named) and not demoted and not hint)
            for topic, strong in strongest.items():
                credits.append(_Credit(position, " ".join(term), topic, weight, strong))

        phases = set(age.phases()) if age else None
        ranks = filler_ranks(words, self.fillers, self.filler_phrases)

        window = SpreadPhrases(self, words, stems, clause, ranks, matched)
        closing = window.closing()

        def windows(bracket: bool) -> None:
            for phrase, used in window.found(closing, bracket):
                credit(phrase, min(used))
                # a loose match of another phase's need leaves its words to this child's
                # ("Eltern überfordert")
                if self._fits(phrase, phases):
                    for j in used:
                        matched[j] = True

        # a particle that closes its clause makes a particle verb of the verb before it: "haut
        # ständig von zu Hause ab" runs away, no "haut ständig" (hits); read these first
        if closing:
            windows(bracket=True)
        heads = phrase_starts(self, words, stems, 2)  # rising; a longer phrase starts there too
        sizes = phrase_sizes(self, words, stems, heads)  # the lengths a phrase there may have
        for size in range(MAX_PHRASE, 1, -1):
            for start, lengths in zip(heads, sizes, strict=True):
                if start + size > len(words):
                    break  # no phrase of this size fits from here on
                if size not in lengths:
                    continue
                if any(matched[start : start + size]) or clause[start] != clause[start + size - 1]:
                    continue
                phrase = tuple(words[start : start + size])
                if phrase not in self.phrases:
                    phrase = self.stemmed.get(stems[start : start + size], phrase)
                    if not negation_kind_agrees(phrase, words[start : start + size]):
                        continue  # "will nicht bleiben" is no "keine Bleibe"
                if phrase in self.phrases:
                    credit(phrase, start)
                    for i in range(start, start + size):
                        matched[i] = True
        windows(bracket=False)
        # "… allein. Sucht Babymassage": a sentence's first word is capitalised by position
        nouns = sentence_verbs(coordinated, raw, capitalised_nouns(raw), self.homographs)
        advice = advised_positions(words, clause)  # "Lehrerin rät Ergo": the therapy, as written
        for i, word in enumerate(words):
            if matched[i] or not word:
                continue
            if word in self.ignore and not (word in self.homographs and nouns[i]):
                continue
            if (self.diagnosis_topics and word not in self.single
                    and is_diagnosis(word, self.diagnosis_heads)):
                # "Alkoholsyndrom": a diagnosis names the child's condition, not its first part
                for topic in self.diagnosis_topics:
                    credits.append(_Credit(i, word, topic, 1.0, True))
                continue
            if word in self.single:
                if (len(word) <= 4 and word in CASE_SENSITIVE
                        and not written_as_abbreviation(raw, i)
                        and not (i in advice and nouns[i])):
                    continue
                credit((word,), i)
                continue
            if not word.isalpha():
                continue
            for term, named, hint, part in self._word_terms(word):
                credit((term,), i, named=named, hint=hint)
                if part:
                    compounds.append((i, term))
        for i, term, headed in joined_pairs(
                words, raw, list(clause), matched, self.single, lambda i: words[i] in self.ignore
                and not (words[i] in self.homographs and nouns[i]), self._carrier):  # fmt: skip
            if headed:  # "addiction counselling": the head is the kind of help, not a need
                credits = [c for c in credits if c.position != i + 1]
            credit((term,), i, named=headed)
        for i, term in paraphrased(words, clause, self.determiners, self.helping,
                                   self._paraphrase_term,
                                   lambda part: bool(self._term_of(part.rstrip("s")))):
            if not matched[i]:  # "Kurs für Eltern" is an Elternkurs
                told = len(credits)
                credit((term,), i, named=True)
                if words[i] in self.addressees:  # "Beratung für die Familie": whom it is for
                    credits[told:] = [replace(c, weight=c.weight * SECONDARY)
                                      for c in credits[told:]]  # fmt: skip
        credits = with_origins(normal.folded, credits, self.topics)  # where the family is from
        # "will mehr bei Papa sein": a child's wish to live with one parent tells a separation
        credits += wished_home(words, clause, normal.sentence)
        credits = cooccurrences(self.cooccurrence, words, credits,
                                lambda t: not phases or bool(phases & set(self.topics[t].phases)),
                                phases is not None, phases or ())
        credits = errands(credits, words, clause)  # "Mutter ist weg zur Arbeit": back later
        credits = without_fluids(credits, words)  # "Mutter trinkt kaum": fluids, no addiction
        credits = carers_crying(credits, words, clause)  # "she's lonely & cries": not the baby
        credits = kinship_care(words, aggression(self.aggression, words, clause, asked, credits))
        negated = negated_words(words, clause)
        negated -= missing(words, negated, clause, self.lack, self.obtain, self.still,
                           self.lacking)  # "findet keine Tagesmutter": the need asked for
        # "die kriegen keinen Kitaplatz": a place not had is the need (`topic_slots`)
        negated -= slots_missing(words, negated, clause, self.lack, self.lacking, self.slots)
        # "dass keiner mehr Opfer zu mir sagt": what a wish wants stopped is the need
        stopped, states = wished_stops(words, negated, clause, normal.sentence)
        negated -= stopped | states
        credits = contrasted(credits, words, negated, self.contrast, self.lack)
        credits = without_negated(credits, negated)
        # "will nicht mehr dick sein": no despair; what the child wants stopped is named
        credits = complemented(credits, words, clause, stopped)
        # "lehnt die Beratung ab": not what is asked; read as written (no "lernen" mended)
        credits = refused(credits, list(normal.folded), clause)
        credits = grieved(credits, words, clause, asked)  # "beschwert sich …": the story
        credits = subjects(credits, words, clause)  # "Elternabend zu Medien": both named
        credits = media_education(credits, words)  # "Eltern … Kindersicherung einstellen"
        credits = granted(credits, words)  # "BuT ist bewilligt": settled
        credits = status_told(credits, words, clause, asked)  # "Pflegekind …": who, not what
        # "schwerhörig, will in den Jugendtreff": the child's condition, not the need
        credits = condition_told(credits, words, clause, asked, self.secondary | self.who,
                                 normal, age)
        credits = avoided(as_reason(credits, words, clause, self.reasons), words, clause)
        credits = as_incident([c for c in credits if not service_hours(c, words)], normal)
        credits = without_interpreter(credits, interpreter_positions(normal))
        credits = as_sender(credits, sender_positions(text, normal, self.places)  # "bin bufdi
                            | setting_positions(normal), normal.folded)  # im jugendtreff"
        credits = without_team_setting(credits, normal)  # "Teamfortbildung … im Kita-Alltag"
        credits = such_children(credits, normal)  # "Papa trinkt … für solche Kinder"
        credits = as_form(credits, text, raw)  # "Anliegen: …": the asked field's need
        credits = reported(credits, words, text)  # "Vermerk Hausbesuch", "sagt nur: „…“"
        # "im Rollstuhl": who the child is, not what it needs
        credits = marked(credits, words, self.diagnosis_heads, (p for p, _part in compounds))
        credits = settled(credits, words, asked)  # "Vorschulkind … Ergotherapie": where it is
        credits = suspected(credits, words)  # "Verdacht ADHS … Diagnostik": the matter
        credits = bodily(credits, words)  # "jeden Morgen Bauchweh, Arzt findet nix": distress
        credits = timed(credits, words, self.secondary | self.who)  # "nachmittags Fußball": when
        credits = conditioned(credits, words, clause, matched)  # "Kurs bitte online": how, no need
        # a life event's words: the group an offer is for, a professional's advice, a parent's
        # partner (`topic_life_event`)
        credits = partnered(addressed(advised(credits, words, clause, asked), words), words, clause)
        told = asker_positions(normal)
        if age is not None and credits and all(c.position in told for c in credits):
            credits = []  # "Ich arbeite seit 15 Jahren in der Kita. Kleinkinder (1–3) …": who
            # writes is no need; the child's age says what a general answer holds
        found = self._decide(credits, age)
        wish = prevention_wish(words, self.prevention_words)
        if (found.general or not found.topics) and wish is not None:  # "was Präventives"
            found = TopicMatch(prevention_topics(self.prevention, age, self.topics),
                               (words[wish],), strong=True)
            matched[wish] = True
        elif (found.general or not found.topics) and self.offer_words is not None:
            # no vocabulary word named a need: words the catalogue's offers share may
            borrowed = self.offer_words.credits(
                words, matched, [OFFER_WORD * (ASKED if a else 1.0) for a in asked],
                self.ignore, self.known_common, self.topics)  # fmt: skip
            # … but not the words of the clause in which the writer says who writes
            borrowed = [c for c in borrowed if not any(
                clause[i] == clause[c.position] for i in told if i < len(clause))]
            if borrowed:
                credits += borrowed
                found = self._decide(credits, age)
        explained = {c.position for c in credits} | {i for i, m in enumerate(matched) if m}
        return replace(found, positions=frozenset(explained), compounds=tuple(compounds),
                       credits=tuple(credits))  # fmt: skip

    def _word_terms(self, word: str) -> list[tuple[str, bool, bool, bool]]:
        """The terms a word of letters alone names, none of the vocabulary's words itself: as
        (term, named, hint, a part of a compound). They depend on the word alone, so
        `remember_words` keeps them per word: one look-up for a word seen before, where the
        chain of typo, root, carrier and compound look-ups took up to eight."""
        stemmed = _stem(word)
        if len(word) >= MIN_STEMMED and stemmed in self.stem_single and self._inflects(
                word, self.stem_single[stemmed]):  # fmt: skip
            return [(self.stem_single[stemmed], False, False, False)]
        if (stemmed in self.nominal and stemmed not in self.stem_single
                and word not in self.ordinary):  # "wohnt" names no Wohnung
            return [(self.nominal[stemmed], False, False, False)]
        doubled = self._doubled(word)
        if doubled:  # "gemobt", "kift": a doubled letter typed once, or one typed twice
            return [(doubled, False, False, False)]
        root = self._root(word)
        if root:  # "verzockt", "gehänselt": the verb without its prefix names the need
            return [(root, False, False, False)]
        carrier = self._carrier(word)
        if carrier:  # "Aggressionsproblemen", "Tanzgruppe": the first part is the need
            return [(carrier, True, False, False)]
        parts = self._compound(word) if len(word) > MIN_COMPOUND else []
        if parts and len(word) >= MIN_FUZZY and word not in self.known_words:
            # a misspelt whole term beats a part of it ("Hausaufgabenhlife")
            whole = self._fuzzy(word)
            if whole and whole not in self.ignore and len(whole) > max(map(len, parts)):
                return [(whole, False, False, False)]
        terms = [(part, False, False, True) for part in parts]
        if (not parts and len(word) >= MIN_FUZZY and word not in self.known_words
                and word not in self.ordinary  # "Minuten" is no typo of "minus"
                and _stem(word) not in self.ordinary_stems  # nor "Mannschaften" of "manisch"
                and word not in self.vocabulary and not self._spelt_right(word)):
            term = self._fuzzy(word)
            if term and term not in self.ignore:
                return [(term, False, False, False)]
        if parts or word in self.ordinary or word in self.known_common:
            return terms  # "dringend" is an everyday word, no "drin" + "Gender"
        # "Wettseiten": a short term and a known word
        return [(part, False, True, False) for part in self._split(word)]

    def term_topics(self, term: str) -> tuple[str, ...]:
        """The topics a vocabulary term names, a word or a phrase of words."""
        return tuple(topic for topic, _strength in self.phrases.get(tuple(term.split()), ()))

    def _decide(self, credits: list[_Credit], age: AgeRange | None) -> TopicMatch:
        return decide(self, credits, age)

