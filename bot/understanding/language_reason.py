"""Little German said beside a wish for another language is the reason for the wish, not a need.

"und auf Türkisch? die Oma kann kaum Deutsch", "geht das auch auf Englisch? Deutsch noch wenig":
the family asks for the offer it already talks about in a language it understands. Read as a need,
"kaum Deutsch" would turn the request into language support or migration advice and replace the
offer asked about. Without such a wish ("Kind 4 spricht kaum Deutsch") the words keep their topic.

The other way round, a person wished for by the language alone ("gibts wen, der Rumänisch spricht
und mit den Eltern redet?") is a need of its own: language mediation (`with_mediation`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from bot.understanding.kin_interpreter import kin_interpreting
from bot.vocabulary.lexicon import language_frames, topic_lexicon

if TYPE_CHECKING:  # topic_parts calls this module
    from bot.understanding.topic_parts import Credit


WINDOW = 6  # how far before the phrase the adult it is said of may stand


@cache
def _section() -> tuple[frozenset[str], ...]:
    data = topic_lexicon().get("language_reason", {})
    keys = ("before", "languages", "terms", "topics", "adults", "follow_up")
    return tuple(frozenset(data.get(key, ())) for key in keys)


def wishes_language(words: list[str]) -> int:
    """0 when the text asks for no other language, 1 for a wish ("Beratung auf Vietnamesisch"),
    2 for a wish that asks about the offer already talked about ("geht das auch auf Englisch?",
    "und auf Türkisch?")."""
    before, languages, *_, follow_up = _section()
    found = 0
    for i, word in enumerate(words):
        if word in languages and i and words[i - 1] in before:
            found = max(found, 2 if i > 1 and words[i - 2] in follow_up else 1)
    return found


def without_reasons(words: list[str], credits: list[Credit]) -> list[Credit]:
    """Drop the credits of little-German phrases said of an adult who accompanies the child
    ("die Oma kann kaum Deutsch") when the text wishes for another language, and of anyone when
    the wish asks about the offer already talked about ("auch auf Englisch?"). Said of the child
    ("Kind 5, Deutsch kaum") or of the client herself ("Frau aus Vietnam, kaum Deutsch") the words
    keep their topic: there they are the need. A person wished for by her language alone adds
    language mediation first (`with_mediation`): the one hook topic finding calls for languages."""
    _, _, terms, topics, adults, _ = _section()
    credits = with_mediation(words, credits)
    kin = kin_interpreting(words)  # "Sohn ist Dolmetscher": who interprets now, no need
    if kin:
        credits = [c for c in credits if c.position not in kin]
    if not any(c.term in terms for c in credits):
        return credits
    wish = wishes_language(words)
    if not wish:
        return credits
    return [c for c in credits if not (c.term in terms and c.topic in topics and (
        wish == 2 or _said_of_adult(words, c.position, adults)))]


@dataclass(frozen=True, slots=True)
class _Mediation:
    topic: str
    window: int
    persons: frozenset[str]
    between: frozenset[str]
    verbs: frozenset[str]
    within: frozenset[str]
    joins: frozenset[str]
    talk: frozenset[str]


@cache
def _mediation() -> _Mediation:
    data = language_frames()["mediation"]
    words = ("persons", "between", "verbs", "within", "joins", "talk")
    return _Mediation(data["topic"], data["window"], *(frozenset(data[k]) for k in words))


def with_mediation(words: list[str], credits: list[Credit]) -> list[Credit]:
    """A person asked for by nothing but the language she speaks ("gibts wen, der Rumänisch
    spricht und mit den Eltern redet?", "jemand der bulgarisch kann in Lünen?") is someone to
    bridge the language: language mediation (`[mediation] topic`), which the Sprachmittler
    offers meet. "eine Hebamme, die Farsi spricht" names the person by her job; "Stillgruppe, wo
    jemand Albanisch spricht", "mit jemandem, der Dari spricht", "am besten jemand, der …" put
    her inside the service asked for; "jemand, der auch Arabisch kann" or "… und mit ihm
    Bewerbungen schreibt" give her another task, and so does a need told after her ("brauch
    jmd der Türkisch spricht für ne Familie, Sohn driftet ins Radikale ab"): no mediation. It
    joins the need beside it at its strength: beside a need named directly it is named too,
    beside needs only described it is described, and never crowds them out."""
    rules = _mediation()
    if not rules.persons.intersection(words):
        return credits
    from bot.understanding.languages import GERMAN, language_code  # languages → topic_parts
    from bot.understanding.topic_parts import Credit

    for i, word in enumerate(words):
        if word not in rules.persons or rules.within.intersection(words[max(0, i - 2) : i]):
            continue
        for j in range(i + 1, min(len(words), i + rules.window + 1)):
            code = language_code(words[j], inflected=True)
            verb = j + 1 if j + 1 < len(words) and words[j + 1] in rules.verbs else j - 1
            if code and code != GERMAN and len(code) == 2 and words[verb] in rules.verbs:
                if _other_task(words, verb + 1, rules) or any(
                        c.position > verb and c.topic != rules.topic for c in credits):
                    return credits  # a need told after her is hers to meet: no mediator
                strong = any(c.strong for c in credits)
                if not strong and any(c.topic == rules.topic for c in credits):
                    return credits  # described already ("Familie aus Eritrea"): so it stays
                return [*credits, Credit(i, word, rules.topic, 1.0, strong)]
            if words[j] not in rules.between and words[j] not in rules.verbs:
                break
    return credits


def _other_task(words: list[str], after: int, rules: _Mediation) -> bool:
    """Tell whether the person is given a task besides talking ("und mit ihm Bewerbungen
    schreibt"); "und mit den Eltern redet" is the mediation itself."""
    if after >= len(words) or words[after] not in rules.joins:
        return False
    return not rules.talk.intersection(words[after : after + rules.window + 1])


def _said_of_adult(words: list[str], at: int, adults: frozenset[str]) -> bool:
    return any(word in adults for word in words[max(0, at - WINDOW) : at + 1])
