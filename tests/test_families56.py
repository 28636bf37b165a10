"""Several children in one message, with ages the writer half-knows (families56).

A hedge inside a list of the family's children still gives that child's age ("Kinder 13, ca. 10
und 7", "Geschwister 3 und knapp 6", "13 (?) und 15"); a child told only by its stage joins the
span where the help is the household's ("Tochter grob Grundschulalter, Sohn Baby (~10 Mon) …
Entlastung"); school troubles told of one child beside another child's need ask for both; a
brother's or sister's age told in brackets by a copula is theirs ("der Schwester (die ist jetzt 6
Wochen)"); a help that "lief 12 Monate" tells no age; a later turn asking "gleiche Frage" for a
sibling spans both (`both_children.for_every_child`). Look-alikes keep one child: a lone hedged
age, a need pointed at one child, help that is not the household's. Every sentence is new,
written for this file.
"""

from __future__ import annotations

import pytest

from bot.dialogue.both_children import for_every_child
from bot.models import AgeRange, Request
from bot.text import clean, fold
from bot.understanding.age import parse_age


def age(text: str) -> tuple[int, int] | None:
    found = parse_age(fold(clean(text)))
    return None if found is None else (found.low, found.high)


@pytest.mark.parametrize(("text", "span"), [
    # a hedge inside the list: every child still counted
    ("Vater allein, Kinder 12, ca. 9 und 5, er braucht Hilfe im Haushalt, Selm", (60, 155)),
    ("Geschwister 4 und knapp 7 waren dabei, Beratung für die Familie in Werne?", (48, 83)),
    ("die zwei Kinder (6 und vermutlich 9) trauern um den Opa, Trauergruppe in Kamen?", (72, 119)),
    ("Enkelkinder (2 und ~5) leben jetzt bei uns, Erziehungsberatung in Unna?", (24, 71)),
    ("Kinder: 2 Söhne, 11 (?) und 14 | Anliegen: Streit eskaliert | Ort: Bönen", (132, 179)),
    ("Pflegekinder lt. Jugendamt 5 und 8, lt. Schule eher 6 und 9, Ferienfreizeit in Lünen?",
     (60, 119)),
    # a child told only by its stage joins the household's help
    ("Sohn grob Grundschulalter, Tochter (ca. 9 Monate), Mutter erschöpft: Entlastung in Unna?",
     (9, 131)),
    ("Kind A. (ca. 3), Kind B. (laut Kita 'Vorschulkind'), Familienhilfe in Kamen?", (36, 71)),
    ("Papa allein mit 2 Kindern, einer in der Krippe, einer im Kindergarten. Haushaltshilfe?",
     (0, 71)),
    # each child's own trouble: both are asked for
    ("Die Kleine (3) hat noch keinen Kitaplatz, der Große (10) schafft die Hausaufgaben nicht. "
     "Kita? Nachhilfe? Fröndenberg", (36, 131)),
    # a sibling's age told in brackets by a copula is theirs
    ("Mädchen 5 J., schläft seit der Geburt des Bruders (der ist jetzt 3 Wochen) schlecht, "
     "Erziehungsberatung in Holzwickede?", (60, 71)),
    # how long a help ran is no age
    ("Sohn 3, Logopädie lief 18 Monate und ist jetzt vorbei. Sprachförderung in Bergkamen?",
     (36, 47)),
])  # fmt: skip
def test_family_span(text: str, span: tuple[int, int]) -> None:
    assert age(text) == span


@pytest.mark.parametrize(("text", "span"), [
    # a need pointed at one child keeps that child, hedges or not
    ("Kinder 4, ca. 8 und 11 – für den Großen suchen wir Nachhilfe in Kamen", (132, 143)),
    # a stage told beside a child's own need is no child of the household's help
    ("Tochter 2, der Sohn geht schon in die Grundschule. Tagesmutter für die Tochter in Werne?",
     (24, 35)),
    # a lone hedged age is the single child's reader's: the list reader leaves it alone
    ("Junge ca. 10, will in einen Fußballverein, Unna", (120, 131)),
])  # fmt: skip
def test_one_child_kept(text: str, span: tuple[int, int]) -> None:
    assert age(text) == span


@pytest.mark.parametrize(("text", "span"), [
    # the question asked for the first child asked again for the sibling: both
    ("Nachtrag: die Schwester, 3 J., spricht auch kaum, gleiche Frage.", (36, 83)),
    ("Sein Bruder (10) hat dieselbe Diagnose – gleiche Frage für ihn.", (72, 131)),
    # a sibling told with a need of their own: that child alone
    ("Die Schwester ist 3, gibt es für die auch was?", (36, 47)),
])  # fmt: skip
def test_sibling_turn(text: str, span: tuple[int, int]) -> None:
    previous = Request("Junge 6 J., spricht sehr verzögert", age=AgeRange(72, 83))
    said = Request(text, age=parse_age(fold(clean(text))))
    got = for_every_child(previous, said, said, text).age
    assert got is not None and (got.low, got.high) == span
