"""Where the family lives, when a message names a town outside the Kreis, a street or a postcode.

A family at home in Dortmund, Hamm or Iserlohn was read as "no place", and the offers of every town
of the Kreis were shown as fitting. Now such a home is the place no offer serves: nothing is
presented as fitting, the request is a `not_here` gap, and the Kreis's offers are marked
alternatives. A town outside only counts when it is the home and no place of the Kreis is named
(a workplace, school or clinic there moves nobody). A town's name before a street word names the
street ("Kamener Straße in Unna" is Unna), and a postcode one slip off after "PLZ" is read when
every postcode it may mean lies in one town.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import OUTSIDE, GapReason
from bot.understanding import understand
from bot.understanding.place_words import folded_word


@pytest.mark.parametrize(
    "text",
    [
        "Familie wohnt in Dortmund-Hörde, Kind 4, Sprachförderung?",
        "Schwangere aus Hamm-Heessen sucht Hebamme",
        "Junge 12 aus Iserlohn, Mobbing in der Schule, wer hilft?",
        "wir wohnen in Hagen, Tochter 3 Jahre, gibt es Eltern-Kind-Gruppen?",
        "Hamm-Bockum-Hövel: Erziehungsberatung für Eltern eines 10-jährigen",
        "Jugendlicher 17 aus Castrop-Rauxel, Cannabis, Suchtberatung?",
        "the family lives in Dortmund, boy aged 6, any OGS?",
        "Familie wohnhaft in Menden-Lendringsen, Kind 7, OGS-Platz?",  # no Bönen-Lenningsen
        "wohnt in Dortmund-Derne, Kind 5, Kita",  # no Kamen-Derne
        "Familie in Hamm wohnhaft, Kind 3, Kita",
        "Kind 5 (Wohnort: Dortmund) braucht Sprachförderung",
        "Dortmunder Familie, Kind 4, Kita?",
        "Hi, Olfen: Vater alleinerziehend, zwei Kinder 3 und 6, braucht Entlastung",
        "Das ist meine 3. Anfrage. Hamm-Bockum-Hövel: Erziehungsberatung, Kind 10",
    ],
)
def test_a_home_outside_the_kreis_has_no_fitting_offer(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert request.place == OUTSIDE
    answer = match(request, catalogue)
    assert not answer.offers
    assert answer.gap == GapReason.NOT_HERE
    assert not {"hoerde", "heessen", "bockum", "hoevel", "rauxel"} & {
        folded_word(w) for w in request.unexplained}  # the district is no unknown need


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mutter arbeitet in Dortmund, wohnt mit Sohn (3) in Kamen-Methler, Kitaplatz?",
         "kamen-methler"),
        ("Familie zieht nächsten Monat von Hamm nach Unna-Massen, Kind 5, Kitaplatz gesucht",
         "unna-massen"),
        ("Frühchen 2 Monate, lag in der Kinderklinik in Dortmund, Familie wohnt in Bönen",
         "boenen"),
        ("Kind 6, war in der Klinik in Hagen, braucht Frühförderung", None),  # no home told
        ("Kind 8 geht in Dortmund zur Schule, Nachhilfe?", None),
        ("Kind 4 war in der Dortmunder Kinderklinik, Frühförderung?", None),
        ("Kind 6, Klinik. Dortmund hat Wartezeit: 6 Monate. Frühförderung?", None),
        ("Dortmund hat lange Wartezeiten, Kind 6 braucht Frühförderung", None),
        ("Familie neu zugezogen aus Dortmund, Kind 4, Kita?", None),  # moved here: ask where
        ("Familie wohnt an der Kamener Straße in Unna, Kind 3, Kita?", "unna"),
        ("wohnen Unnaer Straße, Holzwickede; Baby 5 Monate, Krabbelgruppe", "holzwickede"),
        ("Lünener Str. in Bergkamen-Oberaden, Mädchen 11, Nachhilfe?", "bergkamen-oberaden"),
        ("Kind 4 aus Kamen, wohnt am Lüner Höhe Weg", "kamen"),
        ("PLZ 5917, Kind 4, Sprachförderung", "kamen"),
        ("plz 59147 Kind 2 Kita", "kamen"),
        ("plz 5919 kind 3 kita", None),  # Bergkamen or Bönen: not guessed
        ("PLZ: 59432, Kind 5 Kita", "unna"),  # 59423 swapped, not 59439 changed
        ("Kind 4, Sprachförderung, Tel. 5917", None),  # no postcode word, no slip forgiven
    ],
)
def test_the_home_is_found_beside_other_places(catalogue: Catalogue, text: str,
                                               place: str | None) -> None:  # fmt: skip
    assert understand(text, catalogue).place == place
