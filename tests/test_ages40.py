"""Whose age, when a message tells several people (issue 8, ages40).

A pregnancy only feared, denied, ruled out or thought possible beside a wish for contraception
names no unborn child: the teenager asking is the one the offers must fit. A young parent whose
own age is stressed ("ist selber erst 17") and who wants to finish school is asked about at that
age. A speaker's correction ("drei korrigiere vier", "8 – sorry, 9") keeps only the corrected
value, and a premature baby's corrected age gives way to its age since birth — offers fit the
child as it is by the calendar.
"""

from __future__ import annotations

import pytest

from bot.text import clean, fold
from bot.understanding.age import read_age
from bot.understanding.dictation import undictate


def _age(text: str) -> list[int] | None:
    reading = read_age(fold(clean(undictate(text))).strip())
    return reading.age.as_list() if reading.age else None


@pytest.mark.parametrize(("text", "age"), [
    # a pregnancy denied after a comma, or ruled out
    ("Mutter dachte, die 15-jährige Tochter sei schwanger, ist sie aber nicht. Jetzt soll jemand "
     "mit ihr über Verhütung reden. Unna", [180, 191]),
    ("Schwangerschaft ausgeschlossen, aber das Mädchen (16) hat ständig Bauchweh. Lünen",
     [192, 203]),
    ("Schülerin 15, eine Schwangerschaft wurde ärztlich ausgeschlossen, fehlt oft, Kamen",
     [180, 191]),
    # a pregnancy thought possible beside contraception: the young person's own age
    ("Junge 16 aus Selm, Freundin evtl. schwanger?!, null Ahnung von Verhütung. Aufklärung?",
     [192, 203]),
    ("ein Junge 17 fragt, was er tun soll, falls seine Freundin schwanger sein könnte. Beratung "
     "zu Verhütung in Bönen?", [204, 215]),
    # without contraception asked, or a pregnancy told as real, it stays a pregnancy
    ("Schülerin 16 vielleicht schwanger, wo gibt es Beratung? Unna", [-9, -1]),
    ("Patientin 17 ist schwanger, will danach Verhütung, Kamen", [-9, -1]),
])
def test_a_pregnancy_that_is_not(text: str, age: list[int]) -> None:
    assert _age(text) == age


@pytest.mark.parametrize(("text", "age"), [
    # the parent's own age stressed, the need the parent's schooling
    ("eine mama die ich betreue ist selber erst siebzehn baby fünf monate sie will unbedingt "
     "schule fertig machen gibt es hilfe für sie in selm", [204, 215]),
    ("Familienhebamme: der Vater ist erst 16, Baby 3 Monate, er will die Schule nicht abbrechen. "
     "Unterstützung in Kamen?", [192, 203]),
    # the baby's own need keeps the baby
    ("Mutter ist erst 16, Baby 3 Monate schreit viel, Hebamme in Kamen?", [3, 3]),
    ("17-jährige Mutter mit Baby 6 Mon., will Schule beenden, Unna", [6, 6]),
])
def test_a_young_parents_own_need(text: str, age: list[int]) -> None:
    assert _age(text) == age


@pytest.mark.parametrize(("text", "age"), [
    ("umgangsverfahren kind drei korrigiere vier jahre also vier suche begleiteten umgang in unna",
     [48, 59]),
    ("Mädchen, 8 – sorry, 9 Jahre – wird in der Klasse gemobbt, Bergkamen-Oberaden", [108, 119]),
    ("sprachförderung für einen jungen drei nein vier jahre in heeren", [48, 59]),
    # "korrigiert" is a premature baby's corrected age, no speaker's correction
    ("Frühchen aus der 30. SSW, jetzt 9 Monate, korrigiert 7 Monate. Frühe Hilfen in Kamen?",
     [9, 9]),
    ("ein ehemaliges Frühgeborenes (28+3 SSW) ist jetzt 13 Monate alt, korrigiert 10 Monate",
     [13, 13]),
    ("Baby 5 Mon. (korr. 3 Mon.), Eltern-Kind-Gruppe in Unna?", [5, 5]),
    ("korrigiert 3 Monate, tatsächlich 5, Babygruppe in Kamen", [5, 5]),
    ("Frühchen korrigiert 4 Monate, Unna", [4, 4]),
    # a hedge before the corrected number: "5 Mon." is the age since birth
    ("Frühchen, geb. 31+4, jetzt 5 Mon. (korr. knapp 3), Entwicklungsdiagnostik in Selm?", [5, 5]),
])
def test_corrections_and_corrected_ages(text: str, age: list[int]) -> None:
    assert _age(text) == age


@pytest.mark.parametrize(("text", "age"), [
    # a dictated age and then how long something lasted
    ("kundin zwanzig drei jahre arbeitslos sucht ausbildung in bergkamen", [240, 251]),
    ("ein kunde u fünfundzwanzig achtzehn jahre ohne abschluss will den hauptschulabschluss "
     "nachholen der war zwei jahre nur zuhause wo kann der hin in kamen", [216, 227]),
    # the past copula before an age, with nothing of a stay after it, stays an age
    ("sie war 3 Jahre alt, als die Mutter starb, Trauergruppe in Unna", [36, 47]),
])
def test_a_duration_beside_an_age(text: str, age: list[int]) -> None:
    assert _age(text) == age
