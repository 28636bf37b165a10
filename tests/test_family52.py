"""The family around a sick child: whose need a request asks for, and so whose age it takes.

A child a clause tells seriously ill is the story's context when a brother or sister with a story
of their own is named beside it ("Sohn (12) hat Leukämie … Die Schwester (7) fühlt sich
abgehängt"), as a child in hospital already was; and a born child at home whose care is asked
with the verb first ("wer betreut den Kleinen?") is asked about beside a pregnancy in hospital."""

from __future__ import annotations

import pytest

from bot.models import AgeRange
from bot.text import clean, fold
from bot.understanding.age import parse_age

CASES = [
    # the sibling beside a seriously ill child
    ("Familie aus Kamen-Methler: Sohn (12) hat seit Januar Leukämie, ist viel in der Klinik. Die "
     "Schwester (7) fühlt sich total abgehängt und hat Bauchweh vor der Schule. Gibts für sie was?",
     (84, 95)),
    ("Tochter 10 hat einen Hirntumor, der Bruder (6) schläft seit Wochen schlecht. Gibt es in Unna "
     "eine Gruppe?", (72, 83)),
    # the ill child itself, when no sibling has a story of its own
    ("Sohn (12) hat Leukämie, Schwester 7. Ferienfreizeit für ihn in Werne?", (144, 155)),
    ("Junge 9 J., Leukämie, braucht Schulbegleitung in Kamen", (108, 119)),
    # the born child at home beside a pregnancy in hospital
    ("Zwillingsschwangerschaft, SSW 30, stationär mit vorzeitigen Wehen. Zu Hause Sohn (2), Papa "
     "arbeitet Schicht. Wer betreut den Kleinen? Bönen", (24, 35)),
    # ... but the pregnancy stays asked when only her care is
    ("Schwanger SSW 20, Sohn 3 J., sucht eine Hebamme in Unna", (-9, -1)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_whose_age(text: str, expected: tuple[int, int]) -> None:
    assert parse_age(fold(clean(text))) == AgeRange(*expected)
