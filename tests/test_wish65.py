"""A language wish in the Romance languages families write ("dove si parla italiano", "alguien
que hable español") is read like its German frame; a language the family only speaks is no wish
where the help asked is the child's place; a son, a neighbour or the writer who interprets asks
for no interpreter: what a user relies on, through understanding."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

CASES = [
    # (request, topic that must be understood, languages)
    ("Lei vorrebbe un Babytreff o una Krabbelgruppe dove si parla italiano. Brambauer, 6 settimane",
     "eltern_kind_gruppen", ["it"]),
    ("cerco un gruppo per mamme con neonato a Unna dove si parla italiano, la bimba ha 4 mesi",
     "eltern_kind_gruppen", ["it"]),
    ("buscamos alguien que hable español para la madre, Unna, niño 2 años", None, ["es"]),
    ("Szukam grupy zabaw po polsku w Kamen, córka ma 2 latka", "eltern_kind_gruppen", ["pl"]),
    ("Elterncafé auf Ukrainisch in Unna? Baby 6 Monate", "eltern_kind_gruppen", ["uk"]),
    # look-alikes: a spoken language beside a child's place or tutoring is no wish
    ("la mamma parla solo italiano, bimbo 3 anni, Kita a Unna", "kita_betreuung", []),
    ("Hausaufgabenhilfe in Kamen für Junge 11, Eltern sprechen Polnisch", "lernfoerderung", []),
    ("Papa kann nur Farsi, Mama Deutsch. Kind 1 Jahr, Kitaplatz in Unna gesucht",
     "kita_betreuung", []),
]


KIN = [
    # (request, topic that must be understood, languages, whether migration advice is read)
    ("Familie will Erziehungsberatung, aber nur mit Dari, Sohn ist Dolmetscher bis jetzt und das "
     "geht nicht mehr. Sohn 15, viel Streit mit Vater. Unna.", "erziehungsberatung", ["fa"], False),
    ("Nachbarin dolmetscht für die Familie, Mädchen 3 J. soll in die Kita, Schwerte",
     "kita_betreuung", [], False),
    ("Meine Mutter spricht nur Türkisch, ich übersetze für sie. Sie sucht einen Kitaplatz für "
     "meinen kleinen Bruder (2) in Schwerte.", "kita_betreuung", [], False),
    # look-alikes: an interpreter asked for stays a need and a wish
    ("Wir brauchen einen Dolmetscher für Tigrinya zum Gespräch mit dem Jugendamt, Kind 5, Lünen",
     "migration_integration", ["ti"], True),
    ("Mutter spricht nur Albanisch, Verdacht KWG bei Kind 6, Gespräch mit Dolmetscher nötig, Unna",
     "kinderschutz", ["sq"], True),
]


@pytest.mark.parametrize(("text", "topic", "languages", "mediation"), KIN)
def test_kin_interpreter(catalogue: Catalogue, text: str, topic: str, languages: list[str],
                         mediation: bool) -> None:
    request = understand(text, catalogue)
    assert topic in request.topics
    assert ("migration_integration" in request.topics) == mediation
    assert list(request.languages) == languages


@pytest.mark.parametrize(("text", "topic", "languages"), CASES)
def test_language_wish(catalogue: Catalogue, text: str, topic: str | None,
                       languages: list[str]) -> None:
    request = understand(text, catalogue)
    if topic:
        assert topic in request.topics
    assert list(request.languages) == languages
