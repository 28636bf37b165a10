"""Turn a dictated message into the written text the rest of understanding reads.

Speech-to-text on a phone writes what was said, not what would have been typed: punctuation as
words ("wohnt in Kamen Komma sucht …", "Fragezeichen"), hesitations ("äh", "ähm"), fractions as
separate words ("drei einhalb", "vier dreiviertel Jahre"), self-corrections that keep both values
("fünfzehn nein sechzehn", "zehn äh sorry ich meine elf Monate"), and place names split at a
seam or heard as a similar sounding word ("Eben Kamp" for Evenkamp, "Wett mar" for Wethmar).
Each parser would have to learn each of these; instead this module rewrites them once, before
the foreign rewrite's German text is read for age, place and need:

- spoken punctuation becomes the mark, except where the word is the noun ("der springende
  Punkt", "§ 8 Absatz 2", "Punkt acht Uhr");
- a whole number followed by a spoken fraction becomes one value ("3,5", "4 Jahre 9 Monate");
- a value, a correction word and a value of the same kind (two numbers, two place names) keep
  only the corrected value;
- two or three neighbouring words whose sound key is a place name of the gazetteer become that
  name (`bot/understanding/dictation_names.py`).

Written text without any of these comes back unchanged (the words are looked for first, and
nothing else is touched). The vocabulary is data: `bot/data/dictation.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.text import fold
from bot.understanding.dictation_names import SpokenNames
from bot.understanding.dictation_paragraphs import spoken_paragraphs
from bot.understanding.numbers import normalise as number_digits
from bot.vocabulary.lexicon import _load as load_toml
from bot.vocabulary.lexicon import age_vocabulary

_UNIT = (r"(?:jahre?n?|j\b\.?|jaehrig\w*|monate?n?|mon\b\.?|mo\b\.?|wochen?|wo\b\.?|tage?n?"
         r"|years?|months?|weeks?|days?)")  # fmt: skip
_WORD = r"[^\W_]+"
# spoken zero, a number the age vocabulary lacks (no child is zero years old), in a range:
# "Kinder null bis drei", "von null bis sechs"
# a word spelled letter by letter: "a d h s", "o g s", "s p f h" (three letters or more)
_SPELLED = re.compile(r"(?<![^\W_])(?:[^\W\d_]\s){2,}[^\W\d_](?![^\W_])")
_ZERO = re.compile(r"(?<![^\W_])null(?=\s+bis\s)", re.I)


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    marks: dict[str, str]
    punctuation: re.Pattern[str]
    noun_before: frozenset[str]
    fillers: re.Pattern[str]
    correction: re.Pattern[str]
    far_correction: re.Pattern[str]
    strong: re.Pattern[str]
    fractions: dict[str, int]
    fraction: re.Pattern[str]
    year_fractions: dict[str, int]
    year_fraction: re.Pattern[str]
    variants: dict[str, str]
    variant: re.Pattern[str]
    gate: frozenset[str]
    grade: re.Pattern[str]  # a school year as said: "aus der zweiten Klasse", "dritte", "3. Klasse"


def _phrase(words: str) -> str:
    """A folded phrase as a pattern on unfolded text: umlauts either way, any spaces between."""
    spelled = {"ae": "(?:ae|ä)", "oe": "(?:oe|ö)", "ue": "(?:ue|ü)", "ss": "(?:ss|ß)"}
    out = re.escape(words)
    for folded, either in spelled.items():
        out = out.replace(folded, either)
    return out.replace(r"\ ", r"\s+")


def _alternatives(words: list[str] | dict[str, object]) -> str:
    return "|".join(_phrase(w) for w in sorted(words, key=len, reverse=True))


@cache
def _vocabulary() -> _Vocabulary:
    data = load_toml("dictation.toml")
    marks = dict(data["punctuation"])
    corrections = data["corrections"]
    word = _alternatives(corrections["words"])
    lead, tail = _alternatives(corrections["lead"]), _alternatives(corrections["tail"])
    marker = (rf"(?:(?:{lead})[\s,]+)?(?:{word})(?:[\s,!.]+(?:{word}))*"
              rf"(?:[\s,]+(?:{tail}))*|(?:{_alternatives(corrections['alone'])})")  # fmt: skip
    unit = rf"(?:\s+{_UNIT}(?:\s+(?:alt|old))?)?"  # "vier Jahre alt nein fünf"
    # a school year first: "zweite Klasse nein dritte" takes back the year, not "Klasse"
    value = (rf"(?:{_grade_pattern(named=False)}"
             rf"|(?:in\s+|nach\s+|aus\s+)?(?:\d{{1,2}}(?:,5)?|{_WORD}){unit})")
    fractions = {fold(k): v for k, v in data["fractions"].items()}
    fraction_words = _alternatives(fractions)
    year_fractions = {fold(k): v for k, v in data["year_fractions"].items()}
    variants = {fold(k): v for k, v in data["number_variants"].items()}
    variant = rf"(?<![^\W_])(?P<variant>{_alternatives(variants)})(?=und|te[nrsm]?\b|j|\b)"
    gate_words = [*marks, *data["fillers"]["words"], *corrections["words"], *corrections["alone"],
                  *fractions, *year_fractions, "null"]  # fmt: skip
    return _Vocabulary(
        marks={fold(k): v for k, v in marks.items()},
        punctuation=re.compile(rf"(?<![^\W_])(?P<mark>{_alternatives(marks)})(?![^\W_])", re.I),
        noun_before=frozenset(fold(w) for w in data["nouns"]["before"]),
        fillers=re.compile(
            rf"(?<![^\W_])(?:{_alternatives(data['fillers']['words'])})(?![^\W_])[\s,.]*", re.I
        ),
        correction=re.compile(
            rf"(?<![^\W_])(?P<old>{value})(?:[\s,]|\s[–—-])+(?P<marker>{marker})[\s,:]+"
            rf"(?=(?P<new>{value}))",
            re.I,
        ),
        # the value an age adjective or a few words before the marker ("achtzehnjährige mit
        # Depression nein stopp neunzehn"): the words between stay, the number is replaced
        far_correction=re.compile(
            rf"(?<![^\W_])(?P<old>[^\W_]+?)(?P<suffix>-?(?:jaehrig|jährig)[^\W_]*)?"
            rf"(?P<between>(?:\s+[^\W\d_]+){{1,3}}?)[\s,]+(?P<marker>{marker})[\s,:]+"
            rf"(?P<new>\d{{1,2}}|[^\W\d_]+)(?![^\W_])",
            re.I,
        ),
        strong=re.compile(rf"(?<![^\W_])(?:{_alternatives(corrections['strong'])})(?![^\W_])",
                          re.I),
        fractions=fractions,
        fraction=re.compile(
            rf"(?<![^\W_])(?<!\d[,.])(?P<whole>\d{{1,2}}|{_WORD})\s+(?P<part>{fraction_words})"
            rf"(?![^\W_])(?:\s+(?P<unit>jahre?n?|j\b\.?))?",
            re.I,
        ),
        year_fractions=year_fractions,
        year_fraction=re.compile(
            rf"(?<![^\W_])(?:ein(?:em)?\s+)?(?P<part>{_alternatives(year_fractions)})(?:es|e|en)?"
            rf"(?![^\W_])",
            re.I,
        ),
        variants=variants,
        variant=re.compile(variant, re.I),
        gate=frozenset(s for w in gate_words for s in _spellings(_longest(fold(w)))),
        grade=re.compile(_grade_pattern(named=True), re.I),
    )


_GRADE_NOUNS = r"(?:klassen?|kl\.?|jahrgang|jahrgangsstufe|schuljahr)"


def _grade_pattern(named: bool) -> str:
    """A school year as a speaker says it: an article's preposition, the ordinal (a word with
    its ending, or a digit with its dot) and the class noun, each but the ordinal optional
    ("aus der zweiten Klasse", "dritte Klasse", "vierten", "3. Klasse"); `named` gives the
    parts their groups (the correction pattern holds the value twice, and names none)."""
    stems = _alternatives(age_vocabulary().ordinals)

    def group(name: str) -> str:
        return f"(?P<{name}>" if named else "(?:"

    return (rf"{group('prefix')}(?:aus|in|von)\s+(?:der|die|den|de)\s+)?"
            rf"{group('ordinal')}\d{{1,2}}\.|(?:{stems})(?:e|en|er|es|em))(?![^\W_])"
            rf"(?:\s+{group('noun')}{_GRADE_NOUNS})(?![^\W_]))?")


@lru_cache(maxsize=4096)
def number_value(word: str) -> float | None:
    """The value of one number token ("sechzehn" → 16, "3,5" → 3.5), or None for no number."""
    digits = number_digits(fold(word))
    if re.fullmatch(r"\d{1,2}(?:,5)?", digits):
        return float(digits.replace(",", "."))
    return None


def _folded(phrase: str) -> str:
    """A spoken phrase as its vocabulary entry: folded, one space between words."""
    return fold(re.sub(r"\s+", " ", phrase))


def last_words(text: str, end: int) -> str:
    r"""The last (up to) four whitespace-separated words of `text[:end]`, with the spaces after
    them: what `re.search(r"(?:\S+\s*){0,4}$", text[:end])` matches, without its backtracking.

    Why: that pattern splits a word into up to four pieces in every way at every position before
    it fails, so a dictation with many spoken marks cost ~2 ms a mark. Its leftmost match starts
    at the fourth-last word (a start inside the fifth-last needs five pieces), or at the first
    word of a shorter text; `str.split` and `\s` share Unicode's whitespace."""
    head = text[:end]
    parts = head.rsplit(None, 4)
    return head[len(parts[0]) :].lstrip() if len(parts) == 5 else head.lstrip()


def _punctuate(text: str, vocab: _Vocabulary) -> str:
    """Replace spoken punctuation by the mark, leaving the nouns "Punkt", "Komma", "Absatz"."""

    def mark(match: re.Match[str]) -> str:
        spoken = _folded(match.group("mark"))
        before = re.findall(_WORD, _written_marks(last_words(text, match.start())))
        after = text[match.end() : match.end() + 30]
        if spoken in ("punkt", "komma", "absatz", "period", "comma"):
            if before and fold(before[-1]) in vocab.noun_before:
                return match.group()  # "der springende Punkt", "ein Komma"
            if spoken == "absatz" and re.match(r"\s*\d", after):
                return match.group()  # "§ 8 Absatz 2"
            if spoken == "punkt" and re.match(rf"\s*(?:\d|{_WORD}\s+uhr\b)", after, re.I):
                return match.group()  # "Punkt acht Uhr", "Punkt 2 der Liste"
        if not before:
            return "" if vocab.marks[spoken] in ",.:;!?" else vocab.marks[spoken]
        return vocab.marks[spoken] + "\x00"  # the space before the mark goes, see below

    def _written_marks(preceding: str) -> str:
        """The text before a mark with its own spoken marks written, so that "Klammer auf
        Komma" reads the comma after "(" as a second pass over "(Komma" does, not after "auf"."""
        return vocab.punctuation.sub(lambda m: vocab.marks[_folded(m.group("mark"))], preceding)

    if not vocab.punctuation.search(text):
        return text
    text = _decimal_halves(text)
    text = vocab.punctuation.sub(mark, text)
    text = re.sub(r"\s+(?=[,.:;!?)\x00-]+\x00)", "", text)  # "Kamen , sucht" → "Kamen, sucht"
    text = re.sub(r"([(/\"-])\x00\s*", r"\1", text)  # "Heeren - Werve" → "Heeren-Werve"
    text = re.sub(r"(?<=[(/-])\s+|\s+(?=[)/-])", "", text)
    text = text.replace("\x00", "")
    return re.sub(r"([,.:;!?])(?=[^\W\d_])", r"\1 ", text)


def _decimal_halves(text: str) -> str:
    """ "vier Komma fünf (Jahre)" is 4,5 — but "drei Komma fünf Komma sieben" is a list; "zwei
    Komma sechs Jahre" is 2;6, as a paediatric note writes "2,6 J." (years and months)."""

    def half(match: re.Match[str]) -> str:
        whole, part = number_value(match.group("whole")), number_value(match.group("part"))
        if whole is None or whole != int(whole) or part is None or part != int(part):
            return match.group()
        rest = match.string[match.end() :]
        listed = re.match(rf"\s+(?:komma|und)\s+({_WORD})", rest, re.I)
        if listed and number_value(listed.group(1)) is not None:
            return match.group()
        if part == 5:
            return f"{int(whole)},5"
        unit = re.match(r"\s*(?:jahre?n?|j)\b", rest, re.I)
        # "zur U sieben, komma zwei Jahre": a check-up's number starts no age
        checkup = re.search(r"\b[uj]\s*$", match.string[: match.start()], re.I)
        return f"{int(whole)};{int(part)}" if unit and part < 12 and not checkup else match.group()

    return re.sub(rf"(?<![^\W_])(?<!\d[,.])(?P<whole>\d{{1,2}}|{_WORD})\s+komma\s+"
                  rf"(?P<part>\d{{1,2}}|{_WORD})(?![^\W_])", half, text, flags=re.I)  # fmt: skip


def _fractions(text: str, vocab: _Vocabulary) -> str:
    """ "drei einhalb" → "3,5", "vier dreiviertel Jahre" → "4 Jahre 9 Monate"."""

    def join(match: re.Match[str]) -> str:
        word = fold(match.group("whole"))
        whole = 1.0 if word in ("ein", "eins") else number_value(word)  # "ein einhalb Jahre"
        if whole is None or whole != int(whole):
            return match.group()
        months = vocab.fractions[_folded(match.group("part"))]
        if word in ("ein", "eins") and months != 6:
            return match.group()  # "ein dreiviertel Jahr" is nine months, see `_year_fractions`
        unit = match.group("unit") or ""
        if months == 6:
            return f"{int(whole)},5" + (f" {unit}" if unit else "")
        return f"{int(whole)} Jahre {months} Monate"

    def months(match: re.Match[str]) -> str:
        return f"{vocab.year_fractions[_folded(match.group('part'))]} Monate"

    return vocab.year_fraction.sub(months, vocab.fraction.sub(join, text))


def _kind(phrase: str, names: SpokenNames | None) -> str | None:
    """What a value phrase is: "number", "place" or None."""
    words = re.findall(rf"\d{{1,2}}(?:,5)?|{_WORD}", phrase)
    head = words[0] if words else ""
    if fold(head) in ("in", "nach", "aus") and len(words) > 1:
        return "place" if names and names.is_place(words[1]) else None
    if number_value(head) is not None:
        return "number"
    return "place" if names and len(words) == 1 and names.is_place(head) else None


def _corrections(text: str, vocab: _Vocabulary, names: SpokenNames | None) -> str:
    """Keep the corrected value: "fünfzehn nein sechzehn" → "sechzehn"."""
    for _ in range(3):  # a speaker rarely corrects a correction more than twice
        for match in vocab.correction.finditer(text):
            if (grade := _grade_corrected(match, vocab)) is not None:
                text = text[: match.start()] + grade
                break
            kind = _kind(match.group("old"), names)
            if kind is not None and kind == _kind(match.group("new"), names):
                text = text[: match.start()] + text[match.end() :]
                break
        else:
            break
    return _far_corrections(text, vocab)


def _grade_corrected(match: re.Match[str], vocab: _Vocabulary) -> str | None:
    """The rest of the text from a corrected school year on, or None when the match corrects no
    school year: "aus der zweiten Klasse nein Moment vierten Klasse" → "aus der vierten Klasse",
    "dritte Klasse, nein, zweite, also sieben" → "zweite Klasse, also sieben". The taken-back
    year must be said as one (its class noun, or "aus der" before its ordinal: "am 2. nein 3."
    is a date); the new one keeps what it leaves out of the old ("vierten" → "vierten Klasse")."""
    old = vocab.grade.fullmatch(match.group("old"))
    said_as_year = old and (old.group("noun") or (old.group("prefix") and not old.group(
        "ordinal")[0].isdigit()))  # fmt: skip
    if not old or not said_as_year:
        return None
    new = vocab.grade.match(match.string, match.end())
    if not new or (new.group("ordinal")[0].isdigit() and not new.group("noun")):
        return None
    said = (new.group("prefix") or old.group("prefix") or "") + new.group("ordinal")
    noun = new.group("noun") or old.group("noun")
    return said + (f" {noun}" if noun else "") + match.string[new.end() :]


# a unit after the new number that no age in years has: it counts something else
_OTHER_UNIT = re.compile(r"\s*(?:monate?n?|mon\b|wochen?|wo\b|tage?n?|uhr|mal|euro|eur\b|stunden?"
                         r"|std\b|minuten?|min\b|prozent|%|kg|km|months?|weeks?|days?|hours?)",
                         re.I)


def _far_corrections(text: str, vocab: _Vocabulary) -> str:
    """Keep the corrected number when a few words stand between it and the taken-back one:
    "achtzehnjährige mit Depression nein stopp neunzehn" → "neunzehnjährige mit Depression".
    Only a strong marker ("stopp", "sorry", "Korrektur") is trusted at that distance."""
    if not vocab.strong.search(text):
        return text
    # tried at every word: a match from an earlier word ("Mädchen achtzehnjährige …") that is
    # no number must not hide the one that is
    for word in re.finditer(r"[^\W_]+", text):
        match = vocab.far_correction.match(text, word.start())
        if not match:
            continue
        old, new = match.group("old"), match.group("new")
        if (number_value(old) is None or number_value(new) is None
                or not vocab.strong.search(match.group("marker"))
                or any(number_value(w) is not None for w in match.group("between").split())
                or _OTHER_UNIT.match(text, match.end())):  # "… stopp 3 Wochen schon": a span
            continue
        return (text[: match.start("old")] + new + (match.group("suffix") or "")
                + match.group("between") + text[match.end() :])  # fmt: skip
    return text


def _spellings(word: str) -> set[str]:
    """A folded word in every way it may be typed: "aeh" as "äh" too, "schraegstrich" as
    "schrägstrich"."""
    spellings = {word}
    for folded, letter in (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß")):
        spellings |= {s.replace(folded, letter) for s in spellings}
    return spellings


_TOKENS = re.compile(r"[^\W\d_]+")
_PREFIXES = ("zwo", "viertel", "dreiviertel")  # "zwote", "Vierteljahres"


def _longest(phrase: str) -> str:
    """The word of a phrase a message must hold for the phrase to be there (the rarest)."""
    return max(phrase.split(), key=len)


def _spoken(text: str, vocab: _Vocabulary) -> bool:
    """Whether a message may hold anything dictated: one of the words, a number variant
    ("zwote"), or single letters in a row — a set look-up a word, no pattern over the text."""
    words = _TOKENS.findall(text.lower())
    if not vocab.gate.isdisjoint(words) or any(w.startswith(_PREFIXES) for w in words):
        return True
    return any(len(a) == len(b) == len(c) == 1 for a, b, c in zip(words, words[1:], words[2:]))  # noqa: B905


def undictate(text: str, names: SpokenNames | None = None) -> str:
    """Return `text` as it would have been written; written text comes back as it is.

    `names` (the gazetteer's names by sound) joins split and misheard place names; without
    it, only punctuation, hesitations, fractions and corrections of numbers are rewritten."""
    vocab = _vocabulary()
    text = spoken_paragraphs(text)  # "acht Punkt a" is § 8a before "Punkt" can be a full stop
    for _ in range(3):  # a rewrite may leave a new spoken form: "Punkt 3 nein drei" → "Punkt drei"
        if not _spoken(text, vocab):
            break
        written = _written(text, vocab, names)
        if written == text:
            break
        text = written
    return names.join(text) if names is not None else text


def _written(text: str, vocab: _Vocabulary, names: SpokenNames | None) -> str:
    """One pass of every rewrite of spoken text, in the order in which they depend on each other."""
    text = vocab.fillers.sub("", text)
    text = _punctuate(text, vocab)
    text = vocab.variant.sub(lambda m: vocab.variants[fold(m.group("variant"))], text)
    text = _SPELLED.sub(lambda m: m.group().replace(" ", "").upper(), text)
    text = _fractions(text, vocab)
    text = _ZERO.sub("0", text)
    text = _corrections(text, vocab, names)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


__all__ = ["SpokenNames", "number_value", "undictate"]
