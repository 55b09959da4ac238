"""Update processing: different chats at once, one chat's updates strictly in order.

PTB handles updates one at a time by default, so one slow answer (an export, a chart) holds
up every other user. With `concurrent_updates` it runs them all at once, which can reorder
one person's messages (a reply overtaking the command it answers). This processor gives
each chat its own queue: updates of one chat run in the order Telegram sent them, updates of
different chats run side by side, at most `limit` at a time.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Awaitable
from typing import Any

from telegram import Bot, Update
from telegram.ext import BaseUpdateProcessor

from bot import metrics

logger = logging.getLogger(__name__)

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


_FIRST_ID = re.compile(rb'"update_id"\s*:\s*(\d+)')


class RepeatedBatches:
    """Notices a getUpdates answer that starts where the last one did.

    The library confirms a batch by asking for the next one; the same batch comes back only
    when reading it failed (one malformed update fails the whole batch), and then it would
    come back for ever. The first time costs nothing (no extra parsing on the usual path);
    the repeat is passed through `readable_updates`.
    """

    def __init__(self) -> None:
        self._last_first: bytes | None = None

    def check(self, body: bytes) -> bytes:
        """The body to hand to the library: as it is, or made readable if it repeats."""
        found = _FIRST_ID.search(body)
        first = found.group(1) if found else None
        repeated = first is not None and first == self._last_first
        self._last_first = first
        return readable_updates(body) if repeated else body


def readable_updates(body: bytes) -> bytes:
    """A getUpdates answer in which every update PTB cannot read is replaced by its bare id.

    PTB reads a whole batch at once: one malformed update fails the batch, which is then
    fetched again and again, and nobody is answered any more. Here each update is read on its
    own; one that fails becomes `{"update_id": N}` (so the batch is confirmed past it, and it
    reaches no feature), is counted, and is logged by its id only, never its content.
    """
    try:
        data = json.loads(body)
    except ValueError:
        return body
    result = data.get("result") if isinstance(data, dict) else None
    if not isinstance(result, list):
        return body
    kept = []
    for raw in result:
        if read_update(raw, None) is not None:
            kept.append(raw)
        elif isinstance(raw, dict) and isinstance(raw.get("update_id"), int):
            kept.append({"update_id": raw["update_id"]})
    data["result"] = kept
    return json.dumps(data).encode()


def read_update(raw: object, bot: Bot | None) -> Update | None:
    """One update as PTB reads it, or None (counted, logged by its id only) if it cannot be."""
    try:
        if not isinstance(raw, dict):
            raise TypeError("an update is a JSON object")
        return Update.de_json(raw, bot)
    except Exception as exc:  # anything PTB cannot read is skipped
        update_id = raw.get("update_id") if isinstance(raw, dict) else None
        metrics.UPDATES_UNREADABLE.inc()
        logger.warning(
            "Update %s could not be read (%s); skipped",
            update_id if isinstance(update_id, int) else "?",
            type(exc).__name__,
        )
        return None
