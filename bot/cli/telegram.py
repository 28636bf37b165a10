"""Sub-commands of the Telegram channel: `run` (the bot) and `invite` (one-time invite codes)."""

from __future__ import annotations

import argparse

from bot.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    from bot.cli.options import add_store_options, lazy

    run = subparsers.add_parser(
        "run",
        help=_("start the Telegram bot (long polling, or --webhook URL)"),
        description=_(
            "Start the Telegram bot with TELEGRAM_BOT_TOKEN. Without --webhook it "
            "uses long polling; with --webhook it listens for Telegram behind a "
            "reverse proxy."
        ),
    )
    run.add_argument(
        "--webhook",
        metavar="URL",
        help=_("public HTTPS URL Telegram posts updates to (enables webhook mode)"),
    )
    run.add_argument(
        "--listen",
        default="127.0.0.1",
        metavar="ADDRESS",
        help=_("address the webhook server listens on (default: 127.0.0.1)"),
    )
    run.add_argument(
        "--port",
        type=int,
        default=8080,
        help=_("port the webhook server listens on (default: 8080)"),
    )
    run.add_argument(
        "--url-path",
        metavar="PATH",
        help=_("path the webhook server answers (default: the path of --webhook)"),
    )
    run.add_argument(
        "--secret-token",
        metavar="TOKEN",
        help=_(
            "secret Telegram sends in every webhook request (default: "
            "TELEGRAM_WEBHOOK_SECRET, else derived from LOTSE_SECRET)"
        ),
    )
    add_store_options(run)
    run.set_defaults(handler=lazy("bot.telegram.runner:run_bot"))

    invite = subparsers.add_parser("invite", help=_("create one-time invite codes for the bot"))
    invite.add_argument("--count", type=int, default=1, help=_("how many codes (default: 1)"))
    invite.add_argument(
        "--bot", metavar="USERNAME", help=_("the bot's username, to print invitation links")
    )
    add_store_options(invite)
    invite.set_defaults(handler=lazy("bot.telegram.runner:run_invite"))
