"""`python -m bot ask`: one request per argument or per input line, as text or JSON.

With `-` every line of standard input is an independent request (no conversation), answered
with one JSON line in the format of ../shared/eval/README.md; a bad line never stops the batch.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import TextIO

from bot.assistant import Assistant
from bot.i18n import _
from bot.models import Answer, GapReason, Request
from bot.render.text import render_answer
from bot.settings import Settings

log = logging.getLogger(__name__)


def _answer(assistant: Assistant, text: str) -> Answer:
    try:
        answer, _session = assistant.respond(text, channel="cli")
        return answer
    except Exception:  # one broken request must not lose the rest of the batch
        log.exception("request failed")
        return Answer(Request(text=text), gap=GapReason.UNCLEAR)


def run_ask(args: argparse.Namespace, settings: Settings, stdin: TextIO | None = None,
            stdout: TextIO | None = None) -> int:  # fmt: skip
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    assistant = Assistant(settings, log_gaps=not args.no_log)
    try:
        if args.query == ["-"]:
            for line in stdin:
                _emit(assistant, line.rstrip("\r\n"), args.json, stdout)
        elif args.query:
            _emit(assistant, " ".join(args.query), args.json, stdout)
        else:
            print(_("Please give a request, or - to read one request per line."), file=sys.stderr)
            return 2
    finally:
        assistant.close()
    return 0


def _emit(assistant: Assistant, text: str, as_json: bool, stdout: TextIO) -> None:
    answer = _answer(assistant, text)
    if as_json:
        stdout.write(json.dumps(answer.to_json(), ensure_ascii=False) + "\n")
    else:
        stdout.write(render_answer(answer, assistant.catalogue_or_empty) + "\n\n")
    stdout.flush()
