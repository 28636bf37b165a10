"""Sub-commands `catalogue …`: import, export, check, reports, confirm, rollback.

The handlers only parse, call the library (importing.py, hsds.py, template.py, check.py,
bot.reports) and print; curators run them, so every message is German by default.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import sys
from pathlib import Path

from bot.i18n import _
from bot.settings import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    from bot.cli.options import add_store_options, lazy

    catalogue = subparsers.add_parser("catalogue", help=_("import and maintain the catalogue"))
    actions = catalogue.add_subparsers(dest="action", metavar=_("ACTION"), required=True)

    do_import = actions.add_parser(
        "import",
        help=_("replace the catalogue with a folder, a planner's list or HSDS"),
        description=_(
            "Read places.csv, topics.csv and offers.csv, a planner's CSV/XLSX or a GeoJSON with "
            "German headers, or an HSDS 3.0 CSV package; validate everything and "
            "replace the catalogue atomically. On any error nothing is written."
        ),
    )
    do_import.add_argument("source", metavar="FILE|DIR", help=_("file or folder to import"))
    add_store_options(do_import)
    do_import.add_argument(
        "--dry-run", action="store_true", help=_("only print the import report, change nothing")
    )
    do_import.add_argument(
        "--merge",
        action="store_true",
        help=_("keep the current offers that the file does not contain (update by id)"),
    )
    do_import.add_argument(
        "--places",
        metavar="CSV",
        help=_("places.csv to use instead of the places of the current catalogue"),
    )
    do_import.add_argument(
        "--topics",
        metavar="CSV",
        help=_("topics.csv to use instead of the topics of the current catalogue"),
    )
    do_import.add_argument(
        "--place",
        metavar="KEY",
        help=_("HSDS: place for services whose areas and addresses name no place of the gazetteer"),
    )
    do_import.add_argument(
        "--sheet",
        metavar="NAME",
        help=_("Excel: the sheet to read (default: the one with known headers)"),
    )
    do_import.add_argument(
        "--services",
        metavar="CSV",
        help=_("mapping of service names to ages and topics (default: the shipped services.csv)"),
    )
    do_import.add_argument(
        "--skip-invalid",
        action="store_true",
        help=_("import the good rows and list the refused ones (default: all or nothing)"),
    )
    do_import.set_defaults(handler=lazy("bot.cli.catalogue:run_import"))

    places = actions.add_parser(
        "places",
        help=_("derive a gazetteer (places.csv) from a list's Ort/Bezirk/Stadtteil/PLZ columns"),
        description=_(
            "Read a list (CSV, XLSX, GeoJSON) and write the places it names as places.csv: "
            "municipalities, districts, postcodes and the centre of the rows' coordinates, "
            "for the planner to review before `catalogue import FILE --places places.csv`."
        ),
    )
    places.add_argument("source", metavar="FILE", help=_("the list"))
    places.add_argument("--out", metavar="CSV", required=True, help=_("places.csv to write"))
    places.add_argument(
        "--region", metavar="NAME", help=_("name of the whole region (default: the most named Ort)")
    )
    places.add_argument("--sheet", metavar="NAME", help=_("Excel: the sheet to read"))
    places.set_defaults(handler=lazy("bot.cli.catalogue:run_places"))

    export = actions.add_parser("export", help=_("write the catalogue as Excel list or HSDS"))
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--xlsx",
        metavar="FILE",
        help=_("Excel list with German headers (also a template for planners)"),
    )
    target.add_argument("--hsds", metavar="DIR", help=_("HSDS 3.0 CSV data package"))
    add_store_options(export)
    export.set_defaults(handler=lazy("bot.cli.catalogue:run_export"))

    check = actions.add_parser(
        "check",
        help=_("list stale, duplicate and incomplete offers and the coverage of life phases"),
    )
    check.add_argument(
        "--months",
        type=int,
        default=12,
        help=_("offers not verified for longer are stale (default 12)"),
    )
    check.add_argument("--today", metavar="DATE", help=_("reference date (default: today)"))
    add_store_options(check)
    check.set_defaults(handler=lazy("bot.cli.catalogue:run_check"))

    reports = actions.add_parser("reports", help=_("list the open reports of outdated offers"))
    add_store_options(reports)
    reports.set_defaults(handler=lazy("bot.cli.catalogue:run_reports"))

    confirm = actions.add_parser(
        "confirm", help=_("mark an offer as checked: resolve its open reports")
    )
    confirm.add_argument("offer_id", metavar="OFFER_ID")
    confirm.add_argument(
        "--fixed",
        action="store_true",
        help=_("the entry was corrected (default: confirmed as correct)"),
    )
    add_store_options(confirm)
    confirm.set_defaults(handler=lazy("bot.cli.catalogue:run_confirm"))

    rollback = actions.add_parser(
        "rollback", help=_("go back to the catalogue before the last import (again: forward)")
    )
    add_store_options(rollback)
    rollback.set_defaults(handler=lazy("bot.cli.catalogue:run_rollback"))


def _print_problems(title: str, problems: list, stream=None) -> None:  # type: ignore[no-untyped-def]
    stream = stream or sys.stdout
    if problems:
        print(title, file=stream)
        for problem in problems:
            print(f"  - {problem}", file=stream)


def run_import(args: argparse.Namespace, settings: Settings) -> int:
    from bot.exchange.diff import import_diff
    from bot.exchange.importing import (
        apply_import,
        load_base,
        merge_offers,
        read_source,
    )
    from bot.exchange.sources import CatalogueError

    target = Path(settings.catalogue)
    base, problems = load_base(target, getattr(args, "places", None), getattr(args, "topics", None))
    derived = None
    if not target.exists() and not getattr(args, "places", None):
        from bot.exchange.new_region import places_from_list

        derived = places_from_list(Path(args.source), base.places, getattr(args, "sheet", None))
        if derived is not None:
            base.places = derived[0]
    result = read_source(
        Path(args.source),
        base,
        getattr(args, "place", None),
        sheet=getattr(args, "sheet", None),
        services=getattr(args, "services", None),
    )
    result.sources.problems[:0] = problems
    if derived is not None:
        result.notes.insert(0, derived[1])
    if getattr(args, "skip_invalid", False):
        result.skip_invalid()
    sources = result.sources
    read = len(sources.offers)
    if getattr(args, "merge", False):
        sources.offers = merge_offers(base.offers, sources.offers)
    diff = import_diff(base.offers, sources.offers, read)
    print(
        _(
            "{source}: {offers} offers read ({kind}); new {new}, changed {changed}, "
            "removed {removed}, unchanged {same}."
        ).format(
            source=args.source,
            offers=diff.read,
            kind=result.kind,
            new=len(diff.new),
            changed=len(diff.changed),
            removed=len(diff.removed),
            same=len(diff.unchanged),
        )
    )
    _print_problems(_("Notes (imported anyway):"), result.notes)
    if result.open_ages:
        print(
            _("Rows that name no age (open to every age, please check): {count}").format(
                count=len(result.open_ages)
            )
        )
    if result.skipped:
        _print_problems(
            _("Left out ({rows} rows with problems, --skip-invalid):").format(
                rows=result.skipped_rows
            ),
            result.skipped,
        )
    if result.problems:
        print(_("The catalogue was not changed. Problems found:"), file=sys.stderr)
        for problem in result.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    if getattr(args, "dry_run", False):
        if result.skipped:
            print(
                _("Dry run: {offers} offers would be imported, {rows} rows left out; "
                  "nothing was written.").format(offers=len(sources.offers),
                                                 rows=result.skipped_rows)
            )  # fmt: skip
        else:
            print(_("Dry run: no problems found, nothing was written."))
        return 0
    try:
        resolved = apply_import(result, target, settings.state, base.offers)
    except CatalogueError as error:  # pragma: no cover - validated above
        _print_problems(
            _("The catalogue was not changed. Problems found:"), error.problems, sys.stderr
        )
        return 1
    print(
        _("Imported {offers} offers, {places} places and {topics} topics into {path}.").format(
            offers=len(sources.offers),
            places=len(sources.places),
            topics=len(sources.topics),
            path=target,
        )
    )
    if result.skipped:
        print(
            _("{rows} rows with problems were left out (listed above).").format(
                rows=result.skipped_rows
            )
        )
    for offer_id, count in resolved.items():
        print(
            _("Reports on {offer} resolved by this import: {count}").format(
                offer=offer_id, count=count
            )
        )
    return 0


def run_places(args: argparse.Namespace, settings: Settings) -> int:
    from bot.exchange.headers import header_score
    from bot.exchange.new_region import hsds_place_table
    from bot.exchange.places import derive_places, write_places
    from bot.exchange.sources import Problem
    from bot.exchange.tables import read_table

    problems: list = []
    source = Path(args.source)
    table = (
        hsds_place_table(source)
        if source.is_dir()
        else read_table(source, header_score, problems, getattr(args, "sheet", None))
    )
    if table is None and source.is_dir():
        problems.append(Problem(source.name, 0, "", "", _("no services.csv: not an HSDS package")))
    if table is None:
        _print_problems(_("Nothing was written. Problems found:"), problems, sys.stderr)
        return 1
    derived = derive_places(table, getattr(args, "region", None))
    write_places(derived.places, Path(args.out))
    kinds = [p.kind for p in derived.places]
    print(
        _("Wrote {municipalities} municipalities and {districts} districts to {path}; "
          "please review names, aliases and postcodes.").format(
            municipalities=kinds.count("municipality"), districts=kinds.count("district"),
            path=args.out)
    )  # fmt: skip
    _print_problems(_("Notes:"), derived.notes)
    return 0


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    from bot.catalogue.index import Catalogue

    catalogue = Catalogue.load(Path(settings.catalogue))
    if args.xlsx:
        from bot.exchange.template import export_xlsx

        count = export_xlsx(catalogue, Path(args.xlsx))
        print(_("Wrote {count} offers to {path}.").format(count=count, path=args.xlsx))
    else:
        from bot.exchange.hsds_export import export_hsds

        counts = export_hsds(catalogue, Path(args.hsds))
        print(
            _("Wrote an HSDS package with {count} services to {path}.").format(
                count=counts.get("service", 0), path=args.hsds
            )
        )
    return 0


def run_check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.catalogue.index import Catalogue
    from bot.exchange.check import check_catalogue, format_check

    today = dt.date.fromisoformat(args.today) if getattr(args, "today", None) else None
    catalogue = Catalogue.load(Path(settings.catalogue))
    report = check_catalogue(catalogue, today, getattr(args, "months", 12))
    print(format_check(report, catalogue))
    return 0


def run_reports(args: argparse.Namespace, settings: Settings) -> int:
    from bot.exchange.curation import render_reports

    print(render_reports(Path(settings.catalogue), Path(settings.state)))
    return 0


def run_confirm(args: argparse.Namespace, settings: Settings) -> int:
    from bot.reports import resolve_reports
    from bot.state import StateStore

    store = StateStore(settings.state)
    try:
        count = resolve_reports(
            store, args.offer_id, status="fixed" if getattr(args, "fixed", False) else "confirmed"
        )
    finally:
        store.close()
    if count:
        print(_("{count} open reports on {offer} resolved.").format(count=count,
                                                                    offer=args.offer_id))
        return 0
    known = _offer_ids(Path(settings.catalogue))
    if args.offer_id in known:
        print(_("There are no open reports on {offer}.").format(offer=args.offer_id))
        return 0
    # A typo must not look like success: "0 resolved" for an id that exists nowhere.
    message = _("There is no offer {offer} in the catalogue and no open report on it.").format(
        offer=args.offer_id)  # fmt: skip
    close = difflib.get_close_matches(args.offer_id.upper(), known, n=3)
    if close:
        message += " " + _("Did you mean: {ids}?").format(ids=", ".join(close))
    print(message, file=sys.stderr)
    return 1


def _offer_ids(path: Path) -> list[str]:
    """The offer ids of the catalogue, or none when it cannot be read."""
    import sqlite3

    from bot.catalogue import Catalogue

    try:
        return list(Catalogue.load(path).by_id)
    except (OSError, sqlite3.Error):  # confirming works without a readable catalogue
        return []


def run_rollback(args: argparse.Namespace, settings: Settings) -> int:
    from bot.catalogue.store import previous_path, rollback

    target = Path(settings.catalogue)
    try:
        rollback(target)
    except FileNotFoundError:
        print(
            _("There is no previous catalogue ({path}).").format(path=previous_path(target)),
            file=sys.stderr,
        )
        return 1
    except Exception as error:  # a damaged previous file: keep the current one
        print(
            _("The previous catalogue is not readable, nothing changed: {error}").format(
                error=error
            ),
            file=sys.stderr,
        )
        return 1
    print(_("Rolled back: {path} is now the catalogue before the last import.").format(path=target))
    return 0
