"""Remove personal data from request texts before anything is stored.

Professionals write about real children ("Leon, 3, Vater trinkt, Tel. 0171 …"). The need, age and
place stay; names, birth dates, phone numbers, e-mail addresses, street addresses, @handles and
links are replaced by a neutral marker.

Names are found three ways: a first-name and family-name list (`bot/data/first_names.txt`), the
word after one that introduces a person ("Frau Yilmaz", "Familie Öztürk", "Kind Leon"), and an
unknown capitalised word directly followed by an age ("Ayaan (4)", "Ayaan, 4 J."). Words that
carry the need or the place — the topic and age vocabulary, every place name, `not_names.txt` —
are protected from the last two rules, so "Kind Sprachförderung" or "Kamen, 4 J." stay readable.
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

from bot.privacy.spoken import redact_spoken
from bot.text import fold
from bot.vocabulary.country_names import country_names
from bot.vocabulary.lexicon import toml_strings

DATA = Path(__file__).resolve().parent.parent / "data"

MARK_NAME = "[Name]"
MARK_DATE = "[Datum]"
MARK_PHONE = "[Telefon]"
MARK_EMAIL = "[E-Mail]"
MARK_ADDRESS = "[Adresse]"
MARK_HANDLE = "[Konto]"
MARK_LINK = "[Link]"

_AT = r"(?:@|\s?\(at\)\s?|\s?\[at\]\s?)"
_DOT = r"(?:\.|\s?\(dot\)\s?|\s?\[dot\]\s?)"
_EMAIL = re.compile(rf"[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[A-Za-z]{{2,}}\b", re.UNICODE)
_LINK = re.compile(
    r"(?:https?://|www\.)\S+|\bt\.me/\S+"
    r"|\b[\w-]+\.(?:de|com|org|net|eu|info|me|ly|io|tk)(?:/\S*)?(?![\w.])",
    re.I,
)
_HANDLE = re.compile(r"(?<![\w@.])@[^\W\d]\w{3,31}")
_MONTHS = (
    r"(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember|Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|"
    r"January|February|March|May|June|July|October|December|Oct|Dec)\.?"
)
# a birth's marks, also "Jahrgang 2019" and English "born in March 2024" (`age_dates` reads them)
_BIRTH = (r"(?:geb\.|geboren(?:\s+(?:am|im))?|Geburtsdatum:?|Geb\.-?Dat(?:um)?\.?:?|D\.?O\.?B\.?:?"
          r"|born(?:\s+(?:on|in))?|Jahrgang|Jg\.|Geburtsjahr:?|\*)")
_DATE = re.compile(
    rf"{_BIRTH}\s*(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.\s?\d{{1,2}}\.?(?:\s?\d{{2,4}})?|\d{{4}}\b(?!-)|"
    r"\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{2,4}\b|\d{1,2}\s?/\s?(?:\d{4}|\d{2})\b|"  # geb. 03/2021
    rf"(?:\d{{1,2}}\.?\s+)?{_MONTHS}(?:\s+\d{{2,4}})?)"  # geb. 3.5., geb. 2019, geboren im Mai
    r"|\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b"  # 03.05.2021, 3.5.21
    r"|\b\d{4}-\d{2}-\d{2}\b"  # 2021-05-03
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b"  # 3/5/2021
    r"|\b(?:0?[1-9]|1[0-2])/(?:19|20)\d\d\b"  # 03/2021
    rf"|\b(?:\d{{1,2}}\.?\s+)?{_MONTHS}\s+\d{{4}}\b",  # 3. Mai 2021, März 2020
    re.I,
)
_PHONE = re.compile(r"(?<![\w/])(?:\+|00)?\(?\d[\d\s/().-]{5,}\d(?!\w)")
_PHONE_CONTEXT = re.compile(
    r"\b(?P<intro>Tel\.?|Telefon(?:nummer)?|Handy(?:nummer)?|Mobil(?:nummer)?|Nummer|Nr\.|"
    r"Rückruf|erreichbar|WhatsApp|Whatsapp|Festnetz)(?P<gap>[:\s]+(?:unter\s+|an\s+)?)"
    r"(?P<number>\+?\d[\d\s/-]{2,}\d)",
)
_STREET_END = (
    r"(?:stra(?:ß|ss)e|str\.|weg|allee|platz|gasse|ring|damm|ufer|pfad|hof|markt|kamp|wall|reihe)"
)
_STREET_WORD = r"(?:Stra(?:ß|ss)e|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Markt|Ufer|Pfad|Reihe)"
_ADDRESS = re.compile(
    rf"\b(?:[A-ZÄÖÜ][\wäöüß-]*{_STREET_END}|[A-ZÄÖÜ][\wäöüß-]+\s+{_STREET_WORD}"
    r"|(?:Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Zum|Zur|Alte[rs]?)"
    r"\s+[A-ZÄÖÜ][\wäöüß-]+)"
    r"\s+\d{1,4}(?:\s?[a-zA-Z]\b)?(?:\s?[-/]\s?\d{1,4})?",
)
# "Lindenkamp 4, 59174 Kamen", "wohnt Auf'm Brink 3": a house number before a postcode or after
# a word that announces an address is an address, whatever the street is called.
_ADDRESS_BEFORE_POSTCODE = re.compile(
    r"(?:[A-ZÄÖÜ][\w'’.-]*\s+){1,3}\d{1,4}\s?[a-zA-Z]?(?=,?\s*\d{5}\b)"
)
_ADDRESS_AFTER_INTRO = re.compile(
    r"(?P<intro>\b(?:wohnt|wohnhaft|Adresse:?|Anschrift:?)\s+(?:in der |im |am |an der |auf dem )?)"
    r"(?:[A-ZÄÖÜ][\w'’.-]*\s+){1,3}\d{1,4}(?:\s?[a-zA-Z]\b)?"
)
_STREET_ALONE = re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]*(?:stra(?:ß|ss)e|str\.|allee|gasse)(?!\w)")
_WORD = re.compile(r"[^\W\d_][^\W\d_]*(?:['’-][^\W\d_]+)*")
# Words that introduce a person. After a strong one, the next capitalised words are a name unless
# protected; after a weak one (telegraphic "Mutter Depression"), only a listed name or a word
# directly followed by an age is.
_STRONG = (
    r"Frau|Herr|Herrn|Fr\.|Hr\.|Familie|Fam\.|Eheleute|Ehepaar|namens|heißt|heisst|genannt|"
    r"Name|Names|Nachname|Vorname|Mrs\.?|Mr\.?|Ms\.?|"
    r"(?:Vater|Mutter|Eltern|Mama|Papa|Oma|Opa|Tante|Onkel|Bruder|Schwester) von"
)
_WEAK = (
    r"Kind|Sohn|Tochter|Junge|Mädchen|Maedchen|Baby|Säugling|Mutter|Vater|Mama|Papa|Schüler|"
    r"Schülerin|Patient|Patientin|Klient|Klientin|Bruder|Schwester|Oma|Opa|Pflegekind|"
    r"Jugendliche|Jugendlicher|Enkel|Enkelin|Neffe|Nichte|Zwillinge|Geschwister|Kinder|Söhne|"
    r"Töchter|Pflegesohn|Pflegetochter|Stiefsohn|Stieftochter"
)
_INTRO = re.compile(
    rf"(?<![\w.])(?P<intro>{_STRONG}|{_WEAK})(?P<sep>:?\s+\(?|:|\s*\()(?P<title>Dr\.\s*)?"
)
# What follows a name rather than a noun: an age, a birth date, a name ("Leon, 3", "Leon (3)",
# "Leon, [Datum]", "Leon ist 3 Jahre").
_AGE_AFTER = re.compile(
    r"\s*(?:,\s*|\(\s*)(?:\d{1,2}\b|\[(?:Datum|Name)\])|\s+(?:ist|wird|wurde)\s+\d{1,2}\b"
)
_INITIAL = re.compile(r"\s+[A-ZÄÖÜ]\.")


def _lines(name: str) -> Iterator[str]:
    path = DATA / name
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


@cache
def first_names() -> frozenset[str]:
    """The name list (first and family names, folded) that catches names without context."""
    return frozenset(fold(n) for n in _lines("first_names.txt"))


def _vocabulary() -> Iterator[str]:
    """Every word the understanding knows as a need, an age or a place."""
    for name in ("topic_lexicon.toml", "lexicon.toml"):
        path = DATA / name
        if path.exists():
            yield from toml_strings(tomllib.loads(path.read_text(encoding="utf-8")))
    for name, columns in (("places.csv", ("name", "aliases")), ("topics.csv", ("label_de",
                          "synonyms_de"))):  # fmt: skip
        path = DATA / "catalogue" / name
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                for row in csv.DictReader(handle):
                    yield from (row.get(column) or "" for column in columns)


@cache
def not_names() -> frozenset[str]:
    """Folded words that are never taken for a name by context (need, age and place words)."""
    words = {fold(w) for w in _lines("not_names.txt")}
    for phrase in _vocabulary():
        words.update(t for t in re.split(r"[^a-z0-9]+", fold(phrase)) if len(t) >= 3)
    # where a family comes from ("aus der Ukraine"), unless a country is also a name ("Jordan")
    names, adjectives = country_names()
    words.update(w for form in (*names, *adjectives) for w in form
                 if len(w) >= 3 and w not in first_names())  # fmt: skip
    return frozenset(words)


# Folding a word is pure and words repeat; the name checks fold every capitalised word.
_fold_word = lru_cache(maxsize=16384)(fold)


def _is_listed(word: str) -> bool:
    names = first_names()
    return _fold_word(word) in names or _fold_word(word.split("-")[0]) in names


def _is_protected(word: str) -> bool:
    words = not_names()
    return _fold_word(word) in words or _fold_word(word.split("-")[0]) in words


def _unknown_capitalised(word: re.Match[str] | None) -> bool:
    """A capitalised word that is neither protected nor an all-caps abbreviation (ADHS)."""
    if word is None or word.start() == 0 or word.string[word.start() - 1] != " ":
        return False
    token = word.group(0)
    return token[0].isupper() and not token.isupper() and not _is_protected(token)


def _names_in_context(text: str) -> str:
    """Redact the capitalised words after a word that introduces a person."""
    out: list[str] = []
    position = 0
    for intro in _INTRO.finditer(text):
        if intro.start() < position:
            continue
        strong = re.fullmatch(_STRONG, intro.group("intro")) is not None
        cursor = intro.end()
        redacted = 0
        for _turn in range(2):  # a first and a family name at most
            word = _WORD.match(text, cursor)
            if word is None or not word.group(0)[0].isupper():
                break
            token = word.group(0)
            aged = _AGE_AFTER.match(text, word.end()) is not None
            if not aged and not strong and not redacted:
                aged = _unknown_capitalised(_WORD.match(text, word.end() + 1))
            if not (_is_listed(token) or (not _is_protected(token) and (strong or aged))):
                break
            out.append(text[position : word.start()] + MARK_NAME)
            position = cursor = word.end()
            redacted += 1
            space = re.match(r" (?=\S)", text[cursor:])
            if space is None:
                break
            cursor += 1
        if redacted and (initial := _INITIAL.match(text, position)):
            out.append(text[position : initial.end()].replace(initial.group(0).strip(), MARK_NAME))
            position = initial.end()
    out.append(text[position:])
    return "".join(out)


def _listed_and_aged_names(text: str) -> str:
    """Redact listed names anywhere, and an unknown capitalised word right before an age."""

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        if not word[0].isupper() or word.isupper():
            return word
        if _is_listed(word):
            return MARK_NAME
        if not _is_protected(word) and _AGE_AFTER.match(text, match.end()):
            return MARK_NAME
        return word

    text = _WORD.sub(replace, text)
    text = _INITIALLED.sub(
        lambda m: m.group(0) if _is_protected(m.group("word")) else f"{MARK_NAME} {MARK_NAME}", text
    )
    return _neighbours(text)


# "Janina K.", "Xenia T.": a capitalised word before an initial is a name.
_INITIALLED = re.compile(rf"(?P<word>(?<![\w-])[A-ZÄÖÜ]{_WORD.pattern[8:]}) [A-ZÄÖÜ]\.(?!\w)")


_NEIGHBOUR = re.compile(
    rf"(?P<after>(?<={re.escape(MARK_NAME)} )(?:und |& )?{_WORD.pattern})"
    rf"|(?P<before>{_WORD.pattern}(?= (?:und |& )?{re.escape(MARK_NAME)}))"
)


def _neighbours(text: str) -> str:
    """A capitalised unknown word beside a name is part of it: "Bartek [Name]", "[Name] Hnatiuk",
    "Dobromir und [Name]"."""

    def replace(match: re.Match[str]) -> str:
        whole = match.group(0)
        word = whole.split()[-1] if match.group("after") else whole
        if not word[0].isupper() or word.isupper() or _is_protected(word) or word == "Name":
            return whole
        return whole[: len(whole) - len(word)] + MARK_NAME

    for _round in range(2):  # "Jaromir Zarębska [Name]" needs two steps
        if MARK_NAME not in text:  # both sides of the pattern need a marker: skip the scan
            break
        text = _NEIGHBOUR.sub(replace, text)
    return text


@lru_cache(maxsize=128)
def redact(text: str) -> str:
    """Return the text with personal data replaced by markers; the need stays readable.

    Remembered for the last few texts: one Telegram update redacts its text up to four times
    (log filter, understanding, stored session, gap row), each ~0.5 ms. The memory holds only
    what the process already holds for the update being answered.
    """
    if "@" in text or "(at)" in text or "[at]" in text:  # what `_AT` needs: skip the scan
        text = _EMAIL.sub(MARK_EMAIL, text)
    text = _LINK.sub(MARK_LINK, text)
    text = _HANDLE.sub(MARK_HANDLE, text)
    text = _DATE.sub(MARK_DATE, text)
    text = _ADDRESS.sub(MARK_ADDRESS, text)
    text = _ADDRESS_BEFORE_POSTCODE.sub(MARK_ADDRESS, text)
    text = _ADDRESS_AFTER_INTRO.sub(lambda m: m.group("intro") + MARK_ADDRESS, text)
    text = _STREET_ALONE.sub(MARK_ADDRESS, text)
    text = _PHONE_CONTEXT.sub(lambda m: f"{m.group('intro')}{m.group('gap')}{MARK_PHONE}", text)
    text = _PHONE.sub(lambda m: m.group(0) if _is_postcode_or_small(m.group(0)) else MARK_PHONE,
                      text)  # fmt: skip
    text = _names_in_context(text)
    text = _listed_and_aged_names(text)
    return redact_spoken(text, _is_listed, _is_protected)


def _is_postcode_or_small(candidate: str) -> bool:
    """Keep postcodes and short numbers (ages, class years): they are not phone numbers."""
    digits = re.sub(r"\D", "", candidate)
    return len(digits) < 7


_MARKER = re.compile(r"\[(?:Name|Datum|Telefon|E-Mail|Adresse|Konto|Link)\]")


def personal_spans(text: str, redacted: str | None = None) -> list[tuple[str, str]]:
    """The (original span, marker) pairs `redact` replaced in `text`, for the log filter.

    The redacted text is the original with some spans swapped for markers, so its literal pieces
    anchor the spans: each span runs from the end of one piece to the next occurrence of the
    following piece (a plain string scan: a compiled pattern per message would fill re's cache).
    """
    redacted = redact(text) if redacted is None else redacted
    markers = _MARKER.findall(redacted)
    if not markers:
        return []
    pieces = _MARKER.split(redacted)
    if not text.startswith(pieces[0]) or not text.endswith(pieces[-1]):
        return []  # a text that already held a marker: nothing reliable to report
    spans: list[tuple[str, str]] = []
    position = len(pieces[0])
    end = len(text) - len(pieces[-1])
    for marker, piece in zip(markers, pieces[1:], strict=True):
        is_last = len(spans) == len(markers) - 1
        stop = end if is_last else text.find(piece, position + 1)
        if stop < position + 1 or stop > end:
            return spans
        spans.append((text[position:stop], marker))
        position = stop + len(piece)
    return spans
