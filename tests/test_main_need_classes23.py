"""The main need read wrong (issue 8, session 23, needs23): each class of sentences in which the
need was taken from the wrong word, with sentences written for these tests (none from a labelled
set).

Classes: an English need word before a service head ("addiction counselling" is a Suchtberatung,
not family counselling); English drinking as German "Alkohol"; self-harm told by the cuts; the
parents asking counselling for themselves, which leads what their child only did; a need only a
far life phase has (a crying baby's sleep for a schoolchild) beside a description of this child's
own; and the limits that keep the named needs of earlier sets where they were.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand


def _main(catalogue: Catalogue, text: str) -> tuple[str, ...]:
    request = understand(text, catalogue)
    return request.main_topics or request.topics


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # an English head after a need word is that need's help
        ("Boy 15 was found drunk in the park, any addiction counselling in Kamen?", "medien_sucht"),
        ("girl, 16, smokes weed daily. drug counselling for teens near Unna?", "medien_sucht"),
        ("Teen, 17, alcohol poisoning on Saturday. Where can he get help in Werne?",
         "medien_sucht"),
        ("Our pupil (13) lost her brother. Is there grief counselling for kids in Selm?",
         "psychische_gesundheit"),
        # self-harm told by the cuts
        ("14 y/o, fresh cuts on her forearms, GP wants a follow-up near Lünen",
         "psychische_gesundheit"),
        ("boy 15 has been cutting himself, parents are worried. Schwerte", "psychische_gesundheit"),
        ("Pat. 16, Schnittwunden an beiden Unterarmen, ambulante Anbindung in Kamen gesucht",
         "psychische_gesundheit"),
        # the parents ask for themselves: counselling leads what the child did
        ("Sohn 13 beim Ladendiebstahl erwischt, die Eltern wollen Beratung. Unna",
         "erziehungsberatung"),
        ("12yo got caught shoplifting again and his parents want advice. Bergkamen",
         "erziehungsberatung"),
        ("Mutter völlig überfordert mit drei Kindern (Tochter 5). Elternberatung in Werne?",
         "erziehungsberatung"),
        # counselling asked for by its name leads the child's named trouble
        ("Erziehungsberatung gesucht, Sohn 6 hat heftige Wutanfälle. Werne", "erziehungsberatung"),
        ("Kind 4 schielt, Pflaster klappt nicht, Mutter am Ende. Elternberatung? Bergkamen",
         "erziehungsberatung"),
        # a far life phase's need beside this child's own picture
        ("Kind 7 hat große Ängste und schläft schlecht seit dem Umzug. Lünen",
         "psychische_gesundheit"),
        ("Schulkind 8 mit Schlafproblemen und großer Angst, Eltern suchen Hilfe. Kamen",
         "psychische_gesundheit"),
    ],
)
def test_the_main_need_is_read_from_the_right_word(catalogue: Catalogue, text: str,
                                                   first: str) -> None:  # fmt: skip
    assert _main(catalogue, text)[0] == first


@pytest.mark.parametrize(
    ("text", "first", "absent"),
    [
        # the named need of the child comes first; counselling for the parents joins after it
        ("Tochter 15 kifft jeden Tag, die Eltern wollen Beratung. Kamen", "medien_sucht", ""),
        ("Sohn 16 kifft jeden Tag. Gibt es Beratung für die Eltern in Unna?", "medien_sucht", ""),
        # plain advice with a need word beside it is that need's own
        ("Sohn 9 zockt nächtelang, die Eltern wollen Beratung zu Medien. Unna", "medien_sucht",
         "erziehungsberatung"),
        # an English service head that names no kind of counselling changes nothing
        ("Girl 14 has panic attacks. Is there a therapy group for teens in Unna?",
         "psychische_gesundheit", "kindergesundheit"),
        ("Girl 14 self-harming. Is there a youth mental health service in Unna?",
         "psychische_gesundheit", "kindergesundheit"),
        # a parent the young person talks to is no parent asking for counselling
        ("junge 14 traut sich nicht mit den eltern zu reden queere gruppe oder beratung werne",
         "sexualpaedagogik", "erziehungsberatung"),
        # who the family is ranks after the counselling asked
        ("Pflegesohn 9 hat heftige Wutanfälle, Pflegeeltern in Lünen suchen Beratung",
         "elternkurse", ""),
        # a service asked by its name stays the need, an honest gap where nothing fits
        ("Elternkurs für Eltern von Teenagern, Sohn 16, knallt nur noch Türen. Bergkamen",
         "elternkurse", "erziehungsberatung"),
        # a neighbouring phase's need may still be this child's: stuttering at eleven
        ("Kind 11 stottert stark, wird gehänselt. Logopädie in Unna?", "sprachfoerderung",
         "gewaltpraevention"),
    ],
)
def test_what_stays_as_it_was(catalogue: Catalogue, text: str, first: str, absent: str) -> None:
    main = _main(catalogue, text)
    assert main[0] == first
    assert absent not in main


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Teen 16, alcohol intoxication last night. Youth addiction counselling in Lünen?",
         "medien_sucht"),
        ("Junge 12 beim Ladendiebstahl erwischt, Mutter möchte Beratung, wie sie reagieren soll. "
         "Unna", "erziehungsberatung"),
        ("Kind (6) hat seit Wochen massive Ängste und schläft total schlecht. Schwerte",
         "psychische_gesundheit"),
    ],
)
def test_the_first_offer_meets_the_need(catalogue: Catalogue, text: str, topic: str) -> None:
    request = understand(text, catalogue)
    answer = match(request, catalogue)
    assert not answer.gap
    assert topic in answer.offers[0].offer.topics


def test_who_cares_ranks_after_the_counselling_asked(catalogue: Catalogue) -> None:
    text = "Pflegesohn 9 hat heftige Wutanfälle, Pflegeeltern in Lünen suchen Beratung"
    assert _main(catalogue, text)[:2] == ("elternkurse", "erziehungsberatung")
