"""Another Jugendamt's lists import whole and answer its professionals' questions (stop 39).

tests/data/lists52/ (see its SOURCE.md) holds three lists: Remscheid's Familienwegweiser
converted from a PDF (section headings instead of a category column, Träger and place merged
down, the header repeated on page 2), a Kita-Navigator HAL page of Mönchengladbach and a `;`
list of the Rheinisch-Bergischer Kreis (`Einrichtung / Träger`, broad `Bereich` words, ages
like `bis 27 J.`, `SS`, `Ü3`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.exchange.ages import parse_age_span
from bot.exchange.headers import map_header
from bot.exchange.section_rows import read_sections
from bot.exchange.tables import Table
from tests.catalogue.conftest import (
    ROOT,
    assert_answered,
    assert_imported_whole,
    import_as_newcomer,
    offers_by_name,
    question_params,
    run_cli,
)

LISTS = ROOT / "tests" / "data" / "lists52"
RS = "familienwegweiser-stadt-remscheid-pdf-abschnitte.csv"
MG = "kita-navigator-moenchengladbach-hal.json"
RBK = "angebote-rheinisch-bergischer-kreis-kontaktzeiten.csv"
ROWS = {RS: 12, MG: 10, RBK: 12}


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> dict[str, Path]:
    return import_as_newcomer(tmp_path_factory.mktemp("lists52"), LISTS, list(ROWS))


def test_every_list_is_imported_whole(imported: dict[str, Path]) -> None:
    assert_imported_whole(imported, ROWS)


@pytest.mark.parametrize("question", question_params(LISTS, {}))
def test_questions_about_the_new_region_are_answered(
    imported: dict[str, Path], question: dict, capsys, tmp_path: Path
) -> None:
    assert_answered(capsys, imported, question, tmp_path / "s.db")


@pytest.mark.parametrize(
    ("name", "offer", "provider", "topics", "ages", "place"),
    [
        # under a heading, the name names the help: the heading yields
        (RS, "Babytreff Lennep", "Familienzentrum-Beispiel Lennep",  # a group, no home visit
         ("eltern_kind_gruppen",), (0, 23), "lennep"),
        (RS, "Kinderschutz-Fachberatung", "Kinderschutzbund-Beispiel Remscheid",
         ("kinderschutz",), (0, 227), "alt-remscheid"),
        # under merged cells: the Träger and the place of the offer above
        (RS, "Hebammensprechstunde", "Familienzentrum-Beispiel Lennep",
         ("schwangerschaft_geburt",), (-9, 23), "lennep"),
        (RS, "Lernpaten für Schülerinnen und Schüler", "Förderverein-Beispiel Remscheid-Süd",
         ("lernfoerderung",), (120, 191), "sued"),
        # the heading no longer joined to the name; "SS–1 J." is pregnancy to one year
        (RS, "Familienhebammen", "Gesundheitsamt-Beispiel Remscheid", ("fruehe_hilfen",),
         (-9, 23), "alt-remscheid"),
        (RS, "Jugendberatung Lüttringhausen", "Jugendhilfe-Beispiel Lüttringhausen",
         ("offene_jugendarbeit", "erziehungsberatung"), (168, None), "luettringhausen"),
        # "Einrichtung / Träger" is the Träger; a broad field keeps its topic, adds the name's
        (RBK, "Eltern-Kind-Gruppe Purzelbaum", "Familienbildungsstätte-Beispiel Overath",
         ("erziehungsberatung", "elternkurse", "eltern_kind_gruppen"), (0, None), "overath"),
        (RBK, "Familienhebamme im Netzwerk Frühe Hilfen",
         "Gesundheitsamt-Beispiel Rheinisch-Bergischer Kreis",
         ("kindergesundheit", "fruehe_hilfen"), (-9, 23), None),
        # a category naming the help itself decides alone, as before
        (RBK, "Erziehungsberatungsstelle Rösrath", "Beratungsstelle-Beispiel Rösrath",
         ("erziehungsberatung",), (0, 263), "roesrath"),
    ],
)  # fmt: skip
def test_what_each_row_kept(
    imported: dict[str, Path], name: str, offer: str, provider: str,
    topics: tuple[str, ...], ages: tuple, place: str | None,
) -> None:  # fmt: skip
    found = offers_by_name(imported[name])[offer]
    assert (found.provider, found.topics, (found.age_min, found.age_max)) == (
        provider, topics, ages)  # fmt: skip
    if place:
        assert found.municipality == place


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("SS–1 J.", (-9, 23)),
        ("SS-3", (-9, 47)),
        ("SS - 1 J.", (-9, 23)),  # as before
        ("SS", (-9, -1)),  # as before
        ("Schwangerschaft bis 1 J.", (-9, 23)),  # as before
    ],
)
def test_a_pregnancy_lower_bound_joined_to_its_dash(text: str, span: tuple) -> None:
    assert parse_age_span(text) == span


@pytest.mark.parametrize(
    ("header", "provider", "facility"),
    [
        (["Angebot", "Einrichtung / Träger", "Ort"], 1, None),
        (["Angebot", "Einrichtung/Träger", "Ort"], 1, None),
        # look-alikes: a Träger column of its own, or no offer column (a Kita directory)
        (["Angebot", "Einrichtung / Träger", "Träger", "Ort"], 2, 1),
        (["Einrichtung", "Träger", "Angebot", "Ort"], 1, 0),
    ],
)
def test_a_combined_einrichtung_traeger_header(header: list[str], provider: int,
                                               facility: int | None) -> None:  # fmt: skip
    columns = map_header(header)
    assert columns.index.get("provider") == provider
    assert columns.index.get("facility") == facility


def _table(rows: list[list[str]]) -> Table:
    header = ["Angebot", "Träger", "Alter", "Ort", "Telefon"]
    return Table(name="t.csv", header=header, header_line=1,
                 rows=[(n + 2, list(cells)) for n, cells in enumerate(rows)])  # fmt: skip


def test_a_single_one_cell_line_is_no_section() -> None:
    """Look-alike: one heading-like line (a comment) gives no category and fills nothing."""
    table = _table([["Hinweis: alle Angaben ohne Gewähr", "", "", "", ""],
                    ["Elterncafé", "Träger A", "0–3", "Hagen", "0000 1"],
                    ["Krabbelgruppe", "", "0–3", "", "0000 2"]])  # fmt: skip
    read_sections(table, [], lambda _text: False)
    assert table.header == ["Angebot", "Träger", "Alter", "Ort", "Telefon"]
    assert table.rows[2][1] == ["Krabbelgruppe", "", "0–3", "", "0000 2"]


def test_sections_give_their_heading_and_spill_within_a_section_only() -> None:
    table = _table([["Frühe Hilfen", "", "", "", ""],
                    ["Sprechstunde am Markt", "Träger A", "SS", "Hagen", "0000 1"],
                    ["Babymassage", "", "0–1", "", "0000 2"],
                    ["mit Babys bis 1 Jahr", "", "", "", ""],  # a wrapped rest: left alone
                    ["Beratung", "", "", "", ""],
                    ["Erziehungsberatung", "Träger B", "0–18", "", "0000 3"]])  # fmt: skip
    read_sections(table, [], lambda text: text == "Erziehungsberatung")
    rows = [cells for _line, cells in table.rows]
    assert table.header[-1] == "Rubrik"
    assert rows[0] == ["Sprechstunde am Markt", "Träger A", "SS", "Hagen", "0000 1",
                       "Frühe Hilfen"]  # fmt: skip
    assert rows[1] == ["Babymassage", "Träger A", "0–1", "Hagen", "0000 2", "Frühe Hilfen"]
    assert rows[2] == ["mit Babys bis 1 Jahr", "", "", "", "", ""]
    # a new section: nothing spills over its heading; the name names its help itself
    assert rows[3] == ["Erziehungsberatung", "Träger B", "0–18", "", "0000 3", ""]


def test_a_malformed_list_leaves_the_catalogue_untouched(capsys, tmp_path: Path,
                                                         monkeypatch) -> None:  # fmt: skip
    """The list imported once; a version whose first offer names no place (nothing above it
    to spill from) is refused whole and the catalogue stays as it was."""
    monkeypatch.setenv("LOTSE_STATE", str(tmp_path / "s.db"))
    monkeypatch.setenv("LOTSE_LOCALE", "de")
    places, db = tmp_path / "places.csv", tmp_path / "c.db"
    assert run_cli(capsys, "catalogue", "places", str(LISTS / RS), "--out", str(places))[0] == 0
    assert run_cli(capsys, "catalogue", "import", str(LISTS / RS), "--places", str(places),
                   "--catalogue", str(db))[0] == 0  # fmt: skip
    before = db.read_bytes()
    broken = tmp_path / RS
    lines = (LISTS / RS).read_text(encoding="utf-8").splitlines()
    assert lines[4].startswith("Babytreff Lennep")
    lines[4] = "Babytreff Lennep;Familienzentrum-Beispiel Lennep;0–1 J.;;;Tel. 0000 191201"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _out, _err = run_cli(capsys, "catalogue", "import", str(broken), "--places",
                               str(places), "--catalogue", str(db))  # fmt: skip
    assert code != 0
    assert db.read_bytes() == before
    assert len(Catalogue.load(db).offers) == ROWS[RS]
