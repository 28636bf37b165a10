"""Corrections that name the wrong value, and replies that close a case.

"er ist schon fünf, nicht vier", "nein, nicht Oberaden, die wohnen in Weddinghofen", "not Unna,
Kamen": a correction often repeats the value it corrects, negated. Read as it stands, the message
names two ages or two places and the wrong one may win. Within a conversation the negated value is
dropped before the message is understood — only when what remains still names a value of the same
kind, so that "nicht mehr in Kamen" alone is not emptied.

"Vielen Dank, das gebe ich so weiter", "I'll pass it on, thanks": a reply that closes the case
asks for nothing, whatever need its verbs happen to resemble.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from bot.catalogue import Catalogue
from bot.dialogue.phrases import MAX_THANKS_WORDS, bare_age, follows_up, only_courtesy
from bot.dialogue.turns import vocabulary as turn_words
from bot.text import fold
from bot.understanding import understand

__all__ = ["asks_language", "closes_case", "misdirected", "without_closing", "without_negated",
           "without_omission"]

# "nicht vier", "nicht mehr in Kamen", "not in Unna", "kein Oberaden": a negated value of one to
# three words (a place may be "Bergkamen Mitte"), up to the next punctuation or word of contrast.
_NEGATED = re.compile(
    r"\b(?:nicht|not|kein|keine|nich)\s+(?:mehr\s+|more\s+)?(?:in\s+|im\s+|aus\s+|from\s+)?"
    r"(?P<value>[\w-]+(?:\s+[\w-]+){0,2}?)(?=\s*(?:[^\w\s-]|$)|\s+(?:sondern|but|die|der|sie|er|"
    r"they|he|she|wohn\w*|leb\w*|live\w*|ist|is|sind|are|jahre?|years?|"
    # an apology or an emoji after the value ends it too ("er ist 17 nicht 15 sorry 🙈"), and
    # the writer owning the slip ("siebzehn nicht sieben hab mich verdiktiert", "… my mistake")
    r"sorry|sry|sorri|pardon|oops|ups|entschuldigung|hab|habe|hatte|ich|mich|war|my|i)\b)",
    re.I,
)


def _kind(words: str, catalogue: Catalogue) -> str | None:
    """"age" or "place" when the words alone are that value, else None."""
    if bare_age(words) is not None or re.fullmatch(r"\d{1,2}", words.strip()):
        return "age"  # "er ist 20 nicht 23": a young adult's age is no bare answer, still an age
    said = understand(words, catalogue)
    if (said.place or said.place_candidates) and not said.topics and said.age is None:
        return "place"
    return None


# "noch nicht", "noch keinen", "still no", "not yet": what the child does not have yet is needed.
_STILL = re.compile(r"\b(?:noch|still)\s*$", re.I)
_YET = re.compile(r"\s*(?:yet|bisher|bislang)\b", re.I)


def _not_yet(text: str, found: re.Match[str]) -> bool:
    """Tell "geht noch nicht in die Kita", "still no Kita place" from a corrected stage.

    A stage negated as not yet reached ("der Bruder, 4, hat noch keinen Kitaplatz") names the
    need of a sibling, not an age the message takes back ("nicht mehr in der Kita"), so it stays.
    """
    value = found.group("value")
    if re.search(r"\d", value):
        return False  # "noch nicht 4, erst 3": a number is an age whatever comes before it
    negation_end = found.start() + len(found.group(0).split()[0])
    return bool(_STILL.search(text[:found.start()]) or _YET.match(text[negation_end:]))


# "kein Kita-Platz", "keine Schule für ihn": a stage's place lacked; "kein Baby mehr" grew out.
_NO_LONGER = re.compile(r"\b(?:mehr|more|longer)\b", re.I)


def _lacks(text: str, found: re.Match[str]) -> bool:
    """Tell "Kind 3;1, kein Kita-Platz" from a corrected stage ("nicht Kita, sondern Schule").

    "kein"/"keine" before a stage without a number says what the child lacks: the stage's help
    is the need (a Kita place, a school to go to), no age the message takes back — unless the
    child has grown out of it ("kein Baby mehr").
    """
    negation = found.group(0).split()[0].lower()
    after = text[found.end():found.end() + 12]
    return (negation in ("kein", "keine") and not re.search(r"\d", found.group("value"))
            and not _NO_LONGER.search(found.group(0)) and not _NO_LONGER.match(after.strip()))


def _has(kind: str, text: str, catalogue: Catalogue) -> bool:
    said = understand(text, catalogue)
    if kind == "place":
        return bool(said.place or said.place_candidates)
    return said.age is not None or any(bare_age(w) for w in re.findall(r"[\w-]+", text))


def without_negated(text: str, catalogue: Catalogue) -> str:
    """The message without the values it negates, when it still names one of the same kind."""
    rest = text
    for found in reversed(list(_NEGATED.finditer(text))):
        kind = _kind(found.group("value"), catalogue)
        if kind is None or (kind == "age" and (_not_yet(text, found) or _lacks(text, found))):
            continue
        shorter = rest[:found.start()] + " " + rest[found.end():]
        if kind == "place":  # "nicht Hemmerde sondern Lünern. Hemmerde war die Oma": the place
            # denied is no longer the family's anywhere in the message
            value = re.escape(found.group("value").strip())
            shorter = re.sub(rf"(?i)(?<!\w){value}(?!\w)", " ", shorter)
        if _has(kind, shorter, catalogue):
            rest = shorter
    return rest


@cache
def _omission() -> re.Pattern[str]:
    return re.compile(turn_words()["omitted"]["pattern"])


def without_omission(text: str) -> str:
    """The turn without its words about a fact left out ("das Alter fehlte: Er ist 8" → ": Er
    ist 8"): they say why the fact comes now, no need of the child's."""
    pattern = _omission()
    origin = [i for i, ch in enumerate(text) for _ in fold(ch)]  # "ß" folds to two letters
    folded = "".join(fold(ch) for ch in text)
    for hit in reversed(list(pattern.finditer(folded))):  # the original spelling stays
        text = text[:origin[hit.start()]] + " " + text[origin[hit.end() - 1] + 1:]
    return text


# Closing a case: the asker passes the answer on or will come back ("das gebe ich so weiter",
# "leite ich weiter", "ich melde mich wieder", "I'll pass it on", "will let her know").
_CLOSING = re.compile(
    r"\b(?:(?:geb|gebe|gib|leite|leit|reiche|reich)\s+(?:ich\s+)?(?:\w+\s+){0,4}weiter|"
    r"(?:das|es|dies|die\s+\w+)\s+(?:geb|gebe|leite|reiche|richte)\s+"
    r"(?:ich\s+)?(?:\w+\s+){0,2}(?:weiter|aus)|weiter(?:geben|leiten|reichen|gegeben|geleitet)|"
    r"richte\s+(?:ich\s+)?(?:das|es)\s+(?:\w+\s+){0,2}aus|melde\s+mich\s+(?:\w+\s+){0,2}"
    r"(?:wieder|nochmal|noch\s*mal|bei\s+bedarf|wenn|sobald|falls)|pass\s+(?:it|this|that)\s+on|"
    r"forward\s+(?:it|this|that)|(?:let|tell)\s+(?:her|him|them)\s+know|get\s+back\s+to\s+you|"
    # … or acts on it: "schau ich mir an", "ich ruf da gleich an", "probier ich", "I'll call them"
    r"(?:schau|schaue|guck|gucke|seh|sehe)\s+(?:ich\s+)?(?:mir\s+)?(?:\w+\s+){0,3}?an|"
    r"(?:les|lese)\s+(?:ich\s+)?(?:mir\s+)?(?:\w+\s+){0,3}?durch|"
    r"(?:ruf|rufe)\s+(?:ich\s+)?(?:\w+\s+){0,3}?an|(?:probier|probiere|versuch|versuche)\s+"
    r"(?:ich|es|das|wir)\b|(?:i\W?ll|i\s+will|we\W?ll|will)\s+(?:\w+\s+)?(?:have\s+a\s+look|"
    r"look\s+into|check|call|try|contact|ring)|"
    # … or notes it down, or sends it to the family: "hab ich notiert", "schreib ich mir auf",
    # "ich schick das der Mutter", "schreib der Mama eine Nachricht", "noted"; or the family
    # agrees: "die Mutter ist einverstanden" (holdout22's asides; read as requests, "notiert"
    # was an emergency and "schreib" a crying baby)
    r"notier\w*|aufgeschrieben|(?:schreib|schreibe)\s+(?:ich\s+)?(?:mir|es|das)\s+"
    r"(?:\w+\s+){0,2}?auf|(?:merk|merke)\s+(?:ich\s+)?(?:mir|es)\b|gemerkt|(?:ab)?gespeichert|"
    r"(?:speicher|speichere)\s+(?:ich\s+)?(?:mir\s+)?(?:\w+\s+)?ab|"
    r"(?:schick|schicke|send|sende|leit|leite)\s+(?:ich\s+)?(?:das|es|die\s+liste|den\s+link|"
    r"die\s+nummer|die\s+adresse)\s+(?:\w+\s+){0,2}?(?:der|dem|den|ihr|ihm|ihnen|an)\b|"
    r"(?:schreib|schreibe)\s+(?:ich\s+)?(?:der|dem|den|ihr|ihm|ihnen)\s+(?:\w+\s+){0,2}?"
    r"(?:nachricht|mail|e-?mail|sms|whatsapp|kurz)|(?:ist|sind|waere|waeren|war|waren)\s+"
    r"(?:\w+\s+)?einverstanden|\bnoted\b|(?:i\W?ll|i\s+will)\s+(?:send|forward|text|email)\s+"
    r"(?:it|this|that|them|her|him)|"
    # … or settles it with someone: "ich kläre das mit der Kita-Leitung", "besprech ich das im
    # Team" (the partner is no need); or has enough: "mehr brauche ich nicht"
    r"(?:klaer|klaere|besprech|bespreche|besprechen)\s+(?:ich\s+|wir\s+)?(?:das|es|dies)\s+"
    r"(?:\w+\s+){0,2}?(?:mit|im|in)\s+(?:(?:der|dem|den|meinem|meiner|unserem|unserer)\s+)?"
    r"[\w-]+|mehr\s+(?:brauche|brauch|brauchen)\s+(?:ich|wir)\s+(?:\w+\s+)?nicht|"
    # … or praises the help: "Sie sind mir eine große Hilfe", "hat mir sehr geholfen", "you've
    # been a great help"
    r"(?:sie|du|ihr)\s+(?:sind|bist|seid|waren|warst|wart)\s+(?:mir\s+|uns\s+)?(?:\w+\s+){0,3}?"
    r"(?:hilfe|unterstuetzung)|(?:hat|haben|hast|habt)\s+(?:mir|uns)\s+(?:\w+\s+){0,2}?geholfen|"
    r"(?:you\W?re|you\s+are|you\W?ve\s+been|you\s+have\s+been|that\W?s\s+been|that\s+was)\s+(?:\w+\s+){0,3}?"
    r"(?:help|helpful|lifesaver))\b"
)


def without_closing(text: str) -> str:
    """The turn without the asker's own next steps ("ich schreib der Mutter eine Nachricht, die
    wohnen übrigens in Heeren" → ", die wohnen übrigens in Heeren"): noting, passing on or
    settling the answer is what the asker does, no need of the child's ("schreib" read as a
    crying baby's need and replaced the case's)."""
    origin = [i for i, ch in enumerate(text) for _ in fold(ch)]  # "ß" folds to two letters
    folded = "".join(fold(ch) for ch in text)
    for hit in reversed(list(_CLOSING.finditer(folded))):  # the original spelling stays
        text = text[:origin[hit.start()]] + " " + text[origin[hit.end() - 1] + 1:]
    return text


def closes_case(text: str, understood: Callable[[str], bool] | None = None) -> bool:
    """Tell a short reply that closes the case ("Danke, das gebe ich so weiter"), or takes
    itself back as sent to the wrong chat (`misdirected`).

    It asks nothing (no "?") and names no number; `understood`, when given, says whether the
    message without its closing words still names something of a case (then it is no closing).
    """
    if understood is not None and misdirected(text, understood):
        return True  # "oh sorry falscher Chat": taken back, the case stays as it was
    rest = _short_rest(_CLOSING, text, "")
    # what is left may be assent alone ("prima, mehr brauche ich nicht"), whatever it resembles
    return rest is not None and (understood is None or not re.search(r"\w", rest)
                                 or only_courtesy(rest) or not understood(rest))


def _short_rest(words: re.Pattern[str], text: str, joint: str) -> str | None:
    """The folded text without `words` where it is a short reply made of them: it holds them,
    asks nothing (no "?"), names no number and has at most `MAX_THANKS_WORDS` words; else None."""
    folded = fold(text)
    found = words.search(folded)
    if not found or "?" in text or re.search(r"\d", text):
        return None
    if len(re.findall(r"\w+", folded)) > MAX_THANKS_WORDS:
        return None
    return folded[: found.start()] + joint + folded[found.end() :]


@cache
def _misdirected() -> re.Pattern[str]:
    return re.compile(turn_words()["misdirected"]["pattern"])


def misdirected(text: str, understood: Callable[[str], bool]) -> bool:
    """Tell a turn that takes itself back as sent to the wrong chat ("oh sorry falscher Chat 😅",
    "bitte ignorieren", "wrong chat, sorry").

    Read as a request its words look like a need ("Chat" is media use), which replaced the
    case's need and made the next turn about a sibling inherit it. It is short, asks nothing
    and, without its words of taking back, names nothing of a case (`understood` says whether
    the rest still does: "vergiss das, sie wohnt in Unna" corrects the place).
    """
    rest = _short_rest(_misdirected(), text, " ")
    return rest is not None and not understood(rest)


def asks_language(text: str, catalogue: Catalogue) -> bool:
    """Tell a follow-up that asks only for a language, then says why ("und auf Türkisch? Vater
    versteht sonst nur die Hälfte"): the need asked for stays, what follows is context."""
    head, mark, rest = text.strip().partition("?")
    if not mark or not rest.strip() or not follows_up(head):
        return False
    opening = understand(head, catalogue)
    own_need = (bool(opening.topics) and not opening.general) or bool(opening.unexplained)
    return (bool(opening.languages) and not own_need and opening.age is None
            and opening.place is None)  # fmt: skip
