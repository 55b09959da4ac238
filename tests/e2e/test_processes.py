"""Real processes: `python -m bot worker` killed mid-send, and two workers at once."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from bot.clock import FakeClock
from bot.content import Content
from bot.db.engine import Database
from bot.db.models import Delivery, Schedule
from bot.delivery.engine import DeliveryEngine
from bot.domain.tracks import Track
from bot.sandbox.fake_api import FakeBotApi
from bot.store import accounts
from bot.store.deliveries import STALE_SENDING
from tests.e2e.workers import TOKEN, start_worker


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi(token=TOKEN)
    await server.start()
    yield server
    await server.stop()


async def add_due_users(db: Database, api: FakeBotApi, user_ids: range) -> None:
    """Users whose self-compassion prompt fell due 30 seconds ago (real time)."""
    now = datetime.now(UTC)
    async with db.transaction() as session:
        for user_id in user_ids:
            api.user(user_id)
            user, _ = await accounts.start_user(
                session, user_id=user_id, chat_id=user_id, locale="en", now=now
            )
            accounts.set_timezone(user, "UTC", now)
            accounts.set_times(user, {Track.SELF_COMPASSION: time(9, 0)}, now)
            accounts.finish_onboarding(user, now)
            accounts.set_summary(user, now, enabled=False)  # one prompt each, nothing else
    async with db.transaction() as session:
        await session.execute(
            update(Schedule).values(
                next_due_at=now - timedelta(seconds=30), next_due_date=now.date()
            )
        )


async def all_deliveries(db: Database) -> list[Delivery]:
    async with db.transaction() as session:
        return list((await session.scalars(select(Delivery))).all())


async def test_killed_between_sent_and_recorded_is_never_resent(
    api: FakeBotApi, migrated_url: str, db: Database, content: Content, tmp_path: Path
) -> None:
    await add_due_users(db, api, range(1001, 1002))
    # Telegram accepts the message, but the answer never reaches the worker before it dies.
    api.hang("sendMessage", seconds=60, after=True)
    worker = await start_worker(api, migrated_url, tmp_path)
    try:
        call = await api.next_call("sendMessage", timeout=30)
        assert call.params["chat_id"] == 1001
    finally:
        worker.kill()  # SIGKILL: no clean-up of any kind
        await worker.wait()
    assert len(api.sent_messages(1001)) == 1
    [row] = await all_deliveries(db)
    assert row.status == "sending"

    # A new process on the same database: it does not know whether the message went out,
    # so by the documented at-most-once policy it never sends it again.
    restarted_at = datetime.now(UTC)
    clock = FakeClock(restarted_at + timedelta(minutes=1))
    engine = DeliveryEngine(db=db, content=content, clock=clock, bot=_bot(api))
    await engine.tick()
    await engine.wait_idle()
    clock.set(restarted_at + STALE_SENDING + timedelta(minutes=1))
    await engine.tick()
    await engine.wait_idle()
    [row] = await all_deliveries(db)
    assert (row.status, row.error) == ("failed", "interrupted")
    assert len(api.sent_messages(1001)) == 1
    assert [c for c in api.calls if c.method == "sendMessage"] == [call]


async def test_two_workers_at_once_send_each_prompt_exactly_once(
    api: FakeBotApi, migrated_url: str, db: Database, tmp_path: Path
) -> None:
    users = range(2000, 2060)
    await add_due_users(db, api, users)
    workers = [await start_worker(api, migrated_url, tmp_path) for _ in range(2)]
    try:
        for _ in users:
            await api.next_call("sendMessage", timeout=60)
        for _ in range(100):  # until every row is recorded (each check is one query)
            rows = await all_deliveries(db)
            if all(r.status == "sent" for r in rows):
                break
            await asyncio.sleep(0.1)
    finally:
        started = asyncio.get_running_loop().time()
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        codes = [await asyncio.wait_for(w.wait(), 15) for w in workers]
        stopped_in = asyncio.get_running_loop().time() - started
    assert codes == [0, 0]
    assert stopped_in < 10
    sends = [c.params["chat_id"] for c in api.calls if c.method == "sendMessage"]
    assert sorted(sends) == list(users)
    rows = await all_deliveries(db)
    assert len(rows) == len(users) and {r.status for r in rows} == {"sent"}


async def test_sigterm_lets_the_sends_in_flight_finish_and_exits_within_10_s(
    api: FakeBotApi, migrated_url: str, db: Database, tmp_path: Path
) -> None:
    users = range(3000, 3200)
    await add_due_users(db, api, users)
    # Every message reaches its chat at once, but Telegram's answer takes a second.
    api.hang("sendMessage", seconds=1, times=len(users), after=True)
    worker = await start_worker(api, migrated_url, tmp_path)
    try:
        await api.next_call("sendMessage", timeout=60)  # a chunk is in flight now
    finally:
        started = asyncio.get_running_loop().time()
        worker.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(worker.wait(), 15)
        stopped_in = asyncio.get_running_loop().time() - started
    assert code == 0
    assert stopped_in < 10
    rows = await all_deliveries(db)
    reached = {c.params["chat_id"] for c in api.calls if c.method == "sendMessage"}
    # The chunk in flight finished and was recorded: nothing is left in doubt...
    assert {r.status for r in rows} <= {"sent", "queued"}
    assert {r.user_id for r in rows if r.status == "sent"} == reached
    # ...and it stopped there: the rest wait, queued, for the next process.
    assert 0 < len(reached) < len(users)
    assert len(rows) == len(users)


def _bot(api: FakeBotApi):
    from telegram import Bot

    return Bot(TOKEN, base_url=api.base_url, base_file_url=api.base_file_url)


async def test_run_answers_start_on_any_bot_api_server(
    api: FakeBotApi, migrated_url: str, tmp_path: Path
) -> None:
    process = await start_worker(api, migrated_url, tmp_path, command="run")
    try:
        api.user(4242, "Robin").send_text("/start")
        reply = await api.next_message(4242, timeout=30)
        assert "Hi Robin" in reply["text"]
        assert [c["command"] for c in api.commands()][:1] == ["start"]
    finally:
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 15) == 0


async def test_run_refuses_a_database_that_is_not_migrated(
    api: FakeBotApi, database_url: str, tmp_path: Path
) -> None:
    process = await start_worker(api, database_url, tmp_path, command="run")
    _, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 2
    assert stderr.decode().strip().splitlines() == [
        "letin: the database is not up to date: run `python -m bot migrate` (or `make run`)"
    ]
