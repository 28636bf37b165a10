"""Turns76: a later turn that gives the wished language up in a condition and names another
("wenn es nichts auf Arabisch gibt, geht auch Englisch", "Không có thì tiếng Anh cũng được"):
the other language is the one searched in — what a user relies on when the wished one has no
offer. Without the condition a language named "auch" is added beside the wish, and German
after the condition gives the wish up; a pregnancy told as "chị bầu" is no age to ask for."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.talking import talk_to

CASES = [
    # a negated condition naming the wished language, then the language to use instead
    (["Familie in Selm, Sohn 10, braucht Nachhilfe auf Arabisch",
      "Wenn es nichts auf Arabisch gibt, geht zur Not auch Englisch"], ("en",)),
    (["Mother in Werne with a 2-year-old, looking for a parenting course in Polish",
      "if there's nothing in Polish, English would work for her too"], ("en",)),
    (["Kind 5, Kamen, Sprachförderung auf Arabisch",
      "falls Arabisch nicht geht, wäre Türkisch auch gut, das kann sie"], ("tr",)),
    # a bare condition ("wenn nicht", "không có thì") gives up whatever was wished
    (["Mutter sucht Deutschkurs auf Ukrainisch oder Russisch, Kind 3, Unna",
      "Wenn nicht, geht auch Englisch."], ("en",)),
    (["Em có một chị bầu tháng thứ 8, sống ở Unna-Massen, cần Hebamme sau sinh ạ",
      "Chị ấy hỏi có người nói tiếng Việt không", "Không có thì tiếng Anh cũng được ạ"], ("en",)),
    # look-alikes: no condition adds the language; German after the condition drops the wish
    (["Kind 5, Kamen, Sprachförderung auf Französisch", "Englisch geht zur Not auch"],
     ("fr", "en")),
    (["Kind 5, Kamen, Sprachförderung auf Arabisch",
      "wenn es das nicht auf arabisch gibt ist auch deutsch ok"], ()),
    (["Chị ấy mang thai tháng thứ 6, ở Kamen, cần lớp chuẩn bị sinh, nói tiếng Việt",
      "Nếu không có tiếng Việt thì tiếng Đức cũng được"], ()),
    (["Vater spricht Russisch, Tochter 4, braucht Sprachförderung auf Russisch, Lünen",
      "die Mutter kann auch ein bisschen Englisch, aber lieber wäre ihr Russisch"], ("ru",)),
]


@pytest.mark.parametrize(("turns", "expected"), CASES)
def test_language_after_a_condition(assistant: Assistant, turns: list[str],
                                    expected: tuple[str, ...]) -> None:
    assert talk_to(assistant, turns).request.languages == expected


def test_pregnancy_told_as_chi_bau_is_not_asked_back(assistant: Assistant) -> None:
    answer = talk_to(assistant, ["Em có một chị bầu tháng thứ 8, sống ở Unna-Massen, cần Hebamme "
                               "sau sinh ạ"])
    assert answer.request.age is not None and answer.request.age.high < 0
    assert answer.question is None
