"""A blow told in a clause whose verb closes it, or by a verb that is a blow only in its clause.

"wie die Mutter ihren Sohn an der Bushaltestelle geohrfeigt hat": the "der" after "an" is an
article, not a relative pronoun that would hand the blow to the son named before it. The adult
who opens the clause hits; child protection comes first. A "wie" clause about a game, and a
blow among children at a place, raise nothing. "eins übergezogen" and "hat ihm die Nase
gebrochen" are blows by the count or the bone in their clause; "die Jacke übergezogen", "hat
sich die Nase gebrochen", "das Herz gebrochen" are none. Rows written for this table;
`tests/data/safety46/` holds the class set measured before the change.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

ROWS: list[tuple[str, bool]] = [
    ("Ich habe heute gesehen, wie die Mutter ihren Sohn (4) an der Bushaltestelle in Lünen "
     "geohrfeigt hat. Wo kann ich das melden?", True),
    ("Kita Kamen: wir haben gesehen, wie Mutter das Kind (3) an der Tür geschlagen hat.", True),
    ("Der Vater hat das Kind (5) mit der Hand ins Gesicht geschlagen. Schule in Unna", True),
    ("Angst vor Papa der schlägt, sagt Mia (8). Bergkamen", True),
    # the same grammar, no case
    ("Ich habe gesehen, wie die Erzieherin die Kinder (3–5) im Garten mit Wasser bespritzt "
     "hat, alle haben gelacht. Naturgruppen in Werne?", False),
    ("Sohn (9) wurde beim Fußball an der Schule von Mitspielern getreten. Gibt es in Selm "
     "einen anderen Verein?", False),
]


@pytest.mark.parametrize(("text", "sign"), ROWS)
def test_an_article_after_a_preposition_is_no_relative(text: str, sign: bool,
                                                        catalogue: Catalogue) -> None:  # fmt: skip
    check_protection(text, catalogue, sign)


IDIOM_ROWS: list[tuple[str, bool]] = [
    ("Mein Freund (14) hat erzählt, dass sein Vater ihm die Nase gebrochen hat. Bönen", True),
    ("Der Papa von Ben (6) hat ihm vor der Kita eins übergezogen. Unna", True),
    ("Der Stiefvater hat dem Kind (4) den Arm ausgekugelt, sagt die Oma. Kamen", True),
    # the same verbs, no blow
    ("Sohn (9) ist beim Fußball gefoult worden und hat sich die Nase gebrochen. Sport in Selm?",
     False),
    ("Papa hat ihm die Jacke übergezogen, Sohn (3) friert trotzdem oft. Kinderarzt in Werne?",
     False),
    ("Mutter kam mit Sohn neun Jahre, Handgelenk gebrochen beim Fußball, seit der Trennung "
     "wütend. Familienberatung Kamen?", False),
    ("Ihr erster Freund hat ihr das Herz gebrochen, Tochter (15) weint viel. Beratung Lünen?",
     False),
]


@pytest.mark.parametrize(("text", "sign"), IDIOM_ROWS)
def test_a_blow_told_by_its_clause(text: str, sign: bool, catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)
