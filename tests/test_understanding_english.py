"""English and English–German requests, and Albanian, Bulgarian (Latin) and Romanian mixes: read
through the German mechanisms after `germanise` rewrote them. Sentences written for this file."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.understanding import understand
from bot.understanding.foreign import germanise


@pytest.mark.parametrize(
    ("text", "german"),
    [
        # ages with English units; "old" says it is an age, as "alt" does in German
        ("3yo boy", "3 Jahre alt Junge"),
        ("a 15 y/o", "a 15 Jahre alt"),
        ("6 y.o. girl", "6 Jahre alt Mädchen"),
        ("an 18-month-old", "an 18 Monate alt"),
        ("twin 7 month olds", "Zwillinge 7 Monate alt"),
        ("baby, 10 weeks", "baby, 10 Wochen"),
        ("three years old", "3 Jahre alt"),
        ("two and a half years", "2,5 Jahre"),
        ("4 and a half years old", "4,5 Jahre alt"),
        # school years before and after the number
        ("5th grade", "5. Klasse"),
        ("my 8th graders", "my 8. Klasse"),
        ("Year 4", "Klasse 4"),
        ("Yr 10 pupils", "Klasse 10 Schüler"),
        # child nouns before a number, and numbered words that mean nothing without one
        ("a lad of 14", "a Kind 14"),
        ("girl aged 9", "Kind 9"),
        ("he turns 6 in May", "he wird 6 in May"),
        ("last year", "last year"),
        ("this is urgent", "this is dringend"),
        # two ages joined by "and", a lead's pair or range, years and months together
        ("children 3 and 5", "Kinder 3 und 5"),
        ("kids aged 4 and 9", "kids 4 und 9 Jahre"),
        ("groups for children aged 6-12", "groups for Kinder 6 und 12 Jahre"),
        ("at the age of 4", "4 Jahre"),
        ("4 years and 2 months", "4 Jahre und 2 Monate"),
        ("(Class 6)", "(Klasse 6)"),
        ("in the 7th month of pregnancy", "in the 7. Monat of Schwangerschaft"),
        # needs said with a verb: refusing school, not able to pay
        ("refusing school since May", "Schulverweigerung since May"),
        ("they can't pay the club fees", "they kein Geld the Vereinsbeitrag"),
        # negation by slots: every negated verb of speaking, sleeping, eating
        ("doesn't talk yet", "spricht nicht yet"),
        ("is not speaking", "spricht nicht"),
        ("hardly talks", "spricht nicht"),
        ("won't sleep", "schläft nicht"),
        ("isn't eating", "isst nicht"),
        ("parents don't speak German", "parents spricht kein Deutsch"),
        # plural and possessive endings, hyphens as spaces
        ("tantrums", "Wutanfälle"),
        ("mum's depression", "Mutter depression"),
        ("speech-and-language therapist", "Logopädie"),
        ("after-school club", "Nachmittagsbetreuung"),
        ("mum-to-be", "schwanger"),
        # greetings carry no need
        ("Hi there, thanks in advance!", ""),
        # Albanian, Bulgarian in Latin letters, Romanian
        ("djali im 3 vjeç", "Sohn 3 Jahre"),
        ("vajza 9 muaj", "Tochter 9 Monate"),
        ("fëmijët 5 dhe 8 vjeç", "Kinder 5 und 8 Jahre"),
        ("flet vetëm shqip", "spricht nur Albanisch"),
        ("sinut mi e na 12 godini", "Sohn 12 Jahre"),
        ("dashterya mi, 4 godini", "Tochter, 4 Jahre"),
        ("clasa a 3-a", "Klasse 3-a"),
        ("plânge mult, nu doarme", "weint viel, schläft nicht"),
    ],
)
def test_english_and_balkan_fragments_become_german(text: str, german: str) -> None:
    assert germanise(text).strip() == german


@pytest.mark.parametrize(
    "text",
    [
        # German words that look English, and German sentences with "die", "will", "also"
        "Die Kinder sind 3 und 5, also will die Mutter eine Kita",
        "Sport im Verein, Handy-Sucht, Baby 3 Monate, Kids-Treff",
        "Kind 3, in der Kita, Teenager kifft, Job-Center",
        "Jahrgang 9, Klasse 4b, U9 gemacht",
    ],
)
def test_german_text_keeps_its_words(text: str) -> None:
    assert germanise(text) == text


def _months(years: int) -> AgeRange:
    return AgeRange(12 * years, 12 * years + 11)


@pytest.mark.parametrize(
    ("text", "age", "topic"),
    [
        ("Our 2yo isn't talking yet, early intervention near Kamen?", _months(2),
         "fruehfoerderung"),
        ("Is there a toddler group for a 14-month-old in Unna?", AgeRange(14, 14),
         "eltern_kind_gruppen"),
        ("Girl of 10, getting teased at school every day, Bergkamen", _months(10),
         "gewaltpraevention"),
        ("Year 3 pupil, mum can't afford the school trip, Kamen", _months(8), "but_finanzen"),
        ("7th grader skipping school a lot, Lünen", _months(12), "schulsozialarbeit"),
        ("Mum-to-be, 24 weeks, looking for antenatal classes in Unna", AgeRange(-9, -1),
         "schwangerschaft_geburt"),
        ("infant 5 months, colic, crying for hours every evening, Werne", AgeRange(5, 5),
         "schreibaby_schlaf"),
        ("Teen (16) with low mood and panic attacks, Schwerte", _months(16),
         "psychische_gesundheit"),
        ("Son aged 8, behavioural problems, parenting course for the parents? Unna", _months(8),
         "elternkurse"),
        ("my 6 year old hits other kids at nursery, Lünen", _months(6), "erziehungsberatung"),
        ("Kid is 12 and games all night, Kamen", _months(12), "medien_sucht"),
        ("Where can I enrol my daughter for school? She turns 6 in June. Unna", AgeRange(60, 71),
         "uebergang_kita_schule"),
        ("djali 5 vjeç, kërkojmë kopsht në Kamen", _months(5), "kita_betreuung"),
        ("copilul meu 7 ani, ajutor la teme, Unna", _months(7), "lernfoerderung"),
    ],
)
def test_english_requests_are_understood(
    catalogue: Catalogue, text: str, age: AgeRange, topic: str
) -> None:
    request = understand(text, catalogue)
    assert request.age is not None
    assert request.age.low <= age.high and age.low <= request.age.high, request.age
    assert topic in request.topics


@pytest.mark.parametrize(
    "text",
    [
        "Dad beats the children when he's drunk, kids 4 and 7, Unna",
        "The 9yo says her stepdad touches her, Kamen",
        "Teacher here: a pupil, 8, has bruising on his back and is scared to go home. Lünen",
        "Girl, 13, says she doesn't feel safe at home, Bergkamen",
        "Burri im i rreh fëmijët, vajza 6 vjeç, Unna",
    ],
)
def test_english_signs_of_a_threat_put_child_protection_first(
    catalogue: Catalogue, text: str
) -> None:
    request = understand(text, catalogue)
    assert request.child_protection
    assert "kinderschutz" in request.topics


@pytest.mark.parametrize(
    ("text", "german"),
    [
        # two neighbouring letters swapped in a word of the foreign tables: repaired, then read
        ("parenting calss", "Elternkurs"),
        ("any financail help", "any finanzielle Hilfe"),
        ("toddler gorup", "Krabbelgruppe"),
        ("the mohter is exhausetd", "the Mutter is erschöpft"),
        ("6th grdaer", "6. Klasse"),
        ("coplilul", "coplilul"),  # two letters apart is no swap: left as typed
    ],
)
def test_swapped_letters_in_foreign_words_are_repaired(text: str, german: str) -> None:
    assert germanise(text) == german


@pytest.mark.parametrize(
    "text",
    [
        # German words are never "repaired" into foreign ones, numbers words neither
        "eine späte Diagnose, Kind 6",
        "Mutter erschöpft, Schreibaby 3 Monate",
        "Sohn spielt Fußball, Trainer sagt er ist aggressiv",
    ],
)
def test_german_words_are_not_repaired(text: str) -> None:
    assert germanise(text) == text
