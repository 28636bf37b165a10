"""Falsegap51: a family's nationality noted in brackets the way case files write it ("Familie (RO)",
"KM (BG)", "FZ-berechtigt (RO)") is no language an offer must be held in.

Read as a wish it filtered out every offer, and the assistant called a need with offers at that
age and place a gap and showed nothing (holdout41 part b: a school-entry examination, BuT forms,
school social work). A code in brackets after an offer ("Beratung (AR)") stays a wish, and an
honest language gap stays a gap.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant


def _ids(answer) -> list[str]:
    return [hit.offer.id for hit in answer.offers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kind 6 J., EU-Bürger (RO), noch nie beim Kinderarzt, keine eGK, Einschulung steht an. "
            "Wer untersucht das Kind? Wohnort Bönen",
            "KRS-007",
        ),
        (
            "Familie (BG) mit 3 Kindern, Kindergeld abgelehnt, Strom wird gesperrt. Wer hilft bei "
            "Anträgen (BuT, Wohngeld)? Lünen-Süd",
            "KRS-034",
        ),
        (
            "KM (BG), drei Kinder, das jüngste 2 Jahre, kein Kitaplatz in Bergkamen-Mitte. Gibt es "
            "eine Tagesmutter?",
            "BGK-001",
        ),
        (
            "Fam. (RO) aus Kamen-Mitte, Baby 4 Monate, Mutter sehr erschöpft. Frühe Hilfen?",
            "KAM-012",
        ),
    ],
)
def test_a_bracketed_nationality_leaves_the_offers(
    assistant: Assistant, text: str, expected: str
) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.languages == ()
    assert answer.gap is None
    assert expected in _ids(answer)[:3]


def test_school_absence_with_a_nationality_asks_for_school_social_work(
    assistant: Assistant,
) -> None:
    answer, _session = assistant.respond(
        "WG: Schulabsentismus | Familie (RO) in Rünthe, 4 Kinder. > Die Älteste kommt seit "
        "Wochen nicht zur Schule, die Kleinen sind oft allein. Bitte Schulsozialarbeit einschalten?"
    )
    assert answer.request.languages == ()
    assert answer.gap is None and answer.offers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Erziehungsberatung (AR) in Unna für Sohn 8", "ar"),
        ("Suche Babymassage (AR) in Schwerte, Baby 3 Monate.", "ar"),
        ("Sprache: RO. Familie in Fröndenberg, Kind 4, braucht Sprachförderung.", "ro"),
    ],
)
def test_a_code_after_an_offer_or_a_language_frame_stays_a_wish(
    assistant: Assistant, text: str, language: str
) -> None:
    assert assistant.respond(text)[0].request.languages == (language,)


def test_an_honest_language_gap_stays_a_gap(assistant: Assistant) -> None:
    answer, _session = assistant.respond("Suche Babymassage (AR) in Schwerte, Baby 3 Monate.")
    assert answer.gap is not None and not answer.offers
