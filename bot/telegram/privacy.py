"""Data-subject rights in the chat: /datenschutz explains, /meine_daten shows, /loeschen deletes."""

from __future__ import annotations

import io
import json
from html import escape

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.i18n import _
from bot.privacy.subject import delete_user_data, user_data
from bot.telegram import keyboards as kb
from bot.telegram.services import Visit, guarded


def privacy_text(retention_days: int) -> str:
    return _(
        "Privacy in plain words\n\n"
        "What is stored, and why:\n"
        "• Your Telegram id only as a pseudonym (a keyed hash that cannot be turned back into "
        "your id) – to keep your settings and your searches apart from other users'.\n"
        "• Your settings: language, role, default place.\n"
        "• Your recent searches (search sessions) – so that the buttons under an answer keep "
        "working. Names, phone numbers, addresses and e-mail addresses are removed from the "
        "text first. They are deleted after 30 days.\n"
        "• Requests for which no fitting offer exists, or that you marked as not helpful (the "
        "gap log) – anonymised, as evidence for the youth-welfare planning of the Kreis Unna. "
        "Personal details are removed from the text.\n"
        "• Your reports of outdated offers – so that curators can check them.\n\n"
        "Gap-log entries are deleted after {days} days.\n\n"
        "Please never write names, birth dates or addresses of families.\n\n"
        "/meine_daten shows everything stored about you, /loeschen deletes it."
    ).format(days=retention_days)


@guarded(open_to_all=True)
async def on_privacy(update: Update, context: ContextTypes.DEFAULT_TYPE, visit: Visit) -> None:
    """Explain what is stored and why."""
    if update.effective_message is not None:
        text = privacy_text(visit.lotse.settings.retention_days)
        await update.effective_message.reply_text(escape(text))


def _export(visit: Visit) -> tuple[str, bytes]:
    data = user_data(visit.lotse.store, visit.user)
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
    query = update.callback_query
    assert query is not None
    await query.answer()
    callback = kb.parse(query.data)
    if callback.key == "yes":
        count = await visit.run(delete_user_data, visit.lotse.store, visit.user)
        text = _("Done: {count} stored entries about you were deleted.").format(count=count)
    else:
        text = _("Nothing was deleted.")
    if isinstance(query.message, Message):
        await query.message.edit_text(escape(text))
    elif update.effective_chat is not None:
        await update.effective_chat.send_message(escape(text))
