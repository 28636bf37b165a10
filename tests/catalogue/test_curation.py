"""Reports from the field reach curators; confirming or importing a fix clears the doubt."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.reports import doubtful_offers, open_reports, record_report
from bot.settings import Settings
from bot.state import StateStore

SAMPLE = Path(__file__).resolve().parent.parent.parent / "bot" / "data" / "catalogue"


def _report(state: Path, offer_id: str, users: str = "abc") -> None:
    store = StateStore(state)
    for user in users:
        record_report(store, offer_id, f"user-{user}", "Telefonnummer stimmt nicht")
    store.close()


def test_reports_are_listed_with_the_doubtful_offer_first(cli, tmp_path: Path) -> None:
    _report(tmp_path / "state.db", "KAM-002", "a")
    _report(tmp_path / "state.db", "KAM-001", "abc")
    code, out, _err = cli("catalogue", "reports")
    assert code == 0
    lines = out.splitlines()
    assert "KAM-001" in lines[1] and "ZWEIFELHAFT" in lines[1]
    assert any("KAM-002" in line for line in lines[2:])


def test_confirm_resolves_and_the_offer_is_no_longer_doubtful(
    cli, tmp_path: Path, catalogue_path: Path
) -> None:
    state = tmp_path / "state.db"
    _report(state, "KAM-001")
    assistant = Assistant(Settings(catalogue=catalogue_path, state=state))
    assert doubtful_offers(assistant.store) == {"KAM-001"}
    code, out, _err = cli("catalogue", "confirm", "KAM-001")
    assert code == 0 and "3" in out
    assert doubtful_offers(assistant.store) == set()
    assistant.close()


def test_importing_a_changed_offer_resolves_its_reports_but_not_others(cli, tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    _report(state, "KAM-001")
    _report(state, "KAM-002")
    folder = tmp_path / "fixed"
    shutil.copytree(SAMPLE, folder)
    offers = folder / "offers.csv"
    with offers.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["id"] == "KAM-001":
            row["phone"] = "02307 99 0000"
    with offers.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    code, _out, err = cli("catalogue", "import", str(folder))
    assert code == 0, err
    store = StateStore(state)
    still_open = {r["offer_id"] for r in open_reports(store)}
    fixed = store.db.execute(
        "select count(*) from offer_reports where offer_id = 'KAM-001' and status = 'fixed'"
    ).fetchone()[0]
    store.close()
    assert still_open == {"KAM-002"} and fixed == 3


def test_confirming_an_unknown_id_warns_instead_of_reporting_success(cli, tmp_path: Path) -> None:
    _report(tmp_path / "state.db", "KAM-001")
    code, out, err = cli("catalogue", "confirm", "KAM-0001")  # a typo of an id
    assert code == 1 and out == ""
    assert "KAM-0001" in err and "gibt es im Katalog nicht" in err
    assert "KAM-001" in err  # the id it probably meant
    code, out, err = cli("catalogue", "confirm", "KAM-002")  # a real offer without reports
    assert code == 0 and "keine offenen Meldungen" in out and err == ""
    code, out, _err = cli("catalogue", "confirm", "KAM-001")  # the typo resolved nothing
    assert code == 0 and "3" in out


def test_usage_headings_and_errors_of_argparse_are_translated(capsys) -> None:
    from bot.cli import build_parser
    from bot.i18n import set_locale

    set_locale("de")
    parser = build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["catalogue", "confirm", "--help"])
    text = capsys.readouterr().out
    assert text.startswith("Aufruf: python -m bot catalogue confirm")
    assert "\nArgumente:\n" in text and "\nOptionen:\n" in text
    assert "diese Hilfe zeigen und beenden" in text
    assert "usage:" not in text and "options:" not in text
    with pytest.raises(SystemExit) as exit_info:
        parser.parse_args(["catalogue", "confirm"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "confirm: Fehler: diese Angaben fehlen: OFFER_ID" in err
    with pytest.raises(SystemExit):
        parser.parse_args(["bench", "core", "--repeat", "viele"])
    assert "Angabe --repeat: 'viele' ist kein gültiger Wert (int)" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parser.parse_args(["catalogue", "exportieren"])
    err = capsys.readouterr().err
    assert "'exportieren' gibt es nicht (möglich: 'import'" in err and "invalid" not in err
    set_locale("en")
    try:
        with pytest.raises(SystemExit):
            build_parser().parse_args(["gaps", "--help"])
        assert capsys.readouterr().out.startswith("usage: python -m bot gaps")
        with pytest.raises(SystemExit):
            build_parser().parse_args(["catalogue", "confirm"])
        assert "the following arguments are required: OFFER_ID" in capsys.readouterr().err
    finally:
        set_locale("de")


def test_an_argparse_sentence_we_do_not_know_is_passed_on_unchanged() -> None:
    from bot.cli.options import translate_argparse
    from bot.i18n import use_locale

    with use_locale("de"):
        assert translate_argparse("a sentence of a newer Python") == "a sentence of a newer Python"
        assert translate_argparse("expected 2 arguments") == "braucht 2 Werte"
