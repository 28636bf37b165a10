"""What an answer about a place says: where someone lives, where something is, a place we lack.

Asked "Wo wohnt die Familie?", a professional answers in statements ("Wohnort der Kindesmutter:
Lünen", "der Verein ist in Rünthe") or with a town outside the Kreis ("Hamm"). These read the
form of such a statement; the gazetteer says which place it names.
"""

from __future__ import annotations

import re

from bot.catalogue import Catalogue
from bot.catalogue.gazetteer import Gazetteer
from bot.dialogue.phrases import without_correction
from bot.dialogue.spoken import spoken_match
from bot.models import Request
from bot.text import fold
from bot.vocabulary.lexicon import _load as load_toml

# A statement of where someone of the family lives ("Wohnort der Kindesmutter: Lünen", "Vater
# lebt in Kamen", "they live in Selm"): a fact about the open case, never a need of its own, even
# when a word of it (a relative, "Wohnort") sounds like a topic.
_RESIDENCE = re.compile(
    r"\b(?:wohn\w*|lebt|leben|lebend|gemeldet|zuhause|zu\s+hause|daheim|aufenthalt\w*|"
    r"lives?|living|resident|based)\b"
)
# Where something of the case is, said as a statement: "der Verein ist in Rünthe", "die Kita
# liegt in Methler", "school is in Kamen". Answering "Wo wohnt die Familie?", its subject is
# where the child is met, context and not a need of its own.
_LOCATED = re.compile(r"\b(?:ist|sind|liegt|liegen|is|are|sitzt|sitzen)\s+(?:\w+\s+){0,2}"
                      r"(?:in|im|bei|at)\b")  # fmt: skip
# Where the asker meets the child, told by what it does there: "trainieren tun se bei uns", "er
# kommt zu uns in den Treff", "plays with us". Beside a residence it explains the other place.
_WITH_US = re.compile(r"\b(?:bei|zu)\s+uns\b|\b(?:with|at)\s+us\b")


def states_location(text: str) -> bool:
    """Tell a statement of where something is ("der Verein ist in Rünthe"), not a question."""
    return "?" not in text and bool(_LOCATED.search(fold(text)))


def states_residence(text: str) -> bool:
    """Tell a statement of where someone lives ("Wohnort ist aber Hamm", "they live in Soest")."""
    return bool(_RESIDENCE.search(fold(text)))


def without_residence(text: str) -> str | None:
    """The message without its words of residence, or None when it states no residence.

    "Wohnort der Kindesmutter: Lünen" → "der Kindesmutter: Lünen": what is left shows whether the
    message names a need besides the fact of where someone lives.
    """
    folded = fold(text)
    if not _RESIDENCE.search(folded):
        return None
    return _RESIDENCE.sub(" ", folded)


def without_mistakes(folded: str) -> str:
    """The folded words without those that only say a mistake was made, or "no"/"wait".

    "ach nee sorry die wohnt in werne nich lünen hab ich verwechselt", spoken without commas:
    once the residence is gone, "verwechselt" read alone looks like a need (mixed-up letters),
    but it says how the wrong place came about. The words are the age corrections' own
    (`dialogue_turns.toml [age_statement] mistakes, interjections`).
    """
    section = load_toml("dialogue_turns.toml")["age_statement"]
    mistakes, fillers = section["mistakes"], {fold(w) for w in section["interjections"]}
    return " ".join(w for w in re.findall(r"\w+", folded)
                    if w not in fillers and not spoken_match([w], mistakes))


MAX_LOCATED_WORDS = 8  # "unsere Kita ist aber in Methler": a subject, a verb, a place


def without_located(text: str) -> str:
    """The message without its short clauses of where something is, beside where one lives.

    "die Familie wohnt in Heeren, unsere Kita ist aber in Methler": the Kita is where the child
    is met, told to explain the two places; it is no need of the family's. Only a clause of a
    message that also states a residence goes, and only one short enough to be a location; so
    does one that names a place as only where something else is ("Kamen war nur der Ort der
    Kita"): it says why that place was named.
    """
    clauses = re.split(r"([,;:.!?]|\s[-–]\s)", text)
    if not any(_RESIDENCE.search(fold(c)) for c in clauses):
        return text
    kept = [c for c in clauses
            if not ((_MERELY.search(fold(c)) or ((_LOCATED.search(fold(c))
                                                  or _WITH_US.search(fold(c)))
                                                 and not _RESIDENCE.search(fold(c))))
                    and len(re.findall(r"\w+", c)) <= MAX_LOCATED_WORDS)]  # fmt: skip
    return "".join(kept)


# A clause that names a place as merely where something else happens ("werne war nur der
# Einsatzort bei der Oma", "in Kamen ist nur die Schule", "in Westhofen wohnt nur der Vater",
# "Lünen is only where her school is"): the reason the wrong place was named, not the case's.
_BE = r"(?:war|waren|ist|sind|is|was|are|were|wohnt|wohnen|lebt|leben|liegt|lives?)"
_ONLY = r"(?:nur|bloss|lediglich|only|just|merely)"
# The child merely comes or goes somewhere ("kommt nur zu uns ins Jugendhaus", "geht nur in
# Methler zur Schule", "only comes to our club"): where the asker meets it, not where it lives.
_GOES = r"(?:kommt|kommen|geht|gehen|comes|come|goes|go)"
_MERELY = re.compile(rf"\b{_BE}\s+(?:\w+\s+){{0,3}}?{_ONLY}\b"
                     rf"|\b{_ONLY}\s+(?:\w+\s+){{0,3}}?{_BE}\b"
                     rf"|\b{_GOES}\s+(?:\w+\s+){{0,2}}?{_ONLY}\s+(?:\w+\s+){{0,2}}?"
                     rf"(?:zu|zur|zum|in|ins|im|nach|to|into)\b")
# "…, sondern in Selm" continues the clause it corrects: the place lived in is named after it.
_CLAUSE_END = re.compile(r"[,;:.!?](?!\s*(?:sondern|but\s+in)\b)|\s[-–]\s")


def residence_clause(text: str) -> str | None:
    """The one clause of a longer message that says where someone lives, else None.

    "Korrektur: die Familie wohnt in Hengsen, nur die Kita ist in Fröndenberg": the place of
    the case is the one lived in; the other, said where something is (or only where something
    else happens: "Werne war nur der Einsatzort"), is where the child is met.
    """
    clauses = [c for c in _CLAUSE_END.split(fold(text)) if c.strip()]
    lived = [c for c in clauses if _RESIDENCE.search(c) and not _MERELY.search(c)]
    located = [c for c in clauses if c not in lived
               and (_MERELY.search(c) or (_LOCATED.search(c) and not _RESIDENCE.search(c)))]
    return lived[0] if len(lived) == 1 and located else None  # "Bönen, Bramey" is one place


# Words around a place name in an answer to "Wo wohnt die Familie?": "aus Dortmund", "wohnen in
# Hamm", "near Soest".
_PLACE_FRAME = frozenset((
    "in", "im", "aus", "bei", "nach", "von", "nahe", "naehe", "der", "raum", "wohnen", "wohnt",
    "leben", "lebt", "die", "familie", "sie", "wir", "from", "near", "at", "they", "live", "lives",
    "stadt", "ort", "plz", "wohnort", "ist", "sind", "aber", "eigentlich", "doch", "jetzt",
    "but", "actually", "is", "are",
))  # fmt: skip
MAX_PLACE_WORDS = 3  # a place name has up to three words ('Bad Sassendorf-Lohne')


def names_a_place(text: str) -> bool:
    """Tell an answer that names a place by its form: names written as nouns or a postcode.

    Asked where the family lives, "Hamm" or "aus Dortmund" is a place the gazetteer lacks (one
    outside the Kreis), not unreadable text: the reply can say so and keep the question open.
    """
    words = re.findall(r"[^\W_]+", text)
    rest = [w for w in words if fold(w) not in _PLACE_FRAME]
    if not rest or len(rest) > MAX_PLACE_WORDS or len(words) > 2 * MAX_PLACE_WORDS:
        return False
    return all((w[:1].isupper() and w.isalpha() and len(w) >= 3) or (w.isdigit() and len(w) == 5)
               for w in rest)  # fmt: skip


def settled_by_case(candidates: tuple[str, ...], case_place: str | None,
                    gazetteer: Gazetteer) -> str | None:  # fmt: skip
    """"Stockum" said in a case in Werne is Stockum (Werne), not Stockum (Unna).

    A district name several towns share is settled by the town the case already lies in, as a
    default place settles it for a first message; None when no reading, or more than one, lies
    in that town.
    """
    town = gazetteer.municipality_of(case_place)
    within = [key for key in candidates if town and gazetteer.municipality_of(key) == town]
    return within[0] if len(within) == 1 else None


def inner_nouns(words: tuple[str, ...], text: str) -> bool:
    """Tell whether one of `words` is written as a noun inside a sentence ("… braucht
    Kinderhospiz"), not as the capital opening one ("Verzeihung, …") or in lower case."""
    wanted = set(words)
    for sentence in re.split(r"[.!?:;]", text):
        tokens = re.findall(r"\w+", sentence)
        if any(w[:1].isupper() and fold(w) in wanted for w in tokens[1:]):
            return True
    return False


def pick_candidate(place: str, candidates: tuple[str, ...], catalogue: Catalogue) -> str | None:
    """"Werne" answering "Stockum (Werne) or Stockum (Lünen)?" picks Stockum (Werne)."""
    gazetteer = catalogue.gazetteer
    for key in candidates:
        if key == place or gazetteer.municipality_of(key) == place:
            return key
    return None


def corrected_out(previous: Request, text: str, said: str) -> bool:
    """Tell a correction that moves the case's home to a town around the Kreis.

    "Korrektur: Die Familie wohnt in Menden, nicht Fröndenberg": the home is outside, which no
    offer serves (a `not_here` gap). Elsewhere in a case such a town ("die Mutter kommt aus
    Dortmund") leaves the home as it was, and the case's offers were shown as fitting a family
    that lives outside. `said` is the turn without the values it negates: a correction opens
    with its word or takes back the case's place.
    """
    return previous.place is not None and (without_correction(text) is not None or said != text)
