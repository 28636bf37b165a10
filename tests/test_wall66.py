"""Danger heard or seen from outside puts child protection first (stop 43, wall66).

A neighbour, a Hausmeister, a Postbotin tells what comes through the wall: things thrown, a man
yelling, dishes breaking, blows, screams from a flat — with a child living there. That is child
protection though no word of the trade is said. A noise without a child, a party, a renovation,
children at play, a quarrel over parking, or a child's crying without violence is no case.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

WITNESSED = [
    "Jeden Abend knallt es bei den Nachbarn über uns, Sachen fliegen gegen die Wand und der "
    "Kleine (3) schreit dann ganz fürchterlich. Was kann ich tun? Kamen",
    "Boah, nebenan brüllt der Kerl wieder rum wie bekloppt, dat Kind heult die ganze Zeit. "
    "Bergkamen, wen ruf ich da an?",
    "Als Hausmeister kriege ich einiges mit: in Wohnung 7 zerbricht ständig Geschirr, die Frau "
    "weint, und die beiden Kinder (6 und 8) sitzen oft draußen auf der Treppe. Lünen",
    "Bei uns im Haus in Werne scheppert es nachts, man hört Schläge und einen Jungen, so 7 "
    "Jahre, der um Hilfe ruft. Was soll ich machen?",
    "Schreie aus Wohnung 14, ein Mann tobt und die Kinder (2 und 4) weinen. Selm",
    "Our neighbour yells at his kids all the time and last night we heard something smash and "
    "the youngest (about 3) crying for ages. Bönen.",
    "Im Nachbarhaus hört man jeden Abend Gebrüll und wie etwas gegen die Tür knallt, dort lebt "
    "ein Säugling. Unna",
    # a voice not in the fresh set: a Postbotin, dishes thrown, the children at the window
    "Ich trage in Fröndenberg die Post aus, aus dem Erdgeschoss hört man oft Gepolter und "
    "Gebrüll, die zwei Kleinen stehen dann verängstigt am Fenster.",
]

NO_DANGER = [
    "Die Nachbarn über uns feiern jedes Wochenende bis drei Uhr, die Musik dröhnt und es wird "
    "gegrölt. Unsere Tochter (9) sucht einen Sportverein in Kamen.",
    "Unser Baby (3 Monate) schreit jeden Abend stundenlang, wir tragen es herum. Schreiambulanz "
    "in Unna?",
    "Nebenan wird seit Wochen renoviert, es hämmert und kracht den ganzen Tag, unser Sohn (2) "
    "kann nicht schlafen. Krabbelgruppe in Schwerte?",
    "Die Nachbarn streiten sich ständig lautstark über die Parkplätze. Unser Sohn (11) braucht "
    "Nachhilfe in Mathe, Lünen?",
    "Die Kinder nebenan (5 und 7) toben und schreien beim Spielen im Garten. Unsere Tochter (6) "
    "möchte mitspielen – offener Spieltreff in Bergkamen?",
    "Der Nachbarsjunge (10) weint oft, seit sein Opa gestorben ist, die Eltern kümmern sich "
    "liebevoll. Trauergruppe für Kinder in Unna?",
    "Die Nachbarn über uns streiten sich, es knallt oft. Wir haben keine Kinder. Kamen",
    # a child who slams doors herself: a parenting question asked for the neighbours
    "Ein Paar von nebenan fragt nach Erziehungsberatung in Schwerte, die Tochter (10) knallt "
    "Türen und sagt, sie hasst alle.",
    "Ich habe soeben mit der Kita gesprochen, unser Sohn (4) braucht Sprachförderung in Unna.",
]


@pytest.mark.parametrize("text", WITNESSED)
def test_witnessed_violence_puts_protection_first(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=True)


@pytest.mark.parametrize("text", NO_DANGER)
def test_noise_without_danger_raises_no_alarm(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=False)
