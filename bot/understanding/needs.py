"""From a request's words to its needs, honestly: topics, child protection first, and what was
not understood.

`TopicIndex` finds the topics; this module adds what makes the answer trustworthy: signs of a
threat to a child's welfare put child protection first (`safety`), words nothing explains are
named (`explain`), and when such a word — or a particular kind of offer no offer text names —
carries the need, matching must not call anything "fitting".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, partial

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.asked_first import asked_first
from bot.understanding.explain import Explainer, unexplained
from bot.understanding.main_need import asked_dropped, main_needs
from bot.understanding.main_need_asked import helps_asked
from bot.understanding.main_need_club import (
    club_fee,
    club_fee_needs,
    club_leisure,
    is_club_word,
    teams_dropped,
)
from bot.understanding.main_need_context import context_dropped
from bot.understanding.main_need_cost import cost_told, cost_topic, fee_wished, money_asked
from bot.understanding.main_need_counsel import (
    counsel_asked,
    counsel_placed,
    parents_counsel,
    parents_placed,
)
from bot.understanding.main_need_either import story_kept
from bot.understanding.main_need_ended import asked_again
from bot.understanding.main_need_free import free_dropped, wished_free
from bot.understanding.main_need_handover import handed_over
from bot.understanding.main_need_manner import manner_dropped, manner_topics, mediation_asked
from bot.understanding.main_need_paid import paid_need
from bot.understanding.main_need_positions import asked_positions, asker_positions
from bot.understanding.main_need_separation import separation_counsel, separation_placed
from bot.understanding.need_carrier import carries_need
from bot.understanding.normalise import stem, words_of
from bot.understanding.origin_context import origin_told
from bot.understanding.safety import (
    PROTECTION_TOPICS,
    asked_help,
    protection_first,
    read_signs,
    sign_topics,
)
from bot.understanding.safety_asked import shaped_help
from bot.understanding.safety_daytime import daytime_signs
from bot.understanding.safety_handled import handled_signs
from bot.understanding.safety_health import health_signs
from bot.understanding.safety_history import history_signs, protection_after
from bot.understanding.safety_prevention import prevention_signs
from bot.understanding.safety_routine import routine_signs
from bot.understanding.situation import situated
from bot.understanding.situation_signs import situated_signs
from bot.understanding.topic_alone import alone_child
from bot.understanding.topic_carer_state import carers_state, carers_state_topics
from bot.understanding.topic_carers import young_carers
from bot.understanding.topic_choice import decide, implied_until
from bot.understanding.topic_condition import condition_topics
from bot.understanding.topic_conditions import unconditioned
from bot.understanding.topic_elder_care import elder_care
from bot.understanding.topic_fears import fear_guess_dropped
from bot.understanding.topic_housing import family_housing
from bot.understanding.topic_kinship import not_single
from bot.understanding.topic_media import media_taught
from bot.understanding.topic_model import guided
from bot.understanding.topic_money import young_money
from bot.understanding.topic_outgrown import outgrown
from bot.understanding.topic_own import young_own
from bot.understanding.topic_parts import Credit
from bot.understanding.topic_phase import grown_phase
from bot.understanding.topic_portrait import setting_terms
from bot.understanding.topic_refused import kept_topics, turned_down, without_turned_down
from bot.understanding.topic_status import status_topics
from bot.understanding.topic_talk import talk_about
from bot.understanding.topic_unnamed import led_by, unnamed_need
from bot.understanding.topic_when import when_terms
from bot.understanding.topic_whose import parents_own, parents_own_asked
from bot.understanding.topic_young import minor_home, young_alone
from bot.understanding.topics import TopicIndex
from bot.vocabulary.lexicon import topic_lexicon

LONG_WORD = 12  # a word this long is a compound that names a thing ("Kinderhospizdienst")
LOWER_CASE_WORD = 8  # in a message without capitals, words this long may name a thing
MIN_ROOT = 4  # a shorter stem is part of too many words to say which need a word narrows


@dataclass(frozen=True, slots=True)
class Needs:
    topics: tuple[str, ...]
    keywords: tuple[str, ...]
    general: bool
    child_protection: bool
    unexplained: tuple[str, ...]
    need_unexplained: bool
    required_words: tuple[str, ...]
    main_topics: tuple[str, ...] = ()
    asked_topics: tuple[str, ...] = ()  # of them, those asked by the name of a kind of help
    suggested_topics: tuple[str, ...] = ()  # the examples' likeliest need no rule found
    named_topics: tuple[str, ...] = ()  # main needs named by a kind of help asked for


def _noun_like(word: str, text: str) -> bool:
    """A German noun (capitalised inside a sentence) or a long compound names a thing asked for;
    an unknown verb or an English word does not decide the need."""
    at = text.find(word)
    inside = at > 0 and not re.search(r"(^|[.!?:]\s*)$", text[:at].rstrip(" ")[-3:] + " ")
    return (word[:1].isupper() and inside) or len(word) >= LONG_WORD


@cache
def specific_terms() -> frozenset[str]:
    """Terms that name one particular kind of offer, narrower than their topic."""
    return frozenset(fold(w) for w in topic_lexicon().get("specific", {}).get("words", ()))


@cache
def _homes() -> dict[str, str]:
    table = topic_lexicon().get("specific", {}).get("home", {})
    return {fold(word): topic for topic, words in table.items() for word in words}


def _particular(credits: Iterable[Credit], main: tuple[str, ...], specific: frozenset[str]
                ) -> tuple[str, ...]:  # fmt: skip
    """The particular kinds of offer ("Babyschwimmen") the main needs are named by, when only
    such terms name them: the story's words ("war Frühchen") name context, which does not widen
    the asked kind to its whole topic (a crawling group is no swimming)."""
    terms = tuple(dict.fromkeys(c.term for c in credits if c.topic in main))
    return terms if terms and all(t in specific for t in terms) else ()


def home_topics(words: tuple[str, ...]) -> tuple[str, ...]:
    """The topics whose offers are the kind of offer `words` name, whether they say so or not."""
    homes = _homes()
    return tuple(dict.fromkeys(homes[w] for w in words if w in homes))


def _narrowed(unknown: list[str], evidence: tuple[str, ...]) -> bool:
    """Whether every word that named the need is part of a word nobody explains, which narrows
    it to a kind no offer is known for ("Langzeitstillende … die auch noch stillen": long-term
    breastfeeding is no breastfeeding advice for a newborn's mother). As a compound that topic
    finding splits ("Gebärdensprachkurs"), but written apart from the word that names it."""
    if not unknown or not evidence:
        return False
    folded = [fold(w) for w in unknown]
    for term in evidence:
        root = stem(term)
        if " " in term or len(root) < MIN_ROOT:
            return False
        if not any(word != term and stem(word) != root and root in word for word in folded):
            return False
    return True


def _implied_here(topics: TopicIndex, found: tuple[str, ...], age: AgeRange | None,
                  phases: set[str]) -> frozenset[str]:
    """Found topics another found one implies for this child ("Säugling, Mutter wirkt depressiv":
    a baby's family burden is a Frühe-Hilfen matter): while the implication holds for the age
    (`implied_until`), the implied need is the burden's own form, not context, even where a
    word names it too."""
    if not phases or (age is not None and age.low > implied_until()):
        return frozenset()
    return frozenset(rule.add for rule in topics.implications if rule.add in found
                     and phases & rule.phases and any(t in rule.when for t in found))  # fmt: skip


def _unfollowed(topics: TopicIndex, main: tuple[str, ...], named: set[str]) -> tuple[str, ...]:
    """Main needs without the ones no word names that only a context topic implies ("Babymassage
    in Werne? Mutter in Elternzeit": the parental leave tells the situation; the Frühe Hilfen it
    implies for a baby are no need asked for). An implied need follows the need implying it."""
    kept = tuple(t for t in main if t in named or any(
        rule.add == t and any(w in main and w != t for w in rule.when)
        for rule in topics.implications))  # fmt: skip
    return kept or main


def _first(leading: tuple[str, ...], topics: tuple[str, ...]) -> tuple[str, ...]:
    """The topics with `leading` put first, each once."""
    return (*leading, *(t for t in topics if t not in leading))


def find_needs(text: str, folded: str, age: AgeRange | None, topics: TopicIndex,
               explainer: Explainer, known_topics: object) -> Needs:  # fmt: skip
    """Return the needs of a cleaned request (`folded` is its folded form)."""
    worded = topics.find(text, age)  # what the words name, before any reader weighs them
    found = young_money(worded, age)  # a young adult's debts are no BuT
    found = alone_child(found, folded, age)  # a young child alone is no single parent
    found = young_alone(found, age)  # nor is a teenager who goes or lives alone
    # nor silence about a loss a language need
    told = words_of(text)
    again = partial(decide, topics)  # the index's own decision, on credits a later step changed
    found = talk_about(found, told, age, again)
    # a young person's own strain, with no parent in the story, is no parent's
    found = young_own(found, told, age, again)
    found = parents_own(found, told, age, again)  # the parent's own help is no child's need
    found = carers_state(found, told, age, again)  # "Mutter … schläft nicht": her burden
    # where the family comes from is context beside another need asked
    found = origin_told(found, told, age, again, topics.secondary | topics.who)
    # --- situations (session 33): whom an event concerns decides the need it tells
    # ("Mama ist blind": the family's burden; "Eltern schreien sich an": their conflict), and a
    # separation, a working parent or a denied blow explains a sign of danger
    found = situated(found, told, age, again)
    found = young_carers(found, told, age, again)  # a child's care work asks for relief
    found = elder_care(found, told, age, again)  # so does a household's care of an elder
    found = minor_home(found, folded, age)  # a minor without a home is the youth office's too
    found = family_housing(found, age, again)  # a family's lost home is the navigators'
    found = grown_phase(found, age, again)  # a young adult's upbringing help is § 41's
    found = outgrown(found, age, again)  # a toddler's giftedness is family counselling's
    read = daytime_signs(read_signs(folded, age), folded, age)  # "bis abends": a school day
    read = situated_signs(read, folded, age)
    read = health_signs(read, folded, age)  # a child's health, images, a marriage pressed
    # danger told as history, a help asked now
    read, storied = history_signs(read, folded, found.topics)
    read = prevention_signs(read, folded, age)  # "vor Cybergrooming schützen": prevention asked
    read, handled = handled_signs(read, folded, age, found.topics)  # "Eltern informiert | Frage:"
    storied |= handled
    # a scene of the day at home told beside another help asked ("ohne Frühstück … Jugendzentrum
    # mit Mittagstisch?")
    read, routine, routine_kept = routine_signs(read, folded, told, found.credits, found.topics,
                                                age)
    storied |= routine
    # --- end situations
    signs = read.names
    urgent = bool(signs)
    ordered = protection_first(found.topics, known_topics, signs) if urgent else found.topics
    # a sign past the age of child protection ("follows her home" at 17) still names the need
    grown = tuple(t for t in sign_topics(read.grown) if t in known_topics)  # type: ignore[operator]
    ordered = _first(grown, ordered)
    words = told
    unknown = list(unexplained(words.raw, words.folded, explainer, found.positions))
    only_compound = False
    for position, term in found.compounds:
        if explainer.unknown_parts(words.folded[position], term):
            # "Gebärdensprachkurs" is no Sprachkurs: an unknown word changes the known one
            unknown.insert(0, words.raw[position])
            only_compound |= found.evidence == (term,)  # and nothing else names the need
    # name only what could be a thing asked for: nouns, long compounds, and in a message typed in
    # lower case the longer words ("todkrankes" describes, "Kinderhospiz" is asked for)
    lower_case = not any(ch.isupper() for ch in text)
    unknown = [w for w in dict.fromkeys(unknown)
               if _noun_like(w, text) or (lower_case and len(w) >= LOWER_CASE_WORD)]  # fmt: skip
    only_compound |= _narrowed(unknown, found.evidence)
    # nothing named the need, and a word nobody explains where the request asks probably did
    # (not one that only tells the story: `need_carrier`): no general offers
    carried = bool(unknown) and not urgent and (only_compound or (
        (not found.topics or found.general) and carries_need(words, unknown)))
    specific = specific_terms()
    required: tuple[str, ...] = ()
    if found.evidence and not urgent and all(term in specific for term in found.evidence):
        required = found.evidence
    main: tuple[str, ...] = ()
    by_name: tuple[str, ...] = ()
    named: tuple[str, ...] = ()
    suggested: tuple[str, ...] = ()
    general = found.general
    paying = cost_topic()
    if (general and not urgent and paying in topics.topics
            and money_asked(words, asked_positions(words), firm=False)):
        # no word named a need, but money is asked for ("gibts da nen Topf für sowas?"), or
        # help after the family cannot pay ("kann die Mama nicht stemmen. Hilfe?"): paying is
        # it, and a word nobody explains ("Zahnspange") is only what the money is for
        general, ordered, main, carried = False, (paying,), (paying,), False
    if not urgent and not general:
        unsure = frozenset(p for p, _term in found.compounds if words.raw[p] in unknown)
        phases = set(age.phases()) if age else set()
        ordered = ordered + asked_dropped(
            words, found.credits, ordered, unsure=unsure,
            fits=lambda t: not phases or bool(phases & set(topics.topics[t].phases)))
        # a time of day beside a need says when, not what ("nachmittags Fußball": `topic_when`)
        main, ordered = main_needs(words, found.credits, ordered, topics.demoted, unsure,
                                   topics.secondary | topics.who | when_terms(),
                                   _implied_here(topics, ordered, age, phases))
        story = main  # before the readers that set the story apart from the help asked
        main, ordered = manner_dropped(words, found.credits, main, ordered)
        main = _unfollowed(topics, main, {c.topic for c in found.credits})
        main, ordered = _first(grown, main), _first(grown, ordered)
        mediation = mediation_asked(words)
        if mediation and mediation in topics.topics and main and mediation not in main:
            main, ordered = (*main, mediation), tuple(dict.fromkeys((*ordered, mediation)))
        counsel = counsel_asked(words, main)  # "Psych. Beratung?" beside panic attacks
        if counsel and counsel in topics.topics and counsel not in main:
            main = counsel_placed(main, counsel)  # asked: before the family's situation
            ordered = tuple(dict.fromkeys((*main, *ordered)))
        apart = separation_counsel(words, found.credits)  # "getrennt … Beratung?": theirs
        if apart and apart[0] in topics.topics:
            main = separation_placed(main, apart[0], apart[1], words, found.credits)
            ordered = tuple(dict.fromkeys((*main, *ordered)))
        parents = parents_counsel(words, frozenset(c.position for c in found.credits))
        if parents and media_taught(words.folded, found.credits):
            parents = None  # "Elternberatung zur Mediennutzung": the parents' media course
        if parents and parents[0] in topics.topics and main:  # "parents want advice": it leads
            who = topics.secondary | topics.who  # who the family is names no need before it
            named = frozenset(c.topic for c in found.credits  # where the child is names no need
                              if c.strong and c.term not in who
                              and not (c.portrait and c.term in setting_terms()))
            main = parents_placed(main, parents[0], named, parents[1])
            ordered = tuple(dict.fromkeys((*main, *ordered)))
        cost = cost_told(words) or fee_wished(words)  # or a fee-paid help wished free
        cost = cost or paid_need(words, text, main, paying, found.credits)  # "über BuT?"
        if cost and cost in topics.topics and main and cost not in main:
            main, ordered = (*main, cost), tuple(dict.fromkeys((*ordered, cost)))
        main, ordered = context_dropped(words, found.credits, main, ordered)
        # a help wished free asks for the help, not for what pays ("kostenlose Nachhilfe?")
        main, ordered = free_dropped(words, text, found.credits, main, ordered)
        main, ordered = handed_over(words, found.credits, main, ordered)  # "… beendet. Danach"
        main = asked_again(words, found.credits, main, ordered)  # "… Kontakt verloren. Wer noch?"
        told = asker_positions(words)  # the writer's own institution ("Wir sind ein FZ …")
        # the examples' guess reads no condition on the offer ("Beratung bitte online")
        main, suggested = guided(unconditioned(text), main, topics.topics, {
            c.topic for c in found.credits} - {
            c.topic for c in found.credits if c.position not in told}
            | not_single(words.folded, found.credits)  # nor what the child's status named
            | status_topics(words.folded, topics.term_topics, found.credits)
            | condition_topics(words.folded, topics.term_topics, found.credits),
            manner_topics(), ordered)
        suggested = fear_guess_dropped(words.folded, suggested)  # "Angst vor Hunden": no danger
        main, ordered = story_kept(words, found.credits, story, main, ordered)  # "… oder Beratung"
        # the help the asked clause names leads what the story only tells; counselling the
        # parents asked by its name leads already ("… | Elternberatung in Holzwickede?")
        if not grown and not (parents and parents[1] and main[:1] == (parents[0],)):
            main, ordered = asked_first(words, found.credits, main, ordered, topics.demoted, unsure)
        # a club's fee or kit the family cannot pay: the fund is the need, the club its setting
        main, ordered = teams_dropped(words, found.credits, main, ordered)  # "U11" no check-up
        if club_fee(words) and not wished_free(words, text, found.credits):
            main, ordered = club_fee_needs(words, found.credits, main, ordered)
            suggested = tuple(t for t in suggested if t != club_leisure())
            unknown = [w for w in unknown if not is_club_word(w)]  # "Fußballabteilung"
            carried = False  # the fund is the need, whatever the club's compounds hold
        if suggested:  # a guess must not add back the child's need the parent's own help is not
            theirs = parents_own_asked(words, age) | carers_state_topics(
                words, age, worded.credits)  # nor one read from a carer's own state
            suggested = tuple(t for t in suggested if t not in theirs)
        ordered = _first(main, ordered)
        by_name, named = helps_asked(words, found.credits, main, topics.demoted, unsure,
                                    suggested, text, topics.offer_names)
        if not required:  # "Babyschwimmen …, war Frühchen": the story's words name no main need
            required = _particular(found.credits, main, specific)
    elif urgent:  # protection, and a particular help asked beside it (`safety.asked_help`)
        main = (asked_help(folded, found.main, ordered, signs, found.evidence)
                or shaped_help(words, found.credits, ordered, signs))  # "Bitte Angebot für …"
    elif general and not carried:  # no word named the need: the examples may know it
        phases = set(age.phases()) if age else set()
        ordered = led_by(unnamed_need(
            text, topics.topics, manner_topics(),
            # a topic the words named and a reader took back ("macht sich fertig" is getting
            # ready, not bullying) is not revived by the examples' guess
            lambda t: (not phases or bool(phases & set(topics.topics[t].phases)))
            and (worded.general or t not in worded.topics or t in found.topics)), ordered)
    if storied:  # the history names protection; the help asked for now comes first
        main, ordered = protection_after(main), protection_after(ordered)
    if routine_kept and main:  # the child's own body neglected: protection right after the help
        main = _first(routine_kept, main)
        ordered = _first(routine_kept, ordered)
    # a help the family refuses is no need, whichever reader named it ("lehnt die
    # Erziehungsberatung ab"); the protection a sign of danger names stays (`topic_refused`)
    gone = turned_down(words.folded, words.clause, kept_topics(worded.credits),
                       lambda word: topics.find(word, None).topics)
    if gone:
        keep = frozenset((*PROTECTION_TOPICS, *sign_topics(signs))) if urgent else frozenset()
        main, ordered = without_turned_down(main, gone, keep), without_turned_down(
            ordered, gone, keep)
        # nor does the examples' guess bring it back ("Er will ausdrücklich KEIN Jugendamt …
        # schaffe das nicht mehr": the youth office's words weigh in the bag of words)
        suggested = tuple(t for t in suggested if t not in gone or t in keep)
    return Needs(
        topics=ordered,
        keywords=found.evidence,
        general=general and not urgent,
        child_protection=urgent,
        unexplained=tuple(unknown),
        need_unexplained=carried,
        required_words=required,
        main_topics=main,
        asked_topics=by_name,
        suggested_topics=suggested,
        named_topics=named,
    )
