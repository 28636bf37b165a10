"""Age phrasings that were misread: an either-or of two ages, the inverted copula in the
plural, and a preterm baby's real age beside its corrected one.

A writer unsure between two ages of one child ("ist 4 oder schon 5", "acht bzw. neun",
"sechzehn, siebzehn, genau weiß ich es nicht") means the span of both, so the offers shown fit
either; only the next year (after a comma) or the one after (after "oder"/"bzw.") is such an
alternative. Spoken order puts the age before a plural copula ("15 sind die", "14 sind die alle",
"16 bis 17 sind die") as it does before "ist er"; an article there ("12 sind die Kosten") is no
pronoun. A corrected age after the real one ("real 6 Monate (korrigiert 4)", "korrigiert 3
Monate, echt 5") leaves the real age. A strong self-correction ("sorry", "nein stopp") a few
words after the number it takes back replaces it ("sechzehnjähriger mit Panikattacken sorry
siebzehn"), a plain "nein" of speech does not. Near misses keep their reading. Every row is
written for this table (none is taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.understanding import understand


def _years(n: int, until: int | None = None) -> AgeRange:
    return AgeRange(12 * n, 12 * (until or n) + 11)


def _months(n: int) -> AgeRange:
    return AgeRange(n, n)


ROWS: list[tuple[str, AgeRange | None]] = [
    # an either-or of two ages of one child is the span of both
    ("Der Junge ist 10 oder 11, genau weiß die Oma es nicht. Nachhilfe in Kamen?", _years(10, 11)),
    ("Mädchen 3 oder schon 4, spricht kaum. Sprachförderung in Bönen?", _years(3, 4)),
    ("Sohn acht bzw. neun, braucht nachmittags Betreuung, Unna", _years(8, 9)),
    ("Tochter ist fünfzehn, sechzehn, weiß ich nicht genau – Beratung in Selm?", _years(15, 16)),
    ("Kind 6 oder eher 7, Einschulung unklar, Werne", _years(6, 7)),
    # near misses: a comma before a number two years on, a time, a count
    ("Junge 14, 15 Uhr hätte die Mutter Zeit. Suchtberatung in Lünen?", _years(14)),
    # the inverted copula in the plural: twins, a group, a range
    ("Zwillinge, 15 sind die, kiffen beide. Suchtberatung in Kamen?", _years(15)),
    ("Drei Mädchen aus der 7a mobben eine andere, 13 sind die alle. Hilfe in Bergkamen?",
     _years(13)),
    ("Die Jungs aus der WG, 16 bis 17 sind die, suchen einen Jugendtreff in Lünen", _years(16, 17)),
    ("Zwei aus der Gruppe kiffen, 14 sind sie erst. Beratung in Unna?", _years(14)),
    # near miss: "die" before a noun is an article, the number names no age
    ("12 sind die Plätze in der Gruppe, Kind 7, OGS in Kamen?", _years(7)),
    # a preterm baby's real age wins over the corrected one, in either order
    ("Frühchen, real 6 Monate (korrigiert 4), trinkt schlecht, Unna", _months(6)),
    ("Frühchen korrigiert 3 Monate, echt 5, Frühe Hilfen in Kamen?", _months(5)),
    ("Baby 3 Mon. korr., chronologisch 5 Mon., Familienhebamme Selm", _months(5)),
    # a strong self-correction a few words after the number it takes back: the new one wins
    ("sechzehnjähriger mit panikattacken sorry siebzehn beratung in kamen", _years(17)),
    ("tochter vierzehn hat bauchweh nein stopp fünfzehn beratung in unna", _years(15)),
    # near misses: a span after the marker, and a plain "nein" of speech
    ("Junge 14 hat Angst stopp 3 Wochen schon, Beratung in Unna", _years(14)),
    ("Mädchen 15 sagt immer nein 2 mal am Tag, Beratung in Unna", _years(15)),
]


@pytest.mark.parametrize(("text", "age"), ROWS)
def test_age(catalogue: Catalogue, text: str, age: AgeRange | None) -> None:
    assert understand(text, catalogue).age == age
