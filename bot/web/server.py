"""Serve the web channel: `python -m bot web [--host 127.0.0.1] [--port 8080]`."""

from __future__ import annotations

import argparse
import logging
import multiprocessing

from aiohttp import web

from bot.settings import Settings
from bot.web.app import ASSISTANT, make_app


def serve(settings: Settings, host: str, port: int, rate: int, reuse_port: bool) -> None:
    """One worker: its own assistant and event loop on the shared port."""
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)  # no addresses in the log
    app = make_app(settings, messages_per_minute=rate)
    app[ASSISTANT].warm()  # the vocabulary is built before the port opens, not in the first answers
    web.run_app(app, host=host, port=port, print=None, access_log=None,
                reuse_port=reuse_port or None)  # fmt: skip


def run_web(args: argparse.Namespace, settings: Settings) -> int:
    """Run until interrupted; behind a TLS proxy, bind to 127.0.0.1 (see README).

    The assistant is synchronous, so one process uses one core; `--workers N` starts N processes
    on the same port (SO_REUSEPORT, Linux), which share the state database (SQLite WAL). The rate
    limit is then counted per worker.
    """
    workers = max(1, args.workers)
    print(f"Präventionslotse web: http://{args.host}:{args.port}/ ({workers} worker(s); "
          "Ctrl+C to stop)", flush=True)  # fmt: skip
    if workers == 1:
        serve(settings, args.host, args.port, args.rate, False)
        return 0
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=serve, args=(settings, args.host, args.port, args.rate,
                                                     True), daemon=True)
                 for _ in range(workers)]  # fmt: skip
    for process in processes:
        process.start()
    try:
        for process in processes:
            process.join()
    except KeyboardInterrupt:
        for process in processes:
            process.terminate()
    return 0
