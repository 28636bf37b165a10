"""Classes of session 20 read across ages, places and languages, in sentences written for this
file: a question word is no clipped town, refugee housing names its place, "hochschwanger" is
a pregnancy, Polish times from now are no age, a Polish postpartum depression is one."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a question word after a foreign word that ends in "in" ("için. Wer …") is no Werne
        ("Familie in Lünen-Brambauer, Baby 6 Wochen, kimse yok yardım için. Wer kann hin?",
         "luenen-brambauer"),
        ("Kind 3 braucht Sprachförderung, aber in wer weiß welcher Kita. Selm", "selm"),
        # refugee housing before the district it stands in
        ("GU Massen, Zi. 9, Kind 2 läuft noch nicht. Entwicklung abklären?", "unna-massen"),
        ("Unterkunft Massen: Mutter mit Baby (3 Monate) sucht eine Hebamme", "unna-massen"),
    ],
)
def test_the_place_among_foreign_and_question_words(
    catalogue: Catalogue, text: str, place: str
) -> None:
    assert understand(text, catalogue).place == place


@pytest.mark.parametrize(
    "text",
    [
        "Mieterin hochschwanger, 38 Woche, Wohnung ohne Strom, Unna-Mitte",
        "Hochschwangere in der GU Massen sucht eine Hebamme",
    ],
)
def test_hochschwanger_is_a_pregnancy(catalogue: Catalogue, text: str) -> None:
    age = understand(text, catalogue).age
    assert age is not None and age.high < 0


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("córka 9 miesięcy, babcia za 2 tygodnie wraca do Polski, Unna", 9, 9),
        ("syn 4 lata, przez 3 tygodnie w szpitalu, Kamen", 48, 59),
    ],
)
def test_a_polish_time_from_now_is_no_age(
    catalogue: Catalogue, text: str, low: int, high: int
) -> None:
    age = understand(text, catalogue).age
    assert age is not None and (age.low, age.high) == (low, high)


def test_a_polish_postpartum_depression_is_the_mothers_need(catalogue: Catalogue) -> None:
    topics = understand("dziecko 5 miesięcy, mama ma depresję po porodzie, Unna", catalogue).topics
    assert "belastete_eltern" in topics or "fruehe_hilfen" in topics
