"""Ages, needs and wishes told in Santali (Ol Chiki), Ilocano and Northern Sami (tongues58c).

Nurses, midwives and course leaders pass on what families say: "ᱜᱤᱫᱨᱤ ᱖ ᱪᱟᱸᱫᱚ" (a child, six
months, in Ol Chiki digits), "ᱠᱩᱲᱤ ᱵᱟᱨ ᱥᱮᱨᱢᱟ" (a girl, two years), "ti ubing ket innem a bulan"
(the child is six months), "sangapulo a lawas" (ten weeks), "nieida, golbma mánu boaris" (a girl,
three months old), "vihttajahkásaš" (five-year-old). Without the `[sat]`, `[ilo]` and `[se]`
sections of `bot/data/foreign.toml` these ages were lost or read as a whole year. Weeks stay
weeks for the German reader, which counts them as completed months. A parent's age is never cut
to a child's, the short words ("lima", "okta", "ket") are no numbers outside their frames, a
language reported is no wish while "iti Ilokano", "mas hállet sámegiela", "ᱥᱟᱱᱛᱟᱲᱤ ᱛᱮ" are,
and thanks in the three languages are thanks. New sentences, read through the understanding API.
"""

from __future__ import annotations

import re

import pytest

from bot.catalogue import Catalogue
from bot.dialogue.phrases import is_courtesy
from bot.understanding import understand
from bot.understanding.foreign import germanise

_AGES = [
    # Santali: Ol Chiki digits and number words, months with and without the nasal mark, weeks
    ("ᱠᱚᱲᱟ ᱯᱩᱱ ᱥᱮᱨᱢᱟ, Kita in Kamen?", (48, 59)),
    ("ᱜᱤᱫᱨᱤ ᱗ ᱪᱟᱸᱫᱚ, Krabbelgruppe Unna", (7, 7)),
    ("ᱠᱩᱲᱤ ᱤᱨᱟᱞ ᱪᱟᱫᱚ, Frühförderung Selm", (8, 8)),
    ("Baby ᱑᱒ ᱦᱟᱯᱛᱟ, Hebamme Werne", (2, 2)),
    ("ᱠᱚᱲᱟ ᱜᱮᱞ ᱵᱟᱨ ᱥᱮᱨᱢᱟ, Jugendtreff Lünen", (144, 155)),
    ("ᱜᱤᱫᱨᱤ ᱵᱟᱨ ᱥᱮ ᱯᱮ ᱥᱮᱨᱢᱟ, Spielgruppe Bönen", (24, 47)),
    # Ilocano: the linker "a", teens with "ket", weeks, years and months, two guesses
    ("ti ubing ket pito a tawen, OGS Unna", (84, 95)),
    ("ti maladaga ket uppat a bulan, Babymassage Kamen", (4, 4)),
    ("ubing a babai, sangapulo ket dua a tawen, Mobbing, Schwerte", (144, 155)),
    ("ti maladaga ket siam a lawas, Schreiambulanz Lünen", (2, 2)),
    ("ti ubing ket dua a tawen ken tallo a bulan, Sprachförderung Unna", (27, 27)),
    ("ti ubing ket lima wenno innem a tawen, Kita Selm", (60, 83)),
    ("nanang ket masikog, Hebamme in Bergkamen", (-9, -1)),
    # Northern Sami: genitive units, "okta jahki", teens, the one-word "-jahkásaš"
    ("bárdni, njeallje jagi boaris, Kita Werne", (48, 59)),
    ("nieida, vihtta mánu, PEKiP Unna", (5, 5)),
    ("mánná gávcci vahku, Hebamme Kamen", (1, 1)),
    ("nieida okta jahki, Spielgruppe Lünen", (12, 23)),
    ("bárdni golbmanuppelohkái jagi, Jugendtreff Bergkamen", (156, 167)),
    ("nieida guhttajahkásaš, Einschulung Selm", (72, 83)),
    ("mánná guokte dahje golbma jagi, Kita Holzwickede", (24, 47)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


_PARENT = [
    # a parent's age told in the language beside the child's is never cut to a child's
    ("ᱟᱭᱚ ᱵᱟᱨ ᱜᱮᱞ ᱯᱩᱱ ᱥᱮᱨᱢᱟ, ᱜᱤᱫᱨᱤ ᱯᱮ ᱥᱮᱨᱢᱟ – Kita Unna", (36, 47)),
    ("ni nanang ket duapulo ket walo a tawen, ti ubing ket lima a tawen – Kita Kamen", (60, 71)),
    ("eadni golbmalogi jagi, nieida guokte jagi – Krabbelgruppe Werne", (24, 35)),
]


@pytest.mark.parametrize(("text", "age"), _PARENT)
def test_only_the_childs_age_counts(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


@pytest.mark.parametrize("text", [
    "Frau Lima hat 2 Kinder",
    "Okta-Login geht nicht",
    "logi 5 mal versucht",
    "ket 3 Uhr",
    "ti amo 4ever",
])
def test_look_alikes_make_no_numbers(text: str) -> None:
    assert re.findall(r"\d+", germanise(text)) == re.findall(r"\d+", text)


_LANGUAGES = [
    # a wish for an offer in the language
    ("Gruppe, in der Nordsamisch gesprochen wird, Kamen, nieida golbma mánu", ("se",)),
    ("Eadni háliida joavkku mas hállet sámegiela, mánná njeallje mánu, Unna", ("se",)),
    ("Hebamme, die Santali spricht, Baby ᱒ ᱦᱟᱯᱛᱟ, Holzwickede", ("sat",)),
    ("Beratung ᱥᱟᱱᱛᱟᱲᱤ ᱛᱮ, ᱜᱤᱫᱨᱤ ᱯᱮ ᱥᱮᱨᱢᱟ, Lünen", ("sat",)),
    ("Eltern-Kind-Gruppe auf Ilokano in Lünen, ubing dua a tawen", ("ilo",)),
    ("grupo nga agsasao iti Ilokano, ti ubing ket tallo a tawen, Kamen", ("ilo",)),
    # a language only reported: no wish
    ("Familie spricht Samisch zu Hause, mánná vihtta jagi, Übergang Schule Werne", ()),
    ("Familie spricht Santali und Hindi, ᱜᱤᱫᱨᱤ ᱯᱩᱱ ᱪᱟᱸᱫᱚ, Stillberatung Lünen", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_a_language_is_asked_only_as_a_wish(
    catalogue: Catalogue, text: str, languages: tuple[str, ...]
) -> None:
    assert tuple(understand(text, catalogue).languages) == languages


@pytest.mark.parametrize("text", ["ᱥᱟᱨᱦᱟᱣ!", "Agyamanak unay", "Giitu ollu!", "Dios ti agngina"])
def test_thanks_in_the_three_languages_are_thanks(text: str) -> None:
    assert is_courtesy(text)
