"""A danger told in the past with a time that makes it now, a threat to take the children, an
addicted carer with a baby or toddler in her charge: child protection first (stop 42, protect63).

"Er hat die Kleine (3) gestern geschlagen" names nobody before the pronoun, but the child it hits
stands in the perfect's bracket, so "er" is the adult the teller leaves unnamed. "Mein Ex droht,
die Kinder in die Türkei mitzunehmen" is a threat of abduction. "Meine Schwägerin ist
heroinabhängig und allein mit ihrem Baby" leaves a baby in the charge of a carer who cannot care.
A danger told as settled — a separation with peace since, an addiction years over, a shelter left
for a safe home, a father out of touch — raises no alarm when the help asked is another.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

DANGER_NOW = [
    # a perfect tense with a time of now, the pronoun's adult unnamed
    "Sie hat Angst, dass er wiederkommt, er hat die Kleine (3) gestern geschlagen. Kamen",
    "Er hat meine Tochter (5) heute früh geschlagen, sie hat jetzt Angst. Unna",
    # a threat to take the children away or abroad
    "Mein Ex-Mann droht, die Kinder (5 und 8) in die Türkei mitzunehmen. Lünen, was tun?",
    "Der Vater meines Sohnes (3) hat angekündigt, ihn nach dem Umgang zu behalten und ins "
    "Ausland zu gehen. Schwerte",
    "Mein Ex hat gedroht, mit dem Kind unterzutauchen. Tochter ist 4. Wer berät in Schwerte?",
    # an addicted carer with a baby or toddler in her charge
    "Meine Schwägerin ist heroinabhängig und allein mit ihrem Baby (4 Monate). Fröndenberg",
    "Die Mutter meines Enkels trinkt jeden Tag ab mittags und kümmert sich dann nicht mehr um "
    "den Kleinen, er ist 1,5. Selm",
    "Mein Partner ist drogensüchtig und passt tagsüber auf unser Baby (8 Monate) auf. Unna",
]

SETTLED = [
    "Mein Ex hat früher getrunken, seit der Trennung vor zwei Jahren ist Ruhe. Mutter-Kind-Kur "
    "für mich und meinen Sohn (6) in Unna?",
    "Der Vater hat keinen Kontakt mehr zu den Kindern (3 und 7). Entlastung für "
    "Alleinerziehende in Kamen?",
    "Mein Freund war früher drogenabhängig, ist seit 5 Jahren clean. Wir erwarten ein Baby, "
    "Geburtsvorbereitungskurs in Schwerte?",
    "Mein Sohn (10) hat gestern in der Schule einen Mitschüler geschubst. Anti-Aggressions-"
    "Training in Bergkamen?",
    # a baby who drinks badly beside a mother alone: a feed, no addicted carer
    "baby sechs monate trinkt schlecht mama allein familienhebamme in fröndenberg",
    "Kinderkrankenpflege: Baby acht Monate, trinkt schlecht, Mutter allein. Frühe Hilfen Unna?",
    # a child who hits at the nursery: the pronoun's act among peers
    "Er hat in der Kita ein Kind geschlagen, mein Sohn ist 4. Erziehungsberatung in Kamen?",
    # the authority's taking into care feared: no abduction
    "Vater hat Angst, dass das Jugendamt ihm die Kinder (6 und 10) wegnimmt, weil er arbeitslos "
    "ist. BuT-Antrag in Unna?",
]


@pytest.mark.parametrize("text", DANGER_NOW)
def test_danger_now_puts_protection_first(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=True)


@pytest.mark.parametrize("text", SETTLED)
def test_settled_or_lookalike_is_no_alarm(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=False)
