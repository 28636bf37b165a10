"""The project's vocabulary as data: `bot/data/lexicon.toml` and `bot/data/topic_lexicon.toml`.

Understanding reads its words from here instead of hard-coding them, so that curators can extend
what the assistant understands without touching code; the import pipeline reads planners' lists
with the same words (language codes), without importing understanding.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from bot.text import fold

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class AgeVocabulary:
    numbers: dict[str, int]
    fractions: dict[str, float]
    ordinals: dict[str, int]
    child_nouns: tuple[str, ...]
    adult_nouns: frozenset[str]
    not_age_before: frozenset[str]
    waiting_words: frozenset[str]
    other_person_nouns: frozenset[str]
    pregnancy: tuple[str, ...]
    pregnancy_phrases: tuple[str, ...]
    stages: dict[str, tuple[int, int]]
    school_start_years: int
    # the person a request is about, named by role: their number is that person's age
    role_nouns: frozenset[str] = frozenset()
    # words ending like person nouns (-er, -in) that name no person ("Termin 15", "Zimmer 12")
    not_person_words: frozenset[str] = frozenset()
    # adult nouns that "jung" turns into the young person asked about ("Junger Mann, 18")
    young_adult_nouns: frozenset[str] = frozenset()
    # sports age groups: words that make "U10" a team, and the letter of "D-Jugend" as its U number
    sports_words: frozenset[str] = frozenset()
    youth_letters: dict[str, int] = field(default_factory=dict)
    # nouns after which weeks or days are a span ("Sommer (3 Wo.)"), not a baby's age
    span_nouns: frozenset[str] = frozenset()
    # words of the days after a birth: a "Tag 9" beside them counts the newborn's days
    postpartum_words: tuple[str, ...] = ()
    # what a person says or tells: a teller's age is not the age of the child she tells about
    telling_words: frozenset[str] = frozenset()
    # a pronoun of the teller in what she tells: she is at risk too ("dass sie nichts zu essen
    # kriegt und ihre Schwester (2) auch nicht")
    teller_pronouns: frozenset[str] = frozenset()
    # the gender of person nouns ("m", "f", "n", "p" for plural): what "für ihn", "für sie" point at
    genders: dict[str, str] = field(default_factory=dict)
    # a child a clause tells died, or lies in hospital, is the story's context beside a sibling
    deceased_words: tuple[str, ...] = ()
    hospital_words: tuple[str, ...] = ()
    settled_phrases: tuple[str, ...] = ()
    settled_negations: frozenset[str] = frozenset()
    sentence_words: tuple[str, ...] = ()
    # the sentence words a person does ("14-Jähriger sitzt …"): no term served after a "-jährige"
    sentence_verbs: frozenset[str] = frozenset()


def toml_strings(data: object) -> Iterator[str]:
    """Yield every key and string of a TOML document: all the words a vocabulary file knows."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield str(key)
            yield from toml_strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from toml_strings(value)


@cache
def _load(name: str) -> dict[str, Any]:
    with (DATA / name).open("rb") as handle:
        return tomllib.load(handle)


@cache
def age_vocabulary() -> AgeVocabulary:
    data = _load("lexicon.toml")
    age = data["age"]
    subject = _load("age_subject.toml")  # apart: its words are no context words of topics
    return AgeVocabulary(
        numbers={fold(k): int(v) for k, v in data["numbers"].items()},
        fractions={fold(k): float(v) for k, v in data["fractions"].items()},
        ordinals={fold(k): int(v) for k, v in data["ordinals"].items()},
        child_nouns=tuple(sorted({fold(w) for w in age["child_nouns"]}, key=len, reverse=True)),
        adult_nouns=frozenset(fold(w) for w in age["adult_nouns"]),
        not_age_before=frozenset(fold(w) for w in age["not_age_before"]),
        waiting_words=frozenset(fold(w) for w in age["waiting_words"]),
        other_person_nouns=frozenset(fold(w) for w in age["other_person_nouns"]),
        pregnancy=tuple(fold(w) for w in age["pregnancy"]),
        pregnancy_phrases=tuple(fold(w) for w in age["pregnancy_phrases"]),
        stages={fold(k): (int(v[0]), int(v[1])) for k, v in age["stages"].items()},
        school_start_years=int(age["school_start_years"]),
        role_nouns=frozenset(fold(w) for w in age.get("role_nouns", ())),
        not_person_words=frozenset(fold(w) for w in age.get("not_person_words", ())),
        young_adult_nouns=frozenset(fold(w) for w in age.get("young_adult_nouns", ())),
        sports_words=frozenset(fold(w) for w in age.get("sports", {}).get("words", ())),
        youth_letters={k: int(v) for k, v in age.get("sports", {}).get("letters", {}).items()},
        span_nouns=frozenset(fold(w) for w in age.get("span_nouns", ())),
        postpartum_words=tuple(fold(w) for w in age.get("postpartum_words", ())),
        telling_words=frozenset(fold(w) for w in age.get("telling_words", ())),
        teller_pronouns=frozenset(fold(w) for w in age.get("teller_pronouns", ())),
        genders={fold(w): g for g, words in subject.get("genders", {}).items() for w in words},
        deceased_words=tuple(fold(w) for w in subject.get("deceased_words", ())),
        hospital_words=tuple(fold(w) for w in subject.get("hospital_words", ())),
        settled_phrases=tuple(fold(w) for w in subject.get("settled_phrases", ())),
        settled_negations=frozenset(fold(w) for w in subject.get("settled_negations", ())),
        sentence_words=tuple(fold(w) for w in (*age.get("sentence_words", ()),
                                               *age.get("leave_words", ()))),
        sentence_verbs=frozenset(fold(w) for w in age.get("sentence_verbs", ())),
    )


@cache
def topic_lexicon() -> dict[str, Any]:
    return _load("topic_lexicon.toml")


@cache
def language_lexicon() -> dict[str, Any]:
    return _load("languages.toml")


def main_need_lexicon() -> dict[str, Any]:
    """`main_need.toml`, read once for the main need, its cost and its manner readers."""
    return _load("main_need.toml")


@cache
def language_frames() -> dict[str, Any]:
    """The grammar of language wishes; apart from `languages.toml`, whose words are context."""
    return _load("language_frames.toml")


@cache
def safety_lexicon() -> dict[str, Any]:
    data = _load("safety.toml")
    return _with_persons(data, data.get("persons", {}))


def _with_persons(value: Any, persons: dict[str, list[str]]) -> Any:
    """Write out "@name" in every word list of safety.toml as the words of `[persons] name`: the
    people a sign is about (the adults who drive, nurse, assist or treat a child in care) are
    listed once and shared by every sign that names an adult, instead of copied into each."""
    if isinstance(value, dict):
        return {key: _with_persons(item, persons) for key, item in value.items()}
    if isinstance(value, list):
        out: list[Any] = []
        for item in value:
            if isinstance(item, str) and item.startswith("@") and item[1:] in persons:
                out.extend(persons[item[1:]])
            else:
                out.append(_with_persons(item, persons))
        return out
    return value


@cache
def common_words() -> frozenset[str]:
    """Ordinary words that never carry a need (`common_words.txt`), folded."""
    path = DATA / "common_words.txt"
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    return frozenset(fold(word) for line in lines for word in line.split())


@cache
def frequent_words() -> frozenset[str]:
    """Words frequent in everyday German (`frequent_words.txt`), folded: too ordinary to be
    evidence for a need."""
    path = DATA / "frequent_words.txt"
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    return frozenset(fold(word) for line in lines for word in line.split())


# the families' languages
FOREIGN_TABLES = frozenset(
    {"foreign.toml", "family_kin.toml", "foreign_birthday.toml", "foreign_bare.toml",
     "foreign_turns.toml"}
)


@cache
def german_words() -> frozenset[str]:
    """The German words the product knows, folded: the frequent words of German, every word of
    the lexicons but the foreign tables, and `lookalikes.toml`. A foreign reader's guess (a swap
    repair) never turns one of them into a family's word ("Kuren" is no Low German "küern")."""
    words = set(frequent_words())
    for path in sorted(DATA.glob("*.toml")):
        if path.name not in FOREIGN_TABLES:
            words.update(fold(" ".join(toml_strings(_load(path.name)))).split())
    return frozenset(word.strip(".,;:!?()[]\"'*") for word in words)
