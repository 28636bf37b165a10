"""Number mentions in a request: number words become digits, and numbers that are no age are known.

People write ages as digits, as words ("dreizehnjährige", "zweieinhalb", "eighteen",
"twenty-one"), as ordinals ("aus der vierten Klasse") — and a request is full of numbers that are
no age at all: "Trisomie 21", "U9", "§ 8a", "SGB VIII", "15 Uhr", "8:30", "14.3.", "2019",
"Bahnhofstr. 12", "59425", "3 Geschwister", "2 mal". The age parser works on digits only, and asks
this module which digit runs it must leave alone. Number words are composed by rule (units, teens,
tens, "-undzwanzig", "-einhalb") from the few base words in `bot/data/lexicon.toml`, so that no
compound has to be listed.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from bot.understanding.age_clock import clock_spans
from bot.understanding.age_lasting import length_spans
from bot.understanding.age_living import living_spans
from bot.understanding.age_minutes import minute_spans
from bot.understanding.age_notation import rewrite_fractions, spoken_fractions
from bot.understanding.age_ratings import rating_spans
from bot.understanding.gate import gated
from bot.understanding.number_years import year_words
from bot.understanding.staff_counts import staff_counts
from bot.vocabulary.lexicon import age_vocabulary

# German and English compounds built from the base words: 21 … 29 and twenty-one … twenty-nine.
_TENS = {"zwanzig": 20, "twenty": 20, "dreissig": 30, "thirty": 30}
_UNITS_DE = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fuenf": 5, "sechs": 6, "sieben": 7,
             "acht": 8, "neun": 9}  # fmt: skip
# German number words that speech in the Ruhr, Westphalia and the Rhineland ends with an "-e"
# when they close a phrase ("dreie", "zwölfe", "vierzehne"): composed by rule so no form has to
# be listed. Not "acht" ("ich achte darauf" is a verb) nor those already ending in "e".
_SPOKEN_E = ("zwei", "drei", "vier", "fuenf", "sechs", "sieben", "neun", "zehn", "elf", "zwoelf",
             "dreizehn", "vierzehn", "fuenfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn",
             "fuffzehn")  # fmt: skip
_UNITS_EN = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9}  # fmt: skip
# What may follow a number word inside one token: "dreizehnjährige", "zweijährig", "fünfmal".
_GLUE = r"(?=jaehr|j\b|jahr|monat|woch|woech|taegig|mal\b|[^a-z]|$)"
_ORDINAL_NOUNS = (r"(?:klass|kl\b|schuljahr|jahrgang|jahrgangsstufe|lebensjahr|lebensmonat"
                  r"|ssw|schwangerschaftswoche|monat\b|schwangerschaftsmonat|grade\b"
                  r"|geburtstag|woche\b|lebenswoche)")  # fmt: skip
_MONTHS = (r"(?:januar|februar|maerz|april|mai|juni|juli|august|september|oktober|november"
           r"|dezember|jan|feb|mrz|apr|jun|jul|aug|sept?|okt|nov|dez|january|february|march"
           r"|june|july|october|december)")  # fmt: skip
# a house or room number is never followed by an age range or unit: "Kitaplatz 3-6 Jahre"
_NO_AGE_NEXT = r"(?!\s*(?:(?:-|–|bis)\s*\d{1,2}\s*)?(?:j\b|jahr|monat|woch))"
_STREET = r"(?:str\.?|strasse|weg|allee|platz|gasse|ring|damm|ufer|pfad|chaussee|hof|markt)"
_CHECK_UP = re.compile(r"(\b(?:zur|zum|die|der|bei|beim|nach|vor|keine|letzte|naechste)\s+)?"
                       r"\bu\s+([1-9])\b(?(1)|(?=\s+(?:heute|gestern|morgen|termin|untersuchung"
                       r"|gemacht|war|verpasst|nicht|steht|unauffaellig|auffaellig|ergab|ohne)\b))")
_OCCASIONS = (r"(?:visit|time|admission|referral|appointment|attempt|episode|presentation"
              r"|pregnancy|child|baby|kid|son|daughter|contact|call|report|session|stay|week"
              r"|mal\b|besuch|termin|vorstellung|aufnahme|einweisung|ueberweisung|versuch|anlauf"
              r"|meldung|anruf|kontakt|sitzung|aufenthalt|kind\b|schwangerschaft|geburt|woche\b)")
_COUNT_NOUNS = (
    # a compound that starts like a count is no count unless plural: "Junge 3 Kinderarzt",
    # "Kind 5 Frauenhaus" name a child's age before the next noun, typed without a comma
    r"(?:geschwister(?!kind\b)\w*|kinder(?:\w*(?:er|ern|en|e|n|s))?\b|kids|children|kind\b|termine?n?"
    r"|stunden?|std\b|minuten?|min\b|naechte?|mal\b|x\b|personen\b|leute\b|familien\b"
    r"|schueler\w*|plaetze?n?|euro|eur\b|€|%|prozent|kg\b|km\b|cm\b|m\b|sitzungen\b"
    r"|wochenstunden|zimmer\b|jungs|maedchen|geschwisterkinder|brueder\b|schwestern\b|frauen\b"
    r"|maenner\b|teilnehmer\w*|gruppen?\b|klassen\b"
    r"|tabletten|flaschen|zigaretten|bier|seiten?|punkte?|kitas|schulen|einrichtungen|standorte"
    r"|kurse|angebote|\w*kraefte|mitarbeit\w*|kolleg\w*|erzieher\w*|betten"
    r"|siblings|brothers|sisters|times|visits"
    r"|woerter|worte|words|saetze"  # a late talker's "10 Wörter" is a count, no age
    # how often something happened: "nach 3 Vorfällen", "bei 5 Anfällen", "nach 2 Einsätzen"
    r"|\w*faellen?\b|vorkommniss\w*|einsaetzen?\b|meldungen\b|anzeigen\b|versuchen?\b"
    # "so 10-15 Jugendliche am Bahnhof", "2 Frühchen": how many young people, not how old
    r"|jugendliche\b|jugendlichen\b|teenager\b|teens\b|youths?\b|azubis\b|maedels\b|babys\b"
    r"|fruehchen\b|neugeborene\b|zwillinge\b|drillinge\b"
    # people counted by a comparative: "von 3 Älteren erpresst", "mit 2 Größeren"
    r"|aelteren\b|juengeren\b|groesseren\b|kleineren\b|older\s+ones\b)"
)


@cache
def _number_words() -> dict[str, float]:
    """Return every number word up to 30 as its value, composed from the lexicon's base words."""
    vocab = age_vocabulary()
    words: dict[str, float] = {w: float(v) for w, v in vocab.numbers.items()}
    for tens, ten_value in _TENS.items():
        words[tens] = float(ten_value)
        for unit, value in (_UNITS_DE if tens in ("zwanzig", "dreissig") else {}).items():
            words[f"{unit}und{tens}"] = float(ten_value + value)
        for unit, value in (_UNITS_EN if tens in ("twenty", "thirty") else {}).items():
            words[f"{tens}{unit}"] = float(ten_value + value)
    for word, value in list(words.items()):
        if value < 20 and not word.startswith("ein") and value == int(value):
            words[f"{word}einhalb"] = value + 0.5  # "dreieinhalb", "zwoelfeinhalb"
    for word in _SPOKEN_E:  # Ruhr and Westphalian "is grad dreie", "der is zwölfe", "elfe"
        words.setdefault(f"{word}e", words[word])
    words.update(vocab.fractions)
    return words


def number_word_values() -> dict[str, float]:
    """Every number word up to 30 with its value, for readers that must see a word before the
    rewrite into digits (`age_spelt_count`)."""
    return _number_words()


@cache
def _word_pattern() -> re.Pattern[str]:
    words = sorted(_number_words(), key=len, reverse=True)
    return re.compile(rf"(?<![a-z])(?P<w>{'|'.join(map(re.escape, words))}){_GLUE}")


@cache
def _ordinals() -> dict[str, int]:
    """Return ordinal stems up to 49: the lexicon's and composed ones ("achtundzwanzigst"); a
    dictated week of pregnancy needs the teens and forties ("in der vierunddreißigsten Woche")."""
    ordinals = dict(age_vocabulary().ordinals)
    ordinals |= {f"{word}t": int(value) for word, value in age_vocabulary().numbers.items()
                 if word.endswith("zehn") and 13 <= value <= 19}  # fmt: skip
    for unit, value in {"": 0, **_UNITS_DE}.items():
        for tens, ten_value in (("zwanzigst", 20), ("dreissigst", 30), ("vierzigst", 40)):
            ordinals[f"{unit}und{tens}" if unit else tens] = ten_value + value
    return ordinals


@cache
def _ordinal_pattern() -> re.Pattern[str]:
    stems = "|".join(sorted(map(re.escape, _ordinals()), key=len, reverse=True))
    # "vierten Klasse", "dritten und vierten Klassen", "im zweiten Schuljahr", "7er"; a span's
    # first year shares the noun of its last: "erste bis dritte Klasse", "Erst- bis Drittklässler"
    return re.compile(rf"(?<![a-z])(?P<o>{stems})(?:e|en|er|es|em)?(?=\s*(?:-|(?:-\s*)?"
                      rf"(?:und|bis|oder)\s+\w+\s+)?\s*{_ORDINAL_NOUNS}"
                      r"|\s*-?\s*(?:(?:und|bis|oder)\s+\w*)?klaessler)")  # fmt: skip


# children counted right before "eins": "eins" is one of them ("2 Kinder, eins schreit"), unless
# a list of ages goes on ("Kinder eins und drei" names no count)
_COUNTED_CHILDREN = re.compile(r"\b(?:\d{1,2}|zwei|drei|vier|fuenf|sechs|beide\w*|mehrere)\s+"
                               r"(?:kinder\w*|kids|geschwister\w*|jungs|maedchen)\W*$")
_LIST_GOES_ON = re.compile(r"\s*(?:(?:,|und|u\.|&|/|-|–|oder|\+)\s*)?")  # "eins acht eins fünf"


def _one_of(text: str, start: int, end: int) -> bool:
    """Tell whether "eins" after counted children is one of them, not an age in a list."""
    if not _COUNTED_CHILDREN.search(text[max(0, start - 40) : start]):
        return False
    listed = _LIST_GOES_ON.match(text, end)
    return not (listed and (text[listed.end() : listed.end() + 1].isdigit()
                            or _word_pattern().match(text, listed.end())))


_GENDER = re.compile(r"(?<=[a-z])(?:[/*:_]|/-)(?:innen|in|r|e|n)\b|(?<=[a-z])\((?:in|r|e|n)\)")
_ELIDED = re.compile(r"(?<=[a-z])-(?=(?:bis|und|oder|to|and|or)\b)")
_HYPHEN = re.compile(r"(?<=[a-z])-(?=(?!old\b|year|month|week)[a-z])")
_ORDINAL_ENDING = re.compile(r"\b(\d{1,2})\.?\s?(?:te[nrsm]?|ste[nrsm]?|st|nd|rd|th)\b")
_UMME = re.compile(r"\bumme(?=\s+\d)")
_SAID_COMMA = re.compile(r"\s+(?:komma|beistrich)\b(?!\s+\d)")
_SAID_STOP = re.compile(r"\s+(?:punkt|fragezeichen|ausrufezeichen)(?=\s+[a-z]|$)")
# every request passes these rewrites and most hold none of their strings ("/in", "-", "umme"):
# a text without them skips the scan (`gate`)
_GENDER, _ELIDED, _HYPHEN, _ORDINAL_ENDING, _UMME, _SAID_COMMA, _SAID_STOP = map(
    gated, (_GENDER, _ELIDED, _HYPHEN, _ORDINAL_ENDING, _UMME, _SAID_COMMA, _SAID_STOP))


# "und" between two numbers as dialects and family languages say it: Low German and Ruhr "un",
# "unn", Kölsch "un", Dutch "en", Slavic "i"/"и"/"a", Turkish "ve", Hungarian "és", Finnish "ja":
# "12 un 13" lists two ages as "12 und 13" does (Spanish "y" stays: "2 y 6" is years and months)
_LIST_AND = gated(re.compile(r"(?<=\d)\s+(?:un|unn|en|i|и|ve|es|ja|a)\s+(?=\d{1,2}(?![\d.:]\d))"))


def _digits(value: float) -> str:
    return f"{value:g}".replace(".", ",")


# "one" said as a number, never an article: "eins", and the Ruhr's "einz" ("dat is einz")
_ONE_SAID = frozenset({"eins", "einz"})


def normalise(text: str) -> str:
    """Return folded text with number words as digits ("zweieinhalb" → "2,5", "vierten" → "4.");
    "ein" stays a word unless a unit follows ("ein Jahr"), "eins" is never an article."""
    # gender-inclusive endings name the same person: "Jugendliche/r 15", "Schüler*in, 14"
    text = _GENDER.sub("", text)
    # "sechs-bis achtjährige" (the elided "Sechs- bis", its space lost): a word of its own;
    # Kita-Kind → kitakind, twenty-one → twentyone; but "18-month-old" keeps its unit
    text = _ELIDED.sub(" ", text)
    text = _HYPHEN.sub("", text)
    text = rewrite_fractions(text)  # "2 1/2", "4 3/4", "2,6 J.", "7/52"
    # a digit with an ordinal ending is an ordinal: "3ten Klasse", "3te", "2nd grade", "4th"
    text = _ORDINAL_ENDING.sub(r"\1.", text)
    ordinals = _ordinals()
    text = _ordinal_pattern().sub(lambda m: f"{ordinals[m.group('o')]}.", text)
    words = _number_words()

    def number(match: re.Match[str]) -> str:
        word = match.group("w")
        if word in _ONE_SAID and re.match(r"\s+(?:ist|war|wird|davon)\b", text[match.end() :]):
            return word  # "drei Kinder, eins ist zwei, eins ist fünf": one of them
        if word in _ONE_SAID and _one_of(text, match.start(), match.end()):
            return word  # "drinnen 2 Kinder, eins schreit": one of them, no age
        if word.startswith(("ein", "one")) and words[word] == 1 and word not in _ONE_SAID:
            rest = text[match.end() : match.end() + 14].lstrip()
            if not re.match(r"(?:jahr|monat|woche|j\b|jaehrig|year|month|week|halb)", rest):
                return word
        return _digits(words[word])

    text = year_words(text, _number_words(), _SPOKEN_E)  # "jahrgang zweitausendneun"
    text = _word_pattern().sub(number, text)
    text = _LIST_AND.sub(" und ", text)  # "12 un 13", Platt "veer un söwwen", "3 en 5": ages
    text = spoken_fractions(text)  # "drei komma fünf", "zwei komma sechs Jahre", "ein halbes Jahr"
    # Ruhr "umme" is "um die": "so umme zwölf" rounds an age as "so um die zwölf" does
    text = _UMME.sub("um die", text)
    # dictated punctuation: "sie ist neun komma was mache ich jetzt"
    text = _SAID_COMMA.sub(",", text)
    text = _SAID_STOP.sub(".", text)
    # a dictated check-up, "U acht heute", "die U vier nicht gemacht": the code U8, no "und 8"
    return _CHECK_UP.sub(lambda m: f"{m.group(1) or ''}u{m.group(2)}", text)


@cache
def _not_age_pattern() -> re.Pattern[str]:
    """Return the pattern of number mentions that are never anybody's age."""
    parts = [
        r"\d{1,2}\s*[:.]\s*\d{2}\s*(?:uhr|h\b)",  # 8:30 Uhr, 8.30 h
        r"\d{1,2}:\d{2}",  # 8:30
        r"\d{1,2}\s*(?:uhr|o\W?clock\b)",  # 15 Uhr, 3 o'clock
        r"\b(?:halb(?:e|er)?|viertel\s+(?:vor|nach)|um|gegen)\s+\d{1,2}\b(?!\s*(?:j\b|jahr|monat|woch))",
        # "um halber drei" (Swabian: a time); a mark in a subject: "mathe is ne 5", "Note 4"
        r"\b(?:mathe|mathematik|physik|chemie|bio|biologie|latein|note|noten|zensur|zeugnisnote)\s+(?:(?:is|ist|war|steht|stand|auf|eine|ne|n|nur|noch|glatte?|hat|kriegt|in)\s+){0,3}[1-6][-+]?(?!\d)(?!\s*\.?\s*(?:j\b|jahr|monat|woch|klasse|kl\b))",
        r"\d{1,2}\.\s*\d{1,2}\.(?:\s*\d{2,4})?",  # 14.3. / 14.3.2024
        # a date whose dots were lost: "am 18 11", "zum 31 12", "bis zum 1 3"
        r"\b(?:am|zum|vom|bis\s+zum|ab\s+dem|seit\s+dem)\s+(?:3[01]|[12]\d|0?[1-9])\s+(?:1[0-2]|0?[1-9])\b"
        + _NO_AGE_NEXT,
        # a time or a date whose colon or dots were lost, told by a leading zero no age has:
        # "Kontrolle 03 20", "seit 01 11", "Frist 31 01"
        r"\b(?:0\d\s+[0-5]\d|(?:[01]?\d|2[0-3]|3[01])\s+0\d)\b(?!\s*(?:j\b|jahr|monat|woch))",
        # or by a word that tells the time of day before it, the minutes a round five:
        # "es is 17 20", "um 17 20", "heute 11 30", "Notiz 13 15"
        r"\b(?:um|gegen|es\s+(?:ist|is|war)|heute|gestern|notiz|tn)\s+(?:[01]?\d|2[0-3])\s+[0-5][05]\b"
        r"(?!\s*(?:j\b|jahr|monat|woch))",
        rf"\d{{1,2}}\s*\.?\s*{_MONTHS}\b",  # 14. März
        rf"{_MONTHS}\s+(?:19|20|')\d\d",  # März 2024, Mai '24
        r"\b\d{1,2}\s*/\s*(?:19|20)\d\d\b",  # 03/2021: a month, no age
        r"\b(?:19|20)\d\d\b",  # 2019
        r"\b\d{5}\b",  # postcode
        r"\d{4,}",  # phone numbers, amounts
        r"(?:\d{1,2}\s+){4,}\d{1,2}",  # a dictated phone number: "0 2 3 0 7 …"
        rf"{_STREET}\s*\d{{1,3}}\s*[a-z]?\b{_NO_AGE_NEXT}",  # Bahnhofstr. 12a
        # § 8a, Abs. 2 — a word of its own: "Torwart 15" is no "Art. 15", "Kontra 4" no "Para"
        r"(?<![a-z])(?:§+|para(?:graph)?|art\.?|abs\.?|nr\.?|ziff\.?)\s*\d+\s*[a-z]?\b",
        # (groups53) an item's number in a list of questions or an agenda: "QZ März, Frage 2:",
        # "TOP 3", "Punkt 4" — never an age, unless a unit follows ("Frage 12 Jahre alt …")
        r"\b(?:frage|top|punkt|tagesordnungspunkt)\s+\d{1,2}\b(?!\s*(?:j\b|jahr|monat|woch))",
        r"\bsgb\s*(?:[ivx]+|\d+)\b",  # SGB VIII
        # § 8a/8b without its sign, beside the words of child protection: "Fachberatung 8a",
        # "nach 8a", "8a-Fall" ("Schülerin 8b", "aus der 8a" stay school classes)
        r"\b(?:nach|gem|gemaess|\w*fachberatung|\w*fachkraft|isef|insofa|\w*verfahren|\w*meldung"
        r"|schutzauftrag|kinderschutz\w*)\s*\.?\s*8\s*[ab]\b",
        r"\b8\s*[ab]\s*-?\s*(?:sgb|fall|faelle|meldung|verfahren|\w*fachkraft|\w*beratung"
        r"|schutzauftrag|bogen|dokumentation|kinderschutz\w*)",
        # a diagnosis code with its subdivision, "F84.0", "G80.9", "F90.0 G": no age in it
        r"\b[a-z]\d{2}\.\d{1,2}\b",
        # a level: "Pflegegrad 3", "Behinderungsgrad 50" — but colloquial "grad 3" is "gerade 3"
        r"\b(?:trisomie|chromosom|icd|gdb|\w+grad|pg|stufe|level|type|f)\s*-?\s*\d+",
        r"\b[a-z]\d{1,2}\b",  # a letter's code: "Q1", "A2-Kurs", "F9"
        # a measurement and its value: "BMI < 16", "IQ ca. 70", "Gewicht unter 3. Perzentile"
        r"\b(?:bmi|iq|gewicht|perzentile?|percentile|sds|hba1c|blutzucker|sauerstoff|spo2|puls"
        r"|temperatur|temp)\s*(?:[<>≤≥=~]|unter|ueber|von|bei|ca\.?|circa|etwa|knapp|fast|below"
        r"|under|over|of|about|\s)*\d+",
        r"\d+,\d{2,}",  # a measure or an amount with decimals: "1,40 m", "12,50"
        r"\btyp\s*-?\s*[1-3]\b",  # "Typ-1-Diabetes"; "Typ 19" is a young man
        r"\b(?:[uj]|ue)-?\d{1,2}[a-z]?\b",  # U9, J1: check-ups, not ages; Ü3 is a stage
        r"\b(?:bus|linie|zimmer|raum|haus|gleis|seite|kapitel|folge|kanal|platz|stock|\w*nummer"
        r"|hausnr|nr|tel|fax|top|og|eg|etage"
        # an office's numbered places: "Notiz Schalter 4", "Tresen 2", "Theke 1", "Büro 3"
        r"|schalter|tresen|theke|buero|kasse"
        # numbered buildings, groups, steps, questions: "Block 3", "Gruppe 4 der Kita", "Frage 2:"
        # (after "meiner"/"unserer" only up to 13: "Mädel aus meiner Gruppe 15" is her age)
        r"|block|gebaeude|trakt|wohnung|schritt|modul|lektion|frage|fall"
        # a shelter's or a ward's rooms and beds in a handover: "Lea (14, Zi. 3)", "Bett 2"
        r"|zi|bett|room|whg|app|appartement|tuer|wg"
        r"|(?:(?<!meiner\s)(?<!unserer\s)(?<!meinen\s)(?<!unseren\s)gruppe|gruppe(?=\s*(?:1[0-3]"
        r"|[1-9])\b))(?=\s*\d+(?!\d|\s*(?:[-–]|bis\b))))"
        r"\.?\s*\d+" + _NO_AGE_NEXT,
        r"\d{1,2}\s*\.?\s*(?:og|stock|etage|obergeschoss)\b",  # 2. OG
        # an ordinal before an occasion counts occasions, not years: "3rd visit this month",
        # "2nd referral", "1st time in Germany", "3. Termin", "zum 2. Mal", "ihr 4. Kind"
        rf"\d{{1,2}}\s*\.\s*{_OCCASIONS}",
        # a year of training or study, its ordinal dot lost: "Azubi im 1 Lehrjahr"
        r"\d{1,2}\s*\.?\s*(?:lehrjahr|ausbildungsjahr|semester|fachsemester)\w*",
        r"\b24\s*/\s*7\b|\d{1,2}\s*/\s*\d{1,2}\s*(?:std|stunden|tage)",
        r"\d{1,2}\s+von\s+\d{1,2}",  # "Kind 2 von 4"
        rf"\d{{1,2}}\s*(?:-|–|bis)\s*\d{{1,2}}\s+{_COUNT_NOUNS}",  # "6 bis 8 Personen"
        r"\d+\s*(?:x|mal)\b",  # 2x, 3 mal
        r"(?<![\d.,])[2-4]\d\s*\+\s*[0-6](?!\d)",  # gestation "34+2": weeks and days
        r"\b(?:gravida|para|g)\s*\d\b",  # obstetric counts: "Gravida 3, Para 2"
        # an amount whose thousands separator was lost with the punctuation: "1 800 €"
        r"(?<![\d,.])\d{1,3}(?:\s\d{3})+\s*(?:€|euro|eur\b)",
        # amounts and measures: "Wert 12 €", "1,2 Promille", "2,1 ‰" (a police report's blood
        # alcohol beside a young person's age), "5 mg"
        r"\d+(?:[,.]\d+)?\s*(?:€|euro|eur\b|%|prozent|kg\b|km\b|cm\b|min\b|minuten|promille|‰"
        r"|mg\b|ml\b)",
        r"\d+\s*(?:stunden|std\b|h\b)",
        rf"\d{{1,2}}\s+{_COUNT_NOUNS}",  # 3 Geschwister, 2 Termine
        # children counted by their group: "zwei U3 Kinder", "3 Ü3-Plätze"
        r"\d{1,2}\s+(?:u|ue)\s?-?\d\s*-?\s*(?:kinder\w*|kids|plaetze?n?|gruppen?)\b",
        # compounds of a counted thing: "3 Pädagogik-Kurse" (hyphen joined), "4 Beratungstermine"
        r"\d{1,2}\s+[a-z]{3,}(?:kurse|gruppen|termine|sitzungen|plaetze|angebote|klassen|kinder"
        r"|kindern)\b",  # "unsere 6 Vorschulkinder": how many, not how old
        r"\d{1,2}\s*/\s*\d{1,2}\s*(?:std|stunden|tag|woche)",  # 2/Woche
        # days or hours counted in a compound: "25 Fehltage", "40 Sozialstunden", "3 Krankheitstage"
        # — a count, never an age ("12 Lebenstage" is a newborn's age)
        r"\d{1,3}\s+(?!lebens)[a-z]{3,}(?:tage|stunden)\b",
        r"\d+\s*(?:-|–|bis)\s*\d+\s*(?:uhr|€|euro)",  # "8–12 Uhr": both ends are the clock's
        staff_counts(),  # a team counted: "Wir sind 5 Hebammen", "(9 Betreuerinnen)", "MA: 16"
    ]
    return re.compile("|".join(f"(?:{p})" for p in parts))


# a time ago: "dat is getz 8 Jahre her", "ist 3 Monate her", "2 years ago" — how long since
# something happened, nobody's age (not the English "5 years her brother is 3")
_AGO = re.compile(r"\d{1,2}(?:,\d)?\s*(?:jahre?n?|j\.?|monate?n?|wochen?|tage?n?|years?|months?"
                  r"|weeks?)\s+(?:(?:schon|jetzt|getz|etwa|ungefaehr|so|gut|fast|knapp|bald)\s+)?"
                  r"(?:ago|her\b(?!\s+(?:brother|sister|son|daughter|mum|mom|mother|father|dad"
                  r"|baby|child|kid|own|junior|senior|older|younger|age)))\b"
                  # a shift in time: "ein Jahr später einschulen", "zwei Jahre später"
                  r"|\d{1,2}\s*(?:jahre?n?|monate?n?|years?|months?)\s+(?:spaeter|later)\b")
# ... unless it is a birth's (a time ago or later): "die Geburt ist 3 Wochen her", "had her
# baby 2 weeks ago"
_BIRTH_BEFORE = re.compile(r"geburt|geboren|entbind|entbunden|born|birth|baby|delivered")


def _time_ago(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _AGO.finditer(text)
            if not _BIRTH_BEFORE.search(text, max(0, m.start() - 40), m.start())]


@lru_cache(maxsize=256)
def not_age_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of normalised text whose numbers are times, dates, codes, counts …"""
    pattern, spans = _not_age_pattern(), []
    end = -1
    for digits in re.finditer(r"\d+", text):  # scan only around digits: every pattern has one
        if digits.start() < end:
            continue
        start, end = max(0, digits.start() - 30), min(len(text), digits.end() + 40)
        while end < len(text) and text[end].isalnum():
            end += 1  # a window must not end inside a word: "14 m|it" is no "14 m"
        for m in pattern.finditer(text, start, end):
            if m.span() not in spans:
                spans.append(m.span())
    if end >= 0:  # a digit was seen: "dienstags von 9 bis 12", "morgens um die 7" are times
        spans.extend(span for span in (*clock_spans(text), *living_spans(text))
                     if span not in spans)  # "dienstags 9-12", "Container 4", "2½ Zimmer"
        spans.extend(span for span in (*_time_ago(text), *minute_spans(text), *length_spans(text))
                     if span not in spans)  # "2 years ago", "TOP 3", "8-wöchiger Kurs"
        # "USK 18", "lt. AGB 13 bzw. 16 Jahre", "iPhone 13": the screen world's numbers
        spans.extend(span for span in rating_spans(text) if span not in spans)
    return tuple(spans)


def inside(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Tell whether a number at start…end lies within one of the spans."""
    return any(s <= start and end <= e for s, e in spans)


def plain_numbers(text: str) -> list[tuple[int, int, float]]:
    """Return every number mention (1–2 digits, halves allowed) as start, end and value."""
    found = []
    for m in re.finditer(r"(?<![\d,.])\d{1,2}(?:,5)?(?![\da-z]|,\d|\.\d)", text):
        found.append((m.start(), m.end(), float(m.group(0).replace(",", "."))))
    return found
