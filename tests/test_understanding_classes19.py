"""Classes found on the held-back part of holdout7, each with look-alikes written for this table.

A young child alone while the carers are not there, however it passes the time; a young
teenager who hangs out with much older men; a knife threat said as one compound noun. Not
signs: a teenager who dares not *tell* her news at home, an older club mate, fear of school or of
dogs (that is the child's anxiety, a matter of mental health). A "therapeutische" help is
therapy; "Eltern-Kind-Angebote" are parent-and-child groups.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from tests.protection import check_protection

# (text, is a sign)
SIGNS: list[tuple[str, bool]] = [
    # a young child alone while nobody is there
    ("Nachbarin meldet: der Kleine (3) sitzt abends allein im Treppenhaus, die Mutter ist nicht "
     "da. Bönen", True),
    ("Kita-Kind 5 spielt bis in die Nacht alleine auf dem Hof, Eltern nie zuhause. Selm", True),
    ("Die Eltern waren nicht erreichbar und das Mädchen (4) war ganz allein. Holzwickede", True),
    ("Vater ist nicht da, die Mutter ist allein mit den Zwillingen (2), sie sucht eine "
     "Krabbelgruppe in Unna", False),
    ("Junge 6 spielt gern allein Lego, die Mama ist aber immer da. Gibt es eine Spielgruppe in "
     "Kamen?", False),
    ("Tochter 4 ist allein bei der Oma, die Eltern sind nicht da, weil sie arbeiten. "
     "Kinderbetreuung am Wochenende in Lünen?", False),
    # a young teenager with much older men
    ("Schülerin, 14, steigt nach der Schule zu deutlich älteren Männern ins Auto. Werne", True),
    ("Mädchen 13 verbringt die Wochenenden mit erwachsenen Typen am Kanal. Lünen", True),
    ("Tochter 14 singt im Chor mit älteren Männern, sucht noch ein Gesangsangebot in Unna",
     False),
    ("Sohn 15 spielt Skat mit älteren Männern aus der Gemeinde, Fröndenberg, Freizeit?", False),
    # a knife threat as one compound noun
    ("Polizei: zwei Kinder (4 und 7) erlebten gestern eine Messerbedrohung gegen ihre Mutter. "
     "Kamen", True),
    # telling news at home is no fear of home
    ("Schwangere 17 traut sich nicht, es zu Hause zu erzählen. Beratung in Bergkamen?", False),
    ("Junge 10 traut sich nicht mehr nach Hause zu gehen, Unna", True),
    # fear of school, exams or dogs is the child's anxiety
    ("Kind 7 hat große Angst vor der Schule und Bauchweh jeden Morgen, Unna", False),
    ("Mädchen 12 hat Angst vor Hunden und traut sich nicht mehr raus, Kamen", False),
]


@pytest.mark.parametrize(("text", "sign"), SIGNS)
def test_a_sign_puts_child_protection_first_and_a_look_alike_does_not(
    text: str, sign: bool, catalogue: Catalogue
) -> None:
    check_protection(text, catalogue, sign)


# (text, a topic that must be understood)
TOPICS: list[tuple[str, str]] = [
    ("Kind 7 hat große Angst vor der Schule und Bauchweh jeden Morgen, Unna",
     "psychische_gesundheit"),
    ("Junge 11 hat panische Angst vor Prüfungen, Lünen", "psychische_gesundheit"),
    ("Mädchen 9 braucht nach dem Tod der Oma therapeutische Begleitung, Selm",
     "psychische_gesundheit"),
    ("Junge 13, Schulverweigerer, therapeutische Hilfe dringend, Werne", "psychische_gesundheit"),
    ("Welche Eltern-Kind-Angebote gibt es in Bergkamen? Baby 8 Monate", "eltern_kind_gruppen"),
    ("Eltern Kind Kurs für Papa mit Tochter 2 in Unna?", "eltern_kind_gruppen"),
    # refusing food is the child's will, told in a subordinate clause
    ("Schülerin 15 hat mir gesagt, dass sie nicht mehr essen will, Bönen", "psychische_gesundheit"),
]


@pytest.mark.parametrize(("text", "topic"), TOPICS)
def test_the_need_told_in_everyday_words_is_understood(
    text: str, topic: str, catalogue: Catalogue
) -> None:
    assert topic in understand(text, catalogue).topics


@pytest.mark.parametrize("text", [
    "Kind 7 hat große Angst vor der Schule und Bauchweh jeden Morgen, Unna",
    "Schülerin 15 hat mir gesagt, dass sie nicht mehr essen will, Bönen",
])
def test_the_childs_own_fear_or_refusal_is_no_child_protection_topic(
    text: str, catalogue: Catalogue
) -> None:
    assert "kinderschutz" not in understand(text, catalogue).topics


# A sentence before the request about the writer's hours or a parent's age and job is context:
# the request reads as without it (requests written for this table).
CONTEXT_SENTENCES = [
    "Bin heute bis 15:45 erreichbar. ",
    "Die Mutter ist 38 und arbeitet Vollzeit. ",
    "Der Vater ist 52 und arbeitet im Schichtdienst. ",
]
REQUESTS = [
    "in der ogs haben wir zwei jungs aus der dritten die prügeln sich dauernd gibt es ein "
    "sozialtraining in kamen",
    "Drillinge 5 Monate, Mama komplett durch, wer kann zweimal die Woche helfen? Bönen",
    "Mädchen 4 spricht kaum, Sprachförderung in Werne?",
]


@pytest.mark.parametrize("context", CONTEXT_SENTENCES)
@pytest.mark.parametrize("text", REQUESTS)
def test_a_context_sentence_before_the_request_changes_nothing(
    catalogue: Catalogue, context: str, text: str
) -> None:
    alone, with_context = understand(text, catalogue), understand(context + text, catalogue)
    assert alone.topics, "the request names its need without the context sentence"
    assert (with_context.topics[:3], with_context.age, with_context.child_protection) == (
        alone.topics[:3], alone.age, alone.child_protection)


def test_boys_fighting_each_other_are_no_adult_violence(catalogue: Catalogue) -> None:
    request = understand("Der Vater ist 52. " + REQUESTS[0], catalogue)
    assert not request.child_protection
    assert request.topics[0] == "gewaltpraevention"


# A school class named like a paragraph of the SGB VIII is no § 8a or § 8b, and § 8a beside the
# words of child protection is no school class (no age of a 13-year-old for a Kita's question).
@pytest.mark.parametrize(("text", "protection_topic", "age_low"), [
    ("Schülerin aus der 8b (14) isst kaum noch, Kamen", False, 168),
    ("Klasse 8a, Junge 14 wird gemobbt, Unna", False, 168),
    ("Fachberatung nach 8a für unsere Kita in Selm gesucht", True, None),
    ("Wer ist insoweit erfahrene Fachkraft 8a für Tagesmütter in Werne?", True, None),
])  # fmt: skip
def test_a_class_named_8a_or_8b_and_the_paragraph_are_told_apart(
    catalogue: Catalogue, text: str, protection_topic: bool, age_low: int | None
) -> None:
    request = understand(text, catalogue)
    assert ("kinderschutz" in request.topics) is protection_topic
    if age_low is not None:
        assert request.age is not None and request.age.low == age_low
    else:  # the Kita's or the childminders' children, never a pupil of class 8
        assert request.age is None or request.age.high < 84


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Ferienfreizeit für 8–12-Jährige, 25 Kinder, 4 Tage, Zuschuss für arme Familien in Selm?",
     96, 155),
    ("Reiterhof-Woche für 9-Jährige, 12 Kids, 6 Tage, Bergkamen", 108, 119),
    ("Zwillinge 9 Tage alt, Hebamme gesucht in Kamen", 0, 0),
])  # fmt: skip
def test_days_after_a_group_of_older_children_are_the_trip_not_a_babys_age(
    catalogue: Catalogue, text: str, low: int, high: int
) -> None:
    age = understand(text, catalogue).age
    assert age is not None and (age.low, age.high) == (low, high)


@pytest.mark.parametrize(("text", "sender_topic", "need"), [
    ("Anfrage aus dem U25-Team: junge Mütter mit Babys wollen andere Mütter treffen, Kamen",
     "schule_beruf", "eltern_kind_gruppen"),
    ("Vom Familienbüro: Vater mit Sohn 7 sucht Nachhilfe in Lünen", "familienbuero_lotsen",
     "lernfoerderung"),
])  # fmt: skip
def test_a_heading_that_says_where_it_comes_from_is_the_writers_house(
    catalogue: Catalogue, text: str, sender_topic: str, need: str
) -> None:
    topics = understand(text, catalogue).topics
    assert need in topics[:2] and topics[0] != sender_topic
