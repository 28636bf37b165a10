"""Each turn keeps what the professional already said (stop 39, conv51).

The user relies on three things here: the children a changed family brings (a partner's, step-
siblings) do not replace the child the case is about; "auch" asking one more help after a move
told without a destination ("ist neu hergezogen") adds the help instead of replacing the one asked
for; and "hauptsache Kreis" names the Kreis as the place. The look-alikes keep their reading: a
sibling with a need of its own, children asked for together, a move to a named place.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from tests.relevance import age_fits
from tests.test_conversation_turn_forms import talk

PATCHWORK = ("Wir sind seit dem Sommer eine Patchworkfamilie, mein Sohn ist 8 und es gibt ständig "
             "Streit mit den Kindern meines Partners. Wir wohnen in Kamen.")
CLIENT = ("Klientin, Sohn 6, Unna: der Junge kommt mit dem Freund der Mutter nicht klar, "
          "Erziehungsberatung?")
EIGHT, SIX = AgeRange(96, 107), AgeRange(72, 83)


@pytest.mark.parametrize(("first", "later", "age"), [
    (PATCHWORK, "Die Kinder meines Freundes sind 11 und 14, die wohnen jedes zweite Wochenende "
                "bei uns", EIGHT),
    (PATCHWORK, "Die Stiefgeschwister sind 12 und 15 und sind oft laut", EIGHT),
    (CLIENT, "Der Freund hat selbst zwei Töchter, 3 und 10, die jetzt mit eingezogen sind", SIX),
    (CLIENT, "Ihr Partner bringt zwei Jungs mit, 9 und 12, seitdem kracht es", SIX),
])  # fmt: skip
def test_a_partners_children_keep_the_case_child(
    catalogue: Catalogue, first: str, later: str, age: AgeRange
) -> None:
    before, after = talk(catalogue, first, later)
    assert before.request.age == age
    assert after.request.age == age
    assert after.request.place == before.request.place
    assert "erziehungsberatung" in before.request.topics
    assert all(age_fits(hit.offer, [age.low, age.high]) for hit in after.offers)


@pytest.mark.parametrize(("first", "later", "age"), [
    # a sibling told with a need of its own is the child asked about now
    ("Familie aus Syrien in Kamen-Methler, Sohn 11 hat Albträume seit der Flucht",
     "Die Schwester ist 4 und geht noch in keine Kita", AgeRange(48, 59)),
    # the partner's children asked for together: they are meant
    (CLIENT, "Die Kinder meines Freundes sind 9 und 10, gibt es für die beiden auch was?",
     AgeRange(108, 131)),
])  # fmt: skip
def test_look_alikes_name_the_child_meant(
    catalogue: Catalogue, first: str, later: str, age: AgeRange
) -> None:
    _before, after = talk(catalogue, first, later)
    assert after.request.age is not None
    assert after.request.age.low <= age.low and age.high <= after.request.age.high


def test_auch_after_a_move_without_destination_adds_the_help(catalogue: Catalogue) -> None:
    before, after = talk(
        catalogue,
        "Moin, eine Mama in Bergkamen: ihr Junge (4) spricht kaum, was gibt es da?",
        "Sie hätte auch gern Kontakt zu anderen Eltern, ist neu hergezogen und kennt niemanden")
    assert "sprachfoerderung" in before.request.topics
    assert {"sprachfoerderung", "eltern_kind_gruppen"} <= set(after.request.topics)
    assert after.request.place == "bergkamen"
    assert not after.gap


@pytest.mark.parametrize(("text", "place"), [
    ("anderes thema, n typ 19 hat seine wohnung verloren, ort egal hauptsache kreis", "kreis-unna"),
    ("Jugendlicher 17 sucht Ausbildung, hauptsache kreis", "kreis-unna"),
    ("Jugendlicher 17 sucht Ausbildung, Hauptsache in Kamen", "kamen"),
])  # fmt: skip
def test_hauptsache_names_the_place(catalogue: Catalogue, text: str, place: str) -> None:
    (answer,) = talk(catalogue, text)
    assert answer.request.place == place
