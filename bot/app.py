"""Build the PTB Application: request settings, services, handlers in an explicit order."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import threading
from typing import Any

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import Application, ContextTypes, Defaults, TypeHandler

from bot import metrics, places
from bot.clock import Clock
from bot.content import DEFAULT_LOCALE, Content
from bot.context import BotApplication, BotContext, BotData
from bot.db.engine import Database
from bot.delivery.engine import DeliveryConfig, DeliveryEngine
from bot.delivery.ratelimit import Limiter
from bot.domain import safety
from bot.handlers import (
    admin,
    errors,
    general,
    groups,
    guard,
    input,
    language,
    onboarding,
    people,
    privacy,
    prompt,
    reflect,
    review,
    settings,
    skip,
    summary,
    support,
    talk,
    therapist,
    times,
    timezone,
    views,
)
from bot.helplines import load_helplines
from bot.services import Services
from bot.store import privacy as privacy_store
from bot.transport.request import AiohttpRequest
from bot.transport.updates import ChatOrderedProcessor

logger = logging.getLogger(__name__)

# Handler groups: PTB runs the first matching handler of each group, lowest group first.
# Every update is counted here first; the counter never stops an update from going on.
GROUP_METRICS = -100
# Updates from anywhere but the sender's own private chat (Telegram Business) stop here.
GROUP_GUARD = -50
GROUP_CHATS = -10  # group chats are answered here and go no further
# Commands, buttons and typed answers of private chats, then the fallbacks (unknown commands,
# media, out-of-date buttons) registered last in the same group, so they only see the rest.
GROUP_FEATURES = 0

# The only update types the bot asks Telegram for: it handles no others (not Telegram
# Business messages, which come from a user's chats with other people).
ALLOWED_UPDATES = (
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.MY_CHAT_MEMBER,
    # The chat picker's answers when a user shares a /talk draft (bot/handlers/talk.py).
    Update.INLINE_QUERY,
)


# Bounded connection pool with a pool timeout well above the time a burst takes to drain:
# sends queue for a connection instead of failing (peer bots lose prompts to pool timeouts
# under load; docs/benchmarks.md measures ours).
CONNECTION_POOL_SIZE = 8
POOL_TIMEOUT_SECONDS = 30.0
# Updates of different chats handled at once (one chat's are always handled in order).
CONCURRENT_UPDATES = 32
# How long a Bot API call may take to answer before it counts as timed out (a network error).
READ_TIMEOUT_SECONDS = 15.0


async def _post_init(app: BotApplication) -> None:
    # Build the city index now, in a thread, not inside the first /timezone a user sends.
    await asyncio.to_thread(places.warm_up)
    # Compile the crisis screen's rules in a thread too, without waiting for it: the first
    # message within seconds of a start waits for it rather than every start.
    app.bot_data.screen_ready = compile_crisis_rules(asyncio.get_running_loop())
    content = app.bot_data.services.content
    await app.bot.set_my_commands(views.command_menu(content.texts(DEFAULT_LOCALE)))
    languages = {locale: locale for locale in content.offered} | dict(content.aliases)
    for code, locale in languages.items():
        if code != DEFAULT_LOCALE:
            commands = views.command_menu(content.texts(locale))
            await app.bot.set_my_commands(commands, language_code=code)
    logger.info("Bot ready as @%s", app.bot.username)


def compile_crisis_rules(loop: asyncio.AbstractEventLoop) -> asyncio.Future[None]:
    """Compile the crisis screen's rules in a daemon thread; the future is done when they are.

    A daemon thread, so that a stop never waits for it: compiling takes seconds (more on a
    busy machine), and a SIGTERM must end the bot within its grace period all the same.
    """
    ready: asyncio.Future[None] = loop.create_future()

    def settle(error: BaseException | None) -> None:
        if ready.done():
            return
        if error is None:
            ready.set_result(None)
        else:
            ready.set_exception(error)

    def run() -> None:
        error: BaseException | None = None
        try:
            safety.warm()
        except Exception as exc:  # raised to whoever waits for the rules
            error = exc
        with contextlib.suppress(RuntimeError):  # the loop has closed meanwhile
            loop.call_soon_threadsafe(settle, error)

    threading.Thread(target=run, name="crisis-rules", daemon=True).start()
    return ready


def settle_memory() -> None:
    """Move everything loaded so far out of the garbage collector's way.

    Code, content and the city index live as long as the process (some 200,000 objects); a
    full collection that walks them all holds the event loop for about 100 ms. Frozen, a
    full collection only walks what was made since. Done once, after start-up.
    """
    gc.collect()
    gc.freeze()


async def _post_init_settled(app: BotApplication) -> None:
    await _post_init(app)
    settle_memory()
    # The crisis rules are some 110,000 more long-lived objects, compiled after this: a full
    # collection that walked them held the event loop for about 200 ms. Freeze them too once
    # they are there (one collection then, as at start-up, and none of that again).
    ready = app.bot_data.screen_ready
    if ready is not None:
        ready.add_done_callback(lambda _: settle_memory())


async def _post_stop(app: BotApplication) -> None:
    # In-flight sends finish and are recorded before the database goes away.
    await app.bot_data.delivery.shutdown()


async def _post_shutdown(app: BotApplication) -> None:
    await app.bot_data.services.db.dispose()


async def delivery_tick(context: BotContext) -> None:
    """The one periodic job: claim what is due and wake the dispatcher."""
    await context.bot_data.delivery.tick()


TICK_JOB = "delivery-tick"
RETENTION_JOB = "retention-sweep"
RETENTION_EVERY_SECONDS = 3600.0


async def retention_sweep(context: BotContext) -> None:
    """Hourly: delete entries older than each user's chosen retention."""
    services = context.services
    async with services.db.transaction() as session:
        removed = await privacy_store.sweep_retention(session, services.clock.now())
    if removed:
        logger.info("Retention sweep removed %d entries", removed)


def build_application(
    *,
    token: str,
    services: Services,
    base_url: str | None = None,
    base_file_url: str | None = None,
    limiter: Limiter | None = None,
    tick_seconds: float = 5.0,
    delivery_config: DeliveryConfig | None = None,
    read_timeout: float = READ_TIMEOUT_SECONDS,
    settle: bool = False,
) -> BotApplication:
    """Build the Application for a token, talking to Telegram or to `base_url`.

    `settle`: freeze start-up objects out of the garbage collector's way once started (for
    the long-running processes; tests build many Applications in one process and skip it).
    """
    limiter = limiter or Limiter()
    context_types = ContextTypes(context=BotContext, bot_data=BotData)
    builder: Any = (
        Application.builder()
        .token(token)
        .context_types(context_types)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .request(
            AiohttpRequest(
                connection_pool_size=CONNECTION_POOL_SIZE,
                pool_timeout=POOL_TIMEOUT_SECONDS,
                connect_timeout=10.0,
                read_timeout=read_timeout,
                write_timeout=15.0,
            )
        )
        .get_updates_request(AiohttpRequest(connection_pool_size=1, read_timeout=40.0))
        .rate_limiter(limiter)
        .concurrent_updates(ChatOrderedProcessor(CONCURRENT_UPDATES))
        .post_init(_post_init_settled if settle else _post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
    )
    if base_url is not None:
        builder = builder.base_url(base_url)
        builder = builder.base_file_url(base_file_url or base_url.replace("/bot", "/file/bot"))
    app: BotApplication = builder.build()
    app.bot_data.attach(services)
    app.bot_data.attach_delivery(
        DeliveryEngine(
            db=services.db,
            content=services.content,
            clock=services.clock,
            bot=app.bot,
            config=delivery_config,
            limiter=limiter,
        )
    )
    register_handlers(app)
    assert app.job_queue is not None
    app.job_queue.run_repeating(
        delivery_tick,
        interval=tick_seconds,
        first=tick_seconds,
        name=TICK_JOB,
        # Never skip a tick because the loop was busy, never run two at once, and run a
        # late tick once instead of several (APScheduler's 1 s misfire grace would skip it).
        job_kwargs={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
    )
    app.job_queue.run_repeating(
        retention_sweep,
        interval=RETENTION_EVERY_SECONDS,
        first=min(tick_seconds * 2, RETENTION_EVERY_SECONDS),
        name=RETENTION_JOB,
        job_kwargs={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
    )
    return app


def register_handlers(app: BotApplication) -> None:
    """Register every feature, in the order that decides which handler sees an update."""
    app.add_handler(TypeHandler(Update, metrics.count_update), group=GROUP_METRICS)
    app.add_handler(TypeHandler(Update, guard.own_chats_only), group=GROUP_GUARD)
    groups.register(app, GROUP_CHATS)
    onboarding.register(app, GROUP_FEATURES)
    timezone.register(app, GROUP_FEATURES)
    times.register(app, GROUP_FEATURES)
    settings.register(app, GROUP_FEATURES)
    language.register(app, GROUP_FEATURES)
    skip.register(app, GROUP_FEATURES)
    prompt.register(app, GROUP_FEATURES)
    summary.register(app, GROUP_FEATURES)
    privacy.register(app, GROUP_FEATURES)
    admin.register(app, GROUP_FEATURES)
    review.register(app, GROUP_FEATURES)
    people.register(app, GROUP_FEATURES)
    therapist.register(app, GROUP_FEATURES)
    talk.register(app, GROUP_FEATURES)
    support.register(app, GROUP_FEATURES)
    reflect.register(app, GROUP_FEATURES)
    input.register(app, GROUP_FEATURES)
    general.register(app, GROUP_FEATURES)
    errors.register(app)


def make_services(
    database_url: str,
    clock: Clock,
    content: Content,
    admin_ids: frozenset[int] = frozenset(),
    webapp_url: str | None = None,
) -> Services:
    """Bundle the database, content, clock and helplines for the Application."""
    return Services(
        db=Database.from_url(database_url),
        content=content,
        clock=clock,
        helplines=load_helplines(),
        admin_ids=admin_ids,
        webapp_url=webapp_url,
    )
