"""Danger told as history, help asked for now (stop 38, round 2: `safety_history`).

A child taken into care, a mother out of the Frauenhaus in her own flat, a violent father
arrested: when the request tells the danger as past, the child's state now as safe and asks for
a particular help, that help leads and child protection raises no alarm. Danger now — back with
the drinking mother since yesterday, a foster father who hits, a question whether to call the
youth office — keeps child protection first, with the emergency numbers.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.catalogue import Catalogue
from tests.protection import check_protection

PROTECTION = ("kinderschutz", "hilfen_zur_erziehung")

HISTORY = [
    ("Pflegemutter hier: unser Pflegesohn (2) wurde vor einem Jahr in Obhut genommen, inzwischen "
     "läuft alles gut. Wir suchen eine Krabbelgruppe in Unna-Königsborn.", "eltern_kind_gruppen"),
    ("Nach dem Frauenhaus wohnt die Mutter jetzt mit ihrer Tochter (3 Monate) in einer eigenen "
     "Wohnung in Kamen-Methler und sucht ein Babycafé.", "fruehe_hilfen"),
    ("Mädchen, 9, hat vor zwei Jahren Missbrauch durch den Stiefvater erlebt, der ist längst "
     "verurteilt. Wir suchen einen Kinderpsychotherapeuten in Unna-Mitte.",
     "psychische_gesundheit"),
    ("Our foster daughter (5) came to us after she was removed from her birth family for neglect "
     "last spring. Is there speech therapy in Holzwickede?", "sprachfoerderung"),
    ("Seit der Inobhutnahme im März lebt der 14-Jährige in einer Wohngruppe in Werne. Er hätte "
     "gern einen Sportverein.", "freizeit_sport_kultur"),
    ("Frau S. hat sich im Sommer von ihrem Partner getrennt, der sie geschlagen hat, und wohnt "
     "jetzt mit den Zwillingen (3) in Bönen. Sie brauchen einen Kitaplatz.", "kita_betreuung"),
    ("Unser Adoptivsohn (11) kam mit vier aus einem Kinderheim, wo er schwer vernachlässigt "
     "wurde. Gibt es Lernförderung in Lünen?", "lernfoerderung"),
    ("ein Geschwisterpaar (5 und 7) lebt nach Inobhutnahme wegen Vernachlässigung seit drei "
     "Wochen bei der Tante in Fröndenberg. Der Ältere schlägt seine Schwester. Wir suchen eine "
     "traumatherapeutische Begleitung.", "psychische_gesundheit"),
]

DANGER_NOW = [
    "Das Pflegekind (9) hat mir heute erzählt, dass der Pflegevater ihn schlägt. Unna. Wen "
    "informiere ich?",
    "Die Mutter ist letzte Woche aus dem Frauenhaus zurück zu ihrem Mann gezogen, der sie "
    "geschlagen hat, das Baby (4 Monate) ist dabei. Soll ich das Jugendamt einschalten? Lünen.",
    "Die Kinder (3 und 6) leben seit der Trennung bei der Oma in Bergkamen, aber die Oma ist oft "
    "betrunken und lässt sie allein. Muss man eine Inobhutnahme prüfen?",
    "Seit der Inobhutnahme vor zwei Wochen hat die Mutter wieder Umgang, gestern hatte das Kind "
    "(4) blaue Flecken. Pflegefamilie in Werne. Wen müssen wir informieren?",
    # a bare question asks for no particular help: the danger told stays a case
    "Wohnung in Unna-Uelzen total vermüllt, Kinder 8 und 12 leben da drin, Schimmel überall. "
    "Bei der Besichtigung am 14.3. gesehen. Was tun?",
    "Eine Konfirmandin (13) hat mir nach der Stunde gesagt, dass sie mit ihrem Stiefbruder (19) "
    "Sachen machen muss, die sie nicht will. Sie wohnt in Holzwickede. Was jetzt?",
]


@pytest.mark.parametrize(("text", "asked"), HISTORY)
def test_history_leaves_the_asked_need_first(assistant: Assistant, text: str, asked: str) -> None:
    answer, _session = assistant.respond(text)
    request = answer.request
    assert not request.child_protection
    assert answer.emergency == ()
    assert request.topics[0] not in PROTECTION
    assert asked in request.topics
    shown = [t for hit in answer.offers[:3] for t in hit.offer.topics]
    assert asked in shown


@pytest.mark.parametrize("text", DANGER_NOW)
def test_danger_now_keeps_child_protection_first(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=True)
