"""Which place the help is needed in, as session 39's fresh set showed it misread
(`tests/data/places39/`).

A move names the family's next home, also when it lies outside the Kreis: the offers of the town
it leaves would be shown as fitting a family no offer will serve. A move dated later while help is
wanted now keeps the present home. A home outside the Kreis told beside the writer's practice, the
child's school or the parents' workplace in the Kreis is the family's place, and a verb of travel
only moves a place when it stands in that place's own clause.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import OUTSIDE
from bot.understanding.places import resolve_place


@pytest.mark.parametrize(("text", "expected"), [
    # a move out of the Kreis: the new home is outside
    ("Familie zieht Ende des Monats von Kamen nach Dortmund-Scharnhorst. Tochter 3.", OUTSIDE),
    ("Die Familie ist aus Bergkamen nach Hamm gezogen, Sohn 6 braucht OGS", OUTSIDE),
    ("Familie zieht wegen Miete nach Dortmund-Aplerbeck, Tochter 4", OUTSIDE),
    # into the Kreis: the destination, whatever the next sentence's verbs ("geht")
    ("Eine Familie zieht zum 1. Januar aus Dortmund-Scharnhorst nach Fröndenberg-Ardey. Der "
     "Sohn geht in die 2. Klasse. Mit freundlichen Grüßen, Kreis Unna", "froendenberg-ardey"),
    ("Wohnt noch in Dortmund-Hörde, zieht nächsten Monat nach Holzwickede.", "holzwickede"),
    # a move dated later while help is wanted now: the present home
    ("Familie wohnt noch in Unna-Massen, der Umzug nach Hamm ist erst im Sommer. Sie brauchen "
     "jetzt Hilfe.", "unna-massen"),
    ("Familie wohnt in Lünen-Süd, Umzug nach Selm erst im Herbst, jetzt brauchen sie eine "
     "Beratung", "luenen-sued"),
    ("Familie zieht im März von Unna nach Iserlohn, Kind 5, braucht bis dahin noch "
     "Sprachförderung", "unna"),
    # a move without the child: a relative's, an ex-partner's, one parent's in a separation
    ("Eltern trennen sich gerade, Kind klammert sehr. Trennungsberatung in Holzwickede? Papa "
     "zieht nach Dortmund.", "holzwickede"),
    ("Eltern getrennt, Vater ist nach Hamm gezogen, Sohn 9 lebt bei Mutter in Unna", "unna"),
    ("Oma zieht nach Werl, die Mutter in Kamen braucht jetzt Betreuung für den Sohn (2)", "kamen"),
    ("Nach der Scheidung zieht die KM nach Dortmund, die Kinder bleiben beim Vater in Selm",
     "selm"),
    # ... but one parent who takes the children, or with no separation told, moves the family
    ("Nach der Trennung zieht die Mutter mit den Kindern von Kamen nach Dortmund", OUTSIDE),
    ("Mutter zieht nächsten Monat von Unna nach Dortmund, Sohn 5, sucht Kita", OUTSIDE),
    # travel, not a move, in the place's own clause
    ("Kita in Heil gesucht, weil die Eltern nicht jeden Tag bis Rünthe fahren wollen",
     "bergkamen-heil"),
])
def test_a_move_names_the_next_home(catalogue: Catalogue, text: str, expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Familie wohnt in Hamm-Bockum-Hövel, Kind 2, die Eltern arbeiten in Bergkamen", OUTSIDE),
    ("Schwangere, 17, wohnt in Iserlohn, ist bei uns in der Praxis in Schwerte.", OUTSIDE),
    ("Junge 15 aus Dortmund-Brackel, geht aufs Berufskolleg in Unna, sucht Ausbildung", OUTSIDE),
    ("Familie wohnt in Hamm, nur Oma wohnt in Bergkamen.", OUTSIDE),
    # near misses: a place of the Kreis asked about, lived in or merely named stays
    ("Familie wohnt in Dortmund, sucht eine Kita in Kamen", "kamen"),
    ("Arbeitet in Dortmund, wohnt in Methler, Kind 4", "kamen-methler"),
    ("Vater wohnt in Dortmund, Kind 4 aus Methler", "kamen-methler"),
    ("Familie aus Werne-Evenkamp, Kind 3, war in Ahlen in der Klinik", "werne-evenkamp"),
    # a question for offers "here" wants the writer's town
    ("Die Familie lebt in Iserlohn, das Mädchen geht aber bei uns in Schwerte zur Schule. Gibt "
     "es hier eine Hausaufgabenhilfe?", "schwerte"),
])
def test_a_home_outside_beside_places_of_work_and_school(catalogue: Catalogue, text: str,
                                                        expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word widening the search makes the town the place
    ("Krabbelgruppe für ein Baby, 8 Monate – in Heeren oder sonst irgendwo in Kamen?", "kamen"),
    ("Mädchen 15. In Cappenberg wird es da nichts geben, aber vielleicht überhaupt in Selm?",
     "selm"),
    ("gibt es in cappenberg oder überhaupt in selm einen treff", "selm"),
    ("krabbelgruppe für ein baby acht monate in heeren oder sonst irgendwo in kamen", "kamen"),
    ("Wir wohnen in Lünen-Gahmen, Suchtberatung in Gahmen oder gerne auch irgendwo in Lünen.",
     "luenen"),
    ("Tochter 12 hat in Lünen-Wethmar niemanden. Gerne auch Angebote in ganz Lünen.", "luenen"),
    # "A oder nur B": A is asked about
    ("Gibt es das auch hier in Opherdicke oder nur in Holzwickede-Mitte?",
     "holzwickede-opherdicke"),
    # a district where the writer says there is nothing gives way to the town asked
    ("Junge 10 aus Villigst. In Villigst selbst gibt es ja nichts – gibt es in Schwerte eine "
     "Beratung?", "schwerte"),
    # near misses: the district without a widening word, a town of another district
    ("Familie aus Heeren, gibt es in Kamen eine Krabbelgruppe?", "kamen-heeren-werve"),
    ("Beratung in Kaiserau oder sonst Kamen?", "kamen-methler"),  # "sonst": a fallback
    ("kundin aus ergste fragt nach ogs. gibts in schwerte überhaupt ogs?", "schwerte-ergste"),
    ("Familie aus Flierich, Familienhebamme in Bönen allgemein?", "boenen"),
    ("Wohnen in Methler, in ganz Kamen gibt es nichts, oder?", "kamen-methler"),
])
def test_the_wider_place_the_asker_accepts(catalogue: Catalogue, text: str,
                                           expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of living without its preposition, and a compound ending in a word of housing
    ("14jährige wiederholt abgängig, familie wohnt massen. jugendamt weiß bescheid", "unna-massen"),
    ("Kinder (9 und 11) von Familie im Übergangswohnheim Massen, Ferien nix zu tun",
     "unna-massen"),
    # the Kreis in a signature is no town that sends a town's centre away
    ("Er sucht eine Wohnung in der Unnaer Innenstadt. Mit freundlichen Grüßen, Kreis Unna – "
     "Ausländerangelegenheiten", "unna-mitte"),
])
def test_a_district_told_in_few_words(catalogue: Catalogue, text: str, expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected
