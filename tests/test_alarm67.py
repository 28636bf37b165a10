"""No alarm for a vague or handled situation, the alarm kept for a danger now (stop 43, alarm67).

The evening that closes a school child's afternoon ("nachmittags bis abends allein im Park") is no
night: a matter of afternoon care or open youth work (`safety_daytime`); a younger child alone
until the evening stays a danger. A paediatric note's "Pat." is the child, so the subject it
leaves out ("Pat. 5 J., …, haut das Baby") is a jealous child, not a carer. A shelter named as
where a mother comes from ("Frauen aus dem Frauenhaus") is no shelter asked for; a family help
applied for ("SPFH beantragt") is a step taken, so a neglect sign told before it gives way to the
help asked until it comes (`safety_handled`). An adult's violence goes on stays a danger.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

DANGER_NOW = [
    # a young child alone until the evening
    "Die Kleinen (3 und 5) sind bis abends allein in der Wohnung. Kamen",
    # school children locked out until the evening, the mother unreachable
    "Zwei Geschwister, 6 und 8, stehen nach der OGS oft bis abends vor verschlossener Tür, "
    "die Mutter geht nicht ans Telefon. Bergkamen",
    # alone at night
    "Der Junge (9) ist jede Nacht allein, die Mutter kommt erst morgens. Unna",
    # a patient hit by a carer
    "Pat. 3 J., KV schlägt ihn, Hämatome am Rücken. Unna",
    # a carer's violence goes on beside a help applied for
    "SPFH beantragt, aber der Vater schlägt die Kinder (3 und 6) weiter. Gibt es Elternkurse "
    "in Unna?",
    # a shelter asked for
    "Mutter flieht vor dem gewalttätigen Partner mit Kind 5. Frauenhaus im Kreis Unna?",
    "Der Kleine (3) wird zu Hause vom Vater geschlagen, heute hatte er wieder blaue Flecken im "
    "Gesicht. Was muss die Kita tun? Unna",
]

NO_DANGER = [
    # school children out in the afternoon till the evening
    "schwerte mitte, ein paar kids aus meiner klasse (8–10) sind nachmittags bis abends allein "
    "im stadtpark unterwegs. gibts da irgendwo nen treff?",
    "mein sohn (10) ist nach der schule bis abends alleine unterwegs weil ich arbeite. gibt es "
    "in selm nen offenen treff oder ogs?",
    # a jealous child hitting the new baby
    "Pat. 5 J., seit Geburt vom Brüderchen (3 Mon.) wieder Windeln, haut das Baby. Eltern "
    "ratlos. Kamen",
    "Pat. 2 J., schlägt die Mutter, Trotzanfälle. Elternkurs Unna?",
    # a shelter named as where they come from
    "wo kriegen frauen aus dem frauenhaus das bildungspaket in bergkamen? die kinder gehen "
    "weiter in oberaden zur schule und brauchen geld für den ausflug",
    # a family help applied for, another help asked until it comes
    "Vermerk HB: Fam. S., Kamen-Mitte, KM alleinerz., 3 Ki. (1, 4, 7 J.), Wohnung vermüllt, "
    "deutliche Überforderung. SPFH beantragt, bis dahin Familienpaten gesucht.",
    # an urgency idiom
    "Lehrerin sagt bei meiner Tochter (8) muss dringend was passieren, sie liest kaum. Wo gibt "
    "es Lernförderung in Kamen?",
]


@pytest.mark.parametrize("text", DANGER_NOW)
def test_danger_now_puts_protection_first(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=True)


@pytest.mark.parametrize("text", NO_DANGER)
def test_no_danger_raises_no_alarm(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=False)
