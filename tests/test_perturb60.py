"""A request understood once stays understood when typed differently (`age_loose`).

Two children's ages given bare at the end of a short message ("… in den ferien? 8 und 10") are
both read; a closing formula or thanks typed right after them ("8 und 10 LG", "8 und 10 thx",
"8 und 10 Vielen Dank") ends that clause as a full stop does, so the older child is kept too.
Look-alikes: a range with its unit, room numbers, dates, one child with a sign-off.
Sentences are our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

AGES = [
    # (request, the age range in months)
    ("Moin, gibt es in Bönen eine Ferienbetreuung für zwei Schulkinder? 7 und 9 LG", (84, 119)),
    ("hallo, sucht jemand in kamen was zum schwimmen lernen für meine jungs? 6 und 8 thx",
     (72, 107)),
    ("Guten Tag, Beratung für Trennungskinder in Unna? 5 und 9 Danke euch", (60, 119)),
    ("Hallo, Freizeitangebote in Schwerte im Ferienprogramm? Sie sind 10 und 12 Vielen Dank",
     (120, 155)),
    ("gibt es in werne was für schulkinder in den ferien? 8 und 10 mfg", (96, 131)),
    # without the sign-off the same list was already read
    ("gibt es in werne was für schulkinder in den ferien? 8 und 10", (96, 131)),
]

LOOK_ALIKES = [
    ("Wir suchen in Kamen einen Sportverein für Kinder von 8 bis 10 Jahren.", (96, 131)),
    ("Wohnen in Unna, Zimmer 8 und 10 sind belegt, suchen Hausaufgabenhilfe für unseren Sohn, "
     "9 Jahre.", (108, 119)),
    ("Sohn 7, stottert stark. Logopädie in Werne? LG", (84, 95)),
    ("Unser Treffen war am 8. und 10. Mai. Jetzt sucht die Mutter für ihre Tochter, 5 Jahre, "
     "eine Erziehungsberatung in Bönen.", (60, 71)),
]


@pytest.mark.parametrize(("text", "months"), AGES + LOOK_ALIKES)
def test_bare_ages_before_a_signoff_stay_read(assistant: Assistant, text: str,
                                              months: tuple[int, int]) -> None:  # fmt: skip
    answer, _session = assistant.respond(text)
    age = answer.request.age
    assert age is not None and (age.low, age.high) == months
