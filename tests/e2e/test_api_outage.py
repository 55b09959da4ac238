"""The Bot API down for minutes while fifty prompts are due: backoff, nothing lost, still polite.

Three kinds of outage of the fake Bot API, each for several minutes of FakeClock time across
many ticks (every 10 s), while 50 users' prompts fall due:

* 5xx: every sendMessage answers 502. A delivery is retried after 30 s, 2 min and 10 min
  (DeliveryConfig.backoff), so an outage that ends within the retry budget (four attempts,
  the last 12.5 min after the first) loses nothing: each prompt arrives exactly once. One
  that lasts longer ends as "failed" ("network") after max_attempts, and is never tried again.
* Timeouts: every sendMessage is lost on its way (the fake's `hang(..., drop=True)`; the bot
  is built with a 1 s read timeout so that this takes real seconds, not minutes). A timeout
  is a network error: the same backoff and budget. (A send that times out *after* Telegram
  accepted it is retried too and can show twice: README, Delivery guarantees.)
* 429 with retry_after: the delivery waits exactly that long each time, without limit of
  attempts; only the grace period (3 h) ends it, as "missed". The Limiter's own in-process
  wait for a 429 runs in real time (tests/e2e/test_delivery.py covers it), so here it is off
  (`max_retries=0`): every 429 comes straight back to the engine, which holds the delivery
  until retry_at on the FakeClock. A try refused with 429 is not an attempt: a 5xx right
  after flood control still gets its three retries.

Attempts are counted per chat on the fake API, with the fake time at which each arrived: no
attempt comes before its retry time, and none later than the next tick. Meanwhile a user's
commands get answers as soon as the API is back, while prompts still wait for their retry.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.clock import FakeClock
from bot.content import Content
from bot.db.models import Delivery
from bot.delivery.engine import DeliveryConfig
from bot.delivery.ratelimit import Limiter
from bot.domain.tracks import Track
from bot.sandbox.fake_api import ApiCall, FakeBotApi
from bot.store import accounts
from tests.harness import Harness
from tests.harness import running as running_bot

USERS = range(6000, 6050)
ADA = 1001  # not one of them: she types commands during the outage
DUE = datetime(2026, 11, 29, 9, 1, tzinfo=UTC)  # every prompt's due time; the clock starts 09:00
OUTAGE = timedelta(minutes=5)
STEP = timedelta(seconds=10)
CONFIG = DeliveryConfig()
PROMPT = "Self-compassion"

Attempt = tuple[datetime, int | None]  # when it arrived (fake time), its error code (None: ok)


def running(
    api: FakeBotApi, url: str, clock: FakeClock, content: Content, **options: Any
) -> AbstractAsyncContextManager[Harness]:
    """The bot as tests/harness.py builds it (but no send rate: the fake has no flood
    limit, and fifty sends at 25 a second would take real seconds), with options changed."""
    options.setdefault("limiter", Limiter(overall_rate=0, per_chat_rate=0))
    return running_bot(api, url, clock, content, **options)


async def add_users(harness: Harness) -> dict[int, list[Attempt]]:
    """Fifty users in UTC with one prompt each at 09:01; returns their attempt log."""
    db = harness.app.bot_data.services.db
    now = harness.clock.now()
    async with db.transaction() as session:
        for user_id in USERS:
            harness.api.user(user_id, f"U{user_id}")
            user, _ = await accounts.start_user(
                session, user_id=user_id, chat_id=user_id, locale="en", now=now
            )
            accounts.set_timezone(user, "UTC", now)
            accounts.set_times(user, {Track.SELF_COMPASSION: DUE.time()}, now)
            accounts.finish_onboarding(user, now)
            accounts.set_summary(user, now, enabled=False)  # one prompt each
    attempts: dict[int, list[Attempt]] = defaultdict(list)

    def record(call: ApiCall) -> None:
        chat_id = call.params.get("chat_id")
        if call.method == "sendMessage" and chat_id in USERS:
            attempts[chat_id].append((harness.clock.now(), call.error_code))

    harness.api.subscribe(record)
    return attempts


async def tick_until(
    harness: Harness,
    until: datetime,
    *,
    end_outage_at: datetime | None = None,
    step: timedelta = STEP,
) -> None:
    """Tick every `step` of fake time until `until`; the outage ends at `end_outage_at`."""
    while harness.clock.now() < until:
        harness.clock.advance(step)
        if end_outage_at is not None and harness.clock.now() >= end_outage_at:
            harness.api.clear_faults()
            end_outage_at = None
        await harness.tick()


async def rows(harness: Harness) -> list[Delivery]:
    async with harness.app.bot_data.services.db.transaction() as session:
        return list((await session.scalars(select(Delivery))).all())


def prompts(api: FakeBotApi, chat_id: int) -> list[dict[str, Any]]:
    return [m for m in api.sent_messages(chat_id) if m.get("text", "").startswith(PROMPT)]


async def help_fails_during_the_outage(harness: Harness, error_code: int) -> None:
    """Ada's /help gets no answer while sendMessage is down (the bot tried, and it failed)."""
    harness.api.drain()
    harness.api.user(ADA, "Ada").send_text("/help")
    call = await harness.api.next_call("sendMessage", chat_id=ADA)
    assert call.error_code == error_code
    assert harness.api.sent_messages(ADA) == []


async def help_is_answered(harness: Harness) -> None:
    """Ada's /help is answered at once."""
    harness.api.drain()
    harness.api.user(ADA, "Ada").send_text("/help")
    answer = await harness.api.next_message(ADA)
    assert "What I can do" in answer["text"]


def assert_backoff(log: list[Attempt], failures: int, *, delays: list[timedelta]) -> None:
    """`failures` failed attempts, then one that went through, each at its exact retry time."""
    codes = [code for _, code in log]
    assert codes[:failures] == [codes[0]] * failures and codes[0] is not None
    assert codes[failures:] == [None]
    times = [at for at, _ in log]
    # Claimed at the first tick at or after 09:01; every retry at the first tick at or after
    # its retry time, which falls on a tick: never earlier, never a tick later.
    assert times[0] == DUE
    assert [b - a for a, b in itertools.pairwise(times)] == delays


async def test_a_5xx_outage_of_five_minutes_loses_nothing_and_respects_the_backoff(
    fake_api: FakeBotApi, migrated_url: str, clock: FakeClock, content: Content
) -> None:
    async with running(fake_api, migrated_url, clock, content) as harness:
        attempts = await add_users(harness)
        harness.api.fail("sendMessage", error_code=502, description="Bad Gateway", times=None)
        await tick_until(harness, DUE + timedelta(minutes=2))
        await help_fails_during_the_outage(harness, 502)
        outage_ends = DUE + OUTAGE
        await tick_until(harness, outage_ends, end_outage_at=outage_ends)
        # The API is back: commands are answered at once, prompts still wait for their retry.
        await help_is_answered(harness)
        assert all(prompts(harness.api, u) == [] for u in USERS)
        await tick_until(harness, DUE + timedelta(minutes=20))

        # Attempts 1-3 failed (at 09:01, 09:01:30, 09:03:30); the 4th, at 09:13:30, went out.
        for user_id in USERS:
            assert_backoff(attempts[user_id], 3, delays=list(CONFIG.backoff))
            assert len(prompts(harness.api, user_id)) == 1
        assert {(d.status, d.attempts) for d in await rows(harness)} == {("sent", 4)}


async def test_a_5xx_outage_longer_than_the_retry_budget_ends_as_failed(
    fake_api: FakeBotApi, migrated_url: str, clock: FakeClock, content: Content
) -> None:
    async with running(fake_api, migrated_url, clock, content) as harness:
        attempts = await add_users(harness)
        harness.api.fail("sendMessage", error_code=500, description="Internal", times=None)
        # (Every retry time is a multiple of 30 s after 09:01, so 30 s ticks catch each.)
        await tick_until(harness, DUE + timedelta(minutes=40), step=timedelta(seconds=30))
        # Four attempts (the last at 09:13:30), then "failed" and never tried again.
        for user_id in USERS:
            log = attempts[user_id]
            assert [code for _, code in log] == [500] * CONFIG.max_attempts
            times = [at for at, _ in log]
            assert [b - a for a, b in itertools.pairwise(times)] == list(CONFIG.backoff)
        assert {(d.status, d.error, d.attempts) for d in await rows(harness)} == {
            ("failed", "network", CONFIG.max_attempts)
        }
        harness.api.clear_faults()
        await help_is_answered(harness)
        # Nobody got a prompt, and nobody lost their schedule: tomorrow's comes as usual.
        assert all(prompts(harness.api, u) == [] for u in USERS)
        harness.clock.set(DUE + timedelta(days=1))
        assert (await harness.tick()).sent == len(USERS)
        assert all(len(prompts(harness.api, u)) == 1 for u in USERS)


async def test_a_timeout_outage_of_five_minutes_loses_nothing_and_respects_the_backoff(
    fake_api: FakeBotApi, migrated_url: str, clock: FakeClock, content: Content
) -> None:
    # Sends time out after 1 s (real time) instead of 15 s; 25 in flight, so 50 take 2 s.
    options: dict[str, Any] = {
        "read_timeout": 1.0,
        "delivery_config": DeliveryConfig(concurrency=25),
    }
    async with running(fake_api, migrated_url, clock, content, **options) as harness:
        attempts = await add_users(harness)
        harness.api.hang("sendMessage", seconds=1.5, times=None, drop=True)
        await tick_until(harness, DUE + timedelta(minutes=2))
        await help_fails_during_the_outage(harness, 504)  # (504: how the fake logs a loss)
        outage_ends = DUE + OUTAGE
        await tick_until(harness, outage_ends, end_outage_at=outage_ends)
        await help_is_answered(harness)
        assert all(prompts(harness.api, u) == [] for u in USERS)
        await tick_until(harness, DUE + timedelta(minutes=20))

        for user_id in USERS:
            assert_backoff(attempts[user_id], 3, delays=list(CONFIG.backoff))
            assert len(prompts(harness.api, user_id)) == 1
        assert {(d.status, d.attempts) for d in await rows(harness)} == {("sent", 4)}


def no_limiter_retries() -> Limiter:
    """A limiter that hands every 429 straight back (its own wait would be real seconds)."""
    return Limiter(overall_rate=0, per_chat_rate=0, max_retries=0)


async def test_a_429_outage_of_five_minutes_waits_retry_after_each_time_and_loses_nothing(
    fake_api: FakeBotApi, migrated_url: str, clock: FakeClock, content: Content
) -> None:
    async with running(fake_api, migrated_url, clock, content, limiter=no_limiter_retries()) as h:
        attempts = await add_users(h)
        h.api.fail(
            "sendMessage",
            error_code=429,
            description="Too Many Requests: retry after 60",
            retry_after=60,
            times=None,
        )
        await tick_until(h, DUE + timedelta(minutes=2))
        await help_fails_during_the_outage(h, 429)
        outage_ends = DUE + OUTAGE
        await tick_until(h, outage_ends, end_outage_at=outage_ends)
        await help_is_answered(h)
        await tick_until(h, DUE + timedelta(minutes=20))

        # Every minute, as asked, from 09:01 to 09:05; at 09:06 the API was back.
        for user_id in USERS:
            assert_backoff(attempts[user_id], 5, delays=[timedelta(seconds=60)] * 5)
            assert len(prompts(h.api, user_id)) == 1
        # Six tries, more than max_attempts, and still sent: a 429 is not a failure, and only
        # the try that Telegram did not refuse counts as an attempt.
        assert {(d.status, d.attempts) for d in await rows(h)} == {("sent", 1)}


async def test_a_429_outage_past_the_grace_period_ends_as_missed(
    fake_api: FakeBotApi, migrated_url: str, clock: FakeClock, content: Content
) -> None:
    async with running(fake_api, migrated_url, clock, content, limiter=no_limiter_retries()) as h:
        attempts = await add_users(h)
        h.api.fail(
            "sendMessage",
            error_code=429,
            description="Too Many Requests: retry after 1800",
            retry_after=1800,
            times=None,
        )
        # A tick at 09:01 and then every 10 minutes: each retry time falls on one.
        h.clock.set(DUE)
        await h.tick()
        grace_over = DUE + CONFIG.grace
        await tick_until(h, grace_over + timedelta(minutes=30), step=timedelta(minutes=10))
        # Every 30 minutes from 09:01 up to 12:01, the end of the grace; then "missed".
        for user_id in USERS:
            log = attempts[user_id]
            assert [at for at, _ in log] == [DUE + n * timedelta(minutes=30) for n in range(7)]
            assert {code for _, code in log} == {429}
        assert {(d.status, d.error, d.attempts) for d in await rows(h)} == {
            ("missed", "retry_after", 0)
        }
        h.api.clear_faults()
        await help_is_answered(h)
        h.clock.set(DUE + timedelta(days=1))
        assert (await h.tick()).sent == len(USERS)
        assert all(len(prompts(h.api, u)) == 1 for u in USERS)


async def test_a_429_outage_then_a_5xx_still_gets_the_network_retries(
    fake_api: FakeBotApi, migrated_url: str, clock: FakeClock, content: Content
) -> None:
    async with running(fake_api, migrated_url, clock, content, limiter=no_limiter_retries()) as h:
        attempts = await add_users(h)
        h.api.fail(
            "sendMessage",
            error_code=429,
            description="Too Many Requests: retry after 60",
            retry_after=60,
            times=None,
        )
        outage_ends = DUE + OUTAGE
        await tick_until(h, outage_ends - STEP)
        # The flood control ends; Telegram stumbles once more on each of them: a 502.
        h.api.clear_faults()
        h.api.fail("sendMessage", error_code=502, description="Bad Gateway", times=len(USERS))
        await tick_until(h, DUE + timedelta(minutes=10))

        # Five 429s a minute apart, one 502, and 30 s later (the first backoff) it went out:
        # waiting out flood control does not use up the retries that a 5xx is owed.
        for user_id in USERS:
            log = attempts[user_id]
            assert [code for _, code in log] == [429] * 5 + [502, None]
            times = [at for at, _ in log]
            assert [b - a for a, b in itertools.pairwise(times)] == [timedelta(seconds=60)] * 5 + [
                CONFIG.backoff[0]
            ]
            assert len(prompts(h.api, user_id)) == 1
        assert {(d.status, d.attempts) for d in await rows(h)} == {("sent", 2)}
