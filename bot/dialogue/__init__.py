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
from bot.dialogue.about_offers import AboutOffers, about_offers
from bot.dialogue.affirmation import confirmed_place
from bot.dialogue.age_statements import read_statement
from bot.dialogue.among_shown import keeps_need, picks_among_shown, without_pick_words
from bot.dialogue.asides import laughing_aside
from bot.dialogue.both_children import for_every_child
from bot.dialogue.candidate_answers import corrected_candidate, every_candidate
from bot.dialogue.case_ages import institution_age, stage_age
from bot.dialogue.case_labels import back_to_case, with_case
from bot.dialogue.cases import continues, merge, need_of, nothing_understood
from bot.dialogue.conditions import without_condition
from bot.dialogue.connectives import without_opening
from bot.dialogue.corrections import (
    closes_case,
    without_closing,
    without_negated,
    without_omission,
)
from bot.dialogue.fallback_language import instead_of_given_up
from bot.dialogue.first_message import opens_with_nothing
from bot.dialogue.life_stage import another_stage, only_life_stage
from bot.dialogue.named_children import each_named_age, recalled, remember, with_family_ends
from bot.dialogue.narrowing import anything_fitting, narrows_stage, one_of
from bot.dialogue.old_values import corrects_fact_only, without_old
from bot.dialogue.others_place import asks, without_others_places
from bot.dialogue.outlived_stage import stage_outlived
from bot.dialogue.parent_turns import for_the_parent
from bot.dialogue.phrases import (
    ANSWER_WORDS,
    BARE_ANSWER_WORDS,
    age_past_list,
    asks_other_child,
    asks_something_else,
    bare_age,
    details_number,
    first_clause,
    is_courtesy,
    is_more,
    names_card,
    not_known,
    only_courtesy,
    readable,
    starts_new_case,
    twin,
    without_other_child,
)
from bot.dialogue.place_answers import (
    corrected_out,
    names_a_place,
    residence_clause,
    settled_by_case,
    states_residence,
)
from bot.dialogue.referents import end_child_age, family_place
from bot.dialogue.remembered import about, details, prompted, remembered
from bot.dialogue.same_place import at_same_place
from bot.dialogue.session import Session
from bot.dialogue.sibling_of import beside_sibling, sibling_told
from bot.dialogue.stage_units import in_stage_unit, need_stage
from bot.dialogue.suggestions import suggested_need
from bot.dialogue.that_age import with_that_age
from bot.dialogue.turns import corrected_end, waiver_explains, waives_language, with_named_language
from bot.dialogue.two_places import settled_place
from bot.dialogue.unsure_place import every_place_only
from bot.matching import match
from bot.models import (
    OUTSIDE,
    PAGE_SIZE,
    AgeRange,
    AlternativeWhy,
    Answer,
    Carried,
    CarriedFrom,
    Missing,
    Page,
    Prompt,
    Question,
    Request,
)
from bot.text import fold
from bot.understanding import Context, understand

__all__ = ["Session", "bare_age", "details_number", "is_more", "refine", "respond"]


def respond(
    text: str, catalogue: Catalogue, session: Session | None = None
) -> tuple[Answer, Session]:
    """Answer one message of a conversation and return the updated session.

    Without a session the message is a one-shot request (`ask`, `batch`): nothing can be asked
    back and answered, so a stage word's age stands in for the child's.
    """
    conversation = session is not None
    session, text = back_to_case(session or Session(), text)  # "Zu Fall 2 noch: …"
    previous, text = session.request, with_that_age(session.request, text)  # "in dem Alter"
    if previous is not None:
        if is_more(text):
            return _page(session, catalogue, session.page + 1)
        number = details_number(text)
        listed = len(session.ranked) + len(session.alternatives)  # "15" after two offers: an age
        if number is not None and (names_card(text) or not (
                (session.asked == "age" and bare_age(text)) or narrows_stage(previous, text)
                or age_past_list(text, number, listed))):
            return details(session, catalogue, number), session
    elif is_more(text) or (details_number(text) is not None and not text.strip().isdigit()):
        # nothing to page or open yet (a bare number is understood below: it may be an age)
        return Answer(Request(text=text.strip()), prompt=Prompt.NOTHING_YET), session
    confirmed = confirmed_place(text, session) if previous is not None else None
    if previous is not None and confirmed is not None:  # "ja" to "Wohnt die Familie in Massen?"
        return _fresh(replace(previous, place=confirmed, place_candidates=()), catalogue, session)
    if previous is not None and closes_case(
            text, lambda rest: not nothing_understood(understand(rest, catalogue), rest)):
        # "das gebe ich so weiter", "oh sorry falscher Chat 😅": the case stays as it was
        return prompted(session, catalogue, Prompt.THANKS), session
    if previous is not None and (only_courtesy(text) or laughing_aside(text, catalogue)):
        # "ok, notiert": assent, whatever it resembles; "hahaha die katze pennt 😂": an aside
        return prompted(session, catalogue, Prompt.THANKS), session
    waived = waives_language(text, previous.languages) if previous is not None else None
    rest = understand(waived, catalogue) if waived is not None else None
    if rest is not None and not rest.languages and (nothing_understood(rest, waived)
                             or waiver_explains(waived, rest, previous)):  # "und ohne Arabisch?"
        # "ok dann egal, deutsch ist ok": the case as it was, without the language asked for (a
        # language named besides is wished: "Deutsch geht, aber lieber Russisch")
        return _fresh(replace(previous, languages=()), catalogue, session)
    asked_about = about_offers(text) if session.ranked or session.alternatives else None
    if asked_about is not None and _only_asks(asked_about, previous, catalogue):
        return about(session, catalogue, asked_about), session
    # "er ist schon fünf, nicht vier": the value a correction negates is not the case's
    said = without_omission(without_negated(text, catalogue)) if previous is not None else text
    said = without_old(said, catalogue) if previous is not None else said  # "Bönen war die alte"
    said = without_closing(said) if previous is not None else said  # "schreib ich der Mutter"
    said = without_condition(without_opening(said), catalogue) if previous is not None else said
    if previous is not None and (session.ranked or session.alternatives) and picks_among_shown(
            said):  # "Welche davon sind in der Nähe der Schule?": the list narrowed, not replaced
        said = without_pick_words(said)
        request = keeps_need(_understand(said, catalogue, session.default_place, conversation))
    else:
        request = _understand(said, catalogue, session.default_place, conversation)
    if corrects_fact_only(text, request, previous) and not starts_new_case(text):
        # "Korrektur: Kita liegt in Brambauer": the case's need stays; "Sorry, andere Familie" no
        request = keeps_need(request)
    if previous is None and conversation and opens_with_nothing(request, text):
        # "Hallo", "👍", "???" before any case: ask for one, record no gap for a greeting
        return Answer(Request(text=text.strip()), prompt=Prompt.NOTHING_YET), session
    if previous is not None and request.place is None and not starts_new_case(text):
        # "die Familie wohnt in Stockum" in a case in Werne: the case's town settles the reading
        settled = settled_by_case(request.place_candidates, previous.place, catalogue.gazetteer)
        request = replace(request, place=settled, place_candidates=()) if settled else request
    if previous is not None and request.place and (lived := residence_clause(said)):
        place = understand(lived, catalogue).place  # "wohnt in Hengsen, nur die Kita ist in …"
        request = replace(request, place=place or request.place)
    if previous is not None and request.place and (settled := settled_place(said, catalogue)):
        request = replace(request, place=settled)  # "Mutter wohnt in Lünen, aber er pennt in Unna"
    aside = (previous is not None and request.place is not None and request.age is None
             and not starts_new_case(text) and not asks(said)  # a new family brings age, a wish
             and (rest := without_others_places(said, previous.place is not None)) is not None)
    if aside:  # "Die Oma in Bönen hilft aus": someone else's place; the case's stays
        place = understand(rest, catalogue).place if rest else None
        request = replace(request, place=place or previous.place, place_candidates=())
        if place is None and previous.place and not request.child_protection and not asks(said):
            request = keeps_need(request)  # a fact of the family's circle, no need of its own
    request = replace(request, text=text.strip()) if said != text else request
    if previous is not None:  # "und wenn Englisch?" asks for it; "er ist erst 14" is one fact
        request = instead_of_given_up(with_named_language(request, text, previous), text, previous)
        request = read_statement(previous, request, said)  # "if none in Arabic, English": English
    if previous is not None and request.age is None and (
        session.asked == "age" or nothing_understood(request, text)
    ):  # "17" after "Wie alt ist das Kind?", or "sie ist 15" correcting the age
        words = ANSWER_WORDS if session.asked == "age" else BARE_ANSWER_WORDS
        # "5 nicht 4": the number the correction negates is none of the child's
        age = (bare_age(said, words) or bare_age(text, words)
               or every_candidate(text, session.asked_candidates))  # "beide"
        if age is None:  # "Nahi nahi, woh 14 ka hai" after 13: the one unsure age corrects it
            age = corrected_candidate(previous.age, request.age_candidates, text)
        if age is None and session.asked == "age":  # "Er ist 4. Die Mutter sucht auch …"
            age = bare_age(first_clause(text), words)
        request = replace(request, age=age)
        if age is not None:  # "achteinhalb": a word that is the age is no need nobody knows
            unexplained = tuple(w for w in request.unexplained if bare_age(w) is None)
            request = replace(request, unexplained=unexplained,
                              need_unexplained=request.need_unexplained and bool(unexplained))
    if previous is not None and session.asked == "age" and request.age is not None:
        # "7" or "so 4" answering the age of a baby: months, not years
        stage = previous.age or need_stage(previous, catalogue)  # "10" for a crying baby
        request = replace(request, age=in_stage_unit(stage, text, request.age))
        if (several := each_named_age(text)) is not None:  # "die Große 5, der Kleine 3"
            request = replace(request, age=several, age_candidates=(), age_uncertain=False)
    # "und für ältere?", "und für die Schwester?": another child of the family, age unknown
    other_child = previous is not None and request.age is None and asks_other_child(text)
    if other_child:  # the words naming the other child name no need ("younger" is no young adult)
        request = need_of(request, understand(without_other_child(text), catalogue))
    if previous is not None:  # "und was gibt es für die Eltern?": the need moves to a parent
        request = for_the_parent(request, previous, text, catalogue)
    outside_named = previous is not None and request.place == OUTSIDE
    if outside_named and not corrected_out(previous, text, said):  # not "wohnt in Menden, nicht …"
        request = replace(request, place=None)  # "aus Dortmund": the place question stays open
    something_else = previous is not None and asks_something_else(text)
    # "and for my daughter?" after her age was said: that child again, her need still open
    named_again = previous is not None and (recalled(session.children, text) is not None
                                            or end_child_age(previous, text)[0])  # "den Großen"
    if (previous is not None and nothing_understood(request, text) and not other_child
            and not something_else and not named_again):  # fmt: skip
        # an emoji, a line in another script, "???": ask again, never replay the last search
        # (the answer carries the conversation's request: nothing of it changed)
        if starts_new_case(text):  # "Neuer Fall", "neue Suche bitte": nothing of it stays
            fresh = Session(default_place=session.default_place)
            return Answer(Request(text=text.strip()), prompt=Prompt.NEW_CASE), fresh
        prompt = Prompt.THANKS if is_courtesy(text) else Prompt.UNREADABLE
        if prompt == Prompt.UNREADABLE and readable(text):
            prompt = Prompt.NOT_UNDERSTOOD  # read, but nothing in it changes the search
        if session.asked in ("age", "place") and not_known(text):
            prompt = Prompt.NOT_KNOWN  # "weiß ich nicht": the list stands; a later "4" still counts
        elif aside:  # "Die Oma lebt in Fröndenberg": the family's place is still not known
            answer = prompted(session, catalogue, prompt)
            return replace(answer, question=Question("place")), session
        elif (session.asked == "place" or states_residence(text)) and (
                prompt != Prompt.THANKS and names_a_place(text)):
            # "Hamm", "aus Dortmund": a place, but none of the Kreis; the question stays open
            answer = prompted(session, catalogue, Prompt.UNKNOWN_PLACE)
            return replace(answer, question=Question("place")), session
        return prompted(session, catalogue, prompt), session
    carried: list[Carried] = []
    understood = request
    same = previous is not None and continues(previous, request, text, session, catalogue)
    if conversation and not same and institution_age(request, text):
        # "Kitaplatz in Bönen": the Kita's stage is no child's age; ask it instead of guessing
        request = replace(request, age=None)
    # "mit nem Baby": the stage finds the offers for babies, but they are split by months: ask
    ask_age = conversation and not same and (only_life_stage(request, text, previous is not None)
                                             or stage_outlived(request, text))  # "nach 7 Wochen"
    # "and for her baby daughter?" about a 3-year-old: a child of another stage, age unknown
    stage_only = same and another_stage(previous, understood, text)
    ask_age = ask_age or stage_only
    if same:
        assert previous is not None
        request, carried = merge(previous, request, text, session, catalogue)
        # the case's suggested need stays with its needs; a fragment suggests none of its own
        request = replace(request, suggested_topics=suggested_need(previous, request, understood,
                                                                   text))
        # a help either turn named by its name stays named while it is still a need of the case
        needs = set(request.main_topics or request.topics)
        request = replace(request, named_topics=tuple(dict.fromkeys(
            t for t in (*previous.named_topics, *understood.named_topics) if t in needs)))
        if other_child:  # the previous child's age is not this one's: ask it
            age = previous.age if twin(text) else one_of(previous.age, text)
            request = replace(request, age=age, age_candidates=(), age_uncertain=False)
        if something_else:
            request = anything_fitting(request, understood)
        if previous.age is not None and sibling_told(
                fold(text), bool(understood.topics) and not understood.general):
            request = replace(request, age=previous.age, age_candidates=(), age_uncertain=False)
        elif not other_child and not (understood.topics and not understood.general):
            # "der Kleine ist erst 10 Monate" (a correction names no need): one end moves
            request = replace(request, age=corrected_end(previous.age, understood.age, text)
                              or request.age)
        if not other_child and understood.age is None:  # "für den Großen auch eine Beratung?"
            named, age = end_child_age(previous, text)
            request = replace(request, age=age, age_candidates=()) if named else request
        # "für den Sohn" after "Sohn … 2b" and "Tochter, 5": the son's age, not the last one's
        if (understood.age is None or stage_age(understood, text)) and (
                age := recalled(session.children, text)) is not None:
            request = replace(request, age=age, age_candidates=(), age_uncertain=False)
        request = for_every_child(previous, understood, request, text)  # "bitte für beide"
    if stage_only:  # the stage picks the offers until the age is told
        request = replace(request, age=understood.age, age_candidates=(), age_uncertain=False)
    request, home = family_place(previous if same else None, understood, request, text,
                                 session.home, catalogue.gazetteer)  # a sibling: the family's home
    known = session.children if same else ()
    children = remember(known, text, understood.age)
    if not stage_age(understood, text):  # "Kinder 2 und 5", not "Grundschulkinder"
        children = with_family_ends(children, understood.age)
    session = with_case(replace(session, children=children, home=home), same, text)
    if not same:  # "Andere Familie, gleiche Unterkunft: …": a new case, at the case's place
        request, carried = at_same_place(previous, request, text, carried)
    request, carried = _default_place(request, carried, session, catalogue)
    # the family spoken of had a place: unless a new case is announced, it may still be theirs
    place_open = previous is not None and previous.place is not None and not starts_new_case(text)
    return _fresh(request, catalogue, session, tuple(carried), ask_age, place_open)


def _understand(text: str, catalogue: Catalogue, default_place: str | None, chat: bool) -> Request:
    """Understand what this message itself says; the default place only settles ambiguity.

    The default place fills a missing place later (`_default_place`), so that the answer can
    say it was taken from the settings.
    """
    request = understand(text, catalogue)
    if request.place is None and request.place_candidates and default_place:
        settled = understand(text, catalogue, Context(default_place))
        if settled.place is not None:
            return settled
    return beside_sibling(request, text, catalogue) if chat else request  # a sibling's age: ask


def _default_place(request: Request, carried: list[Carried], session: Session,
                   catalogue: Catalogue) -> tuple[Request, list[Carried]]:  # fmt: skip
    default = session.default_place
    if request.place or request.place_candidates or default not in catalogue.gazetteer:
        return request, carried
    return replace(request, place=default), [*carried, Carried(Missing.PLACE, CarriedFrom.DEFAULT)]


def _fresh(request: Request, catalogue: Catalogue, session: Session,
           carried: tuple[Carried, ...] = (), ask_age: bool = False, place_open: bool = False,
           ) -> tuple[Answer, Session]:  # fmt: skip
    """Match a request, remember the ranked answer, and return its first page.

    `ask_age`: the age is a life stage only ("Baby"); when nothing else is to be asked, the
    child's age is, while the offers for the stage are shown. `place_open`: the case had a place
    the turn may or may not keep; while none is known, only offers for every place fit.
    """
    answer = match(request, catalogue)
    if place_open:
        answer = every_place_only(answer, catalogue.gazetteer)
    if ask_age and (answer.question is None or answer.question.kind == "place"):
        answer = replace(answer, question=Question("age"))  # the age first, the place after it
    question = answer.question
    session = replace(
        session,
        request=answer.request,  # as understood and shown: a suggested need that joined stays
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
    answer = remembered(session, catalogue)
    if answer is None:  # the catalogue changed since: rank again, keep the page asked for
        assert session.request is not None
        answer, session = _fresh(session.request, catalogue, session)
    total = len(answer.offers)
    number = min(number, -(-total // PAGE_SIZE))  # one page past the end says "no more"
    page = Page(number, total=total)
    return replace(answer, page=page), replace(session, page=number)


def _only_asks(asked: AboutOffers, previous: Request | None, catalogue: Catalogue) -> bool:
    """Tell a question about the list from a request that also asks about a field.

    What is left without the field's and the list number's words must name nothing of a case
    (no age, place or language, no need beyond the one shown): "was kostet die 2?" asks about
    offer 2; "Kind 2 Jahre, was kostet Kita in Kamen?" is a request.
    """
    if previous is None:
        return False
    rest = understand(without_pick_words(asked.rest), catalogue)  # "ist davon eins …?"
    if rest.age or rest.age_candidates or rest.place or rest.place_candidates or rest.languages:
        return False
    if set(rest.topics) <= set(previous.topics):
        return True
    # a need of its own is a noun ("über BuT"); "ist die Anmeldung schwierig?" names none
    nouns = [fold(w) for w in re.findall(r"\w+", asked.rest) if w[:1].isupper()]
    return not any(n.startswith(k) for n in nouns for k in rest.keywords)


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
