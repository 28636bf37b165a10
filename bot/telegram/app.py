"""Build the `telegram.ext.Application`: handlers in reading order, rate limiter, errors, jobs.

`build_application` is used by `python -m bot run`, by the end-to-end tests and by the benchmark,
so all three exercise the same wiring; only the Bot API base URL differs.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import importlib.util
import logging
import sys
from dataclasses import dataclass
from html import escape

from telegram import BotCommand, BotCommandScopeChat, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.assistant import Assistant
from bot.i18n import _, use_locale
from bot.settings import Settings
from bot.telegram import admin, conversation, inline, onboarding, privacy
from bot.telegram import keyboards as kb
from bot.telegram.access import FloodLimit
from bot.telegram.corepool import CorePool
from bot.telegram.leanbot import LeanBot
from bot.telegram.request import RetryPolicy, make_request
from bot.telegram.services import KEY, Lotse
from bot.telegram.updates import ChatOrderedProcessor, kind_of

log = logging.getLogger(__name__)
CONCURRENT_UPDATES = 64
PURGE_AT = dt.time(3, 0, tzinfo=dt.UTC)
HEARTBEAT_SECONDS = 30
GAP_RETRY_SECONDS = 10


def N_(message: str) -> str:  # the name pybabel looks for
    """Mark a message for translation where it is defined; it is translated where it is shown."""
    return message


# (German name, English name, English description); the German menu is the default.
USER_COMMANDS = (
    ("start", "start", N_("start and set up")),
    ("hilfe", "help", N_("how to ask")),
    ("ort", "place", N_("set your default place")),
    ("sprache", "language", N_("choose the language")),
    ("datenschutz", "privacy", N_("what is stored and why")),
    ("meine_daten", "mydata", N_("show your stored data")),
    ("loeschen", "delete", N_("delete your data")),
)
ADMIN_COMMANDS = (
    ("einladen", "invite", N_("create an invitation")),
    ("luecken", "gaps", N_("gap summary and heat map")),
    ("luecken_export", "gaps_export", N_("gap log as XLSX")),
)


def add_handlers(app: Application) -> None:
    """Wire the handlers in the order a conversation meets them."""
    private = filters.ChatType.PRIVATE
    commands = [
        (("start",), onboarding.on_start),
        (("hilfe", "help"), onboarding.on_help),
        (("ort", "place"), onboarding.on_place),
        (("sprache", "language"), onboarding.on_language),
        (("datenschutz", "privacy"), privacy.on_privacy),
        (("meine_daten", "mydata"), privacy.on_my_data),
        (("loeschen", "delete"), privacy.on_delete),
        (("einladen", "invite"), admin.on_invite),
        (("luecken", "gaps"), admin.on_gaps),
        (("luecken_export", "gaps_export"), admin.on_gaps_export),
    ]
    for names, callback in commands:
        app.add_handler(CommandHandler(list(names), callback, filters=private))
    app.add_handler(MessageHandler(private & filters.LOCATION, conversation.on_location))
    app.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, conversation.on_text))
    search_buttons = "".join(
        (
            kb.AGE,
            kb.PLACE,
            kb.MUNICIPALITY,
            kb.MORE,
            kb.NOT_HELPFUL,
            kb.NEARBY,
            kb.DETAILS,
            kb.REPORT,
        )
    )
    app.add_handler(
        CallbackQueryHandler(conversation.on_search_button, pattern=f"^[{search_buttons}](:|$)")
    )
    app.add_handler(
        CallbackQueryHandler(
            onboarding.on_profile_button, pattern=f"^[{kb.ROLE}{kb.HOME}{kb.LANGUAGE}]:"
        )
    )
    app.add_handler(CallbackQueryHandler(privacy.on_delete_button, pattern=f"^{kb.DELETE}:"))
    app.add_handler(InlineQueryHandler(inline.on_inline))
    app.add_error_handler(on_error)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure (without message text) and tell the user politely; the bot keeps running."""
    if not isinstance(update, Update):
        log.error("job or polling failed reason=%s", type(context.error).__name__,
                  exc_info=context.error)  # fmt: skip
        return
    lotse: Lotse | None = context.application.bot_data.get(KEY)
    user = update.effective_user
    log.error(
        "update failed update=%s user=%s kind=%s reason=%s", update.update_id,
        lotse.pseudonym(user.id) if lotse and user else None, kind_of(update),
        type(context.error).__name__, exc_info=context.error,
    )  # fmt: skip
    language = update.effective_user.language_code if update.effective_user else None
    with use_locale(language):
        text = _(
            "Sorry, something went wrong with this message. Please try again in a moment, "
            "or in other words."
        )
    try:
        if update.callback_query is not None:
            with contextlib.suppress(TelegramError):  # answered already before the failure
                await update.callback_query.answer()
        if update.inline_query is not None:
            await update.inline_query.answer([], cache_time=0, is_personal=True)
        elif update.effective_chat is not None:
            await update.effective_chat.send_message(escape(text))
    except TelegramError as error:
        log.warning("failure not told update=%s reason=%s", update.update_id, type(error).__name__)


async def set_commands(app: Application) -> None:
    """Publish the command menus per language, and the admin commands to the admins only."""
    bot = app.bot
    lotse: Lotse = app.bot_data[KEY]
    for language in ("de", "en"):
        with use_locale(language):
            user = [
                BotCommand(de if language == "de" else en, _(about))
                for de, en, about in USER_COMMANDS
            ]
            staff = [
                BotCommand(de if language == "de" else en, _(about))
                for de, en, about in ADMIN_COMMANDS
            ]
        await bot.set_my_commands(user, language_code=language)
        if language == "de":
            await bot.set_my_commands(user)  # every other language falls back to German
        for admin_id in lotse.settings.admins:
            try:
                await bot.set_my_commands(
                    user + staff, scope=BotCommandScopeChat(admin_id), language_code=language
                )
            except TelegramError as error:  # the admin has not opened the bot yet
                log.info("admin menu not set: %s", type(error).__name__)


async def post_init(app: Application) -> None:
    await set_commands(app)
    lotse: Lotse | None = app.bot_data.get(KEY)
    if lotse is not None:  # build the vocabulary before the first update, not in each of them
        # each core process warms its own assistant, beside this process's (both before the
        # first update): one after the other they doubled a start on a machine with two cores
        warming = [asyncio.to_thread(lotse.assistant.warm)]
        if lotse.core is not None:
            warming.append(lotse.core.start())
        await asyncio.gather(*warming)
        # open the state database here: the first update would open it on the event loop, which
        # a write of another process (a core process, the CLI) could hold for its busy timeout
        await asyncio.to_thread(getattr, lotse, "store")


async def post_shutdown(app: Application) -> None:
    lotse: Lotse | None = app.bot_data.get(KEY)
    if lotse is not None:
        lotse.assistant.flush_gaps()  # a last try for gap rows held after a database fault
        if lotse.core is not None:  # the workers flush their gap rows as they leave
            await lotse.core.close()
        # closed last: the last connection to close checkpoints the WAL, which takes a while
        # after a busy day, and should not hold up a core process's exit
        lotse.assistant.close()


def _flush_gaps(lotse: Lotse) -> int:
    return lotse.assistant.flush_gaps()


async def gap_retry_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Write the gap rows the state database refused earlier (read-only, full, locked), here
    and in a core process (rows it could only keep in memory are written by it alone)."""
    lotse: Lotse = context.application.bot_data[KEY]
    await asyncio.to_thread(lotse.assistant.flush_gaps)
    if lotse.core is not None:
        await lotse.core.run_plain(_flush_gaps)


async def catalogue_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """While no catalogue is loaded, look for a good file in the background (not only on use).

    Scheduled only when the bot starts without one, and removed once it is loaded, so a healthy
    bot's log carries no line every 2 s.
    """
    holder = context.application.bot_data[KEY].assistant.holder
    if not holder.available:
        await asyncio.to_thread(holder.reload_if_changed)
    if holder.available and context.job is not None:
        context.job.schedule_removal()


@dataclass(frozen=True, slots=True)
class Options:
    """How the application talks to Telegram; the defaults are for production."""

    concurrent_updates: int = CONCURRENT_UPDATES
    # httpcore scans every pooled connection per request: a small pool is faster, not slower
    connection_pool_size: int = 8
    rate_limiter: BaseRateLimiter | None = None
    flood: FloodLimit | None = None
    read_timeout: float = 10.0
    connect_timeout: float = 10.0
    # getUpdates waits `poll timeout + this`; short, so a stalled poll cannot delay the shutdown
    updates_timeout: float = 2.0
    jobs: bool = True
    transport: str = "aiohttp"
    retry: RetryPolicy | None = None


def _remember_missing_sniffio() -> None:
    """Make httpcore's per-request `import sniffio` cheap when sniffio is not installed.

    httpcore imports sniffio on every lock it takes; a failed import is not cached and searches
    all of sys.path each time (a third of the CPU time in the benchmark). A None entry in
    sys.modules is Python's way to say "known to be missing".
    """
    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


def build_application(
    settings: Settings, options: Options | None = None, assistant: Assistant | None = None
) -> Application:
    """Build the application for `settings` (token and Bot API base URL included)."""
    if not settings.telegram_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    options = options or Options()
    _remember_missing_sniffio()
    request = make_request(
        connection_pool_size=options.connection_pool_size,
        read_timeout=options.read_timeout,
        connect_timeout=options.connect_timeout,
        policy=options.retry,
        transport=options.transport,
    )
    updates_request = make_request(
        connection_pool_size=1,
        read_timeout=options.updates_timeout,
        connect_timeout=options.updates_timeout,
        transport=options.transport,
    )
    bot = LeanBot(
        settings.telegram_token,
        base_url=settings.telegram_base_url,
        request=request,
        get_updates_request=updates_request,
        rate_limiter=options.rate_limiter or AIORateLimiter(max_retries=2),
        defaults=Defaults(
            parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
        ),
    )
    app = (
        ApplicationBuilder()
        .bot(bot)
        .concurrent_updates(ChatOrderedProcessor(options.concurrent_updates, settings.secret))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    app.bot_data[KEY] = Lotse(
        settings, assistant or Assistant(settings), options.flood or FloodLimit(),
        CorePool(settings, settings.core_processes),
    )
    add_handlers(app)
    if options.jobs and app.job_queue is not None:
        app.job_queue.run_daily(admin.purge_job, time=PURGE_AT, name="retention")
        app.job_queue.run_repeating(
            admin.heartbeat_job, interval=HEARTBEAT_SECONDS, first=0, name="heartbeat"
        )
        app.job_queue.run_repeating(
            gap_retry_job, interval=GAP_RETRY_SECONDS, first=GAP_RETRY_SECONDS, name="gap-retry"
        )
        if not app.bot_data[KEY].assistant.holder.available:
            app.job_queue.run_repeating(
                catalogue_job, interval=app.bot_data[KEY].assistant.holder.check_every,
                first=app.bot_data[KEY].assistant.holder.check_every,
                name="catalogue-retry",
            )
    return app


@dataclass(frozen=True, slots=True)
class Webhook:
    url: str
    listen: str = "127.0.0.1"
    port: int = 8080
    url_path: str = "telegram"
    secret_token: str | None = None


async def start(app: Application, webhook: Webhook | None = None, poll_timeout: int = 10) -> None:
    """Start like `run_polling`/`run_webhook` do, for callers that own the event loop."""
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    assert app.updater is not None
    if webhook is None:
        await app.updater.start_polling(timeout=poll_timeout, allowed_updates=Update.ALL_TYPES)
    else:
        await app.updater.start_webhook(
            listen=webhook.listen,
            port=webhook.port,
            url_path=webhook.url_path,
            webhook_url=webhook.url,
            secret_token=webhook.secret_token,
            allowed_updates=Update.ALL_TYPES,
        )
    await app.start()


async def stop(app: Application) -> None:
    """Stop what `start` started, in reverse order."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
