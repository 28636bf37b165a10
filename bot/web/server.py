"""Serve the web channel: `python -m bot web [--host 127.0.0.1] [--port 8080]`."""

from __future__ import annotations

import argparse
import logging

from aiohttp import web

from bot.settings import Settings
from bot.web.app import make_app


def run_web(args: argparse.Namespace, settings: Settings) -> int:
    """Run until interrupted; behind a TLS proxy, bind to 127.0.0.1 (see README)."""
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)  # no addresses in the log
    app = make_app(settings, messages_per_minute=args.rate)
    print(f"Präventionslotse web: http://{args.host}:{args.port}/ (Ctrl+C to stop)", flush=True)
    web.run_app(app, host=args.host, port=args.port, print=None, access_log=None)
    return 0
