"""Ages told in a family language inside a German message (tongues77).

Nurses, childminders and school staff write the child's age in the family's language: days and
weeks ("mtoto siku tano", "бебе на 10 дни"), years and months as one age ("2 ani și 3 luni"), a
birthday to come ("împlinește 3 ani în martie": still two today), number words in their own
script ("Տղա, ութ տարեկան"), two children's ages in one list ("на 6 и на 8 години") and the
mother's age beside her baby's ("mama wa mtoto ist 19 J., mtoto ni wiki mbili"). Read through the
assistant: the age it understood, and that every offer it stands behind takes a child of that
age. The look-alikes keep their reading: a birthday already past, a grandmother's age, the weeks a
family has been here, a sentence-ending dot after a unit-first number (no ordinal month).
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.foreign import germanise
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # days and weeks, the unit before or after its number
    ("Wochenbett-Hebamme in Kamen gesucht, mtoto ana siku saba, Mama allein.", (0, 0)),
    ("Junge Mutter, mama ana miaka 17, mtoto ana wiki moja. Frühe Hilfen in Kamen?", (0, 0)),
    ("ọmọ ọsẹ meji, Mutter allein, Familienhebamme in Unna?", (0, 0)),
    # a Yoruba count of children is no child's age
    ("Iya ist krank, omo meji, 7 ati 10, brauchen Hilfe. Gruppe für Kinder in Unna?", (84, 131)),
    ("mwana ya mikolo minei, Hebamme in Lünen gesucht", (0, 0)),
    ("μωράκι 3 εβδομάδων, schreit nur, Hilfe in Bergkamen?", (0, 0)),
    # a month count at the end of a sentence: four months, not the fourth month of a pregnancy
    ("Frühchen, korrigiert 1 Monat, real miezi minne. Frühförderung in Schwerte?", (4, 4)),
    # years and months joined by the language's own "and", with its marks
    ("Băiatul are 3 ani și 2 luni, spricht kaum. Sprachförderung in Selm?", (38, 38)),
    # a birthday to come: one year younger now
    ("Maria împlinește 4 ani în mai, Kita-Platz in Unna gesucht.", (36, 47)),
    ("Синът ми ще навърши 6 години през септември, Übergang Kita-Schule in Kamen?", (60, 71)),
    # number words and units in their own script
    ("Աղջիկ, վեց տարեկան, sehr ängstlich. Beratung in Werne?", (72, 83)),
    ("Երեխա, չորս ամսական, Babygruppe in Unna gesucht.", (4, 4)),
    # two children of one list, the preposition said again
    ("Две деца (на 5 и на 9 години), neu in Bönen, Freizeitangebote?", (60, 119)),
    # the mother's age in German beside the baby's in Swahili
    ("mama wa mtoto ist 20 J., mtoto ni wiki tatu. Frühe Hilfen in Holzwickede?", (0, 0)),
    # look-alikes that keep their reading
    ("Luca a împlinit 4 ani în martie, Kita-Platz in Selm gesucht.", (48, 59)),
    ("bunica are 68 de ani, Enkel 5 Jahre, Sprachförderung in Kamen?", (60, 71)),
    ("Семейството е тук от 3 седмици, детето е на 7 години. Schule in Unna?", (84, 95)),
    ("Kind 6 Jahre, Termin erst in 3 Wochen, Erziehungsberatung in Lünen?", (72, 83)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_family_language_age_in_german_message(assistant: Assistant, text: str,
                                               expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


def test_ordinal_dot_still_marks_a_pregnancy_week_after_its_number() -> None:
    # the number before its unit with a dot: the week of a pregnancy, as before
    assert "30. Woche" in germanise("terhes, 30. hét")
    # digits after their unit and a dot: the week of a pregnancy too ("wiki 30.")
    assert "30. Woche" in germanise("ni mjamzito, wiki 30. Hebamme in Kamen")
    # a number word after its unit and a dot: the sentence ends, the weeks are the age
    assert "2 Wochen" in germanise("mtoto ni wiki mbili. Entlassung morgen")


def test_birthday_to_come_needs_a_year_word_or_a_time() -> None:
    assert "wird bald 3" in germanise("Andrei împlinește 3 ani în martie")
    assert "wird bald 3" in germanise("Andrei împlinește 3 în martie")
    # no year word and no time to come: months since an operation, no birthday
    assert "wird bald" not in germanise("împlinește 3 luni de la operație")
