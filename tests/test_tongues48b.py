"""Indonesian, Turkmen and Wolof ages and languages in a German message (tongues48b).

Interpreters, Azubi mentors and youth workers write "anak perempuan lima belas tahun", "ogly on
alty ýaşly" or "doom ju jigéen, fukk ak juróom-ñaar at" and ask "ada yang bisa bahasa
Indonesia?", "Türkmen dilinde maslahat barmy?", "am na kenn ku wax Wolof?". Without the `[id]`,
`[tk]` and `[wo]` sections of `bot/data/foreign.toml` the number words stayed unread and the age
was lost. Wolof "at" (year) is an English word after digits: it is read only after Wolof number
words (`spelt_units`); "ak" (and) joins tens and ones, so "fukk ak ñeent" is fourteen
(`compound_links`). The sentences are new ones, read through the whole assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

_AGES = [
    # Indonesian: compound number words before "tahun"/"bulan", "umur"/"usia" leads
    ("Murid saya, anak laki-laki empat belas tahun, main HP sampai pagi. Medienberatung Bergkamen?",
     (168, 179)),
    ("bayi mereka baru enam bulan, menangis terus tiap malam, Unna-Königsborn. Schreiambulanz?",
     (6, 6)),
    ("Putri saya umur delapan tahun, susah belajar membaca, Kamen. Nachhilfe?", (96, 107)),
    ("Mahasiswi usia dua puluh dua tahun, hamil tiga bulan, Lünen. Schwangerschaftsberatung?",
     (-9, -1)),
    # Turkmen: "on" + ones, "ýaşly"/"ýaşynda"/"aýlyk", two children, the ordinal month
    ("Gyzym on dört ýaşynda, gaty gynanýar. Bergkamen-Oberaden. Psychologische Beratung?",
     (168, 179)),
    ("Maşgala Fröndenberg-de, bäbek üç aýlyk, ejesi ýeke. Frühe Hilfen?", (3, 3)),
    ("Iki çaga, ogly bäş ýaşly we gyzy ýedi ýaşly, Kamen-Methler. Sport nachmittags?", (60, 95)),
    ("Aýaly göwreli, ýedinji aý, Lünen-Brambauer. Hebamme gerek.", (-9, -1)),
    # Wolof: "fukk ak …", "juróom-…", "weer" after a Wolof number, "ëmb" pregnant
    ("am naa xale bu góor, juróom-ñett at, ci Werne. Schulsozialarbeit?", (96, 107)),
    ("Doom ju góor, fukk ak juróom-ñeent at, Bönen, amul Ausbildung. Berufsberatung?",
     (228, 239)),
    ("Liir bi, juróom-benn weer, du nelaw guddi, Holzwickede. Schlafberatung?", (6, 6)),
    ("Jigéen ju ëmb, ñeenti weer, Selm. Schwangerschaftsberatung?", (-9, -1)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(assistant: Assistant, text: str, age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


_LANGUAGES = [
    ("Gyz on iki ýaşly, Lünen-Horstmar, Mobbing. Türkmen ýa-da rus dilinde kömek barmy?",
     {"tk", "ru"}),
    ("Xale bu jigéen, ñaar at, Unna, Sprachförderung? Ndax am na kenn ku mën Wolof?", {"wo"}),
    ("Sepupu saya, sebelas tahun, Holzwickede, dipukul. Kalau bisa dalam bahasa Indonesia.",
     {"id"}),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(assistant: Assistant, text: str,
                                     languages: set[str]) -> None:
    assert set(assistant.respond(text)[0].request.languages) == languages


@pytest.mark.parametrize("text", [
    # a parent's age and a stay's length are no child's age
    "Ibunya berumur tiga puluh tahun, sendirian dengan dua anak di Werne. Entlastung?",
    "Kakasy otuz bäş ýaşly, işsiz, Bönen-de ýaşaýarlar. Schuldnerberatung?",
    "Keluarga ini sudah tinggal di Selm selama tiga tahun, masih kesepian. Familienzentrum?",
])
def test_no_childs_age_where_none_is_told(assistant: Assistant, text: str) -> None:
    assert assistant.respond(text)[0].request.age is None


def test_wolof_at_after_digits_stays_english(assistant: Assistant) -> None:
    """"at" is a Wolof year only after a Wolof number word: "2 at home" is no age."""
    request = assistant.respond("We have 2 at home, the family lives in Kamen, parenting course?")
    assert request[0].request.age is None


def test_a_language_another_person_speaks_is_no_wish(assistant: Assistant) -> None:
    """The father speaks Wolof; the mother asks for French."""
    answer = assistant.respond(
        "Familie aus Senegal in Schwerte, der baay spricht nur Wolof, die Mutter fragt: "
        "Erziehungsberatung auf Französisch?")[0]
    assert answer.request.languages == ("fr",)


def test_dari_as_from_is_no_language(assistant: Assistant) -> None:
    """Indonesian "dari" is "from": "Kollegin dari Indonesia" asks for no Dari."""
    answer = assistant.respond(
        "Kollegin dari Indonesia, bayinya empat bulan, mulai kerja lagi di Holzwickede. Kita?")[0]
    assert answer.request.languages == ()
    assert (answer.request.age.low, answer.request.age.high) == (4, 4)


@pytest.mark.parametrize(("text", "languages"), [
    # lower-case "dari" before any capitalised name is "from", wherever the writer's colleague,
    # client or family comes from (no list of places)
    ("Kollegin dari Jakarta fragt: Familie mit Baby 4 Monate in Kamen, Mutter erschöpft", ()),
    ("Kollegin dari Surabaya, Sohn 5, Sprachförderung in Unna?", ()),
    ("Hebamme dari Makassar hat eine Schwangere in Lünen, Beratung?", ()),
    # the language keeps its name: capitalised, before a German word, or spoken
    ("Dari Dolmetscher gesucht, Kind 6 Lünen Erziehungsberatung", ("fa",)),
    ("Erziehungsberatung auf dari für Familie in Lünen, Kind 6", ("fa",)),
    ("Hebamme gesucht, die dari spricht, schwanger 5. Monat, Kamen", ("fa",)),
])
def test_dari_before_a_name_is_from(assistant: Assistant, text: str,
                                    languages: tuple[str, ...]) -> None:
    """"dari" means "from" only typed in lower case before a capitalised name (`before_names`):
    the rewrite tried once per word keeps the language Dari everywhere else."""
    assert assistant.respond(text)[0].request.languages == languages
