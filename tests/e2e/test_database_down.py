"""The database is unreachable for a while: the bot stays up, says "try again", catches up.

SQLite is made unavailable by another process holding a lock on the same file (the bot waits
out its busy timeout, shortened here to one second with the URL's `?timeout=1`); PostgreSQL by
stopping a throwaway cluster of this test's own (`pg_ctl stop -m fast`) and starting it again
on the same port. The "minute" of outage is simulated with the FakeClock: users write and the
delivery tick runs several times while the database is down; nobody waits for real.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import sys
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from bot.app import TICK_JOB
from bot.clock import FakeClock
from bot.content import Content
from bot.db import migrate
from bot.db.engine import Database
from bot.db.errors import database_unavailable
from bot.db.models import Reflection
from bot.sandbox.fake_api import FakeBotApi
from bot.store.deliveries import STALE_SENDING
from devsupport import pg
from tests.harness import Chat, Harness, _build
from tests.steps import deliveries, load_user, prompts_sent, set_up

BUSY = "I can't reach my notes right now"

# Another process holding a lock on the bot's SQLite file (the journal is WAL, see engine.py).
LOCKER = """
import sqlite3, sys
path, scope = sys.argv[1], sys.argv[2]
holder = sqlite3.connect(path, isolation_level=None, timeout=10)
if scope == "everything":
    # With exclusive locking, WAL's first transaction keeps the file for this connection:
    # nobody else can even read. It can only be taken while no other connection is open.
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("COMMIT")
else:
    # An open EXCLUSIVE transaction in WAL mode stops every writer; readers carry on.
    holder.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
holder.close()
"""


class Lock:
    """Another process holding the SQLite file until `release()`."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    @classmethod
    async def take(cls, path: Path, scope: str = "writes") -> Lock:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            LOCKER,
            str(path),
            scope,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), 15)
        assert line.strip() == b"locked", line
        return cls(process)

    async def release(self) -> None:
        if self.process.returncode is not None:
            return
        assert self.process.stdin is not None
        self.process.stdin.write(b"\n")
        await self.process.stdin.drain()
        assert await asyncio.wait_for(self.process.wait(), 15) == 0


def sqlite_file(url: str) -> Path:
    return Path(url.removeprefix("sqlite+aiosqlite:///").split("?", 1)[0])


async def run_tick_job(harness: Harness) -> None:
    """Run the delivery-tick job once, the way the JobQueue runs it (errors go to the handler)."""
    assert harness.app.job_queue is not None
    [job] = harness.app.job_queue.get_jobs_by_name(TICK_JOB)
    await job.run(harness.app)


async def reflections(harness: Harness) -> int:
    async with harness.app.bot_data.services.db.transaction() as session:
        return int(await session.scalar(select(func.count()).select_from(Reflection)) or 0)


def assert_still_running(harness: Harness) -> None:
    assert harness.app.running
    assert harness.app.updater is not None and harness.app.updater.running


def outage_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "bot.handlers.errors"]


@pytest.fixture
async def sqlite_harness(
    fake_api: FakeBotApi, clock: FakeClock, content: Content, tmp_path: Path
) -> AsyncIterator[Harness]:
    """A bot on a migrated SQLite file that waits at most one second for a lock."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'letin.sqlite3'}"
    await asyncio.to_thread(migrate.upgrade, url)
    url += "?timeout=1"
    running = Harness(
        api=fake_api,
        app=_build(fake_api, url, clock, content),
        database_url=url,
        clock=clock,
        content=content,
    )
    await running.start()
    yield running
    await running.stop()


def ada(harness: Harness) -> Chat:
    return Chat(api=harness.api, user=harness.api.user(1001, "Ada"))


async def test_sqlite_locked_by_another_process_for_a_minute(
    sqlite_harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    harness = sqlite_harness
    chat = ada(harness)
    await set_up(chat, harness, "09:01")  # prompts fall due at 09:01, during the outage
    caplog.set_level(logging.INFO)
    said_before = len(harness.api.sent_messages(chat.user.id))
    lock = await Lock.take(sqlite_file(harness.database_url))
    try:
        harness.clock.advance(timedelta(seconds=40))
        started = time.monotonic()
        answer = await chat.send("a note typed while the database is locked")
        waited = time.monotonic() - started
        assert answer["text"] == harness.content.texts("en").raw("general.busy")
        assert BUSY in answer["text"] and "\n" not in answer["text"]
        # The bot waited out its busy timeout (one second here) before giving up.
        assert waited >= 0.9
        paused = await chat.send("/pause 3")
        assert BUSY in paused["text"]
        # A minute of ticks: each fails softly and the next one tries again.
        for _ in range(3):
            await run_tick_job(harness)
            harness.clock.advance(timedelta(seconds=20))
        assert_still_running(harness)
        # All the user heard meanwhile: one line per message, no prompt, no "saved".
        said = harness.api.sent_messages(chat.user.id)[said_before:]
        assert [m["text"] for m in said] == [answer["text"]] * 2
    finally:
        await lock.release()
    # 09:01:40: the prompts due at 09:01 go out now, once each.
    counts = await harness.tick()
    assert (counts.due, counts.sent, counts.missed) == (3, 3, 0)
    harness.clock.advance(timedelta(seconds=5))
    await harness.tick()
    prompts = prompts_sent(harness, chat.user.id)
    assert len(prompts) == 3
    assert {d.status for d in await deliveries(harness)} == {"sent"}
    # What was typed during the outage was neither kept nor half-done...
    user = await load_user(harness, chat.user.id)
    assert user is not None and user.status == "active"
    assert await reflections(harness) == 0
    # ...and after it the same user gets normal answers.
    harness.api.drain()
    chat.user.reply_to(prompts[0], "I was patient with myself this morning")
    answer = await chat.reply()
    assert BUSY not in answer["text"] and "went wrong" not in answer["text"]
    assert await reflections(harness) == 1
    chat.user.send_text("/pause 3")
    await chat.until("Paused until")
    # One WARNING line per failure, never an ERROR, never the user's words.
    lines = outage_lines(caplog)
    assert len(lines) == 5  # two updates, three ticks
    assert {r.levelno for r in lines} == {logging.WARNING}
    assert all("the database is unavailable" in r.getMessage() for r in lines)
    assert sum("Job delivery-tick" in r.getMessage() for r in lines) == 3
    for record in caplog.records:
        assert "typed while" not in record.getMessage()
        assert "patient with myself" not in record.getMessage()


async def test_sqlite_unreadable_while_the_bot_restarts(
    sqlite_harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    harness = sqlite_harness
    chat = ada(harness)
    await set_up(chat, harness, "09:01")
    menu = await chat.send("/settings")
    await harness.stop()  # closes every connection, so the other process can take the file
    path = sqlite_file(harness.database_url)
    lock = await Lock.take(path, "everything")
    try:
        with pytest.raises(sqlite3.OperationalError, match="database is locked"):
            await asyncio.to_thread(_read_schema, path)  # even reading is blocked
        await harness.restart()  # the bot comes up while the database is unreadable
        caplog.set_level(logging.INFO)
        harness.clock.advance(timedelta(seconds=30))
        answer = await chat.send("/start")
        assert BUSY in answer["text"] and "\n" not in answer["text"]
        chat.user.press(menu, buttons_of(menu)[0])
        alert = await chat.answered()
        assert BUSY in alert["text"] and alert["show_alert"] is True
        for _ in range(2):
            await run_tick_job(harness)
            harness.clock.advance(timedelta(seconds=30))
        assert_still_running(harness)
    finally:
        await lock.release()
    counts = await harness.tick()
    assert counts.sent == 3
    await harness.tick()
    assert len(prompts_sent(harness, chat.user.id)) == 3
    answer = await chat.send("/start")
    assert BUSY not in answer["text"] and "went wrong" not in answer["text"]
    assert [r.levelno for r in outage_lines(caplog)] == [logging.WARNING] * 4


def _read_schema(path: Path) -> None:
    reader = sqlite3.connect(path, timeout=0.2)
    try:
        reader.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        reader.close()


def buttons_of(message: dict) -> list[str]:
    return [b["text"] for row in message["reply_markup"]["inline_keyboard"] for b in row]


async def test_a_database_error_between_send_and_record_never_sends_twice(
    sqlite_harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    harness = sqlite_harness
    chat = ada(harness)
    await set_up(chat, harness, "09:01")
    harness.clock.advance(timedelta(minutes=1, seconds=5))
    # Telegram takes the prompts, but its answers arrive only after the database is locked.
    harness.api.hang("sendMessage", seconds=2, times=3, after=True)
    caplog.set_level(logging.INFO)
    first_call = len(harness.api.calls)
    await harness.engine.tick()
    for _ in range(3):
        await harness.api.next_call("sendMessage", chat_id=chat.user.id)
    lock = await Lock.take(sqlite_file(harness.database_url))
    try:
        await harness.engine.wait_idle()  # recording the outcomes fails; the dispatcher stops
        stopped = [r for r in caplog.records if r.getMessage().startswith("Dispatcher stopped")]
        # An outage to ride out, not a bug: a warning.
        assert [(r.getMessage(), r.levelno) for r in stopped] == [
            ("Dispatcher stopped: OperationalError", logging.WARNING)
        ]
    finally:
        await lock.release()
    # (Read once the lock is gone: every transaction, reads too, waits for the write lock.)
    assert {d.status for d in await deliveries(harness)} == {"sending"}
    harness.engine.take_counts()
    # Back: the next ticks do not know whether those went out, so they never resend them...
    harness.clock.advance(timedelta(seconds=5))
    counts = await harness.tick()
    assert (counts.due, counts.sent, counts.failed) == (0, 0, 0)
    # ...and once they are stale they are closed as interrupted (at most once).
    harness.clock.advance(STALE_SENDING + timedelta(minutes=1))
    counts = await harness.tick()
    assert (counts.interrupted, counts.sent) == (3, 0)
    rows = await deliveries(harness)
    assert {(d.status, d.error) for d in rows} == {("failed", "interrupted")}
    sends = [c for c in harness.api.calls[first_call:] if c.method == "sendMessage"]
    assert len(sends) == 3 and len(prompts_sent(harness, chat.user.id)) == 3
    assert_still_running(harness)


async def test_a_locked_sqlite_fails_after_a_bounded_wait(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'letin.sqlite3'}"
    await asyncio.to_thread(migrate.upgrade, url)
    default = Database.from_url(url)
    quick = Database.from_url(url + "?timeout=0.5")
    try:
        async with default.transaction() as session:
            assert await session.scalar(text("PRAGMA busy_timeout")) == 5000
        async with quick.transaction() as session:
            assert await session.scalar(text("PRAGMA busy_timeout")) == 500
        lock = await Lock.take(sqlite_file(url))
        try:
            started = time.monotonic()
            with pytest.raises(OperationalError) as caught:
                async with quick.transaction() as session:
                    await session.execute(text("UPDATE users SET locale = locale"))
            waited = time.monotonic() - started
        finally:
            await lock.release()
        assert 0.45 <= waited < 5  # neither at once nor for ever
        assert database_unavailable(caught.value)
        # A bug is not an outage: a missing table gets the "something went wrong" answer.
        with pytest.raises(OperationalError) as bug:
            async with quick.transaction() as session:
                await session.execute(text("SELECT * FROM no_such_table"))
        assert not database_unavailable(bug.value)
    finally:
        await default.dispose()
        await quick.dispose()


# -- PostgreSQL: a cluster of this test's own, stopped and started on the same port ---------


@pytest.fixture
async def own_cluster() -> AsyncIterator[pg.Cluster]:
    """A throwaway cluster only this test uses (never the session's shared server)."""
    bindir = pg.find_bindir()
    if bindir is None:
        reason = f"no PostgreSQL to stop and start: {pg.no_server_reason()}"
        if pg.ci():
            pytest.fail(f"{reason} (CI=true: the PostgreSQL tests must run)", pytrace=False)
        pytest.skip(reason)
    cluster = await asyncio.to_thread(pg.Cluster.create, bindir)
    try:
        await asyncio.to_thread(cluster.start)
        yield cluster
    finally:
        await asyncio.to_thread(cluster.remove)


async def stop_cluster(cluster: pg.Cluster) -> None:
    """`pg_ctl stop -m fast`: every session is disconnected, new connections are refused."""
    result = await asyncio.to_thread(
        cluster._run, "pg_ctl", "--pgdata", str(cluster.data), "--mode=fast", "--wait", "stop"
    )
    assert result.returncode == 0, result.stderr
    cluster.running = False


async def start_cluster(cluster: pg.Cluster) -> None:
    """Start the stopped cluster again on the port it had (the bot's URL does not change)."""
    result = await asyncio.to_thread(
        cluster._run,
        "pg_ctl",
        "--pgdata",
        str(cluster.data),
        "--log",
        str(cluster.root / "postgres.log"),
        "--wait",
        "--timeout=60",
        "--silent",
        "-o",
        f"-p {cluster.port}",
        "start",
    )
    assert result.returncode == 0, result.stderr
    cluster.running = True


@pytest.mark.postgresql
async def test_postgresql_stopped_for_a_minute_then_started_again(
    own_cluster: pg.Cluster,
    fake_api: FakeBotApi,
    clock: FakeClock,
    content: Content,
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = own_cluster.url()
    await asyncio.to_thread(migrate.upgrade, url)
    harness = Harness(
        api=fake_api,
        app=_build(fake_api, url, clock, content),
        database_url=url,
        clock=clock,
        content=content,
    )
    await harness.start()
    try:
        chat = ada(harness)
        await set_up(chat, harness, "09:01")
        # A quick restart between two messages: the pooled connections it killed are
        # replaced (pool_pre_ping), so the next message is answered as usual.
        await stop_cluster(own_cluster)
        await start_cluster(own_cluster)
        answer = await chat.send("/start")
        assert BUSY not in answer["text"] and "went wrong" not in answer["text"]
        harness.api.drain()

        caplog.set_level(logging.INFO)
        await stop_cluster(own_cluster)
        harness.clock.advance(timedelta(seconds=30))
        answer = await chat.send("/pause 3")
        assert BUSY in answer["text"] and "\n" not in answer["text"]
        note = await chat.send("a note typed while PostgreSQL is down")
        assert BUSY in note["text"]
        for _ in range(3):
            await run_tick_job(harness)
            harness.clock.advance(timedelta(seconds=20))
        assert_still_running(harness)
        assert prompts_sent(harness, chat.user.id) == []
        await start_cluster(own_cluster)

        answer = await chat.send("/start")
        assert BUSY not in answer["text"] and "went wrong" not in answer["text"]
        counts = await harness.tick()
        assert (counts.due, counts.sent, counts.missed) == (3, 3, 0)
        harness.clock.advance(timedelta(seconds=5))
        await harness.tick()
        assert len(prompts_sent(harness, chat.user.id)) == 3
        assert {d.status for d in await deliveries(harness)} == {"sent"}
        user = await load_user(harness, chat.user.id)
        assert user is not None and user.status == "active"
        assert await reflections(harness) == 0
        lines = outage_lines(caplog)
        assert [r.levelno for r in lines] == [logging.WARNING] * 5
        for record in caplog.records:
            assert "typed while" not in record.getMessage()
    finally:
        await harness.stop()
