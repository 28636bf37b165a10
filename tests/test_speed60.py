"""speed60: a reader's tokens are read once per text, and each caller still owns its list."""

import pytest

from bot.understanding.letters import letter_tokens
from bot.understanding.safety_text import tokens
from bot.understanding.writer_interpreter import clause_numbers, interpreting


def test_tokens_are_a_fresh_list_each_time() -> None:
    first = tokens("das kind (3) ist oft allein")
    first.append("x")
    assert tokens("das kind (3) ist oft allein") == first[:-1]


@pytest.mark.parametrize(("text", "numbers"), [
    ("eins zwei, drei. vier", (0, 0, 1, 2)),
    ("ohne zeichen hier", (0, 0, 0)),
    ("a (b) c – d", (0, 1, 2, 3)),
])
def test_clause_numbers(text: str, numbers: tuple[int, ...]) -> None:
    assert clause_numbers(text, letter_tokens(text)) == numbers


def test_no_interpreter_word_reads_nothing() -> None:
    found = interpreting(["die", "mutter", "braucht", "hilfe"], [0, 0, 0, 0], lambda w: False)
    assert not found.roles and not found.languages
