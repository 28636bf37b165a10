"""CSV and Excel exports, the chat summary and the heat map for the admin commands."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from bot.catalogue import Catalogue
from bot.gaps.charts import demand_png
from bot.gaps.export import workbook_bytes, write_csv
from bot.gaps.log import record_gap
from bot.gaps.summary import MAX_CHARS, summary_text
from bot.gaps.view import build_view
from bot.i18n import use_locale
from bot.models import AgeRange, Answer, GapReason, Request
from bot.state import StateStore

PNG = b"\x89PNG\r\n\x1a\n"


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


def test_csv_holds_every_entry_and_the_aggregates(synthetic, catalogue: Catalogue, tmp_path):
    store, planted = synthetic
    with use_locale("de"):
        paths = write_csv(build_view(store, catalogue), tmp_path)
    names = {p.name for p in paths}
    assert {"luecken-eintraege.csv", "luecken-luecken.csv", "luecken-angebot.csv"} <= names
    entries = _rows(tmp_path / "luecken-eintraege.csv")
    assert entries[0][0] == "Nr." and len(entries) == 2000 + 1
    cells = _rows(tmp_path / "luecken-luecken.csv")
    assert cells[1][1] == "Selm" and int(cells[1][3]) == planted[0].count


def test_xlsx_has_one_sheet_per_table(synthetic, catalogue: Catalogue):
    store, _planted = synthetic
    with use_locale("de"):
        view = build_view(store, catalogue, municipality="kamen")
        book = load_workbook(io.BytesIO(workbook_bytes(view)))
    assert book.sheetnames[:2] == ["Einträge", "Phase × Ort × Thema"]
    rows = list(book["Einträge"].iter_rows(values_only=True))
    assert len(rows) > 1 and all(row[6] == "Kamen" for row in rows[1:])
    assert "user" not in " ".join(str(c) for c in rows[0]).lower()  # no pseudonyms exported


def test_exports_never_run_a_request_as_a_formula(tmp_path: Path, catalogue: Catalogue):
    store = StateStore(tmp_path / "state.db")
    request = Request(text='=HYPERLINK("http://x";"klick")', place="unna", age=AgeRange(3, 3))
    record_gap(store, Answer(request, gap=GapReason.UNCLEAR), catalogue.gazetteer)
    book = load_workbook(io.BytesIO(workbook_bytes(build_view(store, catalogue))))
    cell = book.worksheets[0].cell(2, 12)
    assert cell.data_type == "s" and str(cell.value).startswith("'=")
    paths = write_csv(build_view(store, catalogue), tmp_path)
    assert _rows(paths[0])[1][11].startswith("'=HYPERLINK")
    store.close()


def test_summary_is_short_german_and_names_the_biggest_gap(synthetic, catalogue: Catalogue):
    store, _planted = synthetic
    with use_locale("de"):
        text = summary_text(build_view(store, catalogue))
    assert len(text) <= MAX_CHARS
    assert "2.000 Anfragen ohne passendes Angebot" in text
    assert "150× Schrei-, Schlaf-, Fütterprobleme, Selm, 0–3 Jahre" in text
    assert "<" not in text  # plain text, no markup


def test_heatmap_is_a_png(synthetic, catalogue: Catalogue, tmp_path):
    store, _planted = synthetic
    assert demand_png(build_view(store, catalogue)).startswith(PNG)
    assert demand_png(build_view(StateStore(tmp_path / "empty.db"), catalogue)).startswith(PNG)
