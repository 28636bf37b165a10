"""A child's distress told by its body (issue 8, topics42).

Paediatricians, teachers and parents tell a child who refuses school by what its body does:
"seit der Einschulung fast jeden Morgen Bauchschmerzen und will nicht mehr in die Schule,
körperlich finde ich nichts", "übergibt sich morgens vor dem Unterricht", "Kopfweh, Arzt findet
nix". The words of school ("zur Schule", "Fehltage") then read as the school transition or the
school's social work, and the stomach ache only as a hint. What the writers mean is the child's
fear or burden: its mental health (school anxiety, somatic complaints without a finding).

A bodily sign names that need when the writer says a doctor found nothing, or ties the sign to
school or Kita and a recurring time ("jeden Morgen", "montags"). A sign alone (a teenager with
stomach pain who turns out to be pregnant, a baby who vomits) stays what the vocabulary says.
The words are data (`[body]` in `topic_lexicon.toml`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.text import fold, in_order
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import topic_lexicon

GAP = 1  # words allowed inside a phrase ("findet da nichts", "jeden zweiten Morgen")


@dataclass(frozen=True, slots=True)
class _Body:
    topic: str
    signs: tuple[str, ...]
    cleared: tuple[tuple[str, ...], ...]
    school: frozenset[str]
    times: tuple[tuple[str, ...], ...]


@cache
def _body() -> _Body | None:
    table = topic_lexicon().get("body")
    if not table:
        return None

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(fold(p).split()) for p in table.get(key, ()))

    return _Body(table["topic"], tuple(fold(w) for w in table.get("signs", ())),
                 phrases("cleared"), frozenset(fold(w) for w in table.get("school", ())),
                 phrases("times"))  # fmt: skip


def _said(words: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether the phrase's words stand in order with at most `GAP` words between each."""
    return in_order(words, phrase, GAP)


def bodily(credits: list[Credit], words: list[str]) -> list[Credit]:
    """Return the credits with the child's mental health named where a bodily sign tells of
    distress: with a doctor's clearance, or with school and a recurring time."""
    body = _body()
    if body is None:
        return credits
    signs = [i for i, w in enumerate(words) if w and w.startswith(body.signs)]
    if not signs:
        return credits
    cleared = any(_said(words, p) for p in body.cleared)
    daily = (any(w in body.school or w.startswith(tuple(body.school)) for w in words if w)
             and any(_said(words, p) for p in body.times))  # fmt: skip
    if not (cleared or daily):
        return credits
    position = signs[0]
    kept = [c for c in credits if not (c.position == position and c.topic == body.topic)]
    return [*kept, Credit(position, words[position], body.topic, 1.0, True)]
