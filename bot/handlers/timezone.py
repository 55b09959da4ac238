"""The timezone: /timezone, a shared location, a typed city or zone, and the choice buttons."""

from __future__ import annotations

from telegram import Update
from telegram.ext import MessageHandler, filters

from bot import places
from bot.context import BotApplication, BotContext
from bot.db.models import User
from bot.domain import timezones
from bot.domain.awaiting import Awaiting, Question
from bot.handlers import setup
from bot.handlers.common import Turn, command, pressed, turn
from bot.transport.buttons import ZoneChoice


async def timezone_command(update: Update, context: BotContext) -> None:
    """/timezone [city or zone]: set it, or ask for it."""
    async with turn(update, context) as t:
        user = t.registered()
        if user is None:
            return
        query = " ".join(context.args or []).strip()
        if not query:
            setup.ask_timezone(t, key="timezone.ask")
            return
        await setup.handle_zone_text(context, t, query)


async def location_shared(update: Update, context: BotContext) -> None:
    """A shared location sets the timezone (looked up offline)."""
    message = update.effective_message
    assert message is not None and message.location is not None
    async with turn(update, context) as t:
        user = t.registered()
        if user is None:
            return
        zone = places.zone_from_location(message.location.latitude, message.location.longitude)
        if zone is None:
            t.send(t.texts.raw("timezone.location_unknown"))
            return
        await setup.apply_zone(context, t, zone)


@pressed(ZoneChoice, onboarded=False)
async def zone_chosen(t: Turn, context: BotContext, user: User, data: ZoneChoice) -> None:
    """A zone button was pressed."""
    token, zone = data.token, data.zone
    if not timezones.is_valid_zone(zone):
        t.answer(t.texts.raw("general.old_button"))
        return
    if token is None or Awaiting.decode(user.awaiting) != Awaiting(Question.TIMEZONE, token):
        t.answer(t.texts.raw("timezone.old_choice"))
        t.clear_buttons()
        return
    t.answer()
    t.clear_buttons()
    await setup.apply_zone(context, t, zone)


def register(app: BotApplication, group: int) -> None:
    """Add the timezone handlers."""
    private = filters.ChatType.PRIVATE
    app.add_handler(command("timezone", timezone_command), group=group)
    app.add_handler(
        MessageHandler(private & filters.LOCATION & ~filters.UpdateType.EDITED, location_shared),
        group=group,
    )
    app.add_handler(zone_chosen, group=group)
