"""A week of pregnancy told beside a born child (weeks61).

"in der 28. Woche", "inne 22. woche", "in der 12 woche" (the dot lost as typed), "in de 12. Week":
the week says how far a pregnancy is, never how old a child is. When the help asked is the
pregnancy's own (a midwife for after the birth, the counsel whether to keep it) the request is
about the unborn child even with a sibling's age told beside it; a born child's own need ("Kita-
platz für den Sohn") keeps the sibling's age. Read through the assistant: the age it understood,
and that every offer it stands behind takes a child of that age.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # the pregnancy's care asked, a sibling told beside the week
    ("Meine Schwägerin ist in der achtundzwanzigsten Woche, ihr erstes Kind ist vier, sie sucht "
     "noch eine Hebamme für das Wochenbett in Werne.", (-6, -1)),
    ("sach ma Frau in der vierunddreißigsten Woche zweites Kind der Große is drei die hat für nach "
     "der Geburt immer noch keine Hebamme wo kriegt die getz noch eine her", (-5, -1)),
    ("ich bin in der 12 woche und weiß nicht ob ich das kind behalten will, mein sohn ist 5. "
     "beratung in unna?", (-9, -1)),
    ("die is inne 22. woche erstes kind und findet keine hebamme für die nachsorge in bönen",
     (-9, -1)),
    # weeks of a birth: how early, not how old
    ("new mum discharged this morning, baby born 3 days ago at 34 weeks, they live in Holzwickede. "
     "need a midwife for home visits", (0, 0)),
    ("Zwillinge vorgestern in der 35. Woche entbunden, Mutter braucht Nachsorgehebamme in Selm.",
     (0, 0)),
    ("Frühchen, mit 31 Wochen geboren, jetzt 4 Monate, Krabbelgruppe in Unna?", (4, 4)),
    # look-alikes: the born child's own need, a week that is a time, a plain pregnancy
    ("Mutter ist in der 30. Woche schwanger, sie sucht für ihren Sohn (3) einen Kitaplatz in "
     "Bergkamen, weil sie das nach der Geburt nicht schafft.", (36, 47)),
    ("Mein Sohn ist 4 und hat seit drei Wochen Albträume. Gibt es eine Beratung in Selm?",
     (48, 59)),
    ("Schwangere in der 20. SSW sucht Schwangerenberatung in Schwerte.", (-9, -1)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_week_of_pregnancy_is_no_childs_age(assistant: Assistant, text: str,
                                            expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)
