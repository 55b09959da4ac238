"""The one error handler: log what broke (never what the user wrote), tell them kindly, alert.

Two kinds of failure reach it. The database being unreachable for a while (PostgreSQL stopped
or restarting, SQLite locked by another process) is expected now and then: the user hears
`general.busy` ("try again in a moment"), one WARNING line is logged, and nothing they typed is
claimed to be saved (handlers answer only after their transaction commits). Anything else is a
bug: the user hears `general.error`, an ERROR line is logged, and the operators in ADMIN_IDS get
a one-line alert naming the exception type, where it happened and the update id. Alerts are
throttled per kind of error, so a crash loop cannot flood the admins; a database outage is one
kind. Neither logs nor alerts ever carry the user's words or an exception's message.
"""

from __future__ import annotations

import logging
import traceback
from datetime import datetime, timedelta

from telegram import Update
from telegram.error import TelegramError

from bot import metrics
from bot.context import BotApplication, BotContext
from bot.db.errors import database_unavailable, error_chain
from bot.transport.turn import remembered_locale

logger = logging.getLogger(__name__)

# At most one alert per kind of error in this long (per running process).
ALERT_INTERVAL = timedelta(minutes=10)
# The throttle key shared by every "the database cannot be reached" error.
DATABASE_UNAVAILABLE = "database-unavailable"


def describe_error(error: BaseException) -> str:
    """Name the exception and where it happened, without its message (it may quote input)."""
    frames = traceback.extract_tb(error.__traceback__)
    where = " <- ".join(
        f"{f.name} ({f.filename.rsplit('/', 1)[-1]}:{f.lineno})" for f in frames[::-1][:6]
    )
    return f"{_type_name(error)} at {where or 'unknown'}"


def _type_name(error: BaseException) -> str:
    return f"{type(error).__module__}.{type(error).__qualname__}"


def _chain_types(error: BaseException) -> str:
    return " <- ".join(_type_name(link) for link in error_chain(error))


def _source(update: object, context: BotContext) -> str:
    """What was being handled: "update 42", "job delivery-tick", or "no update"."""
    if isinstance(update, Update):
        return f"update {update.update_id}"
    if context.job is not None:
        return f"job {context.job.name}"
    return "no update"


class ErrorHandler:
    """PTB's error handler, holding when each kind of alert last went to the admins."""

    def __init__(self, alert_interval: timedelta = ALERT_INTERVAL) -> None:
        self.alert_interval = alert_interval
        self._last_alert: dict[str, datetime] = {}

    async def __call__(self, update: object, context: BotContext) -> None:
        """Log the failure, answer the user in one line, alert the admins (throttled)."""
        error = context.error
        if error is None:  # pragma: no cover
            return
        metrics.HANDLER_ERRORS.inc()
        source = _source(update, context)
        unavailable = database_unavailable(error)
        if unavailable:
            logger.warning(
                "%s: the database is unavailable (%s)", source.capitalize(), _chain_types(error)
            )
        else:
            logger.error("%s failed: %s", source.capitalize(), describe_error(error))
        await self._answer(update, context, "general.busy" if unavailable else "general.error")
        await self._alert(context, source, error, unavailable)

    async def _answer(self, update: object, context: BotContext, key: str) -> None:
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        if update.effective_chat.type != "private":
            return
        content = context.services.content
        sender = update.effective_user
        # The language the user chose (kept in memory), else their Telegram app's.
        locale = remembered_locale(context) or content.supported_locale(
            sender.language_code if sender else None
        )
        texts = content.texts(locale)
        try:
            if update.callback_query is not None:
                await update.callback_query.answer(texts.raw(key), show_alert=True)
            else:
                await update.effective_chat.send_message(texts.raw(key))
        except TelegramError as exc:
            logger.warning("Could not tell the user about the error: %s", type(exc).__name__)

    def _should_alert(self, key: str, now: datetime) -> bool:
        last = self._last_alert.get(key)
        if last is not None and abs(now - last) < self.alert_interval:
            return False
        self._last_alert[key] = now
        return True

    async def _alert(
        self, context: BotContext, source: str, error: BaseException, unavailable: bool
    ) -> None:
        services = context.services
        if not services.admin_ids:
            return
        key = DATABASE_UNAVAILABLE if unavailable else _type_name(error)
        if not self._should_alert(key, services.clock.now()):
            return
        texts = services.content.texts(None)
        if unavailable:
            line = texts("admin.database_alert", source=source, error=_chain_types(error))
        else:
            line = texts("admin.error_alert", source=source, error=describe_error(error))
        for admin_id in sorted(services.admin_ids):
            try:
                await context.bot.send_message(admin_id, line)
            except Exception as exc:  # an alert that cannot be sent must not raise here
                logger.warning("Could not alert an admin about an error: %s", type(exc).__name__)


def register(app: BotApplication) -> None:
    """Install the error handler."""
    app.add_error_handler(ErrorHandler())
