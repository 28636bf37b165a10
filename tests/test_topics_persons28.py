"""A person of the story is no need.

"hat gegen seinen ehemaligen Fußballtrainer ausgesagt" showed football clubs first: the first
part of a compound whose head is a person ("Fußballtrainer", "Tanzkumpel", "Schulfreundin") is
that person's trade or the place they know each other from, not what the family asks for.
A need named in its own words is still read.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Junge 13 hat gegen seinen ehemaligen Fußballtrainer ausgesagt, Eltern aufgelöst, "
         "Billmerich", "freizeit_sport_kultur"),
        ("Mädchen 12 in Kamen, ihr Tanzkumpel hat sie bedrängt", "freizeit_sport_kultur"),
    ],
)
def test_a_person_compound_names_no_need(catalogue: Catalogue, text: str, absent: str) -> None:
    request = understand(text, catalogue)
    assert absent not in request.main_topics
    assert not any(word.startswith(("fussball", "tanz")) for word in request.keywords)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Fußballverein für Junge 9 in Kamen", "freizeit_sport_kultur"),
        ("Nachhilfelehrer für Mädchen 12 in Kamen", "lernfoerderung"),
        ("Junge 13 kifft, Billmerich, Beratung für Eltern", "medien_sucht"),
    ],
)
def test_the_need_is_still_read(catalogue: Catalogue, text: str, topic: str) -> None:
    assert topic in understand(text, catalogue).topics
