"""Data rights: /export (JSON and Markdown files), /delete (everything, once confirmed)."""

from __future__ import annotations

import asyncio

from telegram import InlineKeyboardMarkup, Update

from bot.context import BotApplication, BotContext
from bot.db.models import User
from bot.flows import export
from bot.handlers.common import Turn, command, pressed, turn
from bot.store import privacy
from bot.transport.buttons import Delete


async def export_command(update: Update, context: BotContext) -> None:
    """/export: two files with everything stored about the sender."""
    services = context.services
    async with turn(update, context) as t:
        user = t.registered()
        if user is None:
            return
        wait = context.bot_data.throttle.allow(user.id, "export", services.clock.now())
        if wait is not None:
            minutes = max(1, round(wait.total_seconds() / 60))
            t.send(t.texts("export.slow_down", minutes=minutes))
            return
        data = await privacy.collect(t.session, user, services.clock.now())
        locale, texts = user.locale, t.texts

        async def write_files() -> None:
            # After the commit, off the event loop: thousands of entries take a few hundred
            # milliseconds, and hold no database lock meanwhile.
            files = await asyncio.to_thread(export.files, data, texts, services.content, locale)
            if not files:
                t.send(texts.raw("export.too_big"))
            for file in files:
                t.send_document(file.content, file.name, texts.raw(file.caption))

        t.later(write_files)


async def delete_command(update: Update, context: BotContext) -> None:
    """/delete: ask for confirmation."""
    async with turn(update, context) as t:
        if t.registered() is None:
            return
        markup = InlineKeyboardMarkup(
            [
                [
                    Delete("yes").button(t.texts.raw("delete.yes")),
                    Delete("no").button(t.texts.raw("delete.no")),
                ]
            ]
        )
        t.send(t.texts.raw("delete.confirm"), markup)


@pressed(Delete, onboarded=False)
async def delete_pressed(t: Turn, context: BotContext, user: User, data: Delete) -> None:
    """Erase everything of the sender (never of anyone the button data might name)."""
    t.answer()
    if data.choice == "no":
        t.edit(t.texts.raw("delete.kept"))
        return
    user_id = user.id
    t.session.expunge(user)
    t.user = None
    await privacy.erase(t.session, user_id)
    t.edit(t.texts.raw("delete.done"))


def register(app: BotApplication, group: int) -> None:
    """Add /export and /delete."""
    app.add_handler(command("export", export_command), group=group)
    app.add_handler(command("delete", delete_command), group=group)
    app.add_handler(delete_pressed, group=group)
