"""Update processing: different chats at once, one chat's updates strictly in order.

PTB handles updates one at a time by default, so one slow answer (an export, a chart) holds
up every other user. With `concurrent_updates` it runs them all at once, which can reorder
one person's messages (a reply overtaking the command it answers). This processor gives
each chat its own queue: updates of one chat run in the order Telegram sent them, updates of
different chats run side by side, at most `limit` at a time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# PTB's own semaphore is taken before `do_process_update`; it must never be the one that
# makes an update wait, or a burst from one chat would hold every slot while it queues.
_UNBOUNDED = 1_000_000


def chat_key(update: object) -> int | None:
    """The chat (else the user) an update belongs to; None for updates of neither."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Up to `limit` updates at once; the updates of one chat one after another, in order."""

    def __init__(self, limit: int = 32) -> None:
        super().__init__(_UNBOUNDED)
        self.limit = limit
        self._slots = asyncio.Semaphore(limit)
        self._chats: dict[int, asyncio.Lock] = {}
        self._queued: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for this chat's earlier updates, then for a free slot, then process."""
        key = chat_key(update)
        if key is None:
            async with self._slots:
                await coroutine
            return
        lock = self._chats.get(key)
        if lock is None:
            lock = self._chats[key] = asyncio.Lock()
        self._queued[key] = self._queued.get(key, 0) + 1
        try:
            # asyncio.Lock wakes waiters first come, first served: the order PTB read them in.
            async with lock, self._slots:
                await coroutine
        finally:
            self._queued[key] -= 1
            if not self._queued[key]:
                del self._queued[key]
                del self._chats[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release: PTB waits for the updates in progress itself."""
