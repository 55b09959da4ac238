"""/sos and the crisis check-in's buttons (what care says: bot/flows/care.py).

/sos, and a button under /help, show every line for the person's country at any time, to
anyone, registered or not.
"""

from __future__ import annotations

from telegram import Update

from bot.context import BotApplication, BotContext
from bot.domain.safety import Concern
from bot.flows.care import show_helplines, sos_text
from bot.handlers.common import command, turn
from bot.transport.buttons import SAFE, SOS, Support


async def sos_command(update: Update, context: BotContext) -> None:
    """/sos: who to call, for anyone, at any time."""
    async with turn(update, context) as t:
        zone = t.user.timezone if t.user is not None else None
        found = context.services.helplines.for_zone(zone, None, t.texts.locale)
        t.send(sos_text(t.texts, found))


async def button_pressed(update: Update, context: BotContext) -> None:
    """The check-in's two answers, and the /help button that opens /sos."""
    data = Support.of(update)
    async with turn(update, context) as t:
        t.answer()
        user = t.user
        if data == SOS or user is None:
            zone = user.timezone if user is not None else None
            found = context.services.helplines.for_zone(zone, None, t.texts.locale)
            t.send(sos_text(t.texts, found))
            return
        if data == SAFE:
            t.edit(t.texts.raw("support.check_in_was_safe"))
            t.send(t.texts.raw("support.glad_safe"))
            return
        assert data.concern is not None
        concern = Concern(data.concern)
        t.edit(t.texts.raw("support.check_in_was_not_safe"))
        # "Not really" always gets the whole block: the person asked for it.
        user.helplines_shown_at = None
        show_helplines(t, context, user, concern)


def register(app: BotApplication, group: int) -> None:
    """Add /sos and the check-in's buttons."""
    app.add_handler(command("sos", sos_command), group=group)
    app.add_handler(Support.handler(button_pressed), group=group)
