"""Danger to a teenager from much older men, violence told in a family language, and a drink verb
told with an amount.

A coach writes that a girl of fourteen is driven to training by older "Kerls" and her mother is
hardly there; a relative writes in Bulgarian that the husband beats the wife and the child sees
everything; a shelter worker writes "Mutter trinkt kaum, Baby nimmt schlecht zu" — the mother
barely drinks, no alcohol. The first two put child protection first with the emergency numbers;
the third asks for the Frühe Hilfen, and names no parent's addiction. The look-alikes — a
boyfriend of the same age, a big brother driving, a baby who drinks too little with a caring
mother, a Bulgarian or Russian child's fall — raise nothing. Rows written for this table;
`tests/data/safety50/` holds the class set measured before the change.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from tests.protection import check_protection

ROWS: list[tuple[str, bool]] = [
    # older men picking a girl up, the spoken plural "Kerls"
    ("Bei uns im Verein is 'ne Spielerin, dreizehn, die wird dauernd von älteren Kerls abgeholt. "
     "Kamen. Wen frag ich?", True),
    ("Unsere Nachbarstochter (14) wird abends von erwachsenen Männern mit dem Auto abgeholt, die "
     "Eltern merken nichts. Bönen.", True),
    # violence at home told in Bulgarian and Russian
    ("Мъжът бие жената, детето на 6 вижда всичко. Lünen. Къде да се обърнем?", True),
    ("Бащата удря детето, момче на 9. Unna.", True),
    ("Муж бьёт жену, дочка 7 лет все видит. Kamen, wer hilft?", True),
    # the look-alikes
    ("Meine Tochter (15) hat einen Freund, auch 15, die zwei gehen zusammen ins Kino. Gibt es in "
     "Unna einen Jugendtreff?", False),
    ("Unsere Tochter, 14, wird von ihrem großen Bruder (21) mit dem Auto zum Handball gefahren. "
     "Welche Vereine gibt es in Werne?", False),
    ("Детето (4) падна от колелото, има цицина. Къде има детски лекар в Kamen?", False),
    ("Сын 3 года упал с горки, шишка на лбу. Где детский врач в Unna?", False),
    ("Baby 3 Wochen trinkt zu wenig, die Mama kümmert sich sehr liebevoll und sucht eine "
     "Hebamme in Selm.", False),
]


@pytest.mark.parametrize(("text", "sign"), ROWS)
def test_danger_told_puts_child_protection_first(text: str, sign: bool,
                                                 catalogue: Catalogue) -> None:  # fmt: skip
    check_protection(text, catalogue, sign)


FLUIDS: list[str] = [
    "Baby 5 Wo., Mutter trinkt kaum, Baby nimmt schlecht zu, keine Nachsorge – Familienhebamme?",
    "Säugling 6 Wochen in Unna, die Mama trinkt selbst viel zu wenig, Milch reicht nicht. Hebamme?",
    "Baby 2 Monate, Mutter trinkt nicht genug und ist erschöpft, Frühe Hilfen in Lünen?",
]


@pytest.mark.parametrize("text", FLUIDS)
def test_a_drink_verb_with_an_amount_is_no_addiction(text: str, catalogue: Catalogue) -> None:
    request = check_protection(text, catalogue, False)[0]
    assert {"fruehe_hilfen", "schwangerschaft_geburt"} & set(request.topics)
    assert "belastete_eltern" not in request.topics


def test_a_drinking_mother_of_a_baby_stays_a_sign(catalogue: Catalogue) -> None:
    request = understand("Baby 4 Wochen, Mutter trinkt viel, Flaschen überall. Bergkamen.",
                         catalogue)
    assert request.child_protection
