"""Commands of the youth-welfare planning team (/einladen, /luecken, /luecken_export) and jobs.

The gap report comes from the assistant (`gap_summary`, `gap_heatmap`, `gap_workbook`), which
loads the charting stack only when a command asks for it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import logging
import re
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from telegram import Update
from telegram.constants import MessageLimit
from telegram.ext import ContextTypes

from bot.assistant import Scope
from bot.i18n import _
from bot.telegram.health import CATALOGUE_MISSING
from bot.telegram.services import KEY, Lotse, Visit, guarded
from bot.telegram.store import create_invites, purge_sessions
from bot.text import fold

if TYPE_CHECKING:
    from bot.catalogue import Catalogue

log = logging.getLogger(__name__)
MAX_INVITES = 20
_DAYS = re.compile(r"^(\d{1,4})d?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_filter(args: list[str], catalogue: Catalogue, today: dt.date | None = None) -> Scope:
    """Read `[municipality] [since [until] | YYYY-MM | N days]` from a command's arguments."""
    today = today or dt.date.today()
    dates: list[dt.date] = []
    words: list[str] = []
    since = until = None
    for arg in args:
        month = _MONTH.match(arg)
        days = _DAYS.match(arg)
        try:
            dates.append(dt.date.fromisoformat(arg))
            continue
        except ValueError:
            pass
        if month:
            year, number = int(month[1]), int(month[2])
            if 1 <= number <= 12:
                since = dt.date(year, number, 1)
                until = dt.date(year, number, calendar.monthrange(year, number)[1])
        elif days:
            since = today - dt.timedelta(days=int(days[1]))
        else:
            words.append(arg)
    if dates:
        since = dates[0]
        until = dates[1] if len(dates) > 1 else None
    municipality = None
    if words:
        wanted = fold(" ".join(words))
        for place in catalogue.gazetteer.municipalities:
            if wanted in (fold(place.key), fold(place.name)) or fold(place.name).startswith(wanted):
                municipality = place.key
                break
    return Scope(municipality, since, until)


@guarded(admin=True)
async def on_invite(update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit) -> None:
    """Create one-time invitation codes with their links."""
    message = update.effective_message
    if message is None:
        return
    count = int(context.args[0]) if context.args and context.args[0].isdigit() else 1
    codes = await visit.run(
        create_invites, visit.lotse.store, visit.user, max(1, min(count, MAX_INVITES))
    )
    username = context.bot.username
    lines = [escape(_("One-time invitations (each works once):"))]
    lines += [
        f"<code>{escape(c)}</code> – https://t.me/{escape(username)}?start=i_{escape(c)}"
        for c in codes
    ]
    await message.reply_text("\n".join(lines))


def _split(text: str, limit: int = int(MessageLimit.MAX_TEXT_LENGTH) - 20) -> list[str]:
    """Split a long report at line breaks into messages Telegram accepts."""
    chunks: list[str] = []
    current = ""
    for line in text.splitlines():
        while len(line) > limit:
            chunks.append(line[:limit])
            line = line[limit:]
        if len(current) + len(line) + 1 > limit:
            chunks.append(current)
            current = ""
        current += line + "\n"
    if current.strip():
        chunks.append(current)
    return chunks or [""]


@guarded(admin=True)
async def on_gaps(update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit) -> None:
    """Send the gap summary and the heat map, filtered by municipality and period."""
    message = update.effective_message
    if message is None:
        return
    assistant = visit.lotse.assistant
    wanted = parse_filter(list(context.args or []), visit.catalogue)
    text = await visit.run(assistant.gap_summary, wanted)
    for chunk in _split(text):
        await message.reply_text(f"<pre>{escape(chunk)}</pre>")
    png = await visit.run(assistant.gap_heatmap, wanted)
    if png:
        await message.reply_photo(
            io.BytesIO(png), caption=escape(_("Gaps by life phase and municipality"))
        )


@guarded(admin=True)
async def on_gaps_export(update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit) -> None:
    """Send the gap log as an XLSX file, with the same filters as /luecken."""
    message = update.effective_message
    if message is None:
        return
    wanted = parse_filter(list(context.args or []), visit.catalogue)
    data = await visit.run(visit.lotse.assistant.gap_workbook, wanted)
    name = f"luecken-{dt.date.today().isoformat()}.xlsx"
    await message.reply_document(
        io.BytesIO(data), filename=name, caption=escape(_("Gap log export"))
    )


def purge_now(lotse: Lotse) -> int:
    """Delete gap-log entries past the retention period and stale search sessions."""
    return purge_sessions(lotse.store) + lotse.assistant.purge_gaps()


async def purge_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The daily retention job."""
    import asyncio

    lotse: Lotse = context.application.bot_data[KEY]
    removed = await asyncio.to_thread(purge_now, lotse)
    log.info("retention purge removed %d rows", removed)


def heartbeat_path(state: Path) -> Path:
    """Where the bot proves it is alive; the Docker health check reads it."""
    return state.parent / "heartbeat"


async def heartbeat_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    lotse: Lotse = context.application.bot_data[KEY]
    path = heartbeat_path(Path(lotse.settings.state))
    beat = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    if not lotse.assistant.catalogue_ready:
        beat += f"\n{CATALOGUE_MISSING}"
    path.write_text(beat, encoding="utf-8")
