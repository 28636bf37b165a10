"""A danger already handled or past, another help asked, is no alarm now (stop 41, handled62).

"- stark alkoholisiert - an Eltern übergeben - Frage: Jugendtreff in Schwerte?" tells a step
taken and asks another help: that help leads, with no alarm. "Mutter morgens allein mit allen"
is a parent alone with the children. A danger told as going on ("seit Jahren", "immer wieder",
"will nicht nach Hause") or with protection itself asked ("was tun?") stays an alarm.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from tests.protection import check_protection

# (request, the help asked that must lead)
HANDLED = [
    ("- Streife Lünen-Brambauer, 22:15\n- 3 Jungs, ca. 14 J., betrunken angetroffen\n"
     "- Eltern verständigt, alle abgeholt\n- Frage: gibt es Suchtprävention in Lünen?",
     "medien_sucht"),
    ("Sachverhalt: Kind (5) lief allein auf der Straße, Mutter schlief; Meldung ans Jugendamt "
     "ist raus | Anliegen: Erziehungsberatung für die Mutter in Unna", "erziehungsberatung"),
    ("Ordnungsamt Werne, Kirmes: Junge (12) alkoholisiert aufgefunden, den Eltern übergeben. "
     "Frage: Sportverein für Kinder in Werne?", "freizeit_sport_kultur"),
    ("Einsatzbericht Bönen: Kleinkind (2) allein im Auto, Mutter nach 10 Min. da, Jugendamt "
     "informiert. Anliegen: Entlastung für die alleinerziehende Mutter in Bönen",
     "alleinerziehende_entlastung"),
    ("Im Vorjahr wurde unsere Tochter (6) beim Stadtfest allein gelassen aufgefunden. Dieses "
     "Jahr suchen wir Ferienbetreuung in den Sommerferien in Lünen.", "ogs_ganztag"),
    ("letztes Jahr Kinder 8–10 J. unbeaufsichtigt am Feuer gezündelt - Frage: Ferienprogramm "
     "in den Osterferien in Werne?", "freizeit_sport_kultur"),
    ("Nachbarin sagt Mutter ist morgens allein mit allen vier Kindern, braucht Hilfe beim "
     "Frühstück und Anziehen. Gibt es Haushaltshilfe in Selm?", "alleinerziehende_entlastung"),
]

DANGER = [
    "- Streife Kamen 23:00\n- Kinder (3, 5) allein in der Wohnung\n- Mutter nicht erreichbar\n"
    "- Frage: was tun?",
    "Einsatz Unna: Mädchen (14) will nicht nach Hause, Vater schlägt sie seit Jahren. Eltern "
    "informiert. Anliegen: Beratung in Unna",
    "Kinder (2 und 4) heute Nacht allein, Mutter betrunken in Kneipe. Frage: Familienhilfe?",
    "Der Stiefvater schlägt den Jungen (9) immer wieder, Jugendamt ist informiert, er ist aber "
    "noch zuhause. Frage: Kinderschutzberatung in Bergkamen?",
    "Baby (3 Monate) war gestern stundenlang allein, Vater informiert, Mutter trinkt ständig. "
    "Anliegen: Frühe Hilfen in Selm",
    "Kinder (4, 6) allein zuhause, Mutter ist allein mit dem Baby im Krankenhaus, keiner "
    "kümmert sich. Wer hilft in Werne?",
]


@pytest.mark.parametrize(("text", "asked"), HANDLED)
def test_handled_incident_is_no_alarm(catalogue: Catalogue, text: str, asked: str) -> None:
    check_protection(text, catalogue, sign=False)
    request = understand(text, catalogue)
    assert request.topics[0] == asked


@pytest.mark.parametrize("text", DANGER)
def test_danger_told_now_stays_an_alarm(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=True)
