"""The command line: parses arguments and calls library functions, nothing more.

Each area registers its own sub-commands in a `commands` module (`register(subparsers)`), so the
CLI grows without one file knowing every option. Handlers are imported only when their command
runs, which keeps `python -m bot ask` from loading the Telegram stack.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from bot.i18n import _, set_locale
from bot.settings import Settings

COMMAND_MODULES = (
    "bot.channels.commands",  # ask, chat
    "bot.catalogue.commands",  # catalogue import | export | check | rollback | reports
    "bot.gaps.commands",  # gaps, gaps report, gaps purge
    "bot.telegram.commands",  # run, invite
    "bot.bench.commands",  # bench
    "bot.browse.commands",  # browse
    "bot.web.commands",  # web
)

Handler = Callable[[argparse.Namespace, Settings], int]


def lazy(target: str) -> Handler:
    """Return a handler that imports `module:function` only when the command runs."""

    def run(args: argparse.Namespace, settings: Settings) -> int:
        module_name, function_name = target.split(":")
        function = getattr(importlib.import_module(module_name), function_name)
        return int(function(args, settings) or 0)

    return run


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description=_(
            "Präventionslotse: finds prevention offers for children and families in the "
            "Kreis Unna and records the gaps. Without a command it starts the Telegram bot "
            "when TELEGRAM_BOT_TOKEN is set, otherwise the console chat."
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if not name.startswith(str(error.name)):
                raise
            continue
        module.register(subparsers)
    return parser


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """Add --catalogue and --state, the two files almost every command works on."""
    parser.add_argument("--catalogue", metavar="PATH", help=_("catalogue database "
                        "(default: LOTSE_CATALOGUE or the shipped catalogue.db)"))  # fmt: skip
    parser.add_argument("--state", metavar="PATH",
                        help=_("state database (default: LOTSE_STATE or state.db)"))  # fmt: skip


def settings_for(args: argparse.Namespace, settings: Settings) -> Settings:
    """Apply --catalogue/--state from the command line over the environment."""
    from dataclasses import replace
    from pathlib import Path

    changes = {}
    if getattr(args, "catalogue", None):
        changes["catalogue"] = Path(args.catalogue)
    if getattr(args, "state", None):
        changes["state"] = Path(args.state)
    return replace(settings, **changes) if changes else settings


def _configure_logging() -> None:
    """Log warnings to stderr, every line through the redacting filter (no personal data)."""
    import logging
    import os

    from bot.privacy.logfilter import install_log_filter

    level = os.environ.get("LOTSE_LOG_LEVEL", "WARNING").upper()
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_log_filter()


def main(argv: Sequence[str] | None = None) -> int:
    try:
        settings = Settings.from_env()
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    set_locale(settings.locale)
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        # no command: the bot when a token is configured, otherwise the console chat
        args = parser.parse_args(["run" if settings.telegram_token else "chat"])
    handler: Handler = args.handler
    if args.command != "run":  # the bot configures its own, more talkative logging
        _configure_logging()
    try:
        return handler(args, settings_for(args, settings))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`… | head`): stop quietly, as Unix tools do
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
