"""Proof under load on PostgreSQL: three worker processes, 5,000 users due in one minute."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.db.engine import Database
from bot.db.models import Delivery
from bot.delivery.engine import DeliveryConfig
from bot.sandbox.fake_api import FakeBotApi
from devsupport.seeding import insert_due_users
from tests.conftest import POSTGRESQL
from tests.e2e.test_processes import TOKEN

USERS = 5_000
postgresql_only = pytest.mark.parametrize(
    "database_url",
    [pytest.param(POSTGRESQL, id=POSTGRESQL, marks=pytest.mark.postgresql)],
    indirect=True,
)


async def add_due_users(db: Database, api: FakeBotApi) -> None:
    """5,000 onboarded users whose one prompt fell due 30 seconds ago."""
    now = datetime.now(UTC)
    ids = range(100_000, 100_000 + USERS)
    for user_id in ids:
        api.user(user_id)
    # Spread over the last minute: all due "in the same minute".
    due = {i: now - timedelta(seconds=(i % 60) + 1) for i in ids}
    async with db.transaction() as session:
        await insert_due_users(session, due, now)


async def start(api: FakeBotApi, url: str, cwd: Path) -> asyncio.subprocess.Process:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(cwd),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "DATABASE_URL": url,
        "LETIN_ENCRYPTION_KEY": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        "TICK_SECONDS": "0.5",
        "SEND_RATE_PER_SECOND": "0",  # the local fake has no flood limit
        "METRICS_PORT": "0",
        "LOG_LEVEL": "WARNING",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "worker",
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


async def statuses(db: Database) -> Counter[str]:
    async with db.transaction() as session:
        rows = await session.execute(
            select(Delivery.status, func.count()).group_by(Delivery.status)
        )
        return Counter(dict(rows.all()))


@postgresql_only
async def test_three_workers_deliver_5000_once_even_when_one_is_killed(
    migrated_url: str, db: Database, tmp_path: Path
) -> None:
    api = FakeBotApi(token=TOKEN)
    await api.start()
    workers: list[asyncio.subprocess.Process] = []
    try:
        await add_due_users(db, api)
        workers = [await start(api, migrated_url, tmp_path) for _ in range(3)]
        for _ in range(1_000):
            await api.next_call("sendMessage", timeout=60)
        workers[0].kill()  # SIGKILL in the middle of the run
        await workers[0].wait()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 180
        counts = await statuses(db)
        while counts["queued"] and loop.time() < deadline:
            await asyncio.sleep(0.2)  # waiting for the other workers to finish, with a bound
            counts = await statuses(db)
    finally:
        for worker in workers[1:]:
            if worker.returncode is None:
                worker.send_signal(signal.SIGTERM)
        for worker in workers[1:]:
            await asyncio.wait_for(worker.wait(), 15)
        await api.stop()
    counts = await statuses(db)
    sends = Counter(c.params["chat_id"] for c in api.calls if c.method == "sendMessage")
    # One delivery row per user, and never a second message to anyone.
    assert sum(counts.values()) == USERS
    assert max(sends.values()) == 1
    # Everything was delivered except, at most, the chunk the killed worker had in flight:
    # those rows stay "sending" and close as interrupted, never resent (at most once).
    window = DeliveryConfig().send_chunk
    assert counts["queued"] == 0
    assert counts["sent"] + counts["sending"] == USERS
    assert counts["sending"] <= window
    assert len(sends) >= USERS - window
