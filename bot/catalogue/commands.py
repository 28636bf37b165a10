"""Sub-commands `catalogue …`: import a catalogue (more curation commands join here)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.i18n import _
from bot.settings import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    from bot.cli import lazy

    catalogue = subparsers.add_parser("catalogue", help=_("import and maintain the catalogue"))
    actions = catalogue.add_subparsers(dest="action", metavar=_("ACTION"), required=True)
    do_import = actions.add_parser(
        "import", help=_("replace the catalogue with places.csv, topics.csv and offers.csv"),
        description=_("Validate the files and replace the catalogue atomically; on any error "
                      "nothing is written."),
    )  # fmt: skip
    do_import.add_argument("source", metavar="DIR", help=_("folder with the three CSV files"))
    do_import.add_argument("--catalogue", metavar="PATH",
                           help=_("catalogue database to write (default: the shipped catalogue.db)"))  # fmt: skip
    do_import.set_defaults(handler=lazy("bot.catalogue.commands:run_import"))


def run_import(args: argparse.Namespace, settings: Settings) -> int:
    from bot.catalogue.sources import CatalogueError
    from bot.catalogue.store import import_directory

    target = Path(settings.catalogue)
    try:
        sources = import_directory(Path(args.source), target)
    except CatalogueError as error:
        print(_("The catalogue was not changed. Problems found:"), file=sys.stderr)
        for problem in error.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(_("Imported {offers} offers, {places} places and {topics} topics into {path}.").format(
        offers=len(sources.offers), places=len(sources.places), topics=len(sources.topics),
        path=target))  # fmt: skip
    return 0
