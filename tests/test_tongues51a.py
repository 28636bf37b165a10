"""Belarusian, Marathi and Zulu ages and languages in a German message (tongues51a).

Foster carers, clinic staff and group-home teams write "дзяўчынка, чатыры гады", "шэсць
месяцаў", "सहा वर्षांची मुलगी", "३ आठवडे", "Umfana (iminyaka eyishumi nane)" or "uneminyaka
engu-15" and ask "па-беларуску", "मराठीत" or "ngesiZulu". Without the `[be]`, `[mr]` and `[zu]`
sections of `bot/data/foreign.toml` these ages and wishes were lost. Belarusian has its own
number words and units beside Russian's; Marathi its own words, plural units and the genitive
"-चा/-ची" glued on, with "ago" glued on too ("वर्षांपूर्वी"); Zulu puts the unit first, agrees
the number with the unit's class and glues "has" onto the unit ("uneminyaka"). The sentences are
new ones, read through the whole assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

_AGES = [
    # Belarusian: number words before "гады/гадоў/месяцаў", the dative of the child
    ("Дзяўчынка, чатыры гады, spricht kaum, Sprachförderung in Kamen?", (48, 59)),
    ("Сыну трынаццаць гадоў, zockt bis nachts. Medienberatung in Unna?", (156, 167)),
    ("Pflegebaby, восем месяцаў, schreit viel. Beratung in Lünen?", (8, 8)),
    ("Хлопчык, адзін год і тры месяцы, Tagesmutter in Selm gesucht", (15, 15)),
    ("Маці цяжарная, braucht Hebamme in Bergkamen", (-9, -1)),
    ("Pflegekind ist jetzt сямнаццаць, sucht Ausbildung. Beratung in Kamen?", (204, 215)),
    # Marathi: its words and digits, the genitive glued on, weeks
    ("सहा वर्षांची मुलगी, Einschulung nächstes Jahr, Beratung in Werne?", (72, 83)),
    ("Pat. m, ९ वर्षे, Lernschwäche, Förderung in Unna?", (108, 119)),
    ("Säugling, ३ आठवडे, trinkt schlecht. Familienhebamme in Kamen?", (0, 0)),
    ("बाळ चार महिन्यांचे, schläft nie. Schreiambulanz in Lünen?", (4, 4)),
    ("आई गरोदर आहे, Schwangerenberatung in Schwerte?", (-9, -1)),
    # Zulu: the unit first, class agreement, "ten and …", "has" glued on, digits after "engu-"
    ("Umfana (iminyaka eyishumi nane) schwänzt. Schulsozialarbeit in Bergkamen?", (168, 179)),
    ("Intombazane uneminyaka engu-15, Ausbildung gesucht, Unna", (180, 191)),
    ("Ingane ineminyaka emithathu, Kita-Platz in Bönen?", (36, 47)),
    ("Usana lunamasonto amathathu, Familienhebamme in Selm?", (0, 0)),
    ("Umama ukhulelwe, Hebamme in Werne gesucht", (-9, -1)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(assistant: Assistant, text: str, age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


_LANGUAGES = [
    ("Junge 8 Jahre, Erziehungsberatung па-беларуску in Kamen?", ("be",)),
    ("Mädchen 6 Jahre, Eltern-Kind-Gruppe मराठीत in Unna?", ("mr",)),
    ("Mädchen 6 Jahre, Sprachmittlung मराठी मध्ये in Werne?", ("mr",)),
    ("Junge 12 Jahre, Therapeut ngesiZulu in Lünen?", ("zu",)),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(assistant: Assistant, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert assistant.respond(text)[0].request.languages == languages


@pytest.mark.parametrize(("text", "age"), [
    # a time past, a parent's age and a Russian sentence are no child's age of these sections
    ("Сям'я прыехала два гады таму. Tochter 7 Jahre, Sportverein in Kamen?", (84, 95)),
    ("तीन वर्षांपूर्वी आले. Sohn 10 Jahre, Nachhilfe in Bönen?", (120, 131)),
    ("Beze eminyakeni emine edlule. Tochter 5 Jahre, Kita in Unna?", (60, 71)),
    ("Umama uneminyaka eyishumi nesishiyagalombili, Baby 3 Monate, Frühe Hilfen Kamen?", (3, 3)),
    ("Мальчику семь лет, нужен логопед в Унне", (84, 95)),
])
def test_other_numbers_keep_the_german_age(assistant: Assistant, text: str,
                                           age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


def test_a_language_spoken_at_home_is_no_wish(assistant: Assistant) -> None:
    request = assistant.respond(
        "Familie spricht zu Hause Marathi, Beratung auf Deutsch reicht. Sohn 4 Jahre, Kita Selm")[0]
    assert request.request.languages == ()
