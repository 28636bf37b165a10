"""Ranges47: an age span told for a group — in numbers, number words, school years, Polish plural
group nouns and an upper bound after the group ("Kinder bis 6 Jahre") — and the number ranges
beside an age that are a time, a count, a price or a house number and must stay no age."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

CASES = [
    # a group and its span
    ("Wir suchen für unsere Azubis im Alter von 16 bis 18 einen Workshop in Unna.", (192, 227)),
    ("Our employees' kids are aged 2 to 5, we need childcare places near Holzwickede.", (24, 71)),
    ("Eltern-Kind-Gruppe für Kinder 1–3 J. in Fröndenberg gesucht", (12, 47)),
    ("Familien mit Kindern zwischen zwei und vier Jahren in Werne suchen Spielgruppe", (24, 59)),
    # school years: the span of their ages
    ("Jg. 5–6, Gewaltprävention, Gesamtschule Lünen – wer bietet so was an?", (120, 143)),
    ("Welche OGS-Plätze gibt es in Werne für die 1.–4. Klasse?", (72, 119)),
    ("Mädchentreff in Bork für die Mädels aus der vierten bis sechsten Klasse?", (108, 143)),
    # Polish plural group nouns before the span
    ("Mamy grupę dziewczyn 12-14, chcą warsztat o dojrzewaniu. Sexualpädagogik w Kamen?",
     (144, 179)),
    ("W Geisecke nie ma nic dla młodzieży. Chłopaki 14-16 – jakiś Jugendtreff w Schwerte?",
     (168, 203)),
    ("Mam dwóch chłopców, 6 i 9 lat, szukam zajęć sportowych w Unnie.", (72, 119)),
    # a group with an upper bound: every age up to it
    ("Leihoma gesucht für junge Familien mit Kindern so bis sechs Jahre, Kamen", (0, 83)),
    ("Krabbelgruppe für Kinder bis 2 Jahre in Unna?", (0, 35)),
    # a child of the list named again with its noun and years: that child, not the span
    ("Eine Mama aus Bergkamen-Mitte, 3 Kinder: Mädchen 7 J., Junge 4 J., Junge 1 J. Sie sucht "
     "für Junge 4 J. Kita ab August.", (48, 59)),
    ("Hevalno, eine Mama aus Bergkamen-Mitte, 3 zarok: keç 7 sal, kur 4 sal, kur 1 sal. Sie sucht "
     "für kur 4 sal Kita ab August.", (48, 59)),
    ("3 Kinder: Mädchen 7 J., Junge 4 J., Junge 1 J. Wir suchen für die Kinder eine Kita in Kamen.",
     (12, 95)),
    # look-alikes: a time, a count, a waiting time, a house number, a price beside the child
    ("Sprechstunde Erziehungsberatung in Kamen, am liebsten 9–12 Uhr, Sohn ist 6.", (72, 83)),
    ("Meine Tochter (3) braucht Logopädie in Unna, es sollen 3–4 Termine sein.", (36, 47)),
    ("Beim Kinderarzt in Lünen 2–3 Monate Wartezeit, unser Baby ist 5 Monate.", (5, 5)),
    ("Familienbüro Bergkamen, Hausnummer 12–14? Wir haben eine Tochter von 2.", (24, 35)),
    ("Schwimmkurs in Schwerte für unseren Sohn, 7 Jahre; wir können 50–80 € zahlen.", (84, 95)),
    ("Unser Sohn ist 4, Wartezeit bis 2 Jahre in Kamen für die Kita?", (48, 59)),
    ("Tochter 3, bleibt bis 6 Jahre in der Kita, Sprachförderung Unna", (36, 47)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_of_the_group(assistant: Assistant, text: str, expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    assert age is not None
    assert (age.low, age.high) == expected
