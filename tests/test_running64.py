"""A help the story names as ended, broken off, refused or tried is context, not the need asked
now (running64, `bot/understanding/main_need_ended.py`).

"Hebamme ist fertig. Wo Stillberatung?" asks for breastfeeding advice; the midwife is history.
The help asked leads, the ended one comes after it (its offers become marked alternatives).
Look-alikes ask for the same kind of help again and keep it first; an ended course of life
("Ausbildung abgebrochen") is no help. Sentences are our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

# (text, the asked need first, the ended help that must not lead, age, place)
ENDED = [
    ("Der Integrationskurs der Mutter ist fertig, sie will arbeiten. Ihr Sohn (2) braucht eine "
     "Tagesmutter in Werne.", "kita_betreuung", "migration_integration", (24, 35), "werne"),
    ("Der Erziehungsbeistand endete im Oktober. Junge 15, hängt nur rum – gibt es einen "
     "Jugendtreff in Bönen?", "offene_jugendarbeit", "hilfen_zur_erziehung", (180, 191),
     "boenen"),
    ("Die Tochter hat die Nachhilfe abgebrochen, jetzt weint sie jeden Morgen vor der Schule. "
     "Mädchen 11, gibt es Schulsozialarbeit in Kamen?", "schulsozialarbeit", "lernfoerderung",
     (132, 143), "kamen"),
    ("ASD kennt die Familie. Kinder 8 und 9 langweilen sich nachmittags, gibt es einen offenen "
     "Treff in Unna?", "offene_jugendarbeit", "hilfen_zur_erziehung", (96, 119), "unna"),
]

# the asked help is the same kind as the one that ended: it stays the need
LOOK_ALIKES = [
    ("Hebamme ist fertig, wir suchen eine neue Hebamme für die Nachsorge. Baby 5 Wochen, Lünen.",
     "schwangerschaft_geburt", (1, 1), "luenen"),
    ("Sein Kita-Platz wurde gekündigt. Die Mutter fragt nach einer Kita in Kamen für den "
     "Jungen (4).", "kita_betreuung", (48, 59), "kamen"),
    ("Tochter 19 hat die Ausbildung abgebrochen, seitdem ohne Einkommen. Hilfe beim Einstieg in "
     "den Beruf in Unna?", "schule_beruf", (228, 239), "unna"),
]


@pytest.mark.parametrize(("text", "need", "ended", "age", "place"), ENDED)
def test_the_ended_help_does_not_lead(catalogue: Catalogue, text: str, need: str, ended: str,
                                      age: tuple[int, int], place: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.topics[:1] == (need,), request.topics
    assert request.topics[:1] != (ended,)
    assert request.age is not None and (request.age.low, request.age.high) == age
    assert request.place == place


@pytest.mark.parametrize(("text", "need", "age", "place"), LOOK_ALIKES)
def test_a_help_asked_again_stays_the_need(catalogue: Catalogue, text: str, need: str,
                                           age: tuple[int, int], place: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert need in request.topics[:2], request.topics
    assert request.age is not None and (request.age.low, request.age.high) == age
    assert request.place == place
