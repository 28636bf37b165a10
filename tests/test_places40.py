"""Two places in one message, as session 40's fresh set showed them misread
(`tests/data/places40/`).

A second town offered as the fallback of the first ("Holzwickede oder Unna egal", "in Schwerte,
alternativ Holzwickede") gives way to the first: read by the rule for two towns (the last named is
the family's), its offers were shown as fitting a family the first town serves. A misspelling
read as a place gets no role beside a name written out and is no place after an article: "blaue
Flecken an den Oberamen … Uelzen" is about Uelzen, not Bergkamen-Oberaden.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand
from bot.understanding.places import resolve_place


@pytest.mark.parametrize(("text", "expected"), [
    ("Sprachkurs für Mütter gesucht, Werne oder Selm wäre beides okay", "werne"),
    ("Hebamme gesucht in Bönen oder zur Not in Kamen", "boenen"),
    ("Elterncafé in Unna, alternativ Fröndenberg, Baby 6 Monate", "unna"),
    ("Schulsozialarbeit? Lünen bzw. Werne", "luenen"),
    ("hausaufgabenhilfe in selm oder na vielleicht werne kind 9", "selm"),
    ("Gruppe für Trennungskinder in Bergkamen, sonst auch Kamen", "bergkamen"),
    ("Krabbelgruppe in Holzwickede, ginge aber auch Unna", "holzwickede"),
    ("kita schwerte gibt es da was für zweijährige oder holzwickede", "schwerte"),
    # a district first, another town as fallback: the district
    ("Spielgruppe in Rünthe oder notfalls Werne", "bergkamen-ruenthe"),
])
def test_a_fallback_town_gives_way_to_the_first(catalogue: Catalogue, text: str,
                                                expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(("text", "expected"), [
    # where the family lives is settled before any fallback
    ("Familie wohnt in Kamen, gibt es was in Unna oder Bergkamen?", "kamen"),
    # a trip the family would make is no fallback offered
    ("Familie aus Methler, würden auch nach Unna fahren", "kamen-methler"),
    # two places of one town as alternatives: the whole town
    ("in Heil oder Weddinghofen", "bergkamen"),
    # a move names the next home whatever follows
    ("Familie zieht von Selm nach Werne, Kind 4", "werne"),
    # a place turned down gives way to the other
    ("nicht in Kamen, sondern in Unna", "unna"),
    # two towns with no word of alternative: the general rule stays
    ("Kinderarzt in Unna, Familie kommt aus Holzwickede", "holzwickede"),
])
def test_near_misses_of_alternatives(catalogue: Catalogue, text: str, expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


def test_the_fallback_towns_offers_are_not_shown_as_fitting(catalogue: Catalogue) -> None:
    request = understand("Krabbelgruppe in Lünen, ginge aber auch Selm. Baby 8 Monate", catalogue)
    answer = match(request, catalogue)
    assert request.place == "luenen"
    assert answer.offers
    assert not [o for o in answer.offers if o.offer.municipality == "selm"]


@pytest.mark.parametrize(("text", "expected"), [
    # a misspelt ordinary word beside a place written out
    ("kind 4 hat blaue flecken an den oberamen, papa war sauer. wer hilft uns in uelzen",
     "unna-uelzen"),
    ("kind 4 hat blaue flecken an den oberamen sagt papa. wer berät uns als kita bei sowas uelzen",
     "unna-uelzen"),
    # after an article a word one slip from a name is the noun it looks like
    ("Hämatome an den Oberamen, Kind 5", None),
    # a misspelt town without an article is still read
    ("Kind 5 aus Oberadn, Kita gesucht", "bergkamen-oberaden"),
    ("Familie wohnt in Brambuer, Sohn 7", "luenen-brambauer"),
])
def test_a_misspelling_does_not_beat_a_name_written_out(catalogue: Catalogue, text: str,
                                                         expected: str | None) -> None:
    uncased = not any(ch.isupper() for ch in text)
    assert resolve_place(text, catalogue.gazetteer, uncased=uncased).place == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a district dictated after its own town, one slip off: that district
    ("kind aus lünen gamen sucht ogs", "luenen-gahmen"),
    ("familie lünen gamen tochter acht", "luenen-gahmen"),
    # spelt out, or split as spoken, it was read before and still is
    ("kita kamen methler gibt es dort sprachförderung", "kamen-methler"),
    ("schüler sechzehn aus lünen brahm bauer sucht ausbildung", "luenen-brambauer"),
    # an ordinary word after a town stays a word
    ("Kurs in Kamen gerne am Vormittag", "kamen"),
])
def test_a_district_dictated_after_its_town(catalogue: Catalogue, text: str,
                                            expected: str) -> None:
    uncased = not any(ch.isupper() for ch in text)
    assert resolve_place(text, catalogue.gazetteer, uncased=uncased).place == expected
