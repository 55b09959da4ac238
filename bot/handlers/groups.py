"""Group chats: one line saying the bot works in private chats; nothing is stored."""

from __future__ import annotations

import logging

from telegram import ChatMember, Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ChatMemberHandler, MessageHandler, filters

from bot.context import BotApplication, BotContext

logger = logging.getLogger(__name__)


def _texts(context: BotContext, update: Update) -> str:
    sender = update.effective_user
    content = context.services.content
    locale = content.supported_locale(sender.language_code if sender else None)
    return content.texts(locale).raw("general.private_only")


async def _say_and_leave(update: Update, context: BotContext) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    try:
        await chat.send_message(_texts(context, update))
        await chat.leave()
    except TelegramError as exc:
        # Some groups forbid bots to write; leaving quietly is all that is left to do.
        logger.info("Could not say goodbye in a group: %s", type(exc).__name__)


async def added_to_group(update: Update, context: BotContext) -> None:
    """The bot was added to a group: say where it works, then leave."""
    member = update.my_chat_member
    if member is not None and member.new_chat_member.status in (
        ChatMember.MEMBER,
        ChatMember.ADMINISTRATOR,
    ):
        await _say_and_leave(update, context)
    raise ApplicationHandlerStop


async def command_in_group(update: Update, context: BotContext) -> None:
    """A command sent in a group: the same one line, then leave; nothing is stored."""
    await _say_and_leave(update, context)
    raise ApplicationHandlerStop


def register(app: BotApplication, group: int) -> None:
    """Add the group handlers (before everything else, so nothing else sees group updates)."""
    app.add_handler(
        ChatMemberHandler(added_to_group, ChatMemberHandler.MY_CHAT_MEMBER), group=group
    )
    app.add_handler(
        MessageHandler(filters.ChatType.GROUPS & filters.COMMAND, command_in_group), group=group
    )
