"""The need a request asks for decides what is "passend"; what it only tells is context (issue 8).

Each class below has sentences of its own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.catalogue import Catalogue
from bot.i18n import use_locale
from bot.matching import match
from bot.models import AlternativeWhy, GapReason
from bot.render.words import alternative_note, gap_text
from bot.understanding import understand
from bot.understanding.main_need_positions import asked_positions
from bot.understanding.normalise import words_of


def _asked_words(text: str) -> set[str]:
    words = words_of(text)
    return {words.folded[i] for i in asked_positions(words)}


# --- which words a request asks for, by its shape --------------------------------------------


@pytest.mark.parametrize(
    ("text", "asked", "told"),
    [
        ("Hilfe bei Schulden für Kundin 19", {"schulden"}, set()),
        ("Beratung für junge Erwachsene in Unna", {"junge", "erwachsene"}, set()),
        ("Sexualpädagogisches Angebot für Jungs in Wohngruppe", {"sexualpaedagogisches", "jungs"},
         {"wohngruppe"}),
        ("Familie wohnt in Selm und braucht dringend Erziehungsberatung", {"erziehungsberatung"},
         {"selm"}),
        ("Gibt es in Kamen Logopädie für Kind 4", {"logopaedie"}, set()),
        ("Junge 9 will nicht mehr allein in die Schule", set(), {"allein", "schule"}),
        ("Kind 4, Vollzeit Betreuung nötig", set(), {"vollzeit"}),  # a noun, no adjective
        # help nouns in any inflection
        ("Wir bitten um Nennung von Angeboten für einen alkoholkranken Vater", {"alkoholkranken"},
         set()),
        ("Gibt es neben Elternkursen zu Medien etwas", {"elternkursen", "medien"}, set()),
        # where someone comes from tells the story even in the sentence that asks as a whole;
        # where a help is held ("in der OGS") stays asked
        ("Was gibt es für junge Erwachsene, die aus der Jugendhilfe rausfallen? Wohnen, Ämter.",
         {"junge", "erwachsene"}, {"jugendhilfe"}),
        ("Was kann er tun, wenn er vom Kinderheim kommt? Ausbildung läuft, Wohnung fehlt.",
         set(), {"kinderheim"}),
        ("Gibt es noch einen Platz in der OGS? Tochter 7, Königsborn.", {"ogs"}, set()),
    ],
)  # fmt: skip
def test_the_words_a_request_asks_for(text: str, asked: set[str], told: set[str]) -> None:
    found = _asked_words(text)
    assert asked <= found
    assert not told & found


def test_the_sentence_that_asks_is_asked_for_when_another_only_tells() -> None:
    found = _asked_words("Sohn 16 kifft seit Monaten. Gibt es eine Suchtberatung in Werne?")
    assert "suchtberatung" in found and "kifft" not in found


@given(st.text(max_size=200))
def test_asked_positions_are_words_of_the_request(text: str) -> None:
    words = words_of(text)
    assert all(0 <= i < len(words.folded) for i in asked_positions(words))


# --- main needs and context -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "main", "context"),
    [
        # the help asked for, and the family's benefits told before it: they only describe (a
        # young adult's own debts are the young adults' need: `topic_money`)
        ("Eltern beziehen Wohngeld, Sohn 9. Gibt es Erziehungsberatung in Unna?",
         "erziehungsberatung", "but_finanzen"),
        # a topic only implied by another (a baby's family burden) while the request asks for a
        # particular help
        ("Mutter bipolar, Baby 5 Monate. Gruppe für Kinder psychisch kranker Eltern in Unna?",
         "belastete_eltern", "fruehe_hilfen"),
        ("Vater depressiv, Baby 4 Monate. Angebot für Kinder psychisch kranker Eltern in Kamen?",
         "belastete_eltern", "fruehe_hilfen"),
        ("Mama psychisch krank, Kind 10 Monate. Patenschaft für Kinder psychisch kranker Eltern "
         "in Werne?", "belastete_eltern", "fruehe_hilfen"),
    ],
)  # fmt: skip
def test_what_the_request_only_tells_is_context(catalogue: Catalogue, text: str, main: str,
                                                context: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert main in request.main_topics
    assert context in request.topics and context not in request.main_topics
    assert request.topics[: len(request.main_topics)] == request.main_topics  # asked first


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("Suche Erziehungsberatung und Elternkurs für Kind 6 in Kamen",
         {"erziehungsberatung", "elternkurse"}),
        # a young adult's debts are the young adults' need (`topic_money`)
        ("Beratung bei Schulden und Sucht für 20-Jährigen in Lünen",
         {"junge_volljaehrige", "medien_sucht"}),
    ],
)  # fmt: skip
def test_needs_asked_for_together_are_each_a_main_need(catalogue: Catalogue, text: str,
                                                       needs: set[str]) -> None:  # fmt: skip
    assert needs <= set(understand(text, catalogue).main_topics)


def test_without_an_ask_an_implied_topic_follows_the_evidence(catalogue: Catalogue) -> None:
    request = understand("Mutter depressiv, Baby 4 Monate, Unna", catalogue)
    assert {"belastete_eltern", "fruehe_hilfen"} <= set(request.main_topics)


@pytest.mark.parametrize(
    "text",
    [
        "baby 5 wochen schreit jede nacht, mama am ende, kamen",
        "Säugling 6 Wochen, schreit stundenlang, Eltern am Ende. Kamen",
        "baby 2 monate schreit nur noch, vater am limit, kamen",
    ],
)
def test_a_word_of_one_need_outranks_one_that_may_mean_several(catalogue: Catalogue, text: str
                                                               ) -> None:  # fmt: skip
    """"schreit" names one need; "am Ende" may be three: the crying baby comes first."""
    answer = match(understand(text, catalogue), catalogue)
    assert answer.request.topics[0] == "schreibaby_schlaf"
    assert "schreibaby_schlaf" in answer.offers[0].offer.topics


# --- matching: fitting offers meet a main need; the others are marked -----------------------


def test_offers_for_the_context_alone_are_marked_alternatives(catalogue: Catalogue) -> None:
    answer = match(understand("Junge Frau, 19, Schulden wegen Online-Shopping. Gibt es Beratung "
                              "für junge Erwachsene in Unna?", catalogue), catalogue)  # fmt: skip
    main = set(answer.request.main_topics)
    assert answer.offers and all(main & set(h.offer.topics) for h in answer.offers)
    context = [h for h in answer.alternatives if h.why == AlternativeWhy.CONTEXT]
    assert context and not any(main & set(h.offer.topics) for h in context)
    assert {h.offer.id for h in context}.isdisjoint(h.offer.id for h in answer.offers)


def test_no_offer_for_the_main_need_is_a_gap_with_context_alternatives(catalogue: Catalogue
                                                                       ) -> None:  # fmt: skip
    answer = match(understand("Mutter bipolar, Baby 5 Monate. Gruppe für Kinder psychisch "
                              "kranker Eltern in Unna?", catalogue), catalogue)  # fmt: skip
    assert answer.offers == () and answer.gap is not None
    context = [h for h in answer.alternatives if h.why == AlternativeWhy.CONTEXT]
    assert context and all("fruehe_hilfen" in h.offer.topics for h in context)
    with use_locale("de"):
        assert alternative_note(context[0], catalogue) == (
            "passt zum Umfeld der Familie, nicht zum gefragten Bedarf")
        text = gap_text(answer, catalogue)
    assert "Frühe Hilfen" not in text  # the gap is the need asked for, not its context


def test_a_gap_for_the_main_need_names_it(catalogue: Catalogue) -> None:
    answer = match(understand("Mutter bipolar, Baby 5 Monate. Gruppe für Kinder psychisch "
                              "kranker Eltern in Unna?", catalogue), catalogue)  # fmt: skip
    assert answer.offers == () and answer.gap == GapReason.AGE  # such groups start later
    assert any(h.why == AlternativeWhy.CONTEXT for h in answer.alternatives)
    with use_locale("de"):
        text = gap_text(answer, catalogue)
    label = catalogue.topic_label("belastete_eltern", "de")
    assert label in text and catalogue.topic_label("fruehe_hilfen", "de") not in text


# --- what the family cannot pay is a condition of the asked help, not its context ------------


@pytest.mark.parametrize(
    "text",
    [
        "Tochter 9 braucht Nachhilfe in Mathe, Familie in Selm kann das nicht bezahlen",
        "Lerntherapie wegen Legasthenie, Sohn 8, Lünen – die Mutter kann sich das nicht leisten",
        "Our boy is 10 and needs tutoring in Selm but we cannot afford it",
        "Dyskalkulie, Kind 2. Klasse, Bergkamen. Förderung ist den Eltern zu teuer",
    ],
)
def test_what_the_family_cannot_pay_is_asked_with_the_help(catalogue: Catalogue, text: str
                                                           ) -> None:  # fmt: skip
    """Offers that pay for the help (Bildung und Teilhabe) answer "Nachhilfe … nicht bezahlen":
    no gap while they serve the family, and they are fitting, not marked as context."""
    answer = match(understand(text, catalogue), catalogue)
    assert {"lernfoerderung", "but_finanzen"} <= set(answer.request.main_topics)
    assert answer.gap is None
    assert any("but_finanzen" in h.offer.topics for h in answer.offers)
    assert not any(h.why == AlternativeWhy.CONTEXT for h in answer.alternatives)


def test_debts_told_beside_an_asked_help_stay_context(catalogue: Catalogue) -> None:
    """Only what the family cannot pay *for the help* joins the need; debts are still the story."""
    request = understand("Kunde 20, Schulden nach Autokauf. Hilfe für junge Erwachsene in "
                         "Bergkamen?", catalogue)  # fmt: skip
    assert request.main_topics == ("junge_volljaehrige",)
