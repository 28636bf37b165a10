"""Help in the family's language with papers, offices or a parent's own German (issue 8).

"Brauchen jemand der hilft mit Papiere, am besten bulgarisch", "wer kann mit ihnen den Brief
vom Ausländeramt auf Arabisch durchgehen?", "braucht jemanden, der beim Termin Tigrinya
übersetzt", "sie will selbst Deutsch lernen, am liebsten wo auch jemand Arabisch kann": what the
language is wished for is help with the family's affairs in a country whose language it does not
speak yet — letters, forms and applications, going to an office, an interpreter for a talk, the
parent's own German. That help is what migration services and the interpreter pool offer
(`[manner] topics`), whatever matter the letter is about, so it is a need asked beside the
matter. The writers of every set label it so (`migration_integration` with the language).

The other way round, a family that only speaks a language and asks for an ordinary offer held
in it ("Elternkurs auf Arabisch", "Schreiambulanz auf Persisch") asks for that offer: where none
is held in the language the request is a language gap, never migration advice. So an affair
counts only where it is what the request asks for (`asked_positions`) or in the clause that
names the language, and the parent's own German only when an adult learns it ("die Mutter will
Deutsch lernen", "sie selbst"): a child who is to learn German needs language support.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.text import fold
from bot.understanding.languages import GERMAN, language_code
from bot.understanding.main_need_positions import asked_positions, help_noun
from bot.understanding.normalise import Words
from bot.understanding.writer_interpreter import interpreting
from bot.vocabulary.lexicon import main_need_lexicon

WAIVED_REACH = 3  # "nicht nur mit Dolmetscher": how far before the affair a negation waives it


@dataclass(frozen=True, slots=True)
class _Affairs:
    starts: tuple[str, ...]
    heads: tuple[str, ...]
    unless: frozenset[str]
    german: frozenset[str]
    learn: tuple[str, ...]
    learners: frozenset[str]
    reach: int
    waived: frozenset[str]
    leads: frozenset[str]
    skip: frozenset[str]
    mediators: tuple[str, ...]
    helps: frozenset[str]
    held_in: frozenset[str]


@cache
def _affairs() -> _Affairs:
    lexicon = main_need_lexicon()
    data, manner = lexicon["affairs"], lexicon["manner"]

    def words(key: str, section: dict = data) -> tuple[str, ...]:
        return tuple(fold(w) for w in section[key])

    return _Affairs(starts=words("starts"), heads=words("heads"),
                    unless=frozenset(words("unless")), german=frozenset(words("german")),
                    learn=words("learn"), learners=frozenset(words("learners")),
                    reach=int(data["reach"]), waived=frozenset(words("waived")),
                    leads=frozenset(words("leads", manner)),
                    skip=frozenset(words("skip", manner)), mediators=words("mediators"),
                    helps=frozenset(words("helps")),
                    held_in=frozenset(words("in_language", manner)))  # fmt: skip


def affairs_in_language(words: Words) -> bool:
    """Whether the request asks for help with its affairs (papers, letters, offices, an
    interpreter, a parent's own German) and names a language other than German for it."""
    folded, clause = words.folded, words.clause
    # the interpreter who writes ("Dolmetscher Farsi bin ich"): her language and her job are
    # who writes, no affair the family asks help with
    writer = interpreting(folded, clause, lambda w: language_code(w, inflected=True) is not None)
    named = [i for i, word in enumerate(folded)
             if language_code(word) not in (None, GERMAN) and i not in writer.languages]
    if not named:
        return False
    spoken = {clause[i] for i in named}
    # a language wished for a help named right before it ("Beratung auf Arabisch") is that
    # help's: an affair told in another clause ("…, die verstehen den Arztbrief nicht") is why
    asked = frozenset() if all(_for_help(folded, i) for i in named) else asked_positions(words)
    return any((i in asked or clause[i] in spoken) and i not in writer.roles
               and _affair(words, i) for i in range(len(folded)))  # fmt: skip


def _for_help(folded: tuple[str, ...], at: int) -> bool:
    """Whether the language at `at` follows a help noun and "auf"/"in" ("Beratung auf
    Arabisch", "Elternkurs in Türkisch")."""
    return (at >= 2 and folded[at - 1] in _affairs().held_in
            and bool(help_noun(folded[at - 2])))


def _affair(words: Words, at: int) -> bool:
    """Whether the word at `at` names an affair: a word that begins so ("Papiere", "Formular",
    "übersetzt", "Dolmetscher", "Deutschkurs"), a compound that ends so ("Elternbrief",
    "Ausländeramt", "Familienkasse", "Mietvertrag"), or German learnt by an adult."""
    rules = _affairs()
    word = words.folded[at]
    if word in rules.unless or _waived_or_manner(words, at, rules):
        return False
    if word.startswith(rules.starts) or word.endswith(rules.heads):
        return True
    return word in rules.german and _adult_learns(words, at, rules)


def _waived_or_manner(words: Words, at: int, rules: _Affairs) -> bool:
    """Whether the affair is turned down ("nicht über Dolmetscher", "nicht nur mit Dolmetscher",
    "ohne Übersetzung": a word of `waived` among the three before it in its clause) or is only
    the way another help is given ("oder mit Übersetzung", "mit Elterngesprächen auf
    Bulgarisch", `[manner]`: a manner lead right before it, after articles). A mediator stays
    asked after "mit" ("gern mit einer Sprachmittlerin"), and so does what a help is "with"
    ("hilft mit Papiere")."""
    folded, clause = words.folded, words.clause
    before = [k for k in range(max(0, at - WAIVED_REACH), at) if clause[k] == clause[at]]
    if any(folded[k] in rules.waived for k in before):
        return True
    if folded[at].startswith(rules.mediators):
        return False
    k = at - 1
    while k >= 0 and clause[k] == clause[at] and folded[k] in rules.skip:
        k -= 1
    if k < 0 or clause[k] != clause[at] or folded[k] not in rules.leads:
        return False
    near = {folded[j] for j in (k - 1, at + 1) if 0 <= j < len(folded) and clause[j] == clause[at]}
    return not near & rules.helps


def _adult_learns(words: Words, at: int, rules: _Affairs) -> bool:
    """"die Mutter will Deutsch lernen", "sie will selbst mit dem Kind Deutsch lernen": German
    learnt (a form of `learn` right after) by an adult named in the clause before it or by
    someone who does it herself; "das Kind soll Deutsch lernen" is the child's language need."""
    folded, clause = words.folded, words.clause
    after = folded[at + 1 : at + 3]
    if not any(w.startswith(rules.learn) for w in after):
        return False
    start = max(0, at - rules.reach)
    return any(folded[k] in rules.learners and clause[k] == clause[at]
               for k in range(start, min(len(folded), at + 3)))
