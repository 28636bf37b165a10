"""Needs and ages told in Brazilian Portuguese, Macedonian, Georgian, Hungarian and Somali, mixed
with German: the foreign reader writes their words as German words ("bate nos outros" →
"schlägt andere", "рани на раката" → "Wunden am Arm", "ექვსი წლის" → "6 Jahre alt"), so the
German readers find age and need — and German sentences that look alike stay as they were."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.foreign import germanise

CASES = [
    # (request, age range, a topic the user relies on)
    ("meu filho tem 9 anos e tá muito bravo, bate nos colegas, Unna", (108, 119),
     "gewaltpraevention"),
    ("a mãe tá desempregada e não dá mais pra pagar o clube, Kamen", None, "but_finanzen"),
    ("menina de 11 anos, o padrasto entra no banheiro quando ela toma banho e fica olhando, Selm",
     (132, 143), "kinderschutz"),
    ("o menino tá muito triste desde que os pais se separaram, 10 anos, Lünen", (120, 131),
     "psychische_gesundheit"),
    ("Девојче 14 години, секогаш долги ракави, рани на раката, Unna", (168, 179),
     "psychische_gesundheit"),
    ("Момче 10 години, многу слабо во школо, Kamen", (120, 131), "lernfoerderung"),
    ("Семејство, 3 деца, таткото без работа, нема пари, Bönen", None, "but_finanzen"),
    ("ჩემი გოგო ცხრა წლის, Kita oder OGS in Unna?", (108, 119), None),
    ("ბიჭი თორმეტი წლის, ძალიან სევდიანი, Kamen", (144, 155), "psychische_gesundheit"),
    ("a lányom 10 éves, nagyon szomorú, Werne", (120, 131), "psychische_gesundheit"),
    ("apuka veri a gyerekeket, a fiam 8 éves, Selm", (96, 107), "kinderschutz"),
    ("wiilkayga 9 jir, lacag ma haysto, Bergkamen", (108, 119), "but_finanzen"),
]

# German sentences that must read as they did: no word of them is a foreign need or number word
GERMAN = [
    "Ich habe soeben mit der Kita gesprochen, das Kind ist traurig",
    "Die triste Wohnung ist zu klein, der Vater ist arbeitslos",
    "Bravo, der Junge hat es geschafft, er macht Tri-Training in Unna",
    "Wir hatten Fez im Verein, das Bad war voll",
    "Die Tochter ist im März 13 geworden",
]


@pytest.mark.parametrize(("text", "age", "topic"), CASES)
def test_need_and_age_in_the_family_language(catalogue: Catalogue, text: str,
                                             age: tuple[int, int] | None,
                                             topic: str | None) -> None:
    request = understand(text, catalogue)
    assert ((request.age.low, request.age.high) if request.age else None) == age
    if topic:  # read, or offered beside what was read (as the answer shows it)
        assert topic in (*request.topics, *request.suggested_topics)


@pytest.mark.parametrize("text", GERMAN)
def test_german_look_alikes_unchanged(text: str) -> None:
    assert germanise(text) == text
