"""/therapist: a short guide to finding one, and, on request, a one-page PDF of the user's
patterns to share if they want (bot/summary/onepage.py)."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.context import BotApplication, BotContext
from bot.db.models import User
from bot.domain import patterns
from bot.flows.journal import local_today
from bot.handlers.common import Turn, command, pressed, turn
from bot.summary import onepage, weekly
from bot.transport.buttons import OnePage, keyboard

FILENAME = "letin-my-patterns.pdf"


async def therapist_command(update: Update, context: BotContext) -> None:
    """/therapist: the guide, with a button for the one-page summary."""
    async with turn(update, context) as t:
        markup = keyboard([[OnePage().button(t.texts.raw("therapist.button_pdf"))]])
        t.send(t.texts("therapist.guide"), markup if t.user is not None else None)


@pressed(OnePage)
async def one_page_pressed(t: Turn, context: BotContext, user: User, data: OnePage) -> None:
    """Make the PDF (after the commit: drawing it holds no database lock)."""
    now = context.services.clock.now()
    wait = context.bot_data.throttle.allow(user.id, "onepage", now)
    if wait is not None:
        t.answer(t.texts("therapist.slow_down", seconds=max(1, int(wait.total_seconds()) + 1)))
        return
    t.answer()
    monday, _ = patterns.week_of(local_today(user, now))
    entries = await weekly.load_entries(t.session, user, monday)
    texts, content, locale = t.texts, context.services.content, user.locale

    async def render() -> None:
        pdf = await asyncio.to_thread(onepage.render_pdf, texts, content, locale, entries, monday)
        t.send_document(pdf, FILENAME, texts.raw("therapist.pdf_caption"))

    t.later(render)


def register(app: BotApplication, group: int) -> None:
    """Add /therapist and its button."""
    app.add_handler(command("therapist", therapist_command), group=group)
    app.add_handler(one_page_pressed, group=group)
