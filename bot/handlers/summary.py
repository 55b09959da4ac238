"""/summary [last]: the week's patterns in words and a chart; buttons step through weeks."""

from __future__ import annotations

from datetime import date, timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from bot import summaries
from bot.context import BotApplication, BotContext
from bot.db.models import User
from bot.domain import patterns
from bot.handlers.common import MAX_ARGUMENT_CHARS, Turn, command, turn
from bot.handlers.journal import local_today

WEEK_PATTERN = r"^sm:\d{4}-\d{2}-\d{2}$"
# How far back the buttons go (a year), and never into the future.
MAX_WEEKS_BACK = 53


def _buttons(
    t: Turn, monday: date, this_monday: date, first_monday: date
) -> InlineKeyboardMarkup | None:
    row = []
    if monday > first_monday and (this_monday - monday).days // 7 < MAX_WEEKS_BACK:
        earlier = monday - timedelta(days=7)
        row.append(
            InlineKeyboardButton(t.texts.raw("summary.earlier"), callback_data=f"sm:{earlier}")
        )
    if monday < this_monday:
        later = monday + timedelta(days=7)
        row.append(InlineKeyboardButton(t.texts.raw("summary.later"), callback_data=f"sm:{later}"))
    return InlineKeyboardMarkup([row]) if row else None


async def _weeks(t: Turn, context: BotContext, user: User) -> tuple[date, date]:
    """This week's Monday and the Monday of the user's first week (never after this one)."""
    this_monday, _ = patterns.week_of(local_today(user, context.services.clock.now()))
    first_monday = await summaries.first_week(t.session, user)
    return this_monday, min(first_monday, this_monday)


def _throttled(t: Turn, context: BotContext, user: User) -> bool:
    """Whether this user asked for too many charts just now (then say so kindly)."""
    wait = context.bot_data.throttle.allow(user.id, "summary", context.services.clock.now())
    if wait is None:
        return False
    t.send(t.texts("summary.slow_down", seconds=max(1, int(wait.total_seconds()) + 1)))
    return True


async def send_week(t: Turn, context: BotContext, user: User, monday: date) -> None:
    """Queue the chart and the words for one week (unless too many were asked for just now)."""
    if _throttled(t, context, user):
        return
    entries = await summaries.load_entries(t.session, user, monday)
    this_monday, first_monday = await _weeks(t, context, user)
    buttons = _buttons(t, monday, this_monday, first_monday)
    content, locale, user_id = context.services.content, user.locale, user.id

    async def render() -> None:
        # After the commit: the chart's hundred milliseconds hold no database lock.
        rendered = await summaries.render(content, locale, user_id, monday, entries)
        t.send_photo(rendered.chart, rendered.caption)
        t.send(rendered.text, buttons)

    t.later(render)


async def summary_command(update: Update, context: BotContext) -> None:
    """/summary (this week) or /summary last."""
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        words = " ".join(context.args or []).strip().lower()
        if words not in ("", "last") or len(words) > MAX_ARGUMENT_CHARS:
            t.send(t.texts.raw("summary.usage"))
            return
        monday, first_monday = await _weeks(t, context, user)
        if words == "last":
            if monday - timedelta(days=7) < first_monday:
                # Last week was before the user began: this week is the one with something.
                t.send(t.texts.raw("summary.last_before_start"))
            else:
                monday -= timedelta(days=7)
        await send_week(t, context, user, monday)


async def week_pressed(update: Update, context: BotContext) -> None:
    """« Earlier week / Later week »."""
    query = update.callback_query
    assert query is not None and query.data is not None
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        try:
            monday, _ = patterns.week_of(date.fromisoformat(query.data.removeprefix("sm:")))
        except (ValueError, OverflowError):  # not a date, or a week past year 9999
            t.answer(t.texts.raw("general.old_button"))
            return
        this_monday, first_monday = await _weeks(t, context, user)
        if monday > this_monday or (this_monday - monday).days // 7 > MAX_WEEKS_BACK:
            t.answer(t.texts.raw("general.old_button"))
            return
        if monday < first_monday:
            # A stale or forged button for a week before the user began: nothing to show.
            t.answer(t.texts.raw("summary.before_start"))
            return
        t.answer()
        t.clear_buttons()
        await send_week(t, context, user, monday)


def register(app: BotApplication, group: int) -> None:
    """Add /summary."""
    app.add_handler(command("summary", summary_command), group=group)
    app.add_handler(CallbackQueryHandler(week_pressed, pattern=WEEK_PATTERN), group=group)
