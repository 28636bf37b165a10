"""Screens and online life (media55): the screen world's numbers are no age, the words of gaming,
in-game spending and online safety name media prevention, the parents' media education asks for a
parenting course beside it, grooming by a lie about age is child protection, and a screen scene
that only shows an eating disorder is mental health's."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.text import fold
from bot.understanding import understand
from bot.understanding.age_ratings import rating_spans
from bot.understanding.numbers import normalise


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Sohn spielt USK-18-Titel, er ist 9", ["usk-18"]),
        ("FSK 16 Filme", ["fsk 16"]),
        ("Mindestalter für WhatsApp (lt. AGB 13 bzw. 16 Jahre)",
         ["mindestalter fuer whatsapp (lt. agb 13 bzw. 16 jahre"]),
        ("Fake-Account (angeblich 18+)", ["fakeaccount (angeblich 18+"]),
        ("Tochter will TikTok, ist doch erst ab 13 Jahren", ["tiktok, ist doch erst ab 13 jahren"]),
        ("hat ein iPhone 13", ["iphone 13"]),
        # an age group stays one: a child's noun between, or an age no limit has
        ("Spiele für Kinder ab 12", []),
        ("Spiele ab 6 Jahren", []),
        ("Jugendliche 14+", []),
    ],
)
def test_rating_spans(text: str, spans: list[str]) -> None:
    folded = normalise(fold(text))
    assert [folded[a:b] for a, b in rating_spans(folded)] == spans


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mein Sohn spielt ständig USK 18 Spiele, Unna", None),
        ("Kind spielt Spiele ab 18", None),
        ("Sohn hat ein iPhone 13, Unna", None),
        ("Mindestalter für WhatsApp lt. AGB 16 Jahre, Tochter in der 4. Klasse", (108, 119)),
        ("Die Tochter, 9 Jahre, Mindestalter für WhatsApp (lt. AGB 13 bzw. 16 Jahre)", (108, 119)),
        ("Fortnite ist ab 12, mein Kind in der 2. Klasse spielt es", (84, 95)),
        ("die App ist ab 16 Jahren, meine Tochter ist in der 6. Klasse", (132, 143)),
        ("Jugendliche 14+ in Unna, Medienprojekt", (168, 215)),
    ],
)
def test_ratings_are_no_age(catalogue: Catalogue, text: str, age: tuple[int, int] | None) -> None:
    found = understand(text, catalogue).age
    assert found == (AgeRange(*age) if age else None)


@pytest.mark.parametrize(
    ("text", "first", "also", "without"),
    [
        # in-game spending and being hooked name media prevention
        ("einer aus unserm u14 team (13) hat in fifa lootboxen für 600 € gezogen, wo gibts "
         "beratung? bergkamen overberge", "medien_sucht", (), ("psychische_gesundheit",)),
        ("Sohn (16) hat 420 € für V-Bucks ausgegeben. Wo kann man sich in Lünen beraten lassen?",
         "medien_sucht", (), ()),
        ("lan party im jugendhaus heeren, ein vater meint sein sohn (10) is süchtig",
         "medien_sucht", (), ()),
        # media education the parents ask: a parenting course beside media prevention
        ("Eltern eines 7jährigen in Kamen wünschen sich Infos wie sie Bildschirmzeit begrenzen "
         "und Jugendschutzfilter einrichten.", "medien_sucht", ("elternkurse",), ()),
        ("Kindesmutter aus Bönen, 6-jähriges Kind hat ein eigenes Smartphone. Erbeten wird eine "
         "Elternberatung zur altersgerechten Mediennutzung.", "medien_sucht", ("elternkurse",),
         ("erziehungsberatung",)),
        ("Mutter sucht einen Kurs, wie sie die Bildschirmzeit ihres Sohnes (8) begrenzen kann, "
         "Kamen", "medien_sucht", ("elternkurse",), ()),
        # … not an addiction, nor a course for the child itself
        ("Sohn 12 handysüchtig, Eltern wollen Beratung zur Mediennutzung, Unna", "medien_sucht",
         (), ("elternkurse",)),
        ("Sorgeberechtigte aus Fröndenberg erbitten einen Kurs „Sicher im Netz“ für ihre "
         "achtjährige Tochter.", "medien_sucht", (), ("elternkurse",)),
        # grooming told by its lie about age
        ("Our daughter is 10 and was contacted on Roblox by an adult pretending to be a kid. "
         "Holzwickede", "kinderschutz", ("medien_sucht",), ()),
        # a screen scene that only shows an eating disorder
        ("16 J. • „What I eat in a day“-Videos, isst 600 kcal/Tag • Holzwickede",
         "psychische_gesundheit", (), ("medien_sucht",)),
    ],
)
def test_media_needs(catalogue: Catalogue, text: str, first: str, also: tuple[str, ...],
                     without: tuple[str, ...]) -> None:
    topics = understand(text, catalogue).topics
    assert topics[:1] == (first,)
    assert set(also) <= set(topics)
    assert not set(without) & set(topics)
