"""Typed text in a private chat: the answer to whatever the bot last asked for."""

from __future__ import annotations

from telegram import Update
from telegram.ext import MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.handlers import timezone
from bot.handlers.common import turn
from bot.handlers.times import handle_time_text


async def text_received(update: Update, context: BotContext) -> None:
    """Route typed text by what the user's row says we are waiting for."""
    message = update.effective_message
    assert message is not None and message.text is not None
    async with turn(update, context) as t:
        if t.user is None:
            t.send(t.texts.raw("general.need_start"))
        elif t.user.awaiting == "timezone":
            await timezone.handle_zone_text(context, t, message.text)
        elif t.user.awaiting is not None and t.user.awaiting.startswith("time:"):
            handle_time_text(context, t, message.text)
        else:
            t.send(t.texts.raw("general.text_without_prompt"))


def register(app: BotApplication, group: int) -> None:
    """Add the typed-text handler."""
    app.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & ~filters.UpdateType.EDITED,
            text_received,
        ),
        group=group,
    )
