"""Which place a request means when it names several towns (places29).

Professionals name more places than the family's: their own office or practice, the child's
school, a clinic, the town the family came from, a place too far away, a place they correct
themselves on. Where the family lives or where the offer is asked for wins; a corrected place
gives way to the one after it; a district still beats the town it lies in. A wrong town here
shows the offers of the wrong town as fitting, the assistant's worst mistake.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding.places import resolve_place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's workplace, the child's school or a colleague's town is aside
        ("Familie in Bönen, ich arbeite in Kamen", "boenen"),
        ("Büro Kamen, Familie wohnhaft Selm. Kind 3 J., keine Kita gefunden.", "selm"),
        ("Jobcenter Bergkamen hier. Kundin mit Sohn 2 aus Kamen.", "kamen"),
        ("Kollegin aus Lünen hat mir den Fall übergeben: Kind 7 in Bönen, Schulangst", "boenen"),
        ("rodzina mieszka w Werne, ale szkoła jest w Lünen. córka 10 lat", "werne"),
        ("Anne Lünen'de çalışıyor ama Selm'de oturuyor. Çocuk 5 yaşında", "selm"),
        # a relative's or a coach's place is theirs, unless the family lives with them
        ("Krabbelgruppe in Bönen gesucht, die Oma wohnt in Kamen", "boenen"),
        ("Kind 4 wohnt bei der Oma in Kamen, Mutter in Bönen", "kamen"),
        # where the family lives now, not where it came from
        ("Die Mutter wohnt bei uns in Königsborn, kommt ursprünglich aus Bergkamen.",
         "unna-koenigsborn"),
        ("Die Familie kommt aus Selm, wohnt jetzt seit Mai in Lünen-Nord. Sohn 9", "luenen-nord"),
        ("früher in Brambauer gewohnt, jetzt Lünen-Wethmar, Junge 16", "luenen-wethmar"),
        # the town asked about, over a place merely mentioned or one that is too far
        ("Babyschwimmen in Holzwickede? Den Kurs in Unna schafft die Mutter nicht.", "holzwickede"),
        ("gibts in schwerte was für kids zum tanzen? training bei uns in unna is zu weit",
         "schwerte"),
        ("may sprachförderung ba sa Kamen? bata 4 taon. yung grupo sa Bergkamen, malayo", "kamen"),
        ("Familie in Bönen. Gibt es in Kamen eine Kita mit freien Plätzen?", "kamen"),
        # ... but the family's home comes first: writers label where the family lives
        ("gruppe für trennungskinder gibts doch in kamen oder? die wohnen in heil",
         "bergkamen-heil"),
        ("Familie wohnt in Bönen, sucht eine Kita in Kamen", "boenen"),
        # a move: where the family will live
        ("Familie zieht nach Selm, wohnt noch in Kamen", "selm"),
    ],
)
def test_the_family_s_or_the_asked_town_wins(catalogue: Catalogue, text: str,
                                             expected: str) -> None:  # fmt: skip
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Familie wohnt in Methler, nein Quatsch, in Derne. Junge 5", "kamen-derne"),
        ("Sohn 8 aus Kamen – sorry, Bönen natürlich – braucht Lernförderung", "boenen"),
        ("wohnt in Königsborn, halt nee, Afferde. Mädchen 2", "unna-afferde"),
        ("Mädchen 12 aus Schwerte (Ergste? nein, Villigst), Mobbing", "schwerte-villigst"),
        ("didi aus froendenberg (ardey? nein froemern) arbeitet", "froendenberg-froemern"),
        ("Familie aus Werne-Horst, ich meinte natürlich Werne-Langern. Baby", "werne-langern"),
        ("kind 3 wohnt in kamen äh bönen, braucht kitaplatz", "boenen"),
        ("Tagesmutter in Unna gesucht? Nein – Familie will in Holzwickede bleiben.", "holzwickede"),
    ],
)
def test_a_corrected_place_gives_way(catalogue: Catalogue, text: str, expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place on its own is never dropped, whatever its role
        ("Ich arbeite in Kamen, Kind 4 spricht kaum", "kamen"),
        ("Meine Kollegin aus Unna fragt nach Sprachförderung", "unna"),
        # "meine" alone corrects nothing ("meine Kollegin in Bönen")
        ("Familie aus Kamen, meine Kollegin in Bönen kennt sie", "kamen"),
        # within one town the finer place stays: its offers fit both readings
        ("Mutter aus Villigst fragt nach einer Krabbelgruppe in Schwerte?", "schwerte-villigst"),
        ("Praxis in Unna-Mitte, Familie aus Billmerich", "unna-billmerich"),
        # two districts: the family's, not the whole town (whose other districts do not fit)
        ("Die Kita in Horstmar ist voll belegt, Kind 3 wohnt in Lünen-Süd", "luenen-sued"),
        ("Nachhilfe in Massen bzw. Königsborn gesucht", "unna"),  # either will do
    ],
)
def test_roles_decide_only_between_towns_they_tell_apart(catalogue: Catalogue, text: str,
                                                         expected: str) -> None:  # fmt: skip
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Verein in Kamen ist zu weit für die Mutter. Kind 6 aus Bönen", "boenen"),
        ("Bönen: Kind 6, Turnen. Der Verein in Kamen ist zu weit für die Mutter", "boenen"),
        # denied: not turned down
        ("Kind 6, Turnen in Kamen ist nicht zu weit für die Mutter", "kamen"),
    ],
)
def test_too_far_for_someone_turns_a_place_down(catalogue: Catalogue, text: str,
                                                expected: str) -> None:  # fmt: skip
    assert resolve_place(text, catalogue.gazetteer).place == expected
