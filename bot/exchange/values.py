"""Read the values planners type into their lists: costs, access, audience, languages, dates.

Every reader returns the normalised value or raises `ValueProblem` with a German-translatable
reason, so that the import can report each bad cell instead of guessing (ages: ages.py).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from bot.i18n import _
from bot.text import fold
from bot.vocabulary.lexicon import language_lexicon


class ValueProblem(ValueError):
    """A cell could not be read; the message says why, for the import report."""


# --- cost, access, audience ------------------------------------------------------------------

_FREE = re.compile(
    r"^(?:kostenlos|kostenfrei|gebuehrenfrei|frei|gratis|umsonst|free|"
    r"keine kosten|ohne kosten|entgeltfrei|0|0 00|0 euro|0 eur|0 00 euro|"
    r"0 00 eur|kostenlos fuer familien|keine gebuehr|keine gebuehren)$"
)


def normalise_cost(text: str) -> str:
    """Return `kostenlos` for every way of saying free, the planner's text otherwise."""
    value = str(text).strip()
    simple = " ".join(re.findall(r"[a-z0-9]+", fold(value).replace("€", " euro ")))
    return "kostenlos" if _FREE.match(simple) else value


_ACCESS = (
    (
        "offen",
        re.compile(
            r"^(?:offen\w*|ohne anmeldung\b.*|einfach kommen|offene?r? \w+|"
            r"open|drop in|frei zugaenglich|keine anmeldung\b.*|"
            # the answer in a column headed "Anmeldung (erforderlich?)"
            r"nein|nicht (?:erforderlich|noetig|notwendig)|entfaellt|"
            # a yes/no field exported by a database (Access: Wahr/Falsch)
            r"falsch|false|no|0)$"
        ),
    ),
    (
        "ueberweisung",
        re.compile(
            r"(?:ueberweisung|zuweisung|verordnung|rezept|ueber das jugendamt|"
            r"ueber jugendamt|vermittlung|referral|"
            r"^ueber (?:die |den |das |eine |einen )?\w+$)"  # "über die Kita"
        ),
    ),
    (
        "anmeldung",
        re.compile(
            r"(?:anmeldung|termin|vereinbarung|anfrage|anmelden|registration|"
            r"sign up|^(?:ja|erforderlich|notwendig|noetig|erbeten|erwuenscht|"
            r"wahr|true|yes|1|x)$)"
        ),
    ),
)


def normalise_access(text: str) -> str:
    """Map "offen", "mit Anmeldung", "Überweisung nötig" … to offen/anmeldung/ueberweisung."""
    simple = " ".join(re.findall(r"[a-z0-9]+", fold(str(text))))
    if not simple:
        return ""
    for key, pattern in _ACCESS:
        if pattern.search(simple):
            return key
    raise ValueProblem(_("must say offen, Anmeldung or Überweisung"))


_AUDIENCE = {
    "kinder": (
        "kind",
        "kinder",
        "schueler",
        "schuelerinnen",
        "maedchen",
        "jungen",
        "babys",
        "baby",
        "saeugling",
        "kleinkind",
        "kleinkinder",
        "children",
        "grundschulkinder",
    ),
    "jugendliche": (
        "jugendliche",
        "jugend",
        "teenager",
        "teens",
        "junge erwachsene",
        "junge menschen",
        "youth",
        "heranwachsende",
        "junge volljaehrige",
    ),
    "eltern": (
        "eltern",
        "elternteil",
        "muetter",
        "mutter",
        "vaeter",
        "vater",
        "alleinerziehende",
        "erziehungsberechtigte",
        "parents",
        "grosseltern",
        "pflegeeltern",
    ),
    "schwangere": ("schwangere", "werdende eltern", "werdende muetter", "pregnant"),
    "familien": ("familie", "familien", "families", "alle"),
    "fachkraefte": (
        "fachkraefte",
        "fachkraft",
        "fachpersonal",
        "lehrkraefte",
        "lehrer",
        "erzieher",
        "erzieherinnen",
        "professionals",
        "multiplikatoren",
    ),
}
AUDIENCE_LABELS = {
    "kinder": "Kinder",
    "jugendliche": "Jugendliche",
    "eltern": "Eltern",
    "schwangere": "Schwangere",
    "familien": "Familien",
    "fachkraefte": "Fachkräfte",
}


def normalise_audience(text: str) -> tuple[tuple[str, ...], list[str]]:
    """Return the audience keys a cell names and the words that named none."""
    found: list[str] = []
    unknown: list[str] = []
    for part in re.split(r"[;,/\n]|\bund\b|\bsowie\b|&", fold(str(text))):
        words = " ".join(re.findall(r"[a-z]+", part))
        if not words:
            continue
        hit = next((k for k, names in _AUDIENCE.items() if words in names or words == k), None)
        if hit is None:  # "Eltern mit Babys": the first word that names an audience
            hit = next(
                (
                    k
                    for w in words.split()
                    for k, names in _AUDIENCE.items()
                    if w in names or w == k
                ),
                None,
            )
        if hit is None:
            unknown.append(part.strip())
        elif hit not in found:
            found.append(hit)
    return tuple(found), unknown


# --- languages -------------------------------------------------------------------------------

LANGUAGE_NAMES = {
    "de": "Deutsch",
    "tr": "Türkisch",
    "ar": "Arabisch",
    "en": "Englisch",
    "ru": "Russisch",
    "uk": "Ukrainisch",
    "bg": "Bulgarisch",
    "fa": "Farsi",
    "ro": "Rumänisch",
    "ku": "Kurdisch",
    "pl": "Polnisch",
    "ti": "Tigrinya",
    "sq": "Albanisch",
    "sr": "Serbisch",
    "hr": "Kroatisch",
    "bs": "Bosnisch",
    "it": "Italienisch",
    "el": "Griechisch",
    "es": "Spanisch",
    "fr": "Französisch",
    "pt": "Portugiesisch",
    "vi": "Vietnamesisch",
    "so": "Somali",
    "ps": "Paschtu",
    "ur": "Urdu",
}


@cache
def _language_stems() -> tuple[tuple[str, str], ...]:
    stems = {fold(name): code for code, name in LANGUAGE_NAMES.items()}
    stems.update({"deutsch": "de", "german": "de", "dari": "fa", "persisch": "fa"})
    stems.update(language_lexicon()["codes"])
    return tuple(sorted(stems.items(), key=lambda item: -len(item[0])))


def normalise_languages(text: str) -> tuple[str, ...]:
    """Map "Deutsch, Türkisch und Arabisch" (or "de;tr;ar") to ISO 639-1 codes.

    A bilingual list writes each value twice ("Turkish, German / Türkçe, Almanca"): when the
    whole cell does not read, the half that reads in full is taken, so the row is not refused
    for the translation beside it.
    """
    try:
        return _languages(text)
    except ValueProblem:
        halves = str(text).split(" / ")
        for half in halves if len(halves) == 2 else ():
            try:
                return _languages(half)
            except ValueProblem:
                continue
        raise


def _languages(text: str) -> tuple[str, ...]:
    codes: list[str] = []
    for part in re.split(r"[;,/\n+]|\bund\b|\boder\b|&", fold(str(text))):
        word = " ".join(re.findall(r"[a-z]+", re.sub(r"\(.*?\)", " ", part)))
        if not word:
            continue
        code = word if len(word) == 2 and word.isalpha() else None
        if code is None:
            code = next((c for stem, c in _language_stems() if word.startswith(stem)), None)
        if code is None or len(code) != 2:
            raise ValueProblem(
                _(
                    "unknown language '{language}': write its German name or the two-letter code"
                ).format(language=part.strip())
            )
        if code not in codes:
            codes.append(code)
    return tuple(codes)


# --- dates -----------------------------------------------------------------------------------

_MONTHS = {
    "januar": 1,
    "jan": 1,
    "februar": 2,
    "feb": 2,
    "maerz": 3,
    "mrz": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
}


def normalise_date(value: object, today: dt.date | None = None) -> str:
    """Read "31.03.2026", "2026-03-31", "03/2026", "März 2026" or an Excel date into ISO."""
    if value is None or str(value).strip() == "":
        return ""
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        day = _parse_date(fold(str(value)).strip())
    if day > (today or dt.date.today()):
        raise ValueProblem(_("the date lies in the future"))
    return day.isoformat()


def _parse_date(text: str) -> dt.date:
    text = re.sub(r"^(?:stand|geprueft|aktualisiert)\s*:?\s*", "", text)
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?", text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})(?:,?\s+[\d:]+)?",
                             text):  # a database export adds the time: "15.01.2026 00:00:00"
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return dt.date(year, int(m[2]), int(m[1]))
        if m := re.fullmatch(r"(\d{1,2})\s*[/.]\s*(\d{4})", text):
            return dt.date(int(m[2]), int(m[1]), 1)
        if (m := re.fullmatch(r"([a-z]+)\.?\s*(\d{4})", text)) and m[1] in _MONTHS:
            return dt.date(int(m[2]), _MONTHS[m[1]], 1)
        if m := re.fullmatch(r"(\d{4})", text):
            return dt.date(int(m[1]), 1, 1)
    except ValueError:
        pass
    raise ValueProblem(_("expected a date such as 31.03.2026, 2026-03-31 or 03/2026"))


# the town after the postcode, at the end or before a comma: "Hövelstr. 8, 44137 Dortmund",
# "44263 Dortmund-Hörde, Hermannstraße 20", "Münsterstraße 54, 44145 Dortmund (Nordstadt)"
_TOWN_IN_ADDRESS = re.compile(r"\b\d{5}\s+([^\W\d][^,;\n\d·|]*?)\s*(?:[,;\n·|]|$)")


def town_of_address(address: str) -> str:
    """The town of "Kahlertstraße 12, 33330 Gütersloh" (a list without an Ort column)."""
    found = _TOWN_IN_ADDRESS.search(str(address).strip())
    return found[1].strip() if found else ""
