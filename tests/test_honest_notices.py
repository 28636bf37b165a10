"""What an answer says about itself must be true: names are never named back, a gap is said to be
recorded only when it was, languages are named in the reader's language, and a missing kind of
offer is named as itself."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.catalogue import Catalogue
from bot.i18n import use_locale
from bot.matching import match
from bot.render.text import render_answer
from bot.render.words import gap_text, languages_text
from bot.settings import Settings
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "personal"),
    [
        ("Ich betreue Dilan und Rojhat, 4 Jahre, Kamen, Sprachförderung", {"Dilan", "Rojhat"}),
        ("Herr Kowalski, wohnt Bahnhofstraße 12 in Werne, Kinderhospiz für Sohn 5",
         {"Kowalski", "Bahnhofstraße"}),
        ("Familie Yilmaz aus Unna, Tochter 3, Logopädie gesucht", {"Yilmaz"}),
    ],
)  # fmt: skip
def test_personal_words_are_never_unexplained_needs(
    text: str, personal: set[str], catalogue: Catalogue
) -> None:
    """A family's name or street is no need to name back, and sessions store `unexplained`."""
    request = understand(text, catalogue)
    assert not personal & set(request.unexplained)


def test_an_unknown_need_word_is_still_named(catalogue: Catalogue) -> None:
    request = understand("Kinderhospiz für Sohn 5 in Werne", catalogue)
    assert "Kinderhospiz" in request.unexplained


def test_no_log_never_claims_the_gap_was_recorded(settings: Settings) -> None:
    quiet = Assistant(settings, log_gaps=False)
    try:
        answer, _session = quiet.respond("Reittherapie für 7-Jährigen in Schwerte")
    finally:
        quiet.close()
    assert answer.is_gap and not answer.recorded
    with use_locale("de"):
        assert "festgehalten" not in render_answer(answer, quiet.catalogue)


def test_a_recorded_gap_says_so(assistant: Assistant) -> None:
    answer, _session = assistant.respond("Reittherapie für 7-Jährigen in Schwerte")
    assert answer.is_gap and answer.recorded
    with use_locale("de"):
        assert "festgehalten" in render_answer(answer, assistant.catalogue)


def test_languages_are_named_in_the_readers_language() -> None:
    with use_locale("de"):
        assert languages_text(("de", "tr", "ar", "ru")) == "Deutsch, Türkisch, Arabisch, Russisch"
    with use_locale("en"):
        assert languages_text(("tr", "uk")) == "Turkish, Ukrainian"


def test_a_missing_kind_of_offer_is_named_as_itself(catalogue: Catalogue) -> None:
    """"Reittherapie" is missing, not the whole topic of inclusion (which has offers)."""
    answer = match(understand("Reittherapie für 7-Jährigen in Schwerte", catalogue), catalogue)
    with use_locale("de"):
        text = gap_text(answer, catalogue)
    assert "Reittherapie" in text and "Inklusion" not in text
