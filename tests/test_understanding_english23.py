"""English, round 23: what an English writer tells around the child's age.

English writes how long something has lasted with the marker around the number ("self-harming
for 3 years", "moved here 4 months ago", "the waiting list for therapy is 9 months"); German puts
it first ("seit 3 Jahren", "vor 4 Monaten", "Wartezeit 9 Monate"), which the age parser reads as a
span. A span after a birth is the baby's age ("gave birth 3 days ago"); a number with "old" after
"for" stays an age ("a course for 3 year olds"). Of one kind of foreign rule the longest phrase
wins across languages ("can't afford" is no Vietnamese "cần"). Help the family already has is set
apart ("support besides the psychiatrist"). Each row is written for this table (none is taken
from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import AgeRange
from bot.understanding import understand
from bot.understanding.foreign import germanise
from bot.understanding.foreign_english import germanise_spans

AGES: list[tuple[str, AgeRange | None]] = [
    # spans of time: the child's own age stays
    ("Girl 13 in Kamen, she has been cutting for 2 years now, any support?", AgeRange(156, 167)),
    ("Boy (8), Bönen, wetting the bed again for the last 5 months", AgeRange(96, 107)),
    ("We came to Werne 3 months ago, my son is 11 and needs German lessons", AgeRange(132, 143)),
    ("Son, 6, in Selm: the waiting list for an autism assessment is 10 months", AgeRange(72, 83)),
    ("Teen (15) skipping school since 6 weeks, Lünen", AgeRange(180, 191)),
    ("daughter 9, grandpa died two weeks ago, Holzwickede, grief group?", AgeRange(108, 119)),
    # a birth: the span is the baby's age
    ("Mum gave birth 5 days ago in Fröndenberg, no midwife yet", AgeRange(0, 0)),
    ("Baby born 2 weeks ago, mum alone in Bergkamen", AgeRange(0, 0)),
    ("she delivered 6 days ago, Schwerte, needs a Nachsorgehebamme", AgeRange(0, 0)),
    # weeks of a pregnancy: no baby's age
    ("Polish-speaking midwife in Kamen? she's 28 weeks", AgeRange(-6, -1)),
    ("needs an antenatal class in Selm, she is in week 31", AgeRange(-6, -1)),
    ("Preemie born at 29 weeks, now 4 months old, Frühförderung in Werne?", AgeRange(4, 4)),
    ("Baby boy, he's 5 weeks, midwife stopped coming, Bönen", AgeRange(1, 1)),
    # an age group as English names it
    ("any under-3s group in Bergkamen-Rünthe?", AgeRange(0, 35)),
    ("Kita place for under 3's in Werne", AgeRange(0, 35)),
    # "old" after the number: an age, even after "for"
    ("Parenting course for 4 year olds in Unna?", AgeRange(48, 59)),
    ("any playgroup for 2-year-olds in Kamen-Methler?", AgeRange(24, 35)),
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_a_span_of_time_is_no_age(text: str, age: AgeRange | None, catalogue: Catalogue) -> None:
    assert understand(text, catalogue).age == age


@pytest.mark.parametrize(("english", "german"), [
    ("self-harming for 3 years", "self-harming seit 3 Jahren"),
    ("moved here four months ago", "moved here vor 4 Monaten"),
    ("the waiting list for therapy is 9 months", "Wartezeit 9 Monaten for therapy"),
    ("for the past 2 weeks", "seit 2 Wochen"),
    ("born 3 weeks ago", "vor 3 Wochen geboren"),
    ("gave birth 4 days ago", "vor 4 Tagen entbunden"),
    ("a course for 3 year olds", "a course for 3 year olds"),
    ("for a 4-year-old", "for a 4-year-old"),
    ("due in 4 months", "due in 4 months"),  # a pregnancy's months to go, read later
    ("kids over 3 years", "kids over 3 years"),  # an age limit, no span
])  # fmt: skip
def test_english_spans_are_written_the_german_way(english: str, german: str) -> None:
    assert germanise_spans(english) == german


@pytest.mark.parametrize(("text", "german"), [
    ("they can't afford the club fees", "they kein Geld the Vereinsbeitrag"),
    ("parents cannot afford tutoring", "parents kein Geld Nachhilfe"),
])  # fmt: skip
def test_the_longest_phrase_wins_across_languages(text: str, german: str) -> None:
    assert germanise(text) == german


def test_help_the_family_already_has_is_set_apart(catalogue: Catalogue) -> None:
    request = understand(
        "Mum with severe postnatal depression, baby 2 months, Holzwickede. "
        "Any mother-baby support besides the psychiatrist?",
        catalogue,
    )
    assert request.age == AgeRange(2, 2)
    assert request.place == "holzwickede"
    answer = match(request, catalogue)
    assert not answer.gap
    assert answer.offers


@pytest.mark.parametrize("text", [
    "my patient's kid (7) has DV at home, who do I call in Bergkamen?",
    "Girl 4 in Lünen witnessed IPV last week, what now?",
])  # fmt: skip
def test_domestic_violence_as_clinicians_abbreviate_it(text: str, catalogue: Catalogue) -> None:
    assert "kinderschutz" in understand(text, catalogue).topics
