"""/settings (an inline menu), /pause, /resume and /cancel."""

from __future__ import annotations

from datetime import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import Settings
from bot.content import Html
from bot.context import BotApplication, BotContext
from bot.db.models import Schedule, User
from bot.domain import timeparse
from bot.domain import weekdays as wd
from bot.domain.awaiting import Awaiting, Question
from bot.domain.tracks import SUMMARY, SUMMARY_TIMES, TIME_CHOICES, TRACKS, Track
from bot.handlers import onboarding, views
from bot.handlers.common import MAX_ARGUMENT_CHARS, Turn, command, pressed, turn
from bot.handlers.times import apply_time
from bot.services import accounts

MAX_PAUSE_DAYS = 90
PAUSE_CHOICES = (1, 3, 7, 14)
RETENTION = (3, 6, 12)


def main_menu(t: Turn, context: BotContext) -> tuple[Html, InlineKeyboardMarkup]:
    """Render the settings overview and its buttons."""
    assert t.user is not None
    now = context.services.clock.now()
    text = Html(f"{t.texts.raw('settings.title')}\n\n{views.plan(t.texts, t.user, now)}")
    pause_or_resume = (
        views.button(t.texts.raw("settings.button_resume"), Settings("resume"))
        if accounts.is_paused(t.user, now)
        else views.button(t.texts.raw("settings.button_pause"), Settings("pause"))
    )
    rows = [
        [
            views.button(t.texts.raw("settings.button_timezone"), Settings("tz")),
            views.button(t.texts.raw("settings.button_times"), Settings("times")),
        ],
        [
            views.button(t.texts.raw("settings.button_tracks"), Settings("tracks")),
            views.button(t.texts.raw("settings.button_days"), Settings("days")),
        ],
        [
            views.button(t.texts.raw("settings.button_keep"), Settings("keep")),
            views.button(t.texts.raw("settings.button_summary"), Settings("sum")),
        ],
        [pause_or_resume],
        [views.button(t.texts.raw("settings.button_done"), Settings("done"))],
    ]
    return text, views.keyboard(rows)


def _back(t: Turn) -> list[InlineKeyboardButton]:
    return [views.button(t.texts.raw("settings.button_back"), Settings("main"))]


def times_menu(t: Turn) -> tuple[Html, InlineKeyboardMarkup]:
    """Pick which track's time to change."""
    rows = [
        [views.button(t.texts.raw(f"track.{track.value}"), Settings(f"time:{track.value}"))]
        for track in TRACKS
    ]
    return t.texts("settings.times_title"), views.keyboard([*rows, _back(t)])


def time_menu(t: Turn, track: Track) -> tuple[Html, InlineKeyboardMarkup]:
    """Offer times for one track."""
    assert t.user is not None
    row = accounts.schedule_for(t.user, track)
    current = timeparse.format_local_time(row.local_time) if row else "—"
    shown = _shown_time(row)
    choices = [
        views.button(
            timeparse.format_local_time(c), Settings(f"settime:{track.value}:{c:%H%M}:{shown}")
        )
        for c in TIME_CHOICES
    ]
    rows = [choices[:3], choices[3:]]
    rows.append(
        [views.button(t.texts.raw("settings.button_type_time"), Settings(f"typetime:{track}"))]
    )
    rows.append([views.button(t.texts.raw("settings.button_back"), Settings("times"))])
    name = t.texts.raw(f"track.{track.value}")
    return t.texts("settings.time_title", track=name, time=current), views.keyboard(rows)


def _shown_time(row: Schedule | None) -> str:
    """How a time picker names the time it showed (see bot.buttons.Settings)."""
    return f"{row.local_time:%H%M}" if row is not None else "x"


def _is_on(user: User, track: Track) -> bool:
    row = accounts.schedule_for(user, track)
    return row is not None and row.enabled


def tracks_menu(t: Turn) -> tuple[Html, InlineKeyboardMarkup]:
    """Toggle tracks on and off."""
    assert t.user is not None
    rows = []
    for track in TRACKS:
        on = _is_on(t.user, track)
        key = "settings.track_state_on" if on else "settings.track_state_off"
        label = t.texts.raw(key).format(track=t.texts.raw(f"track.{track.value}"))
        rows.append([views.button(label, Settings(f"track:{track.value}:{int(not on)}"))])
    return t.texts("settings.tracks_title"), views.keyboard([*rows, _back(t)])


def days_menu(t: Turn) -> tuple[Html, InlineKeyboardMarkup]:
    """Toggle weekdays."""
    assert t.user is not None
    mask = accounts.current_weekdays(t.user)
    buttons = []
    for day, name in enumerate(views.day_names(t.texts)):
        on = wd.is_enabled(mask, day)
        key = "settings.day_state_on" if on else "settings.day_state_off"
        buttons.append(
            views.button(t.texts.raw(key).format(day=name), Settings(f"day:{day}:{int(not on)}"))
        )
    rows = [buttons[:4], buttons[4:], _back(t)]
    return t.texts("settings.days_title"), views.keyboard(rows)


def summary_menu(t: Turn) -> tuple[Html, InlineKeyboardMarkup]:
    """When the weekly summary comes, or whether it does."""
    assert t.user is not None
    row = accounts.schedule_for(t.user, SUMMARY)
    names = views.day_names(t.texts)
    if row is None or not row.enabled:
        rows = [[views.button(t.texts.raw("summary.turn_on"), Settings("sum:on"))], _back(t)]
        return t.texts("summary.menu_off"), views.keyboard(rows)
    day = next(d for d in range(7) if wd.is_enabled(row.weekdays, d))
    days = [
        views.button(f"• {name}" if d == day else name, Settings(f"sumday:{d}"))
        for d, name in enumerate(names)
    ]
    times = [
        views.button(timeparse.format_local_time(c), Settings(f"sumtime:{c:%H%M}"))
        for c in SUMMARY_TIMES
    ]
    rows = [
        days[:4],
        days[4:],
        times,
        [views.button(t.texts.raw("summary.turn_off"), Settings("sum:off"))],
        _back(t),
    ]
    text = t.texts("summary.menu", day=names[day], time=timeparse.format_local_time(row.local_time))
    return text, views.keyboard(rows)


def keep_menu(t: Turn) -> tuple[Html, InlineKeyboardMarkup]:
    """How long entries are kept."""
    choices = [
        views.button(t.texts.raw(f"retention.months_{m}"), Settings(f"keep:{m}")) for m in RETENTION
    ]
    rows = [choices, [views.button(t.texts.raw("retention.forever"), Settings("keep:0"))], _back(t)]
    return t.texts("retention.title"), views.keyboard(rows)


def pause_menu(t: Turn) -> tuple[Html, InlineKeyboardMarkup]:
    """Offer pause lengths."""
    buttons = [
        views.button(t.texts.raw(f"pause.days_{d}"), Settings(f"pause:{d}")) for d in PAUSE_CHOICES
    ]
    rows = [
        buttons[:2],
        buttons[2:],
        [views.button(t.texts.raw("pause.indefinitely"), Settings("pause:forever"))],
        _back(t),
    ]
    return t.texts("pause.ask"), views.keyboard(rows)


async def settings_command(update: Update, context: BotContext) -> None:
    """/settings: show the menu."""
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        user.awaiting = None
        text, markup = main_menu(t, context)
        t.send(text, markup)


def pause_text(t: Turn, context: BotContext) -> Html:
    """Confirm a pause."""
    assert t.user is not None and t.user.timezone is not None
    if t.user.paused_until is None:
        return t.texts("pause.done_indefinitely")
    until = views.format_instant(t.texts, t.user.paused_until, t.user.timezone)
    return t.texts("pause.done_until", until=until)


@pressed(Settings)
async def settings_pressed(t: Turn, context: BotContext, user: User, data: Settings) -> None:
    """Any settings button; the action is re-checked against the sender's own rows."""
    now = context.services.clock.now()
    action, _, arg = data.action.partition(":")
    notice: str | None = None
    screen: tuple[Html, InlineKeyboardMarkup] | None
    if action == "main":
        screen = main_menu(t, context)
    elif action == "done":
        t.answer()
        t.edit(t.texts("settings.closed"))
        return
    elif action == "tz":
        t.answer()
        onboarding.ask_timezone(t, key="timezone.ask")
        return
    elif action == "times":
        screen = times_menu(t)
    elif action == "time":
        screen = time_menu(t, Track(arg))
    elif action == "settime":
        track_name, hhmm, *shown = arg.split(":")
        hours, minutes = int(hhmm[:2]), int(hhmm[2:])
        if hours > 23 or minutes > 59:
            t.answer(t.texts.raw("general.old_button"))
            return
        track = Track(track_name)
        if shown != [_shown_time(accounts.schedule_for(user, track))]:
            # The time changed since this picker was shown: show it as it is now.
            notice = t.texts.raw("general.old_button")
            screen = time_menu(t, track)
        else:
            t.answer()
            t.edit(t.texts("settings.closed"))
            await apply_time(context, t, time(hours, minutes), track)
            return
    elif action == "typetime":
        user.awaiting = Awaiting(Question.TIME, arg).encode()
        t.answer()
        t.send(t.texts("time.ask_typed", track=t.texts.raw(f"track.{arg}")))
        return
    elif action == "tracks":
        screen = tracks_menu(t)
    elif action == "track":
        track_name, _, wanted = arg.partition(":")
        if wanted == "" or _is_on(user, Track(track_name)) == (wanted == "1"):
            notice = t.texts.raw("general.old_button")
        else:
            accounts.toggle_track(user, Track(track_name), now)
        screen = tracks_menu(t)
    elif action == "days":
        screen = days_menu(t)
    elif action == "day":
        day, _, wanted = arg.partition(":")
        if wanted == "" or wd.is_enabled(accounts.current_weekdays(user), int(day)) == (
            wanted == "1"
        ):
            notice = t.texts.raw("general.old_button")
        elif not accounts.toggle_weekday(user, int(day), now):
            notice = t.texts.raw("settings.last_day")
        screen = days_menu(t)
    elif action == "sum" and not arg:
        screen = summary_menu(t)
    elif action == "sum":
        accounts.set_summary(user, now, enabled=arg == "on")
        screen = summary_menu(t)
    elif action == "sumday":
        accounts.set_summary(user, now, enabled=True, weekday=int(arg))
        screen = summary_menu(t)
    elif action == "sumtime":
        hours, minutes = int(arg[:2]), int(arg[2:])
        if hours > 23 or minutes > 59 or time(hours, minutes) not in SUMMARY_TIMES:
            t.answer(t.texts.raw("general.old_button"))
            return
        accounts.set_summary(user, now, enabled=True, at=time(hours, minutes))
        screen = summary_menu(t)
    elif action == "keep" and not arg:
        screen = keep_menu(t)
    elif action == "keep":
        user.retention_months = int(arg) or None
        user.updated_at = now
        t.answer()
        if user.retention_months:
            t.edit(t.texts("retention.set", months=user.retention_months))
        else:
            t.edit(t.texts("retention.off"))
        return
    elif action == "pause" and not arg:
        screen = pause_menu(t)
    elif action == "pause":
        accounts.pause(user, now, None if arg == "forever" else int(arg))
        t.answer()
        t.edit(pause_text(t, context))
        return
    else:  # resume
        accounts.resume(user, now)
        screen = main_menu(t, context)
    t.answer(notice)
    t.edit(*screen)


async def pause_command(update: Update, context: BotContext) -> None:
    """/pause [days]: pause now, or offer lengths."""
    now = context.services.clock.now()
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        words = [w for w in context.args or [] if w.strip()]
        if not words:
            t.send(*pause_menu(t))
            return
        arg = " ".join(words)
        # isdecimal, not isdigit: "²" is a digit that int() refuses.
        days = int(arg) if arg.isdecimal() and len(arg) <= 3 else 0
        if not 1 <= days <= MAX_PAUSE_DAYS or len(arg) > MAX_ARGUMENT_CHARS:
            t.send(t.texts("pause.invalid", max=MAX_PAUSE_DAYS))
            return
        accounts.pause(user, now, days)
        t.send(pause_text(t, context))


async def resume_command(update: Update, context: BotContext) -> None:
    """/resume: end a pause."""
    now = context.services.clock.now()
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        was_paused = accounts.is_paused(user, now)
        accounts.resume(user, now)
        key = "pause.resumed" if was_paused else "pause.not_paused"
        t.send(t.texts(key, next=await views.next_prompt_line(t.texts, t.session, user, now)))


async def cancel_command(update: Update, context: BotContext) -> None:
    """/cancel: forget what the next typed message would have answered."""
    async with turn(update, context) as t:
        if t.user is None or t.user.awaiting is None:
            t.send(t.texts.raw("general.nothing_to_cancel"))
            return
        t.user.awaiting = None
        t.send(t.texts.raw("general.cancelled"), views.remove_keyboard())


def register(app: BotApplication, group: int) -> None:
    """Add the settings handlers."""
    app.add_handler(command("settings", settings_command), group=group)
    app.add_handler(command("pause", pause_command), group=group)
    app.add_handler(command("resume", resume_command), group=group)
    app.add_handler(command("cancel", cancel_command), group=group)
    app.add_handler(settings_pressed, group=group)
