"""One direction of imports: the core knows no messenger and no other channel."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT

CORE = ["bot/understanding", "bot/matching.py", "bot/dialogue.py", "bot/models.py",
        "bot/catalogue/index.py", "bot/catalogue/gazetteer.py", "bot/assistant.py"]  # fmt: skip


def imports(path) -> set[str]:  # type: ignore[no-untyped-def]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("area", CORE)
def test_core_does_not_import_channels(area: str) -> None:
    target = ROOT / area
    files = [target] if target.is_file() else sorted(target.rglob("*.py"))
    for path in files:
        for name in imports(path):
            assert not name.startswith(("telegram", "bot.telegram", "bot.channels")), (path, name)


def test_modules_stay_small() -> None:
    too_long = [
        (str(p.relative_to(ROOT)), n) for p in (ROOT / "bot").rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500
    ]  # fmt: skip
    assert too_long == []
