"""Ages, units and ranges told in the family's language: abbreviated units ("6 tyg.", "5 mc",
"5 міс.", "6 săpt."), a range between two units ("od 8 mies. do 11 lat", "von 8 Monaten bis
11 Jahren"), twins' years and months, Russian "лет 4" — and look-alikes that name no child's age."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

CASES = [
    # (request, age range the user relies on)
    ("noworodek 3 tyg., położna szuka Familienhebamme, Lünen", (0, 0)),
    ("Mama z dzieckiem 6 tyg., nikt jej nie pomaga, Bönen", (1, 1)),
    ("syn 5 mc, mama sama, Unna", (5, 5)),
    ("synek 10 mcy, Krabbelgruppe Kamen", (10, 10)),
    ("дитина 5 міс., шукаємо Krabbelgruppe in Selm", (5, 5)),
    ("bebe 6 săpt., mama singură, Hebamme in Werne", (1, 1)),
    ("Rodzina 5 dzieci (od 8 mies. do 11 lat), Mietrückstand, Overberge", (8, 143)),
    ("діти від 6 міс. до 3 років, Spielgruppe in Unna", (6, 47)),
    ("copii de la 6 luni la 3 ani, Unna", (6, 47)),
    ("Kinder von 8 Monaten bis 11 Jahren, Ferienangebot in Kamen", (8, 143)),
    ("Krabbelgruppe 8 Mon. - 2 J. in Kamen", (8, 35)),
    ("babies 6 wks to 12 mos, anything in Unna?", (1, 12)),
    ("Близнаци на 2 години и 3 месеца, говорят много малко, Selm", (27, 27)),
    ("Zwillinge, 2 lata i 10 miesięcy, beide sprechen wenig, Kamen", (34, 34)),
    ("у соседей ребёнок (лет 4) постоянно плачет, Königsborn", (48, 59)),
    # look-alikes: a span of time, a parent's age, a sale, a waiting time
    ("Dziadek i babcia, seit 3 lat w Niemczech, Deutschkurs in Kamen", None),
    ("Annem 45 yaşında, ben 19 yaşındayım, Ausbildung in Unna", (228, 239)),
    ("Sale im Familienzentrum Bergkamen, Flohmarkt für Kinderkleidung", None),
    ("Mama ima 30 godina, beba 2 mjeseca, Rückbildung in Werne?", (2, 2)),
    ("Wir warten seit 6 Wochen bis 3 Monate auf einen Termin, Kamen", None),
    ("Mama 30 lat, córka 2 lata, Kita in Unna", (24, 35)),
]


@pytest.mark.parametrize(("text", "age"), CASES)
def test_family_language_ages(catalogue: Catalogue, text: str,
                              age: tuple[int, int] | None) -> None:
    request = understand(text, catalogue)
    assert ((request.age.low, request.age.high) if request.age else None) == age
