"""/help, /privacy, and the fallbacks: unknown commands, media, out-of-date buttons."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.handlers.common import command, turn
from bot.transport.buttons import SOS, keyboard


def reply_with(key: str) -> Callable[[Update, BotContext], Coroutine[Any, Any, None]]:
    """Make a handler that answers with one fixed message."""

    async def handler(update: Update, context: BotContext) -> None:
        async with turn(update, context) as t:
            t.send(t.texts.raw(key))

    return handler


async def help_command(update: Update, context: BotContext) -> None:
    """/help: the commands, and a button to the helplines."""
    async with turn(update, context) as t:
        t.send(
            t.texts.raw("general.help"),
            keyboard([[SOS.button(t.texts.raw("general.sos_button"))]]),
        )


privacy_command = reply_with("general.privacy")
unknown_command = reply_with("general.unknown_command")
# Anything that is not text: say kindly that only text is kept.
media_received = reply_with("general.media_not_kept")


async def stale_button(update: Update, context: BotContext) -> None:
    """A button whose data no handler recognises (an old message, or forged data)."""
    query = update.callback_query
    assert query is not None
    async with turn(update, context) as t:
        t.answer(t.texts.raw("general.old_button"))


def register(app: BotApplication, group: int) -> None:
    """Add help, privacy and the fallbacks; register after every feature module."""
    private = filters.ChatType.PRIVATE
    app.add_handler(command("help", help_command), group=group)
    app.add_handler(command("privacy", privacy_command), group=group)
    app.add_handler(
        MessageHandler(private & filters.COMMAND & ~filters.UpdateType.EDITED, unknown_command),
        group=group,
    )
    app.add_handler(
        MessageHandler(
            private & ~filters.TEXT & ~filters.UpdateType.EDITED & ~filters.StatusUpdate.ALL,
            media_received,
        ),
        group=group,
    )
    app.add_handler(CallbackQueryHandler(stale_button), group=group)
