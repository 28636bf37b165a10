"""The frame of a message — salutation, courtesy, sign-off, an aside about the writer's day —
adds no topic, no child-protection sign, no age and no place; words of the request in the
frame's region still count (frame52)."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.models import Request
from bot.understanding.frame import frame_spans

CASES = [
    # (text, expected age months or None, place, a topic that must be read, topics that must not)
    ("Liebe Kolleginnen und Kollegen, ich hätte eine Frage. Junge, 10, Unna-Königsborn, "
     "schlägt ständig zu, Anti-Gewalt-Training? Vielen Dank im Voraus und einen schönen Tag!",
     (120, 131), "unna-koenigsborn", "gewaltpraevention", ("sprachfoerderung", "elternkurse")),
    ("Liebes Team, Mutter mit Baby (4 Monate) aus Schwerte-Ergste sucht eine Krabbelgruppe.",
     (4, 4), "schwerte-ergste", "eltern_kind_gruppen",
     ("sexualpaedagogik", "offene_jugendarbeit")),
    ("Sorry, schreibe zwischen zwei Terminen, Sprechstunde bis 18 Uhr. Kind 4 J. in "
     "Kamen-Methler, spricht kaum, Sprachförderung?", (48, 59), "kamen-methler",
     "sprachfoerderung", ("kindergesundheit",)),
    # look-alikes: the request's own words in the frame's region
    ("Hallo, hier ist die Suchtberatung Unna: ein 13-Jähriger aus Kamen-Mitte zockt die Nächte "
     "durch. Gibt es für ihn etwas? Gruß, Suchtberatung Unna", (156, 167), "kamen-mitte",
     "medien_sucht", ()),
    ("Vielen Dank für die Liste! Noch eine Frage: Gibt es auch Sprachförderung für den Kleinen "
     "(3) in Kamen-Methler?", (36, 47), "kamen-methler", "sprachfoerderung", ()),
]


def _request(assistant: Assistant, text: str) -> Request:
    answer, _session = assistant.respond(text)
    return answer.request


@pytest.mark.parametrize(("text", "age", "place", "topic", "absent"), CASES)
def test_frame_adds_nothing(assistant: Assistant, text: str, age: tuple[int, int], place: str,
                            topic: str, absent: tuple[str, ...]) -> None:
    request = _request(assistant, text)
    assert request.age is not None and (request.age.low, request.age.high) == age
    assert request.place == place
    assert topic in request.topics
    assert not set(absent) & set(request.topics)


def test_thanks_before_the_request_keep_its_words() -> None:
    text = ("Guten Tag, Mädchen, 5 Jahre, Lünen-Süd, Kitaplatz. Danke, und noch: sie spricht nur "
            "Arabisch.")
    assert "sie spricht nur Arabisch" not in "".join(text[a:b] for a, b in frame_spans(text))


@pytest.mark.parametrize("text", [
    "Hallo ich suche Sprachförderung, Kind 3 in Methler",
    "Hallo mein Sohn ist 3, Methler",
    "Ich arbeite seit 15 Jahren in der Kita. Kind 4 Jahre",
    # the writer's workplace often is where the family is; a school break is the children's
    "Ich arbeite in der OGS in Lünen-Süd. Ein Junge, 7, schlägt andere Kinder.",
    "In meiner 3b prügeln sich jede Pause dieselben vier Jungs.",
    "Mutter in Lünen: wir arbeiten beide. Wer nimmt unseren Sohn (7)?",
    "hey bin teamer im jugendzentrum werne, eine aus meiner gruppe, 14, hat nen freund",
    "Kasse zahlt nur Gläser. Hilfe? Methler",
])
def test_request_in_a_greeting_is_no_frame(text: str) -> None:
    assert not frame_spans(text)


@pytest.mark.parametrize(("text", "protection"), [
    # a past placement, asked for a leisure group; the writer's week is no danger's recency
    ("Das ist schon meine 3. Anfrage diese Woche. Mädchen, 13, Bergkamen, wurde letztes Jahr "
     "vom Stiefvater geschlagen, lebt seitdem in einer Pflegefamilie. Die Pflegeeltern suchen "
     "eine Freizeitgruppe für sie.", False),
    ("Die Mutter hat mir heute erzählt, dass der Vater sie gestern wieder geschlagen hat, vor "
     "ihrem Sohn (4). Sie wohnen in Bergkamen-Mitte. Was kann ich tun?", True),
])
def test_recency_belongs_to_the_dangers_sentence(assistant: Assistant, text: str,
                                                 protection: bool) -> None:
    assert _request(assistant, text).child_protection is protection


def test_salutation_ends_at_its_emoji() -> None:
    text = "merhaba 🙂 Rünthe'de bir aile var, kizlari 4 yasinda"
    assert [text[a:b] for a, b in frame_spans(text)] == ["merhaba 🙂"]
