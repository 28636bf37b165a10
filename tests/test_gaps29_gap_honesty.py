"""Gap honesty (issue 8): answers share the need asked for, or an equally asked one.

Read against the catalogue README's relevance rules:
- a place where the child lives, told in a clause with a dwelling verb ("der in einer Wohngruppe
  lebt"), is no second need beside the help asked for, even in a mail that asks as a whole, so
  its offers never stand in for a missing one (a care leaver's guide in Kamen is a gap);
- a language wished of the offer itself, where the family's origin is the only migration word,
  stays a gap: the Kreis interpreter pool does not stand in for a swimming course in Romanian.
Sentences of their own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand
from bot.understanding.main_need_positions import lives_at
from bot.understanding.normalise import words_of


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("für einen Schüler, der in einer Wohngruppe in Kamen lebt, suchen wir Begleitung",
         "wohngruppe"),
        ("ein Mädchen, das im Kinderheim in Selm wohnt, braucht Hilfe", "kinderheim"),
    ],
)
def test_a_place_in_a_dwelling_clause_tells_where_the_child_lives(text: str, place: str
                                                                   ) -> None:  # fmt: skip
    words = words_of(text)
    assert [words.folded[i] for i in lives_at(words)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Gibt es in Kamen einen Platz in einer Wohngruppe?",  # no dwelling verb: asked for
        "Sie lebt seit einem Jahr in Kamen und sucht eine Wohngruppe.",  # another clause's place
        "Er wohnt bei der Oma, kommt aus dem Kinderheim.",  # where he comes from: origin
    ],
)
def test_a_place_without_a_dwelling_clause_is_not_where_the_child_lives(text: str) -> None:
    assert not lives_at(words_of(text))


def test_a_language_wished_of_the_offer_with_only_an_origin_stays_a_gap(
        catalogue: Catalogue) -> None:  # fmt: skip
    answer = match(understand("Mädchen 8 kommt aus Rumänien und kann nicht schwimmen. Gibt es "
                              "einen Schwimmkurs mit Trainerin, die Rumänisch spricht? Werne",
                              catalogue), catalogue)  # fmt: skip
    assert answer.gap is not None
    assert not answer.offers
