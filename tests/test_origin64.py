"""A family's origin, arrival, residence status, spoken language or integration course told
beside another help asked raises no migration help; it stays where migration help is asked.

Own sentences, none taken from an evaluation set (`bot.understanding.origin_context`).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue import respond
from bot.understanding import understand

MIGRATION = "migration_integration"


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Familie aus Eritrea, seit zwei Monaten in Unna-Königsborn, der Sohn ist 4 und braucht "
         "einen Kitaplatz.", "kita_betreuung"),
        ("Wir sind neu aus der Ukraine in Kamen, Tochter 9 kommt mit Mathe nicht mit. Gibt es "
         "Nachhilfe?", "lernfoerderung"),
        ("geflüchtete fam. in bergkamen, jüngstes kind 2 j. - suche krabbelgruppe",
         "eltern_kind_gruppen"),
        ("Mutter macht gerade den Integrationskurs und braucht für ihre Tochter (1 Jahr) eine "
         "Tagesmutter in Selm.", "kita_betreuung"),
        ("Familie mit Duldung in Unna, Kinder 8 und 10, das Geld reicht nicht für die "
         "Klassenfahrt – welche Hilfen gibt es?", "but_finanzen"),
        ("Hallo, wir kommen aus Bulgarien und wohnen jetzt in Bönen. Unser Baby ist 3 Monate alt "
         "und schreit die ganze Nacht.", "schreibaby_schlaf"),
        ("family from Ghana, just moved to Holzwickede, our son is 3 and we need a kindergarten "
         "place", "kita_betreuung"),
    ],
)  # fmt: skip
def test_origin_told_beside_another_need_is_context(catalogue: Catalogue, text: str,
                                                    need: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert need in request.topics
    assert MIGRATION not in request.topics
    answer, _ = respond(text, catalogue)
    assert all(MIGRATION not in hit.offer.topics or need in hit.offer.topics
               for hit in answer.offers)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Familie aus Syrien neu in Lünen, die Eltern wissen nicht, wo sie anfangen sollen. Wer "
        "hilft beim Ankommen? Kinder 4 und 9.",
        "Geflüchtete Mutter in Kamen sucht einen Deutschkurs mit Kinderbetreuung, Tochter 1 Jahr.",
        "Familie aus Afghanistan in Werne braucht einen Dolmetscher für das Gespräch beim "
        "Jugendamt, Kind 6.",
        "Neu zugewanderte Familie aus Bulgarien in Bergkamen, Kinder 3 und 6: wo bekommen sie "
        "Orientierung und Beratung zu Aufenthalt und Integration?",
        "Familie aus dem Irak gerade angekommen in Unna, Kinder 5 und 8 – wer hilft?",
    ],
)
def test_migration_help_asked_stays(catalogue: Catalogue, text: str) -> None:
    assert MIGRATION in understand(text, catalogue).topics
