"""The command line a newcomer meets: documented commands, ask, chat, honest exit codes."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

from bot.channels.batch import run_ask
from bot.channels.console import run_chat
from bot.cli import build_parser
from bot.settings import Settings
from tests.conftest import ROOT, SHIPPED_DB

README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> list[str]:
    parser = build_parser()
    [subparsers] = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    return list(subparsers.choices)


def test_help_lists_the_commands() -> None:
    out = subprocess.run([sys.executable, "-m", "bot", "--help"], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout  # fmt: skip
    for name in ("ask", "chat", "catalogue", "gaps", "run", "invite", "bench", "browse"):
        assert re.search(rf"^\s+{name}\b", out, re.M), name


def test_every_command_is_documented_in_the_readme() -> None:
    for name in commands():
        assert f"python -m bot {name}" in README, name


def test_readme_gives_the_two_setup_commands_and_ci_runs_the_test_command() -> None:
    setup = "python3 -m venv .venv && .venv/bin/pip install -e '.[dev]' && .venv/bin/python -m bot"
    assert setup in README
    assert ".venv/bin/python -m pytest" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ".venv/bin/python -m pytest" in ci


def args(**kwargs):  # type: ignore[no-untyped-def]
    from argparse import Namespace

    defaults = {"query": ["-"], "json": True, "no_log": True, "place": None}
    return Namespace(**{**defaults, **kwargs})


def test_ask_answers_one_json_line_per_input_line(tmp_path: Path) -> None:
    settings = Settings(catalogue=SHIPPED_DB, state=tmp_path / "state.db")
    out = io.StringIO()
    lines = "Kind 3 J. spricht kaum, wohnen in Methler\n\nSchreiambulanz Selm, Baby 14 Monate\n"
    assert run_ask(args(), settings, io.StringIO(lines), out) == 0
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(answers) == 3
    assert answers[0]["understood"]["place"] == "kamen-methler" and answers[0]["offers"]
    assert answers[1]["gap"] and answers[1]["gap_reason"] == "unclear"
    assert not (tmp_path / "state.db").exists()  # --no-log writes nothing


def test_ask_records_gaps_without_no_log(tmp_path: Path) -> None:
    settings = Settings(catalogue=SHIPPED_DB, state=tmp_path / "state.db")
    run_ask(args(no_log=False), settings, io.StringIO("Schreiambulanz Selm, Baby 14 Monate\n"),
            io.StringIO())  # fmt: skip
    from bot.gaps.log import all_gaps
    from bot.state import StateStore

    assert len(all_gaps(StateStore(tmp_path / "state.db"))) == 1


def test_ask_prints_readable_german_text(tmp_path: Path) -> None:
    settings = Settings(catalogue=SHIPPED_DB, state=tmp_path / "state.db")
    out = io.StringIO()
    run_ask(args(query=["Krabbelgruppe", "in", "Kamen,", "Baby", "8", "Monate"], json=False),
            settings, io.StringIO(), out)  # fmt: skip
    text = out.getvalue()
    assert "Verstanden:" in text and "Träger:" in text and "Telefon:" in text


def test_chat_asks_back_and_understands_follow_ups(tmp_path: Path) -> None:
    settings = Settings(catalogue=SHIPPED_DB, state=tmp_path / "state.db")
    out = io.StringIO()
    conversation = "Familienzentrum in Methler?\n3 Jahre\nund in Unna?\nmehr\nende\n"
    assert run_chat(args(json=False), settings, io.StringIO(conversation), out) == 0
    text = out.getvalue()
    assert "Wie alt ist das Kind?" in text
    assert "Familienzentrum · 3 Jahre · Unna" in text
    assert text.rstrip().endswith("Auf Wiedersehen!")


def test_import_of_a_broken_folder_fails_with_a_clear_message(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "catalogue", "import", str(tmp_path), "--catalogue",
         str(tmp_path / "c.db")],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode != 0
    assert "offers.csv" in result.stderr or "places.csv" in result.stderr
    assert not (tmp_path / "c.db").exists()
