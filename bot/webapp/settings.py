"""The journal's Settings page, over the JSON API: GET /app/api/settings and PATCH.

The same settings as the chat's /settings, changed by the same rules (bot/flows/settings.py):
this module only reads the request and says the result. A PATCH names one or more settings:

    {"times": {"self_compassion": "07:45"}}       a track's time ("HH:MM")
    {"tracks": {"conflict_review": false}}        a track on or off
    {"weekdays": {"5": false}}                    prompts on a weekday (0 is Monday) or not
    {"weekly": {"on": true, "day": 6, "time": "19:00"}}   the weekly summary (any of the three)
    {"monthly": false}, {"follow_ups": true}      the monthly summary, follow-ups on next steps
    {"retention": 6}                              keep entries 3, 6 or 12 months (null: for good)
    {"pause": 7}, {"pause": null}, {"resume": true}   pause for days or until resumed; resume
    {"timezone": "Lisbon"}                        a city or an IANA zone
    {"language": "ru"}                            one of the offered languages

Everything is checked before the transaction commits: a refusal (400, with a short message
in the user's language) changes nothing. The answer is the settings as they are now and what
the chat would confirm, in the user's (perhaps new) language.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from datetime import datetime, time
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web

from bot import places
from bot.content import Content, Texts
from bot.db.models import User
from bot.domain import timeparse, timezones
from bot.domain import weekdays as wd
from bot.domain.tracks import SUMMARY_TIMES, TRACKS, Track
from bot.flows import settings as rules
from bot.store import accounts
from bot.webapp import api
from bot.webapp.words import plain

logger = logging.getLogger(__name__)

# Told after a change, with the user's chat id and new locale: the chat's command menu
# follows the language, as when it is chosen in the chat (set by the entry point).
LanguageHook = Callable[[int, str], Awaitable[None]]
LANGUAGE_HOOK: web.AppKey[LanguageHook] = web.AppKey("webapp_language_hook")

_HHMM = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")
FIELDS = frozenset(
    {
        "times",
        "tracks",
        "weekdays",
        "weekly",
        "monthly",
        "follow_ups",
        "retention",
        "pause",
        "resume",
        "timezone",
        "language",
    }
)
MAX_ZONE_CHARS = 100


def _refused(key: str = "webapp.error.setting", **params: object) -> api.Refusal:
    return api.Refusal(400, key, params)


def _time(value: object) -> time:
    match = _HHMM.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise _refused("webapp.error.time")
    return time(int(match[1]), int(match[2]))


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise _refused()
    return value


def _track(value: str) -> Track:
    try:
        return Track(value)
    except ValueError:
        raise _refused() from None


def _map(value: object) -> dict[str, Any]:
    if not isinstance(value, dict) or not value:
        raise _refused()
    return value


def _whole(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _refused()
    return value


def state(user: User, content: Content, now: datetime) -> dict[str, Any]:
    """The user's settings as the page shows them."""
    tracks = []
    for track in TRACKS:
        row = accounts.schedule_for(user, track)
        tracks.append(
            {
                "id": track.value,
                "on": rules.is_on(user, track),
                "time": timeparse.format_local_time(row.local_time) if row else None,
            }
        )
    mask = accounts.current_weekdays(user)
    weekly_on, weekly_day, weekly_time = rules.weekly_summary(user)
    zone = user.timezone
    paused = accounts.is_paused(user, now)
    return {
        "timezone": {
            "zone": zone,
            "now": now.astimezone(ZoneInfo(zone)).strftime("%H:%M"),
            "offset": timezones.utc_offset_label(zone, now),
        }
        if zone
        else None,
        "tracks": tracks,
        "weekdays": [wd.is_enabled(mask, d) for d in range(7)],
        "weekly": {
            "on": weekly_on,
            "day": weekly_day,
            "time": timeparse.format_local_time(weekly_time),
            "times": [timeparse.format_local_time(c) for c in SUMMARY_TIMES],
        },
        "monthly": user.monthly_summary,
        "follow_ups": user.follow_ups,
        "retention": user.retention_months,
        "retention_choices": list(rules.RETENTION),
        "paused": paused,
        "paused_until": user.paused_until.isoformat() if paused and user.paused_until else None,
        "pause_choices": list(rules.PAUSE_CHOICES),
        "max_pause_days": rules.MAX_PAUSE_DAYS,
        "language": content.texts(user.locale).locale,
        "languages": [
            {"id": locale, "name": content.texts(locale).raw("language.name")}
            for locale in content.offered
        ],
    }


async def _zone(text: object, now: datetime) -> str:
    """The zone typed text names, or a refusal that says why (with choices when there are)."""
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_ZONE_CHARS:
        raise _refused("webapp.error.zone")
    # Close matches take tens of milliseconds: off the event loop, as in the chat.
    found = await asyncio.to_thread(places.resolve, text, now=now)
    if found.kind == "exact" and found.zone is not None:
        return found.zone
    if found.kind == "invalid":
        raise _refused("webapp.error.zone")
    query = text.strip()
    choices = [{"zone": c.zone, "label": c.label} for c in found.choices]
    raise api.Refusal(400, rules.zone_question(found), {"query": query}, extra={"choices": choices})


async def _apply(
    session: Any, user: User, changes: dict[str, Any], content: Content, now: datetime
) -> list[str]:
    """Make the changes by the shared rules; return what the chat would confirm."""
    if not changes or set(changes) - FIELDS:
        raise _refused()
    # A zone is resolved first: it is the one change that may need a question back.
    zone = await _zone(changes["timezone"], now) if "timezone" in changes else None
    # What to confirm, said once every change is made (in the language chosen last).
    done: list[Callable[[Texts], str]] = []
    try:
        if "language" in changes:
            if not isinstance(changes["language"], str):
                raise _refused("webapp.error.language")
            rules.set_language(user, changes["language"], content, now)
            done.append(lambda texts: texts.raw("language.set"))
        if zone is not None:
            await rules.set_timezone(session, user, zone, now)
        for track_id, value in _map(changes["times"]).items() if "times" in changes else ():
            track, at = _track(track_id), _time(value)
            tracks = await rules.set_time(session, user, at, track, now)
            done.append(partial(rules.time_confirmation, at=at, track=track, tracks=tracks))
        for track_id, value in _map(changes["tracks"]).items() if "tracks" in changes else ():
            rules.set_track(user, _track(track_id), _bool(value), now)
        for day, value in _map(changes["weekdays"]).items() if "weekdays" in changes else ():
            if not day.isascii() or not day.isdigit():
                raise _refused("webapp.error.weekday")
            rules.set_weekday(user, int(day), _bool(value), now)
        if "weekly" in changes:
            weekly = _map(changes["weekly"])
            if set(weekly) - {"on", "day", "time"}:
                raise _refused()
            await rules.set_weekly_summary(
                session,
                user,
                now,
                enabled=_bool(weekly.get("on", True)),
                weekday=_whole(weekly["day"]) if "day" in weekly else None,
                at=_time(weekly["time"]) if "time" in weekly else None,
            )
        if "monthly" in changes:
            monthly = _bool(changes["monthly"])
            await rules.set_monthly(session, user, monthly, now)
            done.append(partial(rules.monthly_confirmation, on=monthly))
        if "follow_ups" in changes:
            follow_ups = _bool(changes["follow_ups"])
            await rules.set_follow_ups(session, user, follow_ups, now)
            done.append(partial(rules.follow_ups_confirmation, on=follow_ups))
        if "retention" in changes:
            months = changes["retention"]
            rules.set_retention(user, None if months is None else _whole(months), now)
            done.append(partial(rules.retention_confirmation, months=user.retention_months))
        if "pause" in changes:
            days = changes["pause"]
            await rules.pause(session, user, now, None if days is None else _whole(days))
        if "resume" in changes:
            if changes["resume"] is not True:
                raise _refused()
            await rules.resume(session, user, now)
    except rules.Refused as refused:
        raise api.Refusal(400, refused.key, refused.params) from None
    texts = content.texts(user.locale)
    return [plain(say(texts)) for say in done] or [texts.raw("webapp.saved")]


async def get_settings(request: web.Request) -> web.Response:
    """GET /app/api/settings: the signed user's settings."""
    config = request.app[api.CONFIG]
    async with config.db.transaction() as session:
        user = await api.current_user(session)
        shown = state(user, config.content, config.clock.now())
    return web.json_response(shown)


async def patch_settings(request: web.Request) -> web.Response:
    """PATCH /app/api/settings: change one or more settings by the chat's rules."""
    config = request.app[api.CONFIG]
    changes = await api.read_json(request)
    now = config.clock.now()
    async with config.db.transaction() as session:
        user = await api.current_user(session)
        before = user.locale
        done = await _apply(session, user, changes, config.content, now)
        shown = state(user, config.content, now)
        chat_id, locale = user.chat_id, user.locale
    hook = request.app.get(LANGUAGE_HOOK)
    if hook is not None and locale != before and locale is not None:
        try:
            await hook(chat_id, locale)
        except Exception as exc:
            # The language is saved; only the chat's command menu lags behind.
            logger.warning("Could not set the chat's commands: %s", type(exc).__name__)
    return web.json_response({"settings": shown, "done": done})


def add_routes(app: web.Application, on_language: LanguageHook | None = None) -> None:
    """Add the settings routes (after api.add_routes: they use its middlewares)."""
    if on_language is not None:
        app[LANGUAGE_HOOK] = on_language
    app.router.add_get(api.API_PREFIX + "settings", get_settings)
    app.router.add_patch(api.API_PREFIX + "settings", patch_settings)
