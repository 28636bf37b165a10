"""A complaint and a procedure already running are the story of a request, not its ask.

Professionals tell what the family is angry about and what a service already did before they
ask: "Mutter fühlt sich von der Kita „gemobbt“, Kita hat wegen Hygiene ein §8a-Verfahren
angestoßen. Mutter will Kita-Wechsel. Frage: Kita-Wechsel – an wen?", "Familienbüro hat gesagt
„haben wir nicht“, Papa sagt das ist Diskriminierung … Gibt es irgendwo Elternkurs?". The words of
the grievance ("gemobbt", "Diskriminierung") and of the running procedure ("§8a") credited their
topics like a need, and the answer offered violence prevention and child protection to a mother
who asked for another Kita. So a credit gives way when its clause tells a complaint or a grievance
(`complaints`, `phrases` in `bot/data/topic_grievance.toml`) or a procedure a service started
(`procedures` with an auxiliary), and the clause asks nothing — as long as a credit outside such
clauses remains, and never for a help's own word (a complaint about the Hebamme asks for another
one): "Eltern beschweren sich über Mobbing. Was tun?" still asks about the bullying.
Signs of danger are read by the safety reader, not here: a complaint that is itself a danger
("die Erzieherin hat es geschlagen") keeps child protection first.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from bot.understanding.topic_parts import Credit
from bot.understanding.topic_refused import names_help
from bot.vocabulary.lexicon import _load


@cache
def _data() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str], frozenset[str]]:
    data = _load("topic_grievance.toml")
    return (frozenset(data["complaints"]), tuple(tuple(p.split()) for p in data["phrases"]),
            frozenset(data["procedures"]), frozenset(data["auxiliaries"]))


def story_clauses(words: Sequence[str], clause: Sequence[int]) -> frozenset[int]:
    """The clauses that tell a complaint, a grievance or a procedure already started."""
    complaints, phrases, procedures, auxiliaries = _data()
    told: set[int] = set()
    for i, word in enumerate(words):
        phrased = any(tuple(words[i : i + len(p)]) == p for p in phrases)
        started = word in procedures and any(
            w in auxiliaries for j, w in enumerate(words) if clause[j] == clause[i])
        if word in complaints or phrased or started:
            told.add(clause[i])
    return frozenset(told)


def grieved(credits: list[Credit], words: Sequence[str], clause: Sequence[int],
            asked: Sequence[bool]) -> list[Credit]:  # fmt: skip
    """Drop the credits a complaint or a running procedure tells, when a credit of the ask
    remains; a clause that asks ("will Kita-Wechsel und Beschwerde") is never only story."""
    if not credits or len(clause) != len(words):
        return credits
    story = story_clauses(words, clause)
    if not story:
        return credits

    def told(c: Credit) -> bool:
        # the help complained about is the help still needed, from someone else: "hat sich über
        # die Stillberatung beschwert … gibt's was zum Stillen?"
        return (c.position < len(clause) and clause[c.position] in story
                and not asked[c.position] and not names_help(words[c.position]))

    kept = [c for c in credits if not told(c)]
    return kept if kept else credits
