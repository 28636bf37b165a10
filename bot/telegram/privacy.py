"""Data-subject rights in the chat: /datenschutz explains, /meine_daten shows, /loeschen deletes."""

from __future__ import annotations

import io
import json
from html import escape

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.i18n import _
from bot.telegram import keyboards as kb
from bot.telegram.services import Visit, guarded, pressed
from bot.telegram.store import SESSION_DAYS


def privacy_text(notice: str) -> str:
    """The shared privacy text plus what only the Telegram channel keeps."""
    telegram = _(
        "In Telegram the bot also keeps, under the same pseudonym: your settings (language, "
        "role, default place), your recent searches so that the buttons under an answer keep "
        "working (personal details removed, deleted after {days} days) and your reports of "
        "outdated offers until a curator has checked them."
    ).format(days=SESSION_DAYS)
    return notice + "\n\n" + telegram


@guarded(open_to_all=True)
async def on_privacy(update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit) -> None:
    """Explain what is stored and why."""
    if update.effective_message is not None:
        text = privacy_text(visit.lotse.assistant.privacy_notice())
        await update.effective_message.reply_text(escape(text))


def _export(visit: Visit) -> tuple[str, bytes]:
    data = visit.lotse.assistant.user_data(visit.user)
    counts = "\n".join(f"• {table}: {len(rows)}" for table, rows in data.items())
    document = json.dumps(
        {"user": visit.user, "data": data}, ensure_ascii=False, indent=2, default=str
    ).encode()
    return counts, document


@guarded(open_to_all=True)
async def on_my_data(update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit) -> None:
    """Send everything stored about the user as a JSON document."""
    message = update.effective_message
    if message is None:
        return
    counts, document = await visit.run(_export, visit)
    await message.reply_text(
        escape(_("Stored about you (pseudonym {user}):").format(user=visit.user) + "\n" + counts)
    )
    await message.reply_document(
        io.BytesIO(document),
        filename="meine_daten.json",
        caption=escape(_("All stored rows as JSON.")),
    )


@guarded(open_to_all=True)
async def on_delete(update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit) -> None:
    """Ask for confirmation before deleting everything about the user."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(
            escape(
                _(
                    "Delete everything stored about you? Your settings and searches are "
                    "deleted; gap-log entries stay as anonymous counts without any link to you. "
                    "If the bot works by invitation, you will need a new invitation afterwards."
                )
            ),
            reply_markup=kb.delete_keyboard(),
        )


@guarded(open_to_all=True)
async def on_delete_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit
) -> None:
    query, callback = await pressed(update)
    if callback.key == "yes":
        count = await visit.run(visit.lotse.assistant.delete_user_data, visit.user)
        text = _("Done: {count} stored entries about you were deleted.").format(count=count)
    else:
        text = _("Nothing was deleted.")
    if isinstance(query.message, Message):
        await query.message.edit_text(escape(text))
    elif update.effective_chat is not None:
        await update.effective_chat.send_message(escape(text))
