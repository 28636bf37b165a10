"""Voice72: a child's own words, quoted, are the child's speech, not the writer's facts.

Professionals pass on what a child said, wrote or drew between quotation marks. The numbers in
such first-person words are the story's ("ich war 2 jahre nicht in der schule", "6 Stunden
zocken", "60 Kilo"), never the child's age, unless the speaker tells it with "ich bin" and a
unit; "Mama"/"Papa" in them are the parents, so "sonst wird Papa böse" is no father to be; and a
brother or sister "im Bauch" or "kommt im Mai" is the mother's pregnancy. Quotes that are no
one's speech (a form field „4 J., Kita“) keep their numbers. Read through the assistant, with
look-alikes that must not change.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    # the quote's years, hours and kilos are the story's; the child's age is told outside it
    ("Schüler, 16 (BvB), schreibt: „ich war 2 jahre nicht in der schule, jetzt will ich meinen "
     "abschluss nachholen“ – Beratung in Unna?", (192, 203)),
    ("Lukas (8) erzählt: „Ich zock jeden Tag 6 Stunden, und wenn Mama das Tablet wegnimmt, "
     "schmeiß ich Sachen.“ Medienberatung in Unna?", (96, 107)),
    ("Zitat von Noah (10): „Ich bin 1,40 groß und wiege 60 Kilo, alle nennen mich fett.“ "
     "Ernährungsberatung in Kamen?", (120, 131)),
    # in the child's words "Papa" is the father, not one to be: no pregnancy
    ("Lea (6 J.) malte ein Haus ohne Fenster. Auf Nachfrage: „Da darf keiner rein, sonst wird "
     "Papa böse.“ Wer berät mich nach § 8a? Familie wohnt in Flierich.", (72, 83)),
    # a brother or sister in the mother's belly, in the child's words: the pregnancy is the case
    ("Leni (5) erzählt: „Meine Mama hat einen dicken Bauch, da wohnt mein Bruder drin, der kommt "
     "im Mai.“ Die Mutter hat noch keine Hebamme. Wohnen in Bönen.", (-9, -1)),
    ("Die 4-jährige Amira malt sich mit einer Sonne im Bauch der Mutter: „Da wohnt mein "
     "Geschwister, das kommt im März.“ Die Mutter hat keine Hebamme. Werne.", (-9, -1)),
    # the speaker's own age told with a unit is kept
    ("Ein Junge sagt beim Hausaufgabentreff: „Ich bin 9 Jahre und kann noch nicht richtig "
     "lesen.“ Lernförderung in Massen?", (108, 119)),
    # look-alikes: a parent's own "ich bin 19" is not the child's; a play's line no age; a field
    ("Die Mutter von Jan (3) sagt: „Ich bin 19 und schaff das alles nicht allein.“ Gibt es "
     "Unterstützung in Selm?", (36, 47)),
    ("Tom (5) spielt Baby und ruft: „Ich bin das Baby, ich bin 1!“ Er spricht sehr undeutlich. "
     "Logopädie in Bergkamen?", (60, 71)),
    ("Sophie (6) malt ihre Familie mit einem Baby und sagt: „Ich wünsch mir so eine Schwester.“ "
     "Sophie spricht in der Gruppe kaum. Sprachförderung in Kamen?", (72, 83)),
    ("Kind 4 Jahre, die Mutter ist 22 J. und in der 20. SSW, Kita-Platz in Unna gesucht",
     (48, 59)),
    # a parent's quote that names the children's ages keeps them
    ("Übergabe: Schülerin aus Jg. 10, die Mutter schreibt „Bruder 3 J., kein Kitaplatz, ich kann "
     "nicht arbeiten gehen“ – gibts in Kamen was für den Kleinen?", (36, 47)),
    ("Forwarded from Südkamen: 'We're separating, the kids (4 and 7) keep asking questions. Is "
     "there counselling for children of separated parents?'", (48, 95)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quoted_child_words(assistant: Assistant, text: str, expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


def test_quote_numbers_alone_are_no_age(assistant: Assistant) -> None:
    """A child's "seit 5 tagen" with no age told outside the quote leaves the age untold."""
    answer, _session = assistant.respond(
        "Ein Kind aus meiner Klasse: „ich hab seit 5 tagen nix richtiges gegessen, im kühlschrank "
        "ist nichts“. Wer hilft da? Rünthe")
    assert answer.request.age is None
