"""Falsegap75: a named kind of help the catalogue holds under its topic's name ("Krabbelgruppe",
"Triple P", "Hausaufgabenhilfe", "offene Sprechstunde" of a Familienzentrum) and a parent asking
counselling for herself after a child's crisis are answered with fitting offers, never with an
honest-looking gap; a language nobody holds an offer in stays a gap.

The requests are `tests/data/falsegap75/requests.jsonl` (written by hand, never copied from the
evidence); the offers asserted are those the catalogue's rules make relevant to their labels.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

ANSWERED = [
    ("Gibt es in Bergkamen so was wie PEKiP für unsere Kleine (5 Monate)?", {"BGK-006", "BGK-008"}),
    ("Suche Krabbelgruppe in Kamen, Sohn ist 10 Monate alt",
     {"KAM-007", "KAM-008", "KAM-014", "KAM-040", "KAM-042"}),
    ("Läuft in Lünen gerade ein Triple-P-Kurs? Eltern von einem 6-jährigen Wutzwerg wären "
     "interessiert", {"LUE-007", "LUE-024"}),
    ("Ich bin Vater, mein Sohn (14) hat sich letzte Woche geritzt. Wo kann ich selbst mit jemandem "
     "reden? Wir wohnen in Unna.", {"KRS-030", "KRS-031", "UNA-005"}),
    ("Hat ein Familienzentrum in Holzwickede eine offene Sprechstunde? Kind 3 Jahre, Eltern "
     "unsicher bei Erziehung", {"HOL-002", "KRS-004"}),
    ("Wo gibt's Hausaufgabenhilfe in Kamen-Methler? Drittklässler, 8 J.", {"KAM-034"}),
    ("Oma hat das Sorgerecht für ihre Enkelin (7) übernommen und braucht selber Unterstützung, "
     "Lünen-Brambauer", {"LUE-003", "LUE-004"}),
    ("Mein Mann trinkt, ich weiß nicht mehr weiter – gibt es für mich und die Kinder (8 und 11) "
     "was in Kamen?", {"KRS-015"}),
]

GAPS = [  # look-alikes: the same shape of request, but no offer is held in the language
    "Reittherapie auf Polnisch für einen 8-Jährigen mit Autismus in Selm-Cappenberg",
    "Gibt es in Holzwickede-Opherdicke eine Gruppe auf Vietnamesisch für Eltern eines "
    "2-Jährigen?",
]


@pytest.mark.parametrize(("text", "relevant"), ANSWERED)
def test_named_help_is_answered(assistant: Assistant, text: str, relevant: set[str]) -> None:
    answer, _session = assistant.respond(text)
    shown = [hit.offer.id for hit in answer.offers[:3]]
    assert not answer.is_gap
    assert relevant & set(shown), shown


@pytest.mark.parametrize("text", GAPS)
def test_unheld_language_stays_gap(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.is_gap
    assert not answer.offers
