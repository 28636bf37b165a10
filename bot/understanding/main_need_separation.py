"""Plain counselling asked in a separation's story is the family's separation counselling
(custody51, `bot/data/separation.toml`).

Messages about separated parents name the situation at length and the ask briefly: "Patchwork …
lotta haut und beißt seitdem … elternkurs oder beratung für die neue familie", "KV seit 4 J. in
Haft … will Umgang mit Sohn … Bedarf: Anbahnung des Umgangs, Beratung für Kind und KM", "Vater hat
das alleinige Sorgerecht … Gesprächsangebote für sie?". The plain word "Beratung" names no need
of its own, so the story's other words decided: a course alone (and a false gap where none is
near), or a parent in prison read as a burdened parent before the counselling asked. In a story
of separation, custody or contact that plain word is the Trennungs-, Scheidungs- and
Umgangsberatung of the counselling service: it joins the main needs, before what the story only
tells. A need word right after it ("Beratung zu Geld, Unterhaltsvorschuss") or right before it
("Impfsprechstunde/Beratung") makes it that need's counselling; a compound ("Schuldnerberatung")
names its own kind and is no plain word; a sign of danger keeps child protection first (the
caller reads only requests without one).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from bot.text import fold
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.vocabulary.lexicon import _load, main_need_lexicon


@dataclass(frozen=True, slots=True)
class _Separation:
    topic: str
    story: frozenset[str]  # words that tell a separation, custody or contact arrangement
    prefixes: tuple[str, ...]  # … and the beginnings of their compounds
    counsel: frozenset[str]  # plain counselling words
    dealing: tuple[frozenset[str], frozenset[str]]  # "zum Umgang mit": dealing with, no contact
    about: frozenset[str]  # prepositions of the matter a counselling is about
    back: frozenset[str]  # words that refer to the matter just named
    reach: int  # how far after the counselling word a need word makes it that need's


@cache
def _data() -> _Separation:
    data = _load("separation.toml")
    plain = main_need_lexicon()["counsel"]
    return _Separation(
        topic=str(data["topic"]),
        story=frozenset(fold(w) for w in data["story"]),
        prefixes=tuple(fold(w) for w in data["story_prefixes"]),
        counsel=frozenset(fold(w) for w in (*plain["words"], *data["counsel"])),
        dealing=(frozenset(data["dealing_before"]), frozenset(data["dealing_after"])),
        about=frozenset(data["about"]),
        back=frozenset(data["back"]),
        reach=int(data["reach"]),
    )


def separated(folded: Sequence[str]) -> bool:
    """Whether the request tells a separation, a custody or contact arrangement, a step-family
    or a parent in prison."""
    return any(_story(folded, i) for i in range(len(folded)))


def _story(folded: Sequence[str], i: int) -> bool:
    """Whether word `i` tells a separation ("getrennt", "Umgangskontakte"); "zum Umgang mit
    Medien" is how one deals with something."""
    data = _data()
    word = folded[i]
    if not (word in data.story or word.startswith(data.prefixes)):
        return False
    before, after = data.dealing
    return not (i > 0 and folded[i - 1] in before and folded[i + 1 : i + 2] and
                folded[i + 1] in after)  # fmt: skip


def separation_counsel(words: Words, credits: Iterable[Credit]) -> tuple[str, int] | None:
    """The counselling topic and the position of the plain counselling word that asks for it,
    when the request tells a separation's story; else None."""
    data = _data()
    folded = words.folded
    if not separated(folded):
        return None
    clause = words.clause or (0,) * len(folded)
    # positions of the words that name another need than the counselling itself
    other = {c.position for c in credits if c.topic != data.topic}
    asking = any(words.asked)  # when no sentence alone asks, every sentence may
    for i, word in enumerate(folded):
        if word not in data.counsel or (asking and not words.asked[i]):
            continue
        if any(j in other and clause[j] == clause[i]
               for j in range(i - 1, min(len(folded), i + 1 + data.reach))):  # fmt: skip
            continue  # "Beratung zu Geld", "Impfsprechstunde/Beratung": that need's counselling
        after = folded[i + 1 : i + 2]
        if after and after[0] in data.back:
            continue  # "… Vater-Kind-Kur, wer berät dazu": the matter just named
        if after and after[0] in data.about and not any(
                _story(folded, j) for j in range(i + 2, min(len(folded), i + 2 + data.reach))):
            continue  # "Wer berät zu Verwandtenpflege?": about another matter
        return data.topic, i
    return None


def separation_placed(main: tuple[str, ...], topic: str, at: int, words: Words,
                      credits: Iterable[Credit]) -> tuple[str, ...]:  # fmt: skip
    """`main` with the separation counselling before what the story only tells, after a kind
    of help named before it in the same sentence ("elternkurs oder beratung für die neue
    familie" asks for both, the course first)."""
    sentence = words.sentence or (0,) * len(words.folded)
    named = {c.topic for c in credits
             if c.strong and c.position < at and sentence[c.position] == sentence[at]}
    rest = tuple(t for t in main if t != topic)
    leading = tuple(t for t in rest if t in named)
    return (*leading, topic, *(t for t in rest if t not in leading))
