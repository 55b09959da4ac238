"""The settings' rules, one piece of code for the chat's /settings (bot/handlers/settings.py,
bot/handlers/setup.py, /language) and the journal's Settings page (bot/webapp/settings.py).

Each function checks a change, makes it on the user's rows, and does what follows from it:
the next prompts recomputed, the planned follow-ups and monthly summary moved to a new zone
or time (deliveries.move_planned), the monthly summary planned again or dropped. A change the
rules refuse raises `Refused`, naming the message (content) that says why; nothing is
changed then. Functions take the caller's session and never commit. What the chat confirms
is here too, so both say the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time

from sqlalchemy.ext.asyncio import AsyncSession

from bot.content import Content, Html, Texts
from bot.db.models import User
from bot.domain import timeparse, timezones
from bot.domain import weekdays as wd
from bot.domain.timezones import ZoneResult, ZoneResultKind
from bot.domain.tracks import (
    MONTHLY,
    SUMMARY,
    SUMMARY_DEFAULT_TIME,
    SUMMARY_DEFAULT_WEEKDAY,
    SUMMARY_TIMES,
    Track,
)
from bot.store import accounts, deliveries

MAX_PAUSE_DAYS = 90
# The pause lengths offered, in days (any from 1 to MAX_PAUSE_DAYS may be asked for).
PAUSE_CHOICES = (1, 3, 7, 14)
# How many months entries may be kept (None: for good).
RETENTION = (3, 6, 12)


@dataclass
class Refused(Exception):
    """A change the rules refuse: `key` names the message saying why, `params` fill it."""

    key: str
    params: dict[str, object] = field(default_factory=dict)

    def text(self, texts: Texts) -> Html:
        """The reason in one locale."""
        return texts(self.key, **self.params)


# --- Prompts: times, tracks, days ------------------------------------------------------------


async def set_time(
    session: AsyncSession, user: User, at: time, track: Track | None, now: datetime
) -> list[Track]:
    """A time for one track, or for every enabled one (all if none is); returns the tracks.

    The next prompts are recomputed, and the follow-ups (asked in the evening, at the conflict
    track's time) and the monthly summary planned ahead are moved to match.
    """
    if track is None:
        tracks = accounts.set_time_for_enabled(user, at, now)
    else:
        accounts.set_times(user, {track: at}, now)
        tracks = [track]
    await deliveries.move_planned(session, user, now)
    return tracks


def time_confirmation(texts: Texts, at: time, track: Track | None, tracks: list[Track]) -> Html:
    """What the chat says after set_time: the track (or the tracks) and the new time."""
    formatted = timeparse.format_local_time(at)
    if track is None:
        names = ", ".join(texts.raw(f"track.{tr.value}") for tr in tracks)
        return texts("time.set_all", tracks=names, time=formatted)
    return texts("time.set_one", track=texts.raw(f"track.{track.value}"), time=formatted)


def is_on(user: User, track: Track) -> bool:
    """Whether a track's prompts come."""
    row = accounts.schedule_for(user, track)
    return row is not None and row.enabled


def set_track(user: User, track: Track, on: bool, now: datetime) -> bool:
    """Turn a track on or off; False (and nothing changes) when it is so already."""
    if is_on(user, track) == on:
        return False
    accounts.toggle_track(user, track, now)
    return True


def set_weekday(user: User, weekday: int, on: bool, now: datetime) -> bool:
    """Prompts on a weekday (0 is Monday) or not, for every track; False when it is so
    already. The last day is never switched off: Refused("settings.last_day")."""
    if not 0 <= weekday <= 6:
        raise Refused("webapp.error.weekday")
    if wd.is_enabled(accounts.current_weekdays(user), weekday) == on:
        return False
    if not accounts.toggle_weekday(user, weekday, now):
        raise Refused("settings.last_day")
    return True


# --- Summaries and follow-ups ----------------------------------------------------------------


def summary_times() -> str:
    """The weekly summary's times, as offered."""
    return ", ".join(timeparse.format_local_time(c) for c in SUMMARY_TIMES)


async def set_weekly_summary(
    session: AsyncSession,
    user: User,
    now: datetime,
    *,
    enabled: bool,
    weekday: int | None = None,
    at: time | None = None,
) -> None:
    """The weekly summary on or off, on a weekday, at one of the times offered. The monthly
    summary comes at the weekly summary's time, so a new time moves the planned one."""
    if weekday is not None and not 0 <= weekday <= 6:
        raise Refused("webapp.error.weekday")
    if at is not None and at not in SUMMARY_TIMES:
        raise Refused("webapp.error.summary_time", {"times": summary_times()})
    accounts.set_summary(user, now, enabled=enabled, weekday=weekday, at=at)
    if at is not None:
        await deliveries.move_planned(session, user, now)


def weekly_summary(user: User) -> tuple[bool, int, time]:
    """Whether the weekly summary comes, its weekday and its time."""
    row = accounts.schedule_for(user, SUMMARY)
    if row is None:
        return False, SUMMARY_DEFAULT_WEEKDAY, SUMMARY_DEFAULT_TIME
    day = next((d for d in range(7) if wd.is_enabled(row.weekdays, d)), SUMMARY_DEFAULT_WEEKDAY)
    return row.enabled, day, row.local_time


async def set_monthly(session: AsyncSession, user: User, on: bool, now: datetime) -> None:
    """The monthly summary on (the next one planned) or off (the planned one dropped)."""
    user.monthly_summary = on
    user.updated_at = now
    if on:
        await deliveries.plan_monthly(session, user, now)
    else:
        await deliveries.cancel_queued(session, user.id, MONTHLY, now)


def monthly_confirmation(texts: Texts, on: bool) -> str:
    """What the chat says after set_monthly."""
    return texts.raw("settings.monthly_on" if on else "settings.monthly_off")


async def set_follow_ups(session: AsyncSession, user: User, on: bool, now: datetime) -> None:
    """Follow-ups on next steps on or off; off also drops the ones not asked yet."""
    user.follow_ups = on
    user.updated_at = now
    if not on:
        await deliveries.cancel_follow_ups(session, user.id, now)


def follow_ups_confirmation(texts: Texts, on: bool) -> str:
    """What the chat says after set_follow_ups."""
    return texts.raw("settings.follow_ups_on" if on else "settings.follow_ups_off")


# --- Keeping, pausing, zone, language --------------------------------------------------------


def set_retention(user: User, months: int | None, now: datetime) -> None:
    """Keep entries for 3, 6 or 12 months, or for good (None)."""
    if months is not None and months not in RETENTION:
        raise Refused("webapp.error.retention")
    user.retention_months = months
    user.updated_at = now


def retention_confirmation(texts: Texts, months: int | None) -> Html:
    """What the chat says after set_retention."""
    if months:
        return texts("retention.set", months=months)
    return texts("retention.off")


async def pause(session: AsyncSession, user: User, now: datetime, days: int | None) -> None:
    """Pause for 1 to MAX_PAUSE_DAYS days, or until resumed (None): no prompts, and no
    monthly summary planned."""
    if days is not None and not 1 <= days <= MAX_PAUSE_DAYS:
        raise Refused("webapp.error.pause", {"max": MAX_PAUSE_DAYS})
    accounts.pause(user, now, days)
    await deliveries.cancel_queued(session, user.id, MONTHLY, now)


async def resume(session: AsyncSession, user: User, now: datetime) -> bool:
    """End a pause: prompts as before, and the next monthly summary planned again; returns
    whether the prompts were paused."""
    was_paused = accounts.is_paused(user, now)
    accounts.resume(user, now)
    await deliveries.plan_monthly(session, user, now)
    return was_paused


async def set_timezone(session: AsyncSession, user: User, zone: str, now: datetime) -> None:
    """A new zone (an IANA name): prompts at the same local times there, and the planned
    follow-ups and monthly summary moved to match."""
    if not timezones.is_valid_zone(zone):
        raise Refused("webapp.error.zone")
    accounts.set_timezone(user, zone, now)
    await deliveries.move_planned(session, user, now)


def zone_question(result: ZoneResult) -> str:
    """The message that asks back about a typed zone that did not name one zone (it takes
    the typed text as `query`): which of several, which of the close ones, or none found."""
    if result.kind is ZoneResultKind.AMBIGUOUS:
        return "timezone.choose"
    return "timezone.not_found_suggest" if result.choices else "timezone.not_found"


def set_language(user: User, locale: str, content: Content, now: datetime) -> None:
    """Speak one of the offered locales from now on."""
    if locale not in content.offered:
        raise Refused("webapp.error.language")
    user.locale = locale
    user.updated_at = now
