"""Follow-up turns written in the family's language keep the conversation (turns49).

A correction ("Anteeksi, väärin – …", "Кечиресиз — …"), an addition ("Kuma …", "Myös …"), a
brother or sister ("isoveli", "ɗan'uwanta", "агасы") and thanks ("Kiitos", "Na gode", "Рахмат")
in the family's language are read as the German words the dialogue knows: the same family, its
place kept, never a new request whose place is asked again. Look-alikes stay as they were:
German "Ja, in Kamen" is an answer, a new family in Finnish is a new case, and an apology that
asks for a language corrects nothing. Every sentence is new, written for this file.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.dialogue.phrases import follows_up, is_courtesy, without_correction
from bot.models import Answer, Prompt
from bot.settings import Settings


def talk(settings: Settings, *turns: str) -> list[Answer]:
    """The answers to a conversation's turns, in order, through the assistant."""
    helper, session, answers = Assistant(settings, log_gaps=False), None, []
    for text in turns:
        answer, session = helper.respond(text, session)
        answers.append(answer)
    return answers


@pytest.mark.parametrize(("first", "correction", "age"), [
    ("Poika kolmevuotias, Unna-Massen, tarvitaan Notbetreuung, isä yövuorossa",
     "Anteeksi, väärin – hän on jo nelivuotias.", (48, 59)),
    ("Кыз үч жашта, Bergkamen, Kita-Platz gesucht",
     "Кечиресиз, ката — беш жашта.", (60, 71)),
    ("Tyttö kuusivuotias, Holzwickede, Schulanmeldung nächstes Jahr",
     "Hups, virhe: hän on vasta viisivuotias.", (60, 71)),
    ("Ɗana shekara uku, Selm, braucht Sprachförderung",
     "Yi hakuri, kuskure – shekara biyar ne.", (60, 71)),
])  # fmt: skip
def test_a_foreign_correction_keeps_the_place(
    settings: Settings, first: str, correction: str, age: tuple[int, int]
) -> None:
    before, after = talk(settings, first, correction)
    assert after.request.place == before.request.place is not None
    assert (after.request.age.low, after.request.age.high) == age
    assert after.question is None


@pytest.mark.parametrize(("first", "sibling"), [
    ("Poika nelivuotias, Werne, Kita-Platz gesucht, äiti Schichtarbeit",
     "Ja isoveli kuusivuotias tarvitsee OGS-paikan syksyllä."),
    ("Poika nelivuotias, Werne, Kita-Platz gesucht, äiti Schichtarbeit",
     "Myös pikkusisko, kaksivuotias, tarvitsee Krabbelgruppe."),
    ("Yarinya shekara bakwai, Kamen, OGS gesucht",
     "Kuma ƙanwarta, shekara biyu, braucht Krabbelgruppe."),
    ("Кыз үч жашта, Bergkamen, Kita-Platz gesucht",
     "Агасы 8 жашта, OGS керек."),
])  # fmt: skip
def test_a_brother_or_sister_in_the_family_language_is_the_same_family(
    settings: Settings, first: str, sibling: str
) -> None:
    before, after = talk(settings, first, sibling)
    assert after.request.place == before.request.place is not None
    assert after.question is None


@pytest.mark.parametrize("thanks", [
    "Kiitos 👍", "Na gode sosai 🙏", "Рахмат 🌷", "ขอบคุณค่ะ", "ありがとうございます", "감사합니다",
    "Cảm ơn", "Köszönöm", "Galatoomaa",
])  # fmt: skip
def test_thanks_in_the_family_language_is_thanks(settings: Settings, thanks: str) -> None:
    before, after = talk(settings, "Junge 3 Jahre, Kamen-Methler, braucht Sprachförderung", thanks)
    assert after.prompt == Prompt.THANKS
    assert after.request.place == before.request.place and after.question is None


def test_the_opening_words_read_as_german() -> None:
    assert follows_up("Anteeksi, väärin – hän on jo nelivuotias.")
    assert follows_up("Кечиресиз — төрт жашта, не три.")
    rest = without_correction("Anteeksi, väärin – hän on jo nelivuotias.")
    assert rest == "haen on jo nelivuotias."
    assert is_courtesy("Kiitos!")


# --- look-alikes: nothing changes ----------------------------------------------------------------

def test_german_ja_stays_yes(settings: Settings) -> None:
    """Finnish "ja" (and) is German "ja" (yes): an answer to the place question, nothing more."""
    asked, answered = talk(settings, "Kind 4 Jahre, braucht Sprachförderung", "Ja, in Kamen.")
    assert asked.question is not None
    assert answered.request.place == "kamen" and answered.request.age == asked.request.age
    assert not follows_up("Ja, in Kamen.")


def test_a_new_family_in_finnish_is_a_new_case(settings: Settings) -> None:
    _first, second = talk(settings, "Poika kolmevuotias, Unna-Massen, Sprachförderung",
                          "Kiitos. Uusi perhe: tyttö kymmenvuotias, Selm, Schulsozialarbeit.")
    assert second.request.place == "selm"
    assert (second.request.age.low, second.request.age.high) == (120, 131)


def test_an_apology_that_asks_for_a_language_corrects_nothing(settings: Settings) -> None:
    before, after = talk(settings, "Chłopiec 7 lat, Werne, braucht Nachhilfe",
                         "Przepraszam, czy jest coś po polsku?")
    assert after.request.age == before.request.age and after.request.place == "werne"
    assert after.request.languages == ("pl",)


def test_a_word_that_is_no_thanks_stays_unread() -> None:
    assert not is_courtesy("asdfgh qwertz")
    assert not is_courtesy("Kiitos, onko apua suomeksi?")  # a question is no thanks
