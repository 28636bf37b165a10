"""What `python -m bot run` and `python -m bot invite` do, beyond parsing arguments."""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import logging
import os
import sys
from typing import TypeVar
from urllib.parse import urlparse

from bot.i18n import _
from bot.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")


def webhook_secret(args: argparse.Namespace, settings: Settings) -> str:
    """The secret Telegram must echo: given, from the environment, or derived from LOTSE_SECRET."""
    given = getattr(args, "secret_token", None) or os.environ.get("TELEGRAM_WEBHOOK_SECRET")
    if given:
        return given
    key = (settings.secret or settings.telegram_token or "").encode()
    return hmac.new(key, b"telegram-webhook", hashlib.sha256).hexdigest()[:48]


def run_bot(args: argparse.Namespace, settings: Settings) -> int:
    """Run the bot until interrupted: long polling, or a webhook server behind a proxy."""
    if not settings.telegram_token:
        print(
            _(
                "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather and set the token, "
                "or try the assistant in the console: python -m bot chat"
            ),
            file=sys.stderr,
        )
        return 2
    from bot.privacy.logfilter import install_log_filter
    from bot.telegram.app import Webhook, build_application
    from bot.telegram.lifecycle import serve

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    install_log_filter()  # the safety net: redact whatever a log line might carry
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines contain the token
    # A missing or broken catalogue does not stop the start: users get a notice until it loads.
    app = build_application(settings)
    webhook = None
    if getattr(args, "webhook", None):
        path = args.url_path or urlparse(args.webhook).path.strip("/") or "telegram"
        log.info("starting webhook server on %s:%d/%s", args.listen, args.port, path)
        webhook = Webhook(url=args.webhook, listen=args.listen, port=args.port, url_path=path,
                          secret_token=webhook_secret(args, settings))  # fmt: skip
    else:
        log.info("starting long polling")
    asyncio.run(serve(app, settings.state, webhook))
    return 0


def run_invite(args: argparse.Namespace, settings: Settings) -> int:
    """Print one-time invite codes (and links when the bot's username is given)."""
    from bot.assistant import Assistant
    from bot.telegram.store import create_invites

    assistant = Assistant(settings)  # the channel reaches the state database only through it
    try:
        codes = create_invites(assistant.store, created_by="cli", count=max(1, args.count))
    finally:
        assistant.close()
    for code in codes:
        link = f"  https://t.me/{args.bot.lstrip('@')}?start=i_{code}" if args.bot else ""
        print(f"{code}{link}")
    return 0
