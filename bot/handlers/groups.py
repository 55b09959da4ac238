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


async def added_to_group(update: Update, context: BotContext) -> None:
    """The bot was added to a group: say where it works, then leave."""
    member = update.my_chat_member
    chat = update.effective_chat
    if member is None or chat is None:
        return
    joined = member.new_chat_member.status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR)
    if not joined:
        return
    try:
        await chat.send_message(_texts(context, update))
        await chat.leave()
    except TelegramError as exc:
        # Some groups forbid bots to write; leaving quietly is all that is left to do.
        logger.info("Could not say goodbye in a group: %s", type(exc).__name__)
    raise ApplicationHandlerStop


async def command_in_group(update: Update, context: BotContext) -> None:
    """A command sent in a group (or channel): answer with the one line, store nothing."""
    chat = update.effective_chat
    if chat is not None:
        await chat.send_message(_texts(context, update))
    raise ApplicationHandlerStop


def register(app: BotApplication, group: int) -> None:
    """Add the group handlers (before everything else, so nothing else sees group updates)."""
    app.add_handler(
        ChatMemberHandler(added_to_group, ChatMemberHandler.MY_CHAT_MEMBER), group=group
    )
    app.add_handler(
        MessageHandler(filters.ChatType.GROUPS & filters.COMMAND, command_in_group), group=group
    )
