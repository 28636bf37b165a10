"""Needs told only as a situation: whom an event concerns decides the need (session 33).

Professionals write what happened, not the help. Each table holds one mechanism of
`bot.understanding.situation*`; the sentences are written for these tests, none is taken from a
labelled set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


def _topics(text: str, catalogue: Catalogue) -> tuple[str, ...]:
    return understand(text, catalogue).topics


@pytest.mark.parametrize(
    ("text", "told", "not_told"),
    [
        # a parent's disability: relief for the household, the Frühe Hilfen with a baby
        ("Der Papa sitzt im Rollstuhl, Tochter 9, Bergkamen", "alleinerziehende_entlastung",
         "inklusion_behinderung"),
        ("Mutter ist blind, Sohn 6 J., Unna", "alleinerziehende_entlastung",
         "inklusion_behinderung"),
        ("Die Mama ist gehörlos, Baby 5 Monate, Kamen", "fruehe_hilfen", "inklusion_behinderung"),
        ("Vater hat selbst eine geistige Behinderung, Säugling 3 Monate, Lünen", "fruehe_hilfen",
         "inklusion_behinderung"),
        # a parent's own mental condition is the children's burden
        ("Die Mutter hat selbst ADHS und kriegt den Alltag nicht hin, Sohn 7, Werne",
         "belastete_eltern", "psychische_gesundheit"),
    ],
)
def test_a_condition_said_of_a_parent_is_the_familys_burden(
        catalogue: Catalogue, text: str, told: str, not_told: str) -> None:  # fmt: skip
    """"Mama ist blind" is no blind child: the parent holds the condition."""
    topics = _topics(text, catalogue)
    assert told in topics
    assert not_told not in topics


@pytest.mark.parametrize(
    "text",
    [
        "Sohn (7) hat eine geistige Behinderung, Kamen",
        "Mutter eines autistischen Jungen (8) sucht Unterstützung, Unna",
        "Mutter mit behinderter Tochter (5), Lünen",
        "Eltern fragen nach einer Förderschule für den Sohn (9), Bergkamen",
        "Die Mutter sagt, der Junge (10) sitzt seit dem Unfall im Rollstuhl. Selm",
    ],
)
def test_a_condition_of_the_child_stays_the_childs(catalogue: Catalogue, text: str) -> None:
    """A child named at the condition, a telling verb or a help asked keep the child's need."""
    assert "inklusion_behinderung" in _topics(text, catalogue)


@pytest.mark.parametrize(
    "text",
    [
        "Die Eltern schreien sich jeden Abend an, Junge 8, Unna",
        "Eltern streiten sich nachts laut, Mädchen 10 kann nicht schlafen, Kamen",
        "die eltern brüllen sich gegenseitig an, der kleine (6) hält sich die ohren zu. lünen",
    ],
)
def test_a_couples_shouting_is_their_conflict(catalogue: Catalogue, text: str) -> None:
    """Reciprocal shouting is no crying baby and no general answer: family counselling."""
    topics = _topics(text, catalogue)
    assert "erziehungsberatung" in topics
    assert "schreibaby_schlaf" not in topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Baby 4 Monate schreit jeden Abend stundenlang, Kamen", "schreibaby_schlaf"),
        ("Mädchen 9 kann nachts nicht schlafen, seit die Oma tot ist. Unna",
         "psychische_gesundheit"),
    ],
)
def test_a_young_childs_words_told_of_an_older_one(catalogue: Catalogue, text: str,
                                                   topic: str) -> None:  # fmt: skip
    """Sleep is a baby's need in its phase, the inner state later."""
    assert topic in _topics(text, catalogue)


@pytest.mark.parametrize(
    "text",
    [
        "Tochter 13 redet nicht mehr, seit der Papa ausgezogen ist, Werne",
        "Junge 14 spricht kaum noch mit uns, seit der Opa gestorben ist. Kamen",
    ],
)
def test_a_teenagers_silence_is_no_speech_delay(catalogue: Catalogue, text: str) -> None:
    """A teenager who stopped talking needs no language support."""
    topics = _topics(text, catalogue)
    assert topics
    assert "sprachfoerderung" not in topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Der Kleine (8 Monate) ist in der 28. Woche geboren und sitzt noch nicht. Unna",
         "fruehfoerderung"),
        ("Baby 10 Monate, krabbelt noch nicht und dreht sich kaum, Bergkamen", "fruehfoerderung"),
        ("Junge 3, schon zum dritten Mal mit Verbrennungen in der Praxis, Vater sagt Bügeleisen. "
         "Kamen", "kinderschutz"),
    ],
)
def test_events_tell_a_need_no_word_names(catalogue: Catalogue, text: str, topic: str) -> None:
    """A premature birth, a milestone not reached, burns that keep coming back."""
    assert topic in _topics(text, catalogue)


def test_a_help_named_keeps_its_topic_at_any_age(catalogue: Catalogue) -> None:
    """"Schlafberatung" asked for a schoolchild is sleep counselling, whether or not any exists."""
    text = "Junge 10 schläft nachts nicht, seit sie umgezogen sind. Gibt es Schlafberatung? Unna"
    assert "schreibaby_schlaf" in _topics(text, catalogue)


def test_a_single_burn_is_no_sign(catalogue: Catalogue) -> None:
    """An accident told once is no child-protection case."""
    assert "kinderschutz" not in _topics("Kind 4 hat sich am Herd verbrannt, Kamen", catalogue)


def test_a_workplace_is_no_stay(catalogue: Catalogue) -> None:
    """"arbeitet im Krankenhaus" is where the mother works, no parent in hospital."""
    topics = _topics("Kind 9, Mama arbeitet im Krankenhaus, nach der Schule ist er allein. Unna",
                     catalogue)
    assert "belastete_eltern" not in topics
    assert "ogs_ganztag" in topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Der Vater ist seit zwei Wochen weg, Kinder 4 und 7, Mutter schafft es nicht. Kamen",
         "alleinerziehende_entlastung"),
        ("Kind 9 ist ab 12 Uhr allein zu Hause, die Mama arbeitet Spätschicht. Lünen",
         "ogs_ganztag"),
        ("Die Eltern streiten jede Nacht, geschlagen wird keiner, Junge 8. Bergkamen",
         "erziehungsberatung"),
    ],
)
def test_a_situation_explains_a_sign_of_danger(catalogue: Catalogue, text: str,
                                               topic: str) -> None:  # fmt: skip
    """A separation, a parent at work, a denied blow: no emergency, the need the story tells."""
    request = understand(text, catalogue)
    assert not request.child_protection
    assert topic in request.topics


@pytest.mark.parametrize(
    "text",
    [
        "Die Kindsmutter ist seit Tagen weg, das Kind (3) ist allein in der Wohnung. Unna",
        "Säugling schreit, die Mutter ist seit gestern weg, Kamen",
        "Kind 8 ist nachts allein zu Hause, die Mama arbeitet. Kamen",
        "Kind 3 ist oft allein zu Hause, die Mutter arbeitet. Werne",
        "Junge 9 ist jeden Abend bis 23 Uhr allein in der Wohnung, Mama ist arbeiten. Bönen",
        "Der Vater hat den Jungen (6) geschlagen, die Mutter sagt, nicht zum ersten Mal. Unna",
        "Die Eltern sind seit gestern weg, das Baby (5 Monate) schreit in der Wohnung. Selm",
    ],
)
def test_danger_stays_danger(catalogue: Catalogue, text: str) -> None:
    """Children left at night, a toddler alone, a blow told as it is, a mother or both parents
    gone: the situation rules take back none of these signs."""
    assert understand(text, catalogue).child_protection
