"""The command line: parses arguments and calls library functions, nothing more.

It sits on top of the library, like sqlite-utils' `cli.py`: it imports the library and nothing in
`bot/` imports it. Each command group is one module here with `register(subparsers)`, so the CLI
grows without one file knowing every option. Handlers import the library only when their command
runs, which keeps `python -m bot ask` from loading the Telegram stack.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bot.cli.options import Handler, Parser, add_store_options, lazy, settings_for
from bot.i18n import _, set_locale
from bot.settings import Settings

__all__ = ["add_store_options", "build_parser", "lazy", "main", "settings_for"]

COMMAND_MODULES = (
    "bot.cli.chat",  # ask, chat
    "bot.cli.catalogue",  # catalogue import | export | check | rollback | reports
    "bot.cli.gaps",  # gaps, gaps report, gaps purge
    "bot.cli.telegram",  # run, invite
    "bot.cli.bench",  # bench
    "bot.cli.browse",  # browse
    "bot.cli.web",  # web
)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="python -m bot",
        description=_(
            "Präventionslotse: finds prevention offers for children and families in the "
            "Kreis Unna and records the gaps. Without a command it starts the Telegram bot "
            "when TELEGRAM_BOT_TOKEN is set, otherwise the console chat."
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


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
