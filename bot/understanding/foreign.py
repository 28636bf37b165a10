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
from collections.abc import Mapping
from functools import cache

from bot.understanding.age_unit_ranges import foreign_ranges
from bot.understanding.foreign_after_unit import add_tens, join_years_and_months
from bot.understanding.foreign_after_unit import warm as warm_after_unit
from bot.understanding.foreign_apostrophes import drop_turkish_suffixes
from bot.understanding.foreign_bare import read_bare
from bot.understanding.foreign_birthday import birthdays
from bot.understanding.foreign_compounds import in_german_compound
from bot.understanding.foreign_english import germanise_spans
from bot.understanding.foreign_hangul import segment as segment_hangul
from bot.understanding.foreign_hanzi import segment
from bot.understanding.foreign_hebrew import hebrew_letters
from bot.understanding.foreign_kana import is_japanese
from bot.understanding.foreign_kana import segment as segment_kana
from bot.understanding.foreign_khmer import segment as segment_khmer
from bot.understanding.foreign_lao import segment as segment_lao
from bot.understanding.foreign_myanmar import segment as segment_myanmar
from bot.understanding.foreign_rules import (
    DIGIT,
    KEY,
    NUMBER,
    WORD,
    Rule,
    Vocabulary,
    fold_foreign,
    vocabulary,
)
from bot.understanding.foreign_scripts import (
    DATA,
    ascii_digits,
    chuvash_letters,
    palochka,
    transliterate_names,
    unarabizi,
)
from bot.understanding.foreign_scripts import (
    data as _data,
)
from bot.understanding.foreign_spans import range_joiner, spans_after, spans_before
from bot.understanding.foreign_syriac import syriac_letters
from bot.understanding.foreign_thai import segment as segment_thai
from bot.understanding.foreign_tifinagh import tifinagh_marks
from bot.understanding.foreign_typos import one_swap, repair_swaps, section_words, table_words

# Arabic short vowels, shadda, sukun, dagger alif and tatweel: optional marks nobody types twice
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")
# Arabic proclitics: and, so, with, for, as, the; longest first
_ARABIC_PREFIXES = sorted(
    {c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك") for a in ("", "ال")}
    | {"لل", "ولل", "فلل"},
    key=len,
    reverse=True,
)[:-1]  # not the empty prefix
# combining marks of Latin, Greek and Cyrillic letters (not the vowel signs of Indic scripts)
_LATIN_MARKS = re.compile(r"[\u0300-\u036f]")
_SPACES = re.compile(r"[ \t]{2,}")
_NUMERAL = re.compile(NUMBER)


def _number(text: str, numbers: Mapping[str, float]) -> str:
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
        for word, german in {**section.get("units", {}), **section.get("spelt_units", {}),
                             **section.get("units_first", {}),
                             **section.get("spelt_units_first", {})}.items():
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


def _kept(output: str, match: re.Match[str], original: str) -> str:
    """The words of `keep_…` slots written back as typed: Vietnamese "Hebamme nói tiếng Việt"
    puts the speaker before its verb without a relative pronoun, so the wish rule matches from
    the noun ("{keep_staff} {speak} {lang}") and must give the noun back ("Hebamme auf
    Vietnamesisch") for the needs it names."""
    for name, text in match.groupdict().items():
        if name.startswith("keep_") and text is not None:
            start, end = match.span(name)
            output = output.replace("{" + name + "}", original[start:end])
    return output


def _plus_half(number: str) -> str:
    """A number and a half word ("3 buçuk", "3 ونص", "3 с половиной") → "3,5"."""
    if not number.isdigit():
        return number
    return f"{number},5"


def _replacement(rule: Rule, match: re.Match[str], original: str, vocab: Vocabulary) -> str:
    if rule.kind == "filler":
        return " "
    if rule.kind == "word":
        return rule.output
    if rule.kind == "wish":
        lang = match.groupdict().get("lang")
        names = vocab.languages_of(rule.language)
        german = names.get(re.sub(r"[\s\-]+", " ", lang), lang) if lang else ""
        return _kept(rule.output.replace("{lang}", german), match, original)
    numbers = vocab.numbers_of(rule.language)
    start, end = match.span("n")
    number = _number(original[start:end], numbers)
    if match.groupdict().get("mid"):  # "aged 3, 8 and 14": the list as German writes it
        number = ", ".join([number, *re.findall(r"\d+(?:[.,]5)?", match.group("mid"))])
    if match.groupdict().get("m"):
        start, end = match.span("m")
        joiner = range_joiner(rule.language, original[match.end("n") : start])  # "til": "bis"
        number = f"{number} {joiner} {_number(original[start:end], numbers)}"
    if rule.kind == "counted":  # "meid van veertien": the noun's German word, then the number
        return f"{rule.output} {number}"
    if match.groupdict().get("tail"):  # Welsh "tair blwydd ar ddeg": 13 years
        number = add_tens(rule.language, number, fold_foreign(match.group("tail")))
    if match.groupdict().get("half") or match.groupdict().get("half2"):
        number = _plus_half(number)
    if match.groupdict().get("h"):  # "ochd mìosan, no naoi": two guesses, "8 oder 9 Monate"
        return _hedged(rule, match, original, number, numbers)
    if match.groupdict().get("between") is not None:  # "kaç yaşında? – 'yedi'": the answer
        start, end = match.span("between")
        return f"wie alt{original[start:end]}{_with_unit(number, 'Jahre')}"
    unit = rule.output
    if not unit and not match.groupdict().get("unit"):
        return number
    if match.groupdict().get("unit"):
        unit = _unit_german(re.sub(r"[\s\-]+", " ", match.group("unit")))
        if unit in _ORDINAL and match.string.startswith(".", match.end("n")) and (
                match.group("n")[-1:].isdigit() or match.end("n") < match.start("unit")):
            unit = _ORDINAL[unit]  # "30. hét", "wiki 30.": the week or month of a pregnancy;
            # a number word after its unit ends a sentence there ("mtoto ni wiki mbili.")
    if unit == "Klasse" and re.match(r"\.?\s*\d", match.string[match.end() :]) and (
            not match.string.startswith(".", match.end("n"))):  # fmt: skip
        return f"{number} {unit}"  # "Schülerin 12 Klasse 6": the class has its own number
    return _with_unit(number, unit)


def _hedged(rule: Rule, match: re.Match[str], original: str, number: str,
            numbers: Mapping[str, float]) -> str:
    """A writer's two guesses at one age, the second after the first one's unit ("aon bhliadhna
    deug no dà bhliadhna dheug"), written as German reads their span: "11 oder 12 Jahre"."""
    start, end = match.span("h")
    second = _number(original[start:end], numbers)
    found = match.groupdict()
    if found.get("tail2"):
        second = add_tens(rule.language, second, fold_foreign(found["tail2"]))
    unit = _unit_german(re.sub(r"[\s\-]+", " ", match.group("unit")))
    if found.get("unit2") and _unit_german(re.sub(r"[\s\-]+", " ", found["unit2"])) != unit:
        return f"{_with_unit(number, unit)} oder {second}"  # "11 Monate oder 1 Jahr": no span
    return _with_unit(f"{number} oder {second}", unit)


# an ordinal dot turns weeks or months into the one week or month they count to
_ORDINAL = {"Wochen": "Woche.", "Monate": "Monat."}


def _with_unit(number: str, unit: str) -> str:
    if unit == "Woche.":
        return f"{number}. Woche"
    if unit == "Klasse":
        return f"{number}. Klasse"
    if unit == "Monat.":
        return f"{number}. Monat" if number not in ("0", "1") else f"{number} Monat"
    return f"{number} {unit}"


def _accented(text: str, rule: Rule, found: re.Match[str]) -> bool:
    """Whether the text has the marks of an `accented` rule where the fold dropped them:
    Hungarian "bába" (midwife) is no Turkish "baba" (father), Turkish "kız" (girl) no "KiZ"."""
    typed = text[found.start() : found.end()].replace("İ", "i").lower()
    return " ".join(typed.split()).startswith(rule.exact)


_NAME_AFTER = re.compile(r"\s+[^\W\d_]")


def _before_name(text: str, found: re.Match[str]) -> bool:
    """Whether a `before_names` word is typed in lower case and a capitalised word follows:
    Indonesian "dari Surabaya" (from); never the language in "Dari-Dolmetscher", "spricht dari"."""
    after = _NAME_AFTER.match(text, found.end())
    typed = text[found.start() : found.end()]
    return typed.islower() and after is not None and after.group()[-1].isupper()


def _match(key: str, at: int, vocab: Vocabulary, text: str) -> tuple[Rule, re.Match[str]] | None:
    token = key[at : at + KEY]
    head = WORD.match(token).group()
    lettered = not token[0].isdigit()  # no number can match here, only a word
    if lettered:
        keys: tuple[str, ...] = (head,)
    elif head.isdigit():
        keys = (DIGIT,)
    else:  # Arabizi writes letters as digits ("3omro", "7amel"): its words first, then a number
        keys = (head, DIGIT)
    for index_key in keys:
        if index_key not in vocab.rules or (
                # a word's first letter: only a rule that opens as the text there does may match
                lettered and not key.startswith(vocab.opening(index_key), at)
        ) or not vocab.screen(index_key).match(key, at):
            continue  # none of the key's rules matches here: no need to try them one by one
        best: tuple[Rule, re.Match[str]] | None = None
        for rule in vocab.rules[index_key]:
            if best is not None and rule.kind != best[0].kind:
                break  # rules come by kind (ages first): only the same kind competes
            found = rule.pattern.match(key, at)
            if found and rule.exact and not _accented(text, rule, found):
                continue
            if found and rule.before_name and not _before_name(text, found):
                continue
            # of one kind the longest phrase wins across languages: English "can't afford" over
            # the Vietnamese "cần" a phone without marks types as "can"; of two as long, one
            # its marks confirm
            if found and (best is None or found.end() > best[1].end() or (
                    found.end() == best[1].end() and rule.exact and not best[0].exact)):
                best = rule, found
        if best is not None:
            return best
    return None


def _rewrite(text: str, key: str, at: int, vocab: Vocabulary) -> tuple[int, int, str] | None:
    """The span and German text of the rule matching at `at`, else None.

    Arabic writes "and", "with", "for" and the article onto the next word ("وطفل", "بالمدرسة"):
    when the whole word matches no rule, the word after such a prefix is tried, and the prefix
    is kept apart from the German word.
    """
    hit = _match(key, at, vocab, text)
    if hit is None and "\u0600" <= key[at] <= "\u06ff":
        for prefix in _ARABIC_PREFIXES:
            after = at + len(prefix)
            if not key.startswith(prefix, at) or not WORD.match(key, after):
                continue
            hit = _match(key, after, vocab, text)
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
    text: str, key: str, span: tuple[int, int], vocab: Vocabulary
) -> tuple[int, int, str] | None:
    """A number before a foreign unit with two letters swapped ("8 hatfalık", "8 мсеяцев"), the
    commonest typo on a phone: without it the number would be read as years."""
    start, end = span
    found = _NEXT_WORD.match(key, end)
    if found is None:
        return None
    typed = found.group(1)
    unit = _unit_anagrams().get("".join(sorted(typed)))
    # the same letters are not enough: "13 seems" is no "13 meses", only one swap is a typo
    if unit is None or not any(
        len(word) == len(typed) and one_swap(typed, word) for word in _unit_table()
    ):
        return None
    return start, found.end(), _with_unit(_number(text[start:end], vocab.numbers), unit)


def germanise(text: str) -> str:
    """Return `text` with foreign fragments rewritten in German; German text comes back as is."""
    text = spans_before(germanise_spans(birthdays(text)))  # "fez treze mês passado": 13 years
    ascii_only = text.isascii()
    if not ascii_only:  # one form of Indic letters with a nukta ("ड़", "য়"), as the rules are;
        # a Latin mark no letter composes with (Yoruba "mẹ́rin": ẹ and an acute) is dropped
        text = unicodedata.normalize("NFC", text)
        text = hebrew_letters(_ARABIC_MARKS.sub("", ascii_digits(_LATIN_MARKS.sub("", text))))
        text = syriac_letters(text)  # "ܕܫܸܒܥܵܐ": points dropped, "ܕ" (of) apart from the number
        text = palochka(text)  # "к1ант", "йо1": the Chechen letter, no digit for any reader
        text = tifinagh_marks(chuvash_letters(text))  # "ывăл" in look-alikes; "ⵉⵙⴳⴳⵯⴰⵙⵏ", a mark
        # Chinese and Japanese have no spaces: "孩子七岁" → "孩子 七 岁", "息子は四歳" → "息子 4
        # 歳"; Korean glues particles and units: "아들이 여덟살" → "아들 여덟 살"
        text = segment_kana(text) if is_japanese(text) else segment(text)
        text = segment_thai(segment_hangul(text))  # "ลูกสาวสามขวบ" → "ลูกสาว 3 ขวบ"
        text = segment_lao(segment_myanmar(text))  # "သားခုနစ်နှစ်" → "သား ခုနစ် နှစ်"
        text = segment_khmer(text)  # "កូនអាយុ៤ឆ្នាំ" → "កូន អាយុ 4 ឆ្នាំ"
    text = drop_turkish_suffixes(text)  # "Kamen'de", "Kita'ya"; not Oromo "ji'a" (month)
    vocab = vocabulary()
    rules = vocab.rules
    key = repair_swaps(text.lower() if ascii_only else fold_foreign(text))
    pieces: list[str] = []
    done = 0
    for word in WORD.finditer(key):
        at = word.start()
        if at < done:
            continue
        token = word.group()
        if token[:KEY] not in rules and not token[0].isdigit() and (ascii_only or token < "\u0600"):
            continue  # no rule starts like this word (nor an Arabic proclitic before one)
        # a word no rule of its key opens as, and no Arabic one a proclitic may start: no rule
        # matches here (`_match` tests the same), and the rewrite's calls are spared
        closed = (not token[0].isdigit() and not "\u0600" <= token[0] <= "\u06ff" and (
            token[:KEY] not in rules or not key.startswith(vocab.opening(token[:KEY]), at)))
        found = None if closed else _rewrite(text, key, at, vocab)
        if found is None and (token.isdigit() or token in vocab.numbers):
            found = _misspelt_unit(text, key, word.span(), vocab)
        if found is None:
            continue
        start, end, replacement = found
        if (key[start - 1 : start] == "-" or key[end : end + 1] == "-") and in_german_compound(
                key, start, end, table_words(), section_words(english=True)):
            continue  # "Beta-Blocker": a part of a German compound (rare: tested only then)
        pieces += [text[done:start], replacement]
        done = end
    if pieces:
        pieces.append(text[done:])
        text = _SPACES.sub(" ", "".join(pieces))
    if not ascii_only:
        text = transliterate_names(text)
    text = read_bare(text)  # "Tochter ist አስራ ሁለት", "Baby од месец дана": in a German frame
    if pieces:  # "2 Jahre eleki" → "vor 2 Jahren": a span, no age (`foreign_spans`)
        text = foreign_ranges(join_years_and_months(spans_after(text)))  # "od 8 … do 11 …"
    return unarabizi(text)


def warm() -> None:
    """Read every rule key's screen and the unit tables now, at start.

    Screens are otherwise read when a word first reaches their key: about 3,100 keys and ten
    seconds of CPU in all, much of it spread over the first few hundred requests after a start
    (a German message alone reaches dozens of keys). An earlier process of the same package left
    them in the disk cache (`screen_cache`); the screens are the same either way, so answers do
    not change. The rules themselves compile here too (otherwise when a text first reaches one).
    """
    vocabulary().analyse_all()
    vocabulary().compile_all()
    _unit_anagrams()
    warm_after_unit()


__all__ = ["DATA", "fold_foreign", "germanise", "warm"]
