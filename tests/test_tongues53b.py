"""Luxembourgish, Odia and Hmong ages and languages in a German message (tongues53b).

Midwives, clinics and social workers write "De Bëbee ass véier Méint al", "D'Kanner sinn zwee a
fënnef Joer al", "ଝିଅ, ୩ ମାସ", "ଦୁଇ ବର୍ଷର ପୁଅ", "Baby ୬ ସପ୍ତାହ" or "me nyuam mos muaj cuaj lub
hlis". Without the `[lb]`, `[or]` and `[hmn]` sections of `bot/data/foreign.toml` these ages were
lost (Odia digits before a week unit even became months). Hmong numbers look like German words
("kaum", "ob", "rau"): they count only before a Hmong unit. A parent's or grandmother's age
("d'Mamm ass drësseg Joer", "Pog (Oma) 71", "niam muaj nees nkaum tsib xyoos") is no child's,
and a language the family speaks is no wish. New sentences, read through the whole assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.foreign import germanise

_AGES = [
    # Luxembourgish: number words, plural and singular units, two children, pregnancy month
    ("Eise Bëbee ass fënnef Méint al, PEKiP in Kamen?", (5, 5)),
    ("D'Meedchen ass néng Joer al, Nachhilfe Unna", (108, 119)),
    ("d'Kanner sinn dräi a siwen Joer al, Entlastung Lünen", (36, 95)),
    ("D'Kanner sinn zwee an dräi Joer al, Kita Kamen", (24, 47)),
    ("Jong véierzéng Joer, Schulsozialarbeit Bergkamen", (168, 179)),
    ("Puppelchen zwou Wochen, Hebamme Selm", (0, 0)),
    ("Si ass schwanger am aachte Mount, Hebamme Werne", (-9, -1)),
    # Odia: digits and words, genitive units, weeks stay weeks
    ("ପୁଅ, ୪ ବର୍ଷ – Kita Bönen", (48, 59)),
    ("ତିନି ବର୍ଷର ଝିଅ, Spielgruppe Unna", (36, 47)),
    ("Baby ୮ ସପ୍ତାହ, Frühe Hilfen Kamen", (1, 1)),
    ("ଝିଅର ବୟସ ବାର ବର୍ଷ, Mädchentreff Schwerte", (144, 155)),
    ("ଗର୍ଭବତୀ, ଛଅ ମାସ, Hebamme Lünen", (-9, -1)),
    # Hmong: "muaj", the classifier "lub", teens after "kaum", weeks
    ("tus ntxhais muaj rau xyoos, OGS Unna", (72, 83)),
    ("me nyuam mos muaj tsib lub hlis, Babymassage Werne", (5, 5)),
    ("tus tub kaum plaub xyoos, Jugendtreff Kamen", (168, 179)),
    ("me nyuam muaj peb lim tiam, Hebamme Bönen", (0, 0)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(assistant: Assistant, text: str, age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


_LOOKALIKES = [
    # a parent's or grandparent's age beside the child's
    ("D'Mamm ass véieranzwanzeg Joer al, de Bëbee ass zwee Méint al. Frühe Hilfen Unna", (2, 2)),
    ("ମା ଅଠେଇଶି ବର୍ଷ, ପୁଅ ସାତ ବର୍ଷ, Nachhilfe Selm", (84, 95)),
    ("niam muaj nees nkaum tsib xyoos, tus tub muaj ob xyoos. Kita Lünen", (24, 35)),
    ("Pog (Oma) 68, me nyuam muaj yim xyoos, Hausaufgabenhilfe Kamen", (96, 107)),
    # German "kaum" and "ob" before a German age stay German
    ("Kind spricht kaum, ob es mit 4 Jahren Logopädie braucht? Unna", (48, 59)),
]


@pytest.mark.parametrize(("text", "age"), _LOOKALIKES)
def test_a_parents_age_or_a_german_lookalike_keeps_the_childs(
    assistant: Assistant, text: str, age: tuple[int, int]
) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


def test_german_words_are_no_hmong_or_luxembourgish() -> None:
    text = ("Ob das Kind kaum spricht, weiß die Mutter nicht; es ist rau zu Hause in Unna. "
            "Betreuung an 4 an 5 Tagen.")
    assert germanise(text) == text


_LANGUAGES = [
    ("Berodung fir d'Elteren am beschten op Lëtzebuergesch, Kand 6 Joer, Unna", ("lb",)),
    ("Erziehungsberatung op Lëtzebuergesch oder op Franséisch? Jong aacht Joer, Kamen",
     ("lb", "fr")),
    ("Hebamme, die Odia spricht? ଗର୍ଭବତୀ, Lünen", ("or",)),
    ("Familienpatin auf Hmong gesucht, me nyuam muaj ib xyoos, Werne", ("hmn",)),
    # a report of what the family speaks asks for nothing
    ("D'Elteren schwätzen Lëtzebuergesch doheem. Kand véier Joer, Kita Bönen", ()),
    ("Die Familie spricht Hmong. tus tub muaj tsib xyoos, Kita Selm", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(assistant: Assistant, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert tuple(sorted(assistant.respond(text)[0].request.languages)) == tuple(sorted(languages))
