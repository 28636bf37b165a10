"""Child protection by class, round 19: signs told as everyday observations, and the ordinary
stories that share their words.

A child heard screaming night after night while adults yell; a carer visibly drunk, high or dazed
with a small child in her care; a child's vital medication no longer given; a child shut in the
dark cellar as punishment; a baby underdressed in a cold flat; a contact who lies about who he is
and wants pictures or a meeting; a little sibling alone at home while the request's age is an older
child's; an adult man who follows a young person and keeps writing. The look-alikes: a toddler who
cries at bedtime, a parent dazed from tiredness or an operation, medication the insurer does not
pay or that was stopped, a child afraid of the dark cellar, a teenager who wants to be a model,
shift work, an ex-partner who stalks the mother. Each row is written for this table (none is taken
from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from tests.protection import check_protection

# (text, is a sign)
CLASSES: list[tuple[str, bool]] = [
    # screaming night after night while adults yell
    ("Hausmeister meldet: das Kleinkind im 2. Stock (ca. 2) kreischt jeden Abend, der Vater "
     "brüllt rum, einmal saß es nachts allein im Hausflur. Kamen", True),
    ("neighbour says the toddler next door is crying every night while the parents are yelling. "
     "Unna", True),
    ("Tochter (2) weint jeden Abend beim Einschlafen, wir sind erschöpft. Schlafberatung in "
     "Selm?", False),
    ("TK 11 Monate brüllt nachts stundenlang, Mama ist am Ende. Schreiambulanz in Werne?", False),
    # a carer drunk, high or dazed with a small child in her care
    ("Vater holt den Sohn (3) zugekifft mit dem Auto aus der Kita ab, die Augen ganz glasig. "
     "Bönen", True),
    ("Mutter torkelt mit dem Kinderwagen aus dem Kiosk, wirkt völlig benebelt, Baby ca. 8 "
     "Monate. Lünen", True),
    ("Mutter ist nach dem Kaiserschnitt noch ganz benommen, Baby 3 Tage, wer hilft im "
     "Haushalt? Kamen", False),
    ("Papa ist nach den Nachtschichten oft benommen vor Müdigkeit, Sohn 4, Entlastung in "
     "Unna?", False),
    # a child's vital medication no longer given
    ("Junge (7, Diabetes) bekommt seit Tagen sein Insulin nicht mehr, die Mutter ist nicht zu "
     "erreichen. Werne", True),
    ("Kita-Kind (4, Epilepsie) kommt seit zwei Wochen ohne Notfallmedikament, die Eltern "
     "melden sich nicht. Schwerte", True),
    ("Sohn (8, Asthma) bekommt sein Spray seit Wochen nicht mehr, weil die Krankenkasse nicht "
     "zahlt. Beratung in Unna?", False),
    ("Tochter (9) braucht seit dem Sommer keine Medikamente mehr, sie ist anfallsfrei. "
     "Sportverein in Kamen?", False),
    # shut in the dark as punishment
    ("Mädchen (6) erzählt, sie muss zur Strafe in den Keller, wenn sie ins Bett macht, ohne "
     "Licht. Holzwickede", True),
    ("Junge (5) sagt, der Freund der Mama sperrt ihn stundenlang in den Kleiderschrank, im "
     "Dunkeln. Bergkamen", True),
    ("Sohn (9) hat Angst vor dem dunklen Keller und muss nachts Licht anhaben. Beratung in "
     "Lünen?", False),
    # a contact who lies about who he is and wants pictures or a meeting
    ("Tochter (12) schreibt auf Snapchat mit einem angeblichen Castingagenten, der Fotos im "
     "Badeanzug will und sie treffen möchte. Unna", True),
    ("Sohn (13) chattet bei Discord mit einem Typen, der sich als 13-Jähriger ausgibt und sich "
     "mit ihm treffen will. Selm", True),
    ("Sohn (11) spielt online, angeblich mit Freunden aus der Klasse, und will sich mit ihnen "
     "treffen. Medienberatung in Kamen?", False),
    ("Tochter (14) will Fotografin werden, gibt es in Werne einen Fotokurs für Jugendliche?",
     False),
    # a little one alone at home while the request's age is an older sibling's
    ("Junge (12) hängt bis Mitternacht am Bahnhof rum, die kleine Schwester (4) ist dann allein "
     "zu Hause. Unna", True),
    ("Alleinerziehende Mutter arbeitet abends bis 22 Uhr, Sohn (13) sucht einen Jugendtreff in "
     "Bönen", False),
    # a baby underdressed in a cold flat; a carer asking how warm to dress a baby who sweats
    ("Heizung seit Tagen aus, das Baby (3 Monate) liegt nur im Strampler in der eiskalten "
     "Wohnung. Werne", True),
    ("Mutter fragt, ob ihr Baby (5 Monate) im Winter nur im Body schlafen darf, weil es nachts "
     "so schwitzt. Hebamme in Kamen?", False),
    # an adult man who follows a young person and keeps writing
    ("Schülerin (13) wird von einem erwachsenen Mann verfolgt, der ihr auf dem Heimweg auflauert "
     "und Nachrichten schickt. Schwerte", True),
    ("Mutter (35) wird von ihrem Ex verfolgt, er schickt ihr ständig Nachrichten, Kinder 3 und "
     "5. Beratung in Unna?", False),
]


@pytest.mark.parametrize(("text", "sign"), CLASSES)
def test_a_sign_by_class_puts_child_protection_first(
    catalogue: Catalogue, text: str, sign: bool
) -> None:
    check_protection(text, catalogue, sign)


def test_a_young_person_followed_past_child_protection_age_still_gets_violence_prevention(
    catalogue: Catalogue,
) -> None:
    request = understand("Azubine, 17, wird seit Wochen von einem älteren Mann verfolgt, er wartet "
                         "vor ihrer Wohnung und schickt Nachrichten. Wer berät sie in Kamen?",
                         catalogue)  # fmt: skip
    assert not request.child_protection
    assert request.topics[0] == "gewaltpraevention"
    assert request.main_topics[0] == "gewaltpraevention"


def test_a_week_of_pregnancy_is_no_adult_age(catalogue: Catalogue) -> None:
    request = understand("Schwangere (ca. 22. SSW) fragt, wo man zu Geld beraten wird, "
                         "Elterngeld und Erstausstattung. Wohnt in Lünen.", catalogue)  # fmt: skip
    assert not request.child_protection
