"""Typed text in a private chat: the answer to whatever the bot last asked for."""

from __future__ import annotations

from telegram import Update
from telegram.ext import MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.domain.awaiting import Awaiting, Question
from bot.flows import people, replies
from bot.handlers import setup
from bot.handlers.common import sent, turn


async def text_received(update: Update, context: BotContext) -> None:
    """Typed text: a setting being asked for, or words to keep (bot/flows/replies.py)."""
    message = update.effective_message
    assert message is not None and message.text is not None
    text = message.text
    async with turn(update, context) as t:
        user = t.registered()
        if user is None:
            return
        waiting = Awaiting.decode(user.awaiting)
        question = waiting.question if waiting is not None else None
        if question is Question.TIMEZONE:
            await setup.handle_zone_text(context, t, text)
        elif question is Question.TIME:
            await setup.time_typed(context, t, text)
        elif question is Question.RENAME and await people.rename_typed(t, context, user, text):
            return
        elif user.onboarded_at is None or user.consented_at is None:
            # Nothing anyone writes is kept before they agree to it (/start asks again).
            t.send(t.texts.raw("general.need_start"))
        else:
            await replies.received(t, context, user, await sent(context, message, text))


def register(app: BotApplication, group: int) -> None:
    """Add the typed-text handler."""
    app.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & ~filters.UpdateType.EDITED,
            text_received,
        ),
        group=group,
    )
