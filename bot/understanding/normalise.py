"""Normalise the words of a request before its needs are looked up.

People write "spricht fast garnix", "schläft nachts nicht", "Krabbelgruppen", "depressiven": the
vocabulary holds "spricht nicht", "schläft nicht", "Krabbelgruppe", "depressiv". Three mechanisms
bridge this without an entry per sentence: colloquial spellings are expanded from data
(`[colloquial]` in `topic_lexicon.toml`), every word gets a stem that drops German inflection
endings, and phrases are found by their stems within a small window in any order.

A dictionary lemmatiser (simplemma) was measured for this: it knows strong verbs ("spricht" →
"sprechen"), but costs ~110 MB of memory and over a second of start-up for every process, while the
vocabulary it would serve is a few thousand words whose forms a suffix rule covers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from bot.text import fold
from bot.understanding.wished import wished_at
from bot.vocabulary.lexicon import DATA, topic_lexicon
from bot.vocabulary.lexicon import _load as load_toml

RAW_WORD = re.compile(r"[A-Za-zÄÖÜäöüßẞÀ-ÿ0-9§]+")
_ENDINGS = ("ern", "en", "er", "es", "st", "et", "e", "n", "s", "t")
MIN_STEM = 4  # a stem keeps at least this many letters ("haut" stays "haut")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Strip one German inflection ending and umlauts ("schläft"/"schlafen" → "schlaf"); a
    strong verb's form first becomes its lemma ("isst" → "essen", "spricht" → "sprechen")."""
    word = same_words().get(word, word)
    return suffix_stem(verb_forms().get(word, word))


@cache
def same_words() -> dict[str, str]:
    """Words that say the same as another in a phrase (`[same]`): "keine" means "nicht" ("kann
    sich keine fünf Minuten konzentrieren" is "kann sich nicht konzentrieren")."""
    table = topic_lexicon().get("same", {})
    return {fold(form): fold(word) for word, forms in table.items() for form in forms}


def suffix_stem(word: str) -> str:
    """Strip one German inflection ending and umlauts by rule alone."""
    word = word.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    for _ in range(2):  # two rounds: "nichts" and "nicht" meet at "nich"
        for ending in _ENDINGS:
            if len(word) >= len(ending) + MIN_STEM and word.endswith(ending):
                word = word[: -len(ending)]
                break
        else:
            break
    return word


# prefixes of German verb forms: inseparable ("verzockt", "zerkratzt"), separable ("abgehauen",
# "rumgeschrien") and the participle's "ge-" ("gehänselt", "gemobbt")
_PREFIXES = ("ver", "zer", "ab", "aus", "ein", "an", "auf", "hin", "weg", "rum", "mit", "ge")
MIN_ROOT = 5  # what a prefix leaves must be a word of its own ("zockt", not "tzt")
_SEPARABLE = ("ab", "aus", "ein", "an", "auf", "hin", "weg", "rum", "mit")


@lru_cache(maxsize=65536)
def verb_roots(word: str) -> tuple[str, ...]:
    """The forms a prefixed verb form stands for without its prefix, longest first
    ("verzockt" → "zockt"; "abgehauen" → "gehauen", "hauen"; "gehänselt" → "haenselt")."""
    found: list[str] = []
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_ROOT:
            rest = word[len(prefix) :]
            if prefix in _SEPARABLE:
                for infix in ("ge", "zu"):  # "ein-ge-schult", "an-zu-tun": the verb is "einschulen"
                    if rest.startswith(infix) and len(rest) - 2 >= MIN_ROOT - 2:
                        found.append(prefix + rest[2:])
            found.append(rest)
            if prefix != "ge" and rest.startswith("ge") and len(rest) - 2 >= MIN_ROOT:
                found.append(rest[2:])  # the participle of a separable verb: "ab-ge-hauen"
    return tuple(found)


def umlaut_singulars(word: str) -> tuple[str, ...]:
    """The singulars an umlaut plural may have ("einsaetze" → "einsatz", "antraege" → "antrag"):
    an everyday noun's plural is as ordinary as the noun, though word lists hold only one form."""
    found = []
    for ending in ("en", "er", "e", ""):
        if not word.endswith(ending):
            continue
        base = word[: len(word) - len(ending)]
        at = max(base.rfind("ae"), base.rfind("oe"), base.rfind("ue"))
        if at > 0:
            found.append(base[: at + 1] + base[at + 2 :])
    return tuple(found)


@cache
def verb_forms() -> dict[str, str]:
    """Forms of the vocabulary's verbs that no ending rule brings to their lemma's stem
    (`verb_forms.tsv`, generated from simplemma's dictionary: the 2,500 forms the vocabulary
    needs instead of a 100 MB dictionary loaded in every process)."""
    path = DATA / "verb_forms.tsv"
    lines = path.read_text("utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))


_ADJECTIVE = ("lich", "isch", "ig")  # "süchtig" ← Sucht, "ängstlich" ← Angst
_INFLECTED = ("en", "em", "er", "es", "e", "")


@lru_cache(maxsize=65536)
def adjective_bases(word: str) -> tuple[str, ...]:
    """The nouns an adjective may be made from ("spielsuechtige" → "spielsuecht", whose stem
    meets "Spielsucht"'s), for any inflection of the adjective."""
    found: list[str] = []
    for ending in _INFLECTED:
        if ending and not word.endswith(ending):
            continue
        bare = word[: len(word) - len(ending)]
        for suffix in _ADJECTIVE:
            if bare.endswith(suffix) and len(bare) - len(suffix) >= MIN_ROOT:
                found.append(bare[: -len(suffix)])
    return tuple(dict.fromkeys(found))


@cache
def generic_stems() -> frozenset[str]:
    """Stems of the words that name a kind of service or a problem, never a need (`[generic]`)."""
    words = topic_lexicon().get("generic", {}).get("words", ())
    return frozenset(stem(fold(w)) for w in words)


MIN_MODIFIER = 4  # "Tanz" in "Tanzgruppe": shorter first parts are no words of their own


@lru_cache(maxsize=8192)
def modifier(word: str) -> str | None:
    """Return the part of a compound that carries its meaning when its head is generic
    ("aggressionsproblemen" → "aggression", "traumaambulanz" → "trauma"), else None.

    German compounds put the kind of thing last and what it is about first; when the last part
    only says "a group", "an offer", "a problem", the first part is what was asked for.
    """
    generic = generic_stems()
    for cut in range(MIN_MODIFIER, len(word) - 3):  # the longest generic head wins
        if stem(word[cut:]) in generic:
            head = word[:cut]
            if head.endswith("s") and len(head) > MIN_MODIFIER + 1:  # the Fugen-s
                head = head[:-1]
            return head
    return None


def is_generic(word: str) -> bool:
    """Tell whether a folded word is itself only a generic service or problem word."""
    return stem(word) in generic_stems()


@cache
def colloquial() -> dict[str, tuple[str, ...]]:
    """Return colloquial spellings and what they stand for ("garnix" → "gar", "nicht")."""
    table = topic_lexicon().get("colloquial", {})
    return {fold(k): tuple(re.findall(r"[a-z0-9]+", fold(v))) for k, v in table.items()}


@dataclass(frozen=True, slots=True)
class Words:
    """A request's words: as typed, folded (colloquial spellings expanded) and stemmed."""

    raw: tuple[str, ...]
    folded: tuple[str, ...]
    stems: tuple[str, ...]
    # the word stands in a sentence that asks (ends in "?" or has an asking word), when another
    # sentence only tells the situation; all False when every sentence asks or none does
    asked: tuple[bool, ...]
    # clause number of each word: a phrase never spans a comma ("Mutter, Kind 3" is no Mutter-Kind)
    clause: tuple[int, ...] = ()
    # sentence number of each word: a clause of a bare verdict ("SPFH seit 11/2023, Beendigung.")
    # speaks of the clauses of its sentence
    sentence: tuple[int, ...] = ()
    # the word's sentence ends in "?" as typed, whatever the others do ("Autismus? ADHS?")
    question: tuple[bool, ...] = ()


@lru_cache(maxsize=4)  # topics and the explainer read the same request one after the other
def words_of(text: str) -> Words:
    """Split a request into words, expanding colloquial spellings; `raw[i]` typed `folded[i]`."""
    table = colloquial()
    raw: list[str] = []
    folded: list[str] = []
    sentence: list[int] = []
    asking: list[bool] = []
    marked: list[bool] = []
    clause: list[int] = []
    clauses = 0
    asking_words = _asking_words()
    for number, (part_text, end) in enumerate(_sentences(text)):
        asks = end == "?"
        marked.append(asks)
        # a bracket that holds only an age ("Enkelsohn (9) groß") ends no clause
        for piece_text in _CLAUSE.split(_AGE_BRACKET.sub(r" \1 ", part_text)):
            clauses += 1
            previous = ""
            for typed in RAW_WORD.findall(piece_text):
                word = _word(typed)
                # an asking word after a number is its unit ("Baby 10 Wo." is ten weeks)
                asks = asks or (word in asking_words and not previous.isdigit())
                previous = typed
                for piece in table.get(word, (word,)):
                    raw.append(typed)
                    folded.append(piece)
                    sentence.append(number)
                    clause.append(clauses)
        asking.append(asks)
    flags = [asking[n] for n in sentence]
    if not any(asking):  # "Kind soll in die Kita": a wish for a help asks where nothing else does
        flags = _wished_clauses(folded, raw, sentence, clause)
    told = not all(flags) and any(flags)
    asked = tuple(flags) if told else (False,) * len(flags)  # one C call each, no generator
    return Words(tuple(raw), tuple(folded), tuple(map(stem, folded)), asked, tuple(clause),
                 tuple(sentence), tuple(marked[n] for n in sentence))


def _wished_clauses(folded: Sequence[str], raw: Sequence[str], sentence: Sequence[int],
                    clause: Sequence[int]) -> list[bool]:
    """Mark each sentence that wishes a help for the child (`wished.wished_at`), as a question
    is marked: the whole sentence, so that what it tells beside the wish ("19-jährige Pat. mit
    geistiger Behinderung, Eltern wünschen Beratung zu …") weighs with it."""
    wished: set[int] = set()
    for number in set(sentence):
        at = [i for i, n in enumerate(sentence) if n == number]
        if wished_at([folded[i] for i in at], [raw[i] for i in at]) is not None:
            wished.add(number)
    return [n in wished for n in sentence]


_NOT_WORD = re.compile(r"[^a-z0-9]")


@lru_cache(maxsize=65536)
def _word(typed: str) -> str:
    """A typed word folded, without anything but letters and digits (words recur: kept)."""
    return _NOT_WORD.sub("", fold(typed))
_CLAUSE = re.compile(r"[,:()\[\]|+]")
_AGE_BRACKET = re.compile(r"\(\s*(\d[^()A-Za-zÄÖÜäöüß]*(?:[A-Za-zÄÖÜäöüß]{1,7})?)\s*\)")


_SENTENCE = re.compile(r"([^.!?;\n]*)([.!?;\n]+|$)")


def _sentences(text: str) -> list[tuple[str, str]]:
    """Split a message into sentences with the mark that ends them ("?" asks)."""
    if not _MARKED.search(text):
        return _unmarked_sentences(text)
    found: list[tuple[str, str]] = []
    carried = ""
    short = _abbreviations()
    for match in _SENTENCE.finditer(text):
        body, end = carried + match.group(1), match.group(2)
        carried = ""
        last = RAW_WORD.findall(body)[-1:] if end == "." else []
        if last and _word(last[0]) in short:  # "häusl. Gewalt": the period shortens a word
            carried = body + " "
            continue
        if body.strip():
            found += _run_on(body, "?" if "?" in end else end[:1])
    if carried.strip():
        found += _run_on(carried, ".")
    return found


def _run_on(body: str, end: str) -> list[tuple[str, str]]:
    """A long sentence without a comma, typed on after a greeting or a first sentence that did
    have marks ("Moin! familie in kamen … wer kann da vorbeischauen LG"), is split into story and
    question as a message without any mark is."""
    if end == "?" or _CLAUSE.search(_after_salutation(body)) or len(body.split()) < MIN_RUN_ON:
        return [(body, end)]
    parts = _unmarked_sentences(body)
    return [(parts[0][0], end), *parts[1:]] if len(parts) > 1 else [(body, end)]


def _after_salutation(body: str) -> str:
    """The sentence without the openings a comma or colon sets off ("Hi, …", "Hallo zusammen,
    kurze Frage: …"): their mark says nothing of how the request itself is built."""
    openings = _salutations()
    rest = body
    while True:
        mark = _OPENING_MARK.search(rest)
        words = tuple(_word(w) for w in RAW_WORD.findall(rest[: mark.start()])) if mark else ()
        if not words or not any(
                len(o) == len(words) and all(a in ("*", b) for a, b in zip(o, words, strict=True))
                for o in openings):  # fmt: skip
            return rest
        rest = rest[mark.end() :]


_OPENING_MARK = re.compile(r"[,:!]")


@cache
def _salutations() -> tuple[tuple[str, ...], ...]:
    """Openings of a message set off by a comma or colon (`dictation.toml [salutations]`)."""
    table = load_toml("dictation.toml").get("salutations", {})
    return tuple(tuple(fold(o).split()) for o in table.get("openings", ()))


_MARKED = re.compile(r"[.!?;\n,:()]")
MIN_RUN_ON = 12  # words of a sentence without a comma that may hold a story and its question


def _unmarked_sentences(text: str) -> list[tuple[str, str]]:
    """Split a message typed or dictated without a single mark before each word that opens a
    question ("… kaum zugenommen wo kann ich mich beraten lassen"): the story and the question
    are two sentences, as their marks would have made them; the question's ends in "?"."""
    starters = _question_starters()
    words = list(re.finditer(r"\S+", text))
    # … but not after a number, whose unit it is ("Baby 10 Wo Mutter in der Klinik")
    cuts = [m.start() for before, m in pairwise(words)
            if _word(m.group(0)) in starters and not before.group(0).isdigit()]
    if not cuts:
        return [(text, "")] if text.strip() else []
    bounds = [0, *cuts, len(text)]
    parts = [text[a:b] for a, b in pairwise(bounds)]
    return [(part, "?" if i else "") for i, part in enumerate(parts) if part.strip()]


@cache
def _question_starters() -> frozenset[str]:
    """Words that open a question wherever they stand ("wo", "wer", "gibt es")."""
    table = topic_lexicon().get("asking", {})
    return frozenset(fold(w) for w in table.get("starters", ()))


@cache
def _abbreviations() -> frozenset[str]:
    """Words shortened with a period inside a sentence ("häusl. Gewalt", "ggf. Beratung")."""
    return frozenset(fold(w) for w in topic_lexicon().get("abbreviation", {}).get("words", ()))


@cache
def _asking_words() -> frozenset[str]:
    """Words that make a sentence the request ("suche", "gesucht", "wer", "looking for")."""
    return frozenset(fold(w) for w in topic_lexicon().get("asking", {}).get("words", ()))


def within_window(
    stems: tuple[str, ...], phrase: tuple[str, ...], free: Iterable[int], slack: int,
    rank: Sequence[int] | None = None,
) -> tuple[int, ...] | None:
    """Find the phrase's stems among the free positions, in any order, spanning at most
    len(phrase) + slack words; return the positions used, or None. Distances are counted in
    `rank` (by default the positions): filler words that share their neighbour's rank take no
    room ("das Geld reicht echt schon lange vorne und hinten nicht")."""
    free = sorted(free)
    at = rank if rank is not None else range(len(stems))
    where: dict[str, list[int]] = {}
    for i in free:
        where.setdefault(stems[i], []).append(i)
    if any(p not in where for p in phrase):
        return None
    span = len(phrase) + slack
    for anchor in where[phrase[0]]:
        used = [anchor]
        for part in phrase[1:]:
            options = [i for i in where[part] if i not in used and abs(at[i] - at[anchor]) < span]
            if not options:
                break
            used.append(min(options, key=lambda i: abs(i - anchor)))
        else:
            if max(at[i] for i in used) - min(at[i] for i in used) < span:
                return tuple(sorted(used))
    return None


def filler_ranks(words: Sequence[str], single: frozenset[str],
                 phrases: tuple[tuple[str, ...], ...]) -> tuple[int, ...]:  # fmt: skip
    """Each word's rank among the words that carry meaning: a filler (a modal particle, an
    intensifier, a time adverbial: `[window] fillers`) takes the rank of the word after it, so a
    phrase spread out by fillers is as near as one written without them ("kommen einfach gar
    nicht mehr klar", "isst seit Wochen nichts")."""
    light = [w in single for w in words]
    # a phrase is compared only where its first word stands (a long message has hundreds of
    # words, and every phrase was compared at each of them); the same spans are marked
    firsts = {phrase[0] for phrase in phrases}
    for start, word in enumerate(words):
        if word not in firsts:
            continue
        for phrase in phrases:
            size = len(phrase)
            if phrase[0] == word and tuple(words[start : start + size]) == phrase:
                light[start : start + size] = [True] * size
    ranks: list[int] = []
    count = 0
    for is_light in light:
        ranks.append(count)
        count += not is_light
    return tuple(ranks)
