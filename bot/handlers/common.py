"""Small helpers shared by the handlers: commands, buttons, the turn, the screened text."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from telegram import Message, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotContext
from bot.db.models import User
from bot.domain import safety
from bot.flows import replies
from bot.transport.buttons import ButtonData
from bot.transport.turn import Turn, turn

__all__ = [
    "MAX_ARGUMENT_CHARS",
    "Turn",
    "command",
    "command_args",
    "pressed",
    "screened",
    "sent",
    "turn",
]

# Telegram allows 4,096 characters in a message; arguments longer than this are not settings.
MAX_ARGUMENT_CHARS = 200

# Commands run when sent in a private chat; an old message edited into one runs nothing (the
# edit reaches the edit handler like any other).
SENT_IN_PRIVATE = filters.ChatType.PRIVATE & ~filters.UpdateType.EDITED


def command(
    name: str, callback: Callable[[Update, BotContext], Coroutine[Any, Any, None]]
) -> CommandHandler[BotContext, None]:
    """The handler of a command sent in a private chat."""
    return CommandHandler(name, callback, filters=SENT_IN_PRIVATE)


D = TypeVar("D", bound=ButtonData)
Pressed = Callable[["Turn", BotContext, User, D], Awaitable[None]]


def pressed(
    kind: type[D], *, onboarded: bool = True
) -> Callable[[Pressed[D]], CallbackQueryHandler[BotContext, None]]:
    """The handler of one kind of button (see bot/transport/buttons.py), as a decorator.

    The decorated function gets the turn, the context, the sender's row and the button's
    data read back; a sender without a row (or, with `onboarded`, before set-up ends) is
    asked to /start instead.
    """

    def decorate(callback: Pressed[D]) -> CallbackQueryHandler[BotContext, None]:
        async def handle(update: Update, context: BotContext) -> None:
            data = kind.of(update)
            async with turn(update, context) as t:
                user = t.registered(onboarded=onboarded)
                if user is not None:
                    await callback(t, context, user, data)

        functools.update_wrapper(handle, callback)
        return kind.handler(handle)

    return decorate


def command_args(context: BotContext) -> list[str]:
    """Return the command's arguments (never None)."""
    return list(context.args or [])


async def screened(context: BotContext, text: str) -> safety.Screen:
    """Screen a text, first waiting (without blocking others) for the rules to compile if the
    bot started only seconds ago."""
    ready = context.bot_data.screen_ready
    if ready is not None and not ready.done():
        await asyncio.shield(ready)
    if len(text) > safety.READ_WHOLE_BELOW:
        # A long message may take tens of milliseconds (read again in pieces when its
        # budget runs out, see safety.screen): in a thread, so other chats go on meanwhile.
        return await asyncio.to_thread(safety.screen, text)
    return safety.screen(text)


async def sent(context: BotContext, message: Message, text: str) -> replies.Sent:
    """What the reply flow needs to know of a text a person sent (screened)."""
    reply_to = message.reply_to_message
    return replies.Sent(
        text,
        message.message_id,
        reply_to.message_id if reply_to is not None else None,
        await screened(context, text),
    )
