"""Retention keeps the counts and deletes the texts; the gaps CLI writes report and exports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.catalogue import Catalogue
from bot.cli import main
from bot.gaps.log import all_gaps, gap_counts, record_gap
from bot.gaps.retention import purge
from bot.models import AgeRange, Answer, GapReason, Request
from bot.state import StateStore

NOW = dt.datetime(2026, 6, 30, 12, 0, tzinfo=dt.UTC)


def _log(store: StateStore, catalogue: Catalogue, text: str, days_ago: int) -> None:
    request = Request(text=text, place="kamen-methler", age=AgeRange(48, 59),
                      topics=("sprachfoerderung",))  # fmt: skip
    record_gap(store, Answer(request, gap=GapReason.NOT_HERE), catalogue.gazetteer,
               now=NOW - dt.timedelta(days=days_ago))  # fmt: skip


def test_purge_deletes_old_texts_and_keeps_the_counts(tmp_path: Path, catalogue: Catalogue):
    store = StateStore(tmp_path / "state.db")
    _log(store, catalogue, "Sprachförderung Methler alt Zeichenkette-QXJ-alt", days_ago=400)
    _log(store, catalogue, "Sprachförderung Methler neu", days_ago=10)
    before = gap_counts(all_gaps(store))
    assert purge(store, 365, now=NOW) == 1
    entries = all_gaps(store)
    assert [e.query for e in entries] == [None, "Sprachförderung Methler neu"]
    assert gap_counts(entries) == before
    assert purge(store, 365, now=NOW) == 0  # idempotent
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("state.db"))
    assert b"QXJ" not in raw  # the text is not left behind in free pages or the WAL


def test_gaps_report_command_writes_html_csv_and_xlsx(tmp_path: Path, catalogue: Catalogue,
                                                      capsys) -> None:  # fmt: skip
    state = tmp_path / "state.db"
    store = StateStore(state)
    _log(store, catalogue, "Sprachförderung Methler", days_ago=3)
    store.close()
    out = tmp_path / "bericht"
    code = main(["gaps", "report", "--state", str(state), "--out", str(out), "--csv", "--xlsx",
                 "--municipality", "Kamen", "--from", "01.01.2026"])  # fmt: skip
    assert code == 0
    assert (out / "luecken-bericht.html").exists() and (out / "luecken.xlsx").exists()
    assert (out / "luecken-eintraege.csv").exists()
    assert "luecken-bericht.html" in capsys.readouterr().out


def test_gaps_purge_and_summary_commands(tmp_path: Path, catalogue: Catalogue, capsys) -> None:
    state = tmp_path / "state.db"
    store = StateStore(state)
    _log(store, catalogue, "sehr alte Anfrage", days_ago=4000)
    store.close()
    assert main(["gaps", "purge", "--state", str(state), "--days", "30"]) == 0
    assert main(["gaps", "--state", str(state)]) == 0
    out = capsys.readouterr().out
    assert "1" in out.splitlines()[0] and "sehr alte Anfrage" not in out
