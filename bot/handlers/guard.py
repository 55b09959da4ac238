"""Only a person's own private chat with the bot reaches the features.

With Telegram Business, a user's chats with other people can reach the bot: as
`business_message` updates, or as messages whose chat is not the sender's own chat with the
bot. Answering them would send the user's journal into someone else's chat, and storing
them would keep another conversation as the user's words. The bot asks Telegram only for
the update types it handles (bot.app.ALLOWED_UPDATES), and this guard, run before every
feature, drops anything else that still arrives. Group chats go on to bot.handlers.groups,
which answers in one line and leaves.
"""

from __future__ import annotations

import contextlib

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot import metrics
from bot.context import BotContext

# The Update fields that carry Telegram Business traffic.
_BUSINESS = (
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
)


def is_foreign(update: Update) -> bool:
    """Whether an update comes from anywhere but the sender's own private chat or a group."""
    if any(getattr(update, name, None) is not None for name in _BUSINESS):
        return True
    message = update.effective_message
    if message is not None and message.business_connection_id is not None:
        return True
    query = update.callback_query
    if query is not None and query.message is None:
        return True  # a button on an inline message: the bot sends none
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return update.callback_query is not None or update.message is not None
    if chat.type == ChatType.PRIVATE:
        return user is None or chat.id != user.id
    return False


async def own_chats_only(update: Update, context: BotContext) -> None:
    """Stop every update that is not from the sender's own chat with the bot (see above)."""
    if is_foreign(update):
        metrics.UPDATES_REFUSED.inc()
        query = update.callback_query
        if query is not None:
            # Stop the button's spinner; nothing else is said or done.
            with contextlib.suppress(TelegramError):
                await query.answer()
        raise ApplicationHandlerStop
