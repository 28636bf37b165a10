"""Where a lay helper meets the family is no need: her own setting, told in the first person.

Volunteers, trainees, a Bufdi, a coach or a new Tagesmutter say where they work before they tell
what they saw: "bin bufdi im jugendtreff in fröndenberg, ein mädel (14) isst nix mehr", "ich helf
in der hausaufgabenbetreuung, ein mädchen sagt …", "Ein Junge aus meiner Lesegruppe …". Topic
finding credited the setting (open youth work, homework help, sport) as the need and pushed the
help the story calls for past the third place. `topic_sender` reads the professional's own house
("unsere Kita", "Ich bin Tagesmutter in …" with capitals); this reads the lay writer's clause in
any case: a setting noun after a workplace preposition in a clause with a first-person verb of
her work, or after a first-person possessive ("meiner Mannschaft"). The positions join the
sender's: a faint hint, never the need, and kept whole when nothing else is told (so "Ich leite
eine Jugendgruppe und suche einen Jugendtreff" still asks for the Jugendtreff).

Help a professional asks for herself or her team — a training, a consultation after a case, a
§ 8a consultation, supervision, flyers for the practice (`helps_team`) — is about its subject:
"Kinderschutz-Schulung für Teamer*innen vor der Ferienfreizeit" asks for child protection, not
a holiday camp. There every setting the message names is the team's (`team_positions`) and
names no need beside the help's subject (`without_team_setting`); the age reader takes no
child's age from it either (`age_setting.workplace_free`).
Words live in `writer_setting.toml`.
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load

_MIN_HEAD = 4  # a setting as the head of a compound: "Fußballmannschaft", not "…ogs"
_MIN_PART = 5  # a help stem inside a compound: "Teamfortbildung"; "ief" only as a word
_REACH = 3  # words before a help that may set it aside
_ABOUT = frozenset({"zur", "zum", "zu", "ueber"})  # "Schulung zur Tagespflege"
# an indefinite article before a setting makes it one sought, not the team's own: "Kontakt zu
# einem Familienzentrum für unsere Flyer"
_SOUGHT = frozenset({"ein", "eine", "einem", "einer", "einen", "nen", "ne", "nem", "ner", "a",
                     "an"})


@cache
def _vocabulary() -> tuple[frozenset[str], ...]:
    """The first-person verbs, workplace prepositions, fillers, possessives and settings."""
    table = _load("writer_setting.toml")["setting"]
    return tuple(frozenset(table[key]) for key in ("verbs", "at", "fillers", "own", "settings"))


def _is_setting(word: str, settings: frozenset[str]) -> bool:
    """A setting alone or as its compound's head ("Leseclub", "E-Jugend-Mannschaft")."""
    return word in settings or any(word.endswith(s) and len(s) >= _MIN_HEAD for s in settings)


def _after(folded: tuple[str, ...], clause: tuple[int, ...], start: int,
           fillers: frozenset[str], settings: frozenset[str]) -> int | None:
    """The setting right after a preposition or possessive at `start`, over up to two fillers."""
    for j in range(start + 1, min(start + 4, len(folded))):
        if clause[j] != clause[start]:
            return None
        if _is_setting(folded[j], settings):
            return j
        if folded[j] not in fillers:
            return None
    return None


def setting_positions(words: Words) -> frozenset[int]:
    """Return the positions of the words that name the lay writer's own setting."""
    verbs, at, fillers, own, settings = _vocabulary()
    folded, clause = words.folded, words.clause
    working = {clause[i] for i, word in enumerate(folded) if word in verbs}
    found: set[int] = set()
    for i, word in enumerate(folded):
        if (word in at and clause[i] in working) or word in own:
            position = _after(folded, clause, i, fillers, settings)
            if position is not None:
                found.add(position)
    return frozenset(found)


@cache
def _team() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str], frozenset[str],
                     frozenset[str]]:
    """The stems of help for the team, the compounds that are no such help, its phrases (with
    the staff it is addressed to), the houses a team works in, and the words that set a help
    named after them aside ("ergänzend zu einer Schulung")."""
    table = _load("writer_setting.toml")
    team = table["team"]
    staff = "|".join(map(re.escape, team["staff"]))
    addressed = rf"fuers?\s+(?:[a-z]+\s+){{0,2}}?[a-z]*(?:{staff})\b"
    phrases = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in team["phrases"])
                         + rf"|{addressed})")
    settings = frozenset(team["settings"])
    return (tuple(team["stems"]), tuple(team["apart"]), phrases, settings,
            frozenset(team["aside"]))


def _helps(word: str, stems: tuple[str, ...], apart: tuple[str, ...]) -> bool:
    """A word that names help for the team, alone or in a compound ("Inhouse-Schulung",
    "Teamfortbildung"), but not a school entry or a retraining ("Einschulung", "Umschulung")."""
    if word.startswith(apart):
        return False
    return any(word == h or (len(h) >= _MIN_PART and h in word) for h in stems)


def helps_team(folded: str) -> bool:
    """Tell whether a folded text asks for help for the professional or her team (a help set
    aside, "ergänzend zu einer Schulung …", asks for none)."""
    stems, apart, phrases, _settings, aside = _team()
    if phrases.search(folded):
        return True
    words = re.findall(r"[a-z0-9]+", folded)
    return any(_helps(w, stems, apart) and not aside & set(words[max(0, i - _REACH) : i])
               for i, w in enumerate(words))


def team_positions(words: Words) -> frozenset[int]:
    """Return the positions of the settings a request for the team's own help names: where the
    team works, no need ("Schutzkonzept für unseren Schwimmverein", "Fortbildung Kinderschutz
    für das OGS-Team"). Without a word of such help ("Ferienfreizeit für Kinder 9–12?") the
    setting is what is asked and stays."""
    stems, apart, _phrases, settings, _aside = _team()
    folded = words.folded
    if not helps_team(" ".join(folded)):
        return frozenset()
    # a training or consultation named by its word; a phrase alone ("für mich selbst") may ask
    # for the setting itself ("wer macht die Fachberatung für Kindertagespflege? … für mich")
    helping = [i for i, word in enumerate(folded) if _helps(word, stems, apart)]
    if not helping:
        return frozenset()
    return frozenset(i for i, word in enumerate(folded)
                     if _is_setting(word, settings) and i not in helping
                     and not _SOUGHT & set(folded[max(0, i - 2) : i])
                     and not any(_subject(folded, h, i) for h in helping))


def _subject(folded: tuple[str, ...], help_at: int, at: int) -> bool:
    """Whether the setting at `at` is what the help at `help_at` is about: right after it or
    after a word that says its subject ("Fachberatung Kindertagespflege", "Schulung zur
    Kindertagespflege"), not where the team works ("Teamfortbildung … im Kita-Alltag")."""
    return at == help_at + 1 or (at == help_at + 2 and folded[help_at + 1] in _ABOUT)


def without_team_setting(credits: list[Credit], words: Words) -> list[Credit]:
    """Drop the credits of the settings a request for the team's own help names, when another
    word names what the help is about: "Teamfortbildung Mehrsprachigkeit im Kita-Alltag" asks
    for language support, not for a Kita place. Alone they stay (the help may be for them)."""
    positions = team_positions(words)
    kept = [c for c in credits if c.position not in positions]
    return kept if kept else credits
