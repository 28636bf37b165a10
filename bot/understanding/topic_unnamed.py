"""The need of a request whose words name none, read from how requests like it were labelled.

When no vocabulary word names a need, understanding answers with the general offers of the
child's life phase: a youth club and a sports course for "Mi hijo de 15 años fuma porros todos
los días", "Сын 10 лет весь день сидит в телефоне" or "sie ist 13 und hat seit der Trennung keine
Freunde mehr". Such requests tell the need in words no table lists — in a family language, as a
situation with no need word, in a phrase the lexicon splits. The labelled examples
(`topic_model`) know many of them; where they are sure of one topic, that topic leads and the
life phase's general offers follow it, so a wrong guess still leaves them in the answer.

"Sure" is a margin of log-score between the likeliest topic and the next (`[guess]
unnamed_margin` in `data/topic_lexicon.toml`): a bag of words that is torn between two needs says
nothing a general answer would not say better. Never guessed here: a topic describing who the
family is or what it can afford (`[guess] never_fills`), protection (`unnamed_never`: only
signs raise it), the manner of help (`manner`), and a
topic of another life phase than the child's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from bot.understanding.topic_model import topic_model
from bot.vocabulary.lexicon import topic_lexicon


@cache
def _table() -> tuple[float, frozenset[str]]:
    table = topic_lexicon().get("guess", {})
    never = (*table.get("never_fills", ()), *table.get("unnamed_never", ()))
    return float(table.get("unnamed_margin", 0.0)), frozenset(never)


def unnamed_need(text: str, known: Iterable[str], manner: Iterable[str] = (),
                 fits: Callable[[str], bool] = lambda _topic: True) -> str | None:
    """The topic the examples are sure a request with no need word asks for, or None; it must
    `fit` the child's life phase (no school social work for a five-year-old's nightmares)."""
    margin, never = _table()
    if margin <= 0:
        return None
    scores = topic_model().scores(text)
    first, second = sorted(scores.values(), reverse=True)[:2]
    best = max(scores, key=lambda t: scores[t])
    if first - second < margin or best in never or best in set(manner) or not fits(best):
        return None
    return best if best in set(known) else None


def led_by(guess: str | None, topics: tuple[str, ...]) -> tuple[str, ...]:
    """The general topics with the guessed need first."""
    return topics if guess is None else (guess, *(t for t in topics if t != guess))
