"""Fixtures for catalogue curation: a writable copy of the shipped catalogue, a CLI runner."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
SHIPPED_DB = ROOT / "catalogue.db"
HSDS_EXAMPLE = ROOT / "tests" / "data" / "hsds3-example"


@pytest.fixture
def catalogue_path(tmp_path: Path) -> Path:
    """A copy of the shipped catalogue that a test may replace."""
    path = tmp_path / "catalogue.db"
    shutil.copyfile(SHIPPED_DB, path)
    return path


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run `python -m bot …` in this process; return (exit code, stdout, stderr)."""
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def cli(catalogue_path: Path, tmp_path: Path, monkeypatch, capsys) -> Callable[..., tuple]:
    """Run `python -m bot …` on the copy; return (exit code, stdout, stderr)."""
    monkeypatch.setenv("LOTSE_CATALOGUE", str(catalogue_path))
    monkeypatch.setenv("LOTSE_STATE", str(tmp_path / "state.db"))
    monkeypatch.setenv("LOTSE_LOCALE", "de")

    def run(*argv: str) -> tuple[int, str, str]:
        return run_cli(capsys, *argv)

    return run


def import_as_newcomer(folder: Path, lists: Path, names: list[str],
                       skip_invalid: frozenset[str] = frozenset()) -> dict[str, Path]:  # fmt: skip
    """Import each published list into a new catalogue of its own as README tells a newcomer:
    `catalogue places LIST --out places.csv`, then `catalogue import LIST --places places.csv`
    (with `--skip-invalid` for the lists named so)."""
    made: dict[str, Path] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LOTSE_LOCALE", "de")
        patch.setenv("LOTSE_STATE", str(folder / "state.db"))
        for name in names:
            places, made[name] = folder / f"{name}.places.csv", folder / f"{name}.db"
            assert main(["catalogue", "places", str(lists / name), "--out", str(places)]) == 0
            extra = ["--skip-invalid"] if name in skip_invalid else []
            assert main(["catalogue", "import", str(lists / name), "--places", str(places),
                         *extra, "--catalogue", str(made[name])]) == 0, name  # fmt: skip
    return made


def top_three(capsys: pytest.CaptureFixture[str], db: Path, text: str, state: Path
              ) -> tuple[int, list[str]]:  # fmt: skip
    """Ask an imported catalogue as the batch command does; the names of its first three offers."""
    import json

    from bot.catalogue import Catalogue

    names = {o.id: o.name for o in Catalogue.load(db).offers}
    code, out, _err = run_cli(capsys, "ask", "--json", "--no-log", "--catalogue", str(db),
                              "--state", str(state), text)  # fmt: skip
    return code, [names[o["id"]] for o in json.loads(out)["offers"][:3]]


def question_params(lists: Path, known_misses: dict[str, str]) -> list:
    """The questions of a set of published lists (`questions.jsonl`) as test parameters; those
    answered wrongly for reasons outside the importer are strict expected failures, so a fix
    shows."""
    import json

    lines = (lists / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    params = []
    for question in (json.loads(line) for line in lines if line):
        reason = known_misses.get(question["text"])
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        params.append(pytest.param(question, marks=marks, id=question["text"][:40]))
    return params


def offers_by_name(db: Path) -> dict[str, object]:
    """The offers of an imported catalogue by their name, to check what a list's row kept."""
    from bot.catalogue import Catalogue

    return {o.name: o for o in Catalogue.load(db).offers}


def assert_imported_whole(imported: dict[str, Path], rows: dict[str, int]) -> None:
    """Every list gave all its offers, each with a topic and a town."""
    from bot.catalogue import Catalogue

    for name, count in rows.items():
        offers = Catalogue.load(imported[name]).offers
        assert len(offers) == count, name
        assert all(o.topics and o.municipality for o in offers), name


def assert_answered(capsys: pytest.CaptureFixture[str], imported: dict[str, Path],
                    question: dict, state: Path) -> None:  # fmt: skip
    """The question's expected offer is among the first three of its list's catalogue."""
    code, top = top_three(capsys, imported[question["list"]], question["text"], state)
    assert code == 0 and any(question["expect"] in name for name in top), (question, top)
