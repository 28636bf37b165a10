"""One family, several turns: the age and the home stay while the talk moves (issue 8, session 18).

Classes from the h7ab tuning conversations, with sentences written for this file: a turn that
gives up the language it asked for and names where ("dann reicht auch auf Deutsch, Hauptsache
in …") refines the same case and keeps the child's age; a child named by its age with an article
("the 12-year-old", "die Siebenjährige") is one of the children spoken of, so the family's place
stays; a place one child's question names for its offer ("für den Zehnjährigen: eine OGS in
Westhofen?") is not the family's home, and a sibling's turn searches at home again, while a
residence statement ("die wohnen eigentlich in Brambauer") moves the home; an Arabic follow-up
asking for help to learn German is language support.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_conversation_classes import chat


@pytest.mark.parametrize(("turns", "age"), [
    (["Junge 9 J, stottert stark, Familie in Werne", "gibt es Sprachtherapie auch auf Russisch?",
      "ok, dann reicht auch auf Deutsch, Hauptsache in Stockum oder Werne selbst"], [108, 119]),
    (["Mädchen 5 J in Schwerte, Sprachförderung gesucht", "auf Türkisch möglich?",
      "Sprache egal, Hauptsache in Schwerte"], [60, 71]),
    (["Boy 8, struggling with reading, family lives in Bönen",
      "anything in Polish for the parents?", "German is fine too, as long as it's in Bönen"],
     [96, 107]),
])
def test_giving_up_the_language_keeps_the_age(tmp_path: Path, turns: list[str],
                                              age: list[int]) -> None:
    answers = chat(tmp_path, [("c", t) for t in turns])
    assert answers[-1]["understood"]["age_months"] == age
    assert answers[-1]["question"] is None
    assert answers[-1]["understood"]["languages"] == []


@pytest.mark.parametrize(("turns", "age", "place"), [
    (["Mutter mit drei Kindern (3, 8 und 12) in Kamen-Methler, alles wird ihr zu viel",
      "der 12-Jährige schwänzt wohl die Schule"], [144, 155], "kamen-methler"),
    (["Grandma raising two kids, 6 and 10, on her own in Selm, she can't cope",
      "the 10-year-old wets the bed again"], [120, 131], "selm"),
    (["Vater allein mit Kindern (2 und 7) in Bergkamen-Oberaden, braucht Entlastung",
      "Die Siebenjährige wird in der Schule gehänselt"], [84, 95], "bergkamen-oberaden"),
])
def test_a_child_named_by_age_is_one_of_the_family(tmp_path: Path, turns: list[str],
                                                   age: list[int], place: str) -> None:
    answers = chat(tmp_path, [("c", t) for t in turns])
    assert answers[-1]["understood"]["age_months"] == age
    assert answers[-1]["understood"]["place"] == place  # not asked again, no offers elsewhere
    assert answers[-1]["question"] is None


@pytest.mark.parametrize(("turns", "places"), [
    (["Familie mit Kindern (1, 4 und 10) neu in Schwerte, braucht Orientierung",
      "Für den Zehnjährigen: gibt es eine OGS in Westhofen?",
      "Und der Einjährige braucht eine Tagesmutter."],
     ["schwerte", "schwerte-westhofen", "schwerte"]),
    (["Mutter mit zwei Kindern (3 und 9) in Werne, sucht Unterstützung",
      "Für die Neunjährige: gibt es einen Sportverein in Stockum?",
      "Und die Dreijährige braucht einen Kitaplatz."],
     ["werne", "werne-stockum", "werne"]),
    (["Familie mit Kindern (2 und 6) in Lünen, sucht Unterstützung",
      "die wohnen eigentlich in Brambauer",
      "Und die Zweijährige braucht einen Kitaplatz."],
     ["luenen", "luenen-brambauer", "luenen-brambauer"]),
])
def test_a_sibling_searches_at_the_family_home(tmp_path: Path, turns: list[str],
                                               places: list[str]) -> None:
    answers = chat(tmp_path, [("c", t) for t in turns])
    assert [a["understood"]["place"] for a in answers] == places


@pytest.mark.parametrize("then", [
    "وفي شي يساعده يتعلم ألماني؟",
    "بده يتعلم اللغة الألمانية، في شي بالعربي؟",
    "وفي حدا بيساعده يتعلم الألماني بالروضة؟",
])
def test_an_arabic_follow_up_for_learning_german_is_language_support(tmp_path: Path,
                                                                     then: str) -> None:
    answers = chat(tmp_path, [("c", "ولد عمره 4 سنين بـ Kamen، بدهم Kita"), ("c", then)])
    assert "sprachfoerderung" in answers[-1]["understood"]["topics"]
    assert answers[-1]["understood"]["age_months"] == [48, 59]
    assert answers[-1]["understood"]["place"] == "kamen"
