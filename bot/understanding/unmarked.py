"""Give the age reader back the marks a message typed or dictated without punctuation lost.

A number's meaning often hangs on one mark: "14. SSW" is a pregnancy week and "14 SSW" reads as
a child of 14; "2;6" is two and a half years, "2 6" two children; "15.11." is a deadline,
"15 11" two ages; "F10.2" a diagnosis, "F10 2" a child of two; "we're" a verb, "we re" a week.
People who type on a phone or dictate leave these marks out, and the writer's meaning is still
there in a stronger cue than the mark: the grammar or the shape of the words around the number.

- a number before a singular counted noun is an ordinal: "in der 14 SSW", "im 1 Lj", "8 Klasse",
  "3 Kind unterwegs" (a cardinal above one would need the plural: "3 Kinder", "8 Klassen");
- a child named with two bare numbers, the second below twelve and no unit after them, is the
  paediatric years;months notation: "Kind 2 6", "Pat 2 2 5 Wörter";
- two numbers after a word that opens a date ("bis", "am", "ab") are a day and a month: "bis 15 11";
- hours with minutes no child's age can be ("11 45", "8 30 Uhr") are a time;
- a letter glued to two digits and a digit after it is a diagnosis code: "F10 2" → "F10.2";
- English contractions that lost their apostrophe ("we re", "i m") are spelled out.

Each rewrite needs its cue; a number without one stays as typed. The rewritten text is read for
the age only (`bot.understanding.understand`): the sentences the topic reader splits stay the
writer's own. Works on folded text (lower case, umlauts spelt out).
"""

from __future__ import annotations

import re

from bot.privacy.redact import first_names
from bot.understanding.age_spelt_count import counts_spelt
from bot.understanding.dictation import number_value
from bot.understanding.gate import gated
from bot.understanding.unmarked_lists import bracket_lists, bracket_names
from bot.understanding.unmarked_named import bracket_named_units

# nouns that count in the singular: a number before them is an ordinal whatever precedes it
_YEARS = r"(?:j\b|jahre?n?\b|jaehrig)"
_ORDINAL_ALWAYS = (r"(?:ssw|schwangerschaftswoche|lj|lebensjahr|lebensmonat|lehrjahr"
                   r"|ausbildungsjahr|schuljahr|jahrgangsstufe|klasse|kl|geburtstag)")  # fmt: skip
# singular nouns a cardinal "1" may stand before ("1 Kind"); above one they are ordinals
_ORDINAL_ABOVE_ONE = r"(?:kind|schwangerschaft)"
# singular nouns that are ordinals only after an article ("im 3 Monat", "in der 8 Woche"): a bare
# "Baby 3 Monat" is a plural typed short
_ARTICLE = r"(?:im|am|ab|zum|zur|vom|beim|ins|der|die|das|dem|den|des|ihr|ihrem|ihrer|sein|seinem)"
_ORDINAL_AFTER_ARTICLE = r"(?:monat|woche|schwangerschaftsmonat)"

_ORDINAL = re.compile(
    # not "14 Kl. 8b"; but "8 Klasse 14 Jahre" (an age with its unit after the noun)
    rf"(?<![\d.,:/;])\b(?P<n>\d{{1,2}})(?=\s+{_ORDINAL_ALWAYS}\b(?!\.?\s*\d(?!\d?\s*{_YEARS})))"
    rf"|(?<![\d.,:/;])\b(?P<m>[2-9]|[1-4]\d)(?=\s+{_ORDINAL_ABOVE_ONE}\b(?!\s+\d))"
    # a pregnancy's week without its article ("Frühchen 26 Woche"): a born child's weeks above
    # twenty are told in months, and in the plural
    r"|(?<![\d.,:/;])\b(?P<w>[23]\d|4[0-2])(?=\s+woche\b)")
# "3 oder 4 Klasse", "2 4 Klasse" (the dash lost): a smaller number joined to an ordinal is one
# too, the lower end of a choice or a span of the same counted noun
_ORDINAL_JOINED = re.compile(
    r"(?<![\d.,:/;])\b(?P<a>\d{1,2})(?P<sep>\s+(?:oder|bis|und|u|or|to)\s+|\s*[-/]\s*|,?\s)"
    rf"(?P<b>\d{{1,2}})\.(?=\s+{_ORDINAL_ALWAYS}\b)")
_ORDINAL_ARTICLE = re.compile(
    rf"(?P<head>\b{_ARTICLE}\s)(?P<n>\d{{1,2}})(?=\s+{_ORDINAL_AFTER_ARTICLE}\b)")

# what may follow a number and make it something else than the years of years;months
_UNIT_OR_NOUN = (r"(?:j\b|jahr|jaehr|mon|monat|m\b|wo\b|woch|tag|std|stund|min|uhr|mal\b|x\b|%"
                 r"|euro|€|kind|kinder|geschwister|klass|kl\b|ssw|lj\b|lebens|schul|geschw"
                 r"|personen|leute|woerter|worte|words|saetze|termine|sitzung|bis\b|und\b|u\b"
                 r"|oder\b|-|–|/|,|\.)")  # fmt: skip
_AGE_UNIT = r"(?:j\b|jahr|jaehr|mon|monat|m\b|wo\b|woch|tag)"
# a single child the two numbers belong to ("Kind 2 6", "Pat. 2;2", "die Kleine 1 5")
_ONE_CHILD = (r"(?:kind|kindes|pat|patient|patientin|sohn|tochter|junge|maedchen|baby|enkel"
              r"|enkelin|enkelsohn|enkeltochter|saeugling|kleinkind|kleine|kleiner|kleinste"
              r"|kleinster|juengste|juengster|fruehchen|jetzt|inzwischen|mittlerweile|alter)")
# (the notation is a small child's: "14 10" after "Frühchen entl." is a date)
# two bare numbers after a word naming one child, a few words before: "Kind wächst zweisprachig
# auf 2 6", "Pat 2 2 5 Wörter" (its third number counts words)
_YEARS_MONTHS = re.compile(
    rf"(?P<head>\b{_ONE_CHILD}\s(?:[a-z/-]+\s){{0,4}})(?P<y>[1-6])\s+(?P<m>[1-9]|1[01])\b(?!\s*[/⁄]\s*\d)"
    rf"(?!\s*{_UNIT_OR_NOUN}|\s\d{{1,2}}\s*{_AGE_UNIT})")
# several children named: two numbers are two of their ages ("Kinder 2 6", "Zwillinge", "beide")
_CHILDREN = re.compile(r"\b(?:kinder\w*|geschwister\w*|zwilling\w*|soehne\w*|toechter\w*"
                       r"|brueder\w*|schwestern|beide\w*|kids|children|siblings|twins|sons"
                       r"|daughters|jungs|maedchen\s+und)\b")
# "jetzt 4 1/2 extrem ängstlich": the age now, a clause of its own as commas would have made it
_NOW = re.compile(r"(?<![,;:(])\s(?P<now>jetzt|inzwischen|mittlerweile|now)\s"
                  rf"(?P<n>\d{{1,2}}(?:,5)?)(?![\d,]|\s*{_UNIT_OR_NOUN}"
                  r"|\s+[1-3]/[234]\b)")  # not "jetzt 6 3/4": a whole and its fraction
# "my own two 4 and 6", "meine beiden 4 und 7": a count in words, then as many ages
_COUNTED = re.compile(r"\b(?P<count>two|zwei|beiden|both)\s(?=\d{1,2}\s(?:und|and|u|&)\s\d{1,2}\b"
                      r"(?!\s*(?:und|and|u|&|,)?\s*\d))")
# "die Kleinste 1 5 J": one child with a half year, not children of one and five
_HALF_YEARS = re.compile(
    rf"(?P<head>\b{_ONE_CHILD}\s)(?P<y>[1-9]|1[0-7])\s+5(?=\s*(?:j\b|jahr))")
# "jetzt 4 1/2": a whole and a half
_SLASH_HALF = re.compile(r"(?<![\d,./])\b(?P<y>[1-9]|1[0-7])\s+1\s*/\s*2\b")

_DATE_OPENERS = (r"(?:am|bis|ab|vom|seit|zum|frist|stichtag|termin|deadline|anmeldeschluss|geb"
                 r"|geboren|gebdat|geburtsdatum|born|dob)")
# a day and a month before a year's four digits are a date wherever they stand: "01 10 2025"
_FULL_DATE = re.compile(
    r"(?<![\d.,:/])\b(?P<d>3[01]|[12]\d|0?[1-9])\s(?P<m>1[0-2]|0?[1-9])\s(?P<y>(?:19|20)\d\d)\b")
# "junge Väter 19 25", "Jugendliche 14 17": two rising numbers after a group are its range, the
# dash lost ("Kinder 2 6" reads the same as a range or as two ages)
_GROUP = (r"(?:vaeter|muetter|eltern|jugendliche|jugendlichen|kinder|kindern|kids|teens|teenager"
          r"|schueler|schuelerinnen|schuelern|azubis|frauen|maenner|paare|geschwister|jungs"
          r"|teilnehmer\w*|besucher\w*|fathers|mothers|parents|children|youths?"
          # a group of any name ("Kindergruppe 5 7"), a span's opening ("Kinder von 10 11")
          r"|\w*gruppen?|von|zwischen|between)")
_RANGE = re.compile(
    rf"(?P<head>\b{_GROUP}\s)(?P<a>\d{{1,2}})\s(?P<b>\d{{1,2}})\b"
    r"(?!\s*(?:und|u|and|,|-)?\s*\d|\s*(?:uhr|h|min|std|euro|€|%)\b)")
_DATE = re.compile(
    rf"(?P<head>\b{_DATE_OPENERS}\s)(?P<d>3[01]|[12]\d|0?[1-9])\s+(?P<m>1[0-2]|0?[1-9])\b"
    r"(?:\s+(?P<y>(?:19|20)?\d\d)\b)?(?!\s*(?:j\b|jahr|jaehr|monat|woch|und\b|bis\b|-))")
_TIME = re.compile(
    r"(?<![\d.,:/])\b(?P<h>[01]?\d|2[0-3])\s+(?P<min>[0-5]\d)(?=\s+(?:uhr|h)\b)"
    r"|(?<![\d.,:/])\b(?P<h2>[01]?\d|2[0-3])\s+(?P<min2>[3-5]\d|0\d)\b"
    r"(?!\s*(?:j\b|jahr|jaehr|monat|woch|tag|min|std|stund|euro|€|%))")
# "1 8 Promille", "3 5 kg": a measure's decimal comma lost (a child's age has no such unit)
_DECIMAL = re.compile(r"(?<![\d.,:/])\b(?P<a>\d)\s(?P<b>\d{1,2})(?=\s*(?:promille|‰|kg\b|prozent"
                      r"|%|mg\b|ml\b|grad\b|°))")
# "zwei Kinder 5 und 9 Wo stellt sie den Antrag": "wo" before a verb and its subject asks where,
# it is no "Wo." of weeks — the number ends its clause, as the full stop had it
_WHERE_ASKED = re.compile(
    r"(?<![\d.,:/])\b(?P<n>\d{1,2})\s(?=wo\s+(?:stell|gibt|gib|bekomm|find|meld|kann|koenn|muss"
    r"|mues|soll|krieg|beantrag|wend|bring|geh)\w*\s+(?:sie|er|man|ich|wir|es|ihr|die|der|das"
    r"|den|dem|ein|eine|einen|mann|frau)\b)")  # a verb, then its subject: a question
_CODE = re.compile(r"\b(?P<code>[a-z]\d\d)\s+(?P<sub>\d)\b(?!\s*(?:j\b|jahr|jaehr|monat|woch))")

# a count needs the plural: "Sohn 6 Gruppe für Kinder" is a sentence's end, not six groups
_SINGULAR_AFTER = re.compile(
    r"(?P<before>\b[a-z]+\s)(?P<n>[2-9]|1\d)\s(?=(?:termin|stunde|minute|nacht|gruppe|seite|punkt)\b)")
_ARTICLE_WORD = re.compile(rf"{_ARTICLE}\s")
_ITEM = r"\d{1,2}(?:,5)?(?:\s(?:monate?n?|mon|wochen|wo|jahre?n?|j)\b)?"
# "Vater von zwei Söhnen 7 und 10", "4 Kindern 10 Monate 3 6 9": a count of children, then as
# many ages — the list a bracket held ("4 Kindern (10 Monate, 3, 6, 9)")
_LISTED = re.compile(
    r"\b(?P<count>\d|zwei|drei|vier|fuenf|two|three|four|five)\s(?P<noun>kinder\w*|kids|children"
    r"|soehne\w*|toechter\w*|geschwister\w*|enkel\w*|jungs|maedchen|zwillinge\w*|sons|daughters"
    rf"|brueder\w*|schwestern)\s(?P<items>{_ITEM}(?:\s(?:und\s|u\s|and\s|&\s)?{_ITEM})+)\b"
    r"(?!\s*(?:,\d|j\b|jahr|jaehr|monat|woch|mon\b|wo\b|kinder|geschwister|-|bis\b))")
# two bare numbers side by side ("2 6", "15 11", "8 30", "f10 2"): what every rewrite of a code,
# date, range, time, half year or years;months below needs; no other rewrite makes such a pair
_PAIR = re.compile(r"\d\s+\d")
_WORDS = {"zwei": 2, "drei": 3, "vier": 4, "fuenf": 5, "two": 2, "three": 3, "four": 4, "five": 5}

_CONTRACTIONS = {
    "we re": "we are", "you re": "you are", "they re": "they are", "i m": "i am",
    "i ve": "i have", "we ve": "we have", "they ve": "they have", "i ll": "i will",
    "we ll": "we will", "i d": "i would", "we d": "we would",
}
_CONTRACTION = re.compile(r"\b(?:" + "|".join(map(re.escape, _CONTRACTIONS)) + r")\b")
# every request passes these rewrites and most hold none of their words ("jetzt", "kinder",
# "geb"): a text without them skips the scan (`gate`); the rewrites are the patterns' own
(_CONTRACTION, _COUNTED, _LISTED, _SINGULAR_AFTER, _ORDINAL_ARTICLE, _NOW, _YEARS_MONTHS,
 _HALF_YEARS, _SLASH_HALF, _FULL_DATE, _DATE, _RANGE, _TIME, _WHERE_ASKED, _DECIMAL) = map(gated, (
    _CONTRACTION, _COUNTED, _LISTED, _SINGULAR_AFTER, _ORDINAL_ARTICLE, _NOW, _YEARS_MONTHS,
    _HALF_YEARS, _SLASH_HALF, _FULL_DATE, _DATE, _RANGE, _TIME, _WHERE_ASKED, _DECIMAL))


def restore_marks(folded: str) -> str:
    """Return a folded text with the marks its numbers lost written back where a cue says which.

    Text that has its marks ("14. SSW", "2;6", "15.11.") comes back unchanged."""
    # number words as digits first: dictation writes "zehn Monate 3 6 9" as it was said; a
    # count spelt out before digit ages ("Kinder: zwei, 4 und 6") is blanked before it would
    # become one more age
    text = _CONTRACTION.sub(lambda m: _CONTRACTIONS[m.group()], counts_spelt(folded))
    text = _digits(_COUNTED.sub(r"\g<count>, ", text))
    if not any(map(str.isdigit, text)):
        return text
    text = _WHERE_ASKED.sub(r"\g<n>, ", text)  # before the lists take "9 Wo" as an item
    # "mit levi 3 wo": a first name's age in weeks, not a stretch of time (before the lists)
    names = first_names()
    text = bracket_named_units(text, names)
    text = _LISTED.sub(_listed, bracket_names(bracket_lists(text), names))
    text = _SINGULAR_AFTER.sub(_clause_end, text)
    paired = _PAIR.search(text) is not None  # most texts have none: eight scans fewer
    if paired:
        text = _DECIMAL.sub(r"\g<a>,\g<b>", _CODE.sub(r"\g<code>.\g<sub>", text))
        text = _FULL_DATE.sub(r"\g<d>.\g<m>.\g<y>", text)
        text = _DATE.sub(_date, text)
        text = _RANGE.sub(_range, text)
        text = _TIME.sub(_time, text)
    text = _ORDINAL_JOINED.sub(_joined, _ORDINAL.sub(_ordinal, text).replace(" , ", ", "))
    text = _ORDINAL_ARTICLE.sub(r"\g<head>\g<n>.", text)
    if paired:
        text = _SLASH_HALF.sub(r"\g<y>,5", text)
        text = _HALF_YEARS.sub(r"\g<head>\g<y>,5", text)
    text = _NOW.sub(r", \g<now> \g<n>,", text)
    return _YEARS_MONTHS.sub(_years_months, text) if paired else text


_ARTICLES = frozenset(("ein", "eine", "einen", "einem", "einer", "eines", "eins", "one", "a", "an"))


def _digits(text: str) -> str:
    """Write the number words of a text as digits ("zehn Monate 3 6 9" → "10 Monate 3 6 9"),
    but not an article or "eins", which the age reader reads in context ("eins ist zwei"),
    leaving everything else as it is: the age reader reads hyphenated compounds from it."""

    def digits(match: re.Match[str]) -> str:
        word = match.group()
        value = None if word in _ARTICLES else number_value(word)
        if value is None:
            return word
        return f"{value:g}".replace(".", ",")

    # most texts hold no number word: then no call back for every word (`number_value` is cached)
    if set(map(number_value, set(_LOWER_WORD.findall(text)) - _ARTICLES)) <= {None}:
        return text
    return _LOWER_WORD.sub(digits, text)


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")  # a word as typed, not in a compound


def _ordinal(match: re.Match[str]) -> str:
    # "Azubi 18 1 Lj": the age, then the year of training — two clauses, as the comma had them
    after_number = re.search(r"\d\s$", match.string[: match.start()])
    return (", " if after_number else "") + match.group() + "."


def _joined(match: re.Match[str]) -> str:
    low, high = int(match.group("a")), int(match.group("b"))
    if not 0 < low < high:
        return match.group()  # "Azubi 18, 1. Lj", "Emma 7, 1. Klasse": an age, then the ordinal
    sep = match.group("sep")
    return f"{low}.{'-' if sep.strip() in ('', ',') else sep}{high}."


def _years_months(match: re.Match[str]) -> str:
    if _CHILDREN.search(match.string, 0, match.start("y")):
        return match.group()  # "Familie mit 4 Kindern, 10 Monate, 3, 6, 9": their ages
    return f"{match.group('head')}{match.group('y')};{match.group('m')}"


def _clause_end(match: re.Match[str]) -> str:
    if _ARTICLE_WORD.fullmatch(match.group("before")):
        return match.group()  # "in der 6 Gruppe": an ordinal
    return f"{match.group('before')}{match.group('n')}, "


def _listed(match: re.Match[str]) -> str:
    count = match.group("count")
    items = re.findall(rf"{_ITEM}", match.group("items"))
    if (int(count) if count.isdigit() else _WORDS[count]) != len(items):
        return match.group()  # "3 Kinder 4 und 6": not the list of all of them
    return f"{count} {match.group('noun')} ({', '.join(items)})"


def _range(match: re.Match[str]) -> str:
    low, high = int(match.group("a")), int(match.group("b"))
    if not low < high <= low + 12:
        return match.group()
    return f"{match.group('head')}{low}-{high}"


def _date(match: re.Match[str]) -> str:
    year = match.group("y")
    return match.group("head") + f"{match.group('d')}.{match.group('m')}." + (year or "")


def _time(match: re.Match[str]) -> str:
    hours = match.group("h") or match.group("h2")
    minutes = match.group("min") or match.group("min2")
    return f"{hours}:{minutes}"


__all__ = ["restore_marks"]
