"""Sub-command `gaps`: what the gap log says, by life phase × municipality × topic."""

from __future__ import annotations

import argparse

from bot.i18n import _
from bot.settings import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    from bot.cli import add_store_options, lazy

    gaps = subparsers.add_parser("gaps", help=_("show the gap log: where families find no offer"))
    gaps.add_argument("--latest", type=int, default=10, metavar="N",
                      help=_("how many of the latest entries to show"))  # fmt: skip
    add_store_options(gaps)
    gaps.set_defaults(handler=lazy("bot.gaps.commands:run_summary"))


def run_summary(args: argparse.Namespace, settings: Settings) -> int:
    from bot.catalogue import Catalogue
    from bot.gaps.log import all_gaps, gap_counts, latest_gaps
    from bot.render.words import phase_label
    from bot.state import StateStore

    store = StateStore(settings.state)
    catalogue = Catalogue.load(settings.catalogue)
    entries = all_gaps(store)
    print(_("{count} requests in the gap log ({path}).").format(count=len(entries),
                                                                  path=settings.state))  # fmt: skip
    if not entries:
        return 0
    print()
    print(_("By life phase × municipality × topic:"))
    for (phase, municipality, topic), count in gap_counts(entries).most_common():
        print(f"  {count:5d}  {phase} {phase_label(phase):<15} "
              f"{catalogue.place_name(municipality):<18} {catalogue.topic_label(topic)}")  # fmt: skip
    print()
    print(_("Latest entries:"))
    for entry in latest_gaps(store, args.latest):
        print(f"  {entry.created_at}  [{entry.reason}]  {entry.query}")
    store.close()
    return 0
