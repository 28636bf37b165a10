"""Ages, round 25: an age read wrongly or not at all.

A particle before a bracketed or bare age still names it ("(schon 19, tanzt aber noch mit)",
"(erst 12, …)", "gerade 11"); a hurried hedge rounds it as "ca." does ("vllt 12", "evtl. 9");
"Stufe 9" is a school year, and days beside a school year are a trip's, not a newborn's age;
young people named in other languages right before a bare number ("momak 16", "chico 9",
"genç 17") are that old; a pregnancy that ended (a loss in a week of pregnancy, an abortion, a
stillbirth, a "Sternenkind") names no unborn child, so the living child is read, while a current
pregnancy beside a past loss stays one. A young person who tells their own age ("bin 15 🙃")
asks for themselves. Each row is written for this table (none is taken from an
evaluation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import AgeRange
from bot.text import fold
from bot.understanding import understand
from bot.understanding.age import read_age
from bot.understanding.foreign import germanise

PREGNANCY = AgeRange(-9, -1)

ROWS: list[tuple[str, AgeRange | None]] = [
    # a particle before the age, in brackets or in a clause of its own
    ("die Große aus meiner Turngruppe (schon 17, hilft als Trainerin) hat aufgehört zu essen",
     AgeRange(204, 215)),
    ("einer aus unserem Chor (erst 13, wirkt aber älter) raucht und kifft", AgeRange(156, 167)),
    ("Nachbarsmädchen (gerade 10) passt ständig auf ihre Geschwister auf", AgeRange(120, 131)),
    ("der Azubi-Bruder (noch 16) wohnt allein, Eltern im Ausland", AgeRange(192, 203)),
    ("Mädchen vom Hof, bereits 15, übernachtet nicht mehr zu Hause", AgeRange(180, 191)),
    ("unsere Kleine im Kurs (gerade mal 4) hat blaue Flecken", AgeRange(48, 59)),
    ("Kind (bald 4) spricht kaum", AgeRange(42, 47)),  # just under, as "fast 4" is
    # numbers of other things beside: a height, people counted by a comparative
    ("eine aus der Jugendfeuerwehr (erst 14, aber 1,80 groß) wird von 3 Älteren erpresst",
     AgeRange(168, 179)),
    ("Junge evtl. 9, sitzt jeden Tag allein im Park, Eltern nie da", AgeRange(108, 119)),
    ("Mädchen, vermutlich 14, übernachtet seit Tagen bei Freunden", AgeRange(168, 179)),
    # school years by the secondary school's word, and days that belong to the school trip
    ("Stufe 8, Schülerin wird im Klassenchat fertiggemacht", AgeRange(156, 167)),
    ("Stufe 6/7 braucht ein Projekt zu Vapes", AgeRange(132, 155)),
    ("Stufe 2 von 3 im Hilfeplan erreicht", None),  # a stage of a plan, no school year
    ("Jgst. 9, Skifahrt (7 Tage, 480 €), Familie kann nicht zahlen", AgeRange(168, 179)),
    ("Kl. 4, Klassenfahrt 3 Tage, Eltern haben kein Geld", AgeRange(108, 119)),
    # young people named in other languages right before a bare number
    ("momak 17, ne ide u školu, Lünen", AgeRange(204, 215)),
    ("cura 14, ne jede ništa, Kamen", AgeRange(168, 179)),
    ("chica 13, problemas en casa, Unna", AgeRange(156, 167)),
    ("genç 16, okulu bıraktı, Bergkamen", AgeRange(192, 203)),
    ("парень 17, не ходит в школу", AgeRange(204, 215)),
    ("jeune 15, quitte l'école, Werne", AgeRange(180, 191)),
    ("rapaz 12, problemas na escola", AgeRange(144, 155)),
    ("KiZ 250 Euro beantragt, was noch?", None),  # "kız" folds to KiZ: no Turkish noun here
    # a pregnancy that ended: the living child is the one asked about
    ("Die Mutter hat in der 19. SSW ihr Baby verloren, die Tochter (6) weint viel. Trauergruppe?",
     AgeRange(72, 83)),
    ("nach dem Schwangerschaftsabbruch geht es ihr schlecht, Sohn ist 2 Jahre", AgeRange(24, 35)),
    ("Klientin hatte in der 11. Woche eine Fehlgeburt, Tochter 4 fragt nach dem Baby",
     AgeRange(48, 59)),
    ("Patientin hatte in der 9. Woche einen Abbruch, braucht Gesprächsangebot", None),
    ("hat vor 3 Wochen einen Schwangerschaftsabbruch gehabt, Sohn 4, sie weint nur",
     AgeRange(48, 59)),
    # ... and a current pregnancy beside a past loss, or an abortion asked about, stays one
    ("überlegt einen Schwangerschaftsabbruch, Beratungsschein in Unna?", PREGNANCY),
    ("ist in der 10. SSW und will einen Abbruch, Beratung?", PREGNANCY),
    ("Schwangere 22. SSW, hat Angst, das Kind zu verlieren", PREGNANCY),
    ("Schwangere 14. SSW, hatte letztes Jahr eine Fehlgeburt, große Angst", PREGNANCY),
    ("Frau hatte eine Fehlgeburt (10. SSW), ist jetzt wieder schwanger und sehr unruhig",
     PREGNANCY),
    ("Frau in der 31. SSW hat nach einer Totgeburt vor 3 Jahren große Angst", AgeRange(-6, -1)),
    # a young person telling their own age asks for themselves; an adult writer is no child
    ("kennt wer nen ort zum zocken in lünen? bin 13 😅", AgeRange(156, 167)),
    ("hallo, ich bin erst 16 und schwanger, wer berät mich in Selm?", PREGNANCY),
    ("I'm 17 and my parents kicked me out, is there help in Unna?", AgeRange(204, 215)),
    ("Bin 19, mein Sohn ist 2, Krabbelgruppe in Selm?", AgeRange(24, 35)),
    ("bin 52 und Oma, Enkel braucht Nachhilfe in Kamen", None),
    ("Ich bin 15 Minuten zu spät zur Kita gekommen, Unna", None),
]


@pytest.mark.parametrize(("text", "age"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_age(text: str, age: AgeRange | None) -> None:
    assert read_age(fold(germanise(text))).age == age  # as `understand` reads it


@pytest.mark.parametrize(("text", "age", "place"), [
    ("Betr. Trauerfall: Die Mutter hat in der 23. SSW ihr Kind verloren; ihr Sohn, 5 Jahre, "
     "fragt ständig nach dem Baby. Gibt es in Unna Trauerbegleitung für ihn?",
     AgeRange(60, 71), "unna"),
    ("Jg. 7, Skifreizeit (6 Tage, 390 €), Eltern beziehen Bürgergeld. BuT? Gesamtschule Kamen",
     AgeRange(144, 155), "kamen"),
])  # fmt: skip
def test_no_offer_for_a_baby_or_a_pregnancy_is_shown(
    text: str, age: AgeRange, place: str, catalogue: Catalogue
) -> None:
    """The worst failure: a wrong age that shows offers unsuitable for the child asked about."""
    request = understand(text, catalogue)
    assert (request.age, request.place) == (age, place)
    answer = match(request, catalogue)
    for hit in answer.offers:
        low, high = hit.offer.age_min, hit.offer.age_max
        assert (low is None or low <= age.high) and (high is None or age.low <= high), hit.offer.id
