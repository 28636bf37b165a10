"""The child's age told by development, body and medicine (body58).

Health professionals give the age the way their work measures it: a U-/J-examination done or
due (its official window in completed months), a body stage (Stimmbruch, first period, first
Wackelzahn, majority just reached), a preterm baby's corrected age beside the week of its birth
(the span up to the age since birth), and a pregnancy beside a born child told by an exam or a
year of life. Exams that were missed, a team's age class, Tanner stages, grams and tooth numbers
name no age, and a birth told by its verb ("kam mit 29+2", "in der 34. SSW geholt") is never a
pregnancy now. Sentences are our own, none from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

CASES = [
    # an exam's window, whenever it was or is due
    ("war gestern zur U7a, spricht kaum, Familie in Kamen", (33, 35)),
    ("U6 am Montag gemacht, 9,2 kg, 74 cm, Eltern suchen Kita-Platz in Selm", (9, 11)),
    ("U8 vor 3 Wochen, Eltern wollen Schwimmkurs in Werne", (45, 47)),
    ("J1 steht an, raucht schon, Eltern in Unna fragen nach Suchtprävention", (144, 179)),
    ("Kind war zur U9, Einschulung steht an, Sprache auffällig, Holzwickede", (59, 63)),
    ("neuer Pat., Milchgebiss 51–55 o.B., kein Kitaplatz, U9 steht an, Königsborn", (59, 63)),
    # exams missed name no age; a team's class is its own
    ("U8 und U9 nie gemacht, Kühlschrank leer, Familie in Lünen", None),
    ("Mädchenmannschaft U9 in Kamen sucht Trainerin", (84, 107)),
    # body stages
    ("Junge mitten im Stimmbruch, zockt nachts, Kamen-Heeren", (144, 179)),
    ("Turnerin, Tanner 2, J1 steht an, Fragen zur Aufklärung in Unna", (144, 179)),
    ("Kind hat den ersten Wackelzahn und Angst vorm Zahnarzt, Kamen", (60, 83)),
    ("junge Frau, gerade volljährig geworden, sucht Wohnung in Unna", (216, 227)),
    # a preterm baby: a birth week is history; the corrected age alone spans to the real one
    ("Frühchen aus der Nachsorge, kam mit 29+2, jetzt korrigiert 3 Monate, Heeren", (3, 6)),
    ("Zwillinge, 6 Monate korrigiert, in der 27. SSW gekommen, Krabbelgruppe Oberaden", (6, 9)),
    ("Frühchen (geb. 32. SSW), jetzt korrigiert 3 Monate, Nachsorge in Lünen", (3, 5)),
    ("Ex-Frühchen 25. SSW, korrigiert jetzt 22 Monate. SPZ-Termin erst in 5 Monaten, Kamen",
     (22, 25)),
    ("Zwillinge, in der 34. SSW geholt, sind jetzt 6 Monate, Tagesmutter in Schwerte", (6, 6)),
    ("Frühgeb. 29+5, 8 Mon. (korr. 6 Mon.), trinkt schlecht, Bönen", (8, 8)),
    # a pregnancy beside a born child told by an exam or a year of life
    ("SSW 30, der Große war zur U7a, Mutter sucht Kita für den Großen in Fröndenberg", (33, 35)),
    ("SSW 29+0, das erste Kind war neulich zur U6, Mutter braucht Haushaltshilfe, Kamen",
     (-6, 11)),
    ("SSW 22, der Erstgeborene ist im 3. Lebensjahr, Sprachförderung für den Großen in Werne",
     (24, 35)),
    ("Kind ist dann im 4. Lebensmonat, jetzt noch im Bauch, SSW 33, Geburtsvorbereitung Selm",
     (-5, -1)),
]


@pytest.mark.parametrize(("text", "age"), CASES)
def test_the_age_told_by_development_body_and_medicine(
    catalogue: Catalogue, text: str, age: tuple[int, int] | None
) -> None:
    request = understand(text, catalogue)
    got = (request.age.low, request.age.high) if request.age else None
    assert got == age
