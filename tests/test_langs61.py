"""Family languages mixed into German (Bosnian/Croatian/Serbian, Albanian, Romanian) and a
language wish said not to be needed: what a user relies on, through understanding."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

CASES = [
    # (request, age range, topic that must be understood, languages)
    ("djevojčica, 15 godina, rekla je da je ljeti u Bosni trebaju udati. Unna", (180, 191),
     "kinderschutz", []),
    ("vajza 15 vjeçe, babai do ta martojë në verë. Fröndenberg", (180, 191), "kinderschutz", []),
    ("U grupi imamo djevojke od 13 do 16, Diabetes Typ 1. Beratung beim Kinderarzt?", (156, 203),
     "kindergesundheit", []),
    ("Beba rođena prije dvije sedmice, mama sama u Unna, treba Hebamme", (0, 0), None, []),
    ("vecinul lasă copilul (cam 1 an) singur noaptea, Kamen. Cui să spunem?", (12, 23),
     "kinderschutz", []),
    ("fiica are 16 ani, sucht Praktikum. Nu trebuie în română, ea vorbește bine germana",
     (192, 203), "schule_beruf", []),
    ("sin 9 godina, Nachhilfe Schwerte. Ne mora na bosanskom, govori dobro njemački.",
     (108, 119), None, []),
    # look-alikes: a real wish stays, German "rufe um 10 an" and a time of day are no age
    ("djevojčica 4 godine, tražimo vrtić u Unni, ako ima neko ko govori bosanski", (48, 59), None,
     ["bs"]),
    ("Ich rufe morgen um 10 an wegen Tochter 3 Jahre, Kita in Werne", (36, 47), None, []),
    ("radimo od 8 do 16 sati, Kamen, Kita?", None, None, []),
]


@pytest.mark.parametrize(("text", "age", "topic", "languages"), CASES)
def test_family_languages(catalogue: Catalogue, text: str, age: tuple[int, int] | None,
                          topic: str | None, languages: list[str]) -> None:
    request = understand(text, catalogue)
    assert ((request.age.low, request.age.high) if request.age else None) == age
    if topic:
        assert topic in request.topics
    assert list(request.languages) == languages
