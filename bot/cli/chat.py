"""Sub-commands of the console channels: `ask` and `chat`."""

from __future__ import annotations

import argparse

from bot.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    from bot.cli.options import add_store_options, lazy

    ask = subparsers.add_parser("ask", help=_("answer requests from the command line"),
                                description=_("Answer one request, or with - one request per "
                                              "line of standard input."))  # fmt: skip
    ask.add_argument("query", nargs="*", metavar="QUERY", help=_("the request, or - for stdin"))
    ask.add_argument("--json", action="store_true", help=_("print one JSON answer per request"))
    ask.add_argument("--no-log", action="store_true", help=_("do not record gaps"))
    add_store_options(ask)
    ask.set_defaults(handler=lazy("bot.channels.batch:run_ask"))

    chat = subparsers.add_parser("chat", help=_("talk to the assistant in the console"))
    chat.add_argument("--place", metavar="KEY", help=_("your default place, e.g. kamen"))
    chat.add_argument("--no-log", action="store_true", help=_("do not record gaps"))
    chat.add_argument("--json", action="store_true", help=_(
        "scriptable: read one JSON object a line ({\"conversation\": \"c1\", \"text\": "
        "\"…\"}, or plain text), write one JSON answer a line"))  # fmt: skip
    add_store_options(chat)
    chat.set_defaults(handler=lazy("bot.channels.console:run_chat"))


def chat(args: argparse.Namespace, settings):  # type: ignore[no-untyped-def]
    """Start the console chat (the default without a Telegram token)."""
    from bot.channels.console import run_chat

    return run_chat(args, settings)
