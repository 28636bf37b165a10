"""Places as session 38's fresh set and holdout23 showed them misread (`tests/data/ages38/`).

A long mail ends with the writer's signature, often an office with its town ("Mit freundlichen
Grüßen … Kreispolizeibehörde Unna"): the family's district named in the body is the place, not
the office's town — the office's offers would be shown as fitting a family that lives elsewhere.
A move names the new town and then its district a few words later ("nach Werne, Stadtteil
Stockum", "nach Schwerte gezogen (Holzen)"): the district is where the family will live.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding.places import resolve_place


@pytest.mark.parametrize(("text", "expected"), [
    ("Sehr geehrte Kolleginnen und Kollegen,\nbei einer Familie in Fröndenberg-Ardey wurde "
     "eingebrochen. Der Sohn (8) schläft kaum.\nMit freundlichen Grüßen\nB. H., "
     "Kreispolizeibehörde Unna", "froendenberg-ardey"),
    ("Hallo, in Kaiserau besteht der Verdacht, dass ein Nachbar ein Mädchen (6) bedrängt hat.\n"
     "Viele Grüße\nOpferschutz, Kreispolizeibehörde Unna", "kamen-methler"),
    ("Familie lebt in Bönen, Sohn 7 braucht OGS. LG aus dem Familienbüro Kamen", "boenen"),
    ("Best regards from the practice in Unna – the family lives in Selm-Bork", "selm-bork"),
    # near miss: a place only in the signature is still the one named
    ("Gibt es Elternkurse für Eltern von Kindern mit ADHS?\nMit freundlichen Grüßen\n"
     "Praxis Dr. K., Lünen", "luenen"),
])
def test_the_signature_s_town_is_the_writer_s(catalogue: Catalogue, text: str,
                                              expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Familie ist umgezogen nach Werne, Stadtteil Stockum. Zwei Grundschulkinder.",
     "werne-stockum"),
    ("Eine aus unserer Gruppe ist von Unna nach Schwerte gezogen (Holzen) und sucht einen Treff",
     "schwerte-holzen"),
    ("zieht von Cappenberg nach Selm, Ortsteil Bork", "selm-bork"),
    ("zieht von Cappenberg nach Beifang", "selm-beifang"),
])
def test_a_move_s_district_named_after_its_town(catalogue: Catalogue, text: str,
                                                expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected
