"""A scene of danger told without a danger word puts child protection first (stop 40, scenes59).

Young children alone in the night or for days, a child alone "mit dem Baby", a family sleeping
in a car, a tent, a cellar or a garden shed, a carer unconscious or drugged with a small child,
a toddler who drank a carer's methadone: nobody says "Kindeswohl", the scene says it. The same
words of a time that is over, a holiday, a grandmother who sleeps over or a parent alone *with*
the children stay no sign.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

SCENES = [
    # children alone in the night, with a carer back only in the small hours
    "Bufdi in der Kita: der Vierjährige erzählt, er und die kleine Schwester sind abends oft "
    "allein und Mama kommt erst wenn es hell ist. Kamen.",
    "Im Haus gegenüber sind die Kinder nachts allein mit dem Baby in der Wohnung. Unna.",
    "Die Kleine (3) war das ganze Wochenende allein mit ihrem 6-jährigen Bruder in der Wohnung, "
    "Eltern auf einer Feier. Bergkamen.",
    # a child named before a relative clause, a case note's abbreviation
    "Bei einem Hausbesuch in Selm wurde ein ca. 8-jähriger Junge angetroffen, der seit drei "
    "Tagen allein in der Wohnung ist.",
    "Geschwister 4 und 6 J., Werne, KM psych. krank, Ki. oft stundenlang allein.",
    # a family where nobody lives
    "Eine Mutter mit zwei kleinen Kindern (4 und 6) schläft seit einer Woche im Auto auf dem "
    "Parkplatz in Unna.",
    "Familie mit Baby (3 Monate) wohnt seit dem Sommer im Zelt am Kanal in Lünen.",
    "Vater haust mit seiner Tochter (8) in einem Gartenhäuschen, kein Strom, kein Wasser. "
    "Schwerte.",
    "Eine Familie mit drei Kindern (2, 5 und 9) lebt im Kellerraum eines Hauses in Werne.",
    # a carer who cannot care now
    "Beim Hausbesuch lag die Mutter bewusstlos auf dem Sofa, der Säugling (2 Monate) schrie. "
    "Holzwickede.",
    "Der Dreijährige hat Methadon von der Mutter getrunken, die Familie wohnt in Bönen.",
]

LOOK_ALIKES = [
    "Mein Sohn (13) ist nach der Schule eine Stunde allein zu Hause, bis ich von der Arbeit "
    "komme. Gibt es in Kamen einen Treff?",
    "Ich arbeite Nachtschicht, die Oma schläft dann bei den Kindern (4 und 7). Gibt es in Unna "
    "Entlastung für Alleinerziehende?",
    "Wir haben letztes Jahr ein paar Monate im Auto gewohnt, jetzt haben wir endlich eine Wohnung "
    "in Bergkamen. Tochter (6) kommt bald in die Schule, wo gibt es Hilfe beim Schulstart?",
    "Wir fahren im Sommer mit den Kindern (5 und 8) zum Campen und schlafen im Zelt – gibt es in "
    "Werne Ferienangebote?",
    "Ich bin ganz allein mit den drei Kindern (1, 3, 6), seit mein Mann ausgezogen ist. Selm.",
    "Neue Tagesmutter: mein Tageskind (1) schläft mittags allein im Bettchen ein, ist das ok? "
    "Holzwickede",
    "Die Mutter ist nachts allein mit dem Baby (4 Monate) und völlig erschöpft. Kamen.",
    "Unser Sohn (2) schläft im Auto immer sofort ein, zuhause nie. Unna, Schlafberatung?",
    "Die Mutter von unserem Schüler ist allein mit vier Kindern und völlig erschöpft. Lünen.",
    "Meine Tochter (10) geht abends allein zum Training, weil ich arbeite. Kamen, gibt es was?",
]


@pytest.mark.parametrize("text", SCENES)
def test_a_scene_of_danger_puts_protection_first(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=True)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_look_alike_stays_no_sign(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=False)
