"""Read the words that tie a message to the conversation in German, whatever language they are in.

"und …", "außerdem …", "also …" tell the dialogue that a message goes on about the family already
spoken of (`phrases.follows_up`, `case_mentions.about_the_case`). Professionals who write in
Russian, Romanian or Turkish tie their follow-ups with their own words ("И ещё: младшему 6, нужна
OGS", "are și un băiat de 2 ani"), and without them such a turn reads as a new family whose place
must be asked again. An addendum ("Nachtrag: …", "by the way, …", "ach ja, …") ties a turn the same
way: it is read as "außerdem". The words are data (`bot/data/dialogue.toml`; the openings of the
other family languages, "Anteeksi, väärin – …", "Кечиресиз — …", in `foreign_turns.toml`), read
as the German word before the German phrases look at the message.
"""

from __future__ import annotations

import re
from functools import cache

from bot.text import fold
from bot.vocabulary.lexicon import _load as load_toml

__all__ = ["in_german", "new_case_in_german", "opening_in_german", "without_addendum",
           "without_opening"]

ADDITIVE = "ausserdem"


def _alternatives(words: dict[str, str] | list[str], loose: bool = False) -> str:
    """The words as alternatives, longest first; `loose` lets a comma join a phrase ("oh, and")."""
    escaped = (re.escape(w) for w in sorted(words, key=len, reverse=True))
    return "|".join(e.replace(r"\ ", r"[\s,]+") if loose else e for e in escaped)


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """One pattern for all words: an opening word after the start, or a word anywhere."""
    data = load_toml("dialogue.toml")
    opening = {fold(k): v for k, v in data.get("opening", {}).items()}
    opening |= {fold(k): ADDITIVE for k in data.get("addendum", {}).get("opening", ())}
    # "anteeksi, …", "кечиресиз — …", "kuma …": apologies, corrections and additions of the
    # other family languages, kept apart as the foreign words they are
    opening |= {fold(k): v for k, v in load_toml("foreign_turns.toml")["opening"].items()}
    anywhere = {fold(k): v for k, v in data.get("anywhere", {}).items()}
    anywhere = _regional_phrases(data.get("regional", {})) | anywhere
    pattern = re.compile(rf"^(?P<lead>\W*)(?P<opening>{_alternatives(opening)})(?!\w)"
                         rf"|(?<!\w)(?P<word>{_alternatives(anywhere)})(?!\w)")  # fmt: skip
    return pattern, opening, anywhere


def _regional_phrases(section: dict) -> dict[str, str]:
    """Regional German's articles before an adjective naming one of the children ("dat Grote",
    "de Lütte"), composed by rule from every article and adjective, as the standard phrase, so
    that `referents.named_ends` finds the child whatever the writer's region."""
    articles = {fold(k): v for k, v in section.get("articles", {}).items()}
    ends = {fold(k): v for k, v in section.get("ends", {}).items()}
    return {f"{a} {e}": f"{article} {end}" for a, article in articles.items()
            for e, end in ends.items() if (a, e) != (article, end)}


@cache
def _regional_opening() -> re.Pattern[str]:
    """Regional "un" opening a follow-up, only before a word of `after_un` ("Un dat Grote …",
    "Un für …"): French and Italian open sentences with "un" too."""
    after = load_toml("dialogue.toml").get("regional", {}).get("after_un", ())
    return re.compile(rf"^(\W*)un(?=\s+(?:{_alternatives([fold(w) for w in after])})(?!\w))")


@cache
def _addendum() -> re.Pattern[str]:
    """The opening of an addendum with what separates it from the rest ("Nachtrag: ").

    An addendum may count itself ("Nachtrag 2:", "Nachtrag Nr. 3 –", "2. Nachtrag", "2nd
    addendum"): the number belongs to the marker, it is never the child's age."""
    words = [fold(w) for w in load_toml("dialogue.toml").get("addendum", {}).get("opening", ())]
    before = r"(?:\d{1,2}\s*(?:\.|st|nd|rd|th|ter|te|tes)\s*)?"
    after = r"(?:\s*(?:nr\.?|no\.?|#)?\s*\d{1,2}(?=\s*[:.)\-–—]))?"
    return re.compile(rf"^\W*{before}(?:{_alternatives(words, loose=True)})(?!\w){after}"
                      rf"[\s,:;.!\-–—]*")


def in_german(folded: str) -> str:
    """The folded message with its foreign connecting words as the German ones ("и" → "und")."""
    pattern, opening, anywhere = _pattern()
    folded = _regional_opening().sub(r"\1und", folded, count=1)

    def german(found: re.Match[str]) -> str:
        if found.group("opening"):
            return found.group("lead") + opening[found.group("opening")]
        return anywhere[found.group("word")]

    return pattern.sub(german, folded)


def opening_in_german(folded: str) -> str:
    """The folded message with only its opening word as the German one ("anteeksi, …" →
    "entschuldigung, …"): a correction's words are read one after another from its start
    (`phrases.without_correction`), and a word further on keeps what it says."""
    pattern, opening, _anywhere = _pattern()
    found = pattern.match(folded)
    if found is None or not found.group("opening"):
        return folded
    return found.group("lead") + opening[found.group("opening")] + folded[found.end():]


def without_addendum(text: str) -> str:
    """The message without the words opening an addendum ("by the way, the parents speak Farsi"
    → "the parents speak farsi"), folded; the folded message itself when none opens it.

    What follows the marker is read as a turn of its own: a language wish, an answer.
    """
    folded = fold(text)
    rest = _addendum().sub("", folded, count=1)
    return rest if rest.strip() else folded


def without_opening(text: str) -> str:
    """The message as typed without the words opening an addendum ("Ergänzend: Die Kundin
    wünscht …" → "Die Kundin wünscht …"); the message itself when none opens it.

    The marker ties the turn to the case (`in_german` reads it as "außerdem"); read as a word
    of the request it may raise a need of its own ("ergänzend" is the EUTB's
    Teilhabeberatung), which then replaced the case's need. Unlike `without_addendum` the rest
    keeps its capitals, which tell a place from a verb ("Kamen").
    """
    folded = fold(text)
    found = _addendum().match(folded)
    if found is None or not folded[found.end():].strip():
        return text
    for cut in range(len(text) + 1):  # folding may spell a letter out ("ä" → "ae")
        if len(fold(text[:cut])) >= found.end():
            return text[cut:]
    return text


@cache
def _new_case() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The markers of a new case in the family languages (`foreign_turns.toml [new_case]`)."""
    words = {fold(k): v for k, v in load_toml("foreign_turns.toml").get("new_case", {}).items()}
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternatives(words)})(?!\w)"), words


def new_case_in_german(folded: str) -> str:
    """The folded message with a foreign marker of a new case as the German one ("ny familj" →
    "neue familie"), so that the German reader of new cases sees it wherever it stands."""
    table = _new_case()
    if table is None:
        return folded
    pattern, words = table
    return pattern.sub(lambda found: words[found.group(0)], folded)
