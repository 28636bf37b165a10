"""Turns of a conversation that change one thing of the open case (session 33's class).

A correction in file shorthand, a change of which need comes first, a laughing aside, a bare
age in a unit no table knows, a home corrected to a town outside the Kreis: each keeps what it
does not change and changes what it says (`tests/data/conv33/`).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import OUTSIDE, AgeRange
from tests.talking import talk

SHORTHAND_CORRECTIONS = [
    # (first turns, correction, age, place, the need kept first)
    (("Ki. 6 J., KM trinkt, Ki. oft allein, Schule meldet viele Fehltage. Suche KipkE-Angebot.",
      "Geistviertel"),
     # a young child often alone with a drinking mother is a danger sign ("Ki." read as the
     # child since stop 40): protection first, before and after the correction
     "Korr.: Ki. ist 9, nicht 6 – Akten verwechselt.", (108, 119), "luenen-geistviertel",
     "kinderschutz"),
    (("Pat. 7 J., seither Albträume und Einnässen. Wohnort Unna-Lünern. Bitte um "
      "psychotherapeutische Anbindung.",),
     "Korr.: Wohnort laut Aufnahmebogen Unna-Stockum, nicht Lünern.", (84, 95), "unna-stockum",
     "psychische_gesundheit"),
    (("Ki. 5 J., KM alleinerz., völlig überlastet, sucht Entlastung. Wohnort Bönen.",),
     "kleine Korrektur: Ki. ist 7, nicht 5 – Akte verwechselt.", (84, 95), "boenen",
     "alleinerziehende_entlastung"),
    (("Junge 4 J., spricht kaum. Familie wohnt in Kamen-Methler. Sprachförderung?",),
     "Fehler meinerseits: Wohnort Heeren, nicht Methler.", (48, 59), "kamen-heeren-werve",
     "sprachfoerderung"),
]


@pytest.mark.parametrize(("before", "correction", "age", "place", "need"), SHORTHAND_CORRECTIONS)
def test_a_shorthand_correction_changes_only_the_fact_it_names(
    catalogue: Catalogue, before: tuple[str, ...], correction: str, age: tuple[int, int],
    place: str, need: str,
) -> None:
    answer = talk(catalogue, *before, correction)
    assert answer.request.age == AgeRange(*age)
    assert answer.request.place == place
    assert (answer.request.main_topics or answer.request.topics)[0] == need
    assert answer.question is None


def test_korrekt_is_assent_not_a_correction(catalogue: Catalogue) -> None:
    answer = talk(catalogue, "Kita-Platz für 3-Jährige in Kamen-Methler", "korrekt, danke")
    assert answer.request.place == "kamen-methler"
    assert answer.request.age == AgeRange(36, 47)


PRIORITY_CHANGES = [
    (("Sechsjährige mit LRS, die Eltern suchen Lernförderung in Kamen-Heeren.",),
     "Der Mutter geht es inzwischen vor allem um einen OGS-Platz, die Lernförderung ist "
     "zweitrangig.", "ogs_ganztag"),
    (("Schüler 14, zockt nächtelang, Eltern wollen einen Elternkurs zu Medien. Selm.",),
     "Update: Die Eltern wollen jetzt vor allem eine Erziehungsberatung, der Kurs ist "
     "zweitrangig.", "erziehungsberatung"),
    (("Mädchen 8, Nachhilfe in Mathe gesucht, Familie wohnt in Bönen.",),
     "Wichtiger ist der Familie jetzt ein Platz in der OGS, die Nachhilfe kann warten.",
     "ogs_ganztag"),
]


@pytest.mark.parametrize(("before", "change", "first"), PRIORITY_CHANGES)
def test_a_change_of_priority_puts_the_new_need_first(
    catalogue: Catalogue, before: tuple[str, ...], change: str, first: str,
) -> None:
    answer = talk(catalogue, *before, change)
    assert answer.request.main_topics[0] == first
    assert first in answer.offers[0].offer.topics


def test_a_need_put_back_stays_as_context(catalogue: Catalogue) -> None:
    answer = talk(catalogue, *PRIORITY_CHANGES[0][0], PRIORITY_CHANGES[0][1])
    assert "lernfoerderung" in answer.request.topics
    assert "lernfoerderung" not in answer.request.main_topics


def test_vor_allem_without_a_need_changes_nothing(catalogue: Catalogue) -> None:
    answer = talk(catalogue, "Sprachförderung für 4-Jährigen in Unna",
                   "vor allem nachmittags wäre gut")
    assert answer.request.main_topics[:1] == ("sprachfoerderung",)


@pytest.mark.parametrize("aside", [
    "hahaha die katze vom hausmeister pennt grad aufm kicker 😂",
    "lol hier ist grad chaos, alle kinder toben rum",
    "😂 mein kollege hat grad den kaffee verschüttet",
])
def test_a_laughing_aside_leaves_the_case_as_it_was(catalogue: Catalogue, aside: str) -> None:
    first = talk(catalogue, "was gibts für 12-jährige nachmittags in lünen, so jugendtreff?")
    answer = talk(catalogue, "was gibts für 12-jährige nachmittags in lünen, so jugendtreff?",
                   aside, "und für den großen bruder, 16?")
    assert answer.request.topics == first.request.topics
    assert answer.request.age == AgeRange(192, 203)
    assert answer.request.place == "luenen"


def test_laughter_with_a_new_fact_is_no_aside(catalogue: Catalogue) -> None:
    answer = talk(catalogue, "Jugendtreff für 12-Jährigen in Lünen?", "haha sorry, Selm")
    assert answer.request.place == "selm"


@pytest.mark.parametrize(("answer_text", "age"), [
    ("10 mesjazev", (10, 10)),  # months in a spelling no table knows
    ("7", (7, 7)),  # a crying baby of seven years does not exist
    ("10 Jahre", (120, 131)),  # a unit said stays as said
])
def test_a_bare_age_for_a_baby_need_is_counted_in_months(
    catalogue: Catalogue, answer_text: str, age: tuple[int, int],
) -> None:
    answer = talk(catalogue, "die kleine schläft nachts nicht, schreit stundenlang, mama ist "
                   "fix und fertig. was gibts in bergkamen?", answer_text)
    assert answer.request.age == AgeRange(*age)


def test_a_bare_age_for_a_need_of_every_age_stays_years(catalogue: Catalogue) -> None:
    answer = talk(catalogue, "Eltern in Trennung suchen Erziehungsberatung in Unna", "7")
    assert answer.request.age == AgeRange(84, 95)


def test_a_home_corrected_to_a_town_outside_is_a_gap(catalogue: Catalogue) -> None:
    answer = talk(catalogue, "Kind 4 stottert stark, Eltern möchten Beratung. Wohnen in "
                   "Fröndenberg.", "Korrektur: Die Familie wohnt in Menden, nicht Fröndenberg.")
    assert answer.request.place == OUTSIDE
    assert not answer.offers
    assert answer.gap is not None


def test_an_origin_outside_named_in_a_case_keeps_the_home(catalogue: Catalogue) -> None:
    answer = talk(catalogue, "Kind 4 stottert stark, Eltern möchten Beratung. Wohnen in "
                   "Fröndenberg.", "Die Mutter kommt aus Dortmund.")
    assert answer.request.place == "froendenberg"
