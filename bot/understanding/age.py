"""Find the child's age in a request, as an inclusive range in months.

People write "Kind 3 J.", "Dreijährige", "2,5 Jahre", "Baby 7 Wochen", "Kinder 9 u. 11",
"Kunde 19", "16, Realschule", "5. Klasse", "aus der vierten Klasse", "Erstklässler", "Kita-Kind",
"U3", "30. SSW", "ET Juli" or "16-jährige schwanger" (then the request is about the unborn child).
Every number mention is classified by its context (`bot.understanding.age_mentions`, whether a
unit is an age or a span in `age_spans`, school years and age groups in `age_school`); evidence
comes in tiers: numbers that name an age beat numbers standing alone, which beat school years,
which beat life-stage words. An adult's or another person's age never becomes the child's. When a
number could be the child's age but nothing explains it, or the candidates disagree, the reading
is `uncertain` and the assistant asks back instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.models import AgeRange
from bot.text import clean, fold, unemphasised
from bot.understanding import age_patterns as ap
from bot.understanding import age_setting as setting
from bot.understanding.age_after_grade import fits_grade, pupil_age
from bot.understanding.age_bare_pairs import bare_range, class_then_age
from bot.understanding.age_birth import born_now, dated_newborn, newborn_days
from bot.understanding.age_births import told_births
from bot.understanding.age_born_child import born_child_wanted, newborn_told
from bot.understanding.age_cared import born_ages, both_meant
from bot.understanding.age_carers import carers_told
from bot.understanding.age_checkups import born_beside, checkup_age, for_born_child, without_tanner
from bot.understanding.age_clients import client_own
from bot.understanding.age_copula import all_asked, copula_told
from bot.understanding.age_corrected import with_birth
from bot.understanding.age_family_fields import counts_dropped, named_child
from bot.understanding.age_family_help import (
    household_span,
    siblings_helped,
    stages_only,
    with_stages,
)
from bot.understanding.age_family_lists import almost_items, hedges_in_lists
from bot.understanding.age_focus import focus
from bot.understanding.age_group import grown_siblings
from bot.understanding.age_hedges import unhedged
from bot.understanding.age_joined import joined_ages
from bot.understanding.age_kin import kin_field, newborn_home
from bot.understanding.age_mentions import Mention, mentions
from bot.understanding.age_need_stage import stage_child
from bot.understanding.age_now import present
from bot.understanding.age_others import general_question, without_crowds, young_parent
from bot.understanding.age_parent_context import children_asked
from bot.understanding.age_parents import minors_first, parent_to_be, parents_named
from bot.understanding.age_pupil_shorthand import pupils_named
from bot.understanding.age_pupil_sibling import younger_sibling_asked
from bot.understanding.age_relay import relayed
from bot.understanding.age_school import (
    SCHOOL_NEED,
    Span,
    age_groups,
    approximate_years,
    life_year,
    school_years,
)
from bot.understanding.age_school_start import with_school_start
from bot.understanding.age_setting import bracketed_stages, group_range_context, need_at_sibling
from bot.understanding.age_siblings import (
    SIBLING_NOUNS,
    sibling_acting,
    siblings_added,
    siblings_beside,
)
from bot.understanding.age_speaker import own_ages, speakers_told, writer_told
from bot.understanding.age_stage_table import repeated_class, training_told, with_training
from bot.understanding.age_stages import baby_stage, joined_stage, stage_named
from bot.understanding.age_subject import beside_sibling, blank, context_clauses, subject
from bot.understanding.age_teams import team_ages
from bot.understanding.age_tellers import tellers
from bot.understanding.age_unpunctuated import unpunctuated
from bot.understanding.age_untold import every_one, unstaged, untold
from bot.understanding.age_untold_places import places_only
from bot.understanding.age_values import ADULT, years_range
from bot.understanding.age_whose import handed_on
from bot.understanding.age_young_parents import pregnant_minor, young_parents
from bot.understanding.pregnancy import pregnancy, pregnancy_care_asked
from bot.understanding.quoted_speech import spoken_form
from bot.vocabulary.lexicon import age_vocabulary

_OWN = ("child", "role")  # whose numbers name the child's own age


@dataclass(frozen=True, slots=True)
class AgeReading:
    """What a text says about the child's age: the range, the candidates, and whether to ask."""

    age: AgeRange | None
    candidates: tuple[AgeRange, ...] = ()
    uncertain: bool = False


# a sibling named as the baby's: "Bruder (7) eines Säuglings", "Schwester (5) von Zwillingen"
_OF_BABY = re.compile(r"\b(?:bruder|schwester|geschwister\w*)\s*"
                      r"(?:\(\s*\d[^)]*\)\s*|,?\s*\d+\s*,?\s*)?(?:eines|einer|von|vom|des|der)\b")

# a brother or sister told by the child they belong to, in the genitive or with "von"
_SIBLING_OF = re.compile(r"\b(?:bruder|bruders|schwester|geschwister\w*)\s+(?:des|eines|einer"
                         r"|unseres|unserer|meines|meiner|ihres|seines|von\s+(?:unserem|unserer"
                         r"|einem|einer|dem|der|meinem|meiner))\s+(?:[a-z]+\s+)?[a-z0-9.]+")


def _span(hits: list[Mention] | list[Span]) -> AgeRange:
    return AgeRange(min(h.low for h in hits), max(h.high for h in hits))


def _disagree(first: AgeRange, second: AgeRange) -> bool:
    """Tell whether two readings are more than a year apart (a class holds two ages)."""
    return first.high + 12 < second.low or second.high + 12 < first.low


def _choose(text: str, found: list[Mention]) -> tuple[list[Mention], bool]:
    """Pick the mentions that are the child's age; tell whether the choice is a guess."""
    own = [h for h in found if h.kind in _OWN]
    others = [h for h in found if h.kind == "other"]
    if not own:
        return [], False
    if any(h.high < 24 for h in own):  # beside a baby, an adult's age is the parent's, not
        lists = {h.start for h in own if h.high < 24}  # one listed with it: "Kids 1 und 17"
        own = [h for h in own if h.low < 192 or h.start in lists] or own
    minors = [h for h in own if h.low < ADULT]
    if minors:  # a client of 19 with a daughter of 2: the request is about the daughter
        lists = {h.start for h in minors} | grown_siblings(text, own, ADULT)  # "Töchter 13, 18"
        own = [h for h in own if h.low < ADULT or h.start in lists]
    elif any(h.low < ADULT for h in others):
        minors_told = [h for h in others if h.low < ADULT]
        if client_own(text, minors_told):  # "Kd. 18, lebt mit jüngerem Bruder (10), will …"
            return own, False
        return own + minors_told, True  # "Schülerin 18 … Bruder (13)"
    return own, False


def _nested(chosen: list[Mention]) -> list[Mention]:
    """Drop a reading that holds another ("ist 5 und wird im März 6": the first says which)."""
    kept = [h for h in chosen if not any(
        g is not h and h.low <= g.low and g.high <= h.high and (g.low, g.high) != (h.low, h.high)
        for g in chosen)]  # fmt: skip
    return kept or chosen


def _told(found: list[Mention]) -> tuple[int, ...]:
    """Where the ages read start: a stage told after one is that child's setting."""
    return tuple(h.start for h in found if h.kind in ("child", "role", "loose", "other"))


def read_age(folded: str, expecting: bool = False) -> AgeReading:
    """Return what a folded text says about the child's age.

    `expecting` is set when the text answers the assistant's own question about the age: then a
    bare number ("17", "sie ist 15") is that age. A preterm baby's corrected age alone beside its
    week of birth spans to its age since birth (`age_corrected`).
    """
    reading = _read_age(without_tanner(folded) if "tanner" in folded else folded, expecting)
    if "korr" in folded and (age := with_birth(folded, reading.age)) != reading.age:
        return replace(reading, age=age)
    return reading


def _read_age(folded: str, expecting: bool = False) -> AgeReading:
    """The reading of `read_age`, before a corrected age is spanned."""
    vocab = age_vocabulary()
    folded = pupils_named(unemphasised(folded))  # "sus m 16", "Sch. w 14": the pupil and her age
    folded = unhedged(folded)  # "Mädchen, nach Angaben 12", "nicht 3, sondern 4": as if sure
    text = spoken_form(folded, lambda r: read_age(r, expecting).age, own_ages)
    text = told_births(text, lambda rest: read_age(rest, expecting).age)  # "wird am 1.2. 18"
    text, almost_at = hedges_in_lists(text)  # "Kinder 13, ca. 10 und 7": every child's age
    # "Entbindung vor 10 Tagen", "Wochenbett Tag 9": the child is born
    born = born_now(text) or ap.BIRTH.search(text) or newborn_days(text) or dated_newborn(text)
    pregnant = None if born else (pregnancy(text) or parent_to_be(text))
    left: list[Span] = []  # a class left, "war bis Kl. 4 bei uns", names no age (nor "ner 6")
    school = with_school_start(  # "kommt Sommer 2027 in die 1. Klasse": five now, not six
        text, repeated_class(text, with_training(text, school_years(text, vocab, left)
                                                 + life_year(text))) + age_groups(text, vocab))
    school = school or team_ages(text)  # "Mädchenmannschaft, U9": seven and eight
    found = present(text, mentions(text, expecting, tuple((s.start, s.end) for s in school)))
    found = almost_items(found, almost_at)  # "Geschwister 3 und knapp 6": five and a half
    school, found = pupil_age(text, school, joined_ages(text, found))  # "7b S 13", "Kd 10 u 12"
    found = relayed(text, copula_told(text, found))  # "der Jung is eineinhalb"; "Lea (14, Zi. 3)"
    found = group_range_context(text, found + bracketed_stages(text, vocab), vocab)
    # "Kinder: 2 (5, 8)": the count is nobody's age; "Kinder: Mia 11, Ben 6 | Anliegen: Ben …"
    found = newborn_home(text, kin_field(text, named_child(text, untold(text, counts_dropped(
        text, found)))))  # "Kinder: 3 | … Alter siehe Akte": a count, and no age told
    found = tellers(text, [h for h in found if h.kind not in ("loose", "unexplained", "role")
                           or not any(s.start <= h.start < s.end for s in school + left)])
    # a child who died names no age of the one asked about, nor one in hospital beside a sibling
    sibling = beside_sibling(text, found)
    # "Baby 3 Wochen, Geschwister 2 und 5 zuhause": the brothers and sisters are the story's
    found = siblings_beside(text, found, lambda: bool(born or baby_stage(text, vocab)))
    found = subject(text, found)  # "Tochter (6) … Der große Bruder, 11 … für ihn": the brother
    found = siblings_helped(text, found)  # "Sohn (10) … Schwester (4) … Haushaltshilfe": both
    found = need_at_sibling(text, found, _OWN)  # "Baby 4 Mon., Bruder 6 … für den Großen"
    found = sibling_acting(text, found)  # "Baby 2 Wo., große Schwester 3 J. haut das Baby"
    found = parents_named(text, found, _OWN)  # "Kunde 25, Vater von Luca": the client's child
    # "lauter Vierjährige" are other children; "Kunde (18), selbst Vater, will …": his own age
    found = carers_told(text, young_parents(text, without_crowds(text, found)))  # "raising"
    found = every_one(text, all_asked(text, found))  # "Schwester (6) … für beide / alle drei"
    found = siblings_added(text, found)  # "Tochter (8) braucht …, der Bruder (12) auch"
    text, folded = (blank(t, context_clauses(t, hospital=sibling)) for t in (text, folded))
    if pregnant and (both := both_meant(text, pregnant, born_ages(found))):
        return AgeReading(both)  # "Schwangere mit Tochter 3 J. … wo können beide unterkommen"
    if pregnant and not any(h.kind == "child" for h in found) and (
            older := born_beside(text, life_year(text))):
        # "SSW 30, der Große war zur U7a", "der Erstgeborene ist im 3. Lebensjahr": a born
        # child told by a check-up or a year of life — the request is his where it aims at him
        # ("sucht Kita für den Großen"), else the family's: both
        return AgeReading(older if for_born_child(text) and not pregnancy_care_asked(text)
                          else AgeRange(pregnant.low, older.high))
    if pregnant and not born_child_wanted(text, found) and not newborn_told(text, found):
        # about the unborn child, not the siblings or the mother — or the girl to protect
        # "Mama von zwei Kindern (7 und 9) ist schwanger … Haushaltshilfe": the household's
        return AgeReading(pregnant_minor(text, found)
                          or household_span(text, pregnant, born_ages(found)) or pregnant)
    found = handed_on(text, speakers_told(text, found))  # „ich bin 9!“; "15 ist die Älteste"
    if not any(h.kind in _OWN for h in found):  # "Kita-Platz ab 1 Jahr": the wish is the age
        found = [replace(h, kind="child") if h.kind == "condition" else h for h in found]
    chosen, unsure = _choose(text, [h for h in found if h.kind in (*_OWN, "other")])
    if chosen:
        candidates = tuple(AgeRange(h.low, h.high) for h in chosen)
        if unsure:
            return AgeReading(None, candidates, True)
        chosen = _nested(stage_child(text, focus(text, chosen), chosen))  # "Baby … Sohn 14"
        chosen = children_asked(text, chosen, found)  # "die Kleine braucht OGS, der Große …"
        if len(chosen) > 1 and ap.ONE_OF.search(text) and _disagree(
                _span(chosen[:1]), _span(chosen[1:])):  # "eins der Kinder (10 Mon. / 2 J.)"
            return AgeReading(None, tuple(AgeRange(h.low, h.high) for h in chosen), True)
        baby = baby_stage(text, vocab)
        if baby and not young_parent(text, found) and all(
                h.low >= 144 and (h.kind in ("role", "loose") or h.noun in vocab.role_nouns)
                for h in chosen):  # "Klientin (17)"; not "Kunde (18), … will Abschluss nachholen"
            return AgeReading(AgeRange(*baby))  # "Kunde 19 ist Vater eines Neugeborenen"
        low, high = _span(chosen).low, _span(chosen).high
        joined = joined_stage(text, vocab)
        if joined and low >= 72 and SCHOOL_NEED.search(text):
            joined = None  # "kids 7, 9 and 12 …, plus a baby … Schulanmeldung": the school ones
        if joined and joined[0] <= low and high <= joined[1]:
            joined = None  # "das kleinste Kind is 10 Monate … Mütter mit Baby": the same child
        if joined:
            low, high = min(low, joined[0]), max(high, joined[1])
        # "Tochter grob Grundschulalter, Sohn Baby (~10 Mon) … Entlastung": both
        return AgeReading(with_stages(text, vocab.stages, low, high, _told(found)))
    # not the "3" of "für 3/4 Klasse"; "3 Ki (1, 4, 6) … Betreuung für den Kleinen": the youngest
    loose = _nested(focus(text, [h for h in found if h.kind == "loose"]))
    if loose and all(h.low >= ADULT for h in loose) and any(
            h.kind == "other" and h.low < ADULT for h in found):  # fmt: skip
        loose = []  # "Die Kleine vonne Nachbarn, is 13, … der is locker über 25": his age
    if loose:
        age = _span(loose)
        grade = _span(school) if school else None
        # "aus der 8. Klasse, sie ist schon 15": a pupil who repeated or started late is the
        # age told; one a class cannot hold ("3. Klasse … ist 15") is asked about
        if grade and _disagree(age, grade) and not (
                len(loose) == 1 and fits_grade(age.low, age.high, grade.low, grade.high)):
            return AgeReading(None, (age, grade), True)
        return AgeReading(with_stages(text, vocab.stages, age.low, age.high, _told(found)))
    if younger := younger_sibling_asked(text, school, found):  # "Jg. 9 … Bruder: „4 J., Kita“"
        return AgeReading(younger)
    if school and any(h.kind == "other" and h.low < ADULT for h in found):
        # "die 12-jährige Schwester unseres neuen Erstklässlers": the pupil only says whose
        # sister she is; her own number is the age asked about
        whose = [m.span() for m in _SIBLING_OF.finditer(text)]
        school = [s for s in school if not any(a <= s.start < b for a, b in whose)]
    at_age = [h for h in found if h.kind == "at_age"]
    if at_age:  # "wenn ein Kind mit 2 noch nicht läuft": the age the worry is about
        return AgeReading(_span(at_age))
    approximate = approximate_years(text)
    if approximate:
        return AgeReading(_span(approximate))
    if school and (number := training_told(text, school, found)):
        return AgeReading(AgeRange(*number))  # "Meine Azubi im 1. Lehrjahr, sie hat 17"
    if school:
        return AgeReading(_span(school))
    if checked := checkup_age(text):  # "U6 am Montag, 9,2 kg … Kita-Platz": the exam's window
        return AgeReading(checked)
    # "U3-Betreuung": a compound's first part names whom it is for, the writers' own workplace no
    # child ("Fortbildung für unser OGS-Team"), nor do children shared out between Kita and school
    told = not any(h.kind in ("unexplained", "unread_unit") for h in found) and places_only(folded)
    unchecked = [ap.CHECK_UP.sub(" ", setting.workplace_free(unstaged(t, told)))  # nor "zur U3"
                 for t in (text, folded)]  # (unless an unexplained number weighs: "5 und 7")
    if any(h.kind == "other" and h.low < ADULT for h in found):
        unchecked = [_SIBLING_OF.sub(" ", t) for t in unchecked]  # as the school stage below
    stage = stage_named(unchecked[0], vocab) or stage_named(
        " ".join(re.findall(r"\b([a-z0-9]+)-[a-z]", unchecked[1])), vocab)
    unexplained = [h for h in found if h.kind == "unexplained"]
    # a number before a unit nobody reads ("ist 14 maasam") is asked about, never taken alone
    unread = [h for h in found if h.kind == "unread_unit"]
    if stage and not found and general_question(text):
        stage = None  # "ohne konkreten Fall: … für Jugendliche, deren Eltern …": the audience
    if stage and unread:
        return AgeReading(None, (*(AgeRange(h.low, h.high) for h in unread), AgeRange(*stage)),
                          True)  # fmt: skip
    if stage and unexplained:  # "Neuzugang 13 … Deutschkurs für Jugendliche": the number
        number = _span(unexplained)
        if number.low <= stage[1] + 12 and stage[0] - 12 <= number.high:
            return AgeReading(number)
        return AgeReading(None, (number, AgeRange(*stage)), True)  # they disagree: ask
    # "Die Schwester (21) kümmert sich um den Bruder, 7": the minor, not the grown sister
    others = minors_first([h for h in found if h.kind == "other"])
    named = _span(others) if others else None
    inside = named and stage and stage[0] <= named.low <= named.high <= stage[1]
    if stage and named and (stage[0] > named.high or inside):
        # "Anderer Azubi: seine Schwester (12) ist abgehauen": the younger person named by age
        # is the one the request is about, not the older one named by a word; "Die Schwester
        # (16) … Beratung für Jugendliche wie sie": the stage is hers, her number says it closer
        return AgeReading(named)
    if stage and named and stage[1] < named.low and baby_stage(text, vocab):
        if _OF_BABY.search(text):  # "Schwester (8) von zwei Frühchen": the babies' sister
            return AgeReading(named)
        if all(h.noun in SIBLING_NOUNS for h in others):
            # "Neugeborenes, die Mutter hat noch zwei Große (6 und 9)": the baby, beside its
            # brothers and sisters
            return AgeReading(AgeRange(*stage))
        # "Bruder (13) passt auf das Baby auf": the brother named by his age or the baby named by
        # a word — which child the request is for, only the asker can say
        return AgeReading(None, (named, AgeRange(*stage)), True)
    if stage:  # "einer im Kindergarten, einer in der Krippe … Haushaltshilfe": every one
        return AgeReading(stages_only(text, vocab.stages, stage, _told(found)))
    if others:  # only a sibling's age is named: "Bruder (13) wird geschlagen"
        return AgeReading(_span(others))
    if len(unexplained) == 1 and writer_told(text, unexplained[0]):
        # a young person asking for themselves ("gibts ein Jugendzentrum? bin 15 🙃"): the
        # writer's own age, when it is a young person's, is the age asked about
        return AgeReading(AgeRange(unexplained[0].low, unexplained[0].high))
    if len(unexplained) == 1 and unpunctuated(text, unexplained[0].start, unexplained[0].end):
        # a message (or its body, a greeting aside) typed or dictated without punctuation cannot
        # show that a number stands in a clause of its own ("§41 Anschlusshilfe 18 Lünen-Mitte"):
        # its only number nothing else explains is the age, as it would be with the commas
        return AgeReading(AgeRange(unexplained[0].low, unexplained[0].high))
    if len(unexplained) == 2 and unpunctuated(text) and (span := bare_range(text, unexplained)):
        # the same without punctuation for a range: "bei unseren Tanzmäusen 3 bis 6 macht …"
        return AgeReading(span)
    if len(unexplained) == 2 and (dictated := class_then_age(text, unexplained)):
        return AgeReading(dictated)  # "eine Schülerin aus der acht vierzehn": class 8, age 14
    if unexplained or unread:
        return AgeReading(None, tuple(AgeRange(h.low, h.high) for h in unexplained + unread),
                          True)  # fmt: skip
    return AgeReading(None)


def parse_age(folded: str) -> AgeRange | None:
    """Return the child's age range in months, or None when the text names none."""
    return read_age(folded).age


def understand_age_answer(text: str) -> AgeRange | None:
    """Return the age a reply to the assistant's age question names ("17", "15 Monate").

    The dialogue calls this when it asked for the age: a bare number is then years, and "ein
    halbes Jahr", "sie ist 15", "15 Monate" or "3. Klasse" read as everywhere else.
    """
    reading = read_age(fold(clean(text or "")).strip(), expecting=True)
    if reading.age is not None:
        return reading.age
    if len(reading.candidates) == 1:
        return reading.candidates[0]
    return None


__all__ = ["AgeReading", "parse_age", "read_age", "understand_age_answer", "years_range"]
