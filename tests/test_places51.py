"""Which place, when a separated family names two (round 2, places51; `tests/data/places51/`).

Parents apart live in two places, and professionals name both, with the child's school or a
former home beside them. The user relies on the offers fitting the place the request is for:
where the child is registered ("gemeldet ist sie in Bönen"), where it lives ("wohnen die Kinder
bei mir in Heeren", "bleibt beim Vater in Werne") or where the help is asked ("Bedarf: OGS-Platz
in Bönen"), not the other parent's home, the school's town or a parent's move alone; a district
named as the family's and again in a list ("aus lünen alstedde … in alstedde oder wethmar")
keeps its district. The look-alikes keep their reading: the child's home named first, a single
place, a move that already happened or is only thought of, a registration in the past or a
report ("hat gemeldet"), a family's own move with its children, one parent placed.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant


@pytest.mark.parametrize(("text", "place"), [
    # registered
    ("Ihre Eltern sind getrennt, sie (17) lebt mal bei der Mutter in Unna-Massen, mal beim Vater "
     "in Bönen, gemeldet ist sie in Bönen. Braucht Schwangerschaftsberatung.", "boenen"),
    ("Vater lebt in Schwerte. Das Kind (6) wohnt bei der Mutter, die ist in Holzwickede "
     "gemeldet. Gesucht: Vorbereitung auf die Einschulung.", "holzwickede"),
    # the help asked in a field, both parents placed
    ("Kind (8 J.) im Wechselmodell zwischen KM in Osterbönen und KV in Unna-Mitte, Schule in "
     "Bönen. Bedarf: OGS-Platz in Bönen + Elternberatung.", "boenen"),
    ("Junge (10) im Wechselmodell, Mama in Kamen-Methler, Papa in Lünen-Gahmen. Anliegen: "
     "Erziehungsberatung in Lünen.", "luenen"),
    # living with the writer; the schools elsewhere
    ("Nach der Trennung wohnen die Kinder (9 und 12) bei mir in Heeren, die Schulen sind aber "
     "weiter in Unna. Wer zahlt das Busticket?", "kamen-heeren-werve"),
    # a parent's move alone
    ("Die Mutter ist nach Selm gezogen, das Kind (8) bleibt beim Vater in Werne. Es braucht "
     "einen Platz in der Nachmittagsbetreuung.", "werne"),
    # the family's district named again in a list
    ("wir haben auch kinder aus lünen alstedde die mama von ben sechs monate ist allein nach der "
     "trennung sie sucht eine krabbelgruppe in alstedde oder wethmar", "luenen-alstedde"),
    ("mutter aus lünen wethmar getrennt lebend baby drei monate sie sucht einen babytreff in "
     "wethmar oder alstedde", "luenen-wethmar"),
    # look-alikes
    ("Mädchen (11) wohnt beim Vater in Kamen, die Mutter in Unna. Schulsozialarbeit?", "kamen"),
    ("Eltern frisch getrennt, das Kind (4) aus Heeren ist verunsichert, Erziehungsberatung?",
     "kamen-heeren-werve"),
    ("Nach der Scheidung bin ich mit meinen Mädchen (6 und 8) von Werne nach Bönen gezogen. "
     "Gibt es dort OGS-Plätze?", "boenen"),
    ("Die Mutter zieht mit den Kindern (7 und 9) im Sommer von Unna nach Kamen. Gibt es in "
     "Kamen Trauerbegleitung für Kinder?", "kamen"),
    ("Die Mutter überlegt, nach Selm zu ziehen, aber vorerst bleibt sie mit dem Kind (4) in "
     "Lünen-Süd. Sie sucht eine Kita.", "luenen-sued"),
    ("U25 kd. 17 J., bis Oktober in Lünen gemeldet, jetzt bei Oma in Selm-Bork, ohne "
     "Abschluss. BvB?", "selm-bork"),
    ("Die Kita in Schwerte hat gemeldet, das Kind (4) wohnt in Holzwickede. Beratung zum "
     "Kinderschutz?", "holzwickede"),
    ("Guten Tag Mädchen 13 kein Deutsch Gibt es Jugendtreff mit Hausaufgabenhilfe Familie wohnt in "
     "Selm-Cappenberg Schule ist bei uns in Lünen", "selm-cappenberg"),
    ("Familie aus Wethmar sucht Krabbelgruppe in Alstedde oder Brambauer, Baby 5 Monate",
     "luenen"),
])  # fmt: skip
def test_the_place_the_request_is_for(assistant: Assistant, text: str, place: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.place == place
