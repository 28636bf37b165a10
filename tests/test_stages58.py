"""The child's age told by a care, school or training stage (stages58).

Professionals name the stage, not the age: the Kita group ("Gruppe: Midis", "Nestgruppe"), a
school entry put off ("zurückgestellter Bub"), the year of training ("Azubi; 1. LJ", "2.
Lehrjahr"), a volunteer year ("macht sein FSJ"), a repeated upper-school year, the stages of a
special school. The look-alikes keep their reading: a Lebensjahr without a trainee ("m., 2. LJ,
Gedeihstörung"), staff to be trained ("unsere Azubis, 1. Lehrjahr, sollen … lernen"), a wish
("will FSJ oder Ausbildung"), a Gymnasium's Unterstufe.
"""

from __future__ import annotations

import pytest

from bot.text import fold
from bot.understanding.age import read_age


def _age(text: str) -> tuple[int, int] | None:
    age = read_age(fold(text)).age
    return None if age is None else (age.low, age.high)


@pytest.mark.parametrize(("text", "age"), [
    # Kita groups and school entry
    ("Gruppe: Nestgruppe / Ort: Lünen / Kind spricht noch gar nicht", (12, 35)),
    ("Gruppe: Krippe | Kind schreit nach der Eingewöhnung stundenlang", (12, 35)),
    ("Junge aus den Midis, sehr wenig Wortschatz. Sprachförderung in Unna?", (48, 59)),
    ("Mädchen im letzten Kita-Jahr, stottert seit dem Sommer. Selm", (60, 77)),
    ("Zurückgestelltes Mädchen, bleibt ein weiteres Jahr in der Kita. Kamen", (72, 83)),
    ("Zwillinge, beide Vorschulkinder, einer soll zurückgestellt werden. Kamen", (60, 77)),
    # a repeated class is a year on
    ("Wiederholerin 4. Klasse (freiwillig), LRS-Förderung gesucht. Werne", (120, 131)),
    # years of training, told by their ordinal in their own frames
    ("Azubi, 1. LJ, Kfz-Mechatroniker, hat Schulden. Unna", (192, 227)),
    ("azubi 2. lj; wohnt noch bei mutter in kamen; mutter trinkt", (204, 239)),
    ("Lehrling im 2. Lehrjahr, Eltern haben ihn rausgeworfen. Lünen", (204, 239)),
    ("Auszubildende im 3. Ausbildungsjahr, Panikattacken vor der Prüfung. Schwerte", (216, 251)),
    ("Zwillinge, beide im ersten Lehrjahr, Vater arbeitslos. Fröndenberg", (192, 227)),
    ("Berufskolleg, Ausbildungsvorbereitung, Schüler hat keinen Plan. Unna", (192, 215)),
    ("Ein junger Mann, macht bei uns in der Pfarrei sein FSJ, die Mutter ist depressiv",
     (204, 239)),
    # the upper school repeated, a special school's stages
    ("Schüler wiederholt die EF, sehr demotiviert. Bergkamen", (204, 215)),
    ("Unterstufe Förderschule, Mädchen autistisch, Eltern suchen Entlastung. Unna", (72, 119)),
    ("Mittelstufe der Förderschule GE, Junge wird zuhause geschlagen. Lünen", (120, 155)),
    ("3.3 Berufspraxisstufe: Schüler, Übergang Werkstatt? Eltern brauchen Beratung.",
     (192, 227)),
    # look-alikes keep their reading
    ("m., 2. LJ, Gedeihstörung, KM überfordert. Selm", (12, 23)),
    ("Unsere 2 Azubis (MFA, 1. Lehrjahr) sollen Frühe Hilfen kennenlernen – gibt es eine "
     "Einführung für Praxispersonal? Bergkamen", None),
    ("jM, Gym. abgebrochen; will FSJ oder Ausbildung, kein Plan; Rottum; Berufsberatung?", None),
    ("Azubi (16, 2. Lehrjahr) hat Schulden, Unna", (192, 203)),
    ("Schülerin in der Unterstufe am Gymnasium, wird gemobbt. Werne", (120, 155)),
])
def test_stage_tells_the_age(text: str, age: tuple[int, int] | None) -> None:
    assert _age(text) == age
