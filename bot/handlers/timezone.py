"""The timezone: /timezone, a shared location, a typed city or zone, and the choice buttons."""

from __future__ import annotations

import asyncio
import secrets

from telegram import ReplyKeyboardRemove, Update
from telegram.ext import MessageHandler, filters

from bot import places
from bot.content import Html
from bot.context import BotApplication, BotContext
from bot.db.models import User
from bot.domain import timezones
from bot.domain.awaiting import Awaiting, Question
from bot.handlers import onboarding, views
from bot.handlers.common import MAX_ARGUMENT_CHARS, Turn, command, pressed, turn
from bot.store import accounts
from bot.transport.buttons import ZoneChoice

# A choice carries the token of the question it answers (bot.transport.buttons.ZoneChoice), kept in
# the user's `awaiting` while that question is the open one: a list left behind by /cancel,
# a later question or a timezone set since is out of date. So are buttons from before tokens.


async def apply_zone(context: BotContext, t: Turn, zone: str) -> None:
    """Save the zone, confirm it, and go on with onboarding or show the next prompt."""
    assert t.user is not None
    now = context.services.clock.now()
    accounts.set_timezone(t.user, zone, now)
    t.user.awaiting = None
    text = views.timezone_line(t.texts, zone, now, key="timezone.set")
    if zone.startswith("Etc/GMT") and zone.removeprefix("Etc/GMT") not in ("", "+0", "-0", "0"):
        # Fixed offsets never change for DST; say so once, where the choice is made.
        text = Html(f"{text}\n{t.texts('timezone.fixed_offset_note')}")
    t.send(text, ReplyKeyboardRemove())
    await onboarding.continue_after_timezone(t, now)


async def handle_zone_text(context: BotContext, t: Turn, text: str) -> None:
    """Resolve typed text to a zone: apply it, offer choices, or explain with an example."""
    if len(text) > MAX_ARGUMENT_CHARS:
        t.send(t.texts.raw("timezone.invalid"))
        return
    # Close-match suggestions take tens of milliseconds: keep them off the event loop.
    now = context.services.clock.now()
    result = await asyncio.to_thread(places.resolve, text, now=now)
    if result.kind == "exact" and result.zone is not None:
        await apply_zone(context, t, result.zone)
        return
    if result.kind == "invalid":
        t.send(t.texts.raw("timezone.invalid"))
        return
    assert t.user is not None
    token = secrets.token_hex(3)
    rows = [[views.button(c.label, ZoneChoice.of_list(token, c.zone))] for c in result.choices]
    if rows:
        # This list is the open question now; typing another city answers it too.
        t.user.awaiting = Awaiting(Question.TIMEZONE, token).encode()
    query = text.strip()
    if result.kind == "ambiguous":
        t.send(t.texts("timezone.choose", query=query), views.keyboard(rows))
    elif rows:
        t.send(t.texts("timezone.not_found_suggest", query=query), views.keyboard(rows))
    else:
        t.send(t.texts("timezone.not_found", query=query))


async def timezone_command(update: Update, context: BotContext) -> None:
    """/timezone [city or zone]: set it, or ask for it."""
    async with turn(update, context) as t:
        user = t.registered()
        if user is None:
            return
        query = " ".join(context.args or []).strip()
        if not query:
            onboarding.ask_timezone(t, key="timezone.ask")
            return
        await handle_zone_text(context, t, query)


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
        await apply_zone(context, t, zone)


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
    await apply_zone(context, t, zone)


def register(app: BotApplication, group: int) -> None:
    """Add the timezone handlers."""
    private = filters.ChatType.PRIVATE
    app.add_handler(command("timezone", timezone_command), group=group)
    app.add_handler(
        MessageHandler(private & filters.LOCATION & ~filters.UpdateType.EDITED, location_shared),
        group=group,
    )
    app.add_handler(zone_chosen, group=group)
