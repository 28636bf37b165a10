"""With no place understood, no town-bound offer is presented as fitting.

"Kind 4 Jahre, Karies, noch nie beim Zahnarzt" said nothing about where the family lives, yet the
answer called a Bergkamen practice and one in Unna-Alte Heide "passende Angebote". Now the offers
for the whole Kreis come first and are the only ones called fitting; town-bound ones follow as
examples, marked in the answer object and in every rendering, and the headline says the place is
open. When no Kreis-wide offer meets the need, the place is asked before the list. A place that is
named changes nothing. Sentences written for these tests (helper nowhere64), none from an
evaluation set.
"""

from __future__ import annotations

import pytest

from bot.render.text import render_answer, render_compact
from bot.telegram.render import answer_html
from bot.unplaced import kreis_wide

# no place: Kreis-wide offers first, the town-bound ones after them and marked
NO_PLACE = [
    "Junge, 5 Jahre, schlechte Zähne, war nie bei einer Untersuchung. Wer hilft der Mutter?",
    "Säugling 2 Monate weint stundenlang, die Eltern können nicht mehr",
    "Familie mit Schulden, Tochter 10, die Klassenfahrt ist nicht bezahlbar",
    "Aus der Kita Pusteblume: Mädchen, 6, mit Down-Syndrom, Eltern fragen nach Beratung zur "
    "Einschulung",
]
# a place named: nothing is marked, the ordinary headline stands
WITH_PLACE = [
    "Junge, 5 Jahre, schlechte Zähne, wohnt in Bergkamen. Wer hilft der Mutter?",
    "Säugling 2 Monate in Werne weint stundenlang",
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_kreis_wide_first_town_bound_marked(assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.place is None
    assert answer.offers
    wide = kreis_wide(assistant.catalogue.offer_index)
    index = assistant.catalogue.offer_index
    marks = [hit.place_unchecked for hit in answer.offers]
    first_marked = marks.index(True) if True in marks else len(marks)
    need = answer.request.topics[0]
    for hit in answer.offers[first_marked:]:  # after the first example, no Kreis-wide offer for
        assert hit.place_unchecked or need not in hit.offer.topics  # the first need
    for hit in answer.offers:
        is_wide = bool(wide >> index.slot_of[hit.offer.id] & 1)
        assert hit.place_unchecked is not is_wide
    assert answer.question is not None
    shown = answer.to_json()["offers"]
    assert [bool(o.get("place_unchecked")) for o in shown] == marks
    if any(marks):
        text_out = render_compact(answer, assistant.catalogue)
        assert "Ort noch offen" in text_out
        assert "Ort prüfen" in text_out
        assert "passende Angebote, die besten zuerst" not in text_out
        assert "Ort noch offen" in answer_html(answer, assistant.catalogue)


def test_no_kreis_wide_offer_asks_for_the_place_first(assistant) -> None:
    answer, _session = assistant.respond("Kind 7 hat Probleme beim Lesen, Nachhilfe gesucht")
    assert answer.offers and all(hit.place_unchecked for hit in answer.offers)
    out = render_compact(answer, assistant.catalogue)
    assert "Kein kreisweites Angebot passt" in out
    assert out.index("Wo wohnt die Familie?") < out.index("1. ")
    cards = render_answer(answer, assistant.catalogue)
    assert "prüfen, ob es den Wohnort der Familie versorgt" in cards


@pytest.mark.parametrize("text", WITH_PLACE)
def test_named_place_changes_nothing(assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.place is not None
    assert not any(hit.place_unchecked for hit in answer.offers)
    out = render_compact(answer, assistant.catalogue)
    assert "Ort noch offen" not in out and "Ort prüfen" not in out
