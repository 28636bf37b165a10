"""The place in a letter's signature, greeting and sender lines (`tests/data/letter46/`).

An institution asking for its own families, children or pupils as a group ("für unsere
OGS-Eltern", "an unserer Grundschule haben viele Kinder", "bei uns im Jugendtreff") means the
town its signature names: only the signature names it. A message about one family ("eine Mutter
aus unserer Kita", "ein Schüler unserer Schule") keeps the signature's town the writer's.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.letter_own import speaks_for_group


@pytest.mark.parametrize(("text", "place"), [
    ("Elternabend 'Handy & Medien' für unsere OGS-Eltern gesucht (Kinder 6–10 J.). Referent:in "
     "aus dem Kreis? Holzwickede, Durchwahl OGS -214", "holzwickede"),
    ("Hallo zusammen,\nwir möchten für unsere Kita-Eltern einen Elternabend zur Sprachentwicklung "
     "anbieten (Kinder 3–6 J.).\nViele Grüße\nTeam Kita Sonnenschein, Bergkamen-Mitte",
     "bergkamen-mitte"),
    ("Moin, wir suchen für unsere Schüler der Klassen 7 und 8 einen Workshop zu Cybermobbing. "
     "Gruß, Schulsozialarbeit Gesamtschule, Kamen", "kamen"),
    ("Guten Tag, an unserer Grundschule haben viele Kinder keinen Platz in der "
     "Nachmittagsbetreuung bekommen. Mit freundlichen Grüßen K. Brinkmann, Schulleitung "
     "Grundschule am Park, Lünen-Brambauer", "luenen-brambauer"),
    ("Sehr geehrte Damen und Herren, mehrere Eltern unserer Kita (Kinder 1–3 J.) wünschen sich "
     "einen Kurs zur Trotzphase. Freundliche Grüße A. Yilmaz Kita Pusteblume Bönen", "boenen"),
    ("Hallo, die Eltern in unserer Krabbelgruppe (Babys 6–12 Monate) fragen nach einem "
     "Erste-Hilfe-Kurs am Kind. LG Marion, Krabbelgruppe Ev. Gemeinde Rünthe", "bergkamen-ruenthe"),
    ("Anfrage über Kontaktformular\nEinrichtung: Grundschule Methler\nAnliegen: Wir suchen für "
     "unsere Erstklässler eine Lese-Förderung am Nachmittag.", "kamen-methler"),
    ("Hallo, bei uns im Jugendtreff fragen immer mehr Jugendliche (14–17) nach Verhütung. LG Tim, "
     "Jugendtreff Schwerte-Ost", "schwerte-ost"),
])
def test_an_institutions_own_group_lives_where_it_signs(catalogue: Catalogue, text: str,
                                                        place: str) -> None:
    assert understand(text, catalogue).place == place


@pytest.mark.parametrize(("text", "place"), [
    # one family: its own place, or none
    ("Sehr geehrte Damen und Herren, eine Mutter aus unserer Kita sucht für ihren Sohn (5) eine "
     "Logopädie, die Familie ist nach Lünen-Süd umgezogen. Mit freundlichen Grüßen Kita "
     "Sonnenschein, Bergkamen-Mitte", "luenen-sued"),
    ("Hallo, ein Schüler unserer Schule (12) braucht dringend Nachhilfe in Mathe. Gruß "
     "Schulsozialarbeit Gesamtschule Kamen", None),
    ("Hallo, eine Mutter unserer Kita-Kinder sucht eine Krabbelgruppe für ihr Baby (8 Monate). "
     "Viele Grüße Kita Sonnenschein, Bergkamen-Mitte", None),
    ("Gibt es einen Elternkurs für Eltern von Pubertierenden? Sohn ist 13 und es kracht nur noch. "
     "Gruß, Petra (Familienbüro Selm)", None),
    # a group asked for, but the writer speaks for no institution of theirs
    ("Gibt es Elternabende zu Medien für Eltern von Grundschulkindern? Viele Grüße, Anna, "
     "Familienbüro Unna, Tel. 02303 12345", None),
])
def test_one_familys_message_keeps_the_writers_town_the_writers(catalogue: Catalogue, text: str,
                                                                 place: str | None) -> None:
    assert understand(text, catalogue).place == place


@pytest.mark.parametrize(("text", "group"), [
    ("für unsere OGS-Eltern", True),
    ("für die Schülerinnen und Schüler unserer 4. Klassen", True),
    ("viele unserer Familien haben Probleme", True),
    ("in unserer Einrichtung betreuen wir viele geflüchtete Familien", True),
    ("our pupils need a workshop", True),
    ("unser Sohn ist 4", False),
    ("eine Mutter aus unserer Kita", False),
    ("Wir haben ein Kind in der Gruppe, das kaum spricht", False),
    ("für einen 16-Jährigen unserer Schule, viele Schüler sind ähnlich", False),
    ("Viele Kinder brauchen das", False),
])
def test_the_group_is_read_by_its_grammar(text: str, group: bool) -> None:
    assert speaks_for_group(text) is group
