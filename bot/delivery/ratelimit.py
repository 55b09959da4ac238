"""One rate limiter for everything the bot sends: an overall rate and a per-chat rate."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

logger = logging.getLogger(__name__)

JSONDict = dict[str, Any]
Result = bool | JSONDict | list[JSONDict]

# Methods that put a new message into a chat: Telegram's per-chat limit is about these.
_MESSAGE_METHODS = frozenset(
    {
        "sendmessage",
        "sendphoto",
        "senddocument",
        "sendaudio",
        "sendvoice",
        "sendvideo",
        "sendanimation",
        "sendsticker",
        "sendlocation",
        "sendmediagroup",
        "copymessage",
        "forwardmessage",
    }
)
# Receiving updates is not sending; it must never wait behind a burst of prompts.
_UNLIMITED = frozenset({"getupdates", "getme", "deletewebhook", "setwebhook", "getwebhookinfo"})


def retry_after_seconds(exc: RetryAfter) -> float:
    """Seconds Telegram asked to wait (a timedelta with PTB_TIMEDELTA, else an int)."""
    wait = exc.retry_after
    return float(wait) if isinstance(wait, int | float) else wait.total_seconds()


# The overall bucket holds a tenth of a second's worth of requests. Telegram counts messages in
# any one second: a bucket of a full second would let a burst and the steady rate add up to
# nearly twice the limit within one second (the benchmark saw 429s from exactly that).
_OVERALL_BURST_SECONDS = 0.1


def _overall_bucket(rate: float) -> AsyncLimiter:
    rate = max(rate, 1.0)
    burst = max(1.0, rate * _OVERALL_BURST_SECONDS)
    return AsyncLimiter(burst, burst / rate)


# A chat's limiters are dropped once this many exist, oldest first (they refill in seconds).
_MAX_TRACKED_CHATS = 20_000


class Limiter(BaseRateLimiter[int]):
    """Leaky buckets: `overall_rate` requests/s for the bot, `per_chat_rate` messages/s a chat.

    A chat may send a short burst (`chat_burst` messages) before the per-chat rate applies,
    so an answer made of two messages is not held back. A 429 pauses every request for the
    `retry_after` Telegram asked for, then retries (up to `max_retries` times).
    """

    def __init__(
        self,
        *,
        overall_rate: float = 25.0,
        per_chat_rate: float = 1.0,
        chat_burst: int = 3,
        max_retries: int = 5,
    ) -> None:
        self._enabled = overall_rate > 0
        self._budget = overall_rate
        self._rate = max(overall_rate, 1.0) if self._enabled else 0.0
        self._overall = _overall_bucket(overall_rate) if self._enabled else None
        self.share = 1
        self._per_chat_rate = per_chat_rate
        self._chat_burst = max(1, chat_burst)
        self._chats: dict[int | str, AsyncLimiter] = {}
        self._max_retries = max_retries
        self._resume = asyncio.Event()
        self._resume.set()
        self.retry_after_count = 0

    @property
    def overall_rate(self) -> float:
        """Requests per second this process may make now (0: no limit)."""
        return self._rate

    def set_share(self, processes: int) -> None:
        """Take 1/processes of the whole bot's rate (several processes send at once)."""
        processes = max(1, processes)
        if not self._enabled or processes == self.share:
            return
        self.share = processes
        self._rate = max(self._budget / processes, 1.0)
        self._overall = _overall_bucket(self._rate)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""

    def _chat_limiter(self, chat_id: int | str) -> AsyncLimiter:
        limiter = self._chats.get(chat_id)
        if limiter is None:
            if len(self._chats) >= _MAX_TRACKED_CHATS:
                # dicts keep insertion order: forget the chats seen longest ago.
                for key in list(self._chats)[: _MAX_TRACKED_CHATS // 2]:
                    del self._chats[key]
            period = self._chat_burst / self._per_chat_rate
            limiter = AsyncLimiter(self._chat_burst, period)
            self._chats[chat_id] = limiter
        return limiter

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        """Wait for the buckets, make the request, and wait out 429s."""
        method = endpoint.lower()
        if method in _UNLIMITED:
            return await callback(*args, **kwargs)
        chat_id = data.get("chat_id")
        chat_key = chat_id if isinstance(chat_id, int | str) else None
        if not (self._enabled and self._per_chat_rate > 0 and method in _MESSAGE_METHODS):
            chat_key = None
        retries = self._max_retries if rate_limit_args is None else rate_limit_args
        for attempt in range(retries + 1):
            await self._resume.wait()
            if chat_key is not None:
                await self._chat_limiter(chat_key).acquire()
            if self._overall is not None:
                await self._overall.acquire()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                self.retry_after_count += 1
                if attempt == retries:
                    raise
                seconds = retry_after_seconds(exc)
                logger.warning("Telegram asked to wait %ss (429); pausing all sends", seconds)
                self._resume.clear()
                try:
                    await asyncio.sleep(seconds + 0.1)
                finally:
                    self._resume.set()
        raise AssertionError("unreachable")  # pragma: no cover
