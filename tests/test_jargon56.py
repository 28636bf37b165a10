"""Child-protection procedures a specialist has already dealt with are no signs
(`bot.understanding.safety_checked`), and the trade's shorthand names the help (`topic_lexicon`).

"§8a geprüft, kein Anhalt" tells a check done that found nothing; "das Familiengericht hat nach
§ 1666 BGB eine SPFH auferlegt" tells the court already acts. Read as signs, both put emergency
numbers and child-protection offers before the help asked for. A check still to be done, a check
that found something, a report starting a procedure, or a real danger sign stays a case.
Sentences are our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

DEALT_WITH = [
    # a check done with a negative finding
    ("Werdende Mutter 24 J., 20. SSW, § 8a geprüft, kein Anhalt. Bitte Schwangerenberatung in "
     "Kamen.", "schwangerschaft_geburt"),
    ("Nach Gefährdungseinschätzung: keine Anhaltspunkte. Familie mit Sohn 6 J. wünscht "
     "Erziehungsberatung in Unna.", "erziehungsberatung"),
    ("KWG geprüft – ohne Befund. Mutter mit Baby 3 Monate sucht Krabbelgruppe in Lünen.",
     "eltern_kind_gruppen"),
    # a court's order told as the reason for the help asked
    ("Das Familiengericht hat im Verfahren nach § 1666 BGB eine SPFH angeordnet. Kinder 5 und 8 "
     "J., Familie in Bergkamen. Welcher Träger macht das?", "hilfen_zur_erziehung"),
]


@pytest.mark.parametrize(("text", "topic"), DEALT_WITH)
def test_a_procedure_dealt_with_is_no_child_protection_case(catalogue: Catalogue, text: str,
                                                           topic: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert not request.child_protection
    assert request.topics[0] == topic


STILL_A_CASE = [
    "§ 8a prüfen: Sohn 4 J. hat Hämatome an beiden Armen, Wohnort Unna.",
    "§8a geprüft, Anhalt gegeben. Tochter 3 J., Kamen, wer übernimmt?",
    "Eilsache nach § 1666 BGB: drei Kinder (2, 4, 6) abends allein gelassen, Lünen.",
    "Kindeswohlgefährdung, Kind 7 J. in Selm, bitte Inobhutnahme prüfen.",
]


@pytest.mark.parametrize("text", STILL_A_CASE)
def test_a_check_to_do_or_a_finding_stays_a_case(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).child_protection


SHORTHAND = [
    ("Schwangere 26 J. aus Unna, 30. SSW, sucht GVK.", "schwangerschaft_geburt"),
    ("Tochter 1;6 J., Wohnort Kamen. KTP ab Februar?", "kita_betreuung"),
    ("Babylotsin für Familie in Lünen, Entlassung aus der Geburtsklinik morgen.",
     "familienbuero_lotsen"),
    # the transition by its trade name, with findings of the U9 around it
    ("U9: Feinmotorik schwach, Kita sieht Förderbedarf. Junge 5 J., Werne. Beratung Übergang "
     "Kita–Schule?", "uebergang_kita_schule"),
]


@pytest.mark.parametrize(("text", "topic"), SHORTHAND)
def test_the_trades_shorthand_names_the_help(catalogue: Catalogue, text: str, topic: str) -> None:
    assert topic in understand(text, catalogue).topics


GRANTED = [
    # a benefit told as granted: the provider it pays for is asked
    ("Nachhilfe über BuT ist für den Sohn (13) schon bewilligt, aber wir finden keinen Anbieter "
     "in Bönen. Wer macht Lernförderung?", "lernfoerderung", "but_finanzen"),
    ("Bildungspaket für die Tochter, 9, ist genehmigt. Gibt es in Kamen einen Turnverein für "
     "Kinder?", "freizeit_sport_kultur", "but_finanzen"),
]


@pytest.mark.parametrize(("text", "topic", "settled"), GRANTED)
def test_a_granted_benefit_is_settled_not_the_need(catalogue: Catalogue, text: str, topic: str,
                                                   settled: str) -> None:  # fmt: skip
    topics = understand(text, catalogue).topics
    assert topic in topics
    assert settled not in topics


@pytest.mark.parametrize("text", [
    # a grant still to come is the need
    "Baby 3 Monate, Elterngeld noch nicht bewilligt, wer hilft beim Antrag in Unna?",
    # the grant is all the request tells: where to redeem it
    "BuT ist bewilligt, wo kann ich das in Lünen einlösen? Sohn 8 J.",
])
def test_a_grant_to_come_or_alone_keeps_the_money_topic(catalogue: Catalogue, text: str) -> None:
    assert "but_finanzen" in understand(text, catalogue).topics
