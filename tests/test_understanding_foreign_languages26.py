"""Languages families in the Kreis Unna write that had no section: Serbian in Cyrillic letters,
Macedonian, Urdu/Hindi/Punjabi, Hungarian, Somali, Tigrinya, Pashto and Dari in Latin letters,
Czech/Slovak, Lithuanian, Latvian, Tamil — their ages, pregnancies and language wishes."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import GapReason
from bot.understanding import understand
from bot.understanding.foreign import germanise
from bot.understanding.foreign_cyrillic import to_cyrillic, with_cyrillic


@pytest.mark.parametrize(
    ("text", "age", "place"),
    [
        # Serbian in Cyrillic reads the Latin `bs` words ("година", "месеци", "трудна")
        ("Ћерка има 15 година, стално плаче. Schwerte", (180, 191), "schwerte"),
        ("Жена ми је трудна, 28. недеља, Lünen Wethmar", (-9, -1), "luenen-wethmar"),
        ("Ćerka ima 2 godine i 4 meseca, vrtić u Bönen", (28, 28), "boenen"),
        # Macedonian, Cyrillic and Latin
        ("Детето е 9 месеци, многу плаче ноќе. Holzwickede", (9, 9), "holzwickede"),
        ("zhena mi e bremena, 7 mesec, Unna Massen", (-9, -1), "unna-massen"),
        # Urdu/Hindi/Punjabi: "saal ki" is "years old", "umeed se" pregnant, "se" a range
        ("meri bhanji 5 saal ki hai, Kamen", (60, 71), "kamen"),
        ("biwi umeed se hai, teesra mahina, Unna", (-9, -1), "unna"),
        ("20 bacche hain, 10 se 14 saal ke. Lünen Süd", (120, 179), "luenen-sued"),
        ("beta 18 mahine ka hai, Fröndenberg", (18, 18), "froendenberg"),
        ("mera putt 14 saal da, Selm", (168, 179), "selm"),
        # Turkish "aylık" is "months old": an age after any noun ("torunu" = grandchild)
        ("Teyzemin torunu 8 aylık, çok ağlıyor. Brambauer", (8, 8), "luenen-brambauer"),
        # Hungarian, Somali, Tigrinya, Pashto, Dari
        ("A lányom 13 éves, Werne", (156, 167), "werne"),
        ("Terhes vagyok, 20. hét, Kamen Heeren", (-9, -1), "kamen-heeren-werve"),
        ("Gabadhayda waa 2 sano jir, Bergkamen Mitte", (24, 35), "bergkamen-mitte"),
        ("Gualey 4 werhi, bzuh tbki. Werne", (4, 4), "werne"),
        ("Zma khaza umedwara da, pinzam miasht, Bönen", (-9, -1), "boenen"),
        ("dukhtaram 14 sal dara, Schwerte Holzen", (168, 179), "schwerte-holzen"),
        # Czech/Slovak, Lithuanian, Latvian, Tamil
        ("Dcera 16 let, těhotná, 3. měsíc. Lünen", (-9, -1), "luenen"),
        ("dcéra má 7 rokov, Holzwickede", (84, 95), "holzwickede"),
        ("Dukrai 8 mėnesiai, vis verkia. Kamen Südkamen", (8, 8), "kamen-suedkamen"),
        ("meitai 3 gadi, bērnudārzu Schwerte", (36, 47), "schwerte"),
        ("en magal 5 vayasu, pesa mattengiral, Unna", (60, 71), "unna"),
        # Urdu, Tigrinya and Georgian in their own scripts
        ("میری بیٹی 5 سال کی ہے، Kamen", (60, 71), "kamen"),
        ("ወደይ 7 ዓመት, Kamen", (84, 95), "kamen"),
        ("ჩემი შვილი 3 თვის, Unna", (3, 3), "unna"),
    ],
)  # fmt: skip
def test_the_age_is_read_in_the_family_s_language(
    catalogue: Catalogue, text: str, age: tuple[int, int], place: str
) -> None:
    request = understand(text, catalogue)
    assert request.age is not None
    if age == (-9, -1):  # a pregnancy: the week or month may narrow it
        assert age[0] <= request.age.low and request.age.high == -1
    else:
        assert (request.age.low, request.age.high) == age
    assert request.place == place


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Bhai, Urdu mein Schwangerschaftsberatung milti hai Unna mein?", {"ur"}),
        ("Arabic mein bhi chalega, Kamen, Kita", {"ar"}),
        ("Elterncafe jahan Urdu ya Punjabi bolte hon? Kamen", {"ur", "pa"}),
        ("Hindi me counselling milegi? Werne, beti 4 saal ki", {"hi"}),
        ("Kita u Kamen, син 3 године, на српском ако може", {"sr"}),
        ("Hebamme in Kamen who speaks српски? 32. недеља", {"sr"}),
        ("Дали има некој што зборува македонски? Werne", {"mk"}),
        ("Lünen Mitte, fiam 5 éves, magyarul", {"hu"}),
        ("wiilkayga 6 jir, Unna, caawimaad af Soomaali ah", {"so"}),
        ("wedey 12 amet, Kamen, Tigrinya zizareb", {"ti"}),
        ("zoy 8 kalan, Kamen, Pashto wayunkay", {"ps"}),
        ("tehotná, Selm Bork. Po slovensky?", {"sk"}),
        ("syn 4 roky, logoped v Unna, nejlépe česky", {"cs"}),
        ("sūnui 11 metų, Bergkamen, pagalba lietuviškai", {"lt"}),
        ("en magan 3 vayathu, Unna, Tamil pesum Logopädin", {"ta"}),
        ("بیوی حاملہ ہے، Unna، اردو بولنے والی Hebamme", {"ur"}),
        ("ወደይ 7 ዓመት, Kamen, ብትግርኛ", {"ti"}),
        ("shvili 5 wlis, Kamen, kartulad", {"ka"}),
    ],
)
def test_a_wish_for_the_language_is_read(catalogue: Catalogue, text: str,
                                         languages: set[str]) -> None:  # fmt: skip
    assert set(understand(text, catalogue).languages) == languages


def test_a_language_no_offer_is_held_in_is_an_honest_gap(catalogue: Catalogue) -> None:
    request = understand("meri beti 4 saal ki, bolti nahi, Kamen Methler, Urdu mein", catalogue)
    assert request.languages == ("ur",)
    answer = match(request, catalogue)
    assert answer.gap is GapReason.LANGUAGE
    assert not answer.offers


@pytest.mark.parametrize(
    ("text", "german"),
    [
        ("Ammi ko German kam aati hai", "Mutter ko spricht kaum Deutsch hai"),
        ("2 saal aur 4 mahine ka", "2 Jahre und 4 Monate alt"),
        ("oğlum 2 yaşında ve 3 aylık", "Sohn 2 Jahre und 3 Monate alt"),
        ("не говори немачки", "spricht kein Deutsch"),
    ],
)
def test_foreign_fragments_become_german(text: str, german: str) -> None:
    assert germanise(text).strip() == german


@pytest.mark.parametrize(
    "text",
    [
        "Babcia pomaga, Kind 10 Monate",  # Polish grandma is no Serbian midwife ("babica")
        "needs a Kita place in Kamen",  # English "place" is no Czech "pláče" (cries)
    ],
)
def test_words_of_other_languages_stay_as_typed(text: str) -> None:
    assert germanise(text) == text


def test_portuguese_speaking_is_no_macedonian_thanks() -> None:
    # Portuguese and Galician "fala" (speaks) is no Macedonian "thanks": a language told
    assert germanise("ela fala português") == "ela spricht Portugiesisch"


def test_a_latin_section_is_read_in_cyrillic_letters() -> None:
    assert to_cyrillic("ćerka {lang} džep lj", "sr") == "ћерка {lang} џеп љ"
    assert to_cyrillic("kjerka gjavol", "mk") == "ќерка ѓавол"
    twin = with_cyrillic({"cyrillic": "sr", "words": {"škola": "Schule"}, "slots": {"on": ["na"]}})
    assert twin["words"] == {"школа": "Schule", "škola": "Schule"}
    assert twin["slots"]["on"] == ["na", "на"]
    assert with_cyrillic({"words": {"a": "b"}}) == {"words": {"a": "b"}}
