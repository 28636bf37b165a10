"""A request understood once stays understood when it is typed all in lower case or dictated
without punctuation (issue 8, robustness to how people vary their typing).

- a message typed without any capital keeps its place name even where the rewriting of foreign
  or dictated words adds capitals ("3 klasse kamen" → "3. Klasse kamen"): the writer's own text
  decides whether a missing capital proves anything, and a verb stays a verb;
- a pregnancy week followed, without a full stop, by an adult's death is still a pregnancy — only
  the pregnancy's own loss ends it;
- "seit ihrem 12. Lebensjahr" tells when something began, not how old the child is;
- two rising numbers after a group of any name or after "von"/"zwischen" are a range whose dash
  was lost ("Tanzgruppe 4 6", "Kinder von 8 10"), but not clock times ("von 14 16 Uhr").
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("bebek 8 aylık kamen krabbelgruppe var mı", "kamen"),
        ("sohn 3 klasse kamen schwänzt dauernd wer hilft", "kamen"),
        ("tochter 7 jahre kamen hat keine freunde ergotherapie", "kamen"),
        # typed all in lower case: the writer's missing capital proves nothing (was asked back)
        ("kızım 16 yaşında evden kaçtı jugendamt a gitmek istemiyor kamen ne yapabilirim", "kamen"),
        ("die kinder kamen gestern aus syrien 3 klasse wer hilft", None),
        ("Sohn 3. Klasse, die Eltern kamen gestern aus Syrien, wer hilft?", None),
    ],
)
def test_an_uncased_message_keeps_its_place(catalogue: Catalogue, text: str,
                                            place: str | None) -> None:  # fmt: skip
    assert understand(text, catalogue).place == place


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # ranges whose dash was lost
        ("ferienangebot für kinder von 8 10 in unna", 96, 131),
        ("unsere tanzgruppe 4 6 sucht einen raum in kamen", 48, 83),
        ("Junge (15) kifft seit seinem 12. Lebensjahr, Suchtberatung?", 180, 191),
    ],
)
def test_the_age_survives_lost_marks(catalogue: Catalogue, text: str, low: int,
                                     high: int) -> None:  # fmt: skip
    age = understand(text, catalogue).age
    assert age is not None and (age.low, age.high) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "klientin ist in der 30 ssw ihr mann ist letzte woche verstorben wohnt in unna",
        "Frau in der 25. SSW, Partner verstorben, braucht Hebamme",
    ],
)
def test_a_pregnancy_beside_an_adults_death_goes_on(catalogue: Catalogue, text: str) -> None:
    age = understand(text, catalogue).age
    assert age is not None and age.high < 0  # the unborn child


@pytest.mark.parametrize(
    "text",
    [
        "hat in der 20 ssw ihr kind verloren und sucht trauerbegleitung in unna",
        "sie raucht seit ihrem 11. Lebensjahr, gibt es Beratung in Unna?",
    ],
)
def test_no_age_is_read_from_a_loss_or_a_beginning(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).age is None


def test_clock_times_are_no_range(catalogue: Catalogue) -> None:
    age = understand("treffen von 14 16 uhr für mädchen 12 in kamen", catalogue).age
    assert age is not None and (age.low, age.high) == (144, 155)
