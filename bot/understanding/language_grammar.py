"""The grammar of language wishes, compiled once from `language_frames.toml` and
`languages.toml`: the frames with their flags and the word lists that judge a match (who speaks,
who is sought, what waives it). Kept apart from `languages.py`, which reads a request with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.text import fold
from bot.understanding.interpreter_at_hand import tolerance_frames, tolerance_names
from bot.understanding.language_names import language_names
from bot.vocabulary.lexicon import frequent_words, language_frames, language_lexicon

_WORD = r"(?P<w>[^\W\d_]+)"


@dataclass(frozen=True, slots=True)
class Frame:
    pattern: re.Pattern[str]
    weak: bool  # not when the sentence names the family's language ("spricht daheim nur X")
    fuzzy: bool  # a misspelt name counts
    inflected: bool  # an inflected adjective counts ("in polnischer Sprache")
    subject: bool  # not beside a school subject ("Nachhilfe in Englisch")
    sought: bool  # said of the client: only in a sentence that seeks a provider for her
    troubled: bool  # not when its clause tells trouble with the language ("Probleme mit Englisch")
    asked: bool  # a relative clause: only where its sentence asks or seeks outside it
    condition: bool  # a condition ("sie muss Arabisch sprechen können"): never a report
    when: tuple[str, ...]  # run only when the text contains one of these


@dataclass(frozen=True, slots=True)
class Grammar:
    names: dict[str, str]  # folded name → code
    wishes: dict[str, str]  # forms that are a wish on their own ("po polsku") → code
    frames: tuple[Frame, ...]
    own_language: re.Pattern[str]
    family: re.Pattern[str]
    mediated: re.Pattern[str]  # help asked with a mediator: a noted language is bridged
    subject: re.Pattern[str]
    lesson_before: re.Pattern[str]  # a classroom doing or grade before "in {w}" ("pennt in …")
    lesson_after: re.Pattern[str]  # … or a particle or grade after the language ("… ein")
    waived_after: re.Pattern[str]
    negations: frozenset[str]
    fillers: frozenset[str]
    fuzzy_names: tuple[str, ...]
    ordinary: frozenset[str]
    report_verbs: frozenset[str]
    report_fillers: frozenset[str]
    relatives: frozenset[str]
    only: frozenset[str]
    subjects: frozenset[str]
    interpreting: re.Pattern[str]
    german_learning: re.Pattern[str]
    learning_topics: frozenset[str]
    children: frozenset[str]
    parent_topics: frozenset[str]
    clip_leads: frozenset[str]
    seeking: re.Pattern[str]
    providers: re.Pattern[str]
    also_german: re.Pattern[str]
    limited_german: re.Pattern[str]
    troubled: re.Pattern[str]
    asking: re.Pattern[str]
    present: re.Pattern[str]
    modals: frozenset[str]
    modal_breaks: frozenset[str]
    seekers: frozenset[str]
    pointing: frozenset[str]
    only_after: re.Pattern[str]  # "besser als Deutsch" right after a language: as good as "only"


def _folded(words: list[str]) -> frozenset[str]:
    return frozenset(fold(word) for word in words)


def _words(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, words)) + r")(?![^\W\d_])")


@cache
def grammar() -> Grammar:
    data = language_lexicon()
    patterns = language_frames()["patterns"]
    babel_names, wishes = language_names()
    names = dict(babel_names)
    names.update(tolerance_names())  # "турски ок": names the tolerance frames meet
    names.update(data["codes"])  # the project's own names win ("romani" is Romani, not Romanian)
    slot_names = ("provider", "speaker", "client", "described", "person", "service")
    slots = {name: "|".join(patterns[name]) for name in slot_names}
    frames = []
    for entry in [*patterns["wish"], *tolerance_frames()]:  # tolerance and hope frames
        source = entry["re"]
        for slot, words in slots.items():
            source = source.replace("{" + slot + "}", words)
        flags = [entry.get(flag, False)
                 for flag in ("weak", "fuzzy", "inflected", "subject", "sought", "troubled",
                              "asked", "condition")]
        pattern = re.compile(source.replace("{w}", _WORD))
        frames.append(Frame(pattern, *flags, when=tuple(entry.get("when", ()))))
    parts = "|".join(map(re.escape, patterns["subject_parts"]))
    subject = re.compile(_words(patterns["subject"]).pattern + "|" + parts)
    return Grammar(
        names=names,
        wishes=wishes,
        frames=tuple(frames),
        own_language=re.compile(patterns["own_language"]),
        family=_words(data["family"]["words"]),
        mediated=re.compile(patterns["mediated"]),
        subject=subject,
        lesson_before=re.compile(patterns["lesson_before"]),
        lesson_after=re.compile(patterns["lesson_after"]),
        waived_after=re.compile(f"(?:{patterns['waived_after']})|(?:{patterns['ability_after']})"),
        negations=frozenset(data.get("negations", ())),
        fillers=frozenset(data.get("waiving_fillers", ())),
        fuzzy_names=tuple(sorted(n for n in names if len(n) >= 6 and n.isascii())),
        ordinary=frequent_words(),
        report_verbs=_folded(language_frames()["report"]["verbs"]),
        report_fillers=_folded(language_frames()["report"]["fillers"]),
        relatives=_folded(language_frames()["report"]["relatives"]),
        only=_folded(language_frames()["report"]["only"]),
        subjects=_folded(language_frames()["report"]["subjects"]),
        interpreting=re.compile(language_frames()["report"]["interpreting"]),
        german_learning=re.compile(language_frames()["report"]["german_learning"]),
        learning_topics=frozenset(language_frames()["report"]["learning_topics"]),
        children=_folded(language_frames()["report"]["children"]),
        parent_topics=frozenset(language_frames()["report"]["parent_topics"]),
        clip_leads=_folded(language_frames()["clipped"]["leads"]),
        seeking=re.compile(patterns["seeking"]),
        providers=re.compile(r"\b(?:" + slots["provider"] + r")\b"),
        also_german=re.compile(patterns["also_german"]),
        limited_german=re.compile(patterns["limited_german"]),
        troubled=re.compile(patterns["troubled"]),
        asking=re.compile(patterns["asking"]),
        present=re.compile(patterns["present"]),
        modals=_folded(language_frames()["report"]["modals"]),
        modal_breaks=_folded(language_frames()["report"]["modal_breaks"]),
        seekers=_folded(language_frames()["report"]["seekers"]),
        pointing=_folded(language_frames()["report"]["pointing"]),
        only_after=re.compile(language_frames()["report"]["only_after"]),
    )
