"""Ages in the child's own voice, and the ages of others in its words (selfage57).

What a child said or wrote, passed on by a professional, tells its age in the first person:
„ich bin doch schon 9!“, „bin 17“, a worry-box note ending „ich bin 7“, „ich werd bald 6“. That
is the child's age, as if the writer had told it; the other ages in the child's words are other
people's („mein Papa ist 40“, „meine Schwester ist 17“, „mein Hund ist zwei“). A grown-up's own
words keep theirs („Ich bin 19 und schaff das nicht“, the mother), the writer's own fact outweighs
the child's claim („ich bin vier“, ist aber erst drei), and a writer who hands a number to another
person ("12 ist der Bruder, das Mädchen selbst ist zehn") leaves the child the other. School marks
in brackets ("Englisch (4)") and a claim the papers correct ("behauptet, er sei 14 – laut Ausweis
…") are no ages either. Sentences are our own, none from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

CASES = [
    # the child's own age in its quoted words, digits or a word, with fillers
    ("Anruf am Abend, Kind klingt jünger, bleibt aber dabei: „ich bin doch schon 10!“ Wohnt in "
     "Kamen. Wohin kann ich verweisen?", (120, 131)),
    ("Anruf, Mädchen, sagt „bin 16“, Bönen. O-Ton: „ich schlaf seit 3 Nächten bei Freundinnen“.",
     (192, 203)),
    ("Anruf aus Heeren, Kind: „ich bin acht“. Erzählt, dass die Katze tot ist. Trauerbegleitung?",
     (96, 107)),
    ("Zettel aus dem Kummerkasten GS Massen: „Papa trinkt und schreit, ich hab angst, ich bin 8“.",
     (96, 107)),
    ("Im Morgenkreis: Mia meint ‚ich werd bald 5 und komm zu den Großen‘, spricht kaum. Unna",
     (48, 59)),
    ("Mädchen aus der WG: „ich bin in 2 Monaten 18, dann muss ich ausziehen“. Hilfe in Kamen?",
     (204, 215)),
    # the others' ages in the child's words are not the child's
    ("Kind: „ich bin neun und mein Bruder ist 3 und weint immer“ – Mutter überfordert. Werne",
     (108, 119)),
    ("Kita-Kind erzählt „ich bin vier, mein Papa ist 45“, wirkt verstört. Bergkamen", (48, 59)),
    ("Kind in der Praxis: „ich bin sieben und mein Hase ist zwei“ – zappelig, Kamen", (84, 95)),
    ("Chat: „bin vierzehn und mein freund ist schon 17, meine eltern drehen durch“ – Selm",
     (168, 179)),
    # a writer who hands a number to another person
    ("Der Vater sagte am Telefon 14 – Korrektur: 14 ist die Schwester, der Junge selbst ist elf."
     " Lünen", (132, 143)),
    # a claim the papers correct; a mark in brackets
    ("Mädchen behauptet, sie sei 16 – laut Pass ist sie 14, will ausziehen. Unna", (168, 179)),
    ("Alter: 12 | Wohnort: Selm | Bemerkung: alles gut außer Mathe (5), fragt nach Nachhilfe",
     (144, 155)),
    # look-alikes that keep their reading
    ("Die Mutter von Ben (4) sagt: „Ich bin 20 und schaff das alles nicht.“ Hilfe in Selm?",
     (48, 59)),
    ("Lia (6) spielt Mama und ruft: „Ich bin die Mama, ich bin 1!“ Spricht undeutlich. Unna",
     (72, 83)),
    ("Der Kleine sagt immer 'ich bin fünf', ist aber erst vier. Kita in Werne, stottert.",
     (48, 59)),
    ("Vater am Telefon: „ich bin 38 und komm mit meiner Tochter (12) nicht klar“. Kamen",
     (144, 155)),
    ("Schülerin O-Ton „ich bin 14 aber alle denken ich bin 18“, isst kaum. Schwerte", (168, 179)),
]


@pytest.mark.parametrize(("text", "age"), CASES)
def test_the_age_a_child_tells_in_its_own_words(
    catalogue: Catalogue, text: str, age: tuple[int, int] | None
) -> None:
    request = understand(text, catalogue)
    got = (request.age.low, request.age.high) if request.age else None
    assert got == age
