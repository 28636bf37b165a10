"""Child protection told as a story, in the words of someone who saw it, not of the trade.

A Kita teacher, a neighbour or a youth worker rarely writes "Kindeswohlgefährdung"; she tells what
she saw: a baby nobody looks at, a nappy left for days, a child without a coat in the frost, a
mother who slurs at pick-up, a boy who is not let in at home, a man who takes naked pictures or
watches a girl in the bath, a police report's "häusl. Gewalt", a mother "weg" in a file's "KM", a
girl's "Freund, der 22 ist". Each row is written for this table (none is taken from an evaluation
set). The negatives share the words and are no case: the doctor who did not look, a coat or
nappies the family cannot pay, a nappy again at night, an adult's own drinking, a birthday secret,
a child who will not bathe, the mother's own partner, a partner of 19 for a girl of 17, young
adults not let in at home.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

# (text, is a sign)
STORIES: list[tuple[str, bool]] = [
    # a baby its carer never looks at
    ("Säugling 2 Monate, die Mutter hat ihn beim ganzen Termin nicht einmal angeschaut, Kamen",
     True),
    ("Das Baby (6 Wochen) schrie, der Vater saß daneben am Handy, ohne es je anzusehen oder "
     "angesehen zu haben, Unna", True),
    ("Baby 4 Monate liegt im Wagen, die Mama hat es die ganze Zeit nie beachtet, Lünen", True),
    ("Baby 3 Monate, der Kinderarzt hat die Hüfte noch nicht angeschaut, Termin in Werne?",
     False),
    # a nappy left for days
    ("Die Kleine (1) hat seit gestern früh dieselbe Windel an, sagt die Tagesmutter, Kamen", True),
    ("Baby 9 Monate kommt immer mit voller, durchnässter Windel in die Krippe, Unna", True),
    ("Toddler, 2, is often left in the same soaked nappy for hours, Lünen", True),
    ("Sohn 3 braucht seit dem Umzug wieder nachts eine Windel, Erziehungsberatung Selm?", False),
    ("Windeln kosten uns zu viel, Baby 5 Monate, gibt es Hilfe? Bergkamen", False),
    # a child without a coat in the cold
    ("Junge 6 steht im Januar ohne Jacke und in Hausschuhen an der Bushaltestelle, Bergkamen",
     True),
    ("Mädchen 8 kommt bei Schnee nur im T-Shirt in die Schule, Selm", True),
    ("Boy, 7, walks to school barefoot in the freezing cold, Schwerte", True),
    ("Sohn 5 braucht für den Winter eine Jacke, wir haben kein Geld, Kamen", False),
    # a carer who smells of drink or slurs
    ("Der Vater holt die Tochter (4) ab und riecht stark nach Schnaps, Fröndenberg", True),
    ("Kita meldet: Mutter lallt beim Bringen des Kleinen (3) und torkelt, Unna", True),
    ("Dad smelled of alcohol when he picked up his son (6) again, Lünen", True),
    ("Ich (45) trinke abends zu viel und rieche morgens nach Alkohol, Suchtberatung in Kamen?",
     False),
    # a young person not let in at home
    ("Schülerin 13 darf seit dem Streit zuhause nicht mehr rein, Werne", True),
    ("Junge 15 sitzt abends vor der Tür, weil er daheim nicht rein darf, Bergkamen", True),
    ("The 14-year-old isn't allowed home since his stepdad moved in, Unna", True),
    ("Mein Sohn 20 darf zuhause nicht mehr rein, er braucht eine Wohnung, Kamen", False),
    # naked pictures or a secret with a man
    ("Junge 7 sagt, der Onkel macht Nacktfotos von ihm, Kamen", True),
    ("Mädchen 6 erzählt, dass sie mit dem Nachbarn ein Geheimnis hat, das sie keinem sagen will, "
     "Selm", True),
    ("Tochter 9: der Trainer hat nackt Videos von den Mädchen gemacht, Lünen", True),
    ("Sohn 8 hat für Papa ein Geheimnis zum Geburtstag gebastelt, Bastelkurs in Unna?", False),
    # watched undressed by a man
    ("Mädchen 11: der Stiefvater schaut ihr beim Duschen zu, Holzwickede", True),
    ("Tochter 12 sagt, der Freund der Mutter beobachtet sie beim Umziehen, Kamen", True),
    ("Junge 9: ein Mann aus dem Haus filmt ihn durchs Badezimmerfenster im Bad, Unna", True),
    ("Sohn 3 will im Bad nicht baden, der Vater weiß nicht weiter, Erziehungsberatung Werne?",
     False),
    # file shorthand: "häusl. Gewalt", the mother as "KM" who is gone
    ("Einsatz gestern: häusl. Gewalt, Kinder 2 und 5 waren dabei, Bergkamen", True),
    ("Mädchen 8 schläft im Unterricht ein, KM ist seit Tagen weg, Lünen", True),
    ("Meldung: Baby 5 Monate schreit in der Wohnung, KV und KM sind weg, Schwerte", True),
    # an adult partner whose age is told in a clause after "Freund"
    ("Schülerin 13 hat seit dem Sommer einen Freund, der 23 ist, Bönen", True),
    ("Mädchen aus der 6 trifft sich abends mit einem Typen, der 27 ist, Unna", True),
    ("Tochter 14 schreibt, ihr Freund, der 20 ist, holt sie von der Schule ab, Kamen", True),
    ("Die Mutter hat einen neuen Freund, der 38 ist, Sohn 7 kommt nicht klar, Werne", False),
    ("Tochter 17 hat einen Freund, der 19 ist, und will ausziehen, Lünen", False),
    # a young adult is none, whatever the story
    ("Mein Neffe, 19, darf zuhause nicht rein und schläft im Auto, Kamen", False),
]


@pytest.mark.parametrize(("text", "sign"), STORIES)
def test_a_sign_told_as_a_story_puts_child_protection_first(
    catalogue: Catalogue, text: str, sign: bool
) -> None:
    check_protection(text, catalogue, sign)
