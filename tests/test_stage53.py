"""The child of the life stage a need belongs to, among several children told (stage53).

A request tells several children of different ages and asks for help only a child of one stage
can take: a welcome visit, a Familienhebamme, baby massage or a Rückbildungskurs is the baby's;
Einschulung or Schulanmeldung the pre-schooler's; a Kita place the child under six's; OGS the
primary-school child's; an apprenticeship, career guidance or a driving licence the teenager's.
The age read is that child's, and every offer shown takes a child of that age. Look-alikes keep
the span: two stage-bound needs for two children, a need that fits every child, help asked for
all of them. Read through the assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # the baby's needs
    ("Notiz Hausbesuch: Mutter allein mit Neugeborenem (3 Wo.) und Sohn (14), Holzwickede. "
     "Wünscht Willkommensbesuch/Infos Familienbüro.", (0, 0)),
    ("Ich habe einen Sohn von 13 und eine Tochter von 4 Monaten, wohne in Unna-Massen. Wo kann "
     "ich Babymassage machen?", (4, 4)),
    ("Zwillinge (8) und ein Baby von 2 Monaten, Lünen. Mama sucht einen Babymassage-Kurs.",
     (2, 2)),
    ("single mum in Kamen, kids aged 3 months and 12 years. Is there a welcome visit for "
     "newborns?", (3, 3)),
    ("Rückbildungskurs in Lünen-Brambauer gesucht – Baby ist 7 Wochen, die beiden anderen sind "
     "6 und 10.", (1, 1)),
    # the pre-schooler's, the child under six's, the primary-school child's
    ("Wir haben drei Kinder: 2, 5 und 12 Jahre, wohnen in Bergkamen-Oberaden. Nächstes Jahr "
     "steht die Einschulung an, was müssen wir beachten?", (60, 71)),
    ("Familie zugezogen nach Fröndenberg, Kinder 3 und 14. Wir brauchen einen Kitaplatz.",
     (36, 47)),
    ("Alleinerziehend mit zwei Kindern, 7 und 15 Jahre, Selm. Ich fange wieder an zu arbeiten "
     "und brauche einen OGS-Platz.", (84, 95)),
    ("We live in Bergkamen with our children aged 6 and 14 and need an after-school place "
     "(OGS).", (72, 83)),
    # the teenager's
    ("Kinder 4, 10 und 16, wohnen in Holzwickede. Suchen Hilfe bei der Berufsorientierung.",
     (192, 203)),
    # look-alikes: needs for different children, a need for every child, help for both
    ("Mutter mit Kindern 2 und 12, Unna. Wir suchen einen Kitaplatz für die Kleine und "
     "Nachhilfe für den Großen.", (24, 155)),
    ("Familie in Kamen mit Kindern 4 und 13, es gibt viel Streit zu Hause. Wir suchen "
     "Familienberatung.", (48, 167)),
    ("Kinder 7 und 10, Bergkamen. Gibt es Freizeitangebote in den Ferien?", (84, 131)),
    ("Baby 3 Monate und Sohn 6, Lünen. Wir suchen eine Familienhebamme und eine Betreuung in der "
     "OGS.", (3, 83)),
    ("Zwei Kinder, 1 und 4 Jahre, Schwerte. Für beide suchen wir einen Kitaplatz.", (12, 59)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_child_of_the_needs_stage(assistant: Assistant, text: str,
                                      expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


def test_the_stage_table_loads() -> None:
    """Every stage has a band in months and words; a band is narrower than childhood."""
    from bot.understanding.age_need_stage import _stages

    for stage in _stages():
        assert 0 <= stage.low < stage.high <= 299 and stage.words.pattern
