"""Follow-ups that refer back to the case in ways the German phrases alone do not see.

Classes found in the conversation sets (`tests/data/conv5/`, `holdout3/`, `holdout4/`), each
tested here with new sentences of the same class: a follow-up tied to the family by a word in
another language ("И ещё: …", "are și …"), a language wish that says why ("…, sie spricht kaum
Deutsch"), a district name several towns share said inside a case, and a number a follow-up
leaves unsure that cannot be the known child's age.
"""

from __future__ import annotations

import io
import json
from argparse import Namespace
from pathlib import Path

import pytest

from bot.channels.console import run_chat
from bot.dialogue.connectives import in_german
from bot.settings import Settings
from bot.text import fold
from tests.conftest import SHIPPED_DB


def chat(tmp_path: Path, *texts: str) -> list[dict]:
    """Run `chat --json` on the turns of one conversation; one answer object per turn."""
    lines = "".join(json.dumps({"conversation": "c", "text": t}, ensure_ascii=False) + "\n"
                    for t in texts)  # fmt: skip
    out = io.StringIO()
    settings = Settings(catalogue=SHIPPED_DB, state=tmp_path / "state.db")
    assert run_chat(Namespace(json=True, no_log=True, place=None), settings,
                    io.StringIO(lines), out) == 0  # fmt: skip
    return [json.loads(line) for line in out.getvalue().splitlines()]


FAMILY = "Familie in Bergkamen, Sohn 9, braucht Lernförderung"


@pytest.mark.parametrize("follow_up", [
    "И ещё: дочке 4 года, ищем Kita-Platz",  # ru "and also"
    "mai are o fetiță de 4 ani, caută Kita-Platz",  # ro "she also has"
    "Також є донька, 4 роки, потрібен Kita-Platz",  # uk "also"
    "Jest też córka, 4 lata, szukają Kita-Platz",  # pl "also"
    "Ayrıca kızı var, 4 yaşında, Kita-Platz lazım",  # tr "besides"
    "kızım da var, 4 yaşında, Kita-Platz lazım",  # tr "there is also my daughter"
    "ich habe auch noch eine Tochter, 4, die braucht einen Kita-Platz",
])  # fmt: skip
def test_a_foreign_word_that_ties_a_follow_up_keeps_the_family_place(
    tmp_path: Path, follow_up: str
) -> None:
    _, answer = chat(tmp_path, FAMILY, follow_up)
    assert answer["understood"]["place"] == "bergkamen"
    assert answer["understood"]["age_months"] == [48, 59]
    assert answer["question"] is None


def test_without_a_tying_word_another_family_is_asked_for_its_place(tmp_path: Path) -> None:
    _, answer = chat(tmp_path, FAMILY, "Mädchen 4 aus einer Flüchtlingsunterkunft sucht Kita-Platz")
    assert answer["understood"]["place"] is None
    assert answer["question"]["kind"] == "place"


@pytest.mark.parametrize(("text", "german"), [
    ("И ещё: младшему 6", "und ausserdem: младшему 6"),
    ("a po polsku?", "und po polsku?"),
    ("a 4 year old in Unna", "a 4 year old in unna"),  # the English article is no "und"
    ("Kind 4, si", "kind 4, si"),  # "și" is "und" only where a message opens
])  # fmt: skip
def test_connecting_words_are_read_as_german_only_where_they_connect(text: str, german: str
                                                                      ) -> None:  # fmt: skip
    assert in_german(fold(text)) == german


@pytest.mark.parametrize("wish", [
    "auf Russisch wäre besser, die Mutter versteht kaum Deutsch",
    "geht das auf Türkisch? er spricht kein Deutsch",
    "Există ceva în limba română? Tatăl nu vorbește germană.",
    "gibts das auch auf polnisch die oma kann nicht so gut deutsch",
])  # fmt: skip
def test_a_language_wish_with_its_reason_keeps_the_need_it_refines(tmp_path: Path, wish: str
                                                                  ) -> None:  # fmt: skip
    first, answer = chat(tmp_path, "Erziehungsberatung für eine Familie mit Sohn 8 in Lünen", wish)
    assert "erziehungsberatung" in first["understood"]["topics"]
    assert answer["understood"]["topics"][0] == "erziehungsberatung"
    assert "sprachfoerderung" not in answer["understood"]["topics"]
    assert answer["understood"]["languages"]


def test_a_child_named_with_its_age_who_lacks_german_brings_a_need_of_its_own(
    tmp_path: Path
) -> None:
    _, answer = chat(tmp_path, "Erziehungsberatung für eine Familie mit Sohn 8 in Lünen",
                     "Und die Kleine (4) spricht noch kein Deutsch – gibt es was auf Arabisch?")
    assert answer["understood"]["age_months"] == [48, 59]
    assert "sprachfoerderung" in answer["understood"]["topics"]


@pytest.mark.parametrize(("town", "district"), [
    ("Unna", "unna-stockum"), ("Werne", "werne-stockum"),
])  # fmt: skip
def test_a_shared_district_name_is_read_in_the_town_of_the_case(
    tmp_path: Path, town: str, district: str
) -> None:
    _, answer = chat(tmp_path, f"Junge 7 braucht OGS, Familie in {town}",
                     "die wohnen übrigens in Stockum")
    assert answer["understood"]["place"] == district
    assert answer["question"] is None


def test_a_new_case_does_not_read_a_shared_district_in_the_last_town(tmp_path: Path) -> None:
    _, answer = chat(tmp_path, "Junge 7 braucht OGS, Familie in Werne",
                     "Neuer Fall: Mädchen 5, Sprachförderung, Stockum")
    assert answer["understood"]["place"] is None
    assert answer["question"]["kind"] == "place_ambiguous"


def test_an_unsure_number_of_another_child_is_asked_not_carried(tmp_path: Path) -> None:
    first, sibling, answered = chat(
        tmp_path, "Sprachförderung für Tochter 4 in Kamen",
        "hat noch einen Bruder von 2, der läuft noch nicht richtig", "2")
    assert first["understood"]["age_months"] == [48, 59]
    assert sibling["understood"]["age_months"] is None
    assert sibling["question"]["kind"] == "age"
    assert sibling["understood"]["place"] == "kamen"
    assert answered["understood"]["age_months"] == [24, 35]
    assert answered["understood"]["place"] == "kamen"


@pytest.mark.parametrize(("known", "later", "age"), [
    ("Baby 4 Monate, Mutter sucht PEKiP in Südkamen",
     "und ab dem 1. Geburtstag bräuchte sie eine Tagesmutter", [4, 4]),
    ("Tochter 10 Monate, Krabbelgruppe in Methler?", "und ab 3 dann Kita?", [10, 10]),
    ("Wöchnerin in Kamen, Baby 5 Tage, Stillprobleme",
     "sie fragt auch nach Babymassage, so mit 2–3 Monaten", [0, 0]),
])  # fmt: skip
def test_an_age_said_for_later_keeps_the_known_child_age(tmp_path: Path, known: str, later: str,
                                                         age: list[int]) -> None:  # fmt: skip
    first, answer = chat(tmp_path, known, later)
    assert first["understood"]["age_months"] == age
    assert answer["understood"]["age_months"] == age


def test_a_need_asked_for_the_mother_counts_though_it_says_who_she_is(tmp_path: Path) -> None:
    _, answer = chat(tmp_path, "Kita-Platz für Mädchen 2 in Selm-Bork",
                     "eher was für die Mutter, die ist alleinerziehend")
    assert answer["understood"]["topics"] == ["alleinerziehende_entlastung"]


@pytest.mark.parametrize("text", [
    "gut zu wissen", "k", "ok, notiert", "alles klar, verstanden", "got it, thanks",
    "mache ich so", "谢谢", "Spas 🙏", "ευχαριστώ!",
])  # fmt: skip
def test_assent_and_thanks_mid_conversation_get_thanks_not_a_replay(tmp_path: Path, text: str
                                                                   ) -> None:  # fmt: skip
    first, answer = chat(tmp_path, "Sprachförderung für eine 3-Jährige in Kamen", text)
    assert answer["prompt"] == "thanks"
    assert answer["question"] is None
    assert answer["understood"] == first["understood"]


@pytest.mark.parametrize("said", ["Die ist 17 und hat noch gar nichts", "sie ist 16"])
def test_the_pregnant_womans_age_keeps_the_unborn_child(tmp_path: Path, said: str) -> None:
    _, answer = chat(tmp_path, "Hebamme für eine Schwangere in Werne", said)
    assert answer["understood"]["age_months"] == [-9, -1]


def test_a_child_of_the_pregnant_woman_is_another_child(tmp_path: Path) -> None:
    _, answer = chat(tmp_path, "Hebamme für eine Schwangere in Werne", "ihr Sohn ist 14 und kifft")
    assert answer["understood"]["age_months"] == [168, 179]


@pytest.mark.parametrize("opener", [
    "Ich hab da noch eine Mutter, deren Sohn (11) nicht mehr zur Schule geht",
    "noch eine Mutter fragt: Tochter 5, Sprachförderung",
    "Wir haben noch eine Familie: Kind 3 braucht einen Kita-Platz",
])  # fmt: skip
def test_noch_eine_mutter_opens_a_new_case(tmp_path: Path, opener: str) -> None:
    _, answer = chat(tmp_path, "Babyschwimmen in Unna für einen 8 Monate alten Jungen", opener)
    assert answer["understood"]["place"] is None and answer["carried"] == []
    assert answer["question"]["kind"] == "place"
