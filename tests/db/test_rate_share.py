"""The global send rate, shared by the processes that are sending (several workers)."""

from __future__ import annotations

from datetime import timedelta

from telegram import Bot

from bot.clock import FakeClock
from bot.content import Content
from bot.db.engine import Database
from bot.delivery.engine import DeliveryEngine
from bot.delivery.ratelimit import Limiter


def engine(db: Database, content: Content, clock: FakeClock, limiter: Limiter) -> DeliveryEngine:
    # The bot is never called: nobody is due in these tests.
    bot = Bot("123456:TEST-TOKEN", base_url="http://127.0.0.1:9/bot")
    return DeliveryEngine(db=db, content=content, clock=clock, bot=bot, limiter=limiter)


async def test_processes_share_the_rate_and_take_it_back(
    db: Database, content: Content, clock: FakeClock
) -> None:
    first, second, third = (
        Limiter(overall_rate=30),
        Limiter(overall_rate=30),
        Limiter(overall_rate=30),
    )
    a, b, c = (engine(db, content, clock, lim) for lim in (first, second, third))
    await a.tick()
    assert first.overall_rate == 30
    await b.tick()
    await c.tick()
    for each in (a, b, c):  # each learns the count at its own next tick
        await each.tick()
    # Three processes alive: each sends at a third of the bot's 30 messages a second.
    assert (first.overall_rate, second.overall_rate, third.overall_rate) == (10, 10, 10)
    # One stops cleanly and leaves at once; one goes silent (killed) and expires.
    await c.shutdown()
    clock.advance(timedelta(seconds=30))
    await a.tick()
    assert first.overall_rate == 15
    clock.advance(a.config.process_window + timedelta(seconds=1))
    await a.tick()
    assert first.overall_rate == 30


async def test_an_unlimited_bot_stays_unlimited(
    db: Database, content: Content, clock: FakeClock
) -> None:
    free = Limiter(overall_rate=0)
    await engine(db, content, clock, free).tick()
    await engine(db, content, clock, Limiter(overall_rate=0)).tick()
    await engine(db, content, clock, free).tick()
    assert free.overall_rate == 0
