"""How a turn relates to the open case, read from its form: refinement, same family, new family.

"geht das auch auf Türkisch? der selbst kann deutsch aber die mutter soll mit", "und in Unna? die
Oma wohnt da", "eher was am Nachmittag, vormittags hat sie Berufsschule": a turn that opens with a
refinement (a language, a place, a time) and then says why keeps the case's need; read as a whole,
its explanation (a relative, a language, school) would look like a new need. "hat noch n Großen,
4, …" or "die ziehen nach Westhofen" go on about the same family; "eben am Telefon: ein Vater
fragt für seinen Sohn" introduces another one. The words are data (`dialogue_turns.toml`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from bot.catalogue import Catalogue
from bot.dialogue.connectives import without_addendum
from bot.dialogue.foreign_speakers import asked_speaker
from bot.dialogue.given_up import without_given_up
from bot.dialogue.kin_abroad import names_kin_abroad
from bot.dialogue.named_alone import german_names, language_named_alone
from bot.dialogue.phrases import bare_age, first_clause, named_end, without_correction
from bot.models import AgeRange, Request
from bot.text import fold
from bot.understanding import understand
from bot.understanding.languages import language_code
from bot.vocabulary.lexicon import _load as load_toml

__all__ = ["about_the_family", "corrected_end", "explains_mistake", "for_whom", "introduces_family",
           "named_language", "negates_age",
           "refines_case", "same_help", "same_help_in_language", "waiver_explains",
           "waives_language", "with_named_language"]

MAX_HEAD_WORDS = 8  # "and is there something in english" — a refinement is short
YEAR = 12  # months: an age span this wide covers several children


@cache
def vocabulary() -> dict:
    """The words of turns (`dialogue_turns.toml`), read once."""
    return load_toml("dialogue_turns.toml")


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern of whole words; "nachmittag*" matches every word it begins."""
    alternatives = sorted(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "")
                          for w in words)  # fmt: skip
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b")


@cache
def _words(part: str) -> re.Pattern[str]:
    """A pattern of one part's words."""
    return word_pattern(vocabulary()[part]["words"])


@cache
def _refine() -> frozenset[str]:
    return frozenset(vocabulary()["refine"]["words"])


@cache
def _family(kind: str) -> re.Pattern[str]:
    return re.compile(vocabulary()["family"][kind])


def _split(text: str) -> tuple[str, str]:
    """The opening (up to the first question mark, else the first clause) and what follows."""
    head, mark, rest = text.strip().partition("?")
    if mark:
        return head, rest.strip()
    head = first_clause(text)
    return head, text.strip()[len(head):].lstrip(" ,;:.").strip()


def named_language(text: str) -> str | None:
    """"und wenn Englisch?", "oder Polnisch?": a language named alone in an opening refinement.

    A bare name is no wish in a request ("Nachhilfe Englisch" is a subject), but opening a
    follow-up with nothing beside it but words of refinement it asks for that language.
    """
    head, _rest = _split(without_addendum(text))  # "by the way, Arabic if possible"
    words = re.findall(r"\w+", fold(head))
    if not words or len(words) > MAX_HEAD_WORDS:
        return None
    codes = [language_code(w) for w in words if w not in _refine()]
    if len(codes) != 1 or codes[0] is None:
        return None
    return codes[0]


def spoken_language(text: str) -> str | None:
    """"sie spricht Polnisch", "she'd prefer Arabic if possible" as a whole turn: the one
    language a person of the family speaks or wishes.

    Only a turn made of a speaker, a verb of speaking, words of refinement and one language
    (German aside) counts; "Die Mutter spricht Arabisch, der Junge braucht Nachhilfe" tells about
    the family and asks for something else.
    """
    words = re.findall(r"\w+", without_addendum(text))  # "ach ja, die Eltern sprechen …"
    speaker = vocabulary()["speaker"]
    if not words or not set(words) & set(speaker["verbs"]):
        return None
    allowed = _refine() | set(speaker["verbs"]) | set(speaker["words"])
    # German said of besides ("sie spricht Ukrainisch, Deutsch nur ein bisschen") is the reason
    codes = [language_code(w) for w in words if w not in allowed and w not in german_names()]
    if set(words) & german_names() and not set(words) & set(speaker["weak_german"]):
        return None  # "sie spricht Deutsch und Arabisch": German serves
    if len(codes) != 1 or codes[0] is None:
        return None
    return codes[0]


@cache
def _alternative() -> re.Pattern[str]:
    """The words opening a clause that offers a language as an alternative ("oder …")."""
    return word_pattern(vocabulary()["also_language"]["before"])


def added_languages(text: str) -> tuple[str, ...]:
    """The languages a follow-up offers beside the one asked for ("Englisch ginge auch").

    A language's name followed by "auch" ("Arabisch wäre auch okay") adds it: whoever speaks
    French can also be helped in English. "auch" before the name ("gibt es das auch auf
    Türkisch?") is about the offer and asks for that language instead (nothing is added), and
    so is an "auch" in another clause ("und wenn Englisch? das kann sie auch ganz gut"). A clause
    opening with "oder" ("oder Englisch, das kann der Sohn gut") offers an alternative: it adds.
    """
    before = _alternative()
    for clause in re.split(r"[.!?;,]", fold(text)):  # "und wenn Englisch? das kann sie auch"
        words = re.findall(r"\w+", clause)
        codes = [(i, code) for i, w in enumerate(words) if (code := language_code(w))]
        if codes and (any(_words("also_language").fullmatch(w) for w in words[codes[0][0] + 1:])
                      or before.fullmatch(words[0])):
            return tuple(dict.fromkeys(code for _i, code in codes))
    return ()


def with_named_language(request: Request, text: str, previous: Request | None = None) -> Request:
    """The request with the language a bare refinement names ("und wenn Englisch?"), or with
    the case's languages and those a follow-up offers beside them ("Englisch ginge auch")."""
    added = added_languages(text) if previous is not None and previous.languages else ()
    if added:
        assert previous is not None
        known = previous.languages
        return replace(request, languages=known + tuple(c for c in added if c not in known))
    if request.languages:
        return request
    code = named_language(text) or (spoken_language(text) if previous is not None else None)
    if code is None and previous is not None and (not request.topics or request.general):
        code = asked_speaker(text)  # "ima li netko tko govori arapski?": nothing else asked
    if code is None and previous is not None:  # "Arabic mein bhi chalega": the case, in Arabic
        code = language_named_alone(previous, request, text)
    return replace(request, languages=(code,)) if code else request


# The corrected age opening a correction typed or dictated without a comma ("korrektur 3;1 hab mich
# in der akte verlesen", "nein er ist 4 stand falsch im befund"): the fact, then how it came about.
_LEADING_AGE = re.compile(r"^(?:(?:er|sie|es|der|die|das)\s+(?:\w+\s+)?(?:ist|is)\s+(?:\w+\s+)?)?"
                          r"\d{1,2}(?:\s*;\s*\d{1,2})?(?:\s*(?:jahre?|j|monate?|mon)\b\.?)?(?=\s)")


# A full stop after a short abbreviation of a file ("ki. ist 9", "pat. 7 j. …") ends no clause.
_ABBREVIATION_STOP = re.compile(r"\b([a-z]{1,4})\.(?=\s+[a-z0-9])")
# The wrong age a correction names beside the right one ("nicht 6", "statt 5 J.") is no child.
_WRONG_AGE = re.compile(r"\b(?:nicht|not|statt|anstatt|instead\s+of)\s+"
                        r"\d{1,2}(?:\s*[;,]\s*\d{1,2})?(?:\s*(?:jahre?|j|monate?|mon)\b\.?)?")


def negates_age(text: str) -> bool:
    """Tell a turn that names an age as the wrong one ("sie ist 12, nicht 13"): a correction of
    the case's child, whatever else the turn tells (a place, a school)."""
    return bool(_WRONG_AGE.search(fold(text)))


def refines_case(text: str, catalogue: Catalogue) -> bool:
    """Tell a turn that opens with a refinement and then only explains it.

    The opening names a language, a place or a time and no need or age of its own — or, after
    "nein", "Korrektur", "sorry", the corrected age; what follows is context unless it asks for
    help itself (a question, or a word of asking with a need) or names a child of its own.
    """
    corrected = without_correction(text)  # "Korrektur: er ist 10, hab mich verschrieben"
    if corrected is not None:  # "Korr.: Ki. ist 9, nicht 6 – Akten verwechselt"
        corrected = _WRONG_AGE.sub(" ", _ABBREVIATION_STOP.sub(r"\1", corrected))
    head, rest = _split(text if corrected is None else corrected)
    if corrected is not None and not rest and (lead := _LEADING_AGE.match(corrected)):
        head, rest = lead.group(0), corrected[lead.end():].strip()  # dictated, no comma
    if not rest or len(re.findall(r"\w+", head)) > MAX_HEAD_WORDS:
        return False
    folded = fold(head)
    timed = bool(_words("time").search(folded))
    untimed = _words("time").sub(" ", folded)
    if timed:  # "am liebsten abends": the words of preference name nothing ("liebsten" no love)
        untimed = " ".join(w for w in re.findall(r"\w+", untimed) if w not in _refine())
    opening = understand(untimed, catalogue)
    age = None
    if corrected is not None:  # a corrected age is the fact, "inzwischen" no unknown need
        age = opening.age or bare_age(head)
        opening = replace(opening, age=None, unexplained=())
    if opening.age is not None or (opening.topics and not opening.general) or opening.unexplained:
        return False
    refined = bool(opening.languages or opening.place or opening.place_candidates
                   or age is not None)
    if not (refined or timed or named_language(head)):
        return False
    return not _asks_for_help(rest, catalogue, age)


def explains_mistake(new: Request, text: str, catalogue: Catalogue) -> bool:
    """Tell a correction whose words after the corrected fact only say how the mistake came about.

    "Korrektur: 2;10, hab mich in der Akte verlesen", "sorry, 3;4, Tippfehler im Befund": a file
    or a finding is where the wrong figure stood, no need of the child's, not even context for
    ranking. A sign of danger in such a turn still counts.
    """
    return (not new.child_protection and without_correction(text) is not None
            and refines_case(text, catalogue))


def _asks_for_help(rest: str, catalogue: Catalogue, corrected: AgeRange | None = None) -> bool:
    """Tell an explanation that asks for another kind of help ("sie braucht auch …?") or
    names a child of its own.

    After a corrected age, a stage that holds it only says how the writer knows ("sorry, 2
    natürlich, sie ist bei uns in der U3-Gruppe"): the same child, and the group no need."""
    said = understand(rest, catalogue)
    if said.age is not None and corrected is not None and _holds(said.age, corrected):
        return False
    if said.age is not None:
        return True  # "ne Familie aus Selm, Kind 3, Kita": a child of its own, no reason
    if not said.topics or said.general:
        return False
    return "?" in rest or bool(_words("asks").search(fold(rest)))


def _holds(stage: AgeRange, age: AgeRange) -> bool:
    """Tell a stage's span (a year or wider) that holds a child's age."""
    return stage.high - stage.low >= YEAR and stage.low <= age.low and age.high <= stage.high


def same_help_in_language(new: Request, text: str, catalogue: Catalogue) -> bool:
    """Tell a turn asking for the help spoken of in a language, however it goes on.

    "und gibts das auch auf ukrainisch, damit die mama mitmachen kann?": the sentence that wishes
    the language refers back to the help ("das"), so its other words say why or how; a sentence
    of its own that asks for another help ("Gibt es auch eine Krabbelgruppe?") is a need.
    """
    wished = set(new.languages) - {"de"}
    if not wished:
        return False
    pattern = re.compile(vocabulary()["same_in_language"]["pattern"])
    # "Die Familie spricht zu Hause Russisch. Gäbe es die Begleitung auch mit russischsprachigen
    # Ehrenamtlichen?": a sentence that only says who speaks it is the reason, the next one asks
    naming = [sentence for sentence in re.findall(r"[^.!?;]+[.!?;]*", text)
              if any(_language_of(w) in wished for w in re.findall(r"\w+", fold(sentence)))]
    if not any(pattern.search(fold(sentence)) for sentence in naming):
        return False
    others = text
    for sentence in naming:
        others = others.replace(sentence, " ")
    others = others.strip()
    return not (others and _asks_for_help(others, catalogue))


_SPEAKING = re.compile(r"(\w+?)-?(?:sprachig\w*|sprechend\w*)$")


def _language_of(word: str) -> str | None:
    """The language a word names, also as an adjective of speakers ("russischsprachigen")."""
    code = language_code(word)
    if code is None and (speaking := _SPEAKING.match(word)):
        code = language_code(speaking.group(1))
    return code


def waiver_explains(rest: str, said: Request, previous: Request) -> bool:
    """Tell the rest of a waiver that only says why ("Und ohne Arabisch? Ich könnte eine Kollegin
    zum Übersetzen mitnehmen") or asks about the same need ("German is fine then. How does the
    registration work?"): the case stays, without the language. A child, a place or another need
    asked for ("Deutsch geht. Gibt es auch eine Krabbelgruppe?") is more than that."""
    if said.age is not None or said.place or said.place_candidates:
        return False
    if not said.topics or said.general or set(said.topics) <= set(previous.topics):
        return True
    # the waiver's own question mark ("und ohne Arabisch?" leaves "und ?") asks nothing more
    rest = re.sub(r"^\W*(?:\w+\W+){0,2}?\?", " ", rest)
    return not ("?" in rest or bool(_words("asks").search(fold(rest))))


def about_the_family(text: str) -> bool:
    """Tell a turn about another child of the family ("ihr Sohn ist 8"), the family's move or
    the same family ("zur selben BG"): its place, or its child's age, stays."""
    folded = fold(text)
    return any(_family(part).search(folded) for part in ("siblings", "children", "moves", "same")
               ) or names_kin_abroad(folded)  # "i njen stariji sin", "băiatul ei"


def without_move(text: str) -> str | None:
    """The turn without the clause of the family's move ("zieht in den Sommerferien nach
    Cappenberg"), None when it tells no move: what the move clause says is who, when and where
    ("Die Mutter ist mit dem Kind vorübergehend zu ihrer Schwester nach Selm gezogen": the clause
    from its start, so that "vorübergehend" is no need of its own)."""
    folded = fold(text)
    found = _family("moves").search(folded)
    if found is None:
        return None
    start = max((m.end() for m in _CLAUSE_START.finditer(folded[:found.start()])), default=0)
    end = re.search(r"[.!?;]", folded[found.end():])
    rest = folded[found.end() + end.end():] if end else ""
    return folded[:start] + " " + rest


# Where a clause begins: after punctuation or a conjunction ("braucht eine Hebamme und zieht …").
_CLAUSE_START = re.compile(r"[.!?;:,]|\b(?:und|aber|and|but|sondern|weil|because)\b")


def same_help(text: str) -> bool:
    """Tell a turn that asks the help spoken of for someone else ("gibts für die auch was?")."""
    return bool(_family("same_help").search(fold(text)))


def for_whom(text: str) -> bool:
    """Tell a question whether the offer shown is also for someone ("Ist das auch für Väter?")."""
    return bool(_family("for_whom").search(fold(text)))


def introduces_family(text: str) -> bool:
    """Tell a turn that introduces someone anew ("…: ein Vater fragt für seinen Sohn, 10")."""
    return bool(_family("introduced").search(fold(text)))


@cache
def _waiver() -> re.Pattern[str]:
    return re.compile(vocabulary()["waive"]["pattern"])


@cache
def _acceptance() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """The phrases of assent, and the words that take it back (a negation, learning German)."""
    section = vocabulary()["waive"]
    learning = load_toml("dialogue.toml")["language_reason"]["learning"]
    return (frozenset(tuple(fold(p).split()) for p in section["accept"]),
            frozenset({fold(w) for w in section["negations"]} | set(learning)))


def _accepts_german(folded: str) -> bool:
    """"Ok, atunci germană e ok", "Tamam, o zaman Almanca da olur": German named as the only
    language, with a word of assent and none of negation, in whatever language it is written."""
    words = re.findall(r"\w+", folded)
    phrases, against = _acceptance()
    assent = any(tuple(words[i:i + len(p)]) == p for p in phrases for i in range(len(words)))
    return (assent and bool(set(words) & german_names()) and not set(words) & against
            and not any(language_code(w) for w in words))


def waives_language(text: str, wished: tuple[str, ...] = ()) -> str | None:
    """"ok dann egal, deutsch ist ok": the rest of a turn that gives up the language, else None.

    The rest (without the waiver and its words) shows whether the turn asks anything besides;
    "deutsch" in it is no need for German lessons. German with a mere word of assent ("Mama
    spricht gut Deutsch") gives up only a language `wished` before.
    """
    folded = without_given_up(fold(text), wished)  # "wenn es nicht auf Arabisch gibt, …"
    if not _waiver().search(folded):
        if not (wished and _accepts_german(folded)):
            return None
        return " ".join(w for w in re.findall(r"\w+", folded) if w not in german_names())
    rest = _waiver().sub(" ", folded)
    words = "|".join(map(re.escape, vocabulary()["waive"]["words"]))
    return re.sub(rf"\b(?:{words})\b", " ", rest)


# The help chosen for one end of the family ("vor allem für den Großen", "for the youngest").
_SELECTS = re.compile(r"\b(?:fuer|for)\s+(?:\w+\s+){0,2}?(?:gross|klein|aelter|juenger|aeltest|"
                      r"juengst|older|younger|eldest|youngest|big|little)\w*")  # fmt: skip


def corrected_end(known: AgeRange | None, said: AgeRange | None, text: str) -> AgeRange | None:
    """"ah nee, der Kleine ist erst 10 Monate" after "Zwei Kinder, 1 und 5": one end corrected.

    While the case's age spans several children, a correction of the youngest or the oldest
    (named as such) moves that end of the span; the other children stay. None when the turn
    corrects nothing of the kind.
    """
    end = named_end(text)
    if known is None or said is None or end is None or known.high - known.low < YEAR:
        return None
    if _SELECTS.search(fold(text)):
        return None  # "vor allem für den Großen, der ist acht": that one child, not a family span
    if said.high - said.low >= YEAR:
        return None  # a stage ("Kita") or a span of its own, not one child's age
    if end == "youngest" and said.low < known.high:
        return AgeRange(said.low, known.high)
    if end == "oldest" and said.high > known.low:
        return AgeRange(known.low, said.high)
    return None
