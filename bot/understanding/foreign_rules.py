"""The rule tables of `bot.understanding.foreign`, compiled once from `bot/data/foreign.toml`.

One job: turn each language's sections (units, numbers, age leads, wishes, words, fillers) into
regular expressions indexed by the first letters of the first word they can start with, so that
the rewrite pass tries only the few rules a word could begin. Matching happens on a folded copy of
the text with exactly its length (`foreign_fold.fold_foreign`), so spans map back onto the
original.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import Any

from bot.understanding.foreign_after_unit import hedge_pattern
from bot.understanding.foreign_fold import fold_foreign  # the rules match on this fold; re-exported
from bot.understanding.foreign_names import section_languages
from bot.understanding.foreign_scripts import data as _data
from bot.understanding.foreign_vocabulary import DIGIT, LazyPattern, Rule, Vocabulary
from bot.vocabulary.lexicon import age_vocabulary

KEY = 3  # rules are indexed by the first letters of their first word
_SEP = r"[\s\-]+"
_SLOT = re.compile(r"\{(\w+)\}")
WORD = re.compile(r"\w+")
NUMBER = r"\d{1,2}(?:[.,]5)?"


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
    slot = _SLOT.match(first)  # also a slot with a suffix glued on: Armenian "{lang}ով"
    words = slots[slot.group(1)] if slot else [first]
    keys: set[str] = set()
    for word in words:
        if word == DIGIT:
            keys.add(DIGIT)
            continue
        head = WORD.match(fold_foreign(word.rstrip("*")))
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
            if index % 2:  # a `keep_…` slot is captured to be written again as typed
                named = piece in ("lang", "n") or piece.startswith("keep_")
                out.append(f"(?P<{piece}>{slots[piece]})" if named else f"(?:{slots[piece]})")
            elif piece:
                out.append(_literal(piece))
        parts.append("".join(out))
    return _SEP.join(parts) + r"(?!\w)"


def _then(phrase: str, slots: dict[str, str]) -> tuple[str, str]:
    """Split off a last slot named `then_…`: a word it names must follow in the clause (up to
    five words later), but stays as typed. Kölsch "weed en d'r Schull jeärgert" is "wird …
    geärgert", while English "weed" alone is cannabis; the participle has its own rule."""
    words = phrase.split()
    slot = _SLOT.fullmatch(words[-1]) if len(words) > 1 else None
    if slot is None or not slot.group(1).startswith("then_"):
        return phrase, ""
    between = r"(?:[\s\-]+[\w']+){0,5}?"
    return " ".join(words[:-1]), rf"(?={between}[\s\-]+(?:{slots[slot.group(1)]})(?!\w))"


def _by_key(words: list[str]) -> dict[str, list[str]]:
    """Words by the index key each can start a rule under (`_first_keys`)."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for word in words:
        for key in _first_keys("{w}", {"w": [word]}):
            grouped[key].append(word)
    return grouped


def _section_numbers(data: dict[str, Any]) -> dict[str, float]:
    """A section's number words; a regional German section also takes the lexicon's German ones,
    since dialect units follow standard numbers too ("acht Joar", "zwölf Johr")."""
    own = {k: float(v) for k, v in data.get("numbers", {}).items()}
    if not data.get("lexicon_numbers"):
        return own
    german: dict[str, float] = {}
    for word, value in age_vocabulary().numbers.items():
        german[word] = float(value)  # typed without umlauts: "fuenf"
        # the lexicon writes ü as "ue", the foreign fold drops the mark: "fünf" is "funf" here
        german[re.sub(r"([aou])e", r"\1", word)] = float(value)
    return {**german, **own}


# a rule, or one rule per index key that stands where a single rule would (the age rule)
_Entry = tuple[set[str], "Rule | dict[str, Rule]"]


def _per_key(keys: set[str], rule: Rule | dict[str, Rule]) -> list[tuple[set[str], Rule]]:
    """An entry's rules with their keys: a split rule's part under its own key only."""
    if isinstance(rule, Rule):
        return [(keys, rule)]
    return [({key}, part) for key, part in rule.items()]


def _language_rules(
    code: str, data: dict[str, Any], numbers: dict[str, float]
) -> list[_Entry]:
    rules: list[_Entry] = []
    section_numbers = _section_numbers(data)
    number_words = _alternatives(section_numbers)
    number = f"{NUMBER}|{number_words}" if number_words else NUMBER
    units = _alternatives(data.get("units", {}))
    halves = _alternatives(data.get("halves", []))
    # "3 buçuk yaşında", "два с половиной года" before the unit; "3 سنين ونص" after it
    half = rf"(?:\s*(?P<half>{halves}))?" if halves else ""
    half_after = rf"(?:\s*(?P<half2>{halves}))?" if halves else ""
    leads = _alternatives(data.get("age_leads", []))
    lead_words = list(data.get("age_leads", []))
    number_starts = [DIGIT, *section_numbers]
    for key, value in section_numbers.items():
        # the first section's value; a later one that values the word otherwise keeps its own
        # (`Vocabulary.overrides`): Arabizi "set" is six, Catalan "set" seven
        numbers.setdefault(fold_foreign(key), float(value))
    conjunctions = _alternatives(data.get("conjunctions", []))
    # a writer's two guesses join as a list does ("ceithir, 's dòcha còig": `hedges`)
    hedges = _alternatives(data.get("hedges", []))
    guess = rf"|[\s,]*(?:{hedges})" if hedges else ""
    # not "lawik, 11, 6. Klasse": a dot after the second number's digits is a German ordinal,
    # the class of the child whose age came first; after a word it ends a sentence ("e jowi.")
    # after a comma, no number word that "and" joins to another: Kirundi "imyaka ine, rimwe na
    # rimwe …" (four years, sometimes …) is no list of four and one
    joined = (rf"(?!\s*(?:{number_words})\s+(?:{conjunctions})\s+(?:{number_words})(?!\w))"
              if number_words else "")
    pair = (rf"(?:\s*(?:{conjunctions}|,{joined}{guess})\s*(?P<m>{number})(?!(?<=\d)\.))?"
            if conjunctions else "")
    # a number's tens told after its unit (Welsh "tair blwydd ar ddeg": 13 years; `add_tens`)
    tails = _alternatives(data.get("unit_tails", {}))
    tail = rf"(?:{_SEP}(?P<tail>{tails}))?" if tails else ""
    if units:
        hedge = hedge_pattern(data, _alternatives, number, units, tail)  # "8 mìosan, no naoi"
        after = rf"{pair}{half}\.?\s*-?\s*(?P<unit>{units}){tail}{half_after}(?!\w){hedge}"
        age = rf"(?P<n>{number}){after}"
        # one rule per index key, with only the number words a word of that key can be: the
        # rule is tried only where the text's word opens with its key, and each key's screen
        # is read off its rules, so a section with hundreds of number words (Welsh counts two
        # ways and mutates) no longer repeats all of them under each of its dozens of keys
        split = {key: Rule(LazyPattern(rf"(?P<n>{NUMBER if key == DIGIT else _alternatives(words)})"
                                       rf"{after}"), "age", "", code)
                 for key, words in _by_key(number_starts).items()}
        rules.append((set(split), split))  # one place among the section's rules (`_per_key`)
        if leads:
            lead_keys = _first_keys("{lead}", {"lead": lead_words})
            with_lead = rf"(?:{leads}){_SEP}{age}"
            rules.append((lead_keys, Rule(LazyPattern(with_lead), "age", "", code)))
    spelt_units = _alternatives(data.get("spelt_units", {}))
    if spelt_units and number_words:
        # a unit that is also an everyday English word (Wolof "at" year, "fan" day: "2 at
        # home") tells an age only after the language's own number words ("fukk ak juróom at")
        spelt_age = rf"(?P<n>{number_words}){pair}\s*-?\s*(?P<unit>{spelt_units})(?!\w)"
        keys = _first_keys("{n}", {"n": list(section_numbers)})
        rules.append((keys, Rule(LazyPattern(spelt_age), "age", "", code)))
    spelt_links = _alternatives(data.get("spelt_links", []))
    if spelt_links and number_words and units:
        # "and" that is also a German word (Luxembourgish "an": "zwee an dräi Joer") joins only
        # the language's own number words before its unit, so "4 an 5 Tagen" stays German
        linked = (rf"(?P<n>{number_words})\s+(?:{spelt_links})\s+(?P<m>{number_words})"
                  rf"\s*(?P<unit>{units})(?!\w)")
        keys = _first_keys("{n}", {"n": list(section_numbers)})
        rules.append((keys, Rule(LazyPattern(linked), "age", "", code)))
    rules += _how_old_rules(code, data, number, units)
    units_first = _alternatives(data.get("units_first", {}))
    if units_first:
        # the unit before its number (Swahili "miaka 4", Twi "mfe 3"), and before a list of digits,
        # each an age, the last after "and" even before a full stop (Hausa "shekara 1, 3, 5 da 8")
        item = rf"{NUMBER}(?![.,]?\d)"
        listed = (rf"(?P<mid>(?:\s*,\s*{item})*(?:\s+(?:{conjunctions})\s+{item})?)?"
                  if conjunctions else "")
        # and a half after the number (Luganda "emyaka ebiri n'ekitundu": two years and a half)
        hedge = hedge_pattern(data, _alternatives, number, "", "", units_first)
        first = (rf"(?P<unit>{units_first}){_SEP}(?P<n>{number}){listed}{pair}{half_after}"
                 rf"(?!\w|[.,]\d){hedge}")
        keys = _first_keys("{unit}", {"unit": list(data["units_first"])})
        rules.append((keys, Rule(LazyPattern(first), "age", "", code)))
    if (spelt := _alternatives(data.get("spelt_units_first", {}))) and number_words:  # "san"
        hedge = hedge_pattern(data, _alternatives, number, "", "", spelt)  # a name before digits
        first = rf"(?P<unit>{spelt}){_SEP}(?P<n>{number_words}){pair}(?!\w|[.,]\d){hedge}"
        keys = _first_keys("{unit}", {"unit": list(data["spelt_units_first"])})
        rules.append((keys, Rule(LazyPattern(first), "age", "", code)))
    if leads:
        # "aged 4 and 9", "aged 6-12", "aged 3, 8 and 14": every number of the list stays an age;
        # after a comma only digits do ("twins aged 6, one has T1D": "one" is no second age)
        span = (rf"(?P<mid>(?:\s*,\s*{NUMBER}(?![.,]?\d))*)(?:\s*(?:{conjunctions}|-|–)\s*"
                rf"(?P<m>{number}))?" if conjunctions else "")
        years = _alternatives([w for w, g in data.get("spelt_units", {}).items() if g == "Jahre"])
        year_unit = rf"(?:\s+(?:{years}))?" if years else ""  # Haitian "li gen 7 an" (7 years)
        bare = rf"(?:{leads}){_SEP}(?P<n>{number}){span}{year_unit}(?!\w|[.,]\d)"
        lead_keys = _first_keys("{lead}", {"lead": lead_words})
        rules.append((lead_keys, Rule(LazyPattern(bare), "age", "Jahre", code)))
    if conjunctions:
        # "çocuklar 6 ve 10", "(4 i 7)", "4 و7 و10 سنين": a list of ages as German writes it
        # ("4, 7 und 10"); Arabic writes "and" onto the next number ("و7"), Latin letters don't
        # ("2 U8" is a check-up)
        glued = _alternatives([c for c in data["conjunctions"] if "\u0600" <= c[0] <= "\u06ff"])
        link = rf"\s+(?:{conjunctions})\s+" + (rf"|\s+(?:{glued})\s*" if glued else "")
        link = f"(?:{link})"
        items = rf"(?P<mid>(?:(?:\s*,\s*|{link}){NUMBER})*)"
        both = rf"(?P<n>{NUMBER}){items}{link}(?P<m>{NUMBER})"
        if units:  # with the language's own unit first: Persian shares Arabic's "و", not "سنين"
            with_unit = rf"{both}\s*(?P<unit>{units})(?!\w|[.,]\d)"
            rules.append(({DIGIT}, Rule(LazyPattern(with_unit), "age", "", code)))
        rules.append(({DIGIT}, Rule(LazyPattern(rf"{both}(?!\w|[.,]\d)"), "list", "", code)))
        # a conjunction that also joins the language's compound numbers (`compound_links`:
        # Wolof "fukk ak ñeent" is fourteen, not "10 and 4") links no bare list of number words
        compound = set(data.get("compound_links", []))
        spelt_link = [c for c in data["conjunctions"] if c not in compound]
        if number_words and spelt_link:
            # "Zwei Schwestern, دوازدە و چواردە.", "děti šest a osm": the language's own number
            # words as a list that ends its phrase are the same list; before any other word
            # ("one or two sessions") they count something else and stay as typed
            link = rf"(?:\s+(?:{_alternatives(spelt_link)})\s+{guess}" + (guess and r"\s+") + (
                rf"|\s+(?:{glued})\s*)" if glued else ")")
            spelt = rf"(?P<n>{number_words}){link}(?P<m>{number_words})(?=\s*(?:[.,;:!?)]|$))"
            keys = _first_keys("{n}", {"n": list(section_numbers)})
            rules.append((keys, Rule(LazyPattern(spelt), "list", "", code)))
    slot_words: dict[str, list[str]] = {k: list(v) for k, v in data.get("slots", {}).items()}
    slot_words["lang"] = list(section_languages(code, data))
    slot_patterns = {name: _alternatives(words) for name, words in slot_words.items()}
    for phrase, german in data.get("wishes", {}).items():
        pattern = LazyPattern(_compile_phrase(phrase, slot_patterns))
        rules.append((_first_keys(phrase, slot_words), Rule(pattern, "wish", german, code)))
    rules += _adjective_rules(code, data, slot_patterns)
    rules += _compound_age_rules(code, data)
    endings = _alternatives(data.get("endings", []))
    ending = rf"(?:{endings})?" if endings else ""
    # words before a number only ("Year 4", "child of 9"): elsewhere they mean something else
    # or before a number word with its unit ("filho de dois anos", "bambino di un anno e mezzo")
    spelt = rf"|(?:{number_words})\s*-?\s*(?:{units})(?!\w)" if number_words and units else ""
    before_number = rf"(?=[\s\-]*(?:\d{spelt}))"
    numbered = [(p, g, before_number) for p, g in data.get("numbered", {}).items()]
    rules += _counted_rules(code, data, number_words, units)
    phrases = [(p, g, ending + r"(?!\w)") for p, g in data.get("words", {}).items()] + numbered
    for phrase, german, after in sorted(phrases, key=lambda t: (-len(t[0].split()), -len(t[0]))):
        phrase, then = _then(phrase, slot_patterns)
        if "{" in phrase:  # slots: "{not} {talk}" is every negated verb of speaking
            compiled = _compile_phrase(phrase, slot_patterns)[: -len(r"(?!\w)")]
        else:
            compiled = _literal(phrase)
        after += then
        keys = _first_keys(phrase, slot_words)
        rules.append((keys, Rule(LazyPattern(compiled + after), "word", german, code)))
    for phrase, german in data.get("accented", {}).items():
        exact = " ".join(phrase.lower().split())
        pattern = LazyPattern(_literal(phrase) + ending + r"(?!\w)")
        rules.append((_first_keys(phrase, {}), Rule(pattern, "word", german, code, exact)))
    # a preposition that is also a language's name ("dari": Indonesian "from", and Dari): only
    # before a name ("Kollegin dari Jakarta"), checked on the typed text (`foreign._before_name`)
    for phrase, german in data.get("before_names", {}).items():
        pattern = LazyPattern(_literal(phrase) + r"(?=\s+\w)")
        rule = Rule(pattern, "word", german, code, before_name=True)
        rules.append((_first_keys(phrase, {}), rule))
    # a lead without a number ("عمره سنتين") says nothing the age parser needs
    fillers = sorted(
        [*data.get("fillers", []), *lead_words], key=lambda w: (-len(w.split()), -len(w))
    )
    for phrase in fillers:
        pattern = LazyPattern(_literal(phrase) + r"(?!\w)(?:\s*[,!.،])?")
        rules.append((_first_keys(phrase, {}), Rule(pattern, "filler", "", code)))
    return rules


def _counted_rules(
    code: str, data: dict[str, Any], number_words: str, units: str
) -> list[tuple[set[str], Rule]]:
    """A `numbered` noun before a bare number word of its language (Dutch "meid van veertien",
    French "fille de douze": no unit follows) becomes its German word and the number its digits
    ("Mädchen 14"), as "meisje van 14" reads; with a unit after it the age rule reads it."""
    if not number_words:
        return []
    # no unit after it, nor a second number word ("is twenty-one": the age rule reads both)
    no_unit = rf"(?![\s\-]*(?:{units})(?!\w))" if units else ""
    no_unit += rf"(?![\s\-]+(?:{number_words})(?!\w))"
    # and it ends its phrase: Turkish "genç bir anne" has "bir" as an article, no age
    no_unit += r"(?=\s*(?:[.,;:!?)]|$))"
    rules = []
    for phrase, german in data.get("numbered", {}).items():
        if "{" in phrase:  # slot phrases ("{child} of") keep the digits-only reading
            continue
        pattern = LazyPattern(rf"{_literal(phrase)}{_SEP}(?P<n>{number_words})(?!\w){no_unit}")
        rules.append((_first_keys(phrase, {}), Rule(pattern, "counted", german, code)))
    return rules


def _how_old_rules(
    code: str, data: dict[str, Any], number: str, units: str
) -> list[tuple[set[str], Rule]]:
    """A quoted question "how old?" and its answer: "ich fragte 'kaç yaşında?' – 'yedi'",
    "auf 'сколько лет?' sagt sie 'три'". The answer is a bare number word no unit follows, which
    the section would leave as typed; after the question it is the age in years. Up to two
    words may stand between ("sagt sie"); a unit after the number is left to the age rule."""
    phrases = list(data.get("how_old", []))
    if not phrases:
        return []
    unit = rf"|\s*-?\s*(?:{units})(?!\w)" if units else ""
    pattern = LazyPattern(
        rf"(?:{_alternatives(phrases)})(?P<between>[^\w\n]*(?:[^\W\d]+[^\w\n]+){{0,2}}?)"
        rf"(?P<n>{number})(?!\w|[.,]\d{unit})"
    )
    return [(_first_keys("{q}", {"q": phrases}), Rule(pattern, "age", "Jahre", code))]


def _adjective_rules(
    code: str, data: dict[str, Any], slots: dict[str, str]
) -> list[tuple[set[str], Rule]]:
    """A language's adjective right before a staff or offer noun asks for that language: Polish
    "z polską nauczycielką", "polski psycholog", Russian "русский логопед" become "polnischsprachige
    nauczycielką" … (the noun stays for the other rules). Before any other noun ("polska rodzina")
    the adjective is a nationality and the word rules read it."""
    staff = slots.get("staff")
    if not staff:
        return []
    rules = []
    for adjective, german in data.get("adjectives", {}).items():
        pattern = LazyPattern(rf"{_literal(adjective)}(?=[\s\-]+(?:{staff})(?!\w))")
        keys = _first_keys(adjective, {})
        rules.append((keys, Rule(pattern, "wish", f"{german}sprachige", code)))
    return rules


def _compound_age_rules(code: str, data: dict[str, Any]) -> list[tuple[set[str], Rule]]:
    """Ages written as one adjective, a number stem glued to "-year-old": Polish "trzyletnia
    córka", Russian "пятилетний", Bosnian "petogodišnji", also with digits ("3-letni",
    "6-месячный"). Each becomes "3 Jahre" / "6 Monate" beside its noun, as Turkish "3 yaşındaki
    kızım" already does; a stem with no age adjective after it is left alone."""
    rules: list[tuple[set[str], Rule]] = []
    adjectives: dict[str, str] = data.get("age_adjectives", {})
    stems: dict[str, float] = data.get("stems", {})
    by_unit: dict[str, list[str]] = defaultdict(list)
    for adjective, unit in adjectives.items():
        by_unit[unit].append(adjective)
    for unit, words in by_unit.items():
        after = rf"(?:{_alternatives(words)})(?!\w)"
        digits = LazyPattern(rf"(?P<n>\d{{1,2}})[\s\-]*{after}")
        rules.append(({DIGIT}, Rule(digits, "age", unit, code)))
    for stem, value in stems.items():
        number = f"{value:g}".replace(".", ",")
        for adjective, unit in adjectives.items():
            pattern = LazyPattern(_literal(stem) + _literal(adjective) + r"(?!\w)")
            # the index key is the word's first letters, which a short stem ("δι") does not fill
            keys = _first_keys(stem + adjective.rstrip("*"), {})
            rules.append((keys, Rule(pattern, "word", f"{number} {unit}", code)))
    return rules


@cache
def vocabulary() -> Vocabulary:
    data = _data()
    numbers: dict[str, float] = {}
    languages: dict[str, str] = {}
    ordered: list[tuple[int, int, set[str], Rule]] = []
    priority = {"age": 0, "list": 1, "wish": 2, "counted": 3, "word": 3, "filler": 4}
    for code, section in data.items():
        if code == "transliteration":
            continue
        for word, german in section_languages(code, section).items():
            languages[fold_foreign(word)] = german
        for position, (keys, entry) in enumerate(_language_rules(code, section, numbers)):
            for part_keys, rule in _per_key(keys, entry):
                ordered.append((priority[rule.kind], position, part_keys, rule))
    overrides: dict[str, dict[str, float]] = {}
    named: dict[str, dict[str, str]] = {}
    for code, section in data.items():
        if code == "transliteration":
            continue
        own = {fold_foreign(k): float(v) for k, v in _section_numbers(section).items()}
        if differing := {word: value for word, value in own.items() if numbers[word] != value}:
            overrides[code] = differing
        names = {fold_foreign(k): v for k, v in section_languages(code, section).items()}
        if differing_names := {w: g for w, g in names.items() if languages[w] != g}:
            named[code] = differing_names
    index: dict[str, list[Rule]] = defaultdict(list)
    for _kind, _position, keys, rule in sorted(ordered, key=lambda item: item[:2]):
        for key in keys:
            index[key].append(rule)
    rules = {k: tuple(v) for k, v in index.items()}
    return Vocabulary(rules, numbers, languages, overrides, named)
