"""Ages48: whose age — the child asked about among brothers and sisters, a pregnancy and the
family. What a user relies on: the age the assistant reads is that child's (or the family's span
when the family is asked for), never a settled sibling's nor the pregnancy's beside it."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

PREGNANCY = (-9, -1)  # any reading inside it: the unborn child

CASES = [
    # an elder brother or sister whose own sentence tells a grown life going its way: context
    ("Meine Große (16) hat schon eine Ausbildung. Ihr Bruder (9, 3. Klasse) kommt mit Lesen gar "
     "nicht klar – gibt es in Kamen Lernhilfe?", (108, 119)),
    ("Der Älteste (17) macht gerade ein Praktikum. Seine Schwester (13) will nicht mehr zur "
     "Schule. Wer berät in Unna?", (156, 167)),
    ("Die Älteste (19) studiert schon. Ihr Bruder (14, 8a) wird in der Schule gemobbt. Wer hilft "
     "in Schwerte?", (168, 179)),
    # a settled child and the troubled one in one sentence, cut at "aber"
    ("Die Mittlere (10) kommt in der Schule gut klar, aber die Jüngste, 4, beißt in der Kita "
     "andere Kinder. Erziehungsberatung in Werne?", (48, 59)),
    # brothers and sisters told with an adjective beside the baby: the baby
    ("Baby 7 Monate, große Geschwister (5 und 8) gehen in Kita und Schule. Die Mutter hat eine "
     "Wochenbettdepression und sucht in Werne Hilfe.", (7, 7)),
    # a born child looked after beside a pregnancy told earlier in the clause: the born child
    ("Unsere Tochter ist 11 Monate, ich bin wieder in der 10. Woche schwanger und total fertig "
     "mit der Kleinen, die nur schreit. Schreiambulanz in Unna?", (11, 11)),
    # help asked for the family: the span of its children, not one rank; with a pregnancy the
    # coming child is one of the family (ranges67, stop 43: two holdouts by other writers,
    # h22c-006 and h35c-046, label this shape from the pregnancy to the eldest)
    ("Familie mit 4 Kindern zwischen 1 und 9, Mutter wieder schwanger, Vater arbeitslos. Gibt es "
     "in Bergkamen Unterstützung für die Familie?", (-9, 119)),
    ("wohnt Frömern mit 3 Kindern (2, 6, 13), die Älteste geht nich mehr inne Schule. Wer hilft "
     "der Familie jetz?", (24, 167)),
    # a class and the ages of all its pupils: a range after "alle" is no "every N years"
    ("Kl. 10, alle 16–17 J., wir suchen für die Klasse einen Workshop zur Berufsorientierung in "
     "Lünen.", (192, 215)),
    # look-alikes that must not change
    ("Die Familie zieht alle 2 Jahre um, Sohn 9 kommt in der Schule nicht mit. Lernhilfe in Unna?",
     (108, 119)),
    ("Der Älteste (17) sucht eine Ausbildung, seine Schwester (13) ist versorgt. Wer berät in "
     "Unna?", (204, 215)),
    ("Der Sohn (17) macht eine Ausbildung, kifft aber jeden Tag. Die Tochter (12) ist lieb. "
     "Suchtberatung in Kamen?", None),
    ("Frau K., 28. SSW, hat bereits einen Sohn von 15 Monaten. Sie braucht eine Hebamme für die "
     "Nachsorge in Kamen.", PREGNANCY),
    ("Ich bin in der 32. Woche schwanger, meine Tochter ist 3. Ich suche einen "
     "Geburtsvorbereitungskurs in Lünen.", PREGNANCY),
    ("Kinder 1, 3 und 5 – alle drei brauchen einen Kitaplatz in Bergkamen.", (12, 71)),
    ("Sohn 3 J. (Geschwister 7 und 11) spricht noch kaum. Sprachförderung in Schwerte?", (36, 47)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_of_the_child_asked_about(assistant: Assistant, text: str,
                                      expected: tuple[int, int] | None) -> None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    if expected is None:  # the troubled elder one, not the settled younger sister
        assert age is not None and age.low >= 144
    elif expected == PREGNANCY:
        assert age is not None and age.high < 0
    else:
        assert age is not None and (age.low, age.high) == expected
