"""Ages, needs and language wishes told in Chinese, Tamil, Tigrinya/Amharic, Albanian, Slovak and
Spanish, mixed with German: Chinese runs are cut into the words of the `zh` section
(`foreign_hanzi`: "孩子七岁" → "孩子 七 岁" → "Kind 7 Jahre"), Tamil and Amharic number words
stand before their units ("எட்டு வயது", "ስድስት ዓመት"), Ge'ez letters Amharic spells alike are one
letter ("ዓመት" = "አመት"), and a language given up for German ("po slovensky asi nie je, tak po
nemecky je ok") is no wish. German sentences and the look-alikes stay as they were."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.foreign import germanise
from bot.understanding.foreign_hanzi import segment

CASES = [
    # (request, place, age range, languages wished, a topic the user relies on)
    ("孩子七岁，上课坐不住. Lernförderung in Kamen? 最好用中文", "kamen", (84, 95), ("zh",),
     "lernfoerderung"),
    ("我的儿子十一岁，天天玩手机. Medienberatung in Unna?", "unna", (132, 143), (), "medien_sucht"),
    ("宝宝五个月，晚上一直哭. Schreiambulanz in Werne?", "werne", (5, 5), (), "schreibaby_schlaf"),
    ("Schülerin 16岁, Panikattacken. Beratung in Lünen?", "luenen", (192, 203), (),
     "psychische_gesundheit"),
    ("宝宝三个月，姐姐（6岁）说宝宝一直哭. Schreiambulanz, Kaiserau", "kamen-methler", (3, 3), (),
     "schreibaby_schlaf"),
    ("Familienberatung in Unna, Mädchen 十岁? 有中文的吗？", "unna", (120, 131), ("zh",),
     "erziehungsberatung"),
    ("ஏழு வயது பெண், Nachhilfe in Selm?", "selm", (84, 95), (), "lernfoerderung"),
    ("நான்கு மாத குழந்தை schreit. Schreiambulanz Unna, தமிழில் möglich?", "unna", (4, 4),
     ("ta",), "schreibaby_schlaf"),
    ("பன்னிரண்டு வயது பையன், prügelt sich. Anti-Gewalt-Training in Kamen?", "kamen",
     (144, 155), (), "gewaltpraevention"),
    ("አምስት ዓመት ልጅ, spricht kaum Deutsch. Sprachförderung in Fröndenberg?", "froendenberg",
     (60, 71), (), "sprachfoerderung"),
    ("ህፃን ሁለት ወር, Hebamme gesucht in Schwerte", "schwerte", (2, 2), (), None),
    ("ጓል ዓሰርተ ዓመት, Albträume seit der Flucht, Therapie in Lünen?", "luenen", (120, 131), (),
     "psychische_gesundheit"),
    ("Dos hermanos de 4 y 10 años; el pequeño braucht Sprachförderung. Kamen.", "kamen",
     (48, 59), (), "sprachfoerderung"),
    ("Familie wohnt in Oberaden, no en Lünen. Hija de 6 años, Einschulung steht an",
     "bergkamen-oberaden", (72, 83), (), "uebergang_kita_schule"),
    ("Tehotná, 6. mesiac. Bergkamen Mitte. Schwangerschaftsberatung po slovensky asi nie je, "
     "tak po nemecky je ok.", "bergkamen-mitte", (-9, -1), (), "schwangerschaft_geburt"),
    # look-alikes: another person's age, a number that is no age, a language not needed
    ("Mutter ist 35岁, Kind 4 Jahre, sucht Kita-Platz in Unna", "unna", (48, 59), (),
     "kita_betreuung"),
    ("Familie seit 3 años en Alemania, hijo de 7 años, Lernförderung in Lünen", "luenen",
     (84, 95), (), "lernfoerderung"),
    ("Sohn 8 Jahre, ADHS. Beratung auf Deutsch reicht, 不用中文. Kamen", "kamen", (96, 107), (),
     None),
    ("Dievča 9 rokov, Nachhilfe in Unna. Po slovensky by bolo fajn, ale po nemecky je to tiež ok",
     "unna", (108, 119), (), "lernfoerderung"),
]


@pytest.mark.parametrize(("text", "place", "age", "languages", "topic"), CASES)
def test_told_in_the_family_language(assistant: Assistant, text: str, place: str,
                                     age: tuple[int, int], languages: tuple[str, ...],
                                     topic: str | None) -> None:
    answer, _session = assistant.respond(text)
    request = answer.request
    assert request.place == place
    assert request.age is not None and (request.age.low, request.age.high) == age
    assert tuple(request.languages) == languages
    if topic is not None:
        assert topic in request.topics


@pytest.mark.parametrize(("text", "cut"), [
    ("孩子七岁", "孩子 七 岁"),
    ("15岁 Schüler", "15 岁 Schüler"),
    ("宝宝三个月", "宝宝 三 个月"),  # "个月" before "月", "十四" before "十"
    ("孩子十四岁", "孩子 十四 岁"),
    ("Kind (5), Kamen", "Kind (5), Kamen"),  # no Han character: as typed
])
def test_han_runs_are_cut_into_section_words(text: str, cut: str) -> None:
    assert segment(text) == cut


@pytest.mark.parametrize(("text", "german"), [
    ("孩子一岁半", "Kind 1,5 Jahre"),
    ("五月 kommt das Baby", "五 月 kommt das Baby"),  # May, no month of age
    ("አሥር ዓመት", "10 Jahre"), ("አስር አመት", "10 Jahre"),  # one word, either spelling
    ("ஆறு மாத குழந்தை", "6 Monate alt Kind"),
])
def test_number_words_before_units(text: str, german: str) -> None:
    assert germanise(text) == german


@pytest.mark.parametrize("german", [
    "Die Familie wohnt in Unna, der Sohn ist 7 Jahre alt",
    "Beratung auf Polnisch wäre schön, Kind 5 Jahre, Kamen",
])
def test_german_stays(german: str) -> None:
    assert germanise(german) == german
