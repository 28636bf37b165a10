"""The child's age among several people and numbers in one message (ages44).

Which person a number belongs to and which children the asking clause is about: brothers and
sisters named after the child the message opened with are its family, a baby told in the past tense
after a death is the child who died, a pregnancy beside a born child the wish looks after is that
child's story (or both, when mother and child are to be housed together), a past birth's week is
no pregnancy now, a class left behind is no age, a pupil's little brother whose Kita place is
asked about is the child, "unter 3 Monate" is up to two months. Read through the assistant: the
age it understood, and that every offer it stands behind takes a child of that age.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # brothers and sisters in brackets beside the child the message opened with
    ("Kind 14 Mon., seit gestern Trinkverweigerung. KM alleinerz., 2 Geschw. (4 + 6), völlig am "
     "Ende. Selm-Beifang. Entlastung irgendwo?", (14, 14)),
    ("Kind 3 J., die Geschwister (8 u. 10) sind in der OGS – das Kleine braucht dringend "
     "Sprachförderung. Fröndenberg.", (36, 47)),
    ("Vater alleinerz., 3 Geschw. (9, 11 u. 15) im Haushalt. Es geht um den Kleinsten, Leon 20 "
     "Mon., der braucht einen Krippenplatz. Unna-Massen.", (20, 20)),
    # a baby who died, told in the past tense after the death
    ("plötzlicher Kindstod, der Säugling war 4 Monate alt. Die beiden Geschwister (5 und 7) "
     "verstehen nicht, was passiert ist. Trauerbegleitung in Unna?", (60, 95)),
    # a pregnancy beside the born child the wish looks after
    ("die Mutter ist im 7. Monat schwanger und hat eine Tochter von anderthalb Jahren. Sie sucht "
     "jemanden, der nach der Kleinen schaut. Selm", (18, 18)),
    ("Frau G. ist in der 28. SSW und hat einen Sohn von zweieinhalb Jahren. Sie sucht jemanden, "
     "der sich um den Jungen kümmert. Kamen-Heeren.", (30, 30)),
    # ... or both of them, housed together
    ("Schwangere 34. SSW mit Tochter 3 J., seit gestern wohnungslos. Unna. Wo können beide "
     "heute unterkommen?", (-5, 47)),
    # a past birth's week beside a check-up weeks ahead is no pregnancy now
    ("Twins, 8 mo, born at 31 weeks. Mother alone with three kids now. She needs Entlastung "
     "before I see them again for the U6 in about 4 weeks. Bönen.", (8, 8)),
    # a class left behind is history, the age told is now
    ("Jonas, 14, war bis Klasse 2 bei uns an der Grundschule, jetzt gibt es Hinweise auf "
     "Vernachlässigung. Bergkamen-Weddinghofen.", (168, 179)),
    # a pupil's little brother whose Kita place is asked about
    ("Übergabe: Schülerin aus Jg. 10, die Mutter schreibt „Bruder 3 J., kein Kitaplatz“ – "
     "gibts in Kamen was für den Kleinen?", (36, 47)),
    # under an age in months
    ("Gibt es in Schwerte Babymassage für Säuglinge unter 6 Monaten?", (0, 5)),
    # children found alone together: both of the scene
    ("bin grad aus einer wohnung in königsborn raus da war ein kleinkind ich schätz mal "
     "anderthalb allein mit dem großen bruder der ist vielleicht zehn was mach ich jetzt",
     (18, 131)),
    ("Mädchen 9 ist nachts allein mit der kleinen Schwester (3), Mutter arbeitet. Unna",
     (36, 119)),
    # a child noun right before the number, after an appointment: the child's age, no waiting
    ("Beim Termin in der Beratungsstelle hat die Tochter (10 Jahre) erzählt, dass der Onkel sie "
     "anfasst. Unna.", (120, 131)),
    ("heute im termin hatte der sohn fünf jahre blaue flecken am hals, unna massen", (60, 71)),
    # a whole and its fraction after "jetzt" stay one age
    ("ben kommt im sommer in die schule, ist jetzt 6 3/4. wer berät zum übergang? bergkamen",
     (81, 81)),
    # look-alikes that keep their reading
    ("Kind 14 Mon., Mutter 19, sucht Krabbelgruppe in Bönen", (14, 14)),
    ("Schwangere 20. SSW, erstes Kind, Hebamme gesucht in Unna", (-9, -1)),
    ("Geschwister 5 und 12 trauern um den Vater, Begleitung in Lünen?", (60, 155)),
    ("Kind 3 J. und die Geschwister (6 u. 9): alle drei brauchen Begleitung nach der Trennung, "
     "Unna", (36, 119)),
    ("Frau K. ist in der 30. SSW, Sohn 2 J., sucht eine Hebamme in Werne", (-6, -1)),
    ("Schüler aus Jg. 9 schwänzt, sein Bruder (6) ist oft allein. Schulsozialarbeit Bergkamen?",
     (168, 179)),
    ("Termin beim Kinderarzt erst in 3 Monaten, Tochter 4 Jahre, spricht kaum. Kamen", (48, 59)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_among_several_people(assistant: Assistant, text: str,
                                  expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)
