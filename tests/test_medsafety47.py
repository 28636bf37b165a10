"""Signs of a threat to a child's welfare told in a workplace's own jargon, and their look-alikes.

Professionals write a case in their trade's words: the practice's growth chart and missed
appointments ("Gewicht unter 3. Perzentile, Mutter kam 3x nicht zum Termin"), the clinic's
"V. a. Kindesmisshandlung" and its verdict on an account ("Sturz vom Wickeltisch – nicht
plausibel"), a physician's disclosure ("§ 4 KKG") and a report weighed or asked for ("Dr. will
Meldung machen", "Mitteilung ans JA", "Meldung wohin?"). Each puts child protection first with the
emergency numbers. The same words without a case — a chart the parents keep up with, a report
already made, a training about reports, a contact asked for ("an wen kann ich mich melden") —
raise nothing. `tests/data/medsafety47/` holds the class set measured before the change.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

ROWS: list[tuple[str, bool]] = [
    # the growth chart and appointments not kept
    ("U5 heute, Baby 5 Monate: Gewicht unter 3. Perzentile, Mutter kam 3x nicht zum Termin. "
     "Lünen-Gahmen, wer ist zuständig?", True),
    ("U6, 11 Monate, KG deutlich unter P3, Mutter hat 4 Termine abgesagt. Bergkamen", True),
    # the clinic's suspicion and its verdict on the account
    ("V.a. Kindesmisshandlung bei 8 Monate altem Säugling, Kamen-Mitte. Wen rufe ich an?", True),
    ("U5: Sgl. 6 Mon., Hämatom an der Wange, Eltern: Sturz vom Wickeltisch – für das Alter "
     "nicht plausibel. Lünen-Süd", True),
    # a disclosure or a report weighed or asked for
    ("Kinderärztin Holzwickede: wir überlegen eine Datenweitergabe nach §4 KKG, Mädchen 6 J. "
     "Wer berät vorher?", True),
    ("Chefarzt möchte eine Mitteilung ans Jugendamt schicken, Baby 4 Monate aus Brambauer. "
     "Wer ist zuständig?", True),
    ("Kundin 22, Kinder 8 Mon. und 3 J., beide sehr dünn, Unna-Massen. Frage: Meldung an "
     "wen?", True),
    # the same words, no case
    ("Kind 4 Jahre, Gewicht unter der 3. Perzentile, Eltern kommen zu jedem Termin, Frühchen. "
     "Ernährungsberatung in Unna?", False),
    ("Mutter kam 2x nicht zur U-Untersuchung, weil sie umgezogen ist, Baby 9 Monate, "
     "Oberaden. Neuer Kinderarzt gesucht.", False),
    ("Wir planen eine Fortbildung für Kinderärzte zu Meldungen nach § 4 KKG und § 8a. Wer "
     "referiert im Kreis Unna?", False),
    ("Sohn 8, Schwerte, sucht einen Schwimmkurs. An wen kann ich mich melden?", False),
    ("Junge 6, hat sich beim Fußball das Schienbein geprellt. Sportverein in Schwerte?", False),
]


@pytest.mark.parametrize(("text", "sign"), ROWS)
def test_workplace_jargon_puts_child_protection_first(text: str, sign: bool,
                                                      catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)
