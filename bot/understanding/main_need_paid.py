"""Who pays for it: a question whether a help is paid for asks for the money help beside it
(`[paid]` in `main_need.toml`).

"Geht Lernförderung über BuT?", "OGS kostet 110 im Monat – geht das über irgendwas?", "übernimmt
das Jobcenter die Kosten?", "Wo stellt man den Antrag auf Lernförderung?" ask how the help named
is paid: whatever pays for help (BuT, funds) is asked with it, and its offers are fitting beside
the help's. A grant already made ("BuT ist bewilligt", "Bescheid liegt vor") settles that
question: the help alone is asked (`topic_granted`). A cost only told ("kann nichts zahlen") is
read by `main_need_cost`, not here; a pay word that is negated ("Papa zahlt keinen Unterhalt")
or stands in a sentence that only tells the story asks nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from bot.text import fold
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load, main_need_lexicon


@dataclass(frozen=True, slots=True)
class _Paid:
    verbs: frozenset[str]  # a payer paying ("zahlt", "abrechnen")
    cover: frozenset[str]  # taking over ("übernimmt") …
    costs: frozenset[str]  # … a cost ("die Kosten", "einen Teil")
    through: frozenset[str]  # a help that goes through a payer ("geht", "läuft")
    via: frozenset[str]  # the preposition naming the payer ("über")
    forms: frozenset[str]  # the application for money ("Antrag") …
    questions: frozenset[str]  # … asked where or how ("wo", "wie")
    whether: frozenset[str]  # a question told in a clause ("ob das Jobcenter … übernimmt")
    who: frozenset[str]  # … or "wer" after a verb of asking ("fragen, wer die Kosten übernimmt")
    who_asks: frozenset[str]
    negations: frozenset[str]
    granted: frozenset[str]  # a grant already made settles the question
    reach: int
    form_reach: int
    cost_reach: int
    own_payers: frozenset[str]
    payers: frozenset[str]  # who pays ("Jugendamt"): named as the payer, no help asked


@cache
def _paid() -> _Paid:
    data = main_need_lexicon()["paid"]
    grant = _load("topic_granted.toml")

    def words(values: object) -> frozenset[str]:
        return frozenset(fold(str(v)) for v in values)  # type: ignore[attr-defined]

    return _Paid(
        verbs=words(data["verbs"]),
        cover=words(data["cover"]),
        costs=words(data["costs"]),
        through=words(data["through"]),
        via=words(data["via"]),
        forms=words(data["forms"]),
        questions=words(data["questions"]),
        whether=words(data["whether"]),
        who=words(data.get("who", ())),
        who_asks=words(data.get("who_asks", ())),
        negations=words(main_need_lexicon()["cost"]["negations"]),
        granted=words(grant["granted"]) | words(data["granted"]),
        reach=int(data["reach"]),
        form_reach=int(data["form_reach"]),
        cost_reach=int(data["cost_reach"]),
        own_payers=frozenset(str(t) for t in data["own_payers"]),
        payers=words(main_need_lexicon()["cost"]["payers"]),
    )


def _asking(words: Words, i: int, questioned: bool, data: _Paid) -> bool:
    """Whether the word at `i` asks: "whether" shortly before it ("ob das Jobcenter die Kosten
    übernimmt"), "who" after a verb of asking ("fragen, wer die Kosten übernimmt"), or it stands
    in a sentence that asks, in a request with a question mark (`questioned`; every sentence asks
    when the request does not set one apart). "Der Vater zahlt den Beitrag selbst." only tells."""
    folded = words.folded
    if _near(folded, i, data.whether, data.form_reach, 0):
        return True
    if any(folded[k] in data.who and _near(folded, k - 1, data.who_asks, 1, 0)
           for k in range(max(1, i - data.form_reach), i)):  # fmt: skip
        return True  # "Eltern fragen, wer die Kosten übernimmt"
    return questioned and (words.asked[i] or not any(words.asked))


def _near(folded: tuple[str, ...], i: int, table: frozenset[str], before: int, after: int
          ) -> bool:  # fmt: skip
    return any(w in table for w in folded[max(0, i - before) : i + after + 1])


def paid_asked(words: Words, text: str) -> bool:
    """Whether the request asks whether or how a help is paid for: a payer paying asked
    ("wer zahlt das?", "übernimmt das Jobcenter die Kosten?"), a help going through a payer
    ("geht Lernförderung über BuT?"), or where the application is made ("Wo stellt man den
    Antrag?") — in a sentence that asks, not negated, and no grant told already."""
    data = _paid()
    folded = words.folded
    if any(w in data.granted for w in folded):
        return False
    for i, word in enumerate(folded):
        if not _asking(words, i, "?" in text, data) or _near(
            folded, i, data.negations, data.reach, data.reach
        ):
            continue
        if word in data.verbs:
            return True
        if word in data.cover and _near(folded, i, data.costs, data.cost_reach, data.cost_reach):
            return True
        if word in data.via and _near(folded, i, data.through, data.reach, 0):
            return True
        if word in data.forms and _near(
            folded, i, data.questions | data.whether, data.form_reach, 0
        ):
            return True
    return False


def paid_need(
    words: Words, text: str, main: tuple[str, ...], paying: str, credits: Iterable[Credit]
) -> str | None:
    """The topic that pays for help (`paying`) when the request asks how a help is paid
    (`paid_asked`) — unless a help it names is one an office grants and pays itself
    (`[paid] own_payers`: "Schulbegleitung beantragen – wo?"), whose office is the answer. The
    payer asked about names no such help ("Übernimmt das Jugendamt einen Teil?")."""
    data = _paid()
    if any(c.topic in main and c.topic in data.own_payers and c.term not in data.payers
           for c in credits):  # fmt: skip
        return None
    return paying if paid_asked(words, text) else None
