"""Daily prompts through the real Application and the fake Bot API: on time, once."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, time, timedelta

import pytest

from bot.domain.tracks import Track
from bot.logs import capped_library_loggers
from bot.store import accounts
from tests.harness import Chat, Harness
from tests.steps import deliveries, load_user, prompts_sent, set_up


async def test_a_user_whose_time_is_now_receives_each_prompt_once(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    assert (await harness.tick()).due == 0  # 09:00: nothing yet
    harness.clock.advance(timedelta(minutes=1, seconds=3))  # 09:01:03, within one tick
    counts = await harness.tick()
    assert (counts.due, counts.queued, counts.sent) == (3, 3, 3)
    assert len(prompts_sent(harness, chat.user.id)) == 3
    assert {d.status for d in await deliveries(harness)} == {"sent"}
    # The same tick again, and another a few seconds later, send nothing more.
    await harness.tick()
    harness.clock.advance(timedelta(seconds=5))
    assert (await harness.tick()).due == 0
    assert len(prompts_sent(harness, chat.user.id)) == 3


async def test_a_restart_does_not_resend(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    harness.clock.advance(timedelta(minutes=2))
    await harness.tick()
    await harness.restart()
    await harness.tick()
    harness.clock.advance(timedelta(hours=1))
    await harness.tick()
    assert len(prompts_sent(harness, chat.user.id)) == 3
    assert len(await deliveries(harness)) == 3


async def test_prompt_comes_again_the_next_day(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    harness.clock.advance(timedelta(minutes=2))
    await harness.tick()
    harness.clock.advance(timedelta(days=1))
    await harness.tick()
    rows = await deliveries(harness)
    assert sorted({d.local_date.isoformat() for d in rows}) == ["2026-11-29", "2026-11-30"]
    assert len(prompts_sent(harness, chat.user.id)) == 6


async def test_a_bot_stopped_across_the_due_time_catches_up_once(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await harness.stop()
    harness.clock.advance(timedelta(hours=2))  # down at 09:01, back at 11:00
    await harness.restart()
    counts = await harness.tick()
    assert (counts.sent, counts.missed) == (3, 0)
    await harness.tick()
    assert len(prompts_sent(harness, chat.user.id)) == 3


async def test_a_bot_down_longer_than_the_grace_sends_no_flood(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await harness.stop()
    harness.clock.advance(timedelta(days=7, hours=5))  # a week later, at 14:00
    await harness.restart()
    counts = await harness.tick()
    # Three prompts, the weekly summary and the monthly one (on 1 December): none is sent.
    assert counts.sent == 0 and counts.missed == 5
    assert prompts_sent(harness, chat.user.id) == []
    # Tomorrow at 09:01 life goes on as usual.
    harness.clock.advance(timedelta(hours=19, minutes=2))
    assert (await harness.tick()).sent == 3


async def test_429_waits_and_loses_nothing(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    harness.api.fail("sendMessage", error_code=429, description="Too Many Requests", retry_after=1)
    harness.clock.advance(timedelta(minutes=2))
    counts = await harness.tick()
    assert counts.sent == 3 and counts.failed == 0
    limiter = harness.app.bot.rate_limiter
    assert limiter is not None and getattr(limiter, "retry_after_count", 0) == 1
    assert len(prompts_sent(harness, chat.user.id)) == 3


async def test_403_marks_the_user_blocked_and_start_brings_them_back(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    chat.user.block_bot()  # sends now answer 403; the my_chat_member update arrives too
    harness.clock.advance(timedelta(minutes=2))
    counts = await harness.tick()
    assert counts.blocked + counts.due >= 0
    user = await load_user(harness, chat.user.id)
    assert user is not None and user.status == "blocked"
    assert all(s.next_due_at is None for s in user.schedules)
    # A blocked user gets nothing, day after day.
    harness.clock.advance(timedelta(days=1))
    assert (await harness.tick()).due == 0
    chat.user.unblock_bot()
    back = await chat.send("/start")
    assert "Good to see you again" in back["text"]
    user = await load_user(harness, chat.user.id)
    assert user is not None and user.status == "active"
    assert all(s.next_due_at is not None for s in user.schedules)


async def test_403_on_send_marks_blocked(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    harness.api.fail(
        "sendMessage", error_code=403, description="Forbidden: bot was blocked by the user", times=3
    )
    harness.clock.advance(timedelta(minutes=2))
    counts = await harness.tick()
    assert counts.blocked == 3
    assert {d.status for d in await deliveries(harness)} == {"blocked"}
    user = await load_user(harness, chat.user.id)
    assert user is not None and user.status == "blocked"


async def test_chat_not_found_marks_blocked(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    harness.api.fail(
        "sendMessage", error_code=400, description="Bad Request: chat not found", times=3
    )
    harness.clock.advance(timedelta(minutes=2))
    assert (await harness.tick()).blocked == 3
    user = await load_user(harness, chat.user.id)
    assert user is not None and user.status == "blocked"


async def test_5xx_is_retried_with_backoff(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    harness.api.fail("sendMessage", error_code=502, description="Bad Gateway", times=3)
    harness.clock.advance(timedelta(minutes=2))
    counts = await harness.tick()
    assert (counts.sent, counts.retried) == (0, 3)
    rows = await deliveries(harness)
    assert {(d.status, d.error) for d in rows} == {("queued", "network")}
    # Not before the backoff...
    harness.clock.advance(timedelta(seconds=10))
    assert (await harness.tick()).sent == 0
    # ...and after it, sent once.
    harness.clock.advance(timedelta(seconds=30))
    assert (await harness.tick()).sent == 3
    assert {d.status for d in await deliveries(harness)} == {"sent"}
    assert len(prompts_sent(harness, chat.user.id)) == 3


async def test_5xx_that_never_ends_is_recorded_as_failed(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    harness.api.fail("sendMessage", error_code=500, description="Internal Server Error", times=99)
    harness.clock.advance(timedelta(minutes=2))
    for _ in range(6):
        await harness.tick()
        harness.clock.advance(timedelta(minutes=15))
    rows = await deliveries(harness)
    assert {(d.status, d.error, d.attempts) for d in rows} == {("failed", "network", 4)}


async def test_a_paused_user_gets_nothing_then_resumes_without_backlog(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await chat.send("/pause 2")  # until 2026-12-01 09:00
    harness.clock.advance(timedelta(minutes=2))  # 29 Nov, 09:02
    assert (await harness.tick()).due == 0
    harness.clock.advance(timedelta(days=1))  # 30 Nov, 09:02
    assert (await harness.tick()).due == 0
    assert prompts_sent(harness, chat.user.id) == []
    assert await deliveries(harness) == []
    harness.clock.advance(timedelta(days=1))  # 1 Dec, 09:02: the pause is over
    counts = await harness.tick()
    assert (counts.sent, counts.missed) == (3, 0)


async def test_skip_today(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    answer = await chat.send("/skip conflict")
    assert "no prompt today for Reviewing conflicts" in answer["text"]
    harness.clock.advance(timedelta(minutes=2))
    assert (await harness.tick()).sent == 2
    headers = [m["text"].split("\n", 1)[0] for m in prompts_sent(harness, chat.user.id)]
    assert "Reviewing conflicts" not in headers
    harness.api.drain()
    again = await chat.send("/skip")
    assert "nothing left to skip" in again["text"]


async def test_the_tick_logs_counts_and_never_the_prompt_text(
    chat: Chat, harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    await set_up(chat, harness)
    harness.clock.advance(timedelta(minutes=2))
    # The production logging set-up at its most verbose (LOG_LEVEL=DEBUG).
    with capped_library_loggers(), caplog.at_level(logging.DEBUG):
        await harness.tick()
        await harness.tick()
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.delivery.engine"]
    assert any(line.startswith("tick: due=3 queued=3") for line in lines)
    sent_texts = [m["text"] for m in prompts_sent(harness, chat.user.id)]
    for record in caplog.records:
        for text in sent_texts:
            assert text.split("\n")[-1] not in record.getMessage()


async def test_the_tick_job_is_registered_with_deliberate_scheduler_settings(
    harness: Harness,
) -> None:
    assert harness.app.job_queue is not None
    [job] = harness.app.job_queue.get_jobs_by_name("delivery-tick")
    assert job.job.misfire_grace_time is None
    assert job.job.coalesce is True
    assert job.job.max_instances == 1


async def test_many_users_due_in_the_same_minute_are_served_oldest_first(
    harness: Harness,
) -> None:
    # 40 users, due one second apart; all are sent, in due order, each once.
    db = harness.app.bot_data.services.db

    for n in range(40):
        harness.api.user(5000 + n, f"U{n}")
        async with db.transaction() as session:
            user, _ = await accounts.start_user(
                session, user_id=5000 + n, chat_id=5000 + n, locale="en", now=harness.clock.now()
            )
            accounts.set_timezone(user, "UTC", harness.clock.now())
            at = time(9, 5, 39 - n)  # user 5039 is due first
            accounts.set_times(user, {Track.SELF_COMPASSION: at}, harness.clock.now())
            accounts.finish_onboarding(user, harness.clock.now())
    harness.clock.set(datetime(2026, 11, 29, 9, 6, tzinfo=UTC))
    counts = await harness.tick()
    assert counts.sent == 40
    rows = await deliveries(harness)
    # Claimed (and so handed to the dispatcher) in due order: 5039 was due first.
    assert [d.user_id for d in rows] == list(range(5039, 4999, -1))
    sent_to = [c.params["chat_id"] for c in harness.api.calls if c.method == "sendMessage"]
    assert sorted(sent_to[-40:]) == list(range(5000, 5040))
