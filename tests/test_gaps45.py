"""A guess of a neighbouring need does not fill the gap of a need the asker named (gaps45).

When the asking words name a lone need firmly ("wo er sich über Verhütung informieren kann",
"Gibt es dort Schulsozialarbeit?", "Wo gibt es hier Logopädie?"), that need was asked for, not
read from a story: where it has no offer at this age and place the answer is an honest gap, and
the examples' guess (youth-office help, early intervention) is not shown as „passend“
(`main_need_slot.named_alone`). Where the named help is held, its offers answer. A guess that
confirms what a word of the request half names ("braucht dafür Betreuung") still joins.
Sentences of their own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand

GAPS = [
    ("Mein Sohn ist 13 und will wissen, wo er sich über Verhütung informieren kann. Wir wohnen "
     "in Bönen.", "sexualpaedagogik"),
    ("Wir wohnen in Werne, Sohn 11 stottert stark. Wo gibt es hier Logopädie für ihn?",
     "sprachfoerderung"),
    ("In der Grundschule in Holzwickede ist gestern eine Lehrerin gestorben, die Kinder der "
     "2. Klasse weinen nur noch. Gibt es dort Schulsozialarbeit, die in die Klasse kommt?",
     "schulsozialarbeit"),
]

HELD = [
    ("Mein Sohn ist 13 und will wissen, wo er sich über Verhütung informieren kann. Wir wohnen "
     "in Unna.", "sexualpaedagogik"),
    ("Wir wohnen in Unna, Sohn 4 stottert stark. Wo gibt es hier Logopädie für ihn?",
     "sprachfoerderung"),
    ("Nach dem Unfall des Vaters ist die Klasse 3b in Lünen völlig durcheinander. Gibt es dort "
     "Schulsozialarbeit, die mit den Kindern (8) spricht?", "schulsozialarbeit"),
]


@pytest.mark.parametrize(("text", "named"), GAPS)
def test_a_need_named_alone_is_a_gap_where_nothing_meets_it(catalogue: Catalogue, text: str,
                                                            named: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.named_topics == (named,)
    answer = match(request, catalogue)
    assert answer.gap is not None
    assert not answer.offers


@pytest.mark.parametrize(("text", "named"), HELD)
def test_a_need_named_alone_is_answered_where_it_is_held(catalogue: Catalogue, text: str,
                                                         named: str) -> None:  # fmt: skip
    answer = match(understand(text, catalogue), catalogue)
    assert answer.gap is None
    assert named in answer.offers[0].offer.topics


def test_a_guess_a_word_half_names_still_joins(catalogue: Catalogue) -> None:
    """The training is why; the care is what "braucht dafür Betreuung" asks — named since
    needs76 (care beside a parent's training is childcare for a Kita-age child), read by the
    guess before it: either way the childcare offers answer it."""
    text = ("Kundin 19, Sohn 7 Mon., will im Herbst eine Ausbildung anfangen, braucht dafür "
            "Betreuung für den Kleinen. Wohnt in Lünen.")
    request = understand(text, catalogue)
    assert request.named_topics in ((), ("kita_betreuung",))
    answer = match(request, catalogue)
    assert answer.gap is None
    assert any("kita_betreuung" in hit.offer.topics for hit in answer.offers)


def test_counselling_asked_names_no_need_alone(catalogue: Catalogue) -> None:
    """"beraten lassen" asks for help with the story: it names no kind of help by itself."""
    text = ("Unsere Tochter (14) hat einen festen Freund und fragt, wo sie sich zu Verhütung "
            "beraten lassen kann. Wir sind gerade nach Selm gezogen.")
    assert understand(text, catalogue).named_topics == ()
