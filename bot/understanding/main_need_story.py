"""The kind of offer asked for decides what fits; the story tells why (issue 8, `[story]` in
`main_need.toml`).

"Kinderturnen für eine 2-Jährige in Werne? Sie spricht noch kaum" asks for a club; the speech is
why it is sought. "Kind 9, ADHS diagnostiziert … Jetzt fehlt Nachhilfe" asks for tutoring. Had
the story's topics stayed main needs beside the asked kind, their offers (speech therapy,
child psychiatry) would be shown as "passend" where no club or tutoring exists, and the honest
gap would be hidden. They stay among the topics, after the main needs: their offers become
marked alternatives.

The rule is read from the request's shape, not from lists of conditions: every asked topic is a
kind of offer a family takes part in (a club, a group, a care place, tutoring), named firmly
where it is asked and not as where something is held ("Workshops, die man in den Treff holen
kann"); no asked word asks for help with the story ("Wer berät?", "Hilfe?", "Beratungsangebote");
and the story's topic stands only in other clauses. Topics that say how the asked help must be
held (a child's disability, where the family comes from) and money the family lacks stay.
"""

from __future__ import annotations

from functools import cache

from bot.understanding.main_need_cost import cost_topic
from bot.understanding.main_need_positions import help_noun, need_vocabulary, where_positions
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import main_need_lexicon


def told_why(words: Words, credits: list[Credit], requested: dict[str, float],
             asked: frozenset[int]) -> set[str]:  # fmt: skip
    """Topics the story tells only as why the asked kind of offer is sought (see the module
    doc); `requested` is the evidence per asked topic, `asked` the asked positions."""
    vocabulary = need_vocabulary()
    if not requested or not requested.keys() <= vocabulary.kinds or not words.clause:
        return set()
    if any(words.folded[i].startswith(vocabulary.open_help) for i in asked):
        return set()
    where = where_positions(words)
    firm = {c.topic for c in credits
            if c.position in asked and c.strong and c.position not in where}  # fmt: skip
    if firm != requested.keys():
        return set()
    stated = told_statements(words)
    begun = _asking_subjects(words)
    clauses = {words.clause[i] for i in asked}
    told: dict[str, bool] = {}
    for c in credits:
        apart = c.position not in asked and (
            words.clause[c.position] not in clauses or c.position in stated
            or any(c.position < i and words.clause[i] == words.clause[c.position]
                   for i in begun))  # fmt: skip
        told[c.topic] = told.get(c.topic, True) and apart
    keep = vocabulary.qualifies | {cost_topic()}
    return {t for t, apart in told.items() if apart and t not in requested and t not in keep}


_SUBJECTS = frozenset({"sie", "er", "wir", "ich"})  # "… schwanger sie möchte in eine Gruppe"


def _asking_subjects(words: Words) -> list[int]:
    """Positions where a pronoun and an asking verb begin a sentence the text did not mark
    ("junge mutter … schon wieder schwanger sie möchte mit dem kleinen in eine krabbelgruppe"):
    what the clause told before them is the story."""
    folded, request = words.folded, need_vocabulary().request_words
    return [i for i in range(1, len(folded) - 1)
            if folded[i] in _SUBJECTS and folded[i + 1] in request]


@cache
def _statement_verbs() -> frozenset[str]:
    return frozenset(main_need_lexicon()["story"].get("statement_verbs", ()))


def told_statements(words: Words) -> frozenset[int]:
    """Positions of statements about a member of the family ("die mutter hat krebs und liegt
    viel im krankenhaus"): from a definite article, a family word and a finite verb of telling
    to the clause's end, where it runs on in a clause that asked before it. Dictated or
    unpunctuated text runs the asked sentence into the story; the statement's grammar still
    says where the story starts, so its words are told, not asked (`[story] statement_verbs`
    in `main_need.toml`)."""
    vocabulary = need_vocabulary()
    folded, clause = words.folded, words.clause
    verbs = _statement_verbs()
    family = vocabulary.persons | {"eltern"}
    stated: set[int] = set()
    asking: set[int] = set()  # clauses where a request word or help noun came already
    for i in range(len(folded) - 2):
        if folded[i] in vocabulary.request_words or help_noun(folded[i]):
            asking.add(clause[i])
        # only where the statement runs on in the asking clause: a sentence of its own ("…,
        # der Vater ist verstorben.") is told already by its punctuation
        if (clause[i] in asking and folded[i] in _DEFINITE and folded[i + 1] in family
                and folded[i + 2] in verbs and i not in stated):
            stated.update(j for j in range(i, len(folded)) if clause[j] == clause[i])
    return frozenset(stated)


_DEFINITE = frozenset({"der", "die", "das"})  # "die mutter hat", not "für eine mutter, die"
