"""Rewrite code-mixed fragments into the German words the rest of understanding knows.

Families and professionals mix languages: "Kızım 5 yaşında, Kita in Kamen'de", "dziecko 2 lata,
coś po polsku?", "ابني عمره ٧ سنوات". Instead of teaching every parser every language, this module
rewrites such fragments first — "Tochter 5 Jahre", "Kind 2 Jahre, coś auf Polnisch?", "Sohn 7
Jahre" — so that ages, language wishes and needs are read by the same German mechanisms. The
vocabulary is data (`bot/data/foreign.toml`, by language); the original text is kept by the caller
for display and redaction.

Matching runs on a folded copy of the text that has exactly the length of the text (lower case,
Latin diacritics and Arabic hamza forms dropped), so every match maps back onto the original
characters. Rules are tried only at word starts and only those whose first word shares the word's
first three letters, which keeps the pass linear and fast.

Before any rule, every Unicode decimal digit becomes its ASCII digit. After the rules, two
repairs: a number before a foreign unit with two letters swapped keeps its unit, and an Arabizi
word no rule knew ("3ayesh") gets letters for its digits, so its "3" is never read as an age.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from bot.understanding.foreign_scripts import (
    DATA,
    ascii_digits,
    transliterate_names,
    unarabizi,
)
from bot.understanding.foreign_scripts import (
    data as _data,
)

KEY = 3  # rules are indexed by the first letters of their first word
_DIGIT = "#"
_SEP = r"[\s\-]+"
_SLOT = re.compile(r"\{(\w+)\}")
_WORD = re.compile(r"\w+")
# Arabic short vowels, shadda, sukun, dagger alif and tatweel: optional marks nobody types twice
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")
# Turkish case suffixes after an apostrophe: "Kamen'de", "Unna'da", "Kita'ya", "Einschulung'dan"
_TURKISH_SUFFIX = re.compile(
    r"(?<=\w)['’](?:[dt][ae]n?|[dt][ae]ki|y?[ae]|n?[ıiuü]n|y?[ıiuü]|l[ae]r\w*)(?!\w)"
)
# Arabic proclitics: and, so, with, for, as, the; longest first
_ARABIC_PREFIXES = sorted(
    {c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك") for a in ("", "ال")}
    | {"لل", "ولل", "فلل"},
    key=len,
    reverse=True,
)[:-1]  # not the empty prefix
_SPACES = re.compile(r"[ \t]{2,}")
_NUMBER = r"\d{1,2}(?:[.,]5)?"
_NUMERAL = re.compile(_NUMBER)


def _fold_char(char: str) -> str:
    special = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك"}
    special.update({"’": "'", "ʼ": "'"})
    if char in special:
        return special[char]
    base = unicodedata.normalize("NFD", char)[0]
    return base if len(base) == 1 else char


@cache
def _fold_table() -> dict[int, str]:
    ranges = [(0x00C0, 0x0250), (0x0400, 0x0530), (0x0600, 0x0700)]
    table = {cp: _fold_char(chr(cp)) for start, end in ranges for cp in range(start, end)}
    table.update({ord("’"): "'", ord("ʼ"): "'"})
    return {cp: out for cp, out in table.items() if out != chr(cp)}


def fold_foreign(text: str) -> str:
    """Return a comparison form of exactly the same length as `text`."""
    return text.replace("İ", "i").lower().translate(_fold_table())


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    kind: str  # "age", "wish", "word" or "filler"
    output: str
    language: str


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    rules: dict[str, tuple[_Rule, ...]]
    numbers: dict[str, float]
    languages: dict[str, str]


def _literal(word: str) -> str:
    folded = fold_foreign(word.strip())
    if folded.endswith("*"):
        return re.escape(folded[:-1]) + r"\w*"
    return _SEP.join(re.escape(part) for part in folded.split())


def _alternatives(words: list[str] | dict[str, Any]) -> str:
    return "|".join(sorted((_literal(w) for w in words), key=len, reverse=True))


def _first_keys(phrase: str, slots: dict[str, list[str]]) -> set[str]:
    """The index keys a phrase can start with: the first letters of its first word."""
    first = phrase.split()[0]
    slot = _SLOT.fullmatch(first)
    words = slots[slot.group(1)] if slot else [first]
    keys: set[str] = set()
    for word in words:
        if word == _DIGIT:
            keys.add(_DIGIT)
            continue
        head = _WORD.match(fold_foreign(word.rstrip("*")))
        if head:
            keys.add(head.group()[:KEY])
    return keys


def _compile_phrase(phrase: str, slots: dict[str, str]) -> str:
    parts = []
    for word in phrase.split():
        # a slot may carry an attached prefix or suffix, as in "по-{lang}"
        pieces = _SLOT.split(word)
        out = []
        for index, piece in enumerate(pieces):
            if index % 2:
                out.append(f"(?P<{piece}>{slots[piece]})" if piece in ("lang", "n") else
                           f"(?:{slots[piece]})")  # fmt: skip
            elif piece:
                out.append(_literal(piece))
        parts.append("".join(out))
    return _SEP.join(parts) + r"(?!\w)"


def _language_rules(
    code: str, data: dict[str, Any], numbers: dict[str, float]
) -> list[tuple[set[str], _Rule]]:
    rules: list[tuple[set[str], _Rule]] = []
    number_words = _alternatives(data.get("numbers", {}))
    number = f"{_NUMBER}|{number_words}" if number_words else _NUMBER
    units = _alternatives(data.get("units", {}))
    halves = _alternatives(data.get("halves", []))
    # "3 buçuk yaşında", "два с половиной года" before the unit; "3 سنين ونص" after it
    half = rf"(?:\s*(?P<half>{halves}))?" if halves else ""
    half_after = rf"(?:\s*(?P<half2>{halves}))?" if halves else ""
    leads = _alternatives(data.get("age_leads", []))
    lead_words = list(data.get("age_leads", []))
    number_starts = [_DIGIT, *data.get("numbers", {})]
    for key, value in data.get("numbers", {}).items():
        numbers[fold_foreign(key)] = float(value)
    conjunctions = _alternatives(data.get("conjunctions", []))
    pair = rf"(?:\s*(?:{conjunctions}|,)\s*(?P<m>{number}))?" if conjunctions else ""
    if units:
        age = rf"(?P<n>{number}){pair}{half}\.?\s*-?\s*(?P<unit>{units}){half_after}(?!\w)"
        keys = _first_keys("{n}", {"n": number_starts})
        rules.append((keys, _Rule(re.compile(age), "age", "", code)))
        if leads:
            lead_keys = _first_keys("{lead}", {"lead": lead_words})
            with_lead = rf"(?:{leads}){_SEP}{age}"
            rules.append((lead_keys, _Rule(re.compile(with_lead), "age", "", code)))
    if leads:
        bare = rf"(?:{leads}){_SEP}(?P<n>{number})(?!\w|[.,]\d)"
        lead_keys = _first_keys("{lead}", {"lead": lead_words})
        rules.append((lead_keys, _Rule(re.compile(bare), "age", "Jahre", code)))
    if conjunctions:  # "çocuklar 6 ve 10", "(4 i 7)": two ages, as German writes them
        both = rf"(?P<n>{_NUMBER})\s+(?:{conjunctions})\s+(?P<m>{_NUMBER})(?!\w|[.,]\d)"
        rules.append(({_DIGIT}, _Rule(re.compile(both), "age", "", code)))
    slot_words: dict[str, list[str]] = {k: list(v) for k, v in data.get("slots", {}).items()}
    slot_words["lang"] = list(data.get("languages", {}))
    slot_patterns = {name: _alternatives(words) for name, words in slot_words.items()}
    for phrase, german in data.get("wishes", {}).items():
        pattern = re.compile(_compile_phrase(phrase, slot_patterns))
        rules.append((_first_keys(phrase, slot_words), _Rule(pattern, "wish", german, code)))
    words = sorted(data.get("words", {}).items(), key=lambda kv: (-len(kv[0].split()), -len(kv[0])))
    for phrase, german in words:
        pattern = re.compile(_literal(phrase) + r"(?!\w)")
        rules.append((_first_keys(phrase, {}), _Rule(pattern, "word", german, code)))
    # a lead without a number ("عمره سنتين") says nothing the age parser needs
    fillers = sorted(
        [*data.get("fillers", []), *lead_words], key=lambda w: (-len(w.split()), -len(w))
    )
    for phrase in fillers:
        pattern = re.compile(_literal(phrase) + r"(?!\w)(?:\s*[,!.،])?")
        rules.append((_first_keys(phrase, {}), _Rule(pattern, "filler", "", code)))
    return rules


@cache
def _vocabulary() -> _Vocabulary:
    data = _data()
    numbers: dict[str, float] = {}
    languages: dict[str, str] = {}
    ordered: list[tuple[int, int, set[str], _Rule]] = []
    priority = {"age": 0, "wish": 1, "word": 2, "filler": 3}
    for code, section in data.items():
        if code == "transliteration":
            continue
        for word, german in section.get("languages", {}).items():
            languages[fold_foreign(word)] = german
        for position, (keys, rule) in enumerate(_language_rules(code, section, numbers)):
            ordered.append((priority[rule.kind], position, keys, rule))
    index: dict[str, list[_Rule]] = defaultdict(list)
    for _kind, _position, keys, rule in sorted(ordered, key=lambda item: item[:2]):
        for key in keys:
            index[key].append(rule)
    return _Vocabulary({k: tuple(v) for k, v in index.items()}, numbers, languages)


def _number(text: str, numbers: dict[str, float]) -> str:
    folded = re.sub(r"[\s\-]+", " ", fold_foreign(text))
    if _NUMERAL.fullmatch(folded):  # not an Arabizi number word: "5amse"
        return text
    value = numbers.get(folded)
    if value is None:
        return text
    return str(int(value)) if value == int(value) else str(value).replace(".", ",")


@cache
def _unit_table() -> dict[str, str]:
    data = _data()
    table: dict[str, str] = {}
    for code, section in data.items():
        if code == "transliteration":
            continue
        for word, german in section.get("units", {}).items():
            table[re.sub(r"\s+", " ", fold_foreign(word))] = german
    return table


def _unit_german(folded: str) -> str:
    table = _unit_table()
    if folded in table:
        return table[folded]
    for word, german in table.items():
        if word.endswith("*") and folded.startswith(word[:-1]):
            return german
    return "Jahre"


def _plus_half(number: str) -> str:
    """A number and a half word ("3 buçuk", "3 ونص", "3 с половиной") → "3,5"."""
    if not number.isdigit():
        return number
    return f"{number},5"


def _replacement(rule: _Rule, match: re.Match[str], original: str, vocab: _Vocabulary) -> str:
    if rule.kind == "filler":
        return " "
    if rule.kind == "word":
        return rule.output
    if rule.kind == "wish":
        lang = match.groupdict().get("lang")
        german = vocab.languages.get(re.sub(r"[\s\-]+", " ", lang), lang) if lang else ""
        return rule.output.replace("{lang}", german)
    start, end = match.span("n")
    number = _number(original[start:end], vocab.numbers)
    if match.groupdict().get("m"):
        start, end = match.span("m")
        number = f"{number} und {_number(original[start:end], vocab.numbers)}"
    if match.groupdict().get("half") or match.groupdict().get("half2"):
        number = _plus_half(number)
    unit = rule.output
    if not unit and not match.groupdict().get("unit"):
        return number
    if match.groupdict().get("unit"):
        unit = _unit_german(re.sub(r"[\s\-]+", " ", match.group("unit")))
    return _with_unit(number, unit)


def _with_unit(number: str, unit: str) -> str:
    if unit == "Klasse":
        return f"{number}. Klasse"
    if unit == "Monat.":
        return f"{number}. Monat" if number not in ("0", "1") else f"{number} Monat"
    return f"{number} {unit}"


def _match(key: str, at: int, vocab: _Vocabulary) -> tuple[_Rule, re.Match[str]] | None:
    token = key[at : at + KEY]
    head = _WORD.match(token).group()
    if not token[0].isdigit():
        keys: tuple[str, ...] = (head,)
    elif head.isdigit():
        keys = (_DIGIT,)
    else:  # Arabizi writes letters as digits ("3omro", "7amel"): its words first, then a number
        keys = (head, _DIGIT)
    for index_key in keys:
        for rule in vocab.rules.get(index_key, ()):
            found = rule.pattern.match(key, at)
            if found:
                return rule, found
    return None


def _rewrite(text: str, key: str, at: int, vocab: _Vocabulary) -> tuple[int, int, str] | None:
    """The span and German text of the rule matching at `at`, else None.

    Arabic writes "and", "with", "for" and the article onto the next word ("وطفل", "بالمدرسة"):
    when the whole word matches no rule, the word after such a prefix is tried, and the prefix
    is kept apart from the German word.
    """
    hit = _match(key, at, vocab)
    if hit is None and "\u0600" <= key[at] <= "\u06ff":
        for prefix in _ARABIC_PREFIXES:
            after = at + len(prefix)
            if not key.startswith(prefix, at) or not _WORD.match(key, after):
                continue
            hit = _match(key, after, vocab)
            if hit:
                rule, found = hit
                german = _replacement(rule, found, text, vocab)
                return at, found.end(), f"{text[at:after]} {german}"
        return None
    if hit is None:
        return None
    rule, found = hit
    return found.start(), found.end(), _replacement(rule, found, text, vocab)


_NEXT_WORD = re.compile(r"\s+(\w{4,})(?!\w)")


@cache
def _unit_anagrams() -> dict[str, str]:
    """Foreign units of four letters or more by their sorted letters; a signature two units with
    different German meanings share is left out."""
    table: dict[str, str] = {}
    clash: set[str] = set()
    for word, german in _unit_table().items():
        if len(word) < 4 or not word.isalpha():
            continue
        signature = "".join(sorted(word))
        if table.get(signature, german) != german:
            clash.add(signature)
        table[signature] = german
    return {k: v for k, v in table.items() if k not in clash}


def _misspelt_unit(
    text: str, key: str, span: tuple[int, int], vocab: _Vocabulary
) -> tuple[int, int, str] | None:
    """A number before a foreign unit with two letters swapped ("8 hatfalık", "8 мсеяцев"), the
    commonest typo on a phone: without it the number would be read as years."""
    start, end = span
    found = _NEXT_WORD.match(key, end)
    if found is None:
        return None
    unit = _unit_anagrams().get("".join(sorted(found.group(1))))
    if unit is None:
        return None
    return start, found.end(), _with_unit(_number(text[start:end], vocab.numbers), unit)


def germanise(text: str) -> str:
    """Return `text` with foreign fragments rewritten in German; German text comes back as is."""
    ascii_only = text.isascii()
    if not ascii_only:
        text = _ARABIC_MARKS.sub("", ascii_digits(text))
    text = _TURKISH_SUFFIX.sub("", text)
    vocab = _vocabulary()
    rules = vocab.rules
    key = text.lower() if ascii_only else fold_foreign(text)
    pieces: list[str] = []
    done = 0
    for word in _WORD.finditer(key):
        at = word.start()
        if at < done:
            continue
        token = word.group()
        if token[:KEY] not in rules and not token[0].isdigit() and (ascii_only or token < "\u0600"):
            continue  # no rule starts like this word (nor an Arabic proclitic before one)
        found = _rewrite(text, key, at, vocab)
        if found is None and (token.isdigit() or token in vocab.numbers):
            found = _misspelt_unit(text, key, word.span(), vocab)
        if found is None:
            continue
        start, end, replacement = found
        pieces += [text[done:start], replacement]
        done = end
    if pieces:
        pieces.append(text[done:])
        text = _SPACES.sub(" ", "".join(pieces))
    if not ascii_only:
        text = transliterate_names(text)
    return unarabizi(text)


__all__ = ["DATA", "fold_foreign", "germanise"]
