"""`python -m bot chat`: a conversation in the terminal, the newcomer's first contact."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from bot.assistant import Assistant, Session
from bot.i18n import _
from bot.render.text import render_compact
from bot.settings import Settings

QUIT = {"exit", "quit", "ende", "tschüss", "tschuess", "bye", ":q"}


def welcome() -> str:
    return _(
        "Präventionslotse — prevention offers for children and families in the Kreis Unna.\n"
        "Describe the child and the need, e.g. \u201eAngebote für eine 3-Jährige in "
        "Kamen-Methler, Sprachförderung\u201c.\nFollow-ups work: \u201eund in Unna?\u201c, "
        "\u201eund für 6-Jährige?\u201c, \u201emehr\u201c; the full card of an offer with "
        "\u201ed 2\u201c. End with \u201eende\u201c."
    )


def run_chat(args: argparse.Namespace, settings: Settings, stdin: TextIO | None = None,
             stdout: TextIO | None = None) -> int:  # fmt: skip
    if getattr(args, "json", False):
        from bot.channels.jsonchat import run_chat_json

        return run_chat_json(args, settings, stdin, stdout)
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty() if hasattr(stdin, "isatty") else False
    assistant = Assistant(settings, log_gaps=not getattr(args, "no_log", False))
    session = Session(default_place=getattr(args, "place", None))
    stdout.write(welcome() + "\n\n")
    try:
        while True:
            if interactive:
                stdout.write("> ")
                stdout.flush()
            line = stdin.readline()
            if not line:
                break
            text = line.strip()
            if not text:
                continue
            if text.lower() in QUIT:
                break
            try:
                answer, session = assistant.respond(text, session, channel="console")
                stdout.write(render_compact(answer, assistant.catalogue_or_empty) + "\n\n")
            except BrokenPipeError:
                raise
            except Exception:  # keep the conversation alive whatever one message does
                stdout.write(_("Sorry, something went wrong with this message. Please try "
                               "again in other words.") + "\n\n")  # fmt: skip
            stdout.flush()
    finally:
        assistant.close()
    stdout.write(_("Goodbye!") + "\n")
    return 0
