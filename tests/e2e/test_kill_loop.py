"""A worker killed with SIGKILL twenty times in a row mid-delivery: never a second message.

One database (SQLite or PostgreSQL) outlives every kill. Each round starts a worker process
(`python -m bot worker`, forked from a launcher that has the bot imported: see
tests/e2e/workers.py) on it, lets it deliver to the fake Bot API, and kills it at a random
point (seeded, so a failure can be replayed): the instant the fake API receives its k-th
message (a send in flight, with the rest of its chunk), or a random time after its first
message (anywhere: a send, a database write).

The documented policy (bot/delivery/engine.py) is at most once: a delivery is marked "sending"
(committed) before it goes out, in chunks of `send_chunk`; rows a dead process left
"sending" close as failed ("interrupted") and are never resent. So after the kills:

* nobody has a message twice, and every "sent" row is exactly one message in its chat;
* each kill left at most one chunk "sending", and only those users may have got nothing:
  at most KILLS * send_chunk of them;
* every schedule is still there and points at its next local date;
* every delivery row ends in a final state.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
from collections import Counter
from collections.abc import Coroutine
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from telegram import Bot

from bot.clock import FakeClock
from bot.content import Content
from bot.db.engine import Database
from bot.db.models import Delivery, Schedule
from bot.delivery.engine import DeliveryConfig, DeliveryEngine
from bot.domain.schedule import next_due
from bot.sandbox.fake_api import ApiCall, FakeBotApi
from bot.store.deliveries import STALE_SENDING
from devsupport.seeding import insert_due_users
from tests.e2e.workers import TOKEN, Launcher, launcher

SEED = 20261129
KILLS = 20
USERS = 2_500
CHUNK = DeliveryConfig().send_chunk
FIRST_ID = 300_000
# Worker settings: the fake server has no flood limit; ticks come fast.
SETTINGS = {"SEND_RATE_PER_SECOND": "0", "TICK_SECONDS": "0.2", "LOG_LEVEL": "INFO"}


async def add_due_users(db: Database, api: FakeBotApi) -> dict[int, datetime]:
    """USERS onboarded users in UTC, each with one prompt that fell due in the last minute."""
    now = datetime.now(UTC).replace(microsecond=0)
    due = {FIRST_ID + n: now - timedelta(seconds=n % 60 + 1) for n in range(USERS)}
    for user_id in due:
        api.user(user_id)
    async with db.transaction() as session:
        await insert_due_users(session, due, now)
    return due


async def statuses(db: Database) -> Counter[str]:
    async with db.transaction() as session:
        rows = await session.execute(
            select(Delivery.status, func.count()).group_by(Delivery.status)
        )
        return Counter({status: count for status, count in rows})


async def due_schedules(db: Database) -> int:
    """Schedules still waiting to be claimed (due in the past)."""
    async with db.transaction() as session:
        count = await session.scalar(
            select(func.count())
            .select_from(Schedule)
            .where(Schedule.next_due_at <= datetime.now(UTC))
        )
        return int(count or 0)


class Killer:
    """Kills the running worker (SIGKILL) when the fake API receives its k-th message."""

    def __init__(self) -> None:
        self.pid: int | None = None
        self.target: int | None = None
        self.sends = 0
        self.first_send = asyncio.Event()
        self.killed = asyncio.Event()

    def arm(self, pid: int, target: int | None) -> None:
        self.pid, self.target, self.sends = pid, target, 0
        self.first_send = asyncio.Event()
        self.killed = asyncio.Event()

    def kill(self) -> None:
        if self.pid is not None and not self.killed.is_set():
            os.kill(self.pid, signal.SIGKILL)  # no clean-up of any kind
            self.killed.set()

    def on_call(self, call: ApiCall) -> None:
        if call.method != "sendMessage" or self.pid is None:
            return
        self.sends += 1
        self.first_send.set()
        if self.sends == self.target:
            self.kill()


async def within(event: Coroutine[Any, Any, Any], log: Path) -> None:
    """Wait for what a worker should do soon; on a timeout, show the end of its log."""
    try:
        await asyncio.wait_for(event, 60)
    except TimeoutError:
        pytest.fail(
            f"the worker did not get there in 60 s; its log ends:\n{Launcher.log_tail(log)}"
        )


def kill_plan(rng: random.Random) -> list[tuple[str, float]]:
    """Where each kill lands: at the k-th message, or some milliseconds after the first."""
    plan: list[tuple[str, float]] = []
    for _ in range(KILLS):
        if rng.random() < 0.7:
            plan.append(("message", rng.randint(1, 2 * CHUNK)))
        else:
            plan.append(("after", rng.uniform(0.0, 0.4)))
    return plan


async def test_twenty_kills_never_send_twice_and_lose_at_most_a_chunk_each(
    migrated_url: str, db: Database, content: Content, tmp_path: Path
) -> None:
    api = FakeBotApi(token=TOKEN)
    await api.start()
    killer = Killer()
    unsubscribe = api.subscribe(killer.on_call)
    plan = kill_plan(random.Random(SEED))
    left_sending: list[int] = []  # rows each kill left "sending"
    workers = await launcher(api, migrated_url, tmp_path, **SETTINGS)
    running: int | None = None
    try:
        due = await add_due_users(db, api)
        for round_no, (how, where) in enumerate(plan):
            sending_before = (await statuses(db))["sending"]
            running, log = await workers.start()
            # A kill "after" some time is also made at the last message a kill may wait for, so
            # that twenty kills never use up the USERS before the last one.
            killer.arm(running, int(where) if how == "message" else 2 * CHUNK)
            if how == "after":
                await within(killer.first_send.wait(), log)
                await asyncio.sleep(where)
                killer.kill()
            await within(killer.killed.wait(), log)
            assert await workers.wait(running) == -signal.SIGKILL, workers.log_tail(log)
            running = None
            counts = await statuses(db)
            left_sending.append(counts["sending"] - sending_before)
            # Still mid-delivery: there was more to send when it died.
            assert counts["queued"] or await due_schedules(db), (round_no, counts)

        # A last worker finishes the rest, and stops cleanly.
        running, log = await workers.start()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 120
        counts = await statuses(db)
        while (counts["queued"] or sum(counts.values()) < USERS) and loop.time() < deadline:
            await asyncio.sleep(0.2)
            counts = await statuses(db)
        os.kill(running, signal.SIGTERM)
        assert await workers.wait(running) == 0, workers.log_tail(log)
        running = None

        # Ten minutes on, any process closes what the dead ones left "sending", and (at most
        # once) does not send it: were it sent, the fake API would count a second message.
        later = FakeClock(datetime.now(UTC) + STALE_SENDING + timedelta(minutes=1))
        async with Bot(TOKEN, base_url=api.base_url) as bot:
            engine = DeliveryEngine(db=db, content=content, clock=later, bot=bot)
            closed = await engine.tick()
            await engine.wait_idle()
            closed = closed.plus(engine.take_counts())
    finally:
        unsubscribe()
        if running is not None:
            os.kill(running, signal.SIGKILL)
            await workers.wait(running)
        await workers.close()
        await api.stop()
    assert closed.sent == 0 and closed.due == 0

    async with db.transaction() as session:
        rows = list((await session.scalars(select(Delivery))).all())
        schedules = list((await session.scalars(select(Schedule))).all())

    # At most once: not one second message, and each "sent" row is one message in its chat.
    delivered = [c for c in api.calls if c.method == "sendMessage"]
    assert all(c.error_code is None for c in delivered)
    messages = Counter(c.params["chat_id"] for c in delivered)
    assert messages and max(messages.values()) == 1
    assert len(rows) == USERS and {r.user_id for r in rows} == set(due)
    final = Counter((r.status, r.error) for r in rows)
    assert set(final) <= {("sent", None), ("failed", "interrupted")}, final
    assert {r.attempts for r in rows} == {1}  # none was ever taken for sending again
    message_ids = {c.params["chat_id"]: c.result["message_id"] for c in delivered}
    sent = {r.user_id for r in rows if r.status == "sent"}
    for row in rows:
        if row.status == "sent":
            assert message_ids.get(row.user_id) == row.message_id, row.user_id

    # Each kill left at most one chunk "sending": exactly the rows now closed as interrupted.
    assert all(n <= CHUNK for n in left_sending), left_sending
    interrupted = {r.user_id for r in rows if r.status == "failed"}
    assert len(interrupted) == sum(left_sending) == closed.interrupted
    # Only those may have got nothing; the policy bounds them by one chunk per kill.
    nothing = set(due) - set(messages)
    assert nothing <= interrupted
    # (The rest of the interrupted ones did get their message: the kill came after the send.)
    assert set(messages) - sent == interrupted - nothing
    assert len(nothing) <= KILLS * CHUNK < USERS
    # The kills at the k-th message landed with a send in flight: each left rows "sending".
    for (how, _), n in zip(plan, left_sending, strict=True):
        if how == "message":
            assert n >= 1, left_sending

    # No schedule lost: each one is there and points at its next local date.
    assert len(schedules) == USERS
    now = datetime.now(UTC)
    for row in schedules:
        expected = next_due(row.local_time, row.weekdays, ZoneInfo("UTC"), due[row.user_id])
        assert (row.next_due_at, row.next_due_date) == (expected.at, expected.local_date)
        assert row.enabled and row.next_due_at is not None and row.next_due_at > now
        assert row.next_due_at == due[row.user_id] + timedelta(days=1)
