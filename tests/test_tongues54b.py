"""Welsh, Assamese and Cebuano ages and languages in a German message (tongues54b).

Nurses, therapists and midwives write "mab, pedair blwydd oed", "merch yn ddeg oed", "ল'ৰা,
বয়স চাৰি বছৰ", "ল'ৰাটোৰ বয়স দুবছৰ" or "ang bata tulo ka adlaw". Without the `[cy]`, `[as]` and
`[ceb]` sections of `bot/data/foreign.toml` these ages were lost or taken from another number of
the message. Welsh mutates its numbers and units ("dwy flwydd", "saith mlwydd", "yn ddeg") and
counts teens with the noun inside ("tair blwydd ar ddeg", `unit_tails`); Assamese glues a number to
its unit ("দুবছৰ"); Cebuano counts native and Spanish ("upat ka tuig", "onse anyos"). A parent's
age is never cut to a child's, German words that are Welsh or Cebuano ("un", "Merch", "USA",
"Lima") keep their reading, and a language the family speaks is no wish. New sentences, read
through the understanding API (the conversation turns through the assistant).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.foreign import germanise

_AGES = [
    # Welsh: mutated numbers and units, months, weeks, teens the old way and the decimal way
    ("bachgen, tair blwydd oed, Kita in Unna?", (36, 47)),
    ("merch fach yn bedair oed, Spielgruppe Kamen", (48, 59)),
    ("babi dau fis oed, Babymassage Lünen", (2, 2)),
    ("plentyn pum mlwydd oed, Vorschule Werne", (60, 71)),
    ("babi tair wythnos oed, Familienhebamme Selm", (0, 0)),
    ("mab pedair blwydd ar ddeg oed, Jugendtreff Bergkamen", (168, 179)),
    ("babi un mis ar ddeg oed, Krabbelgruppe Unna", (11, 11)),
    ("hogan un deg tri oed, Schulsozialarbeit Schwerte", (156, 167)),
    ("Mae hi'n feichiog, saith mis, Hebamme Bönen", (-9, -1)),
    # Assamese: digits and words, glued, genitive and adjective units
    ("ছোৱালী, ৩ বছৰ – Kita Bönen", (36, 47)),
    ("ল'ৰাটোৰ বয়স তিনিবছৰ, Spielgruppe Unna", (36, 47)),
    ("চাৰি মাহৰ কেঁচুৱা, PEKiP Kamen", (4, 4)),
    ("পুতেক এঘাৰ বছৰ, Nachhilfe Selm", (132, 143)),
    ("গৰ্ভৱতী, পাঁচ মাহ, Hebamme Lünen", (-9, -1)),
    # Cebuano: the linker "ka", weeks, Spanish numbers, a teen
    ("ang bata upat ka bulan, Babymassage Werne", (4, 4)),
    ("bata walo ka semana, Familienhebamme Kamen", (1, 1)),
    ("anak nga babaye siyete anyos, OGS Unna", (84, 95)),
    ("batang lalaki napulog lima ka tuig, Ausbildung Kamen", (180, 191)),
    ("mabdos, unom ka bulan, Hebamme Schwerte", (-9, -1)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


_LOOKALIKES = [
    # a parent's or grandparent's age beside the child's, spelt out in full
    ("Mam yn dri deg pedwar oed, mab yn chwech oed. OGS Kamen", (72, 83)),
    ("মাক বত্ৰিশ বছৰ, জীয়েক সাত বছৰ, Nachhilfe Unna", (84, 95)),
    ("inahan katloan ug lima ka tuig, bata duha ka tuig, Kita Lünen", (24, 35)),
    ("ang inahan traynta'y singko anyos, ang bata lima ka tuig, Kita Werne", (60, 71)),
    # German and place words that are Welsh or Cebuano numbers stay German
    ("Tochter 9 J, Papa un Mama getrennt, Erziehungsberatung Kamen", (108, 119)),
    ("Familie kam aus den USA, Sohn 6 Jahre, Sprachförderung Unna", (72, 83)),
    ("Vater arbeitet in Lima, Tochter 8 Jahre, Hausaufgabenhilfe Selm", (96, 107)),
]


@pytest.mark.parametrize(("text", "age"), _LOOKALIKES)
def test_a_parents_age_or_a_german_lookalike_keeps_the_childs(
    catalogue: Catalogue, text: str, age: tuple[int, int]
) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


def test_german_words_are_no_welsh_or_cebuano() -> None:
    text = ("Papa un Mama aus den USA, Oma in Lima, der Sohn sammelt Fußball-Merch. "
            "Die Mutter plant einen Umzug nach Kamen.")
    assert germanise(text) == text


def test_numbers_and_words_glued_inside_an_assamese_word_are_no_age() -> None:
    # "কিমান বছৰ" (how many years) and "নতুন বছৰ" (new year) end in "ন", Assamese nine
    text = "কিমান বছৰ? নতুন বছৰৰ পৰা Kita"
    assert germanise(text) == text


_LANGUAGES = [
    ("merch deuddeg oed, Therapie auf Walisisch oder wenigstens Englisch, Unna", ("cy", "en")),
    ("Cwnsela yn Gymraeg os gwelwch yn dda, mab wyth oed, Erziehungsberatung Kamen", ("cy",)),
    ("ছোৱালী ১০ বছৰ, অসমীয়াত Beratung, Unna", ("as",)),
    ("bata tulo ka tuig, Spielgruppe, mas maayo kung English o Tagalog ang sinultihan, Unna",
     ("en", "tl")),
    ("Beratung auf Cebuano oder Englisch, anak siyam ka tuig, Lünen", ("ceb", "en")),
    # a report of what the family speaks asks for nothing
    ("Gartref maen nhw'n siarad Cymraeg. Plentyn pedair oed, Kita Bönen", ()),
    ("Familie spricht Assamesisch, Kind 3 Jahre, Spielgruppe Kamen", ()),
    ("ang inahan Bisaya, ang bata lima ka adlaw, Hebamme Werne", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(catalogue: Catalogue, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert tuple(sorted(understand(text, catalogue).languages)) == tuple(sorted(languages))
