"""Child protection told as a scene: a carer's absence or act, the child's state, how long.

Neighbours, teachers and midwives tell what they see: the children have not been at school for
weeks and nobody answers the door, the mother has not turned up since Monday and a brother looks
after the boy, a baby loses weight and the parents shrug, a boy up at night for the little ones
falls asleep in class, a child sent to the cellar and the door locked behind him, burns and a
story of a climb into the bath, a husband already chosen for a girl. Each cue alone is ordinary
trouble; two kinds of them (`[cues]` in `bot/data/safety.toml`), or a confinement or injury told
with its circumstances, put child protection first with the emergency numbers. The look-alikes —
a crying baby with parents who care, a sports injury, fear of a test, a first boyfriend of the
same age, a youth club's cellar, a mother in hospital with the grandmother caring, a child glad
to babysit — raise nothing. Rows written for this table; `tests/data/safety48/` holds the class
set measured before the change.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

ROWS: list[tuple[str, bool]] = [
    # out of school for weeks, and nobody reached at home
    ("Grundschule Unna: Tim (8) fehlt seit vier Wochen, ans Telefon geht niemand ran und beim "
     "Hausbesuch blieb die Tür zu.", True),
    # a carer gone for days, a sibling standing in
    ("Die Mutter von Emma (6) ist seit Donnerstag weg, ihre Schwester (17) kümmert sich um sie. "
     "Kita in Kamen, was tun?", True),
    ("Boy (9) in my class says his dad hasn't been home since Friday and his sister (18) looks "
     "after him. Selm", True),
    # a baby losing weight, the parents indifferent
    ("Familienhebamme Lünen: Baby, 5 Wochen, nimmt nicht zu, den Eltern ist das egal.",
     True),
    ("The baby upstairs in Werne is 3 months old and very thin, the parents shrug when I ask.",
     True),
    # a child up at night for the little ones, worn out at school
    ("Mein Schüler (10) muss nachts seine kleinen Geschwister versorgen und schläft im "
     "Unterricht ständig ein. Schule in Bönen.", True),
    # a baby crying alone
    ("Seit dem Morgen schreit nebenan stundenlang ein Baby, die Eltern sind mit dem Auto weg, "
     "niemand ist in der Wohnung. Selm.", True),
    ("A baby has been crying for hours next door in Unna and nobody answers the door.", True),
    # confinement
    ("Der Nachbar bringt seinen Sohn (7) abends in den Keller und hat die Tür abgeschlossen, "
     "man hört ihn weinen. Holzwickede.", True),
    ("Unsere Nachbarin schließt ihre Tochter (6) im Kinderzimmer ein, wenn sie einkaufen geht. "
     "Unna", True),
    # an injury and a story that does not fit
    ("Kinderarzt Kamen: Kleinkind (2) mit Verbrühungen an beiden Händen, die Mutter erzählt, "
     "er sei allein ins heiße Spülbecken geklettert.", True),
    # afraid to go home, a husband chosen
    ("Die Freundin meiner Tochter (12) will auf keinen Fall nach Hause und schläft seit Tagen "
     "bei uns. Bergkamen", True),
    ("Meine Mitschülerin (15) sagt, ihr Vater habe schon einen Mann für sie ausgesucht. Lünen",
     True),
    # the look-alikes
    ("Unsere Tochter (2 Monate) schreit stundenlang, wir wechseln uns nachts ab und sind "
     "erschöpft. Schreiambulanz in Kamen?", False),
    ("Sohn (11) hat sich beim Fußball den Arm gebrochen und hat blaue Flecken. Kurse in Unna?",
     False),
    ("Meine Tochter (10) hat Angst vor der Deutscharbeit und schläft schlecht. Nachhilfe in "
     "Werne?", False),
    ("Mein Sohn (15) hat seine erste Freundin, auch 15, sie holt ihn von der Schule ab. "
     "Sexualpädagogik in Schwerte?", False),
    ("Im Keller vom Jugendtreff in Kamen gibt es einen Proberaum, dürfen 14-Jährige abends "
     "dorthin?", False),
    ("Ich bin nächste Woche im Krankenhaus, meine Mutter passt auf die Kinder (3 und 6) auf. "
     "Haushaltshilfe in Bönen?", False),
    ("Meine Tochter (13) passt gern auf ihre Geschwister auf und möchte einen Babysitterkurs "
     "machen. Selm", False),
    ("Mein Sohn (14) ist in der Schule immer müde, weil er nachts am Handy zockt. Beratung in "
     "Lünen?", False),
]


@pytest.mark.parametrize(("text", "sign"), ROWS)
def test_a_scene_puts_child_protection_first(text: str, sign: bool, catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)
