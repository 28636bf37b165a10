"""A young person's own situation words (issue 8, stop 34, young37).

A minor who cannot live at home now is the youth office's as well as the young adults' (the
Jugendamt's help for upbringing serves until 18, the young adults' offers mostly start there); a
request that looks past the 18th birthday, and a young adult's, stay the young adults' alone.
"allein" said of a teenager is no single parent's strain. Offence words ("Drogenbesitz",
"Verhandlung") are the story, never a need nobody explains. Sentences written for these tests (none
from a labelled set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand

YOUNG = "junge_volljaehrige"
UPBRINGING = "hilfen_zur_erziehung"
SINGLE = "alleinerziehende_entlastung"
ADDICTION = "medien_sucht"


@pytest.mark.parametrize(
    "text",
    [
        "Schülerin 17 ist seit Sonntag zuhause rausgeflogen und pennt bei ihrer Tante. "
        "Jugendwohnen in Bergkamen?",
        "Azubi, 16, schläft mal hier mal da, der Vater hat ihn vor die Tür gesetzt. Unna",
        "hab nen 17jährigen der seit ner woche im auto pennt, notschlafstelle in kamen?",
        "Jugendliche 16 will nach dem ständigen Streit ausziehen, betreutes Wohnen in Werne?",
        "Our apprentice (17) was kicked out by his parents last week. Supported housing in Lünen?",
    ],
)
def test_a_minor_without_a_home_asks_the_youth_office_too(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert UPBRINGING in (request.main_topics or request.topics)
    assert request.age is not None and request.age.high < 216


@pytest.mark.parametrize(
    "text",
    [
        "Pflegetochter wird im Mai 18, dann endet die Hilfe. Wer begleitet beim Auszug in Lünen?",
        "Jugendlicher 17 in der Wohngruppe, will mit 18 ausziehen, Care-Leaver-Beratung in Unna?",
    ],
)
def test_leaving_care_at_18_stays_the_young_adults_need(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert request.main_topics[:1] == (YOUNG,)


@pytest.mark.parametrize(
    "text",
    [
        "Junger Mann 19, von der Mutter rausgeschmissen, pennt bei Kumpels. "
        "Betreutes Wohnen in Unna?",
        "Kundin 20 schläft seit drei Wochen mal hier mal da. Hilfe für junge Erwachsene in Kamen?",
    ],
)
def test_a_young_adult_without_a_home_asks_the_young_adults_help(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert YOUNG in request.main_topics
    assert UPBRINGING not in request.topics


def test_a_thrown_out_minor_in_a_town_without_youth_housing_is_no_gap(
        catalogue: Catalogue) -> None:  # fmt: skip
    # Selm has no youth housing, but its ASD serves a 17-year-old: an offer, not a gap
    answer = match(understand(
        "Jugendlicher 17 ist zuhause rausgeflogen, pennt bei Freunden. Notunterkunft in Selm?",
        catalogue), catalogue)  # fmt: skip
    assert answer.gap is None
    assert any(UPBRINGING in hit.offer.topics for hit in answer.offers[:3])


def test_a_baby_in_a_shelter_is_no_young_persons_home(catalogue: Catalogue) -> None:
    request = understand("Notunterkunft Kamen: Mutter mit Baby (4 Monate) nach einem Brand, "
                         "braucht Unterstützung", catalogue)  # fmt: skip
    assert YOUNG not in request.topics


@pytest.mark.parametrize(
    "text",
    [
        "Mädchen 16 möchte zur Verhütungsberatung, aber so, dass sie alleine hingehen kann. Bönen",
        "Junge 15 kommt immer allein zum Training, hat kaum Freunde. "
        "Gibt es einen Jugendtreff in Holzwickede?",
        "Care Leaver 19 wohnt jetzt allein und schafft die Post nicht. Begleitung in Lünen?",
    ],
)
def test_alone_said_of_a_young_person_is_no_single_parent(catalogue: Catalogue, text: str) -> None:
    assert SINGLE not in understand(text, catalogue).topics


def test_a_mother_alone_with_young_children_still_is(catalogue: Catalogue) -> None:
    request = understand("Mutter ist allein mit den Kindern (4 und 6), völlig erschöpft. Kamen",
                         catalogue)  # fmt: skip
    assert SINGLE in request.topics


@pytest.mark.parametrize(
    "text",
    [
        "Heranwachsender 19 wegen Cannabisbesitz aufgefallen, will selbst Hilfe. Schwerte",
        "Jugendliche 16, Alkoholkonsum seit Monaten, Eltern ratlos. Beratung in Unna?",
        "BtM-Verstoß, Jugendlicher 17, Verhandlung im März. Suchtberatung in Lünen?",
    ],
)
def test_offence_words_name_no_unknown_need(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert ADDICTION in request.topics
    assert not request.need_unexplained


BURDEN = "belastete_eltern"


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Tochter 14 zockt die Nächte durch. Die Mutter fragt, ob es was gegen Spielsucht gibt. "
         "Unna", ADDICTION),
        ("Sohn 16, der Vater sucht Beratung wegen Cannabis. Lünen", ADDICTION),
        ("Schülerin 15 hungert sich runter, die Mutter möchte Hilfe bei Essstörung und Depression. "
         "Kamen", "psychische_gesundheit"),
    ],
)
def test_a_parent_who_asks_about_a_teenagers_addiction_does_not_own_it(
        catalogue: Catalogue, text: str, own: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert own in request.main_topics
    assert BURDEN not in request.topics


@pytest.mark.parametrize(
    "text",
    [
        "Sohn 15, die Mutter sucht Hilfe wegen ihrer Alkoholsucht. Bergkamen",
        "Baby 4 Monate, die Mutter sucht Hilfe wegen Depression. Kamen",
        "Tochter 14, der Vater trinkt, die Mutter fragt nach Unterstützung. Werne",
    ],
)
def test_a_parents_own_illness_stays_the_familys_burden(catalogue: Catalogue, text: str) -> None:
    assert BURDEN in understand(text, catalogue).topics


@pytest.mark.parametrize(
    "text",
    [
        "Sie ist 16 und Teenie-Mama, das Baby ist 4 Monate. Unterstützung in Werne?",
        "Minderjährige Eltern (15 und 17), Säugling 7 Wochen, Holzwickede. Wer kann helfen?",
        "Gibt es in Bönen etwas für so junge Eltern? Kind 3 Monate, beide noch Schüler.",
    ],
)
def test_teenage_parents_of_a_baby_ask_for_early_help(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert request.age is not None and request.age.high < 12
    assert "fruehe_hilfen" in request.main_topics
