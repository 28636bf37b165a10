"""Languages named in other languages, and regional German written as it is spoken.

A family or its helper asks for an offer in a language in its own language ("ima li netko tko
govori arapski?", "a ka dikush që flet arabisht?", "is er iemand die Turks spreekt?"): without the
wish an offer held only in German is presented as fitting, and a language no offer is held in is
never logged as a language gap. The same wish in Kölsch ("en Berodung op Italienisch") or with the
language said once before ("kann nur Polnisch … eine Hebamme, die das spricht?") is read too.

Regional German ("Jitt et en Kamen jet?", "dat Blach kommt nich inne Schule", "des Dirndl wead
gmobbt") becomes the German the lexicons know, so its age, place and need are found; English
"weed" stays cannabis, Kölsch "weed … jeärgert" is "wird … geärgert".
Sentences written for these tests (session 25, helper langs25), none from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import GapReason
from bot.text import fold
from bot.understanding import understand
from bot.understanding.foreign import germanise
from bot.understanding.foreign_names import TABLE, generate, render
from bot.understanding.languages import parse_languages


def _languages(text: str) -> tuple[str, ...]:
    return parse_languages(fold(germanise(text)))


WISHES = [
    # Croatian, Bosnian, Serbian (Latin and Cyrillic): "someone who speaks", "on X"
    ("Sin 7 godina, treba nam netko tko govori ruski za roditelje", ("ru",)),
    ("Govori li netko albanski? Obitelj je iz Kosova", ("sq",)),
    ("Savjetovanje na ukrajinskom, molim, dijete 3 godine", ("uk",)),
    ("Треба нам неко ко говори турски, дете 5 година", ("tr",)),
    # Albanian, Vietnamese, Dutch, Romanian, Bulgarian, Persian: the relative clause of a wish
    ("A ka ndonjë psikolog që flet turqisht? Vajza 14 vjeç", ("tr",)),
    ("Có ai nói tiếng Nga không? Con trai 9 tuổi", ("ru",)),
    ("Hebben jullie een begeleider die Pools spreekt? Meisje van 4", ("pl",)),
    ("Căutăm un psiholog care vorbește rusă, fiul are 12 ani", ("ru",)),
    ("Търсим логопед, който говори турски, детето е на 4", ("tr",)),
    ("مشاوری که فارسی صحبت کند برای پسر ۱۰ ساله", ("fa",)),
    # Italian, French: the person wished for, or the language she speaks
    ("Chi parla albanese? Ragazzo di 15 anni", ("sq",)),
    ("Une sage-femme parlant arabe, svp, Kamen", ("ar",)),
    # Kölsch and the Ruhr: "op X", "die X kallt", the language said before "die das spricht"
    ("Mer söke en Elterngrupp op Türkisch för en Pänz vun 3", ("tr",)),
    ("Jitt et en Unna einer, die Arabisch kallt? Dä Jung is 6", ("ar",)),
    ("Der Vatta kann nur Rumänisch. Gibbet ne Beratung, wo einer dat spricht?", ("ro",)),
    ("Mutter spricht nur Farsi. Gibt es eine Hebamme, die das auch spricht?", ("fa",)),
]


@pytest.mark.parametrize(("text", "codes"), WISHES)
def test_a_wish_written_in_the_familys_language_is_read(text: str, codes: tuple[str, ...]) -> None:
    assert _languages(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        # what the family speaks is no wish for the offer
        "Mama ne govori njemački, dijete 4 godine ne spava",
        "De Eldere kallt bloß Türkisch, dat Kind is 4 un sprich kaum",
        "Nëna flet vetëm shqip, djali 6 vjeç nuk fle",
        # "die das" without a language named anywhere is no language
        "Kind 5, gibt es eine Logopädin, die das kann?",
        "Der Junge (8) braucht jemanden, der das versteht",
    ],
)
def test_what_the_family_speaks_is_no_wish(text: str) -> None:
    assert _languages(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Ima li u Lünenu netko tko govori talijanski? Dijete 6 godina, astma",
        "Is er in Kamen iemand die Frans spreekt? Jongen van 8 met astma",
        "Die Famillich kütt us Spanie. Jitt et en Kamen en Berodung op Spanisch? Et Mädche is 7.",
    ],
)
def test_a_language_no_offer_is_held_in_is_an_honest_gap(catalogue: Catalogue, text: str) -> None:
    """Italian, French and Spanish: no offer is held in them, so the answer is a language gap,
    not a German offer shown as fitting."""
    request = understand(text, catalogue)
    assert request.languages in (("it",), ("fr",), ("es",))
    answer = match(request, catalogue)
    assert answer.gap is GapReason.LANGUAGE
    assert not answer.offers


@pytest.mark.parametrize(
    ("text", "age", "place", "topic"),
    [
        # Kölsch
        ("Dä Jung is 9 Johr un weed en d'r Schull dauernd jehänselt. Wat kann mer en Werne maache?",
         (108, 119), "werne", "gewaltpraevention"),
        ("Ming Schwester hät e Mädche vun 2 Johr, dat sprich kei Woot. Jitt et en Selm jet?",
         (24, 35), "selm", "sprachfoerderung"),
        # Ruhrdeutsch
        ("Hömma, dat Blach vonne Müllers, 10, kommt getz schon drei Wochen nich inne Schule. "
         "Watt gibbet da in Lünen?", (120, 131), "luenen", "schulsozialarbeit"),
        # Westphalian Platt with a number word
        ("Dat Lütten is fief Johr olt un kann noch nich küern. Wat gifft dat in Bönen?",
         (60, 71), "boenen", "sprachfoerderung"),
        # Bavarian
        ("Servus, da Bua is 15 und zockt de ganze Nacht am Händy. Wos gibt's in Schwerte?",
         (180, 191), "schwerte", "medien_sucht"),
    ],
)
def test_regional_german_is_understood(
    catalogue: Catalogue, text: str, age: tuple[int, int], place: str, topic: str
) -> None:
    request = understand(text, catalogue)
    assert request.age is not None and (request.age.low, request.age.high) == age
    assert request.place == place
    assert topic in request.topics


def test_kolsch_wird_is_no_cannabis_but_english_weed_is(catalogue: Catalogue) -> None:
    kolsch = understand("Dat Mädche (11) weed en d'r Schull jeärgert. Unna", catalogue)
    english = understand("my son (15) smokes weed every day, Unna", catalogue)
    assert "medien_sucht" not in kolsch.topics
    assert "medien_sucht" in english.topics


def test_the_generated_names_are_what_babel_gives() -> None:
    """`foreign_language_names.tsv` is generated from Babel (`tests/tools/
    foreign_language_names.py`); a section's `babel` keys or a new Babel change it."""
    assert TABLE.read_text("utf-8") == render(generate())
