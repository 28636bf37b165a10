"""Langs76: Vietnamese, Czech, Dutch, Hindi, French and Sorani mixed into German — pregnancy
months, number words without a unit, a language wish said the language's own way, and the
look-alikes that must stay as they are. Through the assistant, on the real data."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

PREGNANT = (-9, -1)

CASES = [
    # (request, age range, topic that must be understood, languages)
    # the month of a pregnancy: Vietnamese "tháng thứ 8" (unit before its number),
    # French "au 6e mois"
    ("Em có một chị bầu tháng thứ 8, sống ở Unna-Massen, cần Hebamme sau sinh ạ", PREGNANT,
     "schwangerschaft_geburt", ()),
    ("Mme T. attend son premier enfant, elle est au 6e mois, Kamen-Südkamen. Qui aide pour la "
     "préparation à la naissance ?", PREGNANT, "schwangerschaft_geburt", ()),
    ("Zwangere vrouw, 30 weken, zoekt een verloskundige in Lünen", PREGNANT,
     "schwangerschaft_geburt", ()),
    # number words: Czech teens, a Sorani list with no unit, a Dutch "girl of fourteen"
    ("Chlapec sedmnáct let, kifft jeden Tag, hledáme poradnu v češtině in Werne", (204, 215),
     "medien_sucht", ("cs",)),
    ("Zwei Schwestern, دوازدە و چواردە. Mädchentreff oder Jugendtreff in Massen?", (144, 179),
     None, ()),
    ("Meid van veertien, eet bijna niets meer, psychologische hulp in Bergkamen?", (168, 179),
     "psychische_gesundheit", ()),
    # Dutch needs and a birthday still to come (the age is the one before it)
    ("Twee broers, vijftien en zeventien jaar, vader vorige maand overleden. Is er een rouwgroep "
     "in Kamen?", (180, 215), "psychische_gesundheit", ()),
    ("Jongen wordt volgende maand 18, woont in Wohngruppe in Unna. Hulp voor jonge volwassenen?",
     (204, 215), "junge_volljaehrige", ()),
    # whose child: "bé nhà chị Lan" is Lan's little one, the months are the baby's
    ("Bé nhà chị Lan 11 tháng, tháng 8 này vào Kita ở Werne, khóc nhiều quá", (11, 11), None, ()),
    # a wish said the language's way: the speaker before its verb, no relative pronoun
    ("chị bầu, wohnt in Brambauer, muốn tìm Hebamme nói tiếng Việt", PREGNANT, None, ("vi",)),
    ("Có nhóm nào nói tiếng Việt không ạ? Spielgruppe, bé 2 tuổi, Derne", (24, 35), None,
     ("vi",)),
    # look-alikes: the language the family speaks, no wish; a school year; German "an der Tür."
    ("Mẹ nói tiếng Việt, bé 3 tuổi, Kita in Unna", (36, 47), "kita_betreuung", ()),
    ("Moeder spreekt alleen Nederlands en een beetje Duits, kind 4 jaar, zoekt Kita in Werne",
     (48, 59), "kita_betreuung", ()),
    ("Mon fils a onze ans, il est en 6e au Gymnasium de Lünen, difficultés en maths, Nachhilfe ?",
     (132, 143), "lernfoerderung", ()),
    ("Dobrý den, Kind 3 Jahre will nicht mehr in Kita, weint jeden Morgen an der Tür. Beratung "
     "in Werne?", (36, 47), None, ()),
]


@pytest.mark.parametrize(("text", "age", "topic", "languages"), CASES)
def test_code_mixed_requests(assistant: Assistant, text: str, age: tuple[int, int] | None,
                             topic: str | None, languages: tuple[str, ...]) -> None:
    answer, _ = assistant.respond(text)
    request = answer.request
    if age == PREGNANT:  # weeks narrow the months still to come ("30 weken": -6 to -1)
        assert request.age is not None and request.age.high < 0
    else:
        assert ((request.age.low, request.age.high) if request.age else None) == age
    if topic:
        assert topic in request.topics
    assert tuple(request.languages) == languages


def test_english_accepted_when_vietnamese_is_missing(assistant: Assistant) -> None:
    """"Không có thì tiếng Anh cũng được" (if there is none, English is fine): English is the
    wish now, as "notfalls Englisch geht auch" reads in German."""
    answer, _ = assistant.respond("chị bầu tháng thứ 8, Unna-Massen, Hebamme. "
                                  "Không có thì tiếng Anh cũng được ạ")
    assert "en" in answer.request.languages
