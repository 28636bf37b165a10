"""Turns77: a later turn that concedes a language or asks at least for an interpreter.

"Sawa, Englisch geht zur Not auch" after a wish for Swahili: the assent takes the answer (none in
Swahili) and the conceded language is the one searched in. "Ok, atunci măcar un Sprachmittler?"
after a wish for Romanian: the interpreter is for the family's language, so the wish stays and the
case's need is still asked beside the mediator. Look-alikes: a concession without assent adds the
language, German conceded gives the wish up, a language merely mentioned is no wish, and an
interpreter without a word of the minimum is read as before.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.talking import talk_to

SWAHILI = ["Übergabe: Schwangere, 30. SSW, wohnt Kamen-Methler, braucht Hebamme für Nachsorge.",
           "Sie spricht am besten Kiswahili – gibt es das kwa Kiswahili?"]
ROMANIAN = ["Fetiță de 4 ani, nu vorbește la Kita, caut Sprachförderung, Unna-Königsborn.",
            "Mama vorbește doar română – există asta în română?"]

LANGUAGES = [
    # an assent opening a concession: the conceded language replaces the wish
    ([*SWAHILI, "Sawa, Englisch geht zur Not auch."], ("en",)),
    ([*SWAHILI, "Ok, notfalls Englisch."], ("en",)),
    (["Kind 7 Jahre in Fröndenberg braucht einen OGS-Platz",
      "Die Mama spricht Ukrainisch, gibt's das auf Ukrainisch?",
      "Na gut, wenn's sein muss, Russisch geht auch"], ("ru",)),
    # look-alikes: no assent adds the language; German conceded gives the wish up
    (["Kind 5, Kamen, Sprachförderung auf Französisch", "Englisch geht zur Not auch"],
     ("fr", "en")),
    ([*SWAHILI, "Ok, Deutsch geht zur Not auch."], ()),
    # at least an interpreter: the family's language stays
    ([*ROMANIAN, "Ok, atunci măcar un Sprachmittler pentru discuția cu Kita?"], ("ro",)),
    (["Junge, 9 Jahre, Lernförderung in Kamen gesucht",
      "Anne sadece Türkçe konuşuyor, Türkçe bir şey var mı?",
      "Tamam, o zaman en azından bir Dolmetscher für das Elterngespräch?"], ("tr",)),
    (["Säugling 2 Monate, schreit viel, Eltern erschöpft, Werne",
      "Der Vater spricht nur Arabisch, gibt es Beratung auf Arabisch?",
      "Okay, dann zumindest ein Dolmetscher für den ersten Termin?"], ("ar",)),
    # look-alikes: a language mentioned is no wish; German is enough
    (["15-Jähriger aus Lünen-Brambauer sucht einen Jugendtreff",
      "Er spricht auch etwas Englisch, aber Deutsch klappt bei ihm gut."], ()),
    (["Familie mit Kind, 3 Jahre, in Unna-Massen sucht einen Kitaplatz",
      "Die Eltern sprechen Russisch – gibt es das auch auf Russisch?",
      "Ach, die Mutter meint gerade, Deutsch reicht eigentlich."], ()),
]


@pytest.mark.parametrize(("turns", "expected"), LANGUAGES)
def test_language_after_a_concession(assistant: Assistant, turns: list[str],
                                     expected: tuple[str, ...]) -> None:
    assert talk_to(assistant, turns).request.languages == expected


def test_interpreter_at_least_keeps_the_case_need(assistant: Assistant) -> None:
    answer = talk_to(assistant, [*ROMANIAN,
                               "Ok, atunci măcar un Sprachmittler pentru discuția cu Kita?"])
    assert set(answer.request.topics) >= {"sprachfoerderung", "migration_integration"}
    assert answer.request.place == "unna-koenigsborn"


def test_interpreter_without_the_minimum_is_read_as_before(assistant: Assistant) -> None:
    answer = talk_to(assistant, ["Kind 5, Kamen, Sprachförderung auf Spanisch",
                               "vale, gracias. Entonces mit Sprachmittler, die Mama versteht "
                               "sonst nix. Gibt es sowas?"])
    assert answer.request.languages == ()
