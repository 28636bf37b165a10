"""The per-word look-ups of topic finding: compounds, carriers, verb roots, typos.

Each depends on one word and the fixed vocabulary alone (`shortcuts.remember_words` keeps their
results), so they live apart from `topics.py`, which reads whole sentences. `TopicIndex` inherits
them and builds the tables they read (`single`, `stem_single`, `by_prefix`, …).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from rapidfuzz.distance import OSA

from bot.models import Topic
from bot.text import fold
from bot.understanding.compounds import MIN_PART, split_terms, two_words
from bot.understanding.normalise import (
    adjective_bases,
    is_generic,
    modifier,
    umlaut_singulars,
    verb_forms,
    verb_roots,
)
from bot.understanding.normalise import stem as _stem
from bot.understanding.spelling import phonetic
from bot.vocabulary.lexicon import topic_lexicon

STRONG = 2
MIN_COMPOUND = 6  # a term this long also matches as the head or tail of a compound
MIN_FUZZY = 7  # words this long are forgiven one typo (two from ten letters on)
MIN_MENDED = 6  # words this long are mended to a phrase word one slip away
MIN_STEMMED = 5  # single words this long also match in another inflection
MIN_UNDOUBLED_WORD = 4  # shorter words are too often another word with one letter less


class WordLookups:
    """Look-ups of one word against the vocabulary tables a `TopicIndex` builds."""

    topics: Mapping[str, Topic]
    single: dict[str, list[tuple[str, int]]]
    stem_single: dict[str, str]
    nominal: dict[str, str]
    undoubled: dict[str, str]
    phrases: dict[tuple[str, ...], list[tuple[str, int]]]
    ignore: frozenset[str]
    known_words: frozenset[str]
    ordinary: frozenset[str]
    ordinary_stems: frozenset[str]
    vocabulary: frozenset[str]
    phrase_words: dict[str, list[str]]
    phonetic: dict[str, list[str]]
    by_prefix: dict[str, list[str]]

    def _compound(self, word: str) -> list[str]:
        """Return terms that a compound starts or ends with (at least MIN_COMPOUND letters)."""
        if names_a_person(word):
            return []
        found = []
        for cut in range(len(word) - 1, MIN_COMPOUND - 1, -1):
            if word[:cut] in self.single:
                found.append(word[:cut])
                break
        everyday = word in self.ordinary or self._ordinary_plural(word)  # "Einsätze": no "Sätze"
        for cut in range(3, len(word) - MIN_COMPOUND + 1):  # a head of three letters at least
            if word[cut:] in self.single and not everyday:
                found += [word[cut:]] if word[cut:] not in whole_heads() else []
                break
        else:  # a short head that names its need in any compound ("Darmkrebs", "Blutkrebs")
            found += [h for h in short_heads() if word.endswith(h) and len(word) - len(h) >= 3
                      and h in self.single]  # fmt: skip
        return [t for t in found if t not in self.ignore]

    def _carrier(self, word: str) -> str | None:
        """Return the term a compound with a generic head is about ("Sportangebote" → "sport"),
        by its spelling or its stem; None when the first part is no term."""
        first = modifier(word)
        if not first or is_generic(first) or first in self.ignore or names_a_person(word):
            return None
        if first in self.single:
            return first
        term = self.stem_single.get(_stem(first)) if len(first) >= MIN_STEMMED else None
        return term or self._modified_tail(first)

    def _modified_tail(self, first: str) -> str | None:
        """The term that ends a first part itself made of a known word and a term
        ("Mädchenfußballgruppe": a group for girls' football, "Fußball")."""
        for whole in (first, first + "s"):  # the linking "s" taken off may end the term
            for cut in range(3, len(whole) - MIN_COMPOUND + 1):
                tail = whole[cut:]
                if (tail in self.single and tail not in self.ignore
                        and self._known_part(whole[:cut])):  # fmt: skip
                    return tail
        return None

    def _fits(self, phrase: tuple[str, ...], phases: set[str] | None) -> bool:
        """Tell whether a phrase names a need of a child in these life phases (or of any)."""
        return phases is None or any(phases & set(self.topics[t].phases)
                                     for t, _s in self.phrases[phrase])  # fmt: skip

    def _inflects(self, word: str, term: str) -> bool:
        """Tell whether a word sharing a term's stem is a form of it: an everyday word only when
        one begins with the other ("schlafen", "Kindern"), not when two rounds of endings made
        them meet ("Minuten" and "minus" meet at "minu")."""
        if word not in self.ordinary or word in verb_forms():
            return True
        plain, base = _plain(word), _plain(term)
        return (plain.startswith(base) or base.startswith(plain)
                or _same_verb(plain, base))

    def _doubled(self, word: str) -> str | None:
        """The term a word is with a doubled letter typed once or a single one typed twice
        ("gemobt" → "gemobbt", "zapelt" → "zappelt"); a known word is no such slip."""
        if (not word.isalpha() or word in self.single or word in self.known_words
                or word in self.ordinary or word in self.vocabulary):
            return None
        plain = undouble(word)
        term = self.undoubled.get(plain) if len(plain) >= MIN_UNDOUBLED_WORD else None
        return term if term and term not in self.ignore else None

    def _paraphrase_term(self, joined: str) -> str | None:
        """The term a compound made of a paraphrase is, in any inflection ("elternkurs"); a
        mother's or a father's help that no compound names is the family's ("Beratung für
        Mütter", "als Papa beraten lassen" → Familienberatung)."""
        term = self._compound_term(joined)
        for parent in () if term else parent_words():
            if joined.startswith(parent) and len(joined) > len(parent):
                term = self._compound_term(PARENTS + joined[len(parent):])
                break
        return term

    def _compound_term(self, joined: str) -> str | None:
        if joined in self.single:
            return joined
        return self.stem_single.get(_stem(joined)) if len(joined) >= MIN_STEMMED else None

    def _root(self, word: str) -> str | None:
        """Return the term a prefixed verb form means without its prefix ("verzockt" → "zockt"),
        or an adjective its noun ("spielsüchtig" → "Spielsucht"), unless the whole word is known
        as something else."""
        if word in self.known_words or word in self.vocabulary or self._ordinary_plural(word):
            return None  # "Einsätze" is the plural of "Einsatz", no "ein-" verb of "Sätze"
        for rest in (*verb_roots(word), *adjective_bases(word)):
            term = rest if rest in self.single else self.stem_single.get(_stem(rest))
            term = term or self.nominal.get(_stem(rest))  # "ausgegrenzt" → Ausgrenzung
            if term and term not in self.ignore:
                return term
        return None

    def _ordinary_plural(self, word: str) -> bool:
        """Tell whether a word is the umlaut plural of an everyday noun ("Einsätze" of "Einsatz",
        "Umsätze", "Anträge"): its own word, not a compound whose head could name a need."""
        return any(singular in self.ordinary for singular in umlaut_singulars(word))

    def _split(self, word: str) -> list[str]:
        """Return the short terms a compound of a term and a known word is made of."""
        if len(word) < 2 * MIN_PART or not word.isalpha() or names_a_person(word):
            return []
        found = split_terms(word, self._term_of, self._known_part)
        return [t for t in found if t not in self.ignore
                and not (t in whole_heads() and word.endswith(t))
                and not _verb_stem_first(word, t)]  # fmt: skip

    def _spelt_right(self, word: str) -> bool:
        """A compound of two known words is no typo ("Klassenchat" is no "Klassenrat"), nor is a
        person of the story ("Fußballtrainer")."""
        return names_a_person(word) or two_words(
            word, lambda p: self._known_part(p) or p in self.vocabulary)

    def _term_of(self, part: str) -> str | None:
        """The term a part of a compound is, in any inflection: one naming a need directly, or a
        longer word of a situation."""
        term = part if part in self.single else self.stem_single.get(_stem(part))
        if not term:
            return None
        # a word of a situation is a part only when long enough not to be a syllable ("Pause")
        strong = any(s == STRONG for _t, s in self.single[term])
        return term if strong or len(term) >= MIN_COMPOUND else None

    def _known_part(self, part: str) -> bool:
        """Tell whether the rest of a compound is an ordinary or catalogue word ("seiten")."""
        return (part in self.known_words or part in self.ordinary or is_generic(part)
                or _stem(part) in self.ordinary_stems)  # fmt: skip

    def _mend(self, word: str) -> str:
        """Return the phrase word a misspelt word means (one slip, six letters on), else it."""
        if (len(word) < MIN_MENDED or not word.isalpha() or word in self.vocabulary
                or word in self.known_words or word in self.ordinary
                or _stem(word) in self.stem_single):  # "schwule" inflects "schwul": no "Schule"
            return word
        for candidate in self.phrase_words.get(word[0], ()):
            if abs(len(candidate) - len(word)) <= 1 and OSA.distance(
                    word, candidate, score_cutoff=1) <= 1:  # fmt: skip
                # another form of the phrase word is no slip: its stem finds the phrase, and
                # the word stays itself for the rest ("Betreute" is who is served, no "betreut")
                return word if _stem(word) == _stem(candidate) else candidate
        return word

    def _fuzzy(self, word: str) -> str | None:
        """Return the term a misspelt word most likely means."""
        limit = 1 if len(word) < 10 else 2
        sound = phonetic(word)
        # a word that sounds like a term is a typo of it only when it begins alike: "trocken"
        # sounds like "Drogen", but a slip seldom changes the first letter
        for term in self.phonetic.get(sound, ()):
            if term[:1] == word[:1]:
                return term
        best: tuple[int, str] | None = None
        for term in self.by_prefix.get(word[:1], ()):
            term_limit = 1 if len(term) < 10 else 2
            if abs(len(term) - len(word)) <= term_limit:
                distance = OSA.distance(word, term, score_cutoff=term_limit)
            elif len(word) > len(term) and len(term) >= MIN_FUZZY:
                # a misspelt term at the start of a longer word: one slip only ("Schulleiterin"
                # is no "Schulreife")
                term_limit = 1
                distance = OSA.distance(word[: len(term)], term, score_cutoff=term_limit)
            else:
                continue
            if distance > 1 and _other_compound(word, term):
                continue  # "Essberatung" is no "Eheberatung": another first part, same head
            if distance <= min(limit, term_limit) and (best is None or distance < best[0]):
                best = (distance, term)
        return best[1] if best else None


def _verb_stem_first(word: str, term: str) -> bool:
    """Tell whether a compound begins with the bare stem of a finite verb the vocabulary knows
    ("Schlagzeug", "Schlagball", "Trinkflasche" against "schlägt", "trinkt"): the verb names a need
    through the one who does it, and as a first part it has none — the compound is a thing, an
    instrument or a game (wishes57: "wünscht sich Schlagzeug" is no violence)."""
    plain, verb = _plain(word), _plain(term)
    return (verb.endswith("t") and len(verb) > MIN_VERB_BASE
            and plain.startswith(verb[:-1]) and not plain.startswith(verb)
            # "die trinkende Mutter": the participle is the verb itself, no compound
            and not plain[len(verb) - 1 :].startswith(_PARTICIPLE))  # fmt: skip


_PARTICIPLE = "end"  # the present participle's ending after a verb's stem ("trinkend", "-ende")


HEAD = 7  # a shared ending this long is a compound's head ("beratung"), no slip's surroundings


def _other_compound(word: str, term: str) -> bool:
    """Tell whether two words differ only in a short first part before the same long head:
    "Essberatung" and "Eheberatung" are two compounds of "Beratung", not one with two slips."""
    pairs = zip(word[::-1], term[::-1], strict=False)
    shared = next((n for n, (a, b) in enumerate(pairs) if a != b), min(len(word), len(term)))
    return shared >= HEAD and max(len(word), len(term)) - shared <= 4


PARENTS = "familien"  # the compound's first part for help meant for a mother or a father


@cache
def parent_words() -> tuple[str, ...]:
    """A mother, a father, a parent as a compound's first part (`[paraphrase] parents`), the
    longest first ("muetter" before "mutter")."""
    words = (fold(w) for w in topic_lexicon().get("paraphrase", {}).get("parents", ()))
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def whole_heads() -> frozenset[str]:
    """Terms that name their need only alone or as a first part, never as the head of another
    word's compound (`[heads] whole`: a "Klinikaufenthalt" is a stay, no residence status)."""
    return frozenset(fold(w) for w in topic_lexicon().get("heads", {}).get("whole", ()))


@cache
def person_heads() -> frozenset[str]:
    """Heads that make a compound a person, whose first part is a trade (`[heads] persons`)."""
    return frozenset(fold(w) for w in topic_lexicon().get("heads", {}).get("persons", ()))


def names_a_person(word: str) -> bool:
    """Tell whether a compound is a person of the story ("Fußballtrainer", "Schulfreundin"),
    whose first part is a trade or a place, no need of the child."""
    return any(word.endswith(h) and len(word) > len(h) + 3 for h in person_heads())


@cache
def short_heads() -> tuple[str, ...]:
    """Terms shorter than `MIN_COMPOUND` that end a compound as its head (`[heads] words`)."""
    return tuple(fold(w) for w in topic_lexicon().get("heads", {}).get("words", ()))


# the person and number endings of a German verb's present tense: "trinkt" (he drinks) and
# "trinken" (they drink) are one verb, while "Minuten" and "minus" only meet at "minu"
_VERB_ENDINGS = frozenset({"", "e", "en", "n", "t", "et", "st", "est"})


def _same_verb(word: str, term: str) -> bool:
    """Tell whether two words are persons of one verb: each is their shared beginning plus a
    present-tense ending ("die Eltern trinken" beside "trinkt", "sie kiffen" beside "kifft")."""
    shared = 0
    for a, b in zip(word, term, strict=False):
        if a != b:
            break
        shared += 1
    return (shared >= MIN_VERB_BASE and word[shared:] in _VERB_ENDINGS
            and term[shared:] in _VERB_ENDINGS)


MIN_VERB_BASE = 4  # "kifft"/"kiffen" share "kiff"; shorter beginnings are too often chance


def _plain(word: str) -> str:
    """A folded word with its umlauts as plain vowels ("schlaeft" → "schlaft")."""
    return word.replace("ae", "a").replace("oe", "o").replace("ue", "u")


_VOWELS = frozenset("aeiouy")


def undouble(word: str) -> str:
    """A word with every doubled consonant written once ("gemobbt" → "gemobt"); doubled vowels
    stay, they make other words ("queer" is no "quer")."""
    return "".join(ch for i, ch in enumerate(word)
                   if i == 0 or ch != word[i - 1] or ch in _VOWELS)  # fmt: skip
