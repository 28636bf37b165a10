"""Ages as session 31's fresh set showed professionals writing them (`tests/data/ages31/`).

Each row is a phrasing of a class, written for this table (not a sentence of the set): regional
number words and hedges ("vonne sechzehn", "is grad dreie", "so umme fünf", "nicht ganz zwölf",
"um und bei neun", "höchstens sieben", Kölsch "es dreizehn"), kin nouns clipped in file notes
("Stiefs. 9", "Pflegeto. 12", "Toch. 7"), the ages of grown-ups told beside the child — a client
named as a parent, a grown sibling, older youths counted —, a parent to be with a time between
("wird im Mai Vater"), and birthdays to come: a first birthday counted in months to its named
month, a birthday days away as the last months before it. A user relies on each: the offers
shown must fit the child, never the 25-year-old father or the 17-year-olds who robbed the boy.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age import read_age
from bot.understanding.age_dates import as_of
from bot.understanding.foreign import germanise

DAY = dt.date(2026, 12, 4)  # a first birthday "im Juni" is counted to this day


def _age(text: str) -> AgeRange | None:
    """Read the age as `understand` does: regional and foreign words rewritten first."""
    with as_of(DAY):
        return read_age(fold(germanise(text))).age


def _year(years: int) -> AgeRange:
    return AgeRange(years * 12, years * 12 + 11)


@pytest.mark.parametrize(("text", "age"), [
    # regional number words: the spoken "-e" and Ruhr "vonne"/"umme"
    ("Mädel vonne sechzehn, schwänzt dauernd", _year(16)),
    ("der Jung is elfe und klaut", _year(11)),
    ("der Kleine is zehne, Nachhilfe gesucht", _year(10)),
    ("unser Tageskind is grad zweie geworden", AgeRange(24, 29)),
    ("die Lütte, so umme fünf rum, spricht kaum", _year(5)),
    ("Die Mädels umme vierzehn hängen abends rum", _year(14)),
    ("Jungs so fuffzehne, sechzehne, kiffen", AgeRange(180, 203)),
    # Kölsch "es" is the copula after a child noun
    ("dat Mädchen es dreizehn un raucht", _year(13)),
    # hedges keep the age; "just under N" is the last half-year before N
    ("Sohn, um und bei neun, zappelt", _year(9)),
    ("son Kind, höchstens sieben, allein am Bahnhof", _year(7)),
    ("Mädchen, nicht ganz zwölf, weint viel", AgeRange(138, 143)),
    ("Junge, noch nicht ganz 4, Kita gesucht", AgeRange(42, 47)),
    ("Kind knapp 13, zockt nachts", AgeRange(150, 155)),
    ("Sohn noch keine drei, beißt", AgeRange(30, 35)),
    # kin nouns clipped with a dot before the age
    ("Stiefs. 9 nässt ein", _year(9)),
    ("Pflegeto. 12 ritzt sich", _year(12)),
    ("Adoptivs. (6) beißt", _year(6)),
    ("Toch. 7 hat Angst", _year(7)),
    ("Pfl.to. 15 kifft", _year(15)),
    ("Pflege-To. 14 schwänzt", _year(14)),
    # ... but a weekday or a Ruhr "nich." before a number stays what it is
    ("Termin So. 12 Uhr", None),
    ("geht nich. 3 Kinder sind zu viel", None),
    # a grown-up client named as a parent: the child's age, or none to ask for
    ("Kunde 27, Vater von Mia, sucht Betreuung", None),
    ("Kundin, 34, alleinerziehende Mutter, braucht Hilfe mit ihrem Kind", None),
    ("Mutter, 29, ihr Sohn schlägt andere Kinder", None),
    ("Kunde 25 mit Sohn, sucht Erziehungsberatung", None),
    ("Kundin 30, ihre Tochter 4 spricht kaum", _year(4)),
    # a young client still asks for herself
    ("Kunde 23 sucht Ausbildungsplatz", _year(23)),
    ("Kunde 19 sucht Ausbildung, hat eine Tochter", _year(19)),
    # a grown sibling or cousin beside a minor, older youths counted: other people
    ("Der Cousin (22) passt auf die Schwester, 9, auf", _year(9)),
    ("Junge 12 wurde von zwei Größeren (16, 17) geschlagen", _year(12)),
    ("für den Älteren (12) suchen wir Nachhilfe", _year(12)),
    # a parent to be, the time between: the unborn child
    ("Patient, 16, wird im Mai Vater", AgeRange(-9, -1)),
    ("Klientin, 19, wird nächsten Monat Mutter", AgeRange(-9, -1)),
    # a first birthday to come, its month named: months to it counted from today
    ("Baby wird im Juni 1 Jahr alt", AgeRange(5, 6)),
    ("Kind wird nächsten Monat ein Jahr", AgeRange(10, 11)),
    ("Sohn wird im Februar 1, Tagesmutter gesucht", AgeRange(9, 10)),
    # a birthday days or weeks away: the last half-year before it from four on
    ("Mädchen wird übermorgen 14", AgeRange(162, 167)),
    ("wird in zwei Wochen 18, die Hilfe endet", AgeRange(210, 215)),
])  # fmt: skip
def test_the_childs_age_as_people_write_it(text: str, age: AgeRange | None) -> None:
    assert _age(text) == age


def test_a_clipped_noun_needs_the_age_right_after_it() -> None:
    """"Tocht." alone, with no age after the dot, is left as typed: nothing to read."""
    assert _age("Info an Tocht. weitergegeben, Mutter ruft zurück") is None
