"""The Mini App's JSON API under /app/api/: every request is signed by Telegram for one user.

A request carries Telegram's init data in `Authorization: tma <initData>` (bot.webapp.auth);
every query is scoped to the user it names, and another user's entry is simply not found
(404, never 403, so ids tell nothing). Errors are JSON `{"error": "..."}` with a short
message in the user's language (their chosen one; before the user is known, their
Telegram app's); a request the page would never send adds an English `detail` for whoever
wrote it. Nothing a user wrote is ever logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web

from bot.clock import Clock
from bot.content import Content
from bot.db.engine import Database
from bot.db.models import User
from bot.domain import safety
from bot.flows.care import sos_text
from bot.helplines import HelplineDirectory
from bot.store import accounts
from bot.throttle import Throttle
from bot.webapp import auth, journal
from bot.webapp.words import plain, say, words

logger = logging.getLogger(__name__)

API_PREFIX = "/app/api/"
MAX_LIMIT = 100
MAX_QUERY_CHARS = 200
# An edit is a few kilobytes at most.
MAX_BODY_BYTES = 64 * 1024
# The heavy requests, per user: how many within how long (bot.throttle).
LIMITS = {
    "search": (60, timedelta(minutes=1)),
    "year": (20, timedelta(minutes=1)),
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
JsonDict = dict[str, Any]


@dataclass(frozen=True)
class Config:
    """What the API needs: the database, content, clock and the token init data is signed with."""

    db: Database
    content: Content
    clock: Clock
    token: str
    helplines: HelplineDirectory
    # Searches decrypt a user's whole journal and a year reads a year: each costs tens of
    # milliseconds, so one person (a script, a held-down key) gets only so many a minute.
    throttle: Throttle = field(default_factory=lambda: Throttle(LIMITS))


CONFIG = web.AppKey("webapp_config", Config)
# The user the request's init data names: aiohttp handles each request in a task of its own,
# so the value set by the middleware is the handler's alone.
_USER_ID: ContextVar[int] = ContextVar("webapp_user_id")
# The language errors are told in: the user's chosen one once known.
_LOCALE: ContextVar[str | None] = ContextVar("webapp_locale", default=None)
# Set on the request: the signed user's id, and whether their language was read.
_SIGNED = web.RequestKey("webapp_signed_user", int)
_LOCALE_READ: ContextVar[bool] = ContextVar("webapp_locale_read", default=False)


def error(status: int, message: str, **more: str) -> web.Response:
    """A JSON error with a short message."""
    return web.json_response({"error": message, **more}, status=status)


class Refusal(Exception):
    """An API error told in the user's language: an HTTP status and a message key."""

    def __init__(
        self,
        status: int,
        key: str,
        params: Mapping[str, object] | None = None,
        *,
        headers: dict[str, str] | None = None,
        extra: JsonDict | None = None,
    ) -> None:
        super().__init__(key)
        self.status, self.key, self.params = status, key, dict(params or {})
        self.headers = headers or {}
        # More for the page than the message (a list of choices, say).
        self.extra = extra or {}


def _told(request: web.Request, key: str, **params: object) -> str:
    return say(request.app[CONFIG].content, _LOCALE.get(), key, **params)


def _app_language(request: web.Request, init_data: str) -> str:
    """The offered locale of the user's Telegram app (named, unsigned, in the init data) or
    of the browser: only for telling an error before the user is known."""
    content = request.app[CONFIG].content
    code = None
    try:
        user = json.loads(auth.parse(init_data).get("user", "null"))
        code = user.get("language_code") if isinstance(user, dict) else None
    except (auth.AuthError, ValueError):
        pass
    if not isinstance(code, str):
        code = request.headers.get("Accept-Language", "").split(",")[0].split(";")[0]
    return content.supported_locale(code.strip() or None)


@web.middleware
async def authenticate(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Refuse API requests without fresh init data signed for this bot (401)."""
    if not request.path.startswith(API_PREFIX):
        return await handler(request)
    header = request.headers.get("Authorization", "")
    scheme, _, init_data = header.partition(" ")
    # Not reset on the way out: the error middleware around this one tells errors in it
    # (each request is a task of its own, with its own copy of the context).
    _LOCALE.set(_app_language(request, init_data.strip()))
    if scheme.lower() != "tma" or not init_data:
        return error(401, _told(request, "webapp.error.open_from_telegram"))
    config = request.app[CONFIG]
    try:
        user_id = auth.validate(init_data.strip(), config.token, config.clock.now())
    except auth.AuthError as exc:
        return error(
            401, _told(request, "webapp.error.not_signed_in"), detail=f"Not signed in: {exc}."
        )
    token = _USER_ID.set(user_id)
    request[_SIGNED] = user_id
    try:
        return await handler(request)
    finally:
        _USER_ID.reset(token)


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """API errors as JSON; an unexpected one is logged by its type only."""
    if not request.path.startswith(API_PREFIX):
        return await handler(request)
    try:
        return await handler(request)
    except Refusal as exc:
        await _users_language(request)
        message = _told(request, exc.key, **exc.params)
        response = web.json_response({"error": message, **exc.extra}, status=exc.status)
        response.headers.update(exc.headers)
        return response
    except journal.Invalid as exc:
        await _users_language(request)
        # Said in English by bot.webapp.journal: for whoever wrote the request.
        return error(400, _told(request, "webapp.error.invalid"), detail=str(exc))
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        key = "webapp.error.not_found" if exc.status == 404 else "webapp.error.invalid"
        return error(exc.status, _told(request, key), detail=exc.reason)
    except Exception as exc:
        # The exception's message might quote a stored value: only its type is logged.
        logger.error(
            "Web app request %s %s failed: %s", request.method, _route(request), type(exc).__name__
        )
        return error(500, _told(request, "webapp.error.failed"))


async def _users_language(request: web.Request) -> None:
    """Before telling an error: the signed user's language, if the request failed before the
    handler read the user (a wrong parameter, say)."""
    user_id = request.get(_SIGNED)
    if user_id is None or _LOCALE_READ.get():
        return
    try:
        async with request.app[CONFIG].db.transaction() as session:
            user = await accounts.get_user(session, user_id)
    except Exception as exc:
        logger.warning("Could not read a user's language: %s", type(exc).__name__)
        return
    if user is not None:
        _LOCALE.set(user.locale)


def _route(request: web.Request) -> str:
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else "?"


async def current_user(session: Any) -> User:
    """The user the request's init data names (403 if they never started the bot); errors
    are told in their language from here on."""
    user = await accounts.get_user(session, _USER_ID.get())
    if user is None:
        raise Refusal(403, "webapp.error.start_first")
    _LOCALE.set(user.locale)
    _LOCALE_READ.set(True)
    return user


def _throttled(config: Config, kind: str) -> None:
    wait = config.throttle.allow(_USER_ID.get(), kind, config.clock.now())
    if wait is not None:
        seconds = max(1, int(wait.total_seconds()) + 1)
        raise Refusal(
            429,
            "webapp.error.slow_down",
            {"seconds": seconds},
            headers={"Retry-After": str(seconds)},
        )


def _today(user: User, config: Config) -> date:
    return config.clock.now().astimezone(ZoneInfo(user.timezone or "UTC")).date()


def _int(request: web.Request, name: str, default: int | None, low: int, high: int) -> int | None:
    raw = request.query.get(name, "")
    if not raw:
        return default
    if not raw.isascii() or not raw.isdigit() or not low <= int(raw) <= high:
        raise journal.Invalid(f"{name} must be a whole number from {low} to {high}")
    return int(raw)


def _entry_id(request: web.Request) -> int:
    raw = request.match_info["entry_id"]
    if not raw.isascii() or not raw.isdigit() or len(raw) > 12:
        raise Refusal(404, "webapp.error.not_found")
    return int(raw)


async def me(request: web.Request) -> web.Response:
    """GET /app/api/me: today, the tracks and the tag names, and every word the page shows,
    in the user's language."""
    config = request.app[CONFIG]
    async with config.db.transaction() as session:
        user = await current_user(session)
        shown = journal.about(user, config.content, _today(user, config))
    locale = config.content.texts(user.locale).locale
    shown |= {"locale": locale, "words": words(config.content, locale)}
    return web.json_response(shown)


async def list_entries(request: web.Request) -> web.Response:
    """GET /app/api/entries?before=&limit=&track=&person=&date=&q=: newest first, paged by
    id (`next_before` is the next page's `before`)."""
    config = request.app[CONFIG]
    query = request.query.get("q", "").strip()
    if len(query) > MAX_QUERY_CHARS:
        raise journal.Invalid(f"Search for at most {MAX_QUERY_CHARS} characters.")
    if query:
        _throttled(config, "search")
    which = journal.EntryFilter(
        before=_int(request, "before", None, 1, 2**31 - 1),
        limit=_int(request, "limit", 20, 1, MAX_LIMIT) or 20,
        track=journal.parse_track(request.query.get("track")),
        person_id=_int(request, "person", None, 1, 2**31 - 1),
        query=query or None,
        on=journal.parse_date(request.query.get("date")),
    )
    async with config.db.transaction() as session:
        user = await current_user(session)
        found, older = await journal.entries(session, user, config.content, which)
    return web.json_response({"entries": found, "next_before": older})


async def read_json(request: web.Request) -> dict[str, Any]:
    """The request's JSON object; Invalid if it is none."""
    try:
        body = await request.json()
    except (ValueError, UnicodeDecodeError):
        raise journal.Invalid('Send JSON, like {"text": "..."}.') from None
    if not isinstance(body, dict):
        raise journal.Invalid('Send a JSON object, like {"text": "..."}.')
    return body


async def patch_entry(request: web.Request) -> web.Response:
    """PATCH /app/api/entries/{id}: change the words and/or the tags of one entry."""
    config = request.app[CONFIG]
    entry_id = _entry_id(request)
    changes = await read_json(request)
    async with config.db.transaction() as session:
        user = await current_user(session)
        row = await journal.entry(session, user.id, entry_id)
        if row is None:
            raise Refusal(404, "webapp.error.not_found")
        text = changes.get("text")
        if isinstance(text, str) and not text.strip():
            # The one refusal a person can meet on the page (journal.clean_text says it too).
            raise Refusal(400, "webapp.empty_text")
        journal.edit(row, changes, user, config.content, config.clock.now())
        await session.flush()
        names = await journal.person_names(session, user.id)
        shown = journal.as_json(row, user, config.content, names)
        shown["care"] = await _care(config, user, row.text) if "text" in changes else None
    return web.json_response(shown)


async def _care(config: Config, user: User, text: str | None) -> JsonDict | None:
    """Edited words pass the crisis screen as every text sent in the chat does: words that
    speak of crisis are kept, and answered with the helplines of the user's country."""
    if not text:
        return None
    # The rules compile once, in a thread; screening a long text takes a few milliseconds.
    found = await asyncio.to_thread(safety.screen, text)
    if not found.flagged:
        return None
    texts = config.content.texts(user.locale)
    lines = sos_text(texts, config.helplines.for_zone(user.timezone, found.concern, user.locale))
    return {"crisis": found.crisis, "text": plain(str(lines))}


async def delete_entry(request: web.Request) -> web.Response:
    """DELETE /app/api/entries/{id}: delete one entry."""
    config = request.app[CONFIG]
    entry_id = _entry_id(request)
    async with config.db.transaction() as session:
        user = await current_user(session)
        row = await journal.entry(session, user.id, entry_id)
        if row is None:
            raise Refusal(404, "webapp.error.not_found")
        await journal.delete(session, row)
    return web.json_response({"deleted": entry_id})


async def month(request: web.Request) -> web.Response:
    """GET /app/api/month?month=YYYY-MM: the month's days, numbered as /summary month."""
    config = request.app[CONFIG]
    async with config.db.transaction() as session:
        user = await current_user(session)
        today = _today(user, config)
        first = journal.parse_month(request.query.get("month"), today)
        shown = await journal.month(session, user, first, today)
    return web.json_response(shown)


async def week(request: web.Request) -> web.Response:
    """GET /app/api/week?week=YYYY-MM-DD: that day's week and the eight weeks up to it, as
    the weekly summary counts them."""
    config = request.app[CONFIG]
    async with config.db.transaction() as session:
        user = await current_user(session)
        monday = journal.parse_week(request.query.get("week"), _today(user, config))
        shown = await journal.week(session, user, monday)
    return web.json_response(shown)


async def year(request: web.Request) -> web.Response:
    """GET /app/api/year?year=YYYY: the year up to today, as /summary year counts it."""
    config = request.app[CONFIG]
    _throttled(config, "year")
    async with config.db.transaction() as session:
        user = await current_user(session)
        today = _today(user, config)
        shown = await journal.year(
            session, user, journal.parse_year(request.query.get("year"), today), today
        )
    return web.json_response(shown)


async def people_list(request: web.Request) -> web.Response:
    """GET /app/api/people: the people list with the traits noticed and the friction."""
    config = request.app[CONFIG]
    async with config.db.transaction() as session:
        user = await current_user(session)
        shown = await journal.people_list(session, user, config.content)
    return web.json_response({"people": shown})


def add_routes(app: web.Application, config: Config) -> None:
    """Add the API's routes and middlewares to an application."""
    app[CONFIG] = config
    app.middlewares.extend([json_errors, authenticate])
    app.router.add_get(API_PREFIX + "me", me)
    app.router.add_get(API_PREFIX + "entries", list_entries)
    app.router.add_patch(API_PREFIX + "entries/{entry_id}", patch_entry)
    app.router.add_delete(API_PREFIX + "entries/{entry_id}", delete_entry)
    app.router.add_get(API_PREFIX + "month", month)
    app.router.add_get(API_PREFIX + "week", week)
    app.router.add_get(API_PREFIX + "year", year)
    app.router.add_get(API_PREFIX + "people", people_list)
