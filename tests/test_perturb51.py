"""A request understood once stays understood when people vary their typing (perturb51).

Sentences of perturb51's own (the measured rewrites are in `tests/data/perturb51/`):

- a language name clipped with a dot keeps its meaning when the dot is lost, right before a word
  of language, alone or joined to another clip ("mit poln Sprachmittlung", "arab oder kurd
  sprechend"): the wish for the language, and so the honest language gap, stays
  (`language_clips`);
- a clock time whose colon was lost, told by a word of the time of day before it ("es ist
  16 45", "um 9 30", "Notiz 14 10"), is no age (`numbers.not_age_spans`).

Look-alikes keep their reading: an everyday word before "Sprache", a rising pair of ages.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.models import Request

LANGUAGES = [
    # (request, language codes read)
    ("Mutter sucht Erziehungsberatung mit poln Sprachmittlung für Sohn 9 in Kamen", ("pl",)),
    ("Sohn 7 in Unna braucht Lernförderung am besten arab oder kurd sprechend", ("ar", "ku")),
    ("Tochter 2 Kita in Bergkamen gesucht gern mit rumän Sprache", ("ro",)),
    ("Familie in Selm Sohn 5 Erziehungsberatung wäre gut mit alb oder serb Sprache", ("sq", "sr")),
]

LANGUAGE_LOOK_ALIKES = [
    # (request, language codes read): no clip before the word of language
    ("Sohn 5 in Unna braucht Logopädie für die Sprache", ()),
    ("Kind 4 in Kamen spricht kaum Sprachförderung gesucht", ()),
]

AGES = [
    # (request, age range in months): the clock time without its colon is no age
    ("kurze frage es ist 16 45 und keiner holt Mila 4 aus der Kita ab was tun in Kamen",
     (48, 59)),
    ("Notiz 14 10 Jugendlicher 15 kifft täglich Eltern suchen Suchtberatung in Werne",
     (180, 191)),
    ("Termin morgen um 9 30 Mutter von Tim 6 sucht Ergotherapie in Lünen", (72, 83)),
]

AGE_LOOK_ALIKES = [
    # a rising pair with no word of the time of day before it stays an age group
    ("Jugendtreff für Jungs 14 16 in Unna gesucht", (168, 203)),
]


def _request(assistant: Assistant, text: str) -> Request:
    answer, _session = assistant.respond(text)
    return answer.request


@pytest.mark.parametrize(("text", "codes"), LANGUAGES + LANGUAGE_LOOK_ALIKES)
def test_clipped_language_without_its_dot(assistant: Assistant, text: str,
                                          codes: tuple[str, ...]) -> None:  # fmt: skip
    assert tuple(sorted(_request(assistant, text).languages)) == tuple(sorted(codes))


@pytest.mark.parametrize(("text", "months"), AGES + AGE_LOOK_ALIKES)
def test_clock_time_without_its_colon_is_no_age(assistant: Assistant, text: str,
                                                months: tuple[int, int]) -> None:  # fmt: skip
    age = _request(assistant, text).age
    assert age is not None and (age.low, age.high) == months
