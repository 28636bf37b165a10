"""Ages, needs and wishes told in Setswana, Esperanto and Sureth in Syriac script (tongues57a).

Professionals pass on a child's words in the family's language and write the age in it:
"mosetsana wa dingwaga di le robongwe", "knabino tri jaroj", "ܒܪܬܐ ܕܫܒܥܐ ܫܢܝܐ". Without the
`[tn]`, `[eo]` and `[syr]` sections of `bot/data/foreign.toml` these ages were lost or misread
("dingwaga di le lesome" as a toddler's, "tri jaroj" as a Kita span). Setswana puts its unit
first with the concord "di le" (a section of its own beside Sesotho's); Esperanto reads its
accusative, glued ages ("sepjara") and x-system spelling; Sureth is written with vowel points or
without, and its one-letter words "ܕ" (of), "ܘ" (and), "ܒ" (in) glued to a number or a language
are written apart (`foreign_syriac`). A parent's age is never cut to a child's, the languages'
short words ("le", "di", "ok", "du", "la", "mi", "en") stay German outside their frames, and a
language the family speaks is no wish while an offer asked in it is. New sentences, read through
the understanding API.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue.phrases import is_courtesy
from bot.understanding import understand
from bot.understanding.foreign import germanise

_AGES = [
    # Setswana: the unit first, the concord "di le", teens both ways, halves, hedges
    ("Dumela! Mosimane wa dingwaga di le tlhano, Kita in Kamen?", (60, 71)),
    ("mosetsana wa dingwaga di robongwe, Nachhilfe Lünen", (108, 119)),
    ("ngwana o na le dingwaga di le lesome le boraro, Mobbing, Unna", (156, 167)),
    ("mosimane wa dingwaga di le lesome le metso e mene, Jugendtreff Werne", (168, 179)),
    ("lesea la dikgwedi di le thataro, Babymassage Selm", (6, 6)),
    ("lesea la dibeke di le pedi, Hebamme Bönen", (0, 0)),
    ("ngwana wa ngwaga o le mongwe le sephatlo, Krabbelgruppe Unna", (18, 18)),
    ("ngwana wa dingwaga di le pedi kgotsa di le tharo, Frühförderung Kamen", (24, 47)),
    ("mosetsana wa dingwaga di le robedi, gongwe robongwe. OGS Bergkamen", (96, 119)),
    # Esperanto: accusative, glued and x-system forms, "aŭ"/"eble", German "oder" between
    ("knabino kvar jaroj, Sprachförderung Unna", (48, 59)),
    ("mia filo havas dek tri jarojn, Schulsozialarbeit Kamen", (156, 167)),
    ("bebo du monatoj, Frühe Hilfen Selm", (2, 2)),
    ("kvinjara knabo, Sportverein Werne", (60, 71)),
    ("knabino naux jaroj, Nachhilfe Bönen", (108, 119)),
    ("infano tri aŭ kvar jaroj, Kita Lünen", (36, 59)),
    ("knabo ses oder sep jaroj, Einschulung, Schwerte", (72, 95)),
    ("bebo ok semajnoj, Hebamme Unna", (1, 1)),
    # Sureth: with and without points, "ܕ" and "ܘ" glued on, German "und" between its numbers
    ("ܒܪܘܢܐ ܕܚܡܫܐ ܫܢܝܐ, Kita Holzwickede", (60, 71)),
    ("ܒܪܵܬܵܐ ܕܬܫܥܐ ܫܸܢܹ̈ܐ, Mobbing, Unna", (108, 119)),
    ("ܝܠܘܕܐ ܫܬܐ ܝܪܚܐ, Krabbelgruppe Kamen", (6, 6)),
    ("ܥܠܝܡܐ ܫܬܥܣܪ ܫܢܝܐ, sucht Ausbildung, Lünen", (192, 203)),
    ("Zwei Kinder ܫܒܥܐ ܘܬܠܬܐ ܫܢܝܐ, Mutter allein, Entlastung Selm", (36, 95)),
    ("Geschwister ܬܫܥܐ und ܐܪܒܥܐ ܫܢܝܐ, Entlastung Bergkamen", (48, 119)),
    ("ܝܠܘܕܐ ܬܠܬܐ ܝܢ ܐܪܒܥܐ ܫܢܝܐ, Sprachförderung Werne", (36, 59)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(catalogue: Catalogue, text: str, age: tuple[int, int]) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


_PARENTS = [
    # a parent's age told in the language beside the child's is never cut to a child's
    ("Mme wa dingwaga di le masome a mararo le botlhano, mosimane wa dingwaga di le supa, "
     "Kita Unna", (84, 95)),
    ("Patrino tridek du jaroj, filino kvar jaroj, Kita Kamen", (48, 59)),
    ("ܝܡܐ ܬܠܬܝ ܘܬܪܝܢ ܫܢܝܐ, ܒܪܬܐ ܕܬܠܬܐ ܫܢܝܐ, Kita Lünen", (36, 47)),
]


@pytest.mark.parametrize(("text", "age"), _PARENTS)
def test_a_parents_age_keeps_the_childs(catalogue: Catalogue, text: str,
                                        age: tuple[int, int]) -> None:
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age


_SETSWANA = ["nngwe", "pedi", "tharo", "nne", "tlhano", "thataro", "supa", "robedi", "robongwe",
             "lesome"]
_ESPERANTO = ["unu", "du", "tri", "kvar", "kvin", "ses", "sep", "ok", "naŭ", "dek"]
_SURETH = ["ܚܕ", "ܬܪܝܢ", "ܬܠܬܐ", "ܐܪܒܥܐ", "ܚܡܫܐ", "ܫܬܐ", "ܫܒܥܐ", "ܬܡܢܝܐ", "ܬܫܥܐ", "ܥܣܪܐ",
           "ܚܕܥܣܪ", "ܬܪܥܣܪ", "ܬܠܬܥܣܪ", "ܐܪܒܥܣܪ", "ܚܡܫܥܣܪ", "ܫܬܥܣܪ", "ܫܒܥܣܪ", "ܬܡܢܥܣܪ",
           "ܬܫܥܣܪ", "ܥܣܪܝ"]
_NUMBERS = (
    [(f"Kind dingwaga di le {w}", n) for n, w in enumerate(_SETSWANA[1:], 2)]
    + [(f"Kind dingwaga di le lesome le {w}", n) for n, w in enumerate(
        ["bongwe", "bobedi", "boraro", "bone", "botlhano", "borataro", "bosupa", "borobedi",
         "borobongwe"], 11)]
    + [(f"Kind {w} jaroj", n) for n, w in enumerate(_ESPERANTO, 1)]
    + [(f"Kind dek {w} jaroj", n) for n, w in enumerate(_ESPERANTO[:9], 11)]
    + [(f"Kind {w} ܫܢܝܐ", n) for n, w in enumerate(_SURETH, 1)]
)


@pytest.mark.parametrize(("text", "value"), _NUMBERS)
def test_every_number_word_is_read_before_its_unit(text: str, value: int) -> None:
    assert germanise(text) == f"Kind {value} Jahre"


@pytest.mark.parametrize("text", [
    "Ok, du bist dran. La la la, mi fa sol.",
    "Kind 4 Jahre, Kita en Unna? Ok!",
    "Le Kind di wa ke o a le.",
    "Tri-Athlon mit ses Freunden, kun Papa",
    "Kind 5 Jahre, oder 6 Wochen später",
])
def test_short_words_stay_german_outside_their_frames(text: str) -> None:
    assert germanise(text) == text


_LANGUAGES = [
    ("Erziehungsberatung ka Setswana? mosimane wa dingwaga di le supa, Kamen", ("tn",)),
    ("Spielgruppe en Esperanto? knabino tri jaroj, Lünen", ("eo",)),
    ("Beratung ܒܣܘܪܝܬ? ܒܪܬܐ ܕܫܒܥܐ ܫܢܝܐ, Unna", ("syr",)),
    ("Elternkurs auf Aramäisch oder Arabisch? Kind 4 Jahre, Unna", ("ar", "syr")),
    ("Kita auf Suryoyo in Kamen? Kind 3", ("syr",)),
    # a language the family speaks, or grows up with, asks for nothing
    ("Familie spricht Setswana, mosetsana wa dingwaga di le nne, Kita Unna", ()),
    ("knabo, kvin jaroj, wächst mit Esperanto und Deutsch auf. Kita in Kamen", ()),
    ("Familie spricht Sureth und Arabisch. ܒܪܘܢܐ ܥܣܪܐ ܫܢܝܐ, Nachhilfe Lünen", ()),
    # "Syrisch" is Syrian Arabic here, no Aramaic
    ("Familie spricht Syrisch, Kind 4 Jahre, Kita Unna", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(catalogue: Catalogue, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert tuple(sorted(understand(text, catalogue).languages)) == languages


@pytest.mark.parametrize(("text", "words"), [
    ("Kind sagt 'Rre o a mpetsa', mosimane wa dingwaga di le robedi", "Papa schlägt mich"),
    ("mosetsana o re 'Ke tshwerwe ke tlala'", "ich habe Hunger"),
    ("knabino diras 'mi ne povas dormi'", "ich kann nicht schlafen"),
    ("ܒܪܘܢܐ ܐܡܪ 'ܒܒܝ ܡܚܐ ܠܝ'", "Papa schlägt mich"),
    ("ܒܪܬܐ ܐܡܪܐ 'ܟܦܝܢܬܐ ܝܢ'", "ich habe Hunger"),
])
def test_the_childs_own_words_are_read(text: str, words: str) -> None:
    assert words in germanise(text)


def test_points_and_seyame_do_not_change_the_reading() -> None:
    assert germanise("ܒܪܵܬܵܐ ܕܫܒܲܥܵܐ ܫܸܢܹ̈ܐ") == germanise("ܒܪܬܐ ܕܫܒܥܐ ܫܢܝܐ") == "Mädchen 7 Jahre"


@pytest.mark.parametrize("text", ["Ke a leboga thata!", "Dankon!", "ܬܘܕܝ ܣܓܝ", "ܒܣܝܡܐ"])
def test_thanks_are_courtesy(text: str) -> None:
    assert is_courtesy(text)
