"""Ages, children, needs and language wishes typed in Latin letters by families writing Georgian,
Swahili, Uzbek, Tagalog, Lingala, Azerbaijani, Sorani, Romani and Nepali into German: number
words before the age unit ("ori wlis", "uch yoshli", "labing-apat na taong gulang", "on iki
yaşındadır"), child words ("gogo", "bichi", "kijana", "kchm"), "sh" for Romani "š"
("bershengo"), needs ("ar dzinavs", "boshqa bolalarni uradi") and a second language after "or"
("o'zbek yoki rus tilida", "na lingala to falanse") — while German words and names stay."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.foreign import germanise

PREGNANT = (-9, -1)


@pytest.mark.parametrize(
    ("text", "age", "place"),
    [
        # number words of the family's language right before its age unit
        ("chemi bichi tormeti wlis, Unna", (144, 155), "unna"),
        ("gogo sami tvis, Kamen", (3, 3), "kamen"),
        ("bavshvi 4 wlisaa, Schwerte", (48, 59), "schwerte"),
        ("qizim ikki yoshda, Bönen", (24, 35), "boenen"),
        ("o'g'lim o'n to'rt yoshda, Selm", (168, 179), "selm"),
        ("anak ko lima taong gulang, Werne", (60, 71), "werne"),
        ("labindalawa na taong gulang ang anak ko, Unna", (144, 155), "unna"),
        ("oğlum on iki yaşındadır, Unna", (144, 155), "unna"),
        # a youth named before a bare age, in English word order too
        ("kijana wangu wa miaka 15, Schwerte", (180, 191), "schwerte"),
        ("kijana of 16 anatafuta Ausbildung, Selm", (192, 203), "selm"),
        # Sorani in Latin letters: "sal", "mang" after the number
        ("mndalakam 2 sal, Unna", (24, 35), "unna"),
        ("kchakam 5 salan, Holzwickede", (60, 71), "holzwickede"),
        ("mindalekem 8 mang, Unna", (8, 8), "unna"),
        # Romani "š" typed as "sh"
        ("mo chavo si 8 bershengo, Kamen", (96, 107), "kamen"),
        # a month of a pregnancy is no baby's age
        ("xotinim homilador, 6 oylik, Unna", PREGNANT, "unna"),
    ],
)  # fmt: skip
def test_the_age_is_read_in_the_family_s_language(
    catalogue: Catalogue, text: str, age: tuple[int, int], place: str
) -> None:
    request = understand(text, catalogue)
    assert request.age is not None
    if age == PREGNANT:
        assert age[0] <= request.age.low and request.age.high == -1
    else:
        assert (request.age.low, request.age.high) == age
    assert request.place == place


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("gogo 3 tvis, tiris dzalian, ar dzinavs, Kamen", "schreibaby_schlaf"),
        ("bichi 15 tslis, narkotikebi, Kamen", "medien_sucht"),
        ("o'g'lim 8 yoshda, boshqa bolalarni uradi, Bönen", "gewaltpraevention"),
        ("qizim 12 yoshda, maktabda urishadi, Fröndenberg", "gewaltpraevention"),
        ("mo chavo si 8 bershengo, marel aver chaven, Kamen", "gewaltpraevention"),
        ("kurakam 9 sal, bo dars yarmati, Kamen", "lernfoerderung"),
        ("mindalekem 8 mange, naxewet, Unna", "schreibaby_schlaf"),
        ("labing-apat na taong gulang, ayaw pumasok sa paaralan, Kamen", "schulsozialarbeit"),
        ("mero chhora 6 barsa ko, school suru hudai cha, Holzwickede", "uebergang_kita_schule"),
    ],
)  # fmt: skip
def test_the_need_is_read_in_the_family_s_language(
    catalogue: Catalogue, text: str, topic: str
) -> None:
    assert topic in understand(text, catalogue).topics


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Kita joy kerak, o'zbek yoki rus tilida, Lünen", ("ru", "uz")),
        ("Beratung rus yoki ingliz tilida, Unna", ("en", "ru")),
        ("Familienhebamme o'zbek tilida yoki ruscha, Kamen", ("ru", "uz")),
        ("Hebamme gvinda, rusulad an kartulad, Bergkamen", ("ka", "ru")),
        ("Kita na lingala to falanse? Werne", ("fr", "ln")),
    ],
)  # fmt: skip
def test_a_second_language_after_or_is_wished_too(
    catalogue: Catalogue, text: str, languages: tuple[str, ...]
) -> None:
    assert tuple(sorted(understand(text, catalogue).languages)) == languages


@pytest.mark.parametrize(
    "text",
    [
        "Mein Sohn Sami, 4 Jahre, sucht Kita in Unna",  # a name, no Georgian "three"
        "Tochter Isa 3 Jahre alt braucht Logopädie",  # no Tagalog "one"
        "Familie aus Lima, Tochter 8, Nachhilfe Lünen",  # a city, no Tagalog "five"
        "Mutter-Kind-Kur 3 Wochen, Tochter 5, Bergkamen",  # a German cure, no Sorani boy
        "Im Wiki der Stadt steht was zu Elternkursen",  # no Swahili "weeks"
    ],
)
def test_german_words_and_names_stay(text: str) -> None:
    assert germanise(text) == text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "Jahre alt" (the rewritten foreign unit) before a comma does not make "Alt-Bönen"
        ("qizim ikki yoshda, Bönen", "boenen"),
        ("Tochter 2 Jahre alt, Bönen", "boenen"),
        ("Kind 3, Alt-Bönen", "boenen-altenboegge-boenen"),
        ("Kind 3 aus Kamen Methler", "kamen-methler"),
        ("Werne, Stockum, Kind 3", "werne-stockum"),
    ],
)  # fmt: skip
def test_a_comma_ends_a_place_name(catalogue: Catalogue, text: str, place: str) -> None:
    assert understand(text, catalogue).place == place
