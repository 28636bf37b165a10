"""Whose age in a family that just changed (ages50).

A foster, adoptive or patchwork family is told with the children already there — the household's
own or biological children, step- and half-siblings, a new partner's baby — and those are the
family around the child asked about; a form's "Anliegen" names one child of its children field;
"beide", "für alle drei" ask for the span; help for the time the expected babies are there spans
the pregnancy and the born child. Read through the assistant: the age it understood, and that every
offer it stands behind takes a child of that age.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # the household's own children beside a foster or adopted child
    ("Pflegekind (2 Jahre) mit Entwicklungsverzögerung in einer Pflegefamilie in Werne. Die "
     "Familie hat zwei leibliche Kinder (10 und 13). Gesucht wird Frühförderung.", (24, 35)),
    ("Adoptivtochter (4) ist im Sommer zu uns gekommen, unsere leiblichen Söhne sind 9 und 12. "
     "Sie schläft sehr schlecht. Gibt es in Unna eine Beratung?", (48, 59)),
    ("Pflegefamilie in Selm-Bork nimmt ein Baby (6 Wochen) auf, die eigenen Kinder sind 5 und 7. "
     "Die Pflegemutter sucht eine Familienhebamme.", (1, 1)),
    ("In der Bereitschaftspflegefamilie in Lünen-Süd lebt ein Säugling (3 Monate); die "
     "Pflegeeltern haben selbst drei Kinder (4, 9, 14). Schreiambulanz?", (3, 3)),
    ("We just adopted a boy (5); our birth children are 12 and 15. He needs language support "
     "in Lünen.", (60, 71)),
    ("Verwandtenpflege: der Onkel hat den Neffen (12) aufgenommen, seine eigenen Töchter sind 3 "
     "und 5. Trauerbegleitung in Unna?", (144, 155)),
    # step-siblings and a new partner's children
    ("Stiefbruder 16 und Stiefschwester 12 sind zu uns gezogen, mein Sohn ist 7 und nässt "
     "seitdem wieder ein. Hilfe in Schwerte?", (84, 95)),
    ("wochenendpapa: vater hat jetzt neue partnerin mit baby (4 mon), seine tochter (6) ist alle "
     "2 wochenenden bei ihm und will nicht mehr kommen. umgangsberatung? vater wohnt in "
     "mühlhausen", (72, 83)),
    ("Mein Ex hat eine neue Freundin, die hat ein Baby (5 Monate). Unser Sohn (8) kommt völlig "
     "aufgelöst zurück. Bergkamen-Oberaden. Beratung?", (96, 107)),
    ("Nach der Hochzeit wohnen die zwei Kinder meines Mannes (11 und 13) bei uns, meine Tochter "
     "ist 4. Kitaplatz in Kamen-Heeren?", (48, 59)),
    # a form's Anliegen names one child of the children field
    ("Neuaufnahme | Kinder: Jonas geb. 2016, Lea geb. 2020 | Wohnort: 59425 Unna | Anliegen: "
     "Jonas ADHS-Diagnose vorhanden, Therapieplatz gesucht", (120, 131)),
    ("Aufnahme | Kinder: Emil (3), Ida (7) | Wohnort: Unna-Königsborn | Anliegen: Ida "
     "Lese-Rechtschreib-Schwäche", (84, 95)),
    ("Umzug nach Werne-Mitte | Kinder: Tom 5 J., Nele 10 J. | Anliegen: Tom Übergang "
     "Kita/Schule", (60, 71)),
    # help for the time the expected babies are there
    ("Die Mutter von Lena (2) erwartet im März Zwillinge. Sie sucht Familienpaten oder eine "
     "Haushaltshilfe, wenn die beiden da sind. Schwerte-Ergste.", (-9, 35)),
    # look-alikes: the other children are asked too
    ("Pflegekind (4) und die beiden leiblichen Kinder der Familie (6 und 8) – Ferienfreizeit "
     "für alle drei gesucht, Unna.", (48, 107)),
    ("Kinder: Jonas (8), Lea (5) | Wohnort Bergkamen | Anliegen: beide brauchen "
     "Sprachförderung", (60, 107)),
    ("Neue Partnerin mit Baby (5 Monate), seine Tochter (6): beide Kinder sollen in eine Gruppe "
     "in Kamen, wo der Vater mit beiden hingehen kann.", (5, 83)),
    ("Pflegemutter (52) mit Pflegekind 6 in Selm sucht Erziehungsberatung.", (72, 83)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_in_a_changed_family(assistant: Assistant, text: str,
                                 expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


def test_both_heading_a_sentence_asks_for_the_pair(assistant: Assistant) -> None:
    """"Beide nässen nachts ein, der Ältere schlägt …": the rank tells a detail, both are meant."""
    answer, _session = assistant.respond(
        "ein Geschwisterpaar (5 und 7) lebt seit drei Wochen in Verwandtenpflege in "
        "Fröndenberg-Dellwig. Beide nässen nachts ein, der Ältere schlägt seine Schwester. Wir "
        "suchen eine traumatherapeutische Begleitung.")
    age = answer.request.age
    assert age is not None and (age.low, age.high) == (60, 95)
