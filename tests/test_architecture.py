"""One direction of imports: the core knows no channel, channels know only the assistant's door,
nothing imports the command line, and no two packages import each other.

Each rule is also run on a copy of the real tree with one planted violation, so that a checker
which stopped seeing imports (a wrong path, a new import form) fails here instead of passing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.architecture import violations
from tests.conftest import ROOT

MAX_LINES = 400


@pytest.fixture(scope="module")
def found() -> dict[str, list[object]]:
    return violations(ROOT)


@pytest.mark.parametrize(
    "rule",
    ["core imports a channel", "channel goes around the assistant", "module imports the CLI",
     "cycle between packages"],
)  # fmt: skip
def test_the_real_tree_keeps_the_rule(found: dict[str, list[object]], rule: str) -> None:
    assert found[rule] == []


def _tree_with(tmp_path: Path, plants: dict[str, str]) -> Path:
    """A copy of bot/ (sources only) with lines appended to some of its files."""
    shutil.copytree(ROOT / "bot", tmp_path / "bot", ignore=shutil.ignore_patterns(
        "__pycache__", "*.db", "*.toml", "*.csv", "*.json", "*.md", "hsds3*"))  # fmt: skip
    for relative, line in plants.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        path.write_text(old + "\n" + line + "\n", encoding="utf-8")
    return tmp_path


PLANTED = {
    "core imports a channel": {
        "bot/matching.py": "def _plant():\n    from bot.telegram.render import offer_html",
    },
    "channel goes around the assistant": {
        "bot/telegram/inline.py": "from bot.dialogue import respond as _planted",
    },
    "module imports the CLI": {
        "bot/gaps/summary.py": 'import importlib\n_cli = importlib.import_module("bot.cli.gaps")',
    },
    "cycle between packages": {
        "bot/models.py": "def _plant():\n    from bot.gaps.log import TABLE",
    },
}


@pytest.mark.parametrize("rule", sorted(PLANTED))
def test_a_planted_violation_is_found(tmp_path: Path, rule: str) -> None:
    (planted_file,) = PLANTED[rule]
    planted_module = planted_file.removesuffix(".py").replace("/", ".")
    package = ".".join(planted_module.split(".")[:2])
    broken = violations(_tree_with(tmp_path, PLANTED[rule]))
    assert any(package in str(finding) for finding in broken[rule]), broken[rule]


def test_type_checking_imports_and_lookalike_strings_are_no_dependencies(tmp_path: Path) -> None:
    plants = {
        "bot/telegram/inline.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                  "    from bot.matching import match",
        "bot/matching.py": '_doc = "see bot.telegram for how a channel shows this"',
    }  # fmt: skip
    assert violations(_tree_with(tmp_path, plants)) == violations(ROOT)


def test_a_new_channel_package_is_held_to_the_same_rules(tmp_path: Path) -> None:
    plants = {"bot/web/app.py": "from bot.gaps.log import all_gaps"}
    assert violations(_tree_with(tmp_path, plants))["channel goes around the assistant"]


def test_modules_stay_small() -> None:
    too_long = [
        (str(p.relative_to(ROOT)), n) for p in (ROOT / "bot").rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]  # fmt: skip
    assert too_long == []
