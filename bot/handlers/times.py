"""When prompts come: /time HH:MM [track], and a typed time when one was asked for."""

from __future__ import annotations

from telegram import Update

from bot.context import BotApplication, BotContext
from bot.handlers import setup
from bot.handlers.common import MAX_ARGUMENT_CHARS, command, turn


async def time_command(update: Update, context: BotContext) -> None:
    """/time HH:MM [track]."""
    async with turn(update, context) as t:
        user = t.registered()
        if user is None:
            return
        if user.timezone is None:
            t.send(t.texts.raw("timezone.need_first"))
            return
        words = [w for w in context.args or [] if w.strip()]
        if not words:
            t.send(t.texts.raw("time.missing"))
            return
        joined = " ".join(words)
        if len(joined) > MAX_ARGUMENT_CHARS:
            t.send(t.texts("time.invalid", text=joined[:20] + "…"))
            return
        at, track, unknown = setup.split_time_and_track(words)
        if unknown is not None:
            t.send(
                t.texts("general.unknown_track", text=unknown[:40], example="/time 21:00 conflict")
            )
        elif at is None:
            t.send(t.texts("time.invalid", text=joined[:40]))
        else:
            await setup.apply_time(context, t, at, track)


def register(app: BotApplication, group: int) -> None:
    """Add the /time handler."""
    app.add_handler(command("time", time_command), group=group)
