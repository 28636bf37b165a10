"""The child's condition told as context is not the need (the reading of `topic_status`).

Professionals name a child's diagnosis, disability or illness before they ask: "Junge 13,
schwerhörig, will in den Jugendtreff", "Kind mit Down-Syndrom beißt, Eltern wollen
Elterntraining", "12-Jährige mit Tetraspastik sucht Ferienprogramm", "Typ-1-Diabetes,
Ferienfreizeit?", "hat Sprachstörung, Logo 1x die Woche; OGS-Platz gesucht". The condition word
credited its own topic (inclusion, early intervention, child health, mental health) like a need;
and because some offers for it fit every age in the whole Kreis (the EUTB), an honest gap — no
youth club for him in Villigst — was answered with inclusion counselling, or the need asked was
crowded out of the first three. So a condition's credits give way when another need is named,
as a status's do (`topic_status.told_context`) — unless the condition's own help is what is
asked: whom a help is for ("Beratung für Eltern behinderter Kinder", "Austausch mit anderen
Eltern behinderter Kinder"), a help it heads ("Autismustherapie", "Diabetesschulung"), its
assessment ("Diagnostik", "abklären"), or a help that names the condition's topic by a word of
its own ("Schulbegleitung", "I-Kita-Platz", "Frühförderung", "Eingliederungshilfe" keep the
topic), or the condition is all the request tells. A sign of danger is no condition word: the
safety reader reads it, and protection stays.

What counts as another need: a strong credit (a weak word where the request asks may be a typo
or a picture: "Tics (Kopfschütteln, Grunzen) … wer berät?" reads "Grenzen") — but not a word
that only says who the family is ("alleinerziehend", `[secondary]`/`[who]`), nor the child's
setting told outside the ask ("… in der Kita, was tun?": where the child is, `[portrait]
settings`), nor a person who only tells of the condition ("Kinderärztin sagt abwarten").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.main_need_positions import asked_positions, help_noun, need_vocabulary
from bot.understanding.normalise import Words
from bot.understanding.topic_parts import Credit
from bot.understanding.topic_portrait import audience_at
from bot.understanding.topic_status import Told, load_told, told_context, told_terms
from bot.vocabulary.lexicon import _load, main_need_lexicon, topic_lexicon


@cache
def _condition() -> Told:
    """The condition table: its own terms and those other readers already know as a child's
    condition (`[portrait]`, `[condition]`, `[disorder]`)."""
    portrait = topic_lexicon().get("portrait", {})
    context = main_need_lexicon()
    extra = (*portrait.get("words", ()), *context.get("condition", {}).get("conditions", ()),
             *context.get("disorder", {}).get("disorders", ()))
    return load_told("topic_condition.toml", (fold(w) for w in extra))


@cache
def _settings() -> frozenset[str]:
    return frozenset(fold(w) for w in topic_lexicon().get("portrait", {}).get("settings", ()))


@cache
def _adult_from() -> int:
    return int(_load("topic_condition.toml").get("adult_from", 10**6))


@cache
def data_generic() -> frozenset[str]:
    """The bare helps whose object, where none of another need is named, is the condition."""
    return frozenset(fold(w) for w in _load("topic_condition.toml").get("generic_helps", ()))


@cache
def _tellers() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs after a person that make her the teller, and the words before one."""
    data = _load("topic_condition.toml")
    return (frozenset(fold(w) for w in data.get("tellers", ())),
            frozenset(fold(w) for w in data.get("according", ())))  # fmt: skip


def _teller(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is a person who only tells ("Kinderärztin sagt abwarten",
    "laut Kinderarzt"), or the writer's own help ("kommt zu mir in Logo", "bei uns in der
    Kita"): it names no need beside the condition."""
    tellers, according = _tellers()
    own = any(words[k] in _OWN and words[k - 1] in _TO for k in range(max(1, at - 3), at))
    return own or ((at + 1 < len(words) and words[at + 1] in tellers)
                   or (at > 0 and words[at - 1] in according))


_OWN = frozenset({"mir", "uns"})  # the writer …
_TO = frozenset({"zu", "bei"})  # … as the place the child comes to


def _generic_help(shape: Words, credits: list[Credit], shaped: frozenset[int],
                  is_term: Callable[[Credit], bool]) -> bool:  # fmt: skip
    """Whether the request asks for a bare help ("Beratung", "Hilfe", "Therapie") that names no
    need of its own and has none of another topic for its object ("Der Papa fragt nach Therapie
    oder Hilfe", "die Mutter will noch Beratung wegen Autismus"): its object is the condition.
    Not "Beratung zum Umgang mit den Wutanfällen" (the outbursts are its object), nor a help
    that another need's word names ("Elternkurs")."""
    folded, clause = shape.folded, shape.clause
    data = _condition()
    credited = {c.position for c in credits}
    other = {c.position for c in credits if not is_term(c)}
    for i, word in enumerate(folded):
        if word not in data_generic() or i not in shaped or i in credited:
            continue
        objects = [i - 1] if i > 0 and clause[i - 1] == clause[i] else []
        for k in range(i + 1, min(len(folded), i + 1 + data.reach)):
            if clause[k] != clause[i] or folded[k] in data.coordinators:
                break
            objects.append(k)
        if not any(k in other for k in objects):
            return True
    return False


@cache
def _posing() -> frozenset[str]:
    return frozenset(fold(w) for w in _load("topic_condition.toml").get("posing", ()))


def _posed(shape: Words, credits: list[Credit], is_term: Callable[[Credit], bool]) -> bool:
    """Whether a condition is posed as a question of its own: a sentence ending in "?" holds
    nothing but condition words and small words of a guess (`posing`: "Autismus? ADHS? Oder
    einfach ein sehr eigener Junge?", "Verdacht auf ADHS?"). The writer does not know what the
    child has, so finding it out is what is asked, as with "Diagnostik"."""
    if len(shape.question) != len(shape.folded):
        return False
    posing = _posing()
    spans = {c.position + k for c in credits if is_term(c)
             for k in range(max(len(c.term.split()), 1))}
    for c in credits:
        if not is_term(c) or not shape.question[c.position]:
            continue
        number = shape.sentence[c.position]
        if all(i in spans or w in posing for i, w in enumerate(shape.folded)
               if shape.sentence[i] == number):
            return True
    return False


def condition_told(credits: list[Credit], words: Sequence[str], clause: Sequence[int],
                   asked: Sequence[bool], describing: frozenset[str] = frozenset(),
                   shape: Words | None = None, age: AgeRange | None = None) -> list[Credit]:
    """Drop the credits of the child's condition not asked for, when another need is asked for
    by the request's shape (`shape`: its words as read, see the module doc); `describing` are
    the terms that only say who the family is. A young adult's condition stays (`adult_from`):
    the disability's own help carries housing and work once youth help ends."""
    if age is not None and age.low >= _adult_from():
        return credits
    data = _condition()
    settings = _settings()

    def is_term(c: Credit) -> bool:
        # not the condition that says whom the help asked is for ("Ergo für Kind (2) mit
        # Cerebralparese", "Gruppe für Jugendliche mit Autismus"; `topic_portrait`)
        # (a diagnosis by its head, "Gaumenspalte", "Alkoholsyndrom", names more than who the
        # child is: its feeding, its development; it is left to `topic_portrait`)
        return (c.term in data.terms or words[c.position] in data.terms) and not audience_at(
            list(words), c.position)

    if shape is None or len(shape.folded) != len(words) or not any(map(is_term, credits)):
        return credits
    if _posed(shape, credits, is_term):
        return credits  # "Autismus? ADHS?": what the child has is the question
    shaped = asked_positions(shape)
    kinds = need_vocabulary().kinds
    if _generic_help(shape, credits, shaped, is_term):
        return credits

    def names_need(c: Credit) -> bool:
        if not c.strong or c.term in describing or _teller(words, c.position):
            return False
        # asked by the request's shape, in a sentence that asks, or named as a kind of help or
        # of offer a family takes part in ("will gern in einen Jugendtreff", "… Gleichaltrigen –
        # Jugendzentrum in Brambauer?"); a problem only told ("Eltern überfordert") is not
        wanted = (c.position in shaped or asked[c.position] or c.topic in kinds
                  or bool(help_noun(shape.folded[c.position])))
        return wanted and (c.term not in settings or asked[c.position])

    return told_context(credits, words, clause, asked, data, is_term, names_need)


def condition_topics(words: Sequence[str], credited: Callable[[str], Iterable[str]],
                     credits: Iterable[Credit]) -> frozenset[str]:  # fmt: skip
    """The topics the condition words of `words` name that no credit left names: the examples'
    guess must not bring back what the condition alone raised ("schwerhörig … Jugendtreff in
    Villigst?" is no request for inclusion counselling)."""
    raised = {topic for term in told_terms(words, _condition().terms) for topic in credited(term)}
    return frozenset(raised - {c.topic for c in credits})
