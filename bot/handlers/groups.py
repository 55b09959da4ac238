"""Membership: group chats get one line and a goodbye (nothing stored); blocks stop prompts."""

from __future__ import annotations

import logging

from telegram import ChatMember, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ChatMemberHandler, MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.store import deliveries

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
    except TelegramError as exc:
        # Some groups forbid bots to write: the bot still leaves, quietly.
        logger.info("Could not say goodbye in a group: %s", type(exc).__name__)
    try:
        await chat.leave()
    except TelegramError as exc:
        logger.info("Could not leave a group: %s", type(exc).__name__)


async def membership_changed(update: Update, context: BotContext) -> None:
    """The bot's own membership changed: blocked in a private chat, or added to a group."""
    member = update.my_chat_member
    chat = update.effective_chat
    if member is None or chat is None:
        return
    status = member.new_chat_member.status
    if chat.type == ChatType.PRIVATE:
        if status in (ChatMember.BANNED, ChatMember.LEFT):
            # Blocked: stop their prompts now; a later /start brings everything back.
            services = context.services
            async with services.db.transaction() as session:
                await deliveries.mark_blocked(session, [chat.id], now=services.clock.now())
        raise ApplicationHandlerStop
    if status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR):
        await _say_and_leave(update, context)
    raise ApplicationHandlerStop


async def command_in_group(update: Update, context: BotContext) -> None:
    """A command sent in a group: the same one line, then leave; nothing is stored."""
    await _say_and_leave(update, context)
    raise ApplicationHandlerStop


def register(app: BotApplication, group: int) -> None:
    """Add the group handlers (before everything else, so nothing else sees group updates)."""
    app.add_handler(
        ChatMemberHandler(membership_changed, ChatMemberHandler.MY_CHAT_MEMBER), group=group
    )
    app.add_handler(
        MessageHandler(filters.ChatType.GROUPS & filters.COMMAND, command_in_group), group=group
    )
