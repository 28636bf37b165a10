"""Prevention asked is no alarm; the writer's own childhood is no danger now (stop 41, prevent61).

"Wie schütze ich meine Tochter vor Cybergrooming?" asks for prevention; "ich will sie vor ihrem
Stiefvater schützen, er fasst sie an" tells a danger now and keeps child protection first with
the emergency numbers.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

PREVENTION = [
    "Wie kann ich meine Tochter (12) vor Cybergrooming schützen? Gibt es Elternabende in Kamen?",
    "Präventionsprojekt gegen sexualisierte Gewalt für Kita-Kinder in Overberge",
    "Selbstverteidigung für Kinder (9) gegen Übergriffe, gibt es sowas in Kamen?",
    "Wie bringe ich meinem Sohn (10) bei, sich gegen sexuelle Belästigung im Chat zu wehren? "
    "Bergkamen",
    "Ich war selbst als Kind Opfer von Missbrauch und möchte mein Kind (5) besser schützen. "
    "Beratung in Fröndenberg?",
]

# a danger told now, beside or inside the same frame: the alarm stays
DANGER = [
    "Ich will meine Tochter (11) vor ihrem Stiefvater schützen, er fasst sie nachts an. Unna",
    "Wie schütze ich meinen Sohn (12) vor dem Mann im Chat, der ihm Nacktbilder schickt und ihn "
    "treffen will? Bergkamen",
    "Schülerin (14) hat mir heute erzählt, dass ihr Onkel sie missbraucht. Werne, was tun?",
    "Junge 12 wird online erpresst (Sextortion). Ansprechpartner Medien/Prävention Unna",
]


@pytest.mark.parametrize("text", PREVENTION)
def test_prevention_asked_is_no_alarm(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=False)


@pytest.mark.parametrize("text", DANGER)
def test_danger_told_now_stays_an_alarm(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=True)
