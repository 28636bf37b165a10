"""What every command group shares: lazy handlers, the two store options, settings from them."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn

from bot.i18n import _
from bot.settings import Settings

Handler = Callable[[argparse.Namespace, Settings], int]


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter with the "usage:" line in the user's language."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup],
                  prefix: str | None = None) -> None:  # fmt: skip
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose own words (headings, -h, usage) are German like the rest of the CLI.

    argparse translates through the gettext module's global domain, which reads compiled .mo
    files from disk; our catalogues are compiled in memory (`bot.i18n`). So the few words argparse
    adds itself are set here through `_`, and every sub-command parser inherits this class
    (argparse creates sub-parsers of the parent's type).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = _("show this help message and exit")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, _("{prog}: error: {message}").format(prog=self.prog, message=message) + "\n")


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
