"""The need asked for ranks before what describes the child (issue 8, session 29, topics29).

Professionals introduce a child by its condition ("im Rollstuhl", "Asperger", "mit
Down-Syndrom") and then say what it needs; the condition is who the child is and follows the
need. Bullying in a chat is cyberbullying, violence prevention first and media prevention beside
it. "Nach der Schule" is the afternoon after lessons, not what comes after school. A school child
alone in the afternoons who wants somewhere to go asks for a youth club; a parent who moved out
is the parents' separation; a babysitter relieves a parent and says nothing of the child's age.
Sentences written for these tests (none from a labelled set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

DISABILITY = "inklusion_behinderung"
VIOLENCE = "gewaltpraevention"
MEDIA = "medien_sucht"
YOUTH = "offene_jugendarbeit"
LEISURE = "freizeit_sport_kultur"
COUNSEL = "erziehungsberatung"
WORK = "schule_beruf"
AFTER_SCHOOL = "ogs_ganztag"
RELIEF = "alleinerziehende_entlastung"
CHILDCARE = "kita_betreuung"


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Junge 13 im Rollstuhl wird in der Klasse ständig ausgelacht und geschubst. Was gibt es "
         "in Kamen?", VIOLENCE),
        ("Tochter 10, Autistin, wird von zwei Mitschülerinnen gemobbt. Hilfe in Lünen?", VIOLENCE),
        ("Mädchen 7 mit Down-Syndrom, die Eltern suchen einen Sportverein für sie. Werne", LEISURE),
        ("Junge 11, Epilepsie, gut eingestellt, wird auf dem Schulhof verprügelt. Bergkamen",
         VIOLENCE),
    ],
)
def test_a_childs_condition_told_as_who_it_is_follows_the_need(
        catalogue: Catalogue, text: str, need: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.topics[0] == need
    assert request.main_topics[0] == need  # the condition may follow it, for inclusive offers


@pytest.mark.parametrize(
    "text",
    [
        "Gibt es in Schwerte eine Freizeitgruppe für Jugendliche mit Autismus?",
        "Kind 4, Verdacht auf Autismus, wo kann das abgeklärt werden? Kamen",
        "Junge 9, Rollstuhlfahrer, was gibt es für ihn in Holzwickede?",
        # a help named only as a compound's part may be the condition's own kind
        "Tochter 4 hat ein Cochlea-Implantat, die Eltern suchen einen Gebärdensprachkurs. Unna",
    ],
)
def test_a_condition_asked_about_or_alone_stays_the_need(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert DISABILITY in request.main_topics


@pytest.mark.parametrize(
    "text",
    [
        "Tochter 13 wird im Klassenchat beleidigt, jemand postet Fotos von ihr. Unna",
        "Sohn 12 wird auf Instagram fertiggemacht. Gibt es Beratung in Kamen?",
        "Schülerin (14) wird in der WhatsApp-Gruppe gemobbt. Lünen",
    ],
)
def test_bullying_in_a_chat_is_violence_and_media_prevention(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.topics[:2] == (VIOLENCE, MEDIA)


def test_bullying_at_school_without_a_chat_is_no_media_matter(catalogue: Catalogue) -> None:
    request = understand("Sohn 9 wird in der Pause gemobbt. Hilfe in Unna?", catalogue)
    assert request.topics[0] == VIOLENCE
    assert MEDIA not in request.topics


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Junge 12 ist nach der Schule immer allein, die Eltern arbeiten lange. Wo kann er "
         "nachmittags hin? Kamen", YOUTH),
        ("Tochter 14 ist nach der Schule oft allein zu Hause, gibt es was, wo sie nachmittags hin "
         "kann? Lünen", YOUTH),
        ("Kind 7 ist nach der Schule allein, Mutter arbeitet bis 17 Uhr. Betreuung in Werne?",
         AFTER_SCHOOL),
        ("Schüler 16 weiß nicht, was er nach der Schule machen soll. Bergkamen", WORK),
    ],
)
def test_after_school_is_the_afternoon_unless_what_comes_after(
        catalogue: Catalogue, text: str, need: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.topics[0] == need


@pytest.mark.parametrize(
    "text",
    [
        "Der Papa ist vor zwei Wochen ausgezogen, Tochter 6 weint jeden Abend. Beratung in Unna?",
        "Seit die Mutter ausgezogen ist, ist Sohn 10 sehr still. Wer hilft in Selm?",
    ],
)
def test_a_parent_who_moved_out_is_the_separation(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert request.topics[0] == COUNSEL


def test_a_young_adult_moving_out_is_no_separation(catalogue: Catalogue) -> None:
    request = understand("Sohn 19 will ausziehen und braucht Hilfe mit der Wohnung. Kamen",
                         catalogue)
    assert COUNSEL not in request.topics


@pytest.mark.parametrize(
    "text",
    [
        "Mutter von zwei Kindern ist am Ende, braucht mal einen Babysitter. Bönen",
        "Alleinerziehende sucht Babysitter für abends, Sohn 9. Schwerte",
    ],
)
def test_a_babysitter_relieves_a_parent_of_a_child_of_any_age(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.topics[0] == RELIEF
    assert request.age is None or request.age.low >= 12
