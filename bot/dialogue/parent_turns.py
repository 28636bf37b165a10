"""A follow-up that asks help for a parent: the need, its form and the parent's language.

"und was gibt es für die Eltern?", "und die Mutter selbst? … bräuchte Beratung, wie sie mit der
Tochter umgehen soll", "die Mutter will auch für sich Beratung, spricht Türkisch": the one to be
helped moves from the child to a parent. The parents' needs come from the catalogue
(`parents.for_parents_of`); the form the turn names ("Beratung", "ein Kurs") chooses among them;
and the language the parent is said to speak is the language the help should be held in, since
the parent is now the one who takes part (beside a child's need the same words only tell about
the family).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.catalogue import Catalogue
from bot.dialogue.forms import chosen_form, upbringing, with_form
from bot.dialogue.parents import (
    addresses_parents_at,
    for_parent,
    for_parents_of,
    serves_age,
    serves_parents_of,
)
from bot.dialogue.turns import vocabulary
from bot.models import Request
from bot.text import fold
from bot.understanding.languages import language_code

__all__ = ["for_the_parent", "parent_language"]

MAX_GAP = 2  # "spricht nur Türkisch", "speaks mostly Arabic": a word or two between


@cache
def _speaking() -> frozenset[str]:
    return frozenset(vocabulary()["speaker"]["verbs"])


def parent_language(text: str) -> str | None:
    """The one language (German aside) a verb of speaking in the turn names ("spricht Türkisch")."""
    words = re.findall(r"\w+", fold(text))
    verbs = _speaking()
    codes = []
    for i, word in enumerate(words):
        if word in verbs:
            after = (language_code(w) for w in words[i + 1:i + 2 + MAX_GAP])
            codes += [c for c in after if c is not None][:1]
    found = set(codes) - {"de"}
    return found.pop() if len(found) == 1 else None


def for_the_parent(request: Request, previous: Request, text: str,
                   catalogue: Catalogue) -> Request:  # fmt: skip
    """The follow-up's request with the help moved to the parent, when it asks for that.

    With a language only named ("anything in English for the parents?") the turn refines the
    case; said as what the parent speaks, it is the parent's language and the help still moves.
    A need named for the parent that the catalogue serves for parents stays the need ("für die
    Mutter einen Elternkurs"), in the form the turn names; one the catalogue serves for children
    ("für die Mutter, Trauerbegleitung") and the child's need stay as context: they rank parents'
    offers.
    """
    if not for_parent(text):
        return request
    spoken = parent_language(text)
    if spoken is not None and not request.languages:
        request = replace(request, languages=(spoken,))
    elif request.languages and spoken is None:
        return request
    age = request.age or previous.age
    own = request.topics if request.topics and not request.general else ()
    form = chosen_form(text)
    if any(serves_parents_of(t, age, catalogue) for t in own):
        # "für die Mutter Beratung? die ist völlig fertig" about a 12-year-old: early help (0–3)
        # read beside the counselling has no offer at this age, so it stays only as context
        served = tuple(t for t in request.main_topics if serves_age(t, age, catalogue))
        # "ob es für sie selbst was gibt, sie ist jetzt alleinerziehend und total überfordert"
        # about a 9-year-old: the turn is about the parent, so what it tells of her
        # ("alleinerziehend") is a need of hers beside the one read as the main need
        served += tuple(t for t in own if t not in served and serves_parents_of(t, age, catalogue))
        if form in own and serves_age(form, age, catalogue):
            # "ob es für sie ne Beratungsstelle gibt, sie is völlig durch": the form named leads
            served = (form, *(t for t in served if t != form))
        if served and served != request.main_topics:
            rest = tuple(t for t in request.topics if t not in served)
            request = replace(request, main_topics=served, topics=served + rest)
        # "Beratung, wie sie mit ihm üben kann, sie spricht Russisch": the form, whatever language
        return with_form(request, form) if form and upbringing(own) else request
    topics = for_parents_of(age, catalogue)
    if form in topics:  # "bräuchte Beratung": the conversation, not a course
        topics = (form, *(t for t in topics if t != form))
    # the child's need stays where its own offers also address the parents ("Suchtberatung für
    # Jugendliche und Eltern" after a teenager's drug use); the rest of it only ranks
    shared = () if form in topics else tuple(
        t for t in (previous.main_topics or previous.topics)
        if t not in topics and addresses_parents_at(t, age, request.place or previous.place,
                                                     catalogue))
    context = tuple(dict.fromkeys(t for t in own + previous.topics if t not in topics + shared))
    main = (form,) if form in topics else topics + shared
    return replace(request, topics=topics + shared + context, main_topics=main, general=False,
                   keywords=(), required_words=(), unexplained=(), need_unexplained=False)
