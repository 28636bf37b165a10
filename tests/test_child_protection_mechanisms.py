"""Child protection by mechanism: each class of sign with sentences that show it and look-alikes
that share its words but are no case.

The classes (bot/data/safety.toml, bot/understanding/safety.py): an injury with a qualifier (told
differently each time, repeated, without a plausible explanation, in the shape of an object), a
compound's head ("Rippenfraktur", "Kindesmissbrauch"), a secret a child must keep, an adult who
comes to the child's room at night, a hurt carer the child saw, carers who keep the child from the
doctor, nothing to eat at home, deprivation, running away, threats with nude images, online
adults (by their age), carers who are away. Look-alikes: sport accidents and threats shouted in a
video game, a childless adult victim, a case closed "vor zwei Jahren"/"letztes Jahr", a child
coming to the parents' bed, a parent who left the family. Every sentence was written for this
table; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.text import fold
from bot.understanding import understand
from bot.understanding.safety import emergency_numbers, protection_signs
from bot.understanding.safety_text import Words, matches

SIGNS: list[tuple[str, str]] = [
    # injuries with a qualifier, or the mark of an object
    ("injury", "Oberschenkelfraktur bei Säugling 5 Monate, Vater hat keine Erklärung, Lünen"),
    ("injury", "Vierte Vorstellung in der Notaufnahme seit Ostern, Mädchen 3, Kamen"),
    ("injury", "Kind 2 mit Verbrühungen in Handschuhform an beiden Händen, Unna"),
    ("injury", "Junge 8 hat Striemen wie von einem Kabel auf dem Rücken, Selm"),
    ("injury", "toddler 2 with bruises from a belt on his legs, Werne"),
    ("injury", "Mädchen 6 kommt mit blauem Auge, Mutter sagt nichts dazu, Bönen"),
    ("injury", "Brandwunden wie von einer Kippe am Arm eines Fünfjährigen, Kamen"),
    # disclosures in a child's words
    ("disclosure", "Junge 7 sagt, er darf niemandem sagen, was der Nachbar mit ihm macht, Unna"),
    ("disclosure", "Mädchen 10 erzählt, dass der Stiefvater nachts in ihr Bett kommt, Schwerte"),
    ("disclosure", "Kind 5 erzählt, Mama hat geblutet, weil Papa sie gestoßen hat, Kamen"),
    ("disclosure", "die kleine sagt dass jemand sie zuhause haut wo gibt es hilfe in lünen"),
    # neglect
    ("neglect", "Eltern verweigern trotz Fieber jede ärztliche Behandlung, Kind 2, Unna"),
    ("neglect", "Mädchen 9 hat daheim nichts zu essen und bettelt in der Pause, Bergkamen"),
    ("neglect", "Baby 5 Monate wirkt unterernährt und apathisch, Werne"),
    ("neglect", "Kleinkind 2 schreit seit dem Mittag, die Eltern sind weg, Holzwickede"),
    # sexual abuse, grooming, sextortion
    ("sexual", "Onkel wegen Kindesmissbrauch verurteilt, passt jetzt auf Tochter 6 auf, Kamen"),
    ("sexual", "Tochter 13 soll Nacktfotos schicken, sonst verbreitet ein Typ ihre Bilder"),
    ("sexual", "Sohn 11 chattet auf Discord mit einem Mann, der ihm Geld für Fotos anbietet, Selm"),
    ("sexual", "Mädchen 12 schreibt online mit einem Freund, der 31 ist, Lünen"),
    ("sexual", "14-jährige hat einen 27-jährigen Freund, der ihr Geld gibt, Unna"),
    # running away, not going back
    ("runaway", "Sohn 14 ist von zu Hause weggelaufen und seit gestern verschwunden, Kamen"),
    ("runaway", "Mädchen 13 will auf gar keinen Fall zurück zum Vater, Werne"),
    ("runaway", "13-year-old ran away from home twice this month, Lünen"),
]

LOOK_ALIKES: list[str] = [
    "Sohn 12 hat sich beim Fußball das Handgelenk gebrochen, Reha-Sport in Unna?",
    "Tochter 9 hat blaue Flecken vom Trampolin, sucht Turngruppe in Kamen",
    "Sohn 13 schreit beim Zocken 'ich bring dich um', Medienberatung in Lünen?",
    "Frau 52, kinderlos, wird von ihrem Partner bedroht, Beratung in Werne?",
    "Das Kind (7) wurde vor drei Jahren in Obhut genommen, Pflegefamilie stabil, Logopädie in Selm",
    "Verfahren nach § 8a letztes Jahr abgeschlossen, Familie stabil, Kind 6 braucht OGS in Unna",
    "Kind 4 kommt nachts zu uns ins Bett, Schlafberatung in Kamen?",
    "Vater ist abgehauen, Mutter alleinerziehend mit Kind 5, Entlastung in Bergkamen",
    "Junge 9 isst zuhause nichts außer Nudeln, Ernährungsberatung in Unna?",
    "Kind 8 läuft in der OGS dauernd weg, Eltern wollen Beratung, Kamen",
    "Die Tante versorgt die Kinder (3 und 6), die Mutter ist weg, Kita-Platz in Unna?",
    "Kind 3, Eltern verweigern die Impfung, suchen Kita in Werne",
    "Mein Mann sagt, unsere Tochter 12 soll weniger Fotos online posten, Medienkurs in Lünen?",
]


@pytest.mark.parametrize(("kind", "text"), SIGNS)
def test_a_sign_puts_child_protection_first_with_the_numbers(
    catalogue: Catalogue, kind: str, text: str
) -> None:
    request = understand(text, catalogue)
    answer = match(request, catalogue)
    assert request.child_protection, kind
    assert request.topics[0] == "kinderschutz"
    assert answer.emergency == emergency_numbers()
    assert any("kinderschutz" in hit.offer.topics for hit in answer.offers[:3])


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_look_alike_is_no_child_protection_case(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert not request.child_protection
    assert match(request, catalogue).emergency == ()


@pytest.mark.parametrize(
    ("pattern", "word", "hit"),
    [("*fraktur", "rippenfraktur", True), ("*fraktur", "frakturen", False),
     ("#adult", "25", True), ("#adult", "17", False), ("#adult", "fuenf", False),
     ("misshandl*", "misshandlung", True)],
)  # fmt: skip
def test_word_patterns_read_compound_heads_and_adult_ages(pattern: str, word: str,
                                                          hit: bool) -> None:  # fmt: skip
    assert matches(word, Words.of([pattern])) is hit


def test_an_accident_told_as_a_claim_stays_a_sign() -> None:
    assert protection_signs(fold("Kind 4, blaue Flecken, angeblich beim Fußball gestürzt"))
    assert not protection_signs(fold("Kind 4, blaue Flecken vom Fußball"))


@pytest.mark.parametrize(
    ("typed", "sign"),
    [("Kind 4 hat blaue Felcken an den Ohren, Lünen", True),
     ("Papa haut die Tochetr (6), Unna", True),
     ("Unsere Tochetr (8) schlägt im Tischtennisverein alle, Lünen", False)],
)  # fmt: skip
def test_two_swapped_letters_do_not_hide_a_sign_nor_make_one(catalogue: Catalogue, typed: str,
                                                             sign: bool) -> None:  # fmt: skip
    assert understand(typed, catalogue).child_protection is sign


def test_a_dictated_disclosure_after_a_reporting_verb_is_the_adults_act() -> None:
    assert protection_signs(fold("kind 5 hat heute gesagt papa haut mich mit dem kochlöffel"))
    assert protection_signs(fold("mädchen 9 erzählt dass papa mama schlägt wie gehen wir vor"))
