"""Needs told as everyday stories (issue 8, session 18, needs18): each class of story a family or a
professional tells instead of naming the service, with sentences written for these tests (none
from a labelled set), and look-alikes that must keep their reading.

Classes: eating disorders told as behaviour; gaming hours; children fighting as a group and staff
trained in de-escalation; a baby's or child's feeding trouble; a parent ill or in withdrawal
while others carry the family; finding a paediatrician after a move; a playgroup for a
childminder or a parent who wants to get out; how to tell a child about a death; whom "Beratung
für die Familie" is for; honest answers (a drinking teenager has offers, a baby question in a
language no offer is held in is a gap).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand


def _main(catalogue: Catalogue, text: str) -> tuple[str, ...]:
    request = understand(text, catalogue)
    return request.main_topics or request.topics[:1]


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # eating disorders told as behaviour, beside a generic "Anlaufstelle"
        ("Unsere Tochter (16) isst nur noch Salat, macht jeden Abend zwei Stunden Sport und hat "
         "stark abgenommen. Wir suchen eine Anlaufstelle in Schwerte.", "psychische_gesundheit"),
        ("Junge 14 zählt Kalorien und ist nur noch Haut und Knochen. Anlaufstelle in Kamen?",
         "psychische_gesundheit"),
        ("Schülerin 15 treibt exzessiv Sport und wiegt sich ständig, die Eltern machen sich "
         "Sorgen. Werne", "psychische_gesundheit"),
        # gaming hours and consoles by their names
        ("Sohn 12 sitzt jeden Tag fünf Stunden an der Playstation. Wer berät uns in Bergkamen?",
         "medien_sucht"),
        ("Unser Großer (14) spielt Minecraft bis tief in die Nacht und verschläft die Schule. "
         "Lünen", "medien_sucht"),
        ("Mädchen 11 hängt nur noch am Handy, sobald sie aus der Schule kommt. Unna",
         "medien_sucht"),
        # children who fight as a group; staff trained in de-escalation
        ("In der vierten Klasse hauen sich ein paar Jungs jede Pause. Gibt es ein Projekt dazu? "
         "Bönen", "gewaltpraevention"),
        ("Die Geschwister (8 und 10) sollen lernen, fair zu streiten statt sich zu prügeln. Selm",
         "gewaltpraevention"),
        ("Unser Kita-Team sucht eine Schulung zu Deeskalation und herausforderndem Verhalten. "
         "Holzwickede", "gewaltpraevention"),
        # a child's feeding trouble
        ("Baby (6 months) refuses the bottle and is losing weight, the parents are worried. Unna",
         "schreibaby_schlaf"),
        ("Mädchen 4 hat eine Schluckstörung und isst nur Brei. Kamen", "kindergesundheit"),
        # a parent ill or in withdrawal while others carry the family
        ("Kind 3, die Mutter hat Brustkrebs und ist in der Chemo, der Vater ist allein mit allem. "
         "Wer hilft in Unna?", "belastete_eltern"),
        ("Enkelin (8) lebt bei mir, weil mein Sohn in der Entzugsklinik ist. Was gibt es in "
         "Lünen?", "belastete_eltern"),
        # a paediatrician after a move: the doctor, not migration
        ("We just moved to Kamen and need a pediatrician for our son (3). Where do we start?",
         "kindergesundheit"),
        ("Neu in Werne, Kind 2, wir suchen dringend einen neuen Kinderarzt.", "kindergesundheit"),
        # a playgroup for a childminder who goes with her children
        ("Tagesmütter aus Unna suchen einen Treffpunkt, wo sie mit den Tageskindern (2) "
         "hingehen können.", "eltern_kind_gruppen"),
        ("Mama mit Baby (4 Monate) möchte mal unter Leute, andere Mamas kennenlernen. Bönen",
         "eltern_kind_gruppen"),
        # how to tell a child about a death
        ("Die Oma ist gestorben. Wie erkläre ich das meinem Sohn (6)? Schwerte",
         "erziehungsberatung"),
        ("Wie sage ich meiner Tochter (5), dass ihr Papa tot ist? Selm", "erziehungsberatung"),
        ("Unsere Katze ist überfahren worden, wie redet man mit Kindern (4 und 7) über den Tod? "
         "Kamen", "erziehungsberatung"),
    ],
)
def test_a_story_names_its_need_first(catalogue: Catalogue, text: str, need: str) -> None:
    """The need the story tells is what the family is helped with first."""
    assert _main(catalogue, text)[0] == need


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # a childminder asked for is childcare
        ("Suche eine Tagesmutter für meine Tochter (1) in Kamen, ich fange wieder an zu arbeiten.",
         "kita_betreuung"),
        # a doctor who finds nothing is no doctor search
        ("Baby 3 Monate schreit jeden Abend, der Kinderarzt findet nichts. Unna",
         "schreibaby_schlaf"),
        # "ab August nehmen wir … auf" is no weight loss
        ("Ab August nehmen wir zwei Kinder (3 und 4) aus Syrien auf. Gibt es Sprachförderung in "
         "Selm?", "sprachfoerderung"),
        # a teenager in withdrawal is the teenager's own use
        ("Tochter 17 ist seit einer Woche in der Entzugsklinik. Beratung für uns Eltern in "
         "Unna?", "medien_sucht"),
        # a place to turn to names no need of its own; beside none it stays the family office
        ("Wir sind neu in Kamen mit Baby (3 Monate). Gibt es eine Anlaufstelle für Familien?",
         "familienbuero_lotsen"),
        # "Beratung für die Familie" alone is family counselling
        ("Gibt es eine Beratung für die Familie in Lünen? Sohn 9", "erziehungsberatung"),
    ],
)
def test_look_alikes_keep_their_reading(catalogue: Catalogue, text: str, need: str) -> None:
    """Words of the classes above must not pull look-alike requests away from their need."""
    assert need in _main(catalogue, text)


def test_counselling_for_the_family_ranks_after_the_need_told(catalogue: Catalogue) -> None:
    """"Beratung für die Familie" says whom the help is for: the gaming is the need."""
    request = understand("Sohn 13 zockt jede Nacht bis 4 Uhr. Gibt es eine Beratung für die "
                         "Familie in Kamen?", catalogue)  # fmt: skip
    assert request.topics[0] == "medien_sucht"


@pytest.mark.parametrize(
    "text",
    [
        "Sohn 16 wurde mit 1,8 Promille ins Krankenhaus gebracht. Die Eltern suchen Beratung. Unna",
        "Tochter 15 nach Alkoholvergiftung auf Station, Eltern brauchen Rat. Kamen",
    ],
)
def test_a_drinking_teenager_is_no_gap(catalogue: Catalogue, text: str) -> None:
    """Words of the ward ("Promille", "Alkoholvergiftung") are understood: substance-use
    counselling is offered, not an honest gap for an unknown word."""
    answer = match(understand(text, catalogue), catalogue)
    assert not answer.request.need_unexplained
    assert answer.gap is None
    assert any("medien_sucht" in hit.offer.topics for hit in answer.offers)


@pytest.mark.parametrize(
    "text",
    [
        "Mutter aus Afghanistan spricht nur Dari, Baby 5 Wochen, sie hat Fragen rund ums Baby. "
        "Gibt es jemanden in ihrer Sprache in Bönen?",
        "Familie aus Eritrea, Baby 2 Monate, Mama hat Fragen zum Baby und spricht Tigrinya. "
        "Beratung auf Tigrinya in Werne?",
    ],
)
def test_baby_questions_in_a_language_no_offer_speaks_are_a_gap(catalogue: Catalogue, text: str
                                                                ) -> None:  # fmt: skip
    """The need is the baby's first months, not migration advice: where no offer is held in the
    language, the answer says so instead of presenting migration offers as fitting."""
    answer = match(understand(text, catalogue), catalogue)
    assert answer.request.topics[0] == "fruehe_hilfen"
    assert "migration_integration" not in answer.request.main_topics
    assert answer.is_gap
    assert not answer.offers


@pytest.mark.parametrize(
    "text",
    [
        "Die Mama (Kind 4) ist in der Psychiatrie, der Papa steht allein da mit drei Kindern. "
        "Wer hilft in Bergkamen?",
        "Mutter hat Leukämie, der Vater ist allein mit den Kindern (3 und 6). Kamen",
    ],
)
def test_the_carer_left_alone_needs_relief_beside_the_parents_burden(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    """A parent ill, in a clinic or in prison is the family's burden; the other parent left to
    carry the children alone needs relief too, whatever prescription or service the story also
    names (a grandparent who carries them: `test_understanding_topic_kinship24`)."""
    topics = understand(text, catalogue).topics
    assert {"belastete_eltern", "alleinerziehende_entlastung"} <= set(topics)
