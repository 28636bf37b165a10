"""What every command group shares: lazy handlers, the two store options, settings from them."""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn

from bot.i18n import _
from bot.settings import Settings

Handler = Callable[[argparse.Namespace, Settings], int]


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter with the "usage:" line in the user's language."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup],
                  prefix: str | None = None) -> None:  # fmt: skip
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose own words (headings, -h, usage) are German like the rest of the CLI.

    argparse translates through the gettext module's global domain, which reads compiled .mo
    files from disk; our catalogues are compiled in memory (`bot.i18n`). So the few words argparse
    adds itself are set here through `_`, and every sub-command parser inherits this class
    (argparse creates sub-parsers of the parent's type).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = _("show this help message and exit")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        message = translate_argparse(message)
        self.exit(2, _("{prog}: error: {message}").format(prog=self.prog, message=message) + "\n")


def argparse_sentences() -> dict[str, str]:
    """argparse's own error sentences (its English msgids) with ours, in the current locale.

    argparse has already filled them in when `error` sees them, so each is matched back to its
    template and the filled-in values are carried into the translation.
    """
    return {
        "the following arguments are required: %s":
            _("the following arguments are required: %s"),
        "unrecognized arguments: %s": _("unrecognized arguments: %s"),
        "argument %(argument_name)s: %(message)s": _("argument %(argument_name)s: %(message)s"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            _("invalid choice: %(value)r (choose from %(choices)s)"),
        "expected one argument": _("expected one argument"),
        "expected at most one argument": _("expected at most one argument"),
        "expected at least one argument": _("expected at least one argument"),
        "expected %s argument": _("expected %s argument"),
        "expected %s arguments": _("expected %s arguments"),
        "invalid %(type)s value: %(value)r": _("invalid %(type)s value: %(value)r"),
        "one of the arguments %s is required": _("one of the arguments %s is required"),
        "not allowed with argument %s": _("not allowed with argument %s"),
        "ambiguous option: %(option)s could match %(matches)s":
            _("ambiguous option: %(option)s could match %(matches)s"),
        "ignored explicit argument %r": _("ignored explicit argument %r"),
    }  # fmt: skip


_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[sr]")
_REPR = re.compile(r"(%(?:\(\w+\))?)r")


def _pattern(template: str) -> re.Pattern[str]:
    """A regex for a filled-in template: named placeholders become named groups, `%s` `_0`, `_1`."""
    parts, position = [], 0
    for index, found in enumerate(_PLACEHOLDER.finditer(template)):
        parts.append(re.escape(template[position:found.start()]))
        parts.append(f"(?P<{found.group(1) or f'_{index}'}>.+?)")
        position = found.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)


def translate_argparse(message: str) -> str:
    """argparse's message in the user's language; an unknown sentence stays as argparse wrote it."""
    for template, translated in argparse_sentences().items():
        match = _pattern(template).fullmatch(message)
        if match is None:
            continue
        values = match.groupdict()
        if "message" in values:
            values["message"] = translate_argparse(values["message"])
        text = _REPR.sub(r"\1s", translated)  # argparse has already applied repr()
        if all(name.startswith("_") for name in values):
            return text % tuple(values.values())
        return text % values
    return message


def lazy(target: str) -> Handler:
    """Return a handler that imports `module:function` only when the command runs."""

    def run(args: argparse.Namespace, settings: Settings) -> int:
        module_name, function_name = target.split(":")
        function = getattr(importlib.import_module(module_name), function_name)
        return int(function(args, settings) or 0)

    return run


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """Add --catalogue and --state, the two files almost every command works on."""
    parser.add_argument("--catalogue", metavar="PATH", help=_("catalogue database "
                        "(default: LOTSE_CATALOGUE or the shipped catalogue.db)"))  # fmt: skip
    parser.add_argument("--state", metavar="PATH",
                        help=_("state database (default: LOTSE_STATE or state.db)"))  # fmt: skip


def settings_for(args: argparse.Namespace, settings: Settings) -> Settings:
    """Apply --catalogue/--state from the command line over the environment."""
    changes = {}
    if getattr(args, "catalogue", None):
        changes["catalogue"] = Path(args.catalogue)
    if getattr(args, "state", None):
        changes["state"] = Path(args.state)
    return replace(settings, **changes) if changes else settings
