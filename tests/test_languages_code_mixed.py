"""Spanish code-mix, a language told as how well someone speaks it, and one vocabulary's words
that must not eat another's.

A Latin-American mother or her Familienlotsin writes "¿hay algo en español?" or "Mi hijo tiene 6
años": the wish and the age are read as in German (`foreign.toml [es]`). "Auch auf Spanisch nicht
viel" tells how little a child speaks, and asks for nothing. Every language's rules run over every
text, so a Polish stem must not swallow a Spanish word ("molestowanie" is abuse, "la molestan" is
teasing), and a unit typo needs one swap of letters, not any anagram ("13 seems" is no "13
meses"). A language wished "lieber" or "am liebsten" is a wish. Each row is written for this
table.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.text import fold
from bot.understanding import understand
from bot.understanding.foreign import germanise
from bot.understanding.languages import parse_languages

WISHES: list[tuple[str, tuple[str, ...]]] = [
    # a Spanish wish, in Spanish
    ("¿Hay algún grupo de padres en español en Unna?", ("es",)),
    ("Busco una Hebamme que hable español, estoy embarazada, Kamen", ("es",)),
    ("Mi hijo tiene 6 años, Nachhilfe en español o en inglés? Lünen", ("es", "en")),
    # a language preferred: "lieber Russisch", "am liebsten auf Türkisch", "rather in Polish"
    ("Vater kann Deutsch, aber bei Behördensachen lieber Arabisch, Kamen", ("ar",)),
    ("Elterncafé in Unna, am liebsten auf Türkisch", ("tr",)),
    ("Dad manages in German but would rather in Polish for the counselling, Selm", ("pl",)),
    # how well someone speaks a language is no wish
    ("Tochter 4 spricht in der Kita wenig, auf Türkisch auch kaum, Sprachförderung in Kamen?", ()),
    ("Sohn 5 redet zuhause viel, auf Arabisch nicht so gut, Logopädie in Unna?", ()),
    ("Mi hija tiene 3 años y habla poco, auch auf Spanisch nicht viel, Kita in Selm", ()),
    # … while the language wished right before such words still is one
    ("Elternkurs auf Polnisch, kaum jemand hier kennt so etwas, Bergkamen", ("pl",)),
]


@pytest.mark.parametrize(("text", "languages"), WISHES)
def test_a_code_mixed_wish_is_read_and_a_reported_ability_is_none(
    text: str, languages: tuple[str, ...]
) -> None:
    assert parse_languages(fold(germanise(text))) == languages


AGES: list[tuple[str, int, int]] = [
    ("Mi hijo tiene 7 años, busca Hausaufgabenhilfe in Kamen", 84, 95),
    ("Mi hija de 10 meses no duerme, Schreiambulanz in Unna?", 10, 10),
    ("Hola, su niña tiene cuatro años y necesita un Kitaplatz en Werne", 48, 59),
]


@pytest.mark.parametrize(("text", "low", "high"), AGES)
def test_a_spanish_age_is_read(catalogue: Catalogue, text: str, low: int, high: int) -> None:
    age = understand(text, catalogue).age
    assert age is not None and (age.low, age.high) == (low, high)


PROTECTION: list[tuple[str, bool]] = [
    # teasing by peers, in Spanish, is no abuse
    ("Mi hijo de 10 años: en el colegio lo molestan por su ropa, Lünen", False),
    ("Niña 12, la molestan en el grupo de WhatsApp de la clase, Kamen", False),
    # a Polish "molestowanie" still is
    ("Córka 12 lat, ojczym ją molestował, Unna", True),
    # a small child alone at home, in Ukrainian
    ("Малюк 2 роки часто один вдома ввечері, Bergkamen", True),
    ("Сусідська дитина 3 роки одна вдома всю ніч, Selm", True),
]


@pytest.mark.parametrize(("text", "sign"), PROTECTION)
def test_foreign_words_keep_their_own_meaning_for_child_protection(
    catalogue: Catalogue, text: str, sign: bool
) -> None:
    assert understand(text, catalogue).child_protection is sign


@pytest.mark.parametrize("text", ["daughter 13 seems very sad", "boy 9 seems lonely, Unna"])
def test_an_english_word_with_a_units_letters_is_no_unit(text: str) -> None:
    assert "Monate" not in germanise(text)
