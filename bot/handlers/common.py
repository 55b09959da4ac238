"""Small helpers shared by the handlers: who is talking, which texts, how to answer."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardMarkup, Message, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.error import BadRequest

from bot.content import Texts
from bot.context import BotContext
from bot.db.models import User
from bot.services import accounts

logger = logging.getLogger(__name__)

# Telegram allows 4,096 characters in a message; arguments longer than this are not settings.
MAX_ARGUMENT_CHARS = 200

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None


@dataclass
class Turn:
    """One update's unit of work: the session, the sender's row (if any) and their texts."""

    session: AsyncSession
    user: User | None
    texts: Texts


@asynccontextmanager
async def turn(update: Update, context: BotContext) -> AsyncIterator[Turn]:
    """Open the update's transaction and load the sender, scoped by the update's user id."""
    services = context.services
    sender = update.effective_user
    if sender is None:  # pragma: no cover - handlers are only registered for user updates
        raise RuntimeError("update without a sender")
    async with services.db.transaction() as session:
        user = await accounts.get_user(session, sender.id)
        locale = user.locale if user else services.content.supported_locale(sender.language_code)
        yield Turn(session=session, user=user, texts=services.content.texts(locale))


async def send(update: Update, text: str, markup: Markup = None) -> Message | None:
    """Send a message to the chat the update came from."""
    chat = update.effective_chat
    if chat is None:  # pragma: no cover
        return None
    return await chat.send_message(text, reply_markup=markup)


async def edit(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Edit the message whose button was pressed; send a new one if it cannot be edited."""
    query = update.callback_query
    try:
        if query is not None and query.message is not None:
            await query.edit_message_text(text, reply_markup=markup)
            return
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return
        # Too old to edit, or deleted: a fresh message is the next best thing.
        logger.info("Could not edit a message (%s); sending a new one", type(exc).__name__)
    await send(update, text, markup)


def command_args(context: BotContext) -> list[str]:
    """Return the command's arguments (never None)."""
    return list(context.args or [])
