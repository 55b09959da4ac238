"""Unexpected errors: the user hears one kind line, the admins get a throttled one-line alert.

The bot runs with ADMIN_IDS set (two admins: one reachable, one whose chat refuses messages).
An error is provoked on a real path: the handler that keeps what a user types is replaced by
one that fails and quotes the user's words in its message, which must reach no admin and no
log line.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import RETENTION_JOB, build_application, make_services
from bot.clock import FakeClock
from bot.content import Content
from bot.context import BotApplication
from bot.db import migrate
from bot.delivery.ratelimit import Limiter
from bot.flows import replies
from bot.sandbox.fake_api import FakeBotApi
from bot.store import privacy as privacy_store
from tests.e2e.test_database_down import Lock, run_tick_job, sqlite_file
from tests.harness import NEVER, Chat, Harness
from tests.steps import onboard

ADMIN = 4242
UNREACHABLE_ADMIN = 4343  # has blocked the bot: alerting them fails, which must not matter
SECRET = "my sister Maren said the cruellest thing"


def build(api: FakeBotApi, url: str, clock: FakeClock, content: Content) -> BotApplication:
    return build_application(
        token=api.token,
        services=make_services(
            url, clock, content, admin_ids=frozenset({ADMIN, UNREACHABLE_ADMIN})
        ),
        base_url=api.base_url,
        base_file_url=api.base_file_url,
        tick_seconds=NEVER,
        limiter=Limiter(per_chat_rate=0),
    )


@pytest.fixture
async def harness(
    fake_api: FakeBotApi, clock: FakeClock, content: Content, tmp_path: Path
) -> AsyncIterator[Harness]:
    """A bot with two admins, on a migrated SQLite file (a lock is given up after 1 s)."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'letin.sqlite3'}"
    await asyncio.to_thread(migrate.upgrade, url)
    url += "?timeout=1"
    fake_api.user(ADMIN, "Grace")
    fake_api.fail(
        "sendMessage",
        error_code=403,
        description="Forbidden: bot was blocked by the user",
        chat_id=UNREACHABLE_ADMIN,
        times=1000,
    )
    running = Harness(
        api=fake_api,
        app=build(fake_api, url, clock, content),
        database_url=url,
        clock=clock,
        content=content,
    )
    await running.start()
    yield running
    await running.stop()


@pytest.fixture
def chat(harness: Harness) -> Chat:
    return Chat(api=harness.api, user=harness.api.user(1001, "Ada"))


@pytest.fixture
def broken_capture(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keeping a typed note fails, with the user's words in the exception message."""

    async def broken_capture(t: object, context: object, user: object, sent: replies.Sent) -> None:
        raise RuntimeError(f"could not keep {sent.text!r}")

    monkeypatch.setattr(replies, "received", broken_capture)


def alerts(harness: Harness) -> list[str]:
    return [m["text"] for m in harness.api.sent_messages(ADMIN)]


async def settled(chat: Chat) -> None:
    """Send /help and wait for its answer: updates run one at a time, so every earlier
    update (and its error handling, alerts included) is finished by then."""
    answer = await chat.send("/help")
    assert "What I can do" in answer["text"]


def assert_no_user_words(caplog: pytest.LogCaptureFixture, *words: str) -> None:
    for record in caplog.records:
        for word in words:
            assert word not in record.getMessage()


@pytest.mark.usefixtures("broken_capture")
async def test_an_unexpected_error_alerts_the_admins_once_without_the_users_words(
    chat: Chat, harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    await onboard(chat)
    caplog.set_level(logging.INFO)
    update = chat.user.send_text(SECRET)
    answer = await chat.reply()
    assert answer["text"] == harness.content.texts("en").raw("general.error")
    alert = (await harness.api.next_message(ADMIN))["text"]
    assert alert.startswith(f"⚠️ Error in update {update['update_id']}: builtins.RuntimeError at ")
    assert "broken_capture" in alert and "text_received (input.py:" in alert
    assert "\n" not in alert
    assert "Maren" not in alert and "could not keep" not in alert

    # The same error again within ten minutes: the user is answered, the admins are not.
    harness.clock.advance(timedelta(minutes=9))
    chat.user.send_text(SECRET + " again")
    assert "went wrong" in (await chat.reply())["text"]
    await settled(chat)
    assert alerts(harness) == [alert]

    # Ten minutes after the first alert, the next one goes out.
    harness.clock.advance(timedelta(minutes=2))
    update = chat.user.send_text(SECRET + " once more")
    assert "went wrong" in (await chat.reply())["text"]
    second = (await harness.api.next_message(ADMIN))["text"]
    assert f"update {update['update_id']}:" in second and "Maren" not in second
    await settled(chat)
    assert len(alerts(harness)) == 2

    # The admin who cannot be reached only costs a WARNING line; the handler never raised.
    failed = [r for r in caplog.records if "Could not alert an admin" in r.getMessage()]
    assert [r.levelno for r in failed] == [logging.WARNING] * 2
    errors = [r for r in caplog.records if r.name == "bot.handlers.errors"]
    assert (
        sum(
            r.levelno == logging.ERROR and "failed: builtins.RuntimeError" in r.getMessage()
            for r in errors
        )
        == 3
    )
    assert_no_user_words(caplog, "Maren", "cruellest", "could not keep")


@pytest.mark.usefixtures("broken_capture")
async def test_each_kind_of_error_has_its_own_throttle(
    chat: Chat, harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    await onboard(chat)
    chat.user.send_text(SECRET)
    await chat.reply()
    first = (await harness.api.next_message(ADMIN))["text"]
    assert "builtins.RuntimeError" in first

    async def other_failure(*_: object) -> None:
        raise LookupError(SECRET)

    monkeypatch.setattr(replies, "received", other_failure)
    chat.user.send_text(SECRET)
    await chat.reply()
    second = (await harness.api.next_message(ADMIN))["text"]
    assert "builtins.LookupError" in second and "Maren" not in second
    await settled(chat)
    assert len(alerts(harness)) == 2


async def test_a_failing_job_alerts_with_its_name(
    harness: Harness, chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken_sweep(*_: object) -> int:
        raise ValueError("a row that could hold anything")

    monkeypatch.setattr(privacy_store, "sweep_retention", broken_sweep)
    assert harness.app.job_queue is not None
    [job] = harness.app.job_queue.get_jobs_by_name(RETENTION_JOB)
    await job.run(harness.app)
    alert = (await harness.api.next_message(ADMIN))["text"]
    assert alert.startswith(f"⚠️ Error in job {RETENTION_JOB}: builtins.ValueError at ")
    assert "could hold anything" not in alert
    assert harness.app.running


async def test_a_database_outage_alerts_once_and_users_hear_try_again(
    chat: Chat, harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    await onboard(chat)
    caplog.set_level(logging.INFO)
    lock = await Lock.take(sqlite_file(harness.database_url))
    try:
        for words in (SECRET, "/pause 3"):
            chat.user.send_text(words)
            answer = await chat.reply()
            assert answer["text"] == harness.content.texts("en").raw("general.busy")
        await run_tick_job(harness)
    finally:
        await lock.release()
    await settled(chat)
    [alert] = alerts(harness)
    assert alert.startswith("⚠️ The database is unavailable (sqlalchemy.exc.OperationalError")
    assert "first seen in update" in alert and "\n" not in alert
    assert "Maren" not in alert
    # Expected trouble, not a bug: WARNING lines only.
    lines = [r for r in caplog.records if r.name == "bot.handlers.errors"]
    assert lines and {r.levelno for r in lines} == {logging.WARNING}
    assert_no_user_words(caplog, "Maren", "cruellest")
