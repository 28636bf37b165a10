"""Dialogue: a conversation of several messages, for every channel alike.

"und in Unna?", "und für 6-Jährige?", "mehr", "details 2" or a bare "17" after the question "Wie
alt ist das Kind?" only make sense with what was asked before. A `Session` keeps the last request,
the question asked back, the page and the ranked offers of the last answer. It is plain data, so
that the Telegram channel can store it in the state database and buttons keep working after a
restart.

Paging keeps the ranked offer ids (with score and locality) in the session instead of matching
again: "mehr" then costs a dictionary lookup per offer, shows exactly the list the first page was
cut from, and stays stable while the catalogue is unchanged. Only when an id is gone (the catalogue
was replaced in between) is the request matched again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.catalogue import Catalogue
from bot.dialogue.phrases import (
    ANSWER_WORDS,
    BARE_ANSWER_WORDS,
    FOLLOW_UP,
    SHORT_FOLLOW_UP_WORDS,
    asks_other_child,
    bare_age,
    details_number,
    first_clause,
    is_courtesy,
    is_more,
    not_known,
    refers_back,
    starts_new_case,
    without_other_child,
    without_residence,
)
from bot.dialogue.session import Session
from bot.matching import match
from bot.models import (
    PAGE_SIZE,
    AgeRange,
    AlternativeWhy,
    Answer,
    Carried,
    CarriedFrom,
    GapReason,
    Hit,
    Missing,
    Page,
    Prompt,
    Question,
    Request,
)
from bot.text import fold
from bot.understanding import Context, understand
from bot.understanding.age import understand_age_answer

__all__ = ["Session", "bare_age", "details_number", "is_more", "refine", "respond"]


def _nothing_understood(request: Request, text: str) -> bool:
    """Tell a message that says nothing about the case: thanks, "???", another script."""
    if request.age or request.place or request.topics or request.languages:
        return False
    if request.place_candidates:
        return False
    return not _names_unknown_need(request) or is_courtesy(text) or not_known(text)


def _names_unknown_need(request: Request) -> bool:
    """"und Kinderhospiz?": a need of its own that no vocabulary knows, and nothing else.

    Such a follow-up is an honest gap ("Zu „Kinderhospiz“ kenne ich kein Angebot"), not
    unreadable text. Only a word written as a noun counts: a lower-case word nobody knows
    ("zwölfdreiviertel") is more likely an age or a typo than a need.
    """
    if request.topics or request.age or request.place or request.languages:
        return False
    return any(word[:1].isupper() for word in request.unexplained)


def respond(
    text: str, catalogue: Catalogue, session: Session | None = None
) -> tuple[Answer, Session]:
    """Answer one message of a conversation and return the updated session."""
    session = session or Session()
    previous = session.request
    if previous is not None:
        if is_more(text):
            return _page(session, catalogue, session.page + 1)
        number = details_number(text)
        if number is not None and not (session.asked == "age" and len(text.strip()) <= 2):
            return _details(session, catalogue, number), session
    elif is_more(text) or (details_number(text) is not None and not text.strip().isdigit()):
        # nothing to page or open yet (a bare number is understood below: it may be an age)
        return Answer(Request(text=text.strip()), prompt=Prompt.NOTHING_YET), session
    request = _understand(text, catalogue, session.default_place)
    if previous is not None and request.age is None and (
        session.asked == "age" or _nothing_understood(request, text)
    ):  # "17" after "Wie alt ist das Kind?", or "sie ist 15" correcting the age
        words = ANSWER_WORDS if session.asked == "age" else BARE_ANSWER_WORDS
        request = replace(request, age=bare_age(text, words))
    # "und für ältere?", "und für die Schwester?": another child of the family, age unknown
    other_child = previous is not None and request.age is None and asks_other_child(text)
    if other_child:  # the words naming the other child name no need ("younger" is no young adult)
        request = _need_of(request, understand(without_other_child(text), catalogue))
    if previous is not None and _nothing_understood(request, text) and not other_child:
        # an emoji, a line in another script, "???": ask again, never replay the last search
        # (the answer carries the conversation's request: nothing of it changed)
        prompt = Prompt.THANKS if is_courtesy(text) else Prompt.UNREADABLE
        if session.asked in ("age", "place") and not_known(text):
            prompt = Prompt.NOT_KNOWN  # "weiß ich nicht": the list stands; a later "4" still counts
        return _prompted(session, catalogue, prompt), session
    carried: list[Carried] = []
    if previous is not None and _continues(previous, request, text, session, catalogue):
        request, carried = _merge(previous, request, text, session, catalogue)
        if other_child:  # the previous child's age is not this one's: ask it
            request = replace(request, age=None, age_candidates=(), age_uncertain=False)
    request, carried = _default_place(request, carried, session, catalogue)
    return _fresh(request, catalogue, session, tuple(carried))


def _need_of(request: Request, source: Request) -> Request:
    """`request` with the need (and its honesty marks) as `source` understood it."""
    return replace(request, topics=source.topics, general=source.general,
                   keywords=source.keywords, main_topics=source.main_topics,
                   required_words=source.required_words, unexplained=source.unexplained,
                   need_unexplained=source.need_unexplained,
                   child_protection=source.child_protection)  # fmt: skip


def _understand(text: str, catalogue: Catalogue, default_place: str | None) -> Request:
    """Understand what this message itself says; the default place only settles ambiguity.

    The default place fills a missing place later (`_default_place`), so that the answer can
    say it was taken from the settings.
    """
    request = understand(text, catalogue)
    if request.place is None and request.place_candidates and default_place:
        settled = understand(text, catalogue, Context(default_place))
        if settled.place is not None:
            return settled
    return request


def _continues(previous: Request, new: Request, text: str, session: Session,
               catalogue: Catalogue) -> bool:  # fmt: skip
    """Tell a follow-up or an answer to our question from a new case.

    A message that names its own need together with an age or a place is a new case: it must not
    inherit the previous family's place or age. "und …", an answer to the open question, and a
    short message without a need of its own continue the conversation.
    """
    if starts_new_case(text):
        return False
    if FOLLOW_UP.match(text):
        return True
    if _a_fact(new, text, session, catalogue):
        return True  # "Wohnort der Kindesmutter: Lünen" completes the case, it is not a new one
    own_need = _own_need(new)
    if _answers(session.asked, new) and not own_need:
        return True  # "sie ist 8, wir sind in Fröndenberg": facts that answer, no need of their own
    if _answer_first(new, text, session, catalogue):
        return True  # "sie ist 4 und geht noch nicht in die Kita": the answer, then more about her
    same_need = not new.topics or set(new.topics) <= set(previous.topics)
    if _refines_need(previous, new, text):
        return True  # "U3" after "Kita-Platz in Holzwickede": the same need, one fact more
    if _answers(session.asked, new) and not (new.age and new.place) and (
        same_need or _bare_answer(text)
    ):
        return True
    names_child = new.age is not None or new.place is not None or bool(new.place_candidates)
    if own_need:
        return not names_child
    if new.general and new.age is not None and (new.place or new.place_candidates):
        return len(fold(text).split()) <= SHORT_FOLLOW_UP_WORDS
    return True


def _refines_need(previous: Request, new: Request, text: str) -> bool:
    """A word or two that restate the open need with one fact ("U3", "Krippe", "Grundschule")."""
    if not (new.topics and set(new.topics) <= set(previous.topics) and _bare_answer(text)):
        return False
    return new.age is None or new.place is None


def _answer_first(new: Request, text: str, session: Session, catalogue: Catalogue) -> bool:
    """Tell an answer to the open question that goes on about the same child or family.

    "sie ist 4 und geht noch nicht in die Kita", "Familie wohnt in Unna, Vater arbeitslos",
    "Kind ist 4, braucht Sprachförderung": the message opens with what was asked (or refers to
    the child already spoken of) and only then names a need. It completes the open case. A
    request that opens with a need of its own ("Krabbelgruppe für ein Baby") is a new case.
    """
    if not _answers(session.asked, new) or (new.age is not None and new.place is not None):
        return False
    if refers_back(text):
        return True
    head = first_clause(text)
    if head == text.strip():
        return False
    opening = understand(head, catalogue)
    if session.asked == "age" and opening.age is None:
        opening = replace(opening, age=bare_age(head, ANSWER_WORDS))
    return _answers(session.asked, opening) and not _own_need(opening)


def _a_fact(new: Request, text: str, session: Session, catalogue: Catalogue) -> bool:
    """Tell a turn that only states a fact of the open case: where someone lives, or the age."""
    return _place_fact(new, text, catalogue) or (
        session.asked == "age" and _age_words(new, text))


def _age_words(new: Request, text: str) -> bool:
    """Tell a short age answer whose need words are the words of its age ("im 2. Lebensjahr").

    Without its need words, such a reply reads as another age or none: those words made the
    age, they name no need of their own. "Sprachförderung, Kind 4" keeps its age without
    "Sprachförderung", so there the need is its own.
    """
    if new.age is None or not new.keywords or len(fold(text).split()) > BARE_ANSWER_WORDS:
        return False
    folded = fold(text)
    rest = folded
    for term in new.keywords:
        rest = re.sub(rf"\b{re.escape(term)}\w*", " ", rest)
    return rest != folded and understand_age_answer(rest) != new.age


def _place_fact(new: Request, text: str, catalogue: Catalogue) -> bool:
    """Tell a short statement of where the family lives, and nothing else, from a new request.

    A new case needs a need of its own; a relative or "Wohnort" that happens to raise a topic is
    no need, so such a message adds its place to the open case and keeps age and need.
    """
    if new.age is not None or not (new.place or new.place_candidates):
        return False
    rest = without_residence(text)
    if rest is None or len(fold(text).split()) > ANSWER_WORDS:
        return False
    return not _own_need(understand(rest, catalogue))  # "wohnt in Werne, sucht Sprachförderung"


def _bare_answer(text: str) -> bool:
    """A reply of a word or two ("schwanger", "Kita-Kind") answers the question; it asks nothing."""
    return len(fold(text).split()) <= BARE_ANSWER_WORDS // 2


def _own_need(request: Request) -> bool:
    """Tell whether a message names a need of its own (one we know, or words we do not)."""
    unexplained = getattr(request, "unexplained", ())
    return (bool(request.topics) and not request.general) or bool(unexplained)


def _answers(asked: str | None, new: Request) -> bool:
    """Tell whether a message supplies what the assistant asked for."""
    if asked == "age":
        return new.age is not None
    if asked in ("place", "place_ambiguous"):
        return new.place is not None or bool(new.place_candidates)
    if asked == "topic":
        return bool(new.topics)
    return False


def _merge(previous: Request, new: Request, text: str, session: Session, catalogue: Catalogue
           ) -> tuple[Request, list[Carried]]:  # fmt: skip
    """Fill what a follow-up leaves out from the request before it, and say what was carried."""
    own_need = (bool(new.topics) and not new.general) or _names_unknown_need(new)
    if _answers(session.asked, new) and _bare_answer(text):
        own_need = False  # "schwanger" answers the age question, the need stays
    if _a_fact(new, text, session, catalogue):
        own_need = False  # "Wohnort der Kindesmutter: Lünen": a fact, the need stays
    if _refines_need(previous, new, text):
        own_need = False  # "U3": the need as it was, with the fact the word adds
    if _own_need(previous) and _answer_first(new, text, session, catalogue):
        own_need = False  # "sie ist 4 und geht noch nicht in die Kita": the asked-for need stays
    place = new.place
    candidates = new.place_candidates
    if place is not None and session.asked == "place_ambiguous":
        place = _pick_candidate(place, session.asked_candidates, catalogue) or place
    if place is None and not candidates:
        place, candidates = previous.place, previous.place_candidates
    merged = replace(
        new,
        text=f"{previous.text} | {new.text}",
        age=_age(previous.age, new.age, text),
        place=place,
        place_candidates=() if place else candidates,
        topics=new.topics if own_need else previous.topics,
        languages=new.languages or previous.languages,
        keywords=new.keywords if own_need else previous.keywords,
        general=new.general if own_need else previous.general,
        # the need carries over with its honesty: danger to a child stays first
        child_protection=new.child_protection or previous.child_protection,
        main_topics=new.main_topics if own_need else previous.main_topics,
        required_words=new.required_words if own_need else previous.required_words,
    )
    if not own_need and _states_facts(new, text, session):
        # "fünfzehneinhalb" answering the age: a word the vocabulary lacks is the age itself,
        # not a need nobody understood; the open need keeps its own honesty
        merged = replace(merged, unexplained=previous.unexplained,
                         need_unexplained=previous.need_unexplained)  # fmt: skip
    carried = []
    if (not own_need and new.age is not None and new.place is not None and previous.topics
            and not _answers(session.asked, new)):  # an answer completes, it is no new case
        carried.append(Carried(Missing.TOPIC, CarriedFrom.PREVIOUS))  # reads like a new case
    # Announce what a message with a need of its own inherits: it may be about another child.
    if (own_need and not FOLLOW_UP.match(text) and not _answers(session.asked, new)
            and _own_need(previous)):  # after "Kind 3 Jahre in Methler" the need completes it
        if new.age is None and previous.age is not None:
            carried.append(Carried(Missing.AGE, CarriedFrom.PREVIOUS))
        if new.place is None and previous.place is not None:
            carried.append(Carried(Missing.PLACE, CarriedFrom.PREVIOUS))
    return merged, carried


def _age(previous: AgeRange | None, new: AgeRange | None, text: str) -> AgeRange | None:
    """The age of a follow-up: its own, unless a stage word only restates the known one.

    "nicht Logopädie, eher was in der Kita" reads "Kita" as 3–6 years; the 3-year-old spoken of
    is still 3. A stage that does not contain the known age ("U3" after "Kita-Platz") or any
    number ("sorry, 3 bis 5") replaces it.
    """
    if new is None:
        return previous
    if (previous is not None and new != previous and new.low <= previous.low
            and previous.high <= new.high and not re.search(r"\d", text)):
        return previous
    return new


def _states_facts(new: Request, text: str, session: Session) -> bool:
    """A short message that gives an age or a place and no need: an answer, a correction."""
    if _answers(session.asked, new):
        return True
    has_fact = new.age is not None or new.place is not None or bool(new.place_candidates)
    return has_fact and not new.topics and len(fold(text).split()) <= BARE_ANSWER_WORDS


def _pick_candidate(place: str, candidates: tuple[str, ...], catalogue: Catalogue) -> str | None:
    """"Werne" answering "Stockum (Werne) or Stockum (Lünen)?" picks Stockum (Werne)."""
    gazetteer = catalogue.gazetteer
    for key in candidates:
        if key == place or gazetteer.municipality_of(key) == place:
            return key
    return None


def _default_place(request: Request, carried: list[Carried], session: Session,
                   catalogue: Catalogue) -> tuple[Request, list[Carried]]:  # fmt: skip
    default = session.default_place
    if request.place or request.place_candidates or default not in catalogue.gazetteer:
        return request, carried
    return replace(request, place=default), [*carried, Carried(Missing.PLACE, CarriedFrom.DEFAULT)]


def _fresh(request: Request, catalogue: Catalogue, session: Session,
           carried: tuple[Carried, ...] = ()) -> tuple[Answer, Session]:  # fmt: skip
    """Match a request, remember the ranked answer, and return its first page."""
    answer = match(request, catalogue)
    question = answer.question
    session = replace(
        session,
        request=request,
        page=0,
        ranked=tuple((h.offer.id, h.score, h.locality) for h in answer.offers),
        alternatives=tuple(
            (h.offer.id, str(h.why or AlternativeWhy.OUTSIDE), h.distance_km)
            for h in answer.alternatives
        ),
        gap=str(answer.gap) if answer.gap else None,
        asked=question.kind if question else None,
        asked_candidates=question.candidates if question else (),
        fitting=answer.fitting,
    )
    page = Page(0, total=len(answer.offers))
    return replace(answer, page=page, carried=carried), session


def _page(session: Session, catalogue: Catalogue, number: int) -> tuple[Answer, Session]:
    """Show page `number` of the remembered ranking, without matching again."""
    answer = _remembered(session, catalogue)
    if answer is None:  # the catalogue changed since: rank again, keep the page asked for
        assert session.request is not None
        answer, session = _fresh(session.request, catalogue, session)
    total = len(answer.offers)
    number = min(number, -(-total // PAGE_SIZE))  # one page past the end says "no more"
    page = Page(number, total=total)
    return replace(answer, page=page), replace(session, page=number)


def _remembered(session: Session, catalogue: Catalogue) -> Answer | None:
    """Rebuild the last answer from the session, or None when an offer has left the catalogue."""
    if session.request is None:
        return None
    by_id = catalogue.by_id
    ids = [i for i, _score, _loc in session.ranked] + [i for i, _w, _km in session.alternatives]
    if any(i not in by_id for i in ids):
        return None
    offers = tuple(Hit(by_id[i], score, loc) for i, score, loc in session.ranked)
    alternatives = tuple(
        Hit(by_id[i], 0.0, "elsewhere" if why == AlternativeWhy.OUTSIDE else "",
            AlternativeWhy(why), km)
        for i, why, km in session.alternatives
    )  # fmt: skip
    question = Question(session.asked, session.asked_candidates) if session.asked else None
    gap = GapReason(session.gap) if session.gap else None
    return Answer(session.request, offers, alternatives, gap, question, fitting=session.fitting)


def _prompted(session: Session, catalogue: Catalogue, prompt: Prompt) -> Answer:
    """A short reply ("Gern geschehen!") that leaves the open case as it was.

    Renderers show only the prompt, never the list again; the answer still carries the list
    and gap the conversation stands at, so that a scripted driver reading `offers` after "danke
    👍" sees the case unchanged. It asks nothing (the open question stays open in the session)
    and the assistant records no gap for it.
    """
    answer = _remembered(session, catalogue)
    if answer is None:
        assert session.request is not None
        return Answer(session.request, prompt=prompt)
    total = len(answer.offers)
    return replace(answer, prompt=prompt, page=Page(session.page, total=total), question=None)


def _details(session: Session, catalogue: Catalogue, number: int) -> Answer:
    """The full card of offer `number` as shown in the last list.

    The answer keeps the list the card was opened from (offers, alternatives, page) but not its
    gap or question: a renderer shows only the card, while a scripted driver reading `offers`
    after "details 2" still sees the list it is looking at, and nothing is recorded twice.
    """
    answer = _remembered(session, catalogue)
    if answer is not None:
        card = Answer(answer.request, answer.offers, answer.alternatives,
                      page=Page(session.page, total=len(answer.offers)))  # fmt: skip
        if 1 <= number <= len(answer.offers):  # any offer of the ranking, not just this page
            return replace(card, details=answer.offers[number - 1])
        for shown, hit in answer.numbered():  # the alternatives after the last offer
            if shown == number:
                return replace(card, details=hit)
    assert session.request is not None
    return Answer(session.request, prompt=Prompt.UNKNOWN_NUMBER)


def refine(
    session: Session, catalogue: Catalogue, *, age: AgeRange | None = None,
    place: str | None = None,
) -> tuple[Answer, Session]:  # fmt: skip
    """Apply a button's choice (an age, a district) to the last request."""
    if session.request is None:
        raise ValueError("nothing to refine")
    request = session.request
    if age is not None:
        request = replace(request, age=age)
    if place is not None:
        request = replace(request, place=place, place_candidates=())
    return _fresh(request, catalogue, session)
