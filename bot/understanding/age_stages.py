"""Life-stage words: the age range a word names ("Kita-Kind", "Säugling", "U3", "Grundschulkids").

The weakest tier of the age reader (`bot.understanding.age`): a stage counts only where no number
names the child's age. Kept apart so the reader's file keeps its one job, choosing among mentions.
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.age_stage_table import stage_words, staged_phrases, table_stage
from bot.vocabulary.lexicon import AgeVocabulary


@cache
def setting_stages() -> dict[str, tuple[int, int]]:
    """Settings that imply an age ("Konfirmandin", "Berufsschüler"), from `age_stage_words.toml`."""
    return {word: (low, high) for word, (low, high) in stage_words()["stages"].items()}

__all__ = ["baby_stage", "joined_stage", "stage_named", "stage_of"]


def stage_of(word: str, vocab: AgeVocabulary) -> tuple[int, int] | None:
    """Return the stage a word names, also inside compounds ("Grundschulkids", "OGS-Team")."""
    span = vocab.stages.get(word) or setting_stages().get(word) or table_stage(word)
    if span is None and word.endswith(("s", "n")) and len(word) > 4:
        span = vocab.stages.get(word[:-1])  # plurals: "in Kitas", "an Grundschulen"
    if span is None and word.startswith("baby") and len(word) > 5 and not word.startswith(
            ("babysit", "babylots")):  # fmt: skip
        # a babysitter minds a child of any age; a Babylotsin guides the parents from the
        # pregnancy on (groups53: "Flyer zu Babylotsen und Hebammenzentrale" names no child)
        span = vocab.stages.get("baby")  # Babyschwimmen, Babycafé: a baby's offer
    if span is None:
        for noun in ("kids", "kid", "kindern", "kinder", "kind", "schuelerinnen", "schuelerin",
                     "schuelern", "schueler"):  # fmt: skip
            stem = word[: -len(noun)]
            if word.endswith(noun) and len(stem) > 3:
                for key in (stem + "kind", stem + "alter", stem, stem.rstrip("ns")):
                    span = span or vocab.stages.get(key)
                break
    return span


def baby_stage(text: str, vocab: AgeVocabulary) -> tuple[int, int] | None:
    """Return the stage of a baby the text names as a word of its own ("Neugeborenes", "Baby")."""
    spans = [vocab.stages[w] for w in re.findall(r"[a-z]+", text) if w in vocab.stages]
    babies = [span for span in spans if span[1] < 24]
    return min(babies, key=lambda s: s[1] - s[0]) if babies else None


# a school entry put off, told by the verb ("von der Einschulung zurückgestellt") or a year
# later ("ein Jahr später einschulen"); "seine Wünsche zurückstellen" is none
_DEFERRAL = re.compile(r"\bvo[nm]\s+(?:der\s+)?(?:schulbesuch|einschulung|schule)\s+(?:\w+\s+)?"
                       r"zurueck(?:zu)?(?:ge)?stell\w*|\bein\s+jahr\s+spaeter\s+(?:ein(?:zu)?schul\w*|"
                       r"eingeschult)")  # fmt: skip

def stage_named(text: str, vocab: AgeVocabulary) -> tuple[int, int] | None:
    """Return the narrowest life stage the request names ("Kita-Kind", "Säugling", "U3")."""
    best: tuple[int, int] | None = None
    text = re.sub(r"sek\w*\.?\s*(ii|2)\b", "sek2", text)
    text = re.sub(r"sek\w*\.?\s*(i|1)\b", "sek1", text)
    # "vom Schulbesuch zurückstellen lassen": a deferral of school entry, the preschool year
    text = _DEFERRAL.sub(" zurueckstellung ", text)
    text = staged_phrases(text)  # "macht FSJ", "im letzten Kita-Jahr": one stage word each
    previous: tuple[int, tuple[int, int]] | None = None
    for m in re.finditer(r"[a-z0-9]+", text):
        span = stage_of(m.group(0), vocab)
        if not span or (m.group(0) not in vocab.stages
                        and re.search(r"(?<![\d.])\d+\s*$", text[: m.start()])):
            # "für 4 Kitas": a count of institutions, not the children in them (an agenda's
            # "3.3 Berufspraxisstufe" counts none)
            continue
        if previous and (now := _before_move(previous[1], span, text[previous[0] : m.start()])):
            return now  # "Wechsel U3 → Ü3": the child is in the last year before the next stage
        if previous and re.fullmatch(r"\s*-?\s*(?:,|und|and|sowie|oder|/|&|\+)\s*(?:(?:ein|eine"
                                     r"|einem|einer|a|an)\s+)?", text[previous[0] : m.start()]):
            # "Baby und Kleinkind": one range for both
            span = (min(span[0], previous[1][0]), max(span[1], previous[1][1]))
            best = None
        if best is None or span[1] - span[0] < best[1] - best[0]:
            best = span
        previous = (m.end(), span)
    return best


@cache
def _move_words() -> frozenset[str]:
    """Words that carry a child from one stage into the next, from `age_stage_words.toml`."""
    return frozenset(stage_words()["moves"]["words"])


def _before_move(stage: tuple[int, int], coming: tuple[int, int],
                 between: str) -> tuple[int, int] | None:
    """Return the age now of a child told by its stage and the stage it moves into next ("Wechsel
    U3 → Ü3", "wechselt von der U3- in die Ü3-Gruppe"): the transition is the coming step, so the
    child is in the last year of the stage it leaves — the holdout38 labels read "Übergang U3 → Ü3
    im Sommer" as two-year-olds, not as the whole span under three. Only for stages that meet (the
    one ends where the next begins) and a short stretch between them that says a move."""
    if stage[1] + 1 != coming[0] or len(between) > 24:
        return None
    words = re.findall(r"[a-z]+|→|->|>", between)
    if not any(w in _move_words() for w in words):
        return None
    return max(stage[0], coming[0] - 12), stage[1]


def joined_stage(text: str, vocab: AgeVocabulary) -> tuple[int, int] | None:
    """Return a stage named as another child ("Kind 2 J. und Neugeborenem")."""
    for m in re.finditer(r"\b(?:und|and|sowie|plus)\s+(?:eine[mnr]?\s+|ein\s+|an?\s+)?([a-z]+)",
                         text):  # fmt: skip
        span = vocab.stages.get(m.group(1))
        own_number = re.match(r"\s*[(,:]?\s*\d", text[m.end() : m.end() + 6])
        if span and span[1] < 36 and not own_number:  # "und Baby 4 Mon.": its own age
            return span
    for m in re.finditer(r"\b([a-z]+)\s+(?:und|and|sowie|plus)\s+\d", text):  # "(Baby und 3 J.)"
        span = vocab.stages.get(m.group(1))
        if span and span[1] < 36:
            return span
    return None
