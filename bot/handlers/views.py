"""Rendering: turns users and settings into message text and keyboards.

No I/O, except that saying when the next prompt comes reads what was already delivered.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyKeyboardRemove,
    WebAppInfo,
)

from bot.content import Content, Html, Texts
from bot.db.models import User
from bot.domain import timeparse, timezones
from bot.domain import weekdays as wd
from bot.domain.tracks import DAILY_TRACKS, SUMMARY, TRACKS
from bot.store import accounts
from bot.transport.buttons import LanguageChoice

# The commands in Telegram's menu, in this order (descriptions: content's [commands]).
COMMANDS = (
    "start",
    "prompt",
    "history",
    "people",
    "summary",
    "review",
    "settings",
    "language",
    "timezone",
    "time",
    "skip",
    "pause",
    "resume",
    "privacy",
    "export",
    "delete",
    "help",
    "sos",
    "therapist",
    "talk",
    "cancel",
)


def with_journal(
    texts: Texts, url: str | None, markup: InlineKeyboardMarkup | None
) -> InlineKeyboardMarkup | None:
    """The buttons with a row that opens the journal (the Mini App) when it has a public URL
    (WEBAPP_URL); without one, the buttons as they are."""
    if url is None:
        return markup
    row = [InlineKeyboardButton(texts.raw("journal.open"), web_app=WebAppInfo(url))]
    return InlineKeyboardMarkup([*(markup.inline_keyboard if markup else ()), row])


def language_menu(texts: Texts, content: Content) -> tuple[Html, list[list[InlineKeyboardButton]]]:
    """The question and a row per offered locale, each named in its own language (no rows
    and a note when only one is offered)."""
    if len(content.offered) < 2:
        return texts("language.only_one"), []
    rows = [
        [LanguageChoice(locale).button(content.texts(locale).raw("language.name"))]
        for locale in content.offered
    ]
    return texts("language.choose"), rows


def command_menu(texts: Texts) -> list[BotCommand]:
    """The command list shown in Telegram's menu, in one locale."""
    return [BotCommand(name, texts.raw(f"commands.{name}")) for name in COMMANDS]


async def set_chat_commands(bot: Bot, chat_id: int, texts: Texts) -> None:
    """Give one chat the command menu of its chosen language (Telegram otherwise shows the
    menu of the app's language)."""
    await bot.set_my_commands(command_menu(texts), scope=BotCommandScopeChat(chat_id))


def day_names(texts: Texts) -> list[str]:
    """Return the seven short weekday names, Monday first."""
    return [texts.raw(f"weekday.{i}") for i in range(7)]


def describe_days(texts: Texts, mask: int) -> str:
    """Say which days a weekday mask covers."""
    if mask == wd.EVERY_DAY:
        return texts.raw("plan.every_day")
    if mask == wd.WORKDAYS:
        return texts.raw("plan.workdays")
    if mask == wd.WEEKENDS:
        return texts.raw("plan.weekends")
    return wd.describe(mask, day_names(texts))


def local_now(zone: str, now: datetime) -> str:
    """Format the current wall time in a zone as HH:MM."""
    return now.astimezone(ZoneInfo(zone)).strftime("%H:%M")


def timezone_line(texts: Texts, zone: str, now: datetime, key: str = "plan.timezone") -> Html:
    """Render the zone with its offset and the local time now."""
    return texts(
        key,
        zone=zone,
        offset=timezones.utc_offset_label(zone, now),
        local_now=local_now(zone, now),
    )


def format_instant(texts: Texts, instant: datetime, zone: str) -> str:
    """Render an instant as a local date and time ("Thu, 03.12 08:30")."""
    local = instant.astimezone(ZoneInfo(zone))
    return f"{texts.raw(f'weekday.{local.weekday()}')}, {local:%d.%m %H:%M}"


async def next_prompt_line(texts: Texts, session: AsyncSession, user: User, now: datetime) -> Html:
    """Say when the next prompt that will really be sent comes, or that none is on."""
    return next_prompt_text(texts, user, now, await accounts.next_prompt_at(session, user))


def next_prompt_text(texts: Texts, user: User, now: datetime, due: datetime | None) -> Html:
    """Say when the next prompt comes (`due`, from accounts.next_prompt_at), or that none is on."""
    if due is None or user.timezone is None:
        if accounts.is_paused(user, now):
            return texts("plan.no_prompts_paused")
        return texts("plan.no_prompts")
    zone = ZoneInfo(user.timezone)
    local_due = due.astimezone(zone)
    days_ahead = (local_due.date() - now.astimezone(zone).date()).days
    if days_ahead == 0:
        day = texts.raw("plan.next_today")
    elif days_ahead == 1:
        day = texts.raw("plan.next_tomorrow")
    else:
        day = texts(
            "plan.next_on",
            weekday=texts.raw(f"weekday.{local_due.weekday()}"),
            date=f"{local_due:%d.%m}",
        )
    return texts("plan.next_prompt", time=f"{local_due:%H:%M}", day=day)


def plan(texts: Texts, user: User, now: datetime) -> Html:
    """Render the user's whole set-up: zone, each track's time and days, any pause."""
    lines: list[str] = []
    if user.timezone:
        lines.append(timezone_line(texts, user.timezone, now))
    for track in TRACKS:
        row = accounts.schedule_for(user, track)
        if row is None and track not in DAILY_TRACKS:
            continue  # a track added by choice is listed once it was chosen
        name = texts.raw(f"track.{track.value}")
        if row is None or not row.enabled:
            lines.append(texts("plan.track_off", track=name))
        else:
            lines.append(
                texts(
                    "plan.track_on",
                    track=name,
                    time=timeparse.format_local_time(row.local_time),
                    days=describe_days(texts, row.weekdays),
                )
            )
    summary = accounts.schedule_for(user, SUMMARY)
    if summary is not None and summary.enabled:
        day = next(d for d in range(7) if wd.is_enabled(summary.weekdays, d))
        lines.append(
            texts(
                "summary.plan_line",
                day=texts.raw(f"weekday.{day}"),
                time=timeparse.format_local_time(summary.local_time),
            )
        )
    if user.retention_months:
        lines.append(texts("retention.plan_line", months=user.retention_months))
    if accounts.is_paused(user, now):
        if user.paused_until is None or user.timezone is None:
            lines.append(texts.raw("plan.paused_indefinitely"))
        else:
            until = format_instant(texts, user.paused_until, user.timezone)
            lines.append(texts("plan.paused_until", until=until))
    return Html("\n".join(lines))


def remove_keyboard() -> ReplyKeyboardRemove:
    """Hide a reply keyboard (such as the location button)."""
    return ReplyKeyboardRemove()
