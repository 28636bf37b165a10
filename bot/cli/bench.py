"""Sub-command `bench`: `bench core` (the default), `bench telegram`, `bench soak`, `bench web`."""

from __future__ import annotations

import argparse

from bot.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    from bot.cli.options import add_store_options, lazy

    bench = subparsers.add_parser(
        "bench", help=_("measure how fast the assistant answers"),
        description=_("Measure speed and memory. Without a sub-command: bench core."),
    )  # fmt: skip
    kinds = bench.add_subparsers(dest="bench", metavar=_("BENCHMARK"))
    core = kinds.add_parser(
        "core", help=_("understanding and matching on the shipped and synthetic catalogues"),
        description=_("Understand and match the development requests on the shipped catalogue "
                      "and on synthetic catalogues of the given sizes, against a naive scan."),
    )  # fmt: skip
    for parser in (bench, core):  # `bench` alone runs `bench core`
        _core_options(parser)
        parser.set_defaults(handler=lazy("bot.bench.core:run_core"))
    telegram = kinds.add_parser("telegram", help=_("the Telegram channel against a local fake "
                                                   "Bot API"))  # fmt: skip
    telegram.add_argument("--updates", type=int, default=5000, metavar="N",
                          help=_("how many updates to send (default: 5000)"))  # fmt: skip
    telegram.add_argument("--json", action="store_true", help=_("print the figures as JSON"))
    add_store_options(telegram)
    telegram.set_defaults(handler=lazy("bot.bench.telegram:run"))
    soak = kinds.add_parser("soak", help=_("hours of mixed Telegram traffic: lost or duplicate "
                                           "replies, gap rows, memory"))  # fmt: skip
    soak.add_argument("--updates", type=int, default=20_000, metavar="N",
                      help=_("how many updates to send (default: 20000)"))  # fmt: skip
    soak.add_argument("--users", type=int, default=500, metavar="N",
                      help=_("how many users send them (default: 500)"))  # fmt: skip
    soak.add_argument("--limit", type=float, default=1800, metavar="S",
                      help=_("stop after this many seconds (default: 1800)"))  # fmt: skip
    soak.add_argument("--json", action="store_true", help=_("print the figures as JSON"))
    add_store_options(soak)
    soak.set_defaults(handler=lazy("bot.bench.soak:run"))
    web = kinds.add_parser("web", help=_("POST /api/messages of the web channel over HTTP"))
    web.add_argument("--requests", type=int, default=3000, metavar="N",
                     help=_("how many messages to send (default: 3000)"))  # fmt: skip
    web.add_argument("--clients", type=int, default=8, metavar="C",
                     help=_("conversations at once (default: 8)"))  # fmt: skip
    web.add_argument("--workers", type=int, default=1, metavar="N",
                     help=_("server processes (default: 1)"))  # fmt: skip
    web.add_argument("--rate", type=float, default=200.0, metavar="R",
                     help=_("requests per second offered in the latency run (default: 200)"))
    web.add_argument("--json", action="store_true", help=_("print the figures as JSON"))
    add_store_options(web)
    web.set_defaults(handler=lazy("bot.bench.web:run"))


def _core_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sizes", default="10000,100000", metavar="N,N",
                        help=_("synthetic catalogue sizes (default: 10000,100000)"))  # fmt: skip
    parser.add_argument("--repeat", type=int, default=3, metavar="R",
                        help=_("how often every request is timed (default: 3)"))  # fmt: skip
    parser.add_argument(
        "--naive-every", type=int, default=6, metavar="K",
        help=_("time the naive scan on every K-th request (default: 6)"),
    )  # fmt: skip
    parser.add_argument(
        "--requests", type=int, default=0, metavar="N",
        help=_("a quick run: time N of the development requests, spread over the set "
               "(default: all)"),
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help=_("print the figures as JSON"))
    parser.add_argument(
        "--catalogue", metavar="PATH",
        help=_("the shipped catalogue to measure (default: catalogue.db)"),
    )  # fmt: skip
