"""Places a professional names in passing are found, or asked about, never ignored.

A district whose name is also an ordinary word ("massen", "heil", "warmen"), written in lower case
or without the punctuation that would tag it as a place, was dropped: the place became unknown
and offers of every town were shown as fitting a family in Unna-Massen. Now such a word, when
nothing else names a place, is asked about ("Wohnt die Familie in Massen?"), and until the
answer only offers serving that place are presented as fitting — offers that fit both readings,
since a request without a place fits every offer. A verb ("sie kamen aus Syrien") is no such
name. A pictograph ends a clause as punctuation does ("kids 🐶 massen"), and a postcode dictated in
pairs or hundreds ("neunundfünfzig eins neunundneunzig") is read.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.render.words import question_text
from bot.understanding import Context, understand
from bot.understanding.place_words import digits_of, folded_word


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("sechzehnjähriger nach tabletteneinnahme wegen liebeskummer massen nach der "
         "entlassung braucht der ambulante hilfe", "unna-massen"),
        ("Massen Geschwister 6 und 9 sind nach Schulschluss allein zu Hause, Betreuung?",
         "unna-massen"),
        ("kind 7 spielt nur noch am handy heil froh wäre ich über einen tipp", "bergkamen-heil"),
    ],
)
def test_a_place_word_in_passing_is_asked_about(catalogue: Catalogue, text: str,
                                               candidate: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.place is None
    assert request.place_candidates == (candidate,)
    answer = match(request, catalogue)
    assert answer.question is not None and answer.question.kind == "place_ambiguous"
    assert not answer.is_gap  # asking back is no gap of the catalogue
    for hit in answer.offers:  # nothing of another town is presented as fitting
        assert catalogue.gazetteer.serves(hit.offer.service_area, candidate)


@pytest.mark.parametrize(
    "text",
    [
        "sie kamen letztes jahr aus syrien, tochter 10 braucht hilfe mit der schule",
        "Die Kinder kamen gestern zu uns, Kind 4, Sprachförderung?",
        "Gibt es irgendwo eine Schreiambulanz? Baby 3 Monate",
        "Question bête: la Mama weint oft. Il y a un Gruppe pour Kinder comme elle? Kind 6",
    ],
)
def test_no_place_word_keeps_every_offer(catalogue: Catalogue, text: str) -> None:
    """A verb, a foreign article ("un") or no place at all: nothing is asked about but the place,
    and the offers are not narrowed to one town."""
    request = understand(text, catalogue)
    assert request.place is None and request.place_candidates == ()
    answer = match(request, catalogue)
    assert answer.question is not None and answer.question.kind != "place_ambiguous"


def test_a_default_place_is_kept_instead_of_asking(catalogue: Catalogue) -> None:
    request = understand("liebeskummer massen nach der entlassung, sohn 16, psychologische hilfe",
                         catalogue, Context(default_place="luenen"))
    assert request.place == "luenen" and request.place_candidates == ()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("brauch n praktikum in den ferien, bin 9. klasse, was mit tieren oder kids 🐶 massen",
         "unna-massen"),
        ("krabbelgruppe für 1jährige? 👶 heil", "bergkamen-heil"),
        ("die wohnt in neunundfünfzig eins neunundneunzig, hebamme gesucht", "boenen"),
        ("postleitzahl neunundfünfzig vierhundertdreiundzwanzig, kind 4, kita", "unna"),
        ("suche krabbelgruppe in massen, die kleine ist 11 monate", "unna-massen"),
    ],
)
def test_place_found(catalogue: Catalogue, text: str, place: str) -> None:
    assert understand(text, catalogue).place == place


@pytest.mark.parametrize(
    ("word", "digits"),
    [("neunundfünfzig", "59"), ("neunundneunzig", "99"), ("vierhundertdreiundzwanzig", "423"),
     ("dreihundertneunundsiebzig", "379"), ("vierhundert", "400"), ("eins", "1"),
     ("sechzehn", "16"), ("vierzigjährige", ""), ("hundertmal", ""), ("dreiund", "")],
)
def test_dictated_postcode_parts(word: str, digits: str) -> None:
    assert digits_of(folded_word(word)) == digits


def test_the_question_names_the_one_place(catalogue: Catalogue) -> None:
    answer = match(understand("liebeskummer massen nach der entlassung, sohn 16", catalogue),
                   catalogue)
    text = question_text(answer, catalogue) or ""
    assert "Massen" in text
