"""Sub-command `web`: the chat page and the planners' area in the browser."""

from __future__ import annotations

import argparse

from bot.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    from bot.cli.options import add_store_options, lazy

    web = subparsers.add_parser(
        "web", help=_("serve the chat page and the planning area in the browser"),
        description=_("Serve the web channel (chat page, JSON API, /planung for admins)."),
    )  # fmt: skip
    web.add_argument("--host", default="127.0.0.1", help=_("address to listen on "
                                                           "(default: 127.0.0.1)"))  # fmt: skip
    web.add_argument("--port", type=int, default=8080, help=_("port (default: 8080)"))
    web.add_argument("--rate", type=int, default=30, metavar="N",
                     help=_("messages per minute and session (default: 30)"))  # fmt: skip
    web.add_argument("--workers", type=int, default=1, metavar="N",
                     help=_("processes serving the same port (default: 1)"))  # fmt: skip
    add_store_options(web)
    web.set_defaults(handler=lazy("bot.web.server:run_web"))
