"""A handover names the help that ends and, after it, the need that comes next (handover66,
`bot/understanding/main_need_handover.py`, markers in `bot/data/help_ended.toml`).

"Die SPFH wird beendet. Danach braucht die Mutter Entlastung" asks for relief: the ending help
is history even where it is the only need the words pick first. A handover's head ("Ende der
Maßnahme", "Abschluss der Hilfe zur Erziehung", "das Jugendamt zieht sich raus") is the ending
help; a form's field ("Anschluss:", "Bedarf:") or "danach" marks where the need stands. Look-alikes
ask for the ending help again and keep it. Sentences are our own, none taken from an evaluation
set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

# (text, the need after the handover, the ending help that must not lead, place)
HANDOVERS = [
    ("Die Familienhilfe wird zum Sommer beendet, das Jugendamt zieht sich raus. Danach braucht "
     "die alleinerziehende Mutter von drei Kindern Entlastung, wir sind in Kamen.",
     "alleinerziehende_entlastung", "hilfen_zur_erziehung", "kamen"),
    ("Abschluss der Hilfe zur Erziehung im Herbst. Anschluss: Schulsozialarbeit für den Sohn, "
     "12 Jahre, Realschule in Unna.", "schulsozialarbeit", "hilfen_zur_erziehung", "unna"),
    ("Ende der Maßnahme nach §30 zum Monatsende. Bedarf: Nachhilfe in Deutsch für die Tochter "
     "(10) in Werne.", "lernfoerderung", "hilfen_zur_erziehung", "werne"),
]

# the help that ends is asked again, or no handover is told: the named help stays first
LOOK_ALIKES = [
    ("Der Erziehungsbeistand endet im Mai. Wir suchen eine neue ambulante Hilfe zur Erziehung "
     "für den Jungen (13) in Bergkamen.", "hilfen_zur_erziehung", "bergkamen"),
    ("Nachsorge gesucht: Baby 3 Wochen, die Mutter ist unsicher, Familienhebamme in Lünen?",
     "fruehe_hilfen", "luenen"),
    ("Am Ende der Woche kommt das Baby, wir suchen danach eine Hebamme in Selm.",
     "schwangerschaft_geburt", "selm"),
]


@pytest.mark.parametrize(("text", "need", "ended", "place"), HANDOVERS)
def test_the_need_after_the_handover_leads(catalogue: Catalogue, text: str, need: str,
                                           ended: str, place: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.topics[:1] == (need,), request.topics
    assert request.topics[:1] != (ended,)
    assert request.place == place


@pytest.mark.parametrize(("text", "need", "place"), LOOK_ALIKES)
def test_a_help_asked_again_stays_the_need(catalogue: Catalogue, text: str, need: str,
                                           place: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.topics[:1] == (need,), request.topics
    assert request.place == place
