"""Remove personal data from request texts before anything is stored.

Professionals write about real children ("Leon, 3, Vater trinkt, Tel. 0171 …"). The need, age and
place stay; names, birth dates, phone numbers, e-mail addresses, street addresses, @handles and
links are replaced by a neutral marker.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

MARK_NAME = "[Name]"
MARK_DATE = "[Datum]"
MARK_PHONE = "[Telefon]"
MARK_EMAIL = "[E-Mail]"
MARK_ADDRESS = "[Adresse]"
MARK_HANDLE = "[Konto]"
MARK_LINK = "[Link]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:de|com|org|net|eu|info)(?:/\S*)?\b", re.I)
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}\b")
_MONTHS = (
    r"(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\.?"
)
_DATE = re.compile(
    r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b"  # 03.05.2021, 3.5.21
    r"|\b\d{4}-\d{2}-\d{2}\b"  # 2021-05-03
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b"  # 3/5/2021
    rf"|\b\d{{1,2}}\.?\s+{_MONTHS}\s+\d{{4}}\b",  # 3. Mai 2021
    re.I,
)
_PHONE = re.compile(r"(?<![\w/])(?:\+|00)?\d[\d\s/().-]{5,}\d(?!\w)")
_STREET_WORDS = (
    r"(?:stra(?:ß|ss)e|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|pfad|steig|hof|"
    r"markt|berg|feld|kamp|heide|wall)"
)
_ADDRESS = re.compile(
    rf"\b(?:[A-ZÄÖÜ][\wäöüß-]*{_STREET_WORDS}|(?:Am|An der|Auf dem|Im|In der|Zum|Zur)\s+"
    rf"[A-ZÄÖÜ][\wäöüß-]+)\s+\d{{1,4}}(?:\s?[a-zA-Z]\b)?",
)
# A capitalised word right after a word that introduces a person is a name.
_NAME_CONTEXT = re.compile(
    r"\b(?P<intro>Kind|Sohn|Tochter|Junge|Mädchen|Maedchen|Baby|Frau|Herr|Herrn|Fr\.|Hr\.|"
    r"Mutter|Vater|Mama|Papa|Familie|Schüler|Schülerin|Patient|Patientin|namens|heißt|heisst|"
    r"genannt|Name|Names)\s+(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:[- ][A-ZÄÖÜ][a-zäöüß]+)?)"
)


@cache
def first_names() -> frozenset[str]:
    """The first-name list (one name a line) that catches names without context."""
    path = DATA / "first_names.txt"
    if not path.exists():
        return frozenset()
    names = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(n.lower() for n in names if n and not n.startswith("#"))


@cache
def not_names() -> frozenset[str]:
    """Capitalised words that follow an intro word but are no names (Kind Schule …)."""
    path = DATA / "not_names.txt"
    if not path.exists():
        return frozenset()
    words = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w.lower() for w in words if w and not w.startswith("#"))


def _names_in_context(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group("name")
        if name.split()[0].split("-")[0].lower() in not_names():
            return match.group(0)
        return f"{match.group('intro')} {MARK_NAME}"

    return _NAME_CONTEXT.sub(replace, text)


def _listed_names(text: str) -> str:
    names = first_names()
    if not names:
        return text

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        return MARK_NAME if word.lower() in names and word[0].isupper() else word

    return re.sub(r"\b[A-ZÄÖÜ][a-zäöüß]+\b", replace, text)


def redact(text: str) -> str:
    """Return the text with personal data replaced by markers; the need stays readable."""
    text = _EMAIL.sub(MARK_EMAIL, text)
    text = _LINK.sub(MARK_LINK, text)
    text = _HANDLE.sub(MARK_HANDLE, text)
    text = _DATE.sub(MARK_DATE, text)
    text = _ADDRESS.sub(MARK_ADDRESS, text)
    text = _PHONE.sub(lambda m: m.group(0) if _is_postcode_or_small(m.group(0)) else MARK_PHONE,
                      text)  # fmt: skip
    text = _names_in_context(text)
    text = _listed_names(text)
    return text


def _is_postcode_or_small(candidate: str) -> bool:
    """Keep postcodes and short numbers (ages, class years): they are not phone numbers."""
    digits = re.sub(r"\D", "", candidate)
    return len(digits) < 7
