"""The runtime catalogue never imports the exchange pipeline (issue 10: one direction)."""

from __future__ import annotations

import ast

from tests.catalogue.conftest import ROOT

CLI_MODULES = {"commands.py"}  # the command line sits on top and may import both


def _imports(path) -> set[str]:  # type: ignore[no-untyped-def]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_runtime_catalogue_does_not_import_the_exchange_pipeline() -> None:
    for path in sorted((ROOT / "bot" / "catalogue").rglob("*.py")):
        if path.name in CLI_MODULES:
            continue
        assert not any(n.startswith("bot.exchange") for n in _imports(path)), path


def test_the_exchange_pipeline_imports_no_channel_and_no_command_line() -> None:
    for path in sorted((ROOT / "bot" / "exchange").rglob("*.py")):
        for name in _imports(path):
            assert not name.startswith(("bot.telegram", "bot.channels", "bot.cli")), (path, name)
