"""Find the languages an offer must be held in ("auf Türkisch", "in polnischer Sprache",
"English-speaking", "Kurmancî bilen", "po polsku").

One mechanism for every language: the frames of a wish are patterns in `languages.toml` with one
word slot `{w}`, and the word is read as a language by the names of all ISO 639-1 languages
(`language_names`, from Babel) and the colloquial names of `languages.toml [codes]` — inflected
("polnischer"), misspelt ("Russichsprachige") or in the language itself ("Türkçe", "kurdî") where
the frame allows it. A family that merely speaks a language, a nationality, a school subject
("Nachhilfe in Englisch") and a waived language ("muss nicht auf Englisch sein") are no wish.
Someone wished for by the language she speaks is read in every word order writers use ("eine
Hebamme, die Arabisch spricht", "Hebamme wo spricht bulgarisch", "Streetworker, die Arabisch
können", "sie muss Arabisch sprechen können", "someone speaking Romanian"), but only where the
sentence asks or seeks: "eine Nachbarin, die Arabisch spricht, übersetzt schon" tells who is there.
Everything is compiled once; a call runs a dozen regular expressions and dictionary look-ups.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from babel.languages import get_official_languages
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.understanding.gate import gated
from bot.understanding.interpreter_at_hand import interpreter_at_hand
from bot.understanding.kin_interpreter import only_kin_interpret
from bot.understanding.language_clips import unabbreviated
from bot.understanding.language_grammar import Grammar
from bot.understanding.language_grammar import grammar as _grammar
from bot.understanding.language_quotes import unquoted
from bot.understanding.letters import letter_tokens, letter_words
from bot.understanding.origins import origins
from bot.understanding.writer_interpreter import clause_numbers, interpreting

_TOKEN = re.compile(r"[^\W\d_]+")
_SENTENCE = re.compile(r"[.!?;\n]")
_CLAUSE = re.compile(r"[,.!?;:()\n–]")
_ASKED_END = re.compile(r"[.!?;\n–]|\s-\s")  # a sentence, or its part before or after a dash
_ADJECTIVE_ENDINGS = ("em", "en", "er", "es", "e")
# "auf Ukrainisch oder Russisch", "in türkischer oder arabischer Sprache": the next one counts too,
# also as a fallback ("der Javanisch oder wenigstens Indonesisch kann")
_FALLBACK = r"(?:(?:wenigstens|zumindest|mindestens|notfalls|at least)\s+)?"
_COORDINATED = re.compile(
    rf"\s*-?\s*(?:oder|und|or|and|u|/|,)\s*\.?\s*{_FALLBACK}([^\W\d_]+)")
_COORDINATED_BEFORE = re.compile(rf"([^\W\d_]+)\s*(?:oder|und|or|and|bzw|/)\s*{_FALLBACK}$")
GERMAN = "de"  # never a wish: every offer is held in German
PARENT = "parent"  # a parent's only language: a wish where the request states none of its own
# an interpreter asked for, not brought along ("mit Dolmetscher" is the manner of another help)
# nor the writer's own ("ich übersetze selbst")
_INTERPRETER = re.compile(
    r"(?<!\bmit )(?<!\bwith )(?<!\bmit einem )(?<!\bmit einer )(?<!\bwith an )"
    r"\b(?:dolmetsch|sprachmittl|uebersetz|interpret)\w*")
_SELF = re.compile(r"\b(?:ich|wir|i)\s+(?:\w+\s+)?(?:dolmetsch|uebersetz|interpret|translat)\w*")
# most texts name no interpreter: the scans behind lookbehinds at every position are skipped
_INTERPRETER, _SELF = gated(_INTERPRETER), gated(_SELF)


def language_names_read() -> dict[str, str]:
    """Every folded name read as a language, with its code (Babel's and `languages.toml`'s)."""
    return _grammar().names


@lru_cache(maxsize=65536)  # words recur: each is read once (the grammar is fixed data)
def language_code(word: str, *, inflected: bool = False, fuzzy: bool = False) -> str | None:
    """Read one folded word as a language: a name, an inflected German adjective ("polnischer"),
    or a typo of a name of six letters or more ("arabsich", "russich")."""
    grammar = _grammar()
    code = grammar.names.get(word)
    if code is None and inflected:
        for ending in _ADJECTIVE_ENDINGS:
            stem = word[: -len(ending)]
            if word.endswith(ending) and stem.endswith("isch") and stem in grammar.names:
                code = grammar.names[stem]
                break
    typo = fuzzy and len(word) >= 6 and word.isascii() and word not in grammar.ordinary
    if code is None and typo:
        # a typo keeps the first letter; longer names tolerate two slips ("truekisch")
        cutoff = 2 if len(word) >= 9 else 1
        choices = [n for n in grammar.fuzzy_names if n[0] == word[0]]
        found = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=cutoff)
        if found is not None:
            code = grammar.names[found[0]]
    return code


def _sentence(folded: str, start: int, end: int) -> str:
    begin = max((m.end() for m in _SENTENCE.finditer(folded, 0, start)), default=0)
    stop = _SENTENCE.search(folded, end)
    return folded[begin : stop.start() if stop else len(folded)]


def _lesson(folded: str, match: re.Match[str]) -> bool:
    """Tell whether a language is named as a pupil's lesson ("pennt in Französisch ein", "hat in
    Englisch eine 5"): a doing of the classroom or a grade right before the frame in its clause,
    or a particle or grade right after the language (`[patterns] lesson_before`, `lesson_after`)."""
    grammar = _grammar()
    begin = max((m.end() for m in _CLAUSE.finditer(folded, 0, match.start())), default=0)
    return bool(grammar.lesson_before.search(folded, begin, match.start())
                or grammar.lesson_after.match(folded, match.end("w")))


def _clause(folded: str, start: int, end: int) -> str:
    """The clause around a word: between the punctuation marks before and after it."""
    begin = max((m.end() for m in _CLAUSE.finditer(folded, 0, start)), default=0)
    stop = _CLAUSE.search(folded, end)
    return folded[begin : stop.start() if stop else len(folded)]


# where a clause ends for a language's negation or report verb: punctuation, a line, a dash
# between words ("Eltern verstehen die Anmeldung nicht – Dolmetscher Kurmancî?" asks for one)
_CLAUSES = re.compile(r"[,.;:!?()\n–—]|\s-\s")


def _waived(folded: str, start: int, end: int, grammar: Grammar) -> bool:
    """Tell whether a negation waives the language: right before it, across filler words only
    ("doesn't need to be in English", "muss nicht auf Türkisch sein"; not "weiß nicht mehr
    weiter, Elternkurs auf Türkisch"), or right after it ("Englisch nicht nötig", "Farsi would be
    ideal but German with an interpreter is ok too")."""
    if grammar.waived_after.search(folded[end : end + 110]):  # its patterns bound themselves
        return True
    before = _CLAUSES.split(folded[:start])[-1]
    for word in reversed(re.findall(r"[a-z']+", before)):
        if word in grammar.negations:
            return True
        if word not in grammar.fillers:
            return False
    return False


def _reported(folded: str, start: int, end: int, grammar: Grammar,
              topics: frozenset[str] = frozenset()) -> bool | str:
    """Tell whether the language at `start:end` is what someone is reported to speak ("Mutter
    spricht Polnisch", "мы говорим по-русски", "Türkçe ve Kürtçe konuşuyor"): a report verb
    beside it across fillers and other language names only, and no relative or seeker word that
    turns it into the wished person ("jemand, der Polnisch spricht", "która mówi po polsku").

    "Only" makes the language a condition for whom it is said of (`_only_said_of`): a client or a
    parent who takes part in the help asked for (`topics`) must be talked with in it: then
    `PARENT`, a wish only where the request states none of its own ("Mama spricht nur Ukrainisch
    und Russisch. Sie braucht Erziehungsberatung auf Ukrainisch" asks for Ukrainian)."""
    clause = _CLAUSES.split(folded[:start])[-1]
    before = _TOKEN.findall(clause)
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        if word in grammar.modals and grammar.modal_breaks.intersection(before[i + 1 :]):
            break  # "wo die Eltern dabei sein können auf Türkisch": a modal of its own clause
        if word in grammar.report_verbs:
            lead = i - 1
            while lead >= 0 and before[lead] in grammar.only:  # "mum only speaks Tigrinya"
                lead -= 1
            subject = before[lead] if lead >= 0 else ""
            if lead == 0 and subject in grammar.pointing:  # "Mama, die spricht nur Türkisch"
                previous = _TOKEN.findall(folded[: start - len(clause)])[-1:]
                if previous and previous[0] in grammar.subjects | grammar.children:
                    subject = previous[0]
            if lead < i - 1 or any(w in grammar.only for w in before[i + 1 :]) or \
                    grammar.only_after.match(folded, end):
                said = _only_said_of(folded, subject, grammar, topics)
                if said and interpreter_at_hand(folded):  # "ich übersetze": bridged
                    return True
                return PARENT if said and subject in grammar.subjects else not said
            sought = grammar.seekers.intersection(before[max(0, lead - 3) : lead + 1])
            return subject not in grammar.relatives and not sought
        if word not in grammar.report_fillers and not language_code(word, inflected=True):
            break
    if any(word in grammar.relatives for word in before):
        return False
    after = _CLAUSES.split(folded[end:])[0]
    for word in _TOKEN.findall(after):
        if word in grammar.report_verbs:
            return True
        if word not in grammar.report_fillers and not language_code(word, inflected=True):
            return False
    return False


def _only_said_of(folded: str, subject: str, grammar: Grammar, topics: frozenset[str]) -> bool:
    """Tell whether a language someone speaks "only" is a condition of the offer. Said of the
    child ("Junge 8 spricht nur Ukrainisch, braucht Deutschförderung") it is the child's own
    language, whose German the help is for. Said of a parent or the family it is the language the
    offer is held in when the parent takes part in the help asked (counselling, a parents' group,
    a home visit, an interpreter: `[report] parent_topics`, "KM spricht nur ukr./russ. …
    Erziehungsberatung?"), not for German itself ("Mama spricht nur Türkisch, möchte Deutsch
    lernen": `[report] german_learning`), nor for a child's place alone ("Eltern verstehen nur
    Serbisch, Tochter braucht einen Kitaplatz"). Said of anyone else (a client, "Schwangere,
    spricht nur Arabisch") it is a condition of any help but German itself, whoever it is said
    of: "Mergaitė 4 metų, spricht nur Litauisch – brauchen Kita und Deutsch für Kind"."""
    if subject in grammar.children:
        return False
    if grammar.german_learning.search(folded) and not (
            topics & grammar.parent_topics - grammar.learning_topics):
        return False  # "Mama spricht nur Türkisch, möchte Deutsch lernen": German is the help
    if subject in grammar.subjects:
        asked = grammar.interpreting.search(folded) and not only_kin_interpret(folded)
        return bool(asked) or bool(topics & grammar.parent_topics)
    return True


def _sought_for_her(folded: str, start: int, end: int, grammar: Grammar) -> bool:
    """Tell whether the language someone the offer is for speaks is a condition of the offer:
    her sentence or the one before seeks a provider ("Hebamme + Begleitung gesucht, sie spricht
    Farsi", "Schwangere sucht Hebamme. Sie spricht Dari.") and the clause does not add that she
    speaks German too ("… und gut Deutsch"); "kaum Deutsch" keeps the wish."""
    begin = max((m.end() for m in _SENTENCE.finditer(folded, 0, start)), default=0)
    before = max((m.end() for m in _SENTENCE.finditer(folded, 0, max(begin - 1, 0))), default=0)
    region = folded[before:begin] + _sentence(folded, start, end)
    if not (grammar.seeking.search(region) and grammar.providers.search(region)):
        return False
    clause = re.split(r"[.;:!?()\n]", folded[end:])[0]
    german = grammar.also_german.search(folded[end:])
    return german is None or bool(grammar.limited_german.search(clause))


def _asks(folded: str, start: int, end: int, grammar: Grammar) -> bool:
    """Tell whether a relative clause that names a language ("die Arabisch spricht") or a word of
    interpreting wants the person: its sentence asks, seeks or wants outside the clause (`[patterns]
    asking`: "Kinderärztin gesucht, die Arabisch spricht", "ist da jemand, der Arabisch
    spricht?", "Eltern wollen Therapeutin, die arabisch spricht"), or says nothing of someone
    already there (a note: "Familienhebamme, die Albanisch spricht, Baby 2 Monate"). "Eine
    Nachbarin, die Arabisch spricht, übersetzt schon" and "eine Erzieherin, die Russisch spricht,
    haben wir selbst im Team" tell who is there (`[patterns] present`). A dash closes the sentence
    here: "… im Team – suchen aber Frühförderung" seeks something else."""
    begin = max((m.end() for m in _ASKED_END.finditer(folded, 0, start)), default=0)
    stop = _ASKED_END.search(folded, end)
    finish = stop.start() if stop else len(folded)
    if stop and folded[stop.start()] == "?":
        return True
    outside = folded[begin:start] + " , " + folded[end:finish]
    return bool(grammar.asking.search(outside)) or not grammar.present.search(outside)


def _own_language(folded: str, grammar: Grammar) -> tuple[int, str] | None:
    """Read "Beratung in seiner Sprache", "in der Muttersprache": the language the request names
    for the family ("spricht Kurmancî", "farsisprachig") is the one asked for."""
    wish = grammar.own_language.search(folded)
    if wish is None:
        return None
    for _start, _end, word in letter_tokens(folded):
        word = word.split("sprachig")[0] if "sprachig" in word else word
        code = language_code(word, inflected=True)
        if code and code != GERMAN:
            return wish.start(), code
    # no language named: the language of the country the family comes from ("Familie aus
    # Syrien … in ihrer Muttersprache"), when the request names exactly one
    countries = {c for o in origins(letter_words(folded)) for c in o.codes.split(",")}
    code = _country_language(next(iter(countries))) if len(countries) == 1 else None
    return (wish.start(), code) if code else None


@cache
def _country_language(country: str) -> str | None:
    """The first official language of a country (Babel's territory data), as an ISO 639-1 code."""
    found = get_official_languages(country, de_facto=True)
    code = found[0] if found else None
    return code if code and len(code) == 2 and code != GERMAN else None


def parse_languages(folded: str, topics: Iterable[str] = ()) -> tuple[str, ...]:
    """Return ISO 639-1 codes the request asks the offer to be held in, in order of mention.
    `topics` are the needs asked for: a parent's only language is a wish where the parent takes
    part in the help (`_only_said_of`)."""
    grammar = _grammar()
    needs = frozenset(topics)
    implied: dict[str, int] = {}  # parents' only languages (`PARENT`)
    folded = unquoted(unabbreviated(folded, grammar.providers, grammar.clip_leads))
    found: dict[str, int] = {}
    tokens = [(start, word) for start, _end, word in letter_tokens(folded)]
    # the writer who interprets: the language she bridges is hers ("Dolmetscher Farsi bin ich")
    # (its clauses are counted only where an interpreter word stands: most requests hold none)
    writer = interpreting([w for _, w in tokens],
                          lambda: clause_numbers(folded, letter_tokens(folded)), _names_language)
    hers = frozenset(tokens[i][0] for i in writer.languages)
    # most requests name no language: then only the frames that read typos need to run
    named = any(language_code(word, inflected=True) for _, word in tokens)
    mediated = bool(grammar.mediated.search(folded))
    for frame in grammar.frames:
        if frame.when and not any(map(folded.__contains__, frame.when)):  # in C, no generator
            continue
        if not (frame.when or frame.fuzzy or named):
            continue
        for match in frame.pattern.finditer(folded):
            word = match.group("w")
            code = language_code(word, inflected=frame.inflected, fuzzy=frame.fuzzy)
            if match.start("w") in hers:
                continue
            # a negation counts up to the frame ("not in English"), not across its punctuation
            lead = folded[match.start() : match.start("w")]
            start = match.start() if not re.search(r"[,.;:!?()]", lead) else match.start("w")
            if code is None or _waived(folded, start, match.end("w"), grammar) or (
                    start < match.start("w")  # "ein Vater, der kein Türkisch spricht"
                    and _waived(folded, match.start("w"), match.end("w"), grammar)):
                continue
            sentence = _sentence(folded, match.start("w"), match.end("w"))
            into = found  # a parent's only language goes `implied`
            if frame.asked and not _asks(folded, match.start(), match.end(), grammar):
                continue
            if frame.sought:
                if not _sought_for_her(folded, match.start(), match.end("w"), grammar):
                    continue
            elif not frame.condition:
                reported = _reported(folded, match.start("w"), match.end("w"), grammar, needs)
                if reported == PARENT:
                    into = implied
                elif reported:
                    continue
            if frame.weak and (mediated or grammar.family.search(sentence)):
                continue
            if frame.subject and (grammar.subject.search(sentence) or _lesson(folded, match)):
                continue
            if frame.troubled and grammar.troubled.search(
                    _clause(folded, match.start("w"), match.end("w"))):
                continue
            if code != GERMAN:
                into.setdefault(code, match.start())
            if frame.asked:  # "wo auch Arabisch oder Türkisch gesprochen wird"
                head = _COORDINATED_BEFORE.search(folded, max(0, match.start("w") - 40),
                                                  match.start("w"))
                other = head and language_code(head.group(1), inflected=True)
                if other and other != GERMAN:  # named first, so it comes first
                    into.setdefault(other, match.start() - 1)
            tail = _COORDINATED.match(folded, match.end("w"), match.end("w") + 40)
            if tail:
                other = language_code(tail.group(1), inflected=frame.inflected)
                if other and other != GERMAN:
                    into.setdefault(other, match.start() + 1)
    for i, (at, word) in enumerate(tokens):
        pair = None
        if i + 1 < len(tokens):
            gap = folded[at + len(word) : tokens[i + 1][0]]
            pair = word + gap + tokens[i + 1][1] if gap in (" ", "-") else None
        code = grammar.wishes.get(word) or (grammar.wishes.get(pair) if pair else None)
        if code and code != GERMAN and at not in hers \
                and not _waived(folded, at, at + len(word), grammar):
            reported = _reported(folded, at, at + len(word), grammar, needs)
            if reported == PARENT:
                implied.setdefault(code, at)
            elif not reported:
                found.setdefault(code, at)
    if not found:  # "in ihrer Sprache": a language named, or the country the family comes from
        own = _own_language(folded, grammar)
        if own:
            found[own[1]] = own[0]
    if not found:
        found = implied
    # an interpreter word said only of someone at hand asks for none ("ihre Tochter übersetzt")
    if not found and not mediated and not writer.roles and not _SELF.search(folded) \
            and not only_kin_interpret(folded) and any(
            _asks(folded, m.start(), m.end(), grammar)
            and not _waived(folded, m.start(), m.end(), grammar)  # "kein Dolmetscher nötig"
            for m in _INTERPRETER.finditer(folded)):
        found = _interpreted(folded, tokens)
    return tuple(sorted(found, key=found.__getitem__))


def _names_language(word: str) -> bool:
    return language_code(word, inflected=True) is not None


def _interpreted(folded: str, tokens: list[tuple[int, str]]) -> dict[str, int]:
    """An interpreter asked for ("Eltern arab., Aufnahmegespräch … – Sprachmittler?", "Familie
    aus Eritrea (Tigrinya) … Dolmetscher für das Elterngespräch") must speak the family's language:
    the languages the request names, when it names one or two (a hedge, "gern mit Dolmetscher",
    bridges the language instead and never comes here)."""
    grammar = _grammar()
    named: dict[str, int] = {}
    for at, word in tokens:
        code = language_code(word, inflected=True)
        if code and code != GERMAN and len(code) == 2 and word not in grammar.ordinary \
                and not _waived(folded, at, at + len(word), grammar):
            named.setdefault(code, at)
    return named if len(named) <= 2 else {}
