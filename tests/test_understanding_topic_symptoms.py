"""Classes of need sentences found by the `needs3` set (tests/data/needs3): needs described by
their symptoms, by identity words, by a verb or a female person noun, and words that only look
like a need. Each class is held by sentences of its own; none is a sentence of an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


def _topics(catalogue: Catalogue, text: str) -> tuple[str, ...]:
    return understand(text, catalogue).topics


# -- "sucht" as a verb joins no compound: "sucht Beratung" is no Suchtberatung -----------

@pytest.mark.parametrize(
    "text",
    [
        "Jugendliche 16, sucht Beratung. Unna",
        "Schüler 15 sucht Beratung wegen Mobbing, Kamen",
        "Mädchen 14 sucht Hilfe, weil sie gemobbt wird. Lünen",
        "Azubi 17 sucht Beratung zur Ausbildung, Bergkamen",
    ],
)
def test_searching_is_no_addiction(catalogue: Catalogue, text: str) -> None:
    assert "medien_sucht" not in _topics(catalogue, text)


def test_a_capitalised_sucht_still_names_addiction(catalogue: Catalogue) -> None:
    assert "medien_sucht" in _topics(catalogue, "Jugendlicher 16, Sucht Beratung gesucht. Unna")


# -- sexual orientation and gender identity are sexual education -----------------------

@pytest.mark.parametrize(
    "text",
    [
        "Junge 15 hat sich als schwul geoutet, Eltern kommen nicht klar. Kamen",
        "Schülerin 14 ist lesbisch und wird deswegen ausgelacht, Gruppe in Unna?",
        "Jugendliche 16 fühlt sich nicht-binär, wo Beratung? Lünen",
        "Teenie 15 ist bisexuell, sucht andere Jugendliche zum Austausch, Bergkamen",
    ],
)
def test_orientation_and_identity_are_sexual_education(catalogue: Catalogue, text: str) -> None:
    assert "sexualpaedagogik" in _topics(catalogue, text)


# -- an eating disorder and attention problems told as symptoms ---------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Tochter 13 verweigert das Essen seit Wochen, Unna",
        "Mädchen 15 hungert sich runter, Eltern in Sorge. Kamen",
        "Sohn 14 erbricht heimlich nach jeder Mahlzeit, Lünen",
    ],
)
def test_eating_disorder_symptoms_are_mental_health(catalogue: Catalogue, text: str) -> None:
    assert _topics(catalogue, text)[0] == "psychische_gesundheit"


@pytest.mark.parametrize(
    "text",
    [
        "Kind 8 zappelt den ganzen Tag, Lehrerin genervt. Werne",
        "Junge 9 ist total unruhig und kann sich nicht konzentrieren, Bergkamen",
        "Tochter 11 vergisst alles, unkonzentriert in der Schule. Unna",
    ],
)
def test_attention_symptoms_are_mental_health_or_learning(catalogue: Catalogue,
                                                           text: str) -> None:  # fmt: skip
    topics = _topics(catalogue, text)
    assert set(topics[:2]) & {"psychische_gesundheit", "lernfoerderung"}


# -- a baby's feeding trouble by its symptoms, and feeding as a service word ----------------

@pytest.mark.parametrize(
    "text",
    [
        "Baby 8 Monate spuckt alles wieder aus und isst keinen Brei, Kamen",
        "Säugling 5 Mon. trinkt kaum aus der Flasche, Unna",
        "Kind 10 Monate isst kaum, Eltern verzweifelt. Lünen",
        "Fütterberatung für Baby 7 Monate in Bergkamen?",
    ],
)
def test_a_babys_feeding_trouble_is_feeding_help(catalogue: Catalogue, text: str) -> None:
    assert _topics(catalogue, text)[0] == "schreibaby_schlaf"


def test_eating_words_for_a_teen_are_no_feeding_help(catalogue: Catalogue) -> None:
    assert "schreibaby_schlaf" not in _topics(catalogue, "Tochter 15 isst kaum noch, Unna")


# -- motor clumsiness is early support --------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Kind 4 ist sehr ungeschickt, stolpert ständig. Unna",
        "Junge 3 fällt ständig hin und läuft unsicher, Kamen",
        "Mädchen 5 kann den Stift nicht richtig halten, Schere klappt nicht. Bergkamen",
    ],
)
def test_motor_clumsiness_is_early_support(catalogue: Catalogue, text: str) -> None:
    assert "fruehfoerderung" in _topics(catalogue, text)[:2]


# -- bringing a child up, said as a verb ----------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Eltern wollen lernen, wie man Kinder ohne Anschreien erzieht. Kind 4, Unna",
        "Vater fragt, wie er seinen Sohn 6 besser erziehen kann, Kamen",
        "Mutter möchte ohne Schreien erziehen, Tochter 3, Lünen",
    ],
)
def test_bringing_up_as_a_verb_is_a_parenting_course(catalogue: Catalogue, text: str) -> None:
    assert "elternkurse" in _topics(catalogue, text)


# -- a parent in prison is the family's burden --------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Mutter sitzt im Gefängnis, Tochter 9 lebt bei der Oma. Unna",
        "Papa ist im Knast, Sohn 11 redet mit niemandem. Kamen",
        "Angebote für Kinder inhaftierter Eltern? Junge 10, Lünen",
    ],
)
def test_a_parent_in_prison_is_the_familys_burden(catalogue: Catalogue, text: str) -> None:
    assert "belastete_eltern" in _topics(catalogue, text)


# -- a female person noun is the vocabulary's masculine one -------------------------------

@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Care Leaverin 19 braucht Hilfe beim Auszug, Unna", "junge_volljaehrige"),
        ("Care Leaverinnen 18-20 suchen Austausch, Unna", "junge_volljaehrige"),
        ("Gibt es eine Streetworkerin für Mädchen 15 in Kamen?", "offene_jugendarbeit"),
    ],
)
def test_female_person_nouns_name_the_same_need(catalogue: Catalogue, text: str,
                                                topic: str) -> None:  # fmt: skip
    assert topic in _topics(catalogue, text)


_NOT_NEEDS = {"psychische_gesundheit", "kinderschutz"}


# -- the mode of a service (ambulant, stationär) names no need --------------------------------

@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Kind 4, Familie sucht Hilfe ambulant. Kreis Unna", _NOT_NEEDS),
        ("Kind 7 braucht Förderung, gern ambulant, Kamen", _NOT_NEEDS),
        ("Ambulante Hilfe für Familie mit Kind 6, Kamen", _NOT_NEEDS),
    ],
)
def test_a_service_mode_names_no_need(catalogue: Catalogue, text: str, wrong: set[str]) -> None:
    assert not set(_topics(catalogue, text)) & wrong


# -- prevention of abuse as schools and Kitas name it is child protection ---------------------

@pytest.mark.parametrize(
    "text",
    [
        "Präventionsprojekt Mein Körper gehört mir für Klasse 2, Kamen",
        "Kurs, in dem Kinder lernen Nein zu sagen, Kinder 5, Unna",
        "Fortbildung zu Grenzverletzungen unter Kita-Kindern, Lünen",
    ],
)
def test_abuse_prevention_is_child_protection(catalogue: Catalogue, text: str) -> None:
    assert "kinderschutz" in _topics(catalogue, text)


# -- a serious illness: the child's is inclusion, a parent's is the family's burden -----------

@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Tochter 9 schwer krank und pflegebedürftig, Kamen", "inklusion_behinderung"),
        ("Junge 6 chronisch krank, Eltern brauchen Rat, Unna", "inklusion_behinderung"),
        ("Vater ist schwer krank, Kinder 8 und 10, Unna", "belastete_eltern"),
        ("Mutter chronisch krank, Sohn 12 pflegt sie, Lünen", "belastete_eltern"),
    ],
)
def test_whose_serious_illness(catalogue: Catalogue, text: str, topic: str) -> None:
    assert _topics(catalogue, text)[0] == topic
