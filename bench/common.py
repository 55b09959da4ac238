"""What the benchmark scenarios share: seeding, the fake server process, loop and memory probes."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import update

from bot.db.engine import Database
from bot.db.models import Schedule
from devsupport.seeding import insert_due_users

FIRST_ID = 100_000
TRACK = "self_compassion"
SEED_BATCH = 10_000


async def seed(url: str, users: int, due_at: datetime) -> None:
    """Onboarded users (zone UTC), each with one track due at `due_at`."""
    db = Database.from_url(url)
    now = datetime.now(UTC)
    try:
        for start in range(FIRST_ID, FIRST_ID + users, SEED_BATCH):
            ids = range(start, min(start + SEED_BATCH, FIRST_ID + users))
            async with db.transaction() as session:
                await insert_due_users(session, dict.fromkeys(ids, due_at), now)
    finally:
        await db.dispose()


async def set_due(url: str, due_at: datetime) -> None:
    """Make every schedule fall due at `due_at` (UTC time of day and instant)."""
    db = Database.from_url(url)
    try:
        async with db.transaction() as session:
            await session.execute(
                update(Schedule).values(
                    local_time=due_at.time().replace(microsecond=0),
                    next_due_at=due_at,
                    next_due_date=due_at.date(),
                )
            )
    finally:
        await db.dispose()


def due_in(seconds: float) -> datetime:
    """A whole second at least `seconds` from now (schedules keep whole seconds)."""
    at = datetime.now(UTC) + timedelta(seconds=seconds)
    return at.replace(microsecond=0) + timedelta(seconds=1)


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def rss_mb() -> float:
    """This process's resident memory now, in MB."""
    return _status_mb("VmRSS")


def reset_peak() -> None:
    """Start measuring the peak afresh (Linux: writing 5 to clear_refs resets VmHWM)."""
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")


def peak_rss_mb() -> float:
    """This process's highest resident memory since the last `reset_peak`, in MB."""
    return _status_mb("VmHWM")


class LoopMonitor:
    """Measures how late a 5 ms timer wakes up: the longest event-loop stall."""

    def __init__(self, period: float = 0.005) -> None:
        self.period = period
        self.max_stall = 0.0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Begin watching (in the running loop)."""
        self._task = asyncio.get_running_loop().create_task(self._watch())

    def reset(self) -> None:
        """Forget the stalls so far."""
        self.max_stall = 0.0

    async def _watch(self) -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(self.period)
            late = time.perf_counter() - before - self.period
            self.max_stall = max(self.max_stall, late)

    async def stop(self) -> float:
        """Stop watching; the longest stall in seconds."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        return self.max_stall


@dataclass
class FakeServer:
    """The fake Bot API running in its own process (bench/fake_server.py)."""

    process: asyncio.subprocess.Process
    base_url: str
    token: str

    @classmethod
    async def start(cls, users: int, flood_limit: int | None = None) -> FakeServer:
        """Start a server that knows `users` users, the first with id FIRST_ID."""
        args = ["-m", "bench.fake_server", "--users", str(users), "--first-id", str(FIRST_ID)]
        if flood_limit is not None:
            args += ["--flood-limit", str(flood_limit)]
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            *args,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            limit=1 << 20,
        )
        assert process.stdout is not None
        first = json.loads(await asyncio.wait_for(process.stdout.readline(), 120))
        return cls(process, first["base_url"], first["token"])

    async def ask(self, command: str) -> dict[str, Any]:
        """Send one command line; return the JSON answer."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(command.encode() + b"\n")
        await self.process.stdin.drain()
        answer: dict[str, Any] = json.loads(await self.process.stdout.readline())
        return answer

    async def stop(self) -> None:
        """Tell the server to quit and wait for it."""
        assert self.process.stdin is not None
        self.process.stdin.write(b"quit\n")
        await self.process.stdin.drain()
        try:
            await asyncio.wait_for(self.process.wait(), 30)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()


async def wait_until(done: Callable[[], bool], deadline: float, every: float = 0.05) -> bool:
    """Check `done` every `every` seconds until it holds or the monotonic `deadline` passes."""
    while not done():
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(every)
    return True


def emit(result: dict[str, Any]) -> None:
    """Print a scenario's result as the last line of its output (bench/run.py reads it)."""
    print(json.dumps(result), flush=True)
