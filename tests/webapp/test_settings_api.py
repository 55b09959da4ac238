"""The journal's Settings over real HTTP, on SQLite and PostgreSQL: every setting of the chat's
/settings, changed by the same rules (bot/flows/settings.py), refused kindly in the user's
language, and only ever the signed user's own."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

import aiohttp
import pytest
from sqlalchemy import select

from bot.clock import FakeClock
from bot.content import Content
from bot.db.engine import Database
from bot.db.models import Delivery, User
from bot.domain.states import DeliveryStatus, ReflectionKind
from bot.domain.tracks import FOLLOW_UP, MONTHLY, PRESETS
from bot.store import accounts, deliveries, reflections
from bot.webapp.server import WebAppServer
from bot.webapp.words import say
from tests.webapp.client import Client, JsonDict
from tests.webapp.seed import ADA, EVE, TOKEN, init_data, seed


async def _set_up(db: Database, client: Client, user_id: int = ADA) -> None:
    """Ada's prompts as /start sets them ("split"), her monthly summary planned, and a
    follow-up on a review's next step planned (both move with her times and zone)."""
    now = client.clock.now()
    async with db.transaction() as session:
        user = await accounts.get_user(session, user_id)
        assert user is not None
        accounts.set_times(user, PRESETS["split"], now)
        accounts.set_summary(user, now, enabled=True)
        await deliveries.plan_monthly(session, user, now)
        review = reflections.add(
            session,
            user,
            kind=ReflectionKind.REVIEW,
            track="conflict_review",
            local_date=now.date(),
            now=now,
            text="We argued",
            data={"next": ["talk_about_it"]},
        )
        await session.flush()
        assert await deliveries.schedule_follow_up(session, user, review, now) is not None


async def _user(db: Database, user_id: int = ADA) -> User:
    async with db.transaction() as session:
        user = await accounts.get_user(session, user_id)
        assert user is not None
        return user


async def _planned(db: Database, user_id: int = ADA) -> dict[str, datetime]:
    async with db.transaction() as session:
        rows = await session.scalars(
            select(Delivery).where(
                Delivery.user_id == user_id,
                Delivery.track.in_((FOLLOW_UP, MONTHLY)),
                Delivery.status == DeliveryStatus.QUEUED,
            )
        )
        return {row.track: row.due_at.astimezone(UTC) for row in rows}


async def _patch(client: Client, body: object, user_id: int | None = None) -> tuple[int, Any]:
    return await client.call("PATCH", "/app/api/settings", json=body, user_id=user_id)


async def _changed(client: Client, body: object) -> JsonDict:
    status, answer = await _patch(client, body)
    assert status == 200, answer
    assert isinstance(answer, dict) and answer["done"]
    return answer


async def test_settings_are_the_chats(client: Client, db: Database) -> None:
    await _set_up(db, client)
    shown = await client.get("/app/api/settings")
    tracks = {t["id"]: (t["on"], t["time"]) for t in shown["tracks"]}
    assert tracks["self_compassion"] == (True, "08:30")
    assert tracks["conflict_review"] == (True, "20:30")
    assert tracks["supporting_someone"] == (False, None)
    assert shown["weekdays"] == [True] * 7
    assert shown["weekly"] | {"times": None} == {
        "on": True,
        "day": 6,
        "time": "19:00",
        "times": None,
    }
    assert shown["timezone"]["zone"] == "Europe/Berlin" and shown["timezone"]["now"] == "10:00"
    assert (shown["monthly"], shown["follow_ups"], shown["retention"]) == (True, True, None)
    assert (shown["paused"], shown["language"]) == (False, "en")
    assert {lang["id"] for lang in shown["languages"]} == {"en", "ru", "es"}


async def test_a_time_change_moves_the_planned_follow_up_as_the_chat_does(
    client: Client, db: Database
) -> None:
    await _set_up(db, client)
    before = await _planned(db)
    answer = await _changed(client, {"times": {"conflict_review": "21:15"}})
    assert answer["done"] == ["Done: Reviewing conflicts now at 21:15."]  # the chat's words
    assert {"id": "conflict_review", "on": True, "time": "21:15"} in answer["settings"]["tracks"]
    user = await _user(db)
    row = accounts.schedule_for(user, "conflict_review")
    assert row is not None and row.local_time == time(21, 15)
    # Recomputed at once: 21:15 in Berlin today is 20:15 UTC.
    assert row.next_due_at == datetime(2026, 11, 29, 20, 15, tzinfo=UTC)
    after = await _planned(db)
    # The follow-up comes at the conflict track's evening time, on the same day as planned.
    assert after[FOLLOW_UP] - before[FOLLOW_UP] == timedelta(minutes=45)
    assert after[MONTHLY] == before[MONTHLY]


async def test_the_weekly_summary_time_and_the_zone_move_the_monthly_summary(
    client: Client, db: Database
) -> None:
    await _set_up(db, client)
    before = await _planned(db)
    await _changed(client, {"weekly": {"time": "21:00", "day": 4}})
    after = await _planned(db)
    assert after[MONTHLY] - before[MONTHLY] == timedelta(hours=2)
    shown = await client.get("/app/api/settings")
    assert shown["weekly"]["on"] and (shown["weekly"]["day"], shown["weekly"]["time"]) == (
        4,
        "21:00",
    )
    await _changed(client, {"timezone": "Asia/Tokyo"})
    moved = await _planned(db)
    assert after[MONTHLY] - moved[MONTHLY] == timedelta(hours=8)  # Tokyo is 8 hours ahead
    user = await _user(db)
    assert user.timezone == "Asia/Tokyo"
    await _changed(client, {"weekly": {"on": False}})
    assert not (await client.get("/app/api/settings"))["weekly"]["on"]


async def test_tracks_days_and_switches(client: Client, db: Database) -> None:
    await _set_up(db, client)
    await _changed(client, {"tracks": {"valued_traits": False, "supporting_someone": True}})
    await _changed(client, {"weekdays": {"5": False, "6": False}})
    answer = await _changed(client, {"monthly": False, "follow_ups": False, "retention": 6})
    assert answer["done"] == [
        "No more monthly summaries. /summary month still shows this month any time.",
        "I won't ask about next steps any more.",
        "Entries older than 6 months will be deleted automatically.",
    ]
    shown = answer["settings"]
    tracks = {t["id"]: t["on"] for t in shown["tracks"]}
    assert tracks == {
        "self_compassion": True,
        "valued_traits": False,
        "conflict_review": True,
        "supporting_someone": True,
    }
    assert shown["weekdays"] == [True] * 5 + [False, False]
    assert (shown["monthly"], shown["follow_ups"], shown["retention"]) == (False, False, 6)
    assert await _planned(db) == {}  # the planned monthly summary and follow-up are dropped
    shown = (await _changed(client, {"monthly": True, "retention": None}))["settings"]
    assert (shown["monthly"], shown["retention"]) == (True, None)


async def test_pause_and_resume(client: Client, db: Database) -> None:
    await _set_up(db, client)
    shown = (await _changed(client, {"pause": 7}))["settings"]
    assert shown["paused"] and shown["paused_until"] == "2026-12-06T09:00:00+00:00"
    assert MONTHLY not in await _planned(db)
    shown = (await _changed(client, {"resume": True}))["settings"]
    assert not shown["paused"] and shown["paused_until"] is None
    shown = (await _changed(client, {"pause": None}))["settings"]
    assert shown["paused"] and shown["paused_until"] is None


async def test_a_language_chosen_in_the_journal_is_the_chats(
    client: Client, db: Database, content: Content
) -> None:
    answer = await _changed(client, {"language": "ru"})
    assert answer["done"] == [content.texts("ru").raw("language.set")]
    assert answer["settings"]["language"] == "ru"
    assert (await _user(db)).locale == "ru"
    me = await client.get("/app/api/me")
    assert me["words"]["tab_settings"] == "Настройки"


async def test_a_city_sets_the_zone_and_an_unknown_one_gets_choices(client: Client) -> None:
    shown = (await _changed(client, {"timezone": "Lisbon"}))["settings"]
    assert shown["timezone"]["zone"] == "Europe/Lisbon"
    status, answer = await _patch(client, {"timezone": "Lisbn"})
    assert status == 400 and "Lisbn" in answer["error"]
    assert "Europe/Lisbon" in {c["zone"] for c in answer["choices"]}


@pytest.mark.parametrize(
    ("body", "key", "params"),
    [
        ({"times": {"self_compassion": "25:00"}}, "webapp.error.time", {}),
        ({"times": {"self_compassion": "7.45"}}, "webapp.error.time", {}),
        ({"times": {"sleeping": "07:45"}}, "webapp.error.setting", {}),
        ({"tracks": {"self_compassion": "yes"}}, "webapp.error.setting", {}),
        ({"weekdays": {"7": False}}, "webapp.error.weekday", {}),
        ({"weekly": {"time": "20:00"}}, "webapp.error.summary_time", None),
        ({"weekly": {"day": 9}}, "webapp.error.weekday", {}),
        ({"retention": 24}, "webapp.error.retention", {}),
        ({"pause": 0}, "webapp.error.pause", {"max": 90}),
        ({"pause": 91}, "webapp.error.pause", {"max": 90}),
        ({"pause": "7"}, "webapp.error.setting", {}),
        ({"resume": False}, "webapp.error.setting", {}),
        ({"language": "de"}, "webapp.error.language", {}),
        ({"timezone": ""}, "webapp.error.zone", {}),
        ({"colour": "red"}, "webapp.error.setting", {}),
        ({}, "webapp.error.setting", {}),
        ([], "webapp.error.invalid", {}),
        # Valid first, refused later: nothing of it is kept.
        ({"monthly": False, "retention": 24}, "webapp.error.retention", {}),
    ],
)
@pytest.mark.parametrize("locale", ["en", "ru"])
async def test_bad_input_gets_400_in_the_users_language_and_changes_nothing(
    client: Client,
    db: Database,
    content: Content,
    body: object,
    key: str,
    params: dict[str, object] | None,
    locale: str,
) -> None:
    await _set_up(db, client)
    async with db.transaction() as session:
        user = await accounts.get_user(session, ADA)
        assert user is not None
        user.locale = locale
    before = await client.get("/app/api/settings")
    status, answer = await _patch(client, body)
    assert status == 400
    if params is None:
        params = {"times": "09:00, 12:00, 18:00, 19:00, 21:00"}
    assert answer["error"] == say(content, locale, key, **params)
    assert await client.get("/app/api/settings") == before


async def test_the_last_day_stays_on_as_in_the_chat(client: Client, db: Database) -> None:
    await _set_up(db, client)
    status, answer = await _patch(client, {"weekdays": {str(d): False for d in range(7)}})
    assert status == 400 and answer["error"].startswith("At least one day has to stay on.")
    assert (await client.get("/app/api/settings"))["weekdays"] == [True] * 7


async def test_settings_are_only_ever_the_signed_users(client: Client, db: Database) -> None:
    await _set_up(db, client)
    await _set_up(db, client, EVE)
    status, _ = await _patch(client, {"times": {"self_compassion": "06:00"}}, user_id=EVE)
    assert status == 200
    ada = await client.get("/app/api/settings")
    assert {"id": "self_compassion", "on": True, "time": "08:30"} in ada["tracks"]
    eve = await client.get("/app/api/settings", user_id=EVE)
    assert {"id": "self_compassion", "on": True, "time": "06:00"} in eve["tracks"]
    # Unsigned, forged or from someone who never started the bot: nothing.
    for headers in ({}, {"Authorization": "tma " + client.headers()["Authorization"][4:-2]}):
        status, _ = await client.call("GET", "/app/api/settings", headers=headers or {"X": "1"})
        assert status == 401
        status, _ = await client.call(
            "PATCH", "/app/api/settings", json={"monthly": False}, headers=headers or {"X": "1"}
        )
        assert status == 401
    status, _ = await client.call("GET", "/app/api/settings", user_id=3003)
    assert status == 403
    assert (await _user(db)).monthly_summary


async def test_settings_are_never_cached(client: Client) -> None:
    async with client.http.get(
        client.base + "/app/api/settings", headers=client.headers()
    ) as response:
        assert response.status == 200
        assert response.headers["Cache-Control"] == "no-store"


async def test_a_language_chosen_in_the_journal_sets_the_chats_command_menu(
    db: Database, clock: FakeClock, content: Content
) -> None:
    await seed(db, clock, content)
    told: list[tuple[int, str]] = []

    async def on_language(chat_id: int, locale: str) -> None:
        told.append((chat_id, locale))

    server = WebAppServer(db, content, clock, TOKEN, "127.0.0.1", 0, on_language=on_language)
    await server.start()
    try:
        async with aiohttp.ClientSession() as http:
            headers = {"Authorization": f"tma {init_data(clock)}"}
            for body in ({"language": "es"}, {"monthly": False}, {"language": "es"}):
                async with http.patch(
                    f"http://127.0.0.1:{server.port}/app/api/settings", json=body, headers=headers
                ) as response:
                    assert response.status == 200
    finally:
        await server.stop()
    assert told == [(ADA, "es")]  # once: only a change of language is told
