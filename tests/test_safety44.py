"""Child protection told as an emergency scene or in a mixed language, and its look-alikes.

A carer out of action now (arrested, unconscious, injured after an accident, gone for hours)
beside the child's care asked for now ("Wer nimmt das Kind heute Nacht auf?") is the youth
office's emergency duty (`safety_scene.py`); a partner's drinking with children who hide, a
carer who comes tipsy to collect a child, and children alone while the mother is gone for hours
are signs too. The same halves alone — a parent in hospital, a care question for a planned
operation, a rule about leaving children home alone, a girl who beats everyone at judo — raise
nothing. Rows written for this table; `tests/data/safety44/` holds the class set measured before
the change.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

ROWS: list[tuple[str, bool]] = [
    # a carer out of action now, and where the child goes now
    ("Einsatz Kamen: Vater festgenommen, die Mutter lebt nicht mehr. Sohn (8) sitzt bei uns "
     "im Büro. Wo kann er heute Nacht schlafen?", True),
    ("Rettungsdienst Werne: KM nach Überdosis bewusstlos, zwei Kleinkinder (1 und 3) in der "
     "Wohnung. Wohin mit den Kindern?", True),
    ("Unfall auf der A2, Vater auf der Intensivstation, Mutter unbekannt. Der Junge (7) ist "
     "bei mir. Wer nimmt ihn auf?", True),
    ("Mum was arrested this afternoon in Selm, her daughter (5) is with us at the station. "
     "Who is on call tonight?", True),
    ("Wohnung in Bönen: Kinder 2 und 4 allein, Mutter seit ca. 8 Std. weg. Jugendamt "
     "Rufbereitschaft?", True),
    ("Mädchen (ca. 6) um Mitternacht auf dem Parkplatz aufgegriffen, weiß nicht, wo sie wohnt. "
     "Wer kümmert sich jetzt um sie? Lünen", True),
    # a partner's drinking with children hiding; a tipsy carer who collects a child
    ("Ihr Mann trinkt jeden Abend, und wenn er trinkt, verstecken sich die dzieci im "
     "Kinderzimmer. Kinder 5 und 9, Kamen. Sie will Hilfe für die Kinder.", True),
    ("KV holt die Tochter (4) angetrunken aus der Kita ab, heute schon wieder. Unna", True),
    # the same words, no case
    ("Ich muss nächste Woche zur Operation ins Krankenhaus, wer kümmert sich dann um meine "
     "Kinder (3 und 6)? Bergkamen", False),
    ("Papa liegt nach dem Unfall im Krankenhaus, unser Sohn (6) schläft schlecht und vermisst "
     "ihn. Beratung in Schwerte?", False),
    ("Ab welchem Alter darf man Kinder allein zu Hause lassen? Mein Sohn ist 8, wir wohnen in "
     "Unna. Gibt es dazu eine Elternberatung?", False),
    ("Unsere Tochter (9) schlägt im Judo alle Jungs – gibt es in Kamen einen Verein mit "
     "Wettkampfgruppe?", False),
    ("Unsere Tochter (8) schlägt im Tischtennisverein alle. Gibt es in Unna ein "
     "Leistungstraining?", False),
    ("Die Kinder (4 und 6) verstecken sich beim Spielen immer im Keller, der Vater trinkt dann "
     "seinen Kaffee. Werne, Spielgruppe gesucht", False),
    ("Wer ist zuständig für die Anmeldung in der Kita? Kind 2, Holzwickede", False),
    # a carer away for weeks while the other works shifts: a care question for the afternoons
    ("Mama ist seit drei Wochen in der Psychiatrie, Papa hat Spätschicht. Wer kümmert sich "
     "nachmittags um die Tochter (7)? Kamen", False),
    # the pupil's own drinking beside the family's burden
    ("Schülerin 15 kommt öfter angetrunken in die Schule, zuhause trinkt die Mutter auch. "
     "Lünen, was gibt es für sie?", False),
]


@pytest.mark.parametrize(("text", "sign"), ROWS)
def test_scene_and_mixed_signs(text: str, sign: bool, catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)
