"""The one limiter: overall and per-chat pacing through a real Bot and the fake Bot API."""

from __future__ import annotations

import asyncio

from telegram.error import RetryAfter
from telegram.ext import ExtBot

from bot.delivery.ratelimit import Limiter
from bot.sandbox.fake_api import FakeBotApi


async def timed_sends(api: FakeBotApi, limiter: Limiter, chat_ids: list[int]) -> list[float]:
    """Send one message per chat id (concurrently); return when each one completed."""
    # ExtBot is the bot class the Application uses; it is where the limiter hooks in.
    ext = ExtBot(api.token, base_url=api.base_url, rate_limiter=limiter)
    loop = asyncio.get_running_loop()
    async with ext:
        start = loop.time()

        async def one(chat_id: int) -> float:
            await ext.send_message(chat_id, "hi")
            return loop.time() - start

        return list(await asyncio.gather(*(one(c) for c in chat_ids)))


async def test_one_chat_gets_a_burst_then_the_per_chat_rate(api: FakeBotApi) -> None:
    api.user(7)
    api.user(8)
    limiter = Limiter(overall_rate=1000, per_chat_rate=20, chat_burst=3)
    times = await timed_sends(api, limiter, [7, 7, 7, 7, 7, 8])
    # Three go at once, the fourth and fifth wait for the chat's bucket (20/s: 50 ms each);
    # the other chat is not held back by this one.
    assert sorted(times[:5])[4] >= 0.08
    assert times[5] < sorted(times[:5])[4]
    assert len(api.sent_messages(7)) == 5


async def test_overall_rate_holds_for_many_chats(api: FakeBotApi) -> None:
    chats = list(range(100, 160))
    for chat_id in chats:
        api.user(chat_id)
    limiter = Limiter(overall_rate=50, per_chat_rate=0)
    times = await timed_sends(api, limiter, chats)
    # 60 requests at 50/s: a bucket of five at once, then 55 more at 20 ms each.
    assert max(times) >= 1.0
    assert sum(len(api.sent_messages(c)) for c in chats) == 60


async def test_the_overall_rate_stays_under_telegrams_limit_in_every_second() -> None:
    # The fake server answers 429 past 30 messages in any one second, as Telegram does.
    api = FakeBotApi(flood_limit=30)
    await api.start()
    try:
        chats = list(range(200, 260))
        for chat_id in chats:
            api.user(chat_id)
        # At the bot's default rate (25/s): the margin under Telegram's 30 is what absorbs
        # the jitter of the network, which can bunch messages that left evenly spaced.
        limiter = Limiter(per_chat_rate=0)
        await timed_sends(api, limiter, chats)
        assert api.flood_refusals == 0
        assert limiter.retry_after_count == 0
        assert sum(len(api.sent_messages(c)) for c in chats) == 60
    finally:
        await api.stop()


async def test_429_pauses_and_retries(api: FakeBotApi) -> None:
    api.user(9)
    api.fail("sendMessage", error_code=429, description="Too Many Requests", retry_after=1)
    limiter = Limiter()
    times = await timed_sends(api, limiter, [9])
    assert times[0] >= 1.0
    assert limiter.retry_after_count == 1
    assert len(api.sent_messages(9)) == 1


async def test_without_pacing_the_fake_server_refuses_past_its_limit() -> None:
    # The check above means something only if the server really refuses a burst.
    api = FakeBotApi(flood_limit=30)
    await api.start()
    try:
        chats = list(range(300, 340))
        for chat_id in chats:
            api.user(chat_id)
        async with ExtBot(api.token, base_url=api.base_url) as ext:
            results = await asyncio.gather(
                *(ext.send_message(c, "hi") for c in chats), return_exceptions=True
            )
        refused = [r for r in results if isinstance(r, RetryAfter)]
        assert len(refused) == 10 == api.flood_refusals
        assert sum(len(api.sent_messages(c)) for c in chats) == 30
    finally:
        await api.stop()
