"""The one error handler: log what broke (never what the user wrote) and tell them kindly."""

from __future__ import annotations

import logging
import traceback

from telegram import Update
from telegram.error import TelegramError

from bot import metrics
from bot.context import BotApplication, BotContext

logger = logging.getLogger(__name__)


def describe_error(error: BaseException) -> str:
    """Name the exception and where it happened, without its message (it may quote input)."""
    frames = traceback.extract_tb(error.__traceback__)
    where = " <- ".join(
        f"{f.name} ({f.filename.rsplit('/', 1)[-1]}:{f.lineno})" for f in frames[::-1][:6]
    )
    return f"{type(error).__module__}.{type(error).__qualname__} at {where or 'unknown'}"


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure with its context and answer the user in one line."""
    error = context.error
    if error is None:  # pragma: no cover
        return
    metrics.HANDLER_ERRORS.inc()
    update_id = update.update_id if isinstance(update, Update) else None
    logger.error("Update %s failed: %s", update_id, describe_error(error))
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.effective_chat.type != "private":
        return
    content = context.services.content
    sender = update.effective_user
    texts = content.texts(content.supported_locale(sender.language_code if sender else None))
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(texts.raw("general.error"), show_alert=True)
        else:
            await update.effective_chat.send_message(texts.raw("general.error"))
    except TelegramError as exc:
        logger.warning("Could not tell the user about the error: %s", type(exc).__name__)


def register(app: BotApplication) -> None:
    """Install the error handler."""
    app.add_error_handler(on_error)
