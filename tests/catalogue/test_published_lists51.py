"""Offers a list files only by audience or field are also what their names say (stop 38).

tests/data/lists51/ (see its SOURCE.md) holds two lists, Hochsauerlandkreis and Kreis Höxter,
whose categories are often an audience or a field of work ("Integration", "Frühe Hilfen",
"Familienbildung", "Zugewanderte Familien", "Junge Familien") while the offer's name says the
help ("Spielgruppe für geflüchtete Familien", "Hebammensprechstunde", "Schreibabyambulanz").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.exchange.field_categories import FieldCategories
from bot.exchange.offer_topics import OfferTopics
from tests.catalogue.conftest import (
    ROOT,
    assert_answered,
    assert_imported_whole,
    import_as_newcomer,
    question_params,
)

LISTS = ROOT / "tests" / "data" / "lists51"
ROWS = {
    "angebote-hochsauerlandkreis-zielgruppen.csv": 12,
    "familienangebote-kreis-hoexter-rubriken.csv": 11,
}
# none left: the Hebammensprechstunde's 'SS–1 J.' is read as pregnancy to one year (lists52)
KNOWN_MISSES: dict[str, str] = {}


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> dict[str, Path]:
    return import_as_newcomer(tmp_path_factory.mktemp("lists51"), LISTS, list(ROWS))


@pytest.fixture(scope="module")
def reader(catalogue: Catalogue) -> OfferTopics:
    return OfferTopics(list(catalogue.topics.values()))


def test_every_list_is_imported_whole(imported: dict[str, Path]) -> None:
    assert_imported_whole(imported, ROWS)


@pytest.mark.parametrize("question", question_params(LISTS, KNOWN_MISSES))
def test_questions_about_the_new_region_are_answered(
    imported: dict[str, Path], question: dict, capsys, tmp_path: Path
) -> None:
    assert_answered(capsys, imported, question, tmp_path / "s.db")


HSK = "angebote-hochsauerlandkreis-zielgruppen.csv"
HX = "familienangebote-kreis-hoexter-rubriken.csv"


@pytest.mark.parametrize(
    ("name", "offer", "topics"),
    [
        # filed by audience or field: the category's topic and the name's
        (HSK, "Spielgruppe für geflüchtete Familien", ("migration_integration",
                                                       "eltern_kind_gruppen")),
        (HSK, "Schreibabyambulanz", ("fruehe_hilfen", "schreibaby_schlaf")),
        (HSK, "Elternkurs Pubertät – gelassen bleiben", ("eltern_kind_gruppen", "elternkurse")),
        (HX, "Spielgruppe Bunte Kiste für Kinder mit Fluchterfahrung",
         ("migration_integration", "eltern_kind_gruppen")),
        (HX, "Krabbelgruppe im Familienzentrum Steinheim",
         ("familienzentrum", "eltern_kind_gruppen")),
        # filed by the help itself: the category alone decides, as before
        (HSK, "Erziehungsberatungsstelle Hochsauerland", ("erziehungsberatung",)),
        # a broad word that names nothing: the name decides, as before
        (HSK, "Schwangerenberatung", ("schwangerschaft_geburt",)),
    ],
)  # fmt: skip
def test_a_field_category_keeps_its_topic_and_adds_the_names(
    imported: dict[str, Path], name: str, offer: str, topics: tuple[str, ...]
) -> None:
    found = {o.name: o for o in Catalogue.load(imported[name]).offers}
    assert found[offer].topics == topics


@pytest.mark.parametrize(
    ("cells", "only_fields"),
    [
        (("Integration", ""), True),
        (("Frühe Hilfen / Familienbildung", ""), True),
        (("Zugewanderte Familien", ""), True),
        (("Integration; Beratung", ""), True),  # "Beratung" names nothing
        (("Integration; Sprachförderung", ""), False),  # the list names the help
        (("Frühe Hilfen", "Hebamme"), False),  # a Schlagwort names the help
        (("Erziehungsberatung", ""), False),
        (("Beratung", ""), False),  # no field word: the broad-category note decides
        # the taxonomy's own labels and keys, as our export writes them: the planner's choice
        (("Frühe Hilfen (0–3)", ""), False),
        (("Migration & Integration", ""), False),
        (("Familienzentrum", ""), False),
        (("fruehe_hilfen; migration_integration", ""), False),
    ],
)
def test_which_categories_file_an_offer_only_by_audience_or_field(
    reader: OfferTopics, cells: tuple[str, str], only_fields: bool
) -> None:
    assert reader.fields.only_fields(cells, reader._names_topic) is only_fields


def test_an_offer_under_our_own_labels_keeps_exactly_those_topics(reader: OfferTopics) -> None:
    reading = reader.read("Migration & Integration", "", "Deutschkurs für Mütter mit "
                          "Kinderbetreuung", "", "")  # fmt: skip
    assert reading.topics == ("migration_integration",)
    assert isinstance(reader.fields, FieldCategories)
