"""One update's unit of work: the session, the sender's row, and the answers queued until the
transaction commits (so nobody is told that something was saved when it was not).

Flows (bot/flows/) answer through a `Turn`; handlers open one with `turn(update, context)`.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import (
    InlineKeyboardMarkup,
    InputFile,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.error import BadRequest, Forbidden

from bot.content import Content, Texts
from bot.context import BotContext
from bot.db.models import User
from bot.store import accounts

logger = logging.getLogger(__name__)

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None


@dataclass
class Turn:
    """One update's unit of work: the session, the sender's row (if any) and their texts.

    Answers are queued and sent only after the transaction commits, so the user is never told
    that something was saved when it was not.
    """

    update: Update
    session: AsyncSession
    user: User | None
    texts: Texts
    content: Content
    outbox: list[Callable[[], Awaitable[object]]] = field(default_factory=list)

    def send(
        self,
        text: str,
        markup: Markup = None,
        on_sent: Callable[[Message], Awaitable[None]] | None = None,
    ) -> None:
        """Queue a message to the update's chat; `on_sent` runs once Telegram accepted it."""

        async def deliver() -> None:
            message = await send(self.update, text, markup)
            if message is not None and on_sent is not None:
                await on_sent(message)

        self.outbox.append(deliver)

    def send_document(self, content: bytes, filename: str, caption: str) -> None:
        """Queue a file to the update's chat."""
        chat = self.update.effective_chat
        if chat is not None:
            self.outbox.append(
                lambda: chat.send_document(InputFile(content, filename=filename), caption=caption)
            )

    def send_photo(self, photo: bytes, caption: str) -> None:
        """Queue a picture to the update's chat."""
        chat = self.update.effective_chat
        if chat is not None:
            self.outbox.append(lambda: chat.send_photo(photo, caption=caption))

    def later(self, work: Callable[[], Awaitable[object]]) -> None:
        """Queue work for after the commit (a chart, a file: nothing that needs the session),
        in order with the answers; answers it queues are sent right after it."""
        self.outbox.append(work)

    def edit(self, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
        """Queue an edit of the message whose button was pressed."""
        self.outbox.append(lambda: edit(self.update, text, markup))

    def answer(self, text: str | None = None) -> None:
        """Queue the answer to a button press (a notice shown as an alert when text is given)."""
        query = self.update.callback_query
        if query is not None:
            self.outbox.append(lambda: query.answer(text, show_alert=text is not None))

    def registered(self, *, onboarded: bool = False) -> User | None:
        """Return the sender's row; without one (or before set-up ends) ask them to /start."""
        user = self.user
        unfinished = user is not None and (
            user.onboarded_at is None or user.timezone is None or user.consented_at is None
        )
        if user is None or (onboarded and unfinished):
            notice = self.texts.raw("general.need_start")
            if self.update.callback_query is not None:
                self.answer(notice)
            else:
                self.send(notice)
            return None
        return user

    def edit_buttons(self, markup: InlineKeyboardMarkup) -> None:
        """Queue replacing the inline buttons of the pressed message."""
        query = self.update.callback_query
        if query is not None and query.message is not None:
            self.outbox.append(lambda: _set_buttons(self.update, markup))

    def clear_buttons(self) -> None:
        """Queue removing the inline buttons of the pressed message."""
        query = self.update.callback_query
        if query is not None and query.message is not None:
            self.outbox.append(lambda: _clear_buttons(self.update))


# Where the sender's language is kept in memory between updates (PTB's user_data): an
# error is told in it without reading the database, which may be what failed.
LOCALE = "locale"


def remember_locale(context: BotContext, locale: str) -> None:
    """Keep the sender's language for the error handler (see LOCALE)."""
    if context.user_data is not None:
        context.user_data[LOCALE] = locale


def remembered_locale(context: BotContext) -> str | None:
    """The sender's language as the last update of theirs left it, if this process saw one."""
    locale = context.user_data.get(LOCALE) if context.user_data is not None else None
    return locale if isinstance(locale, str) else None


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
        remember_locale(context, locale)
        current = Turn(
            update=update,
            session=session,
            user=user,
            texts=services.content.texts(locale),
            content=services.content,
        )
        yield current
    # The language chosen in this turn (/language), for an error told before the next one.
    remember_locale(context, current.texts.locale)
    waiting = deque(current.outbox)
    current.outbox = []
    while waiting:
        deliver = waiting.popleft()
        try:
            await deliver()
            # What work done after the commit queued comes next, in its own order.
            waiting.extendleft(reversed(current.outbox))
            current.outbox = []
        except Forbidden as exc:
            # Blocked while this update was handled (a my_chat_member update follows and
            # marks them blocked): what was saved stays saved, the answers are dropped.
            logger.info("Could not answer: %s", type(exc).__name__)
            return


async def _set_buttons(update: Update, markup: InlineKeyboardMarkup | None) -> None:
    query = update.callback_query
    assert query is not None
    try:
        await query.edit_message_reply_markup(markup)
    except BadRequest as exc:
        logger.info("Could not change buttons (%s)", type(exc).__name__)


async def _clear_buttons(update: Update) -> None:
    await _set_buttons(update, None)


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
