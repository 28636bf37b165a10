"""The cheap pre-filters of understanding (speed23) let through everything the full test finds.

Each pre-filter skips work only where the work could find nothing: the screen of a foreign rule
key, the birth words before the date patterns, the remembered repair of a swapped-letter word,
the remembered thing-noun test of the age reader. These tests compare each with the slow way.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.understanding.age_dates import _BIRTH_WORD, _MARKED, _TOLD, birth_dates
from bot.understanding.age_people import _thing_word
from bot.understanding.foreign_rules import KEY, WORD, vocabulary
from bot.understanding.foreign_typos import _repaired, _table_words, one_swap
from bot.vocabulary.lexicon import age_vocabulary, frequent_words

DEV = Path(__file__).parent / "data" / "dev.jsonl"
MIXED = [
    "Kızım 5 yaşında, Kita in Kamen'de", "dziecko 2 lata, coś po polsku?",
    "baby van drie weken", "My son is 7 years old and needs help with reading",
    "Мой сын, 8 лет, не ходит в школу", "filho de dois anos, precisa de creche",
    "bambino di un anno e mezzo", "twins aged 6, one has T1D", "3omro 5 sneen",
    "Sohn 14, geb. 03/2011, kifft", "Tochter im Mai 2024 geboren, Mutter erschöpft",
]  # fmt: skip


def _texts() -> list[str]:
    dev = [json.loads(line)["q"] for line in DEV.read_text(encoding="utf-8").splitlines()
           if line.strip()]  # fmt: skip
    return MIXED + dev[:120]


def test_a_key_screen_matches_exactly_where_one_of_its_rules_does() -> None:
    vocab = vocabulary()
    for text in _texts():
        key = text.lower()
        for word in WORD.finditer(key):
            at = word.start()
            index_key = "#" if word.group()[0].isdigit() else word.group()[:KEY]
            if index_key not in vocab.rules:
                continue
            any_rule = any(rule.pattern.match(key, at) for rule in vocab.rules[index_key])
            assert bool(vocab.screen(index_key).match(key, at)) == any_rule, (text, at)


@pytest.mark.parametrize("text", [
    "kind geb. 03/2021", "mutter (*1999)", "jahrgang 2015", "jg. 2016", "bj 2017",
    "geburtsjahr 2014", "geburtsdatum: 12.05.2022", "dob 2019", "d.o.b. 2019", "born in 2020",
    "am 3.5.2022 zur welt gekommen", "im juni 2025 geboren", "im mai 2024 entbunden",
])  # fmt: skip
def test_every_birth_mark_holds_a_birth_word(text: str) -> None:
    assert _MARKED.search(text) or _TOLD.search(text), text  # the example is a birth mark
    assert _BIRTH_WORD.search(text), text  # so the pre-filter lets it through
    assert birth_dates(text), text


def test_birth_patterns_never_match_where_no_birth_word_stands() -> None:
    for text in _texts():
        folded = text.lower()
        if not _BIRTH_WORD.search(folded):
            assert not _MARKED.search(folded) and not _TOLD.search(folded), text


def test_a_remembered_repair_is_the_repair() -> None:
    words, by_letters = _table_words()
    german = frequent_words()
    for typed in ["financail", "calss", "grdaer", "parenting", "schule", "hatfalik", "abc"]:
        expected = None
        if len(typed) >= 5 and typed not in words and typed not in german:
            word = by_letters.get("".join(sorted(typed)))
            expected = word if word is not None and one_swap(typed, word) else None
        assert _repaired(typed) == expected == _repaired(typed), typed


@pytest.mark.parametrize("noun", ["oberschenkel", "saison", "enkel", "geschwisterkinder",
                                  "sohn", "pflegekind", "tochter"])  # fmt: skip
def test_the_remembered_thing_test_is_the_thing_test(noun: str) -> None:
    vocab = age_vocabulary()
    tail = max((len(w) for w in vocab.child_nouns if noun.endswith(w)), default=0)
    expected = any(noun.endswith(w) for w in vocab.not_person_words if len(w) > max(tail, 4))
    assert _thing_word(noun, vocab.child_nouns, vocab.not_person_words) is expected
