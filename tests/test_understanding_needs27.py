"""Needs told in plain words, and whose they are (issue 8, session 27, needs27).

A parent's dementia, psychosis or low mood told by its signs, a parent's gambling, a sick parent
the child looks after: the family's burden, not the child's own condition. Children listed right
after a parent are that parent's, so the parent stays the one the words are about. Racism, a
baby who cannot be soothed, a family that needs someone over months, an internship at a firm,
nobody to step in for a single father, a teen who deals: each names its need without its
keyword. Sentences written for these tests (none from a labelled set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

BURDEN = "belastete_eltern"
MIND = "psychische_gesundheit"
VIOLENCE = "gewaltpraevention"
CRYING = "schreibaby_schlaf"
UPBRINGING = "hilfen_zur_erziehung"
WORK = "schule_beruf"
RELIEF = "alleinerziehende_entlastung"
ADDICTION = "medien_sucht"


@pytest.mark.parametrize(
    "text",
    [
        "Die Mutter (52) hat Alzheimer im Frühstadium, Tochter 13 kommt damit nicht klar. Werne",
        "Papa ist erst 50 und schon dement, der Sohn (12) zieht sich zurück. Gibt es was in Unna?",
        "Der Vater hört Stimmen und war schon zweimal in der Klinik, Sohn 11. Wer hilft in Kamen?",
        "Mutter (Kinder 3 und 9) liegt nur noch im Bett, seit Monaten. Was gibt es in Selm?",
        "Der Vater verzockt jeden Monat das Geld in der Spielhalle, Kinder 8 und 10. Lünen",
        "Tochter (12) kümmert sich jeden Tag um ihre kranke Mutter. Hilfe in Bergkamen?",
    ],
)
def test_a_parents_illness_told_by_its_signs_is_the_familys_burden(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.main_topics[:1] == (BURDEN,)


@pytest.mark.parametrize(
    "text",
    [
        "Sohn 15 liegt seit Wochen nur im Bett und redet mit keinem. Schwerte",
        "Tochter (16) hat aufgehört zu essen und findet alles sinnlos. Unna",
        "Azubi 17 fehlt seit Tagen, die Mutter sagt, er liegt nur im Bett. Kamen",
    ],
)
def test_the_same_signs_of_a_child_stay_the_childs_own(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert MIND in request.main_topics
    assert BURDEN not in request.main_topics


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Wir planen mit Klasse 8 (14 Jahre) einen Projekttag gegen Rassismus. Wer macht das "
         "in Kamen?", VIOLENCE),
        ("Jugendliche (15) machen fremdenfeindliche Sprüche im Bus. Gibt es Workshops in Lünen?",
         VIOLENCE),
        ("Säugling 6 Wochen brüllt jeden Abend stundenlang, nicht zu beruhigen. Bönen", CRYING),
        ("Familie mit Kindern 3 und 7 braucht jemanden, der sie dauerhaft begleitet und hilft, den "
         "Alltag zu strukturieren. Werne", UPBRINGING),
        ("Schüler (15) muss zwei Wochen in einen Betrieb und hat noch keine Bewerbung geschrieben. "
         "Schwerte", WORK),
        ("Vater allein mit den Kindern (5 und 8), arbeitet Nachtschicht, niemand kann einspringen. "
         "Holzwickede", RELIEF),
        ("Mein Sohn (16) dealt wohl in der Schule, er vertickt Zeug an Jüngere. Bergkamen",
         ADDICTION),
    ],
)
def test_a_need_told_without_its_keyword_is_found(
        catalogue: Catalogue, text: str, need: str) -> None:  # fmt: skip
    assert need in understand(text, catalogue).main_topics[:2]
