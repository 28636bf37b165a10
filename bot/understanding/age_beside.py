"""A pregnancy beside a born child: is the request about the child already born?

"Klientin in der 20. SSW, ihre Tochter (3) redet kaum – Sprachförderung?", "hat einen Sohn (8
Monate) und ist wieder schwanger. Der Kleine schläft kaum", "vom Partner geschlagen, zwei Kinder
(2 und 5) … die Kinder schützen": the born child heads a clause that says something of it — its
state, what it does, what should be done for it — so the request is about that child, not about
the pregnancy. A child named only with its age ("ihr erstes Kind ist 4"), inside another person's
phrase ("Mutter von zwei Kindern (5 und 8) ist in der 30. SSW") or as a list ("zwei Kinder (3 und
6), jetzt in der 14. SSW") says nothing of it. `bot.understanding.age` still keeps the pregnancy
when care for it is asked ("die beiden Großen sind viel allein. Familienhebamme?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age_spans import child_word
from bot.vocabulary.lexicon import _load as load_toml
from bot.vocabulary.lexicon import age_vocabulary

# a clause ends at punctuation or a conjunction; brackets (the child's age) are read over
_CLAUSES = re.compile(r"[,;:.!?–]|\s-\s|\b(?:und|aber|doch|denn|weil|dass|sondern|and|but)\b")
_BRACKETS = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"[a-z0-9]+")
# words before the child noun: articles, possessives, counts ("ihre", "die beiden", "der")
_DETERMINERS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "nen", "ne",
    "ihr", "ihre", "ihren", "ihrem", "ihres", "sein", "seine", "seinen", "seinem", "unser",
    "unsere", "unseren", "mein", "meine", "meinen", "the", "her", "his", "their", "a", "an", "my",
    "our", "beide", "beiden", "zwei", "drei", "vier", "both", "two", "three"})  # fmt: skip
# a word right after the child that says nothing of it: a preposition or article leading on
# ("Kind 4 mit Down-Syndrom", "die Tochter der Nachbarin"), the unborn child's coming ("das Baby
# kommt im März"), the unit of its age
_NOTHING_SAID = frozenset({
    "und", "u", "oder", "mit", "von", "vom", "aus", "in", "im", "bei", "beim", "zum", "zur", "auf",
    "an", "am", "fuer", "ohne", "sowie", "plus", "der", "die", "das", "des", "den", "dem", "ein",
    "eine", "einer", "eines", "of", "with", "and", "or", "at", "from", "for", "to", "kommt",
    "kommen", "unterwegs", "due", "zwischen", "unter", "ueber", "ab", "bis", "between", "under",
    "j", "jahre", "jahren", "jahr", "monate", "monaten", "mon", "m", "wochen", "wo", "alt",
    "years", "year", "months", "old"})  # fmt: skip
_COPULA = frozenset({"ist", "sind", "war", "waren", "wird", "werden", "is", "are", "was", "were"})
# a copula followed by the age alone: "ist 4", "ist erst 3", "sind jetzt 3 und 5"
_AGE_ONLY = frozenset({"erst", "schon", "jetzt", "bereits", "fast", "knapp", "etwa", "ca", "now",
                       "nearly", "almost", "about"})  # fmt: skip
# the words of an age between the article and the child ("ihr 18 Monate alter Sohn") or right
# after the child ("Sohn 4 Jahre beißt", "Tochter 3 J. ist eifersüchtig"): they say nothing yet
_AGE_WORDS = frozenset({"j", "jahre", "jahren", "jahr", "jaehrig", "jaehrige", "jaehriger",
                        "jaehrigen", "monate", "monaten", "mon", "m", "wochen", "wo", "tage", "alt",
                        "alte", "alter", "alten", "altes", "years", "year", "months", "old"})
# the born child named again by what it is, after an article ("Sohn 3 Jahre … Der Junge hat
# Wutanfälle"): the unborn child is never "der Junge" or "die Große"
_CHILD_AGAIN = frozenset({"junge", "jung", "maedchen", "sohn", "tochter", "grosse", "grosser",
                          "kleine", "kleiner"})
_UNIT_DOT = re.compile(r"(\d\s*(?:j|jhr|mon|mo|wo|tg|lj))\.")
_HAVING = frozenset({"hat", "haben", "hatte", "hab", "habe", "has", "have"})
_RELATIVE = frozenset({"der", "die", "das", "welcher", "welche", "welches", "who"})
# a relative clause ends with its verb ("der sehr schwierig ist"), a genitive does not ("Tochter 4
# der Nachbarin passt auf")
_VERB_LAST = frozenset({"ist", "war", "hat", "hatte", "wird", "kann", "will", "soll", "muss",
                        "sind", "haben", "is", "has", "was"})
_PUNCTUATION = re.compile(r"[,;:!?()–]|(?<!\d)\.(?!\d)")  # "im 9. monat": an ordinal
_ARTICLES = frozenset({"der", "die", "das", "ihr", "ihre", "ihren", "sein", "seine", "seinen"})
# words that lead to an article inside a clause: prepositions, verbs of having and bringing
_LEADING = frozenset({
    "von", "vom", "mit", "fuer", "um", "wegen", "bei", "an", "auf", "in", "zu", "nach", "ueber",
    "unter", "aus", "seit", "hat", "haben", "hatte", "hab", "habe", "bringt", "nimmt", "holt",
    "erwartet", "sucht", "braucht", "und", "oder", "mutter", "vater", "mama", "papa"})  # fmt: skip
_PLACED_REACH = 6  # words after the child where its placement is told ("sind schon in Pflegefam.")
HEAD_REACH = 2  # words after the articles where the child noun stands ("ihr erstes Kind")
# the youngest, named by rank without a number ("Der Kleine schläft kaum"): a born child beside
# a pregnancy; a young person named so may be the one pregnant ("die Große von nebenan, 16")
YOUNGEST = frozenset({"kleine", "kleiner", "kleinen", "kleinste", "kleinster", "juengste",
                       "juengster", "baby", "babys", "saeugling"})  # fmt: skip
_BABY_WORDS = frozenset({"baby", "babys", "saeugling"})  # the unborn too, beside older ones
_BABY_UNTIL = 24  # months: a born child younger than this may be "das Baby"
# the child's age told by a copula and its clause carried on by "und" with a second verb of the
# same subject: "der Kleine ist 18 Monate und schläft nachts nicht" says something of the child,
# as "der Kleine schläft nachts nicht" does; "ist 3 und Mama ist schwanger" starts another subject
_AGE_AND = re.compile(
    r"\b(?:ist|war|wird|is|was)\s+(?:(?:erst|schon|jetzt|gerade|grad|knapp|fast|now|just)\s+)?"
    r"\d{1,2}(?:[.,]\d)?\s*(?:(?:jahre|jahren|jahr|j|monate|monaten|mon|m|wochen|wo|years|months)"
    r"\b\.?\s*)?(?:alt\s+|old\s+)?(?:und|and)\s+(?P<next>[a-z]+)\b")
# words after that "und" that begin another subject or say nothing of the child
_NOT_A_VERB = frozenset({"er", "sie", "es", "ich", "wir", "ihr", "man", "he", "she", "it", "we",
                         "they", "i", "dann", "jetzt", "nun", "auch", "seit", "mama", "papa",
                         "mutter", "vater", "eltern", "oma", "opa"})  # fmt: skip


def named_before_copula(words: list[str]) -> str:
    """The child word a copula follows ("der Kleine ist 18 Monate", "die Große ist 5"): the
    youngest or eldest named by rank before "ist", or ""."""
    if len(words) >= 2 and words[-1] in _COPULA and (words[-2] in YOUNGEST
                                                      or words[-2] in _CHILD_AGAIN):
        return words[-2]
    return ""


def child_stated(text: str, nouns: frozenset[str], ages: Sequence[AgeRange] = ()) -> bool:
    """Tell whether a born child heads a clause that says something of it ("ihre Tochter (3)
    redet kaum", "Der Kleine schläft kaum", "die Kinder schützen"). `nouns` are the words the
    born children are named by with their ages ("tochter" of "Tochter (3)"); a clause that
    names the pregnancy is about it ("Jugendliche 17 schwanger"). `ages` are the born children's
    ages: beside children of 3 and 5 only, "das Baby" is the one on the way."""
    vocab = age_vocabulary()
    if not nouns:  # no child under twelve named with its age: "der kleine Bruder" of a teenager
        return False
    young = not ages or min(a.low for a in ages) < _BABY_UNTIL
    ranks = YOUNGEST if young else YOUNGEST - _BABY_WORDS
    for words in _clauses(text):
        start = 1 if words[:1] and words[0] in _HAVING and words[1:2] and (
            words[1] in _DETERMINERS) else 0  # "hat nen Sohn mit 4, der …"
        while start < len(words) and words[start] in _DETERMINERS:
            start += 1
        named = start > 0  # after an article or a possessive: "der Junge", "ihr Sohn"
        if start + 1 < len(words) and words[start].isdigit() and words[start + 1] in _AGE_WORDS:
            start += 1  # "ihr 18 Monate alter Sohn schläft nicht durch" (not "2 ältere Kinder")
            while start < len(words) and words[start] in _AGE_WORDS:
                start += 1
        for at in range(start, min(len(words), start + HEAD_REACH)):
            if words[at] not in nouns and words[at] not in ranks and not (
                    named and at == start and words[at] in _CHILD_AGAIN):
                continue
            if at + 1 < len(words) and words[at] in YOUNGEST and words[at + 1] not in nouns and (
                    child_word(words[at + 1], vocab) or words[at + 1] in vocab.other_person_nouns):
                break  # "der kleine Bruder": a person named by another noun
            following = words[at + 1 :]
            if following[:1] == ["mit"] and following[1:2] and following[1].isdigit():
                following = following[2:]  # "nen sohn mit 4 der sehr schwierig ist": his age
            aged = len(following) < len(words) - at - 1 or (
                bool(following[:1]) and following[0].isdigit())  # fmt: skip
            rest = [w for w in following if not w.isdigit()]  # "Kind 4 redet kaum"
            while rest and rest[0] in _AGE_WORDS:
                rest = rest[1:]
            if aged and rest[:1] and rest[0] in _RELATIVE and len(rest) > 1 and (
                    rest[-1] in _VERB_LAST):
                rest = rest[1:]  # after its age, "der sehr schwierig ist" tells of the child
            said = _said(rest)
            if said and not said.startswith(vocab.pregnancy) and not _placed(rest):
                return True  # not "die Kleine ist schwanger", nor "sind in Pflegefamilien"
    return False


def _clauses(text: str) -> list[list[str]]:
    """The words of each clause. A message typed or dictated without punctuation ("klientin in
    der 20 ssw ihre tochter 3 redet kaum") starts one at each article or possessive that no
    preposition or verb of having leads to ("mutter von der tochter", "hat ihre tochter")."""
    text = _UNIT_DOT.sub(r"\1", text)  # "Tochter 3 J. ist eifersüchtig": the dot ends no clause
    text = _AGE_AND.sub(_carried_on, text)  # "ist 18 Monate und schläft nicht": one clause
    clauses = [_WORD.findall(c) for c in _CLAUSES.split(_BRACKETS.sub(" ", text))]
    if _PUNCTUATION.search(text):
        return clauses
    split: list[list[str]] = []
    for words in clauses:
        starts = [0] + [i for i in range(1, len(words)) if words[i] in _ARTICLES
                        and words[i - 1] not in _LEADING]  # fmt: skip
        split += [words[a:b] for a, b in zip(starts, [*starts[1:], len(words)], strict=True)]
    return split


def _carried_on(m: re.Match[str]) -> str:
    """Join an age told by a copula to the verb "und" carries on with ("ist 18 Monate und
    schläft kaum" → "schläft kaum"), unless the word after "und" starts another subject."""
    word, vocab = m.group("next"), age_vocabulary()
    if (word in _NOT_A_VERB or word in _DETERMINERS or word in _NOTHING_SAID or word in _COPULA
            or word in _ARTICLES or child_word(word, vocab) or word in vocab.adult_nouns
            or word in vocab.other_person_nouns or word.startswith(vocab.pregnancy)):
        return m.group(0)
    return word


@cache
def _placed_stems() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_toml("age_placed.toml")["placed"])


def _placed(rest: list[str]) -> bool:
    """Tell whether a clause about a born child only says it lives elsewhere, in care outside the
    family ("sind schon in Pflegefamilien", "lebt bei den Großeltern"): no need of its own."""
    return any(w.startswith(_placed_stems()) for w in rest[:_PLACED_REACH])


def _said(rest: list[str]) -> str:
    """The first word the words after a child noun say of it ("ist seit der Schwangerschaft
    aggressiv": "seit"), or "" when they say only its age ("ist 4") or lead on to another."""
    while rest and rest[0] in _AGE_WORDS:  # "Sohn 4 Jahre beißt": its age, then what it does
        rest = rest[1:]
    if not rest or rest[0] in _NOTHING_SAID:
        return ""
    if rest[0] in _COPULA:
        tail = [w for w in rest[1:] if w not in _AGE_ONLY and w not in _NOTHING_SAID]
        return tail[0] if tail else ""
    return rest[0]
