"""Charts and exports are limited per user: a burst gets one kind line, not a pile of work."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from datetime import timedelta

import asyncpg
import pytest

from bot.flows import export
from bot.summary import weekly
from tests.harness import Chat, Harness
from tests.steps import set_up


async def test_a_burst_of_summaries_is_slowed_kindly(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    for _ in range(6):
        chat.user.send_text("/summary")
        await harness.api.next_call("sendPhoto")
        await chat.until("Your week")
    slowed = await chat.send("/summary")
    assert "That's a lot of charts in a minute" in slowed["text"]
    # A minute later, charts are drawn again.
    harness.clock.advance(timedelta(minutes=1))
    chat.user.send_text("/summary")
    await harness.api.next_call("sendPhoto")
    assert "Your week" in (await chat.until("Your week"))["text"]


async def test_a_third_export_within_ten_minutes_waits(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    for _ in range(2):
        chat.user.send_text("/export")
        await harness.api.next_call("sendDocument")
        await harness.api.next_call("sendDocument")
    slowed = await chat.send("/export")
    assert "You can ask again in 10 min" in slowed["text"]
    harness.clock.advance(timedelta(minutes=10))
    chat.user.send_text("/export")
    call = await harness.api.next_call("sendDocument")
    assert call.params["document"].filename == "letin-export.json"


async def transactions_open(database_url: str) -> int:
    """How many transactions hold the database now (other than this question's own)."""
    if database_url.startswith("sqlite"):
        path = database_url.split("///", 1)[1]
        with contextlib.closing(sqlite3.connect(path, timeout=0)) as probe:
            try:
                probe.execute("BEGIN IMMEDIATE")  # what every transaction of the bot takes
            except sqlite3.OperationalError:
                return 1
            probe.rollback()
            return 0
    connection = await asyncpg.connect(database_url.replace("+asyncpg", ""))
    try:
        return int(
            await connection.fetchval(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND state LIKE '%in transaction%' AND pid <> pg_backend_pid()"
            )
        )
    finally:
        await connection.close()


def watch_transactions(
    monkeypatch: pytest.MonkeyPatch, module: object, name: str, database_url: str
) -> list[int]:
    """Count the open transactions each time `module.name` (run in a thread) is called."""
    loop = asyncio.get_running_loop()
    real = getattr(module, name)
    seen: list[int] = []

    def watched(*args: object, **kwargs: object) -> object:
        probe = asyncio.run_coroutine_threadsafe(transactions_open(database_url), loop)
        seen.append(probe.result(timeout=10))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, watched)
    return seen


async def test_charts_and_exports_are_made_after_the_transaction_ends(
    chat: Chat, harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    await set_up(chat, harness)
    await chat.send("I noticed how patient she was with me today.")
    charts = watch_transactions(monkeypatch, weekly, "render_week_chart", harness.database_url)
    chat.user.send_text("/summary")
    await harness.api.next_call("sendPhoto")
    assert "Your week" in (await chat.until("Your week"))["text"]
    files = watch_transactions(monkeypatch, export, "to_markdown", harness.database_url)
    chat.user.send_text("/export")
    await harness.api.next_call("sendDocument")
    markdown = await harness.api.next_call("sendDocument")
    assert b"patient she was" in markdown.params["document"].content
    # While drawing and writing, no transaction held the database (nor its write lock).
    assert charts == [0]
    assert files == [0]
