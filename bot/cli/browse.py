"""Sub-command `browse`: open catalogue.db and the gap log in Datasette for planners."""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bot.i18n import _
from bot.settings import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    from bot.cli.options import add_store_options, lazy

    browse = subparsers.add_parser(
        "browse",
        help=_("browse the catalogue and the gap log in Datasette"),
        description=_(
            "Starts Datasette (pip install .[browse]) on the catalogue and the state "
            "database with German column labels, facets and prepared queries."
        ),
    )
    add_store_options(browse)
    browse.add_argument("--host", default="127.0.0.1", help=_("address to listen on"))
    browse.add_argument("--port", type=int, default=8001, help=_("port (default 8001)"))
    browse.add_argument(
        "--metadata", metavar="FILE", help=_("only write the generated metadata.json to FILE")
    )
    browse.set_defaults(handler=lazy("bot.cli.browse:run_browse"))


def datasette_command(
    catalogue: Path, state: Path | None, metadata: Path, host: str, port: int
) -> list[str]:
    files = [str(catalogue)] + ([str(state)] if state is not None else [])
    return [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        *files,
        "--metadata",
        str(metadata),
        "--host",
        host,
        "--port",
        str(port),
    ]


def run_browse(args: argparse.Namespace, settings: Settings) -> int:
    from bot.browse.metadata import build_metadata

    catalogue = Path(settings.catalogue)
    state = Path(settings.state) if Path(settings.state).exists() else None
    metadata = build_metadata(catalogue, state)
    if args.metadata:
        Path(args.metadata).write_text(
            json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        print(_("Wrote {path}.").format(path=args.metadata))
        return 0
    if importlib.util.find_spec("datasette") is None:
        print(_("Datasette is not installed: pip install '.[browse]'"), file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "metadata.json"
        path.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
        print(
            _("Datasette on http://{host}:{port}/ (stop with Ctrl+C)").format(
                host=args.host, port=args.port
            )
        )
        try:
            return subprocess.call(datasette_command(catalogue, state, path, args.host, args.port))
        except KeyboardInterrupt:
            return 0
