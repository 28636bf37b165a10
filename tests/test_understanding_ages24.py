"""Ages, round 24: ages read from the wrong person, or missed.

The child a need is for is the one it points at ("für ihn", "for her", "für den Jungen"): the
nearest person of that gender named before the pronoun, when that is a child named with an age
and no parent of that gender could be meant. A child a clause says died is no subject, nor one in
hospital (intensive care, neonatal ward, coma) beside a brother or sister. Short role forms end
compounds ("ASS-Jgl. 15"), weeks and months come in other languages ("bimba di 3 settimane",
"una niña de 3 semanas", "they're 5 weeks now"), the Gymnasium's upper years and a Kita's last
year are ages ("Abiturientin", "Maxikind", "Vorschulgruppe"), a group's range is its children's
("Kindergruppe 5–7"), and counts, measurements and a parent's genitive link are no age. Each row
is written for this table (none is taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.text import fold
from bot.understanding import understand
from bot.understanding.age import read_age
from bot.understanding.foreign import germanise

PREGNANCY = AgeRange(-9, -1)

ROWS: list[tuple[str, AgeRange | None]] = [
    # a pronoun or noun of the need points back at one child
    ("Tochter (8) hat Diabetes, der Bruder (12) fühlt sich übersehen. Gibt es für ihn eine Gruppe?",
     AgeRange(144, 155)),
    ("Sohn 14 macht viel Ärger, die Schwester, 9, zieht sich zurück. Wer kann ihr helfen?",
     AgeRange(108, 119)),
    ("her brother (15) is in care, she is 10 and stopped eating. Is there someone for her?",
     AgeRange(120, 131)),
    ("Kind 3 J. bleibt bei der Oma, einen 12-jährigen gibt es auch, für den Jungen suchen wir "
     "Hilfe", AgeRange(144, 155)),
    # ... but not when a parent of that gender may be meant, nor beside no child of it
    ("Mutter mit Sohn (4) und Tochter (2) ist am Ende. Gibt es Entlastung für sie?",
     AgeRange(24, 59)),
    ("Kinder 5 und 9, Vater trinkt. Gibt es für ihn eine Beratung?", AgeRange(60, 119)),
    # a child who died, or who lies in hospital beside a brother or sister
    ("Baby mit 3 Monaten verstorben, die Tochter ist 6 und fragt jeden Tag nach ihm",
     AgeRange(72, 83)),
    ("Sternenkind in der 30. SSW, der große Bruder (4) versteht es nicht, Trauerbegleitung?",
     AgeRange(48, 59)),
    ("Tochter (2) liegt seit dem Unfall im Koma; ihre Schwester, 7, schläft kaum noch",
     AgeRange(84, 95)),
    ("Frühchen auf der Neo, die große Schwester (5) ist eifersüchtig. Beratung in Unna?",
     AgeRange(60, 71)),
    ("Geschwisterkind eines verstorbenen Säuglings zieht sich zurück, Lünen", None),
    ("Schülerin 15 nach Suizidversuch im Krankenhaus, Bruder 11, Nachsorge?", AgeRange(180, 191)),
    ("Tochter 13 trauert, seit die Mutter gestorben ist, Sohn 8 auch", AgeRange(96, 167)),
    # a young parent's age beside her baby: the baby's stage is asked about
    ("17-jährige Mutter, Baby krabbelt schon, Krabbelgruppe in Kamen?", AgeRange(0, 11)),
    ("Klientin (17) mit Säugling sucht eine Mutter-Kind-Einrichtung", AgeRange(0, 11)),
    ("Schülerin 15 macht Babysitting und wird gemobbt", AgeRange(180, 191)),
    # a story told in the need's sentence is no pointer ("weil … für ihn")
    ("Geschwisterkind (6) sitzt bei uns, weil der Bruder (2) hier liegt und Mama keine Zeit für "
     "ihn hat. Entlastung in Unna?", AgeRange(72, 83)),
    ("drei Kinder eins acht eins fünf, Mutter am Ende", AgeRange(12, 107)),  # ages, no count
    # short role forms, and a measurement, and a parent's genitive link
    ("UMF-Jgl. 16 aus Eritrea sucht Deutschkurs", AgeRange(192, 203)),
    ("Jgl. m., ohne Ausbildungsplatz, Werne", None),  # a young person of no age: ask
    ("Patientin 16, BMI unter 15, Essstörung", AgeRange(192, 203)),
    ("Vater eines Schülers (13) ruft an, Mobbing", AgeRange(156, 167)),
    # weeks and months in other languages
    ("il mio bimbo di 2 settimane non mangia", AgeRange(0, 0)),
    ("una nena de 5 meses, necesito pediatra", AgeRange(5, 5)),
    ("mam synka 4 miesięcy, szukam położnej", AgeRange(4, 4)),
    ("she's 9 weeks and cries all evening", AgeRange(2, 2)),
    ("they're 3 months now and not sleeping", AgeRange(3, 3)),
    # school years, a Kita's last year and a school's first
    ("Abiturient mit Prüfungsangst, Beratung in Schwerte?", AgeRange(216, 227)),
    ("Unsere Maxikinder brauchen Verkehrserziehung", AgeRange(60, 77)),
    ("ABC-Schütze weint jeden Morgen", AgeRange(72, 83)),
    ("Mädchen aus der Maxigruppe beißt", AgeRange(60, 77)),
    ("ich suche eine Krabbelgruppe in Unna", None),  # a group sought: ask for the age
    ("ihr Vater hat ihr zum 16. ein Handy geschenkt, seitdem zockt sie nachts", AgeRange(192, 203)),
    # a birthday days away: the month just under it
    ("Sohn wird 3 nächste Woche, Kitaplatz?", AgeRange(35, 35)),
    ("Kind wird 18 in 6 Wochen, Careleaver", AgeRange(204, 215)),
    # a group's range, and counts that are no age
    ("Flyer für unsere Jugendgruppe 12–15 gesucht", AgeRange(144, 191)),
    ("Schwimmkurs 4–6, wer bietet das an?", AgeRange(48, 83)),
    ("in der Wohnung 3 Kinder, eins weint die ganze Nacht", None),
    ("drei Kinder, eins und vier, brauchen Betreuung", AgeRange(12, 59)),
]


@pytest.mark.parametrize(("text", "age"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_age(text: str, age: AgeRange | None) -> None:
    assert read_age(fold(germanise(text))).age == age  # as `understand` reads it


@pytest.mark.parametrize(("text", "age", "place"), [
    ("Auf unserer Kinderstation liegt ein Junge (9) nach Unfall. Die Schwester, 5, verstummt. "
     "Gibt es in Kamen für sie ein Gesprächsangebot?", AgeRange(60, 71), "kamen"),
    ("Plötzlicher Kindstod mit 6 Wochen, zu Hause noch ein Sohn von 4 Jahren. Hilfe in Selm?",
     AgeRange(48, 59), "selm"),
    ("Domanda: bimba di 3 settimane, mamma sola, aiuto a Bönen?", AgeRange(0, 0), "boenen"),
])  # fmt: skip
def test_understand_reads_the_child_the_help_is_for(
    text: str, age: AgeRange, place: str, catalogue: Catalogue
) -> None:
    request = understand(text, catalogue)
    assert (request.age, request.place) == (age, place)
    assert not request.age_uncertain
