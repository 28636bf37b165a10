"""Child protection by class, round 23: signs told in everyday words by people around a family
(a neighbour, a landlord, a coach, a driver), without the words "Kindeswohl" or "Gewalt".

Noises of blows or things thrown near a child's crying ("Gepolter und Weinen", "dann knallt es
und er weint") are a sign; a baby who cries at night, a door slammed, fireworks are none.
Punishment with an object ("erzieht mit dem Gürtel") is a sign; a judo belt is none. An injury
whose story keeps changing is a sign; children alone for days ("seit Freitag allein") are one; a
threat to hurt ("gedroht, es aus dem Fenster zu werfen") is one; an adult who sends a child
pictures of his intimate parts is one. A teenager who will not go home in an ordinary quarrel
over going out is a matter of parenting. Each row is written for this table (none is taken from
an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.text import fold
from bot.understanding.safety import read_signs
from tests.protection import check_protection

# (text, is a sign, the child's age in years or None)
CLASSES: list[tuple[str, bool, int | None]] = [
    # noises of violence heard near a child's crying
    ("Über uns wohnt eine Familie mit Tochter (6), fast jeden Abend poltert es und die Kleine "
     "weint. Kamen, an wen kann ich mich wenden?", True, 6),
    ("Neighbour's boy (about 4) screaming, then banging against the wall, every night. Who "
     "can I call in Unna?", True, 4),
    ("Nebenan (Junge ca. 7) hört man Geschrei und dann rumst es, heute wieder um Mitternacht. "
     "Bergkamen", True, 7),
    ("Unser Baby (5 Monate) schreit jede Nacht stundenlang. Schlafberatung in Werne?",
     False, 0),
    ("Sohn (4) hat Wutanfälle, schreit und knallt Spielzeug auf den Boden. Elternkurs in "
     "Unna?", False, 4),
    ("Tochter (3) weint bei Gewitter, wenn es draußen knallt. Ist das normal? Kamen", False, 3),
    # punishment with an object
    ("Die Mutter sagt, ihr Mann erzieht den Sohn (8) mit dem Kochlöffel, das sei normal. "
     "Lünen", True, 8),
    ("Junge (10) erzählt, er kriegt zuhause den Gürtel, wenn er schlechte Noten hat. Selm",
     True, 10),
    ("Sohn (9) hat beim Judo den gelben Gürtel bekommen! Gibt es in Werne noch mehr "
     "Kampfsport für Kinder?", False, 9),
    # an injury whose story keeps changing
    ("Kind 3 J. wieder mit Prellung in der Ambulanz, die Erklärung der Eltern wechselt "
     "jedes Mal. Unna", True, 3),
    # children alone for days
    ("Die Kinder von nebenan (5 und 7) sind seit Samstag allein in der Wohnung. Schwerte",
     True, 5),
    ("Bin seit der Trennung allein mit zwei Kindern (2 und 5). Gibt es in Unna eine "
     "Alleinerziehendengruppe?", False, 2),
    # a threat to hurt
    ("Vater hat gedroht, dem Kleinen (2) wehzutun, wenn er nicht still ist. Bönen", True, 2),
    # intimate images an adult sends
    ("Der Trainer schickt der 12-Jährigen Fotos von seinem Penis. Kamen", True, 12),
    # a teenager's ordinary quarrel
    ("Tochter (15) will nicht mehr nach Hause, Streit um Ausgang, ganz normale Pubertät? "
     "Beratung in Kamen?", False, 15),
]


@pytest.mark.parametrize(("text", "sign", "years"), CLASSES)
def test_class(text: str, sign: bool, years: int | None, catalogue: Catalogue) -> None:
    request, _ = check_protection(text, catalogue, sign)
    if years is not None and request.age is not None:
        assert request.age.low <= years * 12 + 11 and request.age.high >= years * 12


@pytest.mark.parametrize(("text", "sign"), [
    ("ich höre nachts gepolter und das kind weint", "violence_heard"),
    ("bei gewitter knallt es und das kind weint", None),
    ("die kinder toben, es knallt und einer weint", None),
    ("man hört durch die tür gepolter und das kind weint", "violence_heard"),
    ("der papa erzieht die kinder mit dem guertel", "beaten_with_object"),
    ("sie will nicht nach hause, weil es da ständig streit gibt", "afraid_to_go_home"),
    ("sie will nicht nach hause, streit um ausgang, typisch pubertät", None),
])
def test_the_sign_a_phrase_shows(text: str, sign: str | None) -> None:
    names = read_signs(fold(text)).names
    assert (sign in names) if sign else not names


@pytest.mark.parametrize(("text", "sign"), [
    ("die nachbarin lässt ihr baby stundenlang im auto, während sie arbeitet", "left_in_car"),
    ("wir lassen das baby im auto schlafen, wenn wir einkaufen, nur 5 minuten – okay?", None),
    ("sie lässt den hund stundenlang im auto", None),
    ("opa kommt mit der enkelin (3) total betrunken zum spielplatz", "drunk_carer"),
    ("tochter 16 kommt am wochenende sturzbetrunken nach hause, eltern ratlos", None),
    ("die kleine wird jeden abend angeschrien und dann hört man es klatschen",
     "violence_heard"),
])
def test_a_carer_and_a_child(text: str, sign: str | None) -> None:
    names = read_signs(fold(text)).names
    assert (sign in names) if sign else not names
