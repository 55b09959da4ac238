"""/summary [last|month|year]: the week's patterns in words and a chart, buttons stepping
through weeks; or this month as a calendar, or this year a square per day."""

from __future__ import annotations

from datetime import date, timedelta

from telegram import InlineKeyboardMarkup, Update

from bot.context import BotApplication, BotContext
from bot.db.models import User
from bot.domain import patterns
from bot.flows.journal import local_today
from bot.handlers import views
from bot.handlers.common import MAX_ARGUMENT_CHARS, Turn, command, pressed, turn
from bot.summary import periods, weekly
from bot.transport.buttons import SummaryWeek

# How far back the buttons go (a year), and never into the future.
MAX_WEEKS_BACK = 53


def _buttons(
    t: Turn, monday: date, this_monday: date, first_monday: date
) -> InlineKeyboardMarkup | None:
    row = []
    if monday > first_monday and (this_monday - monday).days // 7 < MAX_WEEKS_BACK:
        earlier = monday - timedelta(days=7)
        row.append(SummaryWeek(earlier).button(t.texts.raw("summary.earlier")))
    if monday < this_monday:
        later = monday + timedelta(days=7)
        row.append(SummaryWeek(later).button(t.texts.raw("summary.later")))
    return InlineKeyboardMarkup([row]) if row else None


async def _weeks(t: Turn, context: BotContext, user: User) -> tuple[date, date]:
    """This week's Monday and the Monday of the user's first week (never after this one)."""
    this_monday, _ = patterns.week_of(local_today(user, context.services.clock.now()))
    first_monday = await weekly.first_week(t.session, user)
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
    entries = await weekly.load_entries(t.session, user, monday)
    this_monday, first_monday = await _weeks(t, context, user)
    buttons = views.with_journal(
        t.texts, context.services.webapp_url, _buttons(t, monday, this_monday, first_monday)
    )
    content, locale, user_id = context.services.content, user.locale, user.id

    async def render() -> None:
        # After the commit: the chart's hundred milliseconds hold no database lock.
        rendered = await weekly.render(content, locale, user_id, monday, entries)
        t.send_photo(rendered.chart, rendered.caption)
        t.send(rendered.text, buttons)

    t.later(render)


async def send_period(t: Turn, context: BotContext, user: User, kind: str) -> None:
    """Queue the picture and the words for this month ("month") or this year ("year"), up to
    today and from the day the user started."""
    if _throttled(t, context, user):
        return
    today = local_today(user, context.services.clock.now())
    since = await weekly.first_day(t.session, user)
    first = patterns.month_of(today)[0] if kind == "month" else date(today.year, 1, 1)
    entries = await weekly.load_range(t.session, user, first, today)
    content, locale = context.services.content, user.locale
    journal = views.with_journal(t.texts, context.services.webapp_url, None)

    async def render() -> None:
        # After the commit: the picture holds no database lock.
        rendered = await periods.render(content, locale, kind, entries, first, today, since)
        t.send_photo(rendered.chart, rendered.caption)
        t.send(rendered.text, journal)

    t.later(render)


async def summary_command(update: Update, context: BotContext) -> None:
    """/summary (this week), /summary last, /summary month or /summary year."""
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        words = " ".join(context.args or []).strip().lower()
        if words in ("month", "year"):
            await send_period(t, context, user, words)
            return
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


@pressed(SummaryWeek)
async def week_pressed(t: Turn, context: BotContext, user: User, data: SummaryWeek) -> None:
    """« Earlier week / Later week »."""
    try:
        monday, _ = patterns.week_of(data.week)
    except OverflowError:  # a week past year 9999
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
    app.add_handler(week_pressed, group=group)
