"""What every command group shares: lazy handlers, the two store options, settings from them."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from bot.i18n import _
from bot.settings import Settings

Handler = Callable[[argparse.Namespace, Settings], int]


def lazy(target: str) -> Handler:
    """Return a handler that imports `module:function` only when the command runs."""

    def run(args: argparse.Namespace, settings: Settings) -> int:
        module_name, function_name = target.split(":")
        function = getattr(importlib.import_module(module_name), function_name)
        return int(function(args, settings) or 0)

    return run


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """Add --catalogue and --state, the two files almost every command works on."""
    parser.add_argument("--catalogue", metavar="PATH", help=_("catalogue database "
                        "(default: LOTSE_CATALOGUE or the shipped catalogue.db)"))  # fmt: skip
    parser.add_argument("--state", metavar="PATH",
                        help=_("state database (default: LOTSE_STATE or state.db)"))  # fmt: skip


def settings_for(args: argparse.Namespace, settings: Settings) -> Settings:
    """Apply --catalogue/--state from the command line over the environment."""
    changes = {}
    if getattr(args, "catalogue", None):
        changes["catalogue"] = Path(args.catalogue)
    if getattr(args, "state", None):
        changes["state"] = Path(args.state)
    return replace(settings, **changes) if changes else settings
