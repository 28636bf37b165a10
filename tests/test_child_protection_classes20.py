"""Child protection by class, round 20: signs as professionals retell them, in the words of a
child or of a patrol report, and the ordinary stories that share their words.

A child who tells in its own words that an adult hurts or touches its bottom or private parts, or
that it must not tell; an adult in a chat who wants pictures of children; a child out alone at
night while nobody opens at home, or always hungry with nobody at home, or in need while the
carers cannot be reached; a minor gone for days with a man of full age; a carer drunk at the wheel
with the child; alcohol, drugs or sleeping pills given to a young child. The look-alikes: potty
words, a sore bottom at the doctor's, children sending each other photos, a child who walks to
training alone, a teenager's boyfriend of the same age, a dry alcoholic who drives his son, a
teenager's own drinking, melatonin from the doctor. Each row is written for this table (none is
taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.safety_text import tokens
from tests.protection import check_protection

# (text, is a sign)
CLASSES: list[tuple[str, bool]] = [
    # sexual abuse told in a child's own words
    ("Mädchen (5) sagt beim Wickeln der Puppe, der Opa tut ihr immer am Popo weh, wenn sie bei "
     "ihm schläft. Kita in Kamen", True),
    ("junge 7 erzählt in der ogs dass der nachbar ihm seinen pimmel gezeigt hat und er mit ihm "
     "spielen sollte. unna", True),
    ("Kind (4) sagt, sie darf das keinem erzählen, was der Mann von nebenan macht. Bergkamen",
     True),
    ("Tochter (3) findet Popo- und Pipi-Wörter gerade urkomisch. Elternkurs in Selm?", False),
    ("Sohn (2) hat einen wunden Popo, Papa cremt ihn ein, aber es tut weh. Kinderarzt in "
     "Werne?", False),
    # an adult in a chat who wants pictures of children
    ("zwei schülerinnen (11) schreiben im netz mit nem typen, der immer neue fotos von ihnen "
     "will. lünen", True),
    ("junge (9) wird über fortnite von nem erwachsenen angeschrieben, der ihm skins schenken und "
     "ihn treffen will. selm", True),
    ("Kinder (10) schicken sich im Klassenchat ständig Fotos, Medienkurs in Kamen?", False),
    ("Tochter (12) chattet auf TikTok mit einem Jungen aus ihrer Klasse. Medienberatung in "
     "Lünen?", False),
    # a child out alone at night, nobody at home, carers unreachable
    ("Polizei 23:30: Mädchen (8) allein an der Bushaltestelle, zu Hause hat keiner aufgemacht. "
     "Schwerte", True),
    ("Junge (12) kommt jeden Tag ins Jugendcafé, hat ständig Hunger, zu Hause ist nie jemand "
     "da, sagt er, keiner kocht. Fröndenberg", True),
    ("ein kind (9) sitzt abends vor der haustür und weint, die eltern sind nicht erreichbar. "
     "bönen", True),
    ("Mädchen (6) um 23 Uhr allein auf dem Spielplatz, die Mama öffnet nicht. Kamen", True),
    ("Sohn (9) fährt abends allein mit dem Rad zum Training. Sportverein in Holzwickede?", False),
    ("Kind (8) hat nach der Schule Hunger, zu Hause ist keiner bis 17 Uhr, wir suchen einen "
     "Hortplatz. Werne", False),
    ("Eltern nicht erreichbar wegen Schichtdienst, Tochter (7) braucht einen OGS-Platz in "
     "Unna", False),
    # a minor gone for days with a man of full age
    ("Schülerin 14 war eine Woche verschwunden, bei einem 22-Jährigen in Hamm. Was jetzt? "
     "Kamen", True),
    ("Tochter (13) ist mit einem 25jährigen abgehauen, seit gestern weg. Bergkamen", True),
    ("Sohn (15) war übers Wochenende weg, bei seinem 19-jährigen Bruder in Köln. "
     "Erziehungsberatung in Unna?", False),
    # a carer drunk at the wheel with the child
    ("Oma holt die Enkelin (3) aus der Kita, riecht nach Schnaps und setzt sich ans Steuer. "
     "Werne", True),
    ("Stiefvater lallt beim Bringen, fährt den Sohn (5) trotzdem mit dem Auto. Kita Lünen",
     True),
    ("Opa (80) fährt den Enkel (6) jeden Tag zur Schule, sieht nachts schlecht. Fahrdienst in "
     "Selm?", False),
    # alcohol, drugs or sleeping pills given to a young child
    ("Mädchen (7) mit Alkoholvergiftung in der Kinderklinik, der Onkel hat ihr Sekt gegeben. "
     "Unna", True),
    ("Kleinkind (2) bekommt von der Mutter Beruhigungstropfen, damit es abends ruhig ist. "
     "Kamen", True),
    ("der kleine (4) hat vom cousin bier bekommen und torkelt durch die kita. bönen", True),
    ("Junge (16) kam mit Alkoholvergiftung vom Schützenfest. Suchtberatung in Schwerte?", False),
    ("Sohn (6, ADHS) bekommt vom Kinderarzt Melatonin, damit er schläft. Elternkurs in "
     "Bergkamen?", False),
    # injuries of a shaken or beaten infant, in English too; a sports fracture is none
    ("Twins, 4 months, one with a skull fracture and retinal bleeding, police involved, sibling "
     "(2) at home. Bönen", True),
    ("Säugling 3 Monate, Netzhautblutungen und Schädelfraktur, Eltern schweigen. Lünen", True),
    ("Boy 8 with an unexplained fracture of the arm, second time this year. Unna", True),
    ("Boy 8 with a fracture from football, suspected ligament damage too, sports advice? Unna",
     False),
    ("Baby 3 months keeps shaking when she cries, suspected reflux. Kamen", False),
    # children locked in, and a girl taken abroad to be married, told in English
    ("A neighbour says the man next door locks his wife and the children (2, 4) in the flat "
     "all day. Bergkamen", True),
    ("Boy 10 locked his bike at school and it was stolen; a sports club in Unna?", False),
    ("A girl of 14 says her family will send her to Pakistan after school ends to get "
     "married. Kamen", True),
    ("Girl 15, her sister got married last month and she wants a youth club, Unna", False),
    # carers who cannot be woken while a young child is alone at night
    ("Wachdienst: Kind (2) um Mitternacht allein im Treppenhaus, Mutter nicht ansprechbar. "
     "Bönen", True),
    ("Kind 5, Mutter nach der Nachtschicht morgens nicht wach zu kriegen, braucht "
     "Frühbetreuung, Unna", False),
]


@pytest.mark.parametrize(("text", "sign"), CLASSES)
def test_a_sign_by_class_puts_child_protection_first(
    catalogue: Catalogue, text: str, sign: bool
) -> None:
    check_protection(text, catalogue, sign)


def test_an_age_typed_without_hyphen_is_read_like_one_with_it() -> None:
    assert tokens("bei einem 30jaehrigen") == tokens("bei einem 30-jaehrigen")


def test_a_missing_teenager_past_child_protection_age_is_no_case(catalogue: Catalogue) -> None:
    request = understand("Tochter (17) war drei Tage weg, bei einem 24-Jährigen. Beratung in "
                         "Unna?", catalogue)  # fmt: skip
    assert not request.child_protection
