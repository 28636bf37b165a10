"""The place the writer is unsure of (`place_unsure`, `tests/data/places56/`): a place left or a
move called off gives way to the place the family lives in now; a registration gives way to the
place the child is said to live in; of two parents' homes the one the child is with wins; the
home for now beats a planned move; "meistens in X" and the school's place, when help is wished
there, are read. A single place, or places without such cues, stay as before."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding.places import resolve_place


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Umzug nach Kamen ist abgesagt, die Familie bleibt in Rünthe.", "bergkamen-ruenthe"),
    ("Familie wollte nach Werne ziehen, hat sich aber zerschlagen, sie bleiben in Hengsen.",
     "holzwickede-hengsen"),
    ("Wohnadresse seit 01.05. jedoch Fröndenberg-Langschede, nicht mehr Unna-Billmerich.",
     "froendenberg-langschede"),
    ("wohnen nicht mehr in Bergkamen Overberge sondern in Kamen Methler, Kind 4",
     "kamen-methler"),
    ("Mama ist in Selm-Bork gemeldet, wohnt seit der Geburt aber bei ihrer Mutter in Brambauer.",
     "luenen-brambauer"),
    ("die Kinder schlafen bei Freunden in Bergkamen, Meldeadresse noch Bönen.", "bergkamen"),
    ("gemeldet bei der Mutter in Oberaden, tatsächlich seit 3 Monaten beim Vater in Brambauer.",
     "luenen-brambauer"),
    ("Mutter in Kamen-Methler, Vater in Oberaden. Das Kind ist unter der Woche bei der Mama, "
     "am Wochenende in Bergkamen. Beratung in der Nähe der Mutter?", "kamen-methler"),
    ("Familie zieht im Herbst irgendwo nach Lünen, derzeit noch Cappenberg.", "selm-cappenberg"),
    ("Beide Eltern in Fröndenberg (Ardey / Frömern), das Kind ist aber meistens in Frömern.",
     "froendenberg-froemern"),
    ("Woche A bei der Mutter in Afferde, Woche B beim Vater in Südkamen. Schule in Unna. "
     "Gruppe möglichst am Schulort.", "unna"),
    ("Vater lebt in Kamen-Mitte, Mutter in Schwerte-Westhofen; das Mädchen ist unter der Woche "
     "bei der Mutter.", "schwerte-westhofen"),
    # no cue: unchanged readings
    ("Familie zieht nächste Woche von Selm nach Bergkamen-Weddinghofen.", "bergkamen-weddinghofen"),
    ("Kind 4 wohnt in Unna-Massen, Sprachförderung?", "unna-massen"),
])
def test_the_place_meant_now(catalogue: Catalogue, text: str, expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected
