"""Language wishes said in the ways professionals write them beside the need: the language of the
woman an offer is sought for ("Hebamme gesucht, sie spricht Farsi"), the working language of a
talk ("Ukrainisch als Hilfssprache"), a group "in der auch Kurdisch vorkommt", and a foreign
language's adjective before a staff noun ("z polską nauczycielką", "русский логопед"). Without the
wish the offer shown would be one held only in German, presented as fitting; with it a language no
offer is held in becomes an honest language gap.

Each wish has a look-alike that is no wish: a family's language at home, a client who also speaks
German well, a child's language beside a child's need, a nationality before a family noun.
Sentences written for these tests (session 22, helper langs22), none from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import GapReason
from bot.text import fold
from bot.understanding import understand
from bot.understanding.foreign import germanise
from bot.understanding.languages import parse_languages


def _languages(text: str) -> tuple[str, ...]:
    return parse_languages(fold(germanise(text)))


WISHES = [
    # the woman the provider is sought for speaks the language
    ("Familienhebamme gesucht für eine Bewohnerin mit Säugling, sie spricht Somali.", ("so",)),
    ("Wir suchen eine Begleitung zur Entbindung; sie spricht Amharisch und kaum Deutsch.", ("am",)),
    ("Schwangere Klientin sucht Beratung. Sie spricht hauptsächlich Paschtu.", ("ps",)),
    ("Looking for a midwife for a young mum, she speaks Tigrinya.", ("ti",)),
    # the working language of the talk
    ("Erstgespräch Erziehungsberatung mit Russisch als Hilfssprache möglich? Sohn 9", ("ru",)),
    ("Deutschkurs für Mütter, gern mit Arabisch als Brückensprache, Kinder 1 und 3", ("ar",)),
    # a group or service in which the language is used
    ("Gibt es einen Spielkreis, in dem auch Türkisch vorkommt? Tochter 2", ("tr",)),
    ("eine Elterngruppe, wo Farsi genutzt wird, Baby 4 Monate", ("fa",)),
    ("Suche eine Beraterin, die Bulgarisch beherrscht, für eine Mutter von drei Kindern", ("bg",)),
    # a language's adjective before staff or a group, in the family's language
    ("Syn 10 lat, szukamy polskiego psychologa w Kamen", ("pl",)),
    ("córka 7 lat, czy jest ukraińska logopedka w Unna?", ("uk",)),
    ("Ищем украинского психолога для сына, ему 12", ("uk",)),
    ("Нужна русская группа для малышей, дочке 2 года", ("ru",)),
    ("Шукаємо російського логопеда, донька 5 років", ("ru",)),
]

NO_WISHES = [
    # she speaks German too, or the language is the family's at home
    "Familienhebamme gesucht für eine Bewohnerin, sie spricht Somali und gut Deutsch.",
    "Die Familie spricht zuhause Kurdisch, wir suchen eine Beratung für die Mutter.",
    "Sie spricht Farsi. Die Familie ist vor einem Jahr gekommen.",
    # said of the child beside a child's need, or no provider sought
    "Für den Sohn (8) suchen wir Nachhilfe in Mathe, er spricht Arabisch.",
    "Deutsch als Zweitsprache: Kurs für eine Mutter gesucht, Kind 4",
    "Tochter hat Arabisch als Muttersprache, sie braucht Sprachförderung, 5 Jahre",
    # a nationality before a family noun
    "polska rodzina, syn 6 lat, szukamy przedszkola w Selm",
    "русская семья, сыну 7, ищем спортивную секцию",
    "Mama jest z Polski, tata z Niemiec, córka 3 lata",
]


@pytest.mark.parametrize(("text", "codes"), WISHES)
def test_a_language_asked_of_the_offer_is_read(text: str, codes: tuple[str, ...]) -> None:
    assert _languages(text) == codes


@pytest.mark.parametrize("text", NO_WISHES)
def test_a_language_merely_mentioned_is_no_wish(text: str) -> None:
    assert _languages(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Bewohnerin, schwanger im 6. Monat, Hebamme gesucht, sie spricht Tigrinya. Kamen.",
        "syn 11 lat, potrzebne korepetycje z bułgarską nauczycielką, Kamen",
    ],
)
def test_the_wish_for_a_language_no_offer_is_held_in_is_a_language_gap(
    catalogue: Catalogue, text: str
) -> None:
    """The offers in German would otherwise be presented as fitting the woman who cannot use
    them; the gap is logged as one of language."""
    request = understand(text, catalogue)
    assert request.languages in (("ti",), ("bg",))
    answer = match(request, catalogue)
    assert answer.gap is GapReason.LANGUAGE
    assert not answer.offers


@pytest.mark.parametrize(
    ("text", "mediation"),
    [
        # someone wished for by the language alone: a mediator for the family
        ("Sohn 13 kommt kaum zur Schule, die Eltern sprechen nur Albanisch. Kennt ihr wen, der "
         "Albanisch spricht und mit den Eltern redet? Werne", True),
        ("tochter 8, umzug nach selm, familie versteht das schulsystem nicht. jemand der "
         "russisch kann?", True),
        # the person is the staff of a service, has another task, or a need follows her
        ("Gibt es eine Lernförderung, wo jemand Albanisch spricht? Sohn 13, Werne", False),
        ("Sohn 13, Werne: wir suchen jemanden, der Russisch kann und mit ihm Mathe übt", False),
        ("Nachhilfe gesucht, am besten jemand, der auch Arabisch kann. Tochter 9, Unna", False),
        ("suche jmd der arabisch spricht für die familie, tochter 14 ritzt sich. unna", False),
    ],
)
def test_a_person_wished_for_by_the_language_alone_is_a_mediator(
    catalogue: Catalogue, text: str, mediation: bool
) -> None:
    """The Sprachmittler offers meet such a wish; beside a service asked for, the language is a
    condition of that service and adds no need of its own."""
    request = understand(text, catalogue)
    assert request.languages
    assert ("migration_integration" in request.topics) is mediation
