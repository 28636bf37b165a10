"""Sub-command `gaps`: the gap log summary, `gaps report` (HTML/CSV/XLSX) and `gaps purge`."""

from __future__ import annotations

import argparse
import datetime as dt

from bot.i18n import _
from bot.settings import Settings


def parse_day(value: str) -> dt.date:
    """Accept 2026-03-01 and 01.03.2026."""
    value = value.strip()
    try:
        if "." in value:
            day, month, year = value.split(".")
            return dt.date(int(year), int(month), int(day))
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(_("not a date: {value}").format(value=value)) from error


def register(subparsers: argparse._SubParsersAction) -> None:
    from bot.cli.options import add_store_options, lazy

    gaps = subparsers.add_parser("gaps", help=_("show the gap log: where families find no offer"))
    gaps.add_argument(
        "--latest",
        type=int,
        default=10,
        metavar="N",
        help=_("how many of the latest entries to show"),
    )
    add_store_options(gaps)
    gaps.set_defaults(handler=lazy("bot.cli.gaps:run_summary"))
    actions = gaps.add_subparsers(dest="gaps_command", metavar=_("ACTION"))

    report = actions.add_parser("report", help=_("write the gap report for the planning (HTML)"))
    report.add_argument(
        "--from",
        dest="since",
        type=parse_day,
        metavar=_("DATE"),
        help=_("first day (e.g. 2026-01-01)"),
    )
    report.add_argument(
        "--to", dest="until", type=parse_day, metavar=_("DATE"), help=_("last day, inclusive")
    )
    report.add_argument(
        "--municipality", metavar="KEY", help=_("only this municipality, by district (e.g. kamen)")
    )
    report.add_argument("--out", required=True, metavar="DIR", help=_("output folder"))
    report.add_argument("--csv", action="store_true", help=_("also write CSV tables"))
    report.add_argument("--xlsx", action="store_true", help=_("also write an Excel workbook"))
    add_store_options(report)
    report.set_defaults(handler=lazy("bot.cli.gaps:run_report"))

    purge = actions.add_parser(
        "purge", help=_("delete request texts older than the retention period (the counts stay)")
    )
    purge.add_argument(
        "--days",
        type=int,
        metavar="N",
        help=_("retention in days (default: LOTSE_RETENTION_DAYS, 365)"),
    )
    add_store_options(purge)
    purge.set_defaults(handler=lazy("bot.cli.gaps:run_purge"))


def run_summary(args: argparse.Namespace, settings: Settings) -> int:
    from bot.catalogue import Catalogue
    from bot.gaps.log import latest_gaps
    from bot.gaps.summary import summary_text
    from bot.gaps.view import build_view
    from bot.state import StateStore

    store = StateStore(settings.state)
    try:
        print(summary_text(build_view(store, Catalogue.load(settings.catalogue))))
        entries = latest_gaps(store, args.latest)
        if entries:
            print()
            print(_("Latest entries:"))
        for entry in entries:
            print(f"  {entry.created_at}  [{entry.reason}]  {entry.query or '–'}")
    finally:
        store.close()
    return 0


def _municipality(value: str | None, catalogue) -> str | None:  # type: ignore[no-untyped-def]
    """Accept a municipality key or its name ("Kamen", "Fröndenberg/Ruhr")."""
    if not value:
        return None
    for place in catalogue.gazetteer.municipalities:
        if value.strip().lower() in (place.key, place.name.lower()):
            return place.key
    raise SystemExit(_("unknown municipality: {value}").format(value=value))


def run_report(args: argparse.Namespace, settings: Settings) -> int:
    import time
    from pathlib import Path

    from bot.catalogue import Catalogue
    from bot.gaps.export import write_csv, write_xlsx
    from bot.gaps.report import write_report
    from bot.gaps.view import build_view
    from bot.state import StateStore

    started = time.perf_counter()
    catalogue = Catalogue.load(settings.catalogue)
    store = StateStore(settings.state)
    try:
        view = build_view(
            store,
            catalogue,
            municipality=_municipality(args.municipality, catalogue),
            since=args.since,
            until=args.until,
        )
        out = Path(args.out)
        written = [write_report(view, out, settings.retention_days)]
        if args.csv:
            written += write_csv(view, out)
        if args.xlsx:
            written.append(write_xlsx(view, out))
    finally:
        store.close()
    for path in written:
        print(path)
    print(
        _("{n} entries, written in {seconds} s").format(
            n=len(view.entries), seconds=f"{time.perf_counter() - started:.1f}"
        )
    )
    return 0


def run_purge(args: argparse.Namespace, settings: Settings) -> int:
    from bot.gaps.retention import purge
    from bot.state import StateStore

    days = settings.retention_days if args.days is None else args.days
    store = StateStore(settings.state)
    try:
        count = purge(store, days)
    finally:
        store.close()
    print(
        _("Deleted the texts of {n} entries older than {days} days; the counts stay.").format(
            n=count, days=days
        )
    )
    return 0
