"""Is a message the same case, and what does it carry over? The core of a conversation's memory.

A professional's messages mix answers to the assistant's questions ("17", "in Lünen"),
follow-ups ("und in Unna?"), corrections ("lieber in Unna"), another child of the same family
("und für die Große, 6?") and new families ("Nächster Fall: …"). `continues` tells them apart,
`merge` fills what a follow-up leaves out from the request before it and says what it carried;
`nothing_understood` tells thanks or unreadable text, which never replay the last search.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.catalogue import Catalogue
from bot.dialogue.additions import asks_more, tells_more, with_more
from bot.dialogue.answered_age import read_at_age
from bot.dialogue.at_least import asks_at_least_mediator
from bot.dialogue.case_ages import (
    a_child_age,
    among_children,
    follow_up_age,
    institution_stage,
    restates,
    stage_age,
    without_stage_age,
)
from bot.dialogue.case_facts import a_fact as _a_fact
from bot.dialogue.case_facts import bare_answer as _bare_answer
from bot.dialogue.case_facts import only_moves as _only_moves
from bot.dialogue.case_facts import own_need as _own_need
from bot.dialogue.case_mentions import about_the_case, asks_same_again
from bot.dialogue.context_needs import refers_back_in_language, with_context
from bot.dialogue.corrections import asks_language
from bot.dialogue.forms import chosen_form, upbringing, with_form
from bot.dialogue.household import household_told, names_household
from bot.dialogue.language_reasons import only_language_reason
from bot.dialogue.parents import born_needs, for_parent
from bot.dialogue.phrases import (
    ANSWER_WORDS,
    SHORT_FOLLOW_UP_WORDS,
    bare_age,
    first_clause,
    follows_up,
    is_courtesy,
    not_known,
    starts_new_case,
)
from bot.dialogue.place_answers import (
    pick_candidate,
)
from bot.dialogue.prevention import for_child as prevention_for_child
from bot.dialogue.priority import reprioritised
from bot.dialogue.referents import (
    in_family_area,
    narrows,
    one_of_the_children,
    same_child_again,
    same_help_for_another,
)
from bot.dialogue.relatives import names_relative, relative_age, same_situation
from bot.dialogue.session import Session
from bot.dialogue.town_of_case import said_of_case, town_of_case
from bot.dialogue.turns import (
    about_the_family,
    explains_mistake,
    for_whom,
    introduces_family,
    negates_age,
    refines_case,
    waives_language,
)
from bot.dialogue.wishes import only_wish
from bot.models import Carried, CarriedFrom, Missing, Request
from bot.text import fold
from bot.understanding import understand
from bot.understanding.safety import PROTECTION_TOPICS
from bot.vocabulary.lexicon import topic_lexicon

__all__ = ["continues", "merge", "need_of", "nothing_understood"]


def nothing_understood(request: Request, text: str) -> bool:
    """Tell a message that says nothing about the case: thanks, "???", another script."""
    if request.age or request.place or request.topics or request.languages:
        return False
    if request.place_candidates or chosen_form(text):  # "keinen Kurs, lieber Einzelberatung"
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


def need_of(request: Request, source: Request) -> Request:
    """`request` with the need (and its honesty marks) as `source` understood it."""
    return replace(request, topics=source.topics, general=source.general,
                   keywords=source.keywords, main_topics=source.main_topics,
                   required_words=source.required_words, unexplained=source.unexplained,
                   need_unexplained=source.need_unexplained,
                   child_protection=source.child_protection)  # fmt: skip


def continues(previous: Request, new: Request, text: str, session: Session,
               catalogue: Catalogue) -> bool:  # fmt: skip
    """Tell a follow-up or an answer to our question from a new case.

    A message that names its own need together with an age or a place is a new case: it must not
    inherit the previous family's place or age. "und …", an answer to the open question, and a
    short message without a need of its own continue the conversation.
    """
    if starts_new_case(text) or introduces_family(text):
        return False  # "Neuer Fall: …", "eben am Telefon: ein Vater fragt für seinen Sohn"
    if previous.languages and waives_language(text, previous.languages) is not None:
        return True  # "dann reicht auch auf Deutsch, Hauptsache in Frömern": the case, refined
    # "geht das auch auf Türkisch? die Mutter soll mit": the case, refined. Reading the opening
    # costs a reading of its own, so it is asked only of a turn that would otherwise be new.
    return _continues(previous, new, text, session, catalogue) or refines_case(text, catalogue)


def _continues(previous: Request, new: Request, text: str, session: Session,
               catalogue: Catalogue) -> bool:  # fmt: skip
    """`continues` for a turn that neither starts a new case nor refines the case."""
    if follows_up(text) or asks_same_again(text):  # "…, ändert das was?" asks it again
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
    if _same_child_asks(previous, new, text):
        return True  # "Kita?" after "Sprachförderung 3 Jahre Kamen": another need, same child
    if _answers(session.asked, new) and not (new.age and new.place) and (
        same_need or _bare_answer(text)
    ):
        return True
    if own_need:
        # asked only here: whether an age is only a stage reads the message's ages once more
        names_child = ((new.age is not None and not stage_age(new, text)
                        and not institution_stage(text))  # "an der Grundschule dort"
                       or (new.place is not None and not (town_of_case(  # "in Kamen" of Südkamen
                           previous, new, text, catalogue.gazetteer) and (  # said of this family
                           said_of_case(text) or about_the_case(text) or about_the_family(text))))
                       or bool(new.place_candidates))  # fmt: skip
        # a need with an age but no place that refers back to the family ("Die Mutter ist
        # außerdem schwanger, 5. Monat") is more about it: the place carries over, and the
        # answer says so; "Kundin mit Sohn 6, OGS fehlt" introduces a new family
        # and so is a need somewhere else for the child already spoken of ("das Baby …, gibt
        # es in Bork auch eine Krabbelgruppe?"): its only age restates the known child's
        if not names_child:
            return True
        if same_child_again(previous, new, text):
            return True  # "nach der Entbindung: gibt es eine Krabbelgruppe?" in a pregnancy
        if one_of_the_children(previous, new, text) and in_family_area(
                previous, new, catalogue.gazetteer):
            return True  # "the 11-year-old is skipping school" after "kids 4, 7 and 11"
        if not (about_the_case(text) or about_the_family(text) or names_relative(text)
                or names_household(text)):  # "die Kinder meines Freundes": the same household
            return False  # a sibling ("hat noch n Großen, 4"), a move, "seine Freundin": same
        if new.place is None and not new.place_candidates:
            return previous.place is not None
        return new.age is None or restates(previous.age, new.age, text) or stage_age(new, text)
    if new.general and new.age is not None and (new.place or new.place_candidates):
        # "und für 6-Jährige in Unna?", or "gibt es für die Babys in Kamen auch was?" about the
        # children spoken of, whose age the word only restates
        # "sie ist 12, nicht 13, und wohnt in Opherdicke": the child spoken of, corrected
        return len(fold(text).split()) <= SHORT_FOLLOW_UP_WORDS or (
            about_the_case(text) and (restates(previous.age, new.age, text)
                                      or negates_age(text))) or narrows(
            previous, new, catalogue.gazetteer)  # "Konkret geht es um einen Jungen (9) in Selm."
    return True


@cache
def _who_words() -> frozenset[str]:
    """Words that only tell who the family is (`[secondary]`, `[who]` of `topic_lexicon.toml`;
    an origin credits "herkunft"): a follow-up naming nothing else keeps the need."""
    lexicon = topic_lexicon()
    return frozenset(fold(w) for part in ("secondary", "who")
                     for w in lexicon.get(part, {}).get("words", ()))  # fmt: skip


def _offered_to(keywords: tuple[str, ...], text: str) -> bool:
    """Tell who-words named as those an offer is for ("eine Gruppe für Alleinerziehende", "was
    für Pflegeeltern"): after "für" the group is the help asked for, not who the family is."""
    folded = fold(text)
    return any(re.search(rf"\b(?:fuer|for|an)\s+(?:\w+\s+)?{re.escape(k)}\b", folded)
               for k in keywords)


def _refines_need(previous: Request, new: Request, text: str) -> bool:
    """A word or two that restate the open need with one fact ("U3", "Krippe", "Grundschule").

    A need the case only told as its story ("kifft" beside "sucht Jugendzentrum") is no
    restatement: "und Suchtberatung?" asks for it now."""
    asked = set(previous.main_topics or previous.topics)
    if not (new.topics and set(new.topics) <= asked and _bare_answer(text)):
        return False
    return new.age is None or new.place is None


def _same_child_asks(previous: Request, new: Request, text: str) -> bool:
    """A word or two naming another need whose stage fits the known child ("Kita?" at 3).

    The age such a word brings ("Kita" is 3–6) contains the child's: no other child is meant.
    """
    if not (_bare_answer(text) and new.place is None and not new.place_candidates):
        return False
    old, age = previous.age, new.age
    return (old is not None and age is not None and age.low <= old.low
            and old.high <= age.high)  # fmt: skip


def _answer_first(new: Request, text: str, session: Session, catalogue: Catalogue) -> bool:
    """Tell an answer to the open question that goes on about the same child or family.

    "sie ist 4 und geht noch nicht in die Kita", "Familie wohnt in Unna, Vater arbeitslos",
    "Kind ist 4, braucht Sprachförderung": the message opens with what was asked (or refers to
    the child already spoken of) and only then names a need. It completes the open case. A
    request that opens with a need of its own ("Krabbelgruppe für ein Baby") is a new case.
    """
    if not _answers(session.asked, new) or (new.age is not None and new.place is not None):
        return False
    if about_the_case(text):
        return True
    head = first_clause(text)
    if head == text.strip():
        return False
    opening = understand(head, catalogue)
    if session.asked == "age" and opening.age is None:
        opening = replace(opening, age=bare_age(head, ANSWER_WORDS))
    return _answers(session.asked, opening) and not _own_need(opening)


def _answers(asked: str | None, new: Request) -> bool:
    """Tell whether a message supplies what the assistant asked for."""
    if asked == "age":
        return new.age is not None
    if asked in ("place", "place_ambiguous"):
        return new.place is not None or bool(new.place_candidates)
    if asked == "topic":
        return bool(new.topics)
    return False


def merge(previous: Request, new: Request, text: str, session: Session, catalogue: Catalogue
           ) -> tuple[Request, list[Carried]]:  # fmt: skip
    """Fill what a follow-up leaves out from the request before it, and say what was carried."""
    own_need = (bool(new.topics) and not new.general) or _names_unknown_need(new)
    if _answers(session.asked, new) and _bare_answer(text):
        own_need = False  # "schwanger" answers the age question, the need stays
    if _a_fact(new, text, session, catalogue):
        own_need = False  # "Wohnort der Kindesmutter: Lünen": a fact, the need stays
    if _refines_need(previous, new, text):
        own_need = False  # "U3": the need as it was, with the fact the word adds
    if (own_need and _own_need(previous) and new.keywords and set(new.keywords) <= _who_words()
            and not for_parent(text) and not _offered_to(new.keywords, text)):
        # "eher was für die Mutter, die ist alleinerziehend"; "eine Gruppe für Alleinerziehende"
        own_need = False  # "sie kommt aus Ghana", "ist alleinerziehend": who, not what is needed
    if own_need and _own_need(previous) and _only_moves(text, catalogue):
        own_need = False  # "zieht in den Sommerferien nach Cappenberg": when, not holiday offers
    if own_need and _own_need(previous) and only_language_reason(without_stage_age(previous, new,
                                                                                  text)):
        own_need = False  # "auf Arabisch wär gut, sie spricht kaum Deutsch": why, not what
    if own_need and _own_need(previous) and only_wish(new, text, catalogue):
        own_need = False  # "mit arabisch sprechende Erzieher wenn möglich": who, not what
    # "is any of that in English? Mum is from Ghana": the help shown, even when only a stage's
    refers_back = own_need and refers_back_in_language(previous, new, text, catalogue)
    context = refers_back or (own_need and _own_need(previous) and (
        # the forms read by a pattern first: the others read (part of) the message once more
        same_help_for_another(previous, new, text, catalogue)  # "die Schwester … für die auch was?"
        or same_situation(text)  # "noch eine Schwester, 4 J., gleiche Lage": the case's need
        or (for_whom(text) and not for_parent(text))  # "Ist das auch für Väter?"
        or asks_same_again(text)  # "…, closer to his wife's job. Does that change anything?"
        or _answer_first(new, text, session, catalogue) or asks_language(text, catalogue)
        or refines_case(text, catalogue)))  # "und in Unna? die Oma wohnt da": why, not what
    if context:
        own_need = False  # "sie ist 4 und geht noch nicht in die Kita": the asked-for need stays
    place = new.place
    if town_of_case(previous, new, text, catalogue.gazetteer):
        place = previous.place  # "ob es in Kamen einen Treff gibt" of a family in Südkamen
    candidates = new.place_candidates
    if place is not None and session.asked == "place_ambiguous":
        place = pick_candidate(place, session.asked_candidates, catalogue) or place
    if place is None and not candidates:
        place, candidates = previous.place, previous.place_candidates
    merged = replace(
        new,
        text=f"{previous.text} | {new.text}",
        age=previous.age if stage_age(new, text) and (a_child_age(previous.age) or (
            among_children(previous.age, new.age))) else follow_up_age(previous.age, new, text),
        place=place,
        place_candidates=() if place else candidates,
        topics=new.topics if own_need else previous.topics,
        # a language refined the need it was asked for: a changed need does not inherit it
        # ("German is fine too, as long as it's in Bönen": the language given up goes)
        languages=new.languages or (() if own_need or waives_language(
            text, previous.languages) is not None else previous.languages),
        keywords=new.keywords if own_need else previous.keywords,
        general=new.general if own_need else previous.general,
        # the need carries over with its honesty: danger to a child stays first
        child_protection=new.child_protection or previous.child_protection,
        main_topics=new.main_topics if own_need else previous.main_topics,
        required_words=new.required_words if own_need else previous.required_words,
    )
    if merged.age is None and previous.age is None and previous.age_candidates and not (
            new.age_candidates):  # "sus m 14 kifft" asked "14?"; "rünthe" says only the place:
        merged = replace(merged, age_candidates=previous.age_candidates,  # the ages asked about
                         age_uncertain=previous.age_uncertain)  # are still the ones to offer
    if previous.age is not None and new.age is not None and new.age == relative_age(text):
        merged = replace(merged, age=previous.age)  # "ihr Freund (17) hat sie geschlagen"
    if household_told(previous.age, new, text):  # "die Kinder meines Freundes sind 11 und 14"
        merged = replace(merged, age=previous.age)
    if not own_need:  # "die Kleinen sind 1 und 3" after a pregnancy: what fits them stays
        merged = born_needs(previous, merged, new, catalogue)
    added = False  # "auch" asking one more help: no choice of the help's form ("auch ein Kurs")
    if context and new.topics and not new.general and not explains_mistake(new, text, catalogue):
        merged = with_context(merged, previous, new)
    elif own_need and tells_more(previous, new, text):  # "Nachtrag: KM hat Alkoholproblem."
        merged = with_more(merged, previous, new)
    elif added := own_need and asks_more(previous, new, text):  # "Mama fragt auch: … Elternkurs?"
        merged = with_more(merged, previous, new, asked=True)
    if own_need and not added and asks_at_least_mediator(previous, new, text):
        # "Ok, atunci măcar un Sprachmittler?": the mediator of the case's language, besides
        merged = with_more(replace(merged, languages=previous.languages), previous, new, True)
    if merged.child_protection and not merged.topics:
        # "was gibt es für die Kinder zur Verarbeitung?" after a sign of danger: a need nobody
        # knows keeps the protection topics, so that protection still comes first
        merged = replace(merged, topics=previous.topics or PROTECTION_TOPICS)
    if not own_need:
        # the need carried over keeps its own honesty: a word the vocabulary lacks in a turn
        # that names no need ("fünfzehneinhalb" answering the age, "she's four actually") is
        # the fact itself or a filler, not a need nobody understood
        merged = replace(merged, unexplained=previous.unexplained,
                         need_unexplained=previous.need_unexplained)  # fmt: skip
    if not added and (form := chosen_form(text)) and not new.languages and upbringing(
            new.topics if own_need else previous.topics):
        merged = with_form(merged, form)  # "eher nen kurs, keine einzelberatung": a course
    # "vor allem um einen OGS-Platz, die Lernförderung ist zweitrangig": the need put first leads
    merged = reprioritised(merged, previous, text, catalogue)
    if new.age is None:  # "gibt es da was Präventives?": this child's prevention
        merged = prevention_for_child(merged, text, catalogue)
    merged = read_at_age(previous, merged, new, session.asked, catalogue)  # "er ist 14"
    carried = []
    if (not own_need and new.age is not None and new.place is not None and previous.topics
            and not _answers(session.asked, new)):  # an answer completes, it is no new case
        carried.append(Carried(Missing.TOPIC, CarriedFrom.PREVIOUS))  # reads like a new case
    # Announce what a message with a need of its own inherits: it may be about another child.
    if (own_need and not follows_up(text) and not _answers(session.asked, new)
            and _own_need(previous)):  # after "Kind 3 Jahre in Methler" the need completes it
        if new.age is None and merged.age is not None:
            carried.append(Carried(Missing.AGE, CarriedFrom.PREVIOUS))
        if new.place is None and previous.place is not None:
            carried.append(Carried(Missing.PLACE, CarriedFrom.PREVIOUS))
    return merged, carried
