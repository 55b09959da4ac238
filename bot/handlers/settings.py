"""/settings (an inline menu), /pause, /resume and /cancel."""

from __future__ import annotations

from datetime import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.content import Html
from bot.context import BotApplication, BotContext
from bot.db.models import Schedule, User
from bot.domain import timeparse
from bot.domain import weekdays as wd
from bot.domain.awaiting import Awaiting, Question
from bot.domain.tracks import SUMMARY, SUMMARY_TIMES, TIME_CHOICES, TRACKS, Track
from bot.flows import settings as rules
from bot.flows.settings import MAX_PAUSE_DAYS, PAUSE_CHOICES, RETENTION
from bot.handlers import setup, views
from bot.handlers.common import MAX_ARGUMENT_CHARS, Turn, command, pressed, turn
from bot.store import accounts
from bot.transport.buttons import (
    FollowUpsOnOff,
    Keep,
    MonthlyOnOff,
    Pause,
    Resume,
    SetTime,
    SettingsDone,
    SettingsMenu,
    SettingsTimezone,
    SummaryDay,
    SummaryOnOff,
    SummaryTime,
    TimeMenu,
    ToggleDay,
    ToggleTrack,
    TypeTrackTime,
    keyboard,
)

# The rules live in bot/flows/settings.py (the journal's Settings page follows them too).
__all__ = ["MAX_PAUSE_DAYS", "PAUSE_CHOICES", "RETENTION", "register"]


def main_menu(t: Turn, context: BotContext) -> tuple[Html, InlineKeyboardMarkup]:
    """Render the settings overview and its buttons."""
    assert t.user is not None
    now = context.services.clock.now()
    text = Html(f"{t.texts.raw('settings.title')}\n\n{views.plan(t.texts, t.user, now)}")
    pause_or_resume = (
        Resume().button(t.texts.raw("settings.button_resume"))
        if accounts.is_paused(t.user, now)
        else SettingsMenu("pause").button(t.texts.raw("settings.button_pause"))
    )
    rows = [
        [
            SettingsTimezone().button(t.texts.raw("settings.button_timezone")),
            SettingsMenu("times").button(t.texts.raw("settings.button_times")),
        ],
        [
            SettingsMenu("tracks").button(t.texts.raw("settings.button_tracks")),
            SettingsMenu("days").button(t.texts.raw("settings.button_days")),
        ],
        [
            SettingsMenu("keep").button(t.texts.raw("settings.button_keep")),
            SettingsMenu("sum").button(t.texts.raw("settings.button_summary")),
        ],
        [
            FollowUpsOnOff("off" if t.user.follow_ups else "on").button(
                t.texts.raw(
                    "settings.button_follow_ups_on"
                    if t.user.follow_ups
                    else "settings.button_follow_ups_off"
                )
            )
        ],
        [
            MonthlyOnOff("off" if t.user.monthly_summary else "on").button(
                t.texts.raw(
                    "settings.button_monthly_on"
                    if t.user.monthly_summary
                    else "settings.button_monthly_off"
                )
            )
        ],
        [
            SettingsMenu("about").button(t.texts.raw("settings.button_about")),
            SettingsMenu("lang").button(t.texts.raw("settings.button_language")),
        ],
        [pause_or_resume],
        [SettingsDone().button(t.texts.raw("settings.button_done"))],
    ]
    return text, keyboard(rows)


def _back(t: Turn) -> list[InlineKeyboardButton]:
    return [SettingsMenu("main").button(t.texts.raw("settings.button_back"))]


def times_menu(t: Turn) -> tuple[Html, InlineKeyboardMarkup]:
    """Pick which track's time to change."""
    rows = [[TimeMenu(track).button(t.texts.raw(f"track.{track.value}"))] for track in TRACKS]
    return t.texts("settings.times_title"), keyboard([*rows, _back(t)])


def time_menu(t: Turn, track: Track) -> tuple[Html, InlineKeyboardMarkup]:
    """Offer times for one track."""
    assert t.user is not None
    row = accounts.schedule_for(t.user, track)
    current = timeparse.format_local_time(row.local_time) if row else "—"
    shown = _shown_time(row)
    choices = [
        SetTime(track, f"{c:%H%M}", shown).button(timeparse.format_local_time(c))
        for c in TIME_CHOICES
    ]
    rows = [choices[:3], choices[3:]]
    rows.append([TypeTrackTime(track).button(t.texts.raw("settings.button_type_time"))])
    rows.append([SettingsMenu("times").button(t.texts.raw("settings.button_back"))])
    name = t.texts.raw(f"track.{track.value}")
    return t.texts("settings.time_title", track=name, time=current), keyboard(rows)


def _shown_time(row: Schedule | None) -> str:
    """How a time picker names the time it showed (see bot.transport.buttons.SetTime)."""
    return f"{row.local_time:%H%M}" if row is not None else "x"


def tracks_menu(t: Turn) -> tuple[Html, InlineKeyboardMarkup]:
    """Toggle tracks on and off."""
    assert t.user is not None
    rows = []
    for track in TRACKS:
        on = rules.is_on(t.user, track)
        key = "settings.track_state_on" if on else "settings.track_state_off"
        label = t.texts.raw(key).format(track=t.texts.raw(f"track.{track.value}"))
        rows.append([ToggleTrack(track, "0" if on else "1").button(label)])
    return t.texts("settings.tracks_title"), keyboard([*rows, _back(t)])


def days_menu(t: Turn) -> tuple[Html, InlineKeyboardMarkup]:
    """Toggle weekdays."""
    assert t.user is not None
    mask = accounts.current_weekdays(t.user)
    buttons = []
    for day, name in enumerate(views.day_names(t.texts)):
        on = wd.is_enabled(mask, day)
        key = "settings.day_state_on" if on else "settings.day_state_off"
        buttons.append(ToggleDay(day, "0" if on else "1").button(t.texts.raw(key).format(day=name)))
    rows = [buttons[:4], buttons[4:], _back(t)]
    return t.texts("settings.days_title"), keyboard(rows)


def summary_menu(t: Turn) -> tuple[Html, InlineKeyboardMarkup]:
    """When the weekly summary comes, or whether it does."""
    assert t.user is not None
    row = accounts.schedule_for(t.user, SUMMARY)
    names = views.day_names(t.texts)
    if row is None or not row.enabled:
        rows = [[SummaryOnOff("on").button(t.texts.raw("summary.turn_on"))], _back(t)]
        return t.texts("summary.menu_off"), keyboard(rows)
    day = next(d for d in range(7) if wd.is_enabled(row.weekdays, d))
    days = [SummaryDay(d).button(f"• {name}" if d == day else name) for d, name in enumerate(names)]
    times = [SummaryTime(f"{c:%H%M}").button(timeparse.format_local_time(c)) for c in SUMMARY_TIMES]
    rows = [
        days[:4],
        days[4:],
        times,
        [SummaryOnOff("off").button(t.texts.raw("summary.turn_off"))],
        _back(t),
    ]
    text = t.texts("summary.menu", day=names[day], time=timeparse.format_local_time(row.local_time))
    return text, keyboard(rows)


def keep_menu(t: Turn) -> tuple[Html, InlineKeyboardMarkup]:
    """How long entries are kept."""
    choices = [Keep(m).button(t.texts.raw(f"retention.months_{m}")) for m in RETENTION]
    rows = [choices, [Keep(0).button(t.texts.raw("retention.forever"))], _back(t)]
    return t.texts("retention.title"), keyboard(rows)


def pause_menu(t: Turn) -> tuple[Html, InlineKeyboardMarkup]:
    """Offer pause lengths."""
    buttons = [Pause(str(d)).button(t.texts.raw(f"pause.days_{d}")) for d in PAUSE_CHOICES]
    rows = [
        buttons[:2],
        buttons[2:],
        [Pause("forever").button(t.texts.raw("pause.indefinitely"))],
        _back(t),
    ]
    return t.texts("pause.ask"), keyboard(rows)


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


@pressed(SettingsMenu)
async def menu_pressed(t: Turn, context: BotContext, user: User, data: SettingsMenu) -> None:
    """The overview or one of its menus."""
    menus = {
        "times": times_menu,
        "tracks": tracks_menu,
        "days": days_menu,
        "sum": summary_menu,
        "keep": keep_menu,
        "pause": pause_menu,
    }
    t.answer()
    if data.menu == "about":
        setup.ask_about_you(t, edit=True)
        return
    if data.menu == "lang":
        text, rows = views.language_menu(t.texts, t.content)
        t.edit(text, keyboard([*rows, _back(t)]))
        return
    t.edit(*(main_menu(t, context) if data.menu == "main" else menus[data.menu](t)))


@pressed(SettingsDone)
async def done_pressed(t: Turn, context: BotContext, user: User, data: SettingsDone) -> None:
    """Close the menu."""
    t.answer()
    t.edit(t.texts("settings.closed"))


@pressed(SettingsTimezone)
async def timezone_pressed(
    t: Turn, context: BotContext, user: User, data: SettingsTimezone
) -> None:
    """Ask for a new time zone."""
    t.answer()
    setup.ask_timezone(t, key="timezone.ask")


@pressed(Resume)
async def resume_pressed(t: Turn, context: BotContext, user: User, data: Resume) -> None:
    """End a pause; back to the overview."""
    await rules.resume(t.session, user, context.services.clock.now())
    t.answer()
    t.edit(*main_menu(t, context))


@pressed(FollowUpsOnOff)
async def follow_ups_switched(
    t: Turn, context: BotContext, user: User, data: FollowUpsOnOff
) -> None:
    """Follow-ups on next steps on or off; off also drops the ones not asked yet."""
    on = data.state == "on"
    await rules.set_follow_ups(t.session, user, on, context.services.clock.now())
    t.answer(rules.follow_ups_confirmation(t.texts, on))
    t.edit(*main_menu(t, context))


@pressed(MonthlyOnOff)
async def monthly_switched(t: Turn, context: BotContext, user: User, data: MonthlyOnOff) -> None:
    """The monthly summary on (the next one planned) or off (the planned one dropped)."""
    on = data.state == "on"
    await rules.set_monthly(t.session, user, on, context.services.clock.now())
    t.answer(rules.monthly_confirmation(t.texts, on))
    t.edit(*main_menu(t, context))


@pressed(TimeMenu)
async def time_menu_pressed(t: Turn, context: BotContext, user: User, data: TimeMenu) -> None:
    """The times offered for one track."""
    t.answer()
    t.edit(*time_menu(t, data.track))


@pressed(SetTime)
async def time_chosen(t: Turn, context: BotContext, user: User, data: SetTime) -> None:
    """A new time for one track, if the picker still shows the track's time."""
    hours, minutes = int(data.time[:2]), int(data.time[2:])
    if hours > 23 or minutes > 59:
        t.answer(t.texts.raw("general.old_button"))
        return
    if data.shown != _shown_time(accounts.schedule_for(user, data.track)):
        # The time changed since this picker was shown: show it as it is now.
        t.answer(t.texts.raw("general.old_button"))
        t.edit(*time_menu(t, data.track))
        return
    t.answer()
    t.edit(t.texts("settings.closed"))
    await setup.apply_time(context, t, time(hours, minutes), data.track)


@pressed(TypeTrackTime)
async def type_time_pressed(t: Turn, context: BotContext, user: User, data: TypeTrackTime) -> None:
    """The next typed text is this track's time."""
    user.awaiting = Awaiting(Question.TIME, data.track.value).encode()
    t.answer()
    t.send(t.texts("time.ask_typed", track=t.texts.raw(f"track.{data.track.value}")))


@pressed(ToggleTrack)
async def track_toggled(t: Turn, context: BotContext, user: User, data: ToggleTrack) -> None:
    """Turn a track on or off, if it is not so already."""
    notice = None
    if data.on is None or not rules.set_track(
        user, data.track, data.on == "1", context.services.clock.now()
    ):
        notice = t.texts.raw("general.old_button")
    t.answer(notice)
    t.edit(*tracks_menu(t))


@pressed(ToggleDay)
async def day_toggled(t: Turn, context: BotContext, user: User, data: ToggleDay) -> None:
    """Turn a weekday on or off, if it is not so already (and never the last one off)."""
    notice = None
    try:
        if data.on is None or not rules.set_weekday(
            user, data.day, data.on == "1", context.services.clock.now()
        ):
            notice = t.texts.raw("general.old_button")
    except rules.Refused as refused:
        notice = str(refused.text(t.texts))
    t.answer(notice)
    t.edit(*days_menu(t))


@pressed(SummaryOnOff)
async def summary_switched(t: Turn, context: BotContext, user: User, data: SummaryOnOff) -> None:
    """The weekly summary on or off."""
    await rules.set_weekly_summary(
        t.session, user, context.services.clock.now(), enabled=data.state == "on"
    )
    t.answer()
    t.edit(*summary_menu(t))


@pressed(SummaryDay)
async def summary_day_chosen(t: Turn, context: BotContext, user: User, data: SummaryDay) -> None:
    """The weekly summary's weekday."""
    await rules.set_weekly_summary(
        t.session, user, context.services.clock.now(), enabled=True, weekday=data.day
    )
    t.answer()
    t.edit(*summary_menu(t))


@pressed(SummaryTime)
async def summary_time_chosen(t: Turn, context: BotContext, user: User, data: SummaryTime) -> None:
    """The weekly summary's time: one of those offered."""
    hours, minutes = int(data.time[:2]), int(data.time[2:])
    try:
        if hours > 23 or minutes > 59:
            raise rules.Refused("webapp.error.time")
        await rules.set_weekly_summary(
            t.session, user, context.services.clock.now(), enabled=True, at=time(hours, minutes)
        )
    except rules.Refused:
        t.answer(t.texts.raw("general.old_button"))
        return
    t.answer()
    t.edit(*summary_menu(t))


@pressed(Keep)
async def keep_chosen(t: Turn, context: BotContext, user: User, data: Keep) -> None:
    """How many months entries are kept, or for good."""
    try:
        rules.set_retention(user, data.months or None, context.services.clock.now())
    except rules.Refused:
        t.answer(t.texts.raw("general.old_button"))
        return
    t.answer()
    t.edit(rules.retention_confirmation(t.texts, user.retention_months))


@pressed(Pause)
async def pause_chosen(t: Turn, context: BotContext, user: User, data: Pause) -> None:
    """Pause for some days, or until /resume."""
    days = None if data.days == "forever" else int(data.days)
    try:
        await rules.pause(t.session, user, context.services.clock.now(), days)
    except rules.Refused:
        t.answer(t.texts.raw("general.old_button"))
        return
    t.answer()
    t.edit(pause_text(t, context))


BUTTONS = (
    menu_pressed,
    done_pressed,
    timezone_pressed,
    resume_pressed,
    time_menu_pressed,
    time_chosen,
    type_time_pressed,
    track_toggled,
    day_toggled,
    summary_switched,
    summary_day_chosen,
    summary_time_chosen,
    keep_chosen,
    pause_chosen,
    follow_ups_switched,
    monthly_switched,
)


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
        await rules.pause(t.session, user, now, days)
        t.send(pause_text(t, context))


async def resume_command(update: Update, context: BotContext) -> None:
    """/resume: end a pause."""
    now = context.services.clock.now()
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        was_paused = await rules.resume(t.session, user, now)
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
    for handler in BUTTONS:
        app.add_handler(handler, group=group)
