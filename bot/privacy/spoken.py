"""Personal data as speech-to-text writes it: lowercase, numbers as words, "at" and "punkt".

A dictated message ("mein klient heißt kevin brinkmann … telefon null eins sieben sechs …")
carries the same personal data as a typed one but none of the shapes the typed rules look for:
no capitals, no digits, no "@". This module finds the spoken shapes:

- a run of spoken digits (five or more, four after "telefon"/"handy"/…) is a phone number;
- a spoken day ("dritten", "12.") with a month, or a month with a spoken year, is a date;
- a street ("bahnhofstraße", "kamener straße", "am markt") with a spoken number is an address;
- "<words> at <words> punkt de" is an e-mail address;
- after a word that introduces a person ("heißt", "frau", "herr", "mein klient", "patientin",
  "vater von", …) the next one or two lowercase words are a name unless they are a function word,
  a number or a protected need, age or place word; a listed name right before an age ("emma
  zimmermann fünf jahre") is one too; a name found once is removed everywhere in the message.

Number words are parsed by one pattern (cardinal and ordinal, "einhundertzwölf",
"einundzwanzigsten"), so ages written as words stay unless they sit in one of those shapes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_UNIT = r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)"
_TEEN = r"(?:zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn)"
_TENS = r"(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
_BELOW100 = rf"(?:{_TEEN}|(?:{_UNIT}und)?{_TENS}|{_UNIT}s?|zwo|eins)"
_BELOW1000 = rf"(?:(?:{_UNIT})?hundert(?:und)?(?:{_BELOW100})?|{_BELOW100})"
NUMBER_WORD = rf"(?:(?:{_BELOW1000})?tausend(?:und)?(?:{_BELOW1000})?|{_BELOW1000})"
_ORDINAL_STEM = (
    rf"(?:erst|zweit|dritt|viert|fünft|sechst|siebt|sieb(?:en)?t|acht|neunt|zehnt|elft|zwölft|"
    rf"{_TEEN}t|(?:{_UNIT}und)?{_TENS}st)"
)
ORDINAL = rf"(?:{_ORDINAL_STEM}(?:e|er|en|em|es)?)"
_DIGIT = r"(?:null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun)"
_MONTH = (
    r"(?:januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|"
    r"november|dezember)"
)
_YEAR = rf"(?:(?:zweitausend|neunzehnhundert)(?:und)?(?:{_BELOW100})?|\d{{4}})"

SPOKEN_PHONE = re.compile(rf"(?<!\w){_DIGIT}(?:[\s,-]+{_DIGIT}){{4,}}(?!\w)", re.I)
_PHONE_INTRO = re.compile(
    rf"(?P<intro>\b(?:telefon(?:nummer)?|handy(?:nummer)?|rufnummer|nummer|festnetz|mobil|"
    rf"rückruf(?:\s+unter)?|erreichbar\s+unter|unter)\s+)(?P<number>{_DIGIT}(?:\s+{_DIGIT}){{3,}})"
    r"(?!\w)",
    re.I,
)
SPOKEN_DATE = re.compile(
    rf"(?<!\w)(?:(?:{ORDINAL}|\d{{1,2}}\.?)\s+{_MONTH}(?:\s+{_YEAR})?|{_MONTH}\s+{_YEAR})(?!\w)",
    re.I,
)
_STREET = (
    r"(?:[\wäöüß-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|pfad|kamp|wall)"
    r"|(?:am|an der|auf dem|im|zum|zur)\s+(?:markt|[\wäöüß-]+(?:straße|weg|ring|platz|hof)))"
)
SPOKEN_ADDRESS = re.compile(
    rf"(?<!\w)(?:[a-zäöü][\wäöüß-]*er\s+(?:straße|weg|allee|platz|ring)|{_STREET})"
    rf"\s+(?:{NUMBER_WORD}|\d{{1,4}})(?:\s?[a-h])?(?!\w)"
    r"(?!\s*(?:jahre|jahren|jährige|monate|wochen|tage|stunden|j\.|km|uhr|kinder|plätze|mal)\b)",
    re.I,
)
_STREET_HINT = re.compile(
    r"stra(?:ß|ss)e|str\.|weg|allee|platz|gasse|ring|damm|ufer|pfad|kamp|wall|markt|hof", re.I
)
_MAIL_STOP = r"(?:mail|e-mail|email|an|unter|ist|die|der|das|und|adresse|lautet|per)"
SPOKEN_EMAIL = re.compile(
    rf"(?<!\w)(?:(?!{_MAIL_STOP}\b)[\wäöüß-]+(?:\s+punkt)?\s+){{0,2}}(?!{_MAIL_STOP}\b)[\wäöüß-]+"
    r"\s+(?:at|ät|et)\s+[\wäöüß-]+(?:\s+[\wäöüß-]+)?(?:\s+punkt\s+[\wäöüß-]+)*"
    r"\s+punkt\s+(?:de|com|net|org|eu|info)(?!\w)",
    re.I,
)

_STRONG = frozenset({"heißt", "heisst", "frau", "herr", "herrn", "familie", "namens", "genannt"})
_ONE_WORD = frozenset({"frau", "herr", "herrn", "familie"})  # a family name follows
_RELATIVES = frozenset({"vater", "mutter", "eltern", "mama", "papa", "oma", "opa", "tante",
                        "onkel", "bruder", "schwester"})  # fmt: skip
_WEAK = frozenset({
    "kind", "sohn", "tochter", "junge", "mädchen", "baby", "patient", "patientin", "klient",
    "klientin", "schüler", "schülerin", "jugendliche", "jugendlicher", "enkel", "enkelin",
    "pflegekind", "säugling", "neffe", "nichte", "mama", "mutter", "vater", "papa",
})  # fmt: skip
# Function words, pronouns and the verbs of a request: never a name after an introducing word.
COMMON = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "und",
        "oder",
        "aber",
        "auch",
        "noch",
        "schon",
        "nur",
        "ist",
        "sind",
        "war",
        "waren",
        "wird",
        "werden",
        "wurde",
        "hat",
        "haben",
        "hatte",
        "hätte",
        "kann",
        "können",
        "muss",
        "soll",
        "will",
        "möchte",
        "braucht",
        "brauchen",
        "sucht",
        "suchen",
        "ruft",
        "rufen",
        "wohnt",
        "wohnen",
        "lebt",
        "leben",
        "spricht",
        "sprechen",
        "geht",
        "kommt",
        "macht",
        "hatte",
        "selbst",
        "erst",
        "sehr",
        "total",
        "kaum",
        "nicht",
        "kein",
        "keine",
        "mit",
        "ohne",
        "von",
        "aus",
        "in",
        "im",
        "am",
        "an",
        "auf",
        "bei",
        "zu",
        "zum",
        "zur",
        "für",
        "über",
        "unter",
        "nach",
        "vor",
        "seit",
        "bis",
        "um",
        "als",
        "wie",
        "wo",
        "was",
        "wer",
        "wenn",
        "dass",
        "weil",
        "ob",
        "ich",
        "du",
        "er",
        "sie",
        "es",
        "wir",
        "ihr",
        "mein",
        "meine",
        "meinen",
        "meiner",
        "ihr",
        "ihre",
        "ihren",
        "sein",
        "seine",
        "seinen",
        "unser",
        "unsere",
        "dessen",
        "deren",
        "hier",
        "da",
        "dort",
        "jetzt",
        "heute",
        "gerade",
        "bitte",
        "danke",
        "hallo",
        "telefon",
        "handy",
        "mail",
        "nummer",
        "geboren",
        "alleinerziehend",
        "alleinerziehende",
        "schwanger",
        "allein",
        "neu",
        "alt",
        "jahre",
        "jahr",
        "monate",
        "monat",
        "wochen",
        "woche",
        "tage",
        "klasse",
        "gibt",
        "gäbe",
        "hätten",
        "wäre",
        "sich",
        "ihm",
        "ihn",
        "ihnen",
        "uns",
        "euch",
        "mir",
        "mich",
        "dir",
        "dich",
        "doktor",
        "dr",
        "professor",
        "fragt",
        "fragen",
        "sagt",
        "sagen",
        "meint",
        "meldet",
        "melden",
        "schreibt",
        "hofft",
        "weiß",
        "kennt",
        "findet",
        "bekommt",
        "bekam",
        "erzählt",
        "berichtet",
        "möchten",
        "wollen",
        "darf",
        "dürfen",
        "soll",
        "sollte",
        "müsste",
        "könnte",
        "schläft",
        "weint",
        "isst",
        "trinkt",
        "schreit",
        "zockt",
        "kifft",
        "lernt",
        "arbeitet",
        "versteht",
        "bräuchte",
        "benötigt",
    ]
)
# Particles and adverbs a dictated sentence is full of; the fillers may also stand between an
# introducing word and the name ("sie heißt also yilmaz", "frau äh kowalski").
_FILLERS = frozenset({"also", "äh", "ähm", "öhm", "ehm", "halt", "ja", "quasi", "so"})
_PARTICLES = frozenset({
    "nein", "eben", "mal", "doch", "denn", "dann", "nun", "gleich", "bald", "etwa", "ganz", "gar",
    "einfach", "wirklich", "vielleicht", "eigentlich", "leider", "momentan", "derzeit", "aktuell",
    "zurzeit", "sowie", "bzw", "usw", "etc", "immer", "oft", "manchmal", "wieder", "wohl", "eher",
    "später", "früher", "zuerst", "danach", "deshalb", "trotzdem", "außerdem",
})  # fmt: skip
COMMON = COMMON | _FILLERS | _PARTICLES
_FOLLOWS_NAME = re.compile(r"\s+(?:der|die)?\s*(?:ist|wird|hat|war)\b", re.I)
_AGED = re.compile(rf"\s+(?:{NUMBER_WORD}|\d{{1,2}})\s+(?:jahre|jahren|monate|wochen)\b", re.I)
_WORD = re.compile(r"[^\W\d_][^\W\d_]*(?:['’-][^\W\d_]+)*")
_NUMBER = re.compile(rf"{NUMBER_WORD}|{ORDINAL}", re.I)


def redact_spoken(text: str, is_listed: Callable[[str], bool],
                  is_protected: Callable[[str], bool]) -> str:  # fmt: skip
    """Remove dictated e-mails, dates, phones, addresses and lowercase names from `text`."""
    if "punkt" in text:  # what every spoken e-mail has: skip the scan otherwise
        text = SPOKEN_EMAIL.sub("[E-Mail]", text)
    text = SPOKEN_DATE.sub("[Datum]", text)
    text = _PHONE_INTRO.sub(lambda m: m.group("intro") + "[Telefon]", text)
    text = SPOKEN_PHONE.sub("[Telefon]", text)
    if _STREET_HINT.search(text):
        text = SPOKEN_ADDRESS.sub("[Adresse]", text)
    return _lowercase_names(text, is_listed, is_protected)


def _plain(word: str, is_protected: Callable[[str], bool]) -> bool:
    """A lowercase word that may be a name: no function word, number or protected word."""
    lower = word.lower()
    return (
        word[:1].islower()
        and lower not in COMMON
        and lower not in _STRONG
        and lower not in _WEAK
        and _NUMBER.fullmatch(lower) is None
        and not is_protected(word)
    )


def _lowercase_names(text: str, is_listed: Callable[[str], bool],
                     is_protected: Callable[[str], bool]) -> str:  # fmt: skip
    words = list(_WORD.finditer(text))
    names: set[str] = set()
    for i, intro in enumerate(words):
        key = intro.group(0).lower()
        if not intro.group(0)[0].islower():  # typed text: its names are capitalised
            continue
        previous = words[i - 1].group(0).lower() if i else ""
        strong = key in _STRONG or (key == "von" and previous in _RELATIVES)
        if not strong and key not in _WEAK:
            continue
        nxt = i + 1
        while nxt < len(words) - 1 and words[nxt].group(0).lower() in _FILLERS and nxt - i <= 2:
            nxt += 1  # "heißt also yilmaz", "frau äh kowalski"
        if nxt >= len(words) or text[words[nxt - 1].end() : words[nxt].start()].strip(" ,:"):
            continue
        i = nxt - 1
        first = words[i + 1]
        token = first.group(0)
        if not _plain(token, is_protected):
            continue
        follows = _FOLLOWS_NAME.match(text, first.end()) is not None
        if not (strong or is_listed(token) or follows):
            continue
        names.add(token)
        if i + 2 >= len(words) or text[first.end() : words[i + 2].start()] != " ":
            continue
        second = words[i + 2].group(0)
        if not _plain(second, is_protected):
            continue
        if is_listed(second) or (key not in _ONE_WORD and (strong or is_listed(token))):
            names.add(second)
    for i, word in enumerate(words):  # "emma zimmermann fünf jahre": listed names before an age
        token = word.group(0)
        if is_listed(token) and _plain(token, is_protected) and _AGED.match(text, word.end()):
            names.add(token)
            if i and is_listed(before := words[i - 1].group(0)) and _plain(before, is_protected):
                names.add(before)
    if not names:
        return text
    pattern = re.compile(r"(?<![\w\[])(?:" + "|".join(map(re.escape, names)) + r")(?![\w\]])")
    return pattern.sub("[Name]", text)
