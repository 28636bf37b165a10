"""Conversations as professionals really write them, class by class, through `chat --json`.

Each test is one class of turn that went wrong in a conversation set (`tests/data/*/
conversations.jsonl`); its sentences are new ones of the same class, written for this file: a
marker of a new case in its many forms, thanks in many languages, another child of the family, an
answer that goes on about the same child, "weiß ich nicht", bare answers in unusual forms, and
refinements that change one thing and keep the rest.
"""

from __future__ import annotations

import io
import json
from argparse import Namespace
from pathlib import Path

import pytest

from bot.bench.synthetic import build_catalogue
from bot.catalogue import Catalogue
from bot.channels.console import run_chat
from bot.dialogue import respond
from bot.dialogue.phrases import starts_new_case
from bot.render.text import render_compact
from bot.settings import Settings
from tests.conftest import SHIPPED_DB


def chat(tmp_path: Path, turns: list[tuple[str, str]]) -> list[dict]:
    """Run `chat --json` on (conversation, text) turns; one answer object per turn."""
    lines = "".join(json.dumps({"conversation": c, "text": t}, ensure_ascii=False) + "\n"
                    for c, t in turns)  # fmt: skip
    out = io.StringIO()
    settings = Settings(catalogue=SHIPPED_DB, state=tmp_path / "state.db")
    assert run_chat(Namespace(json=True, no_log=True, place=None), settings,
                    io.StringIO(lines), out) == 0  # fmt: skip
    return [json.loads(line) for line in out.getvalue().splitlines()]


def ids(answer: dict) -> list[str]:
    return [offer["id"] for offer in answer["offers"]]


FIRST = "Sprachförderung für eine 3-Jährige in Kamen"


@pytest.mark.parametrize("opener", [
    "Nächste Familie: Junge, 7, Schwimmkurs",
    "andere Klientin: schwanger, sucht eine Hebamme",
    "ok danke. Neuer Fall: Mädchen 14, Essstörung",
    "Fall 2: Kind 6, Lernförderung",
    "noch eine Familie - Erziehungsberatung für einen 9-Jährigen",
    "Another family: boy 10 bullied at school",
    "Neue Zuweisung vom ASD: Familie mit Säugling, Erziehungsberatung",
    "Und noch eine: Jugendliche 16, Schulden",
])  # fmt: skip
def test_a_new_case_marker_in_any_form_keeps_nothing_of_the_last_family(
    tmp_path: Path, opener: str
) -> None:
    first, new = chat(tmp_path, [("c", FIRST), ("c", opener)])
    assert first["understood"]["place"] == "kamen"
    assert new["understood"]["place"] is None and new["carried"] == []
    # the place is asked, or first the age where the new family's only age is a stage
    # ("Säugling": round 31 asks the age before the place)
    assert new["question"] is not None and new["question"]["kind"] in ("place", "age")
    assert new["understood"]["age_months"] != first["understood"]["age_months"]


@pytest.mark.parametrize("text", [
    "Kind 4 schlägt ein anderes Kind in der Kita",  # "anderes Kind" inside a sentence
    "und für ihr anderes Kind, 8?",  # a sibling of the same family
    "noch eine Frage: gibt es das auch auf Türkisch?",  # another question about this case
    "nächste Woche hat sie einen Termin, gibt es was in Methler?",
])  # fmt: skip
def test_words_like_a_marker_inside_a_follow_up_are_no_new_case(text: str) -> None:
    assert not starts_new_case(text)


def test_a_sibling_or_a_question_keeps_the_family_place(tmp_path: Path) -> None:
    _, sibling, language = chat(tmp_path, [
        ("c", FIRST), ("c", "und für ihr anderes Kind, 8?"),
        ("c", "noch eine Frage: gibt es das auch auf Türkisch?"),
    ])  # fmt: skip
    assert sibling["understood"]["place"] == "kamen"
    assert sibling["understood"]["age_months"] == [96, 107]
    assert language["understood"]["place"] == "kamen" and language["understood"]["languages"]


@pytest.mark.parametrize("thanks", [
    "Vielen lieben Dank!", "passt, danke 👍", "Danke, das hilft mir sehr weiter 🙏",
    "teşekkürler hocam", "спасибо", "شكرا جزيلا", "dziękuję bardzo", "thx a lot",
])  # fmt: skip
def test_thanks_in_any_form_is_answered_briefly_and_the_case_stays(
    tmp_path: Path, thanks: str
) -> None:
    first, reply, more = chat(tmp_path, [("c", "Erziehungsberatung im Kreis Unna, Kind 6"),
                                         ("c", thanks), ("c", "mehr")])  # fmt: skip
    assert reply["prompt"] == "thanks" and reply["question"] is None
    assert "Gern geschehen" in reply["reply"] and "Verstanden" not in reply["reply"]
    assert ids(reply) == ids(first)  # the case as it stands, not searched again
    assert more["page"]["number"] == 1 and more["page"]["shown"] == ids(first)[5:10]


def test_thanks_with_a_follow_up_is_the_follow_up(tmp_path: Path) -> None:
    _, follow = chat(tmp_path, [("c", FIRST), ("c", "danke! und in Unna?")])
    assert follow["prompt"] is None and follow["understood"]["place"] == "unna"
    assert follow["understood"]["topics"] == ["sprachfoerderung"]


@pytest.mark.parametrize("text", [
    "und für ältere?", "und für die große Schwester?", "what about younger ones?",
    "und für den Bruder?",
])  # fmt: skip
def test_another_child_without_its_age_asks_the_age_and_keeps_the_rest(
    tmp_path: Path, text: str
) -> None:
    first, other, answered = chat(tmp_path, [("c", FIRST), ("c", text), ("c", "9")])
    assert other["prompt"] is None and other["question"]["kind"] == "age"
    assert other["understood"]["age_months"] is None  # not the 3-year-old's age
    assert other["understood"]["place"] == "kamen"
    assert other["understood"]["topics"] == first["understood"]["topics"]
    assert answered["understood"]["age_months"] == [108, 119] and answered["question"] is None


@pytest.mark.parametrize(("asked", "answer", "kept"), [
    ("Sprachförderung für ein Kind in Kamen", "sie ist 4 und geht noch nicht in die Kita",
     ("sprachfoerderung", "kamen")),
    ("Sprachförderung für ein Kind in Kamen", "4 Jahre, Mutter alleinerziehend",
     ("sprachfoerderung", "kamen")),
    ("Elternkurs für ein Kind von 4 Jahren", "Familie wohnt in Unna, Vater arbeitslos",
     ("elternkurse", "unna")),
    ("Elternkurs für ein Kind von 4 Jahren", "in Bergkamen, die Mutter ist alleinerziehend",
     ("elternkurse", "bergkamen")),
    ("Hilfe für eine Familie in Kamen", "Kind ist 4, braucht Sprachförderung",
     ("sprachfoerderung", "kamen")),
])  # fmt: skip
def test_an_answer_that_goes_on_about_the_same_child_completes_the_case(
    tmp_path: Path, asked: str, answer: str, kept: tuple[str, str]
) -> None:
    question, completed = chat(tmp_path, [("c", asked), ("c", answer)])
    assert question["question"] is not None
    assert completed["understood"]["age_months"] == [48, 59]
    topic, place = kept
    assert topic in completed["understood"]["topics"] and completed["understood"]["place"] == place
    assert completed["question"] is None and completed["carried"] == []


def test_a_request_that_opens_with_its_own_need_is_a_new_case(tmp_path: Path) -> None:
    _, new = chat(tmp_path, [("c", "Sprachförderung für ein Kind in Kamen"),
                             ("c", "Krabbelgruppe für ein Baby von 8 Monaten")])  # fmt: skip
    assert new["understood"]["place"] is None  # a new family: ask, never Kamen by default
    assert "eltern_kind_gruppen" in new["understood"]["topics"]


@pytest.mark.parametrize("unknown", ["weiß ich nicht", "keine Ahnung", "not sure", "egal"])
def test_not_knowing_the_answer_leaves_the_list_and_a_later_answer_still_counts(
    tmp_path: Path, unknown: str
) -> None:
    asked, reply, later = chat(tmp_path, [("c", "Sprachförderung für ein Kind in Kamen"),
                                          ("c", unknown), ("c", "4")])  # fmt: skip
    assert asked["question"]["kind"] == "age"
    assert reply["prompt"] == "not_known" and reply["question"] is None
    assert "Liste oben" in reply["reply"] and ids(reply) == ids(asked)
    assert later["understood"]["age_months"] == [48, 59]


@pytest.mark.parametrize(("asked", "answer", "field", "value"), [
    ("Sprachförderung für ein Kind in Kamen", "3 yaşında", "age_months", [36, 47]),
    ("Krabbelgruppe in Kamen", "she's 20 months", "age_months", [20, 20]),
    ("Sprachförderung für ein Kind in Kamen", "ma 4 lata", "age_months", [48, 59]),
    ("Elternkurs für ein Kind von 4 Jahren", "die wohnen in fünf neun eins neun zwei", "place",
     "bergkamen"),
    ("Elternkurs für ein Kind von 4 Jahren", "Wohnort 59423", "place", "unna"),
])  # fmt: skip
def test_bare_answers_in_unusual_forms_complete_the_case(
    tmp_path: Path, asked: str, answer: str, field: str, value: object
) -> None:
    question, completed = chat(tmp_path, [("c", asked), ("c", answer)])
    assert question["question"] is not None
    assert completed["understood"][field] == value
    assert completed["understood"]["topics"] == question["understood"]["topics"]


@pytest.mark.parametrize(("text", "field", "value"), [
    ("und in Selm?", "place", "selm"),
    ("und für ältere, so 8?", "age_months", [96, 107]),
    ("auf arabisch?", "languages", ["ar"]),
    ("є щось українською?", "languages", ["uk"]),
])  # fmt: skip
def test_a_refinement_changes_one_thing_and_keeps_the_rest(
    tmp_path: Path, text: str, field: str, value: object
) -> None:
    first, refined = chat(tmp_path, [("c", "Elternkurs für eine 3-Jährige in Unna"), ("c", text)])
    assert refined["understood"][field] == value
    for other in ("age_months", "place", "topics"):
        if other != field:
            assert refined["understood"][other] == first["understood"][other], other


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    return Catalogue.load(build_catalogue(3000, tmp_path_factory.mktemp("large")))


def test_a_large_answer_says_the_real_count_not_the_cap(large: Catalogue) -> None:
    answer, session = respond("Erziehungsberatung im Kreis Unna, Kind 6", large)
    assert answer.fitting > len(answer.offers) == 50
    text = render_compact(answer, large)
    assert f"{answer.fitting} passende Angebote; die besten 50 zuerst (1–5)" in text
    assert "50 passende" not in text
    for _page in range(10):
        answer, session = respond("mehr", large, session)
    assert f"die besten 50 von {answer.fitting} passenden Angeboten" in render_compact(
        answer, large)  # fmt: skip


@pytest.mark.parametrize(("text", "place"), [
    ("nicht Logopädie, eher was in der Kita", "kamen"),
    ("lieber in Unna", "unna"),
    ("nicht in Kamen, sondern in Bergkamen", "bergkamen"),
    ("eher was mit Beratung", "kamen"),
])  # fmt: skip
def test_a_preference_or_correction_stays_with_the_same_child(
    tmp_path: Path, text: str, place: str
) -> None:
    _first, corrected = chat(tmp_path, [("c", "Sprachförderung 3 Jahre Kamen"), ("c", text)])
    assert corrected["understood"]["place"] == place
    assert corrected["understood"]["age_months"] == [36, 47]  # "Kita" does not blur the age


@pytest.mark.parametrize(("before", "word", "age"), [
    ("Kita-Platz gesucht in Holzwickede", "U3", [0, 35]),
    ("Kita-Platz gesucht in Holzwickede", "Ü3", [36, 71]),
    ("Betreuung für ein Kind in Werne", "OGS", [72, 131]),
])  # fmt: skip
def test_a_word_that_restates_the_need_with_an_age_keeps_the_place(
    tmp_path: Path, before: str, word: str, age: list[int]
) -> None:
    first, restated = chat(tmp_path, [("c", before), ("c", word)])
    assert restated["understood"]["place"] == first["understood"]["place"]
    assert restated["understood"]["age_months"] == age


@pytest.mark.parametrize(
    "text", ["und Kinderhospiz?", "und Reittherapie?", "und Gebärdensprachkurs?"]
)
def test_a_follow_up_with_a_need_nobody_knows_is_an_honest_gap(tmp_path: Path, text: str) -> None:
    first, gap = chat(tmp_path, [("c", "Sprachförderung 3 Jahre Kamen"), ("c", text)])
    assert gap["prompt"] is None  # it was read: no "could not read that"
    assert gap["gap"] and not set(ids(gap)) & set(ids(first))  # not the speech therapists again
    assert gap["understood"]["place"] == "kamen" and gap["understood"]["age_months"] == [36, 47]


def test_an_age_word_the_vocabulary_lacks_keeps_the_open_need(tmp_path: Path) -> None:
    asked, answered = chat(tmp_path, [("c", "Jugendtreff in Lünen?"), ("c", "fünfzehneinhalb")])
    assert asked["question"]["kind"] == "age"
    assert answered["understood"]["age_months"] == [186, 186]
    assert not answered["gap"] and answered["offers"]  # the need stays known, offers stay


@pytest.mark.parametrize("text", [
    "was meinen Sie dazu?", "hmm, und jetzt?", "was würden Sie empfehlen?",
])  # fmt: skip
def test_words_that_change_nothing_say_what_can_be_changed_not_unreadable(
    tmp_path: Path, text: str
) -> None:
    first, reply = chat(tmp_path, [("c", "Sprachförderung 3 Jahre Kamen"), ("c", text)])
    assert reply["prompt"] == "not_understood" and ids(reply) == ids(first)
    assert "nicht verstanden" in reply["reply"] and "und in Unna?" in reply["reply"]
    assert "nicht lesen" not in reply["reply"]


@pytest.mark.parametrize("text", ["gibt es was am Wochenende?", "kostenlos?",
                                  "anything on weekends?"])  # fmt: skip
def test_a_question_about_a_field_of_the_list_is_answered_not_misread(
    tmp_path: Path, text: str
) -> None:
    first, reply = chat(tmp_path, [("c", "Sprachförderung 3 Jahre Kamen"), ("c", text)])
    assert reply["prompt"] == "about_offers" and ids(reply) == ids(first)
    assert "nicht verstanden" not in reply["reply"]


@pytest.mark.parametrize(("text", "age"), [
    ("für die Kleine vor allem", [24, 35]),
    ("eher für den Großen", [60, 71]),
    ("und für die Jüngste?", [24, 35]),
])  # fmt: skip
def test_the_youngest_or_oldest_of_children_named_together(
    tmp_path: Path, text: str, age: list[int]
) -> None:
    first, one = chat(tmp_path, [("c", "Kinder 2 und 5, Mutter psychisch krank, Lünen-Süd"),
                                 ("c", text)])  # fmt: skip
    assert first["understood"]["age_months"] == [24, 71]
    assert one["understood"]["age_months"] == age and one["question"] is None
    assert one["understood"]["place"] == "luenen-sued"
    assert one["understood"]["topics"] == first["understood"]["topics"]


@pytest.mark.parametrize(("answer", "age", "context"), [
    ("sie ist 12, ritzt sich seit Wochen", [144, 155], "psychische_gesundheit"),
    ("12, ritzt sich", [144, 155], "psychische_gesundheit"),
    ("Er ist 9. Die Mutter sucht auch einen Deutschkurs.", [108, 119], "migration_integration"),
])  # fmt: skip
def test_what_an_answer_tells_about_the_child_ranks_but_the_asked_need_stays(
    tmp_path: Path, answer: str, age: list[int], context: str
) -> None:
    asked, completed = chat(tmp_path, [("c", "Erziehungsberatung in Unna"), ("c", answer)])
    assert asked["question"]["kind"] == "age"
    understood = completed["understood"]
    assert understood["age_months"] == age and understood["place"] == "unna"
    assert understood["topics"][0] == "erziehungsberatung" and context in understood["topics"]
    assert completed["offers"] and not completed["gap"]


@pytest.mark.parametrize(("first", "text"), [
    ("Babyschwimmen in Kamen, Baby 5 Monate", "gibt's auch was anderes für Babys?"),
    ("Babyschwimmen in Kamen, Baby 5 Monate", "gibt es noch was anderes?"),
    ("Reittherapie für ein Kind von 8 Jahren in Unna", "sonst noch was?"),
    ("Reittherapie für ein Kind von 8 Jahren in Unna", "anything else?"),
])  # fmt: skip
def test_something_else_after_an_honest_gap_shows_what_else_fits(
    tmp_path: Path, first: str, text: str
) -> None:
    gap, other = chat(tmp_path, [("c", first), ("c", text)])
    assert gap["gap"] and not gap["offers"]
    assert other["prompt"] is None and other["offers"] and not other["gap"]
    for key in ("age_months", "place"):
        assert other["understood"][key] == gap["understood"][key]


@pytest.mark.parametrize(("first", "word", "topic"), [
    ("Sprachförderung 3 Jahre Kamen", "Kita?", "kita_betreuung"),
    ("Sprachförderung für einen 10-Jährigen in Unna", "OGS?", "ogs_ganztag"),
    ("Elternkurs für ein Baby von 8 Monaten in Kamen", "Krabbelgruppe?", "eltern_kind_gruppen"),
])  # fmt: skip
def test_a_word_naming_another_need_of_the_same_childs_stage_keeps_the_case(
    tmp_path: Path, first: str, word: str, topic: str
) -> None:
    before, other = chat(tmp_path, [("c", first), ("c", word)])
    assert topic in other["understood"]["topics"]
    assert other["understood"]["age_months"] == before["understood"]["age_months"]
    assert other["understood"]["place"] == before["understood"]["place"]
    assert {"what": "place", "from": "previous"} in other["carried"]  # said, in case it is not


@pytest.mark.parametrize("more", [
    "Die Mutter ist außerdem schwanger, 6. Monat, und sucht eine Hebamme.",
    "Sie hat mir noch erzählt, dass der Vater trinkt – gibt es was für Kinder aus Suchtfamilien?",
    "Ihre kleine Schwester, 2, bräuchte auch eine Krabbelgruppe.",
    "The mum is also pregnant and has no midwife yet.",
])  # fmt: skip
def test_more_about_the_same_family_keeps_its_place_and_says_so(
    tmp_path: Path, more: str
) -> None:
    first, follow = chat(tmp_path, [("c", "Mädchen 8, LRS, Lernförderung in Bergkamen"),
                                    ("c", more)])  # fmt: skip
    assert first["understood"]["place"] == "bergkamen"
    assert follow["understood"]["place"] == "bergkamen"
    assert any(c["what"] == "place" for c in follow["carried"])  # and the answer says so
    assert "place" not in follow["missing"]


@pytest.mark.parametrize("other", [
    "Kundin mit Sohn 6, OGS fehlt",
    "Mutter mit Baby 3 Monate sucht Krabbelgruppe",
    "Jugendlicher 15 schwänzt die Schule, Hilfe?",
])  # fmt: skip
def test_a_new_family_with_an_age_but_no_place_inherits_no_place(
    tmp_path: Path, other: str
) -> None:
    _first, new = chat(tmp_path, [("c", "Mädchen 8, LRS, Lernförderung in Bergkamen"),
                                  ("c", other)])  # fmt: skip
    assert new["understood"]["place"] is None and new["carried"] == []
    assert "place" in new["missing"]
