"""The bot under fuzz, and what it is seen to do: every update dispatched, every call
made, every exception that reached error handling."""

from __future__ import annotations

import asyncio
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import ApplicationHandlerStop, BaseHandler

from bot.context import BotContext
from bot.handlers.errors import describe_error
from bot.sandbox.fake_api import (
    ApiCall,
    FakeBotApi,
)
from tests.e2e.fuzz.actions import TICK, JsonDict


@dataclass
class Sent:
    """One update the fuzz enqueued."""

    update_id: int
    user_id: int
    kind: str
    query_id: str | None = None


def chat_of(update: Update) -> int | None:
    """The chat whose queue an update waits in: the bot handles one chat's updates in order."""
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


@dataclass
class Observer:
    """Spies on the Application: what it processed, what it called, what failed."""

    api: FakeBotApi
    # The handlers of the membership and features groups, in the order PTB tries them.
    routes: list[BaseHandler[Any, Any, Any]]
    ticking: bool = False
    dispatched: Counter[str] = field(default_factory=Counter)
    sentinels: set[int] = field(default_factory=set)
    done: asyncio.Event = field(default_factory=asyncio.Event)
    # Per chat: the updates processed (in order) and the one being processed now.
    processed: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    current: dict[int, int] = field(default_factory=dict)
    calls: list[ApiCall] = field(default_factory=list)
    by_update: dict[int, list[ApiCall]] = field(default_factory=lambda: defaultdict(list))
    by_query: dict[str, list[ApiCall]] = field(default_factory=lambda: defaultdict(list))
    errors: list[tuple[int | None, str]] = field(default_factory=list)
    # Per user, in processing order: start, block, unblock, update, tick403.
    events: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    # Per chat: the bot's messages (oldest first), their first words, and current buttons.
    bot_messages: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    heads: dict[int, dict[int, str]] = field(default_factory=lambda: defaultdict(dict))
    keyboards: dict[int, dict[int, list[str]]] = field(default_factory=lambda: defaultdict(dict))
    harvest: list[str] = field(default_factory=list)
    _harvested: set[str] = field(default_factory=set)

    async def spy(self, update: object, context: object) -> None:
        """Group -1000: note which update each chat is processing; swallow sentinels."""
        if not isinstance(update, Update):
            return
        chat_id = chat_of(update)
        if update.update_id in self.sentinels:
            # Every earlier update of this chat is done: the bot never sees the sentinel.
            self.sentinels.discard(update.update_id)
            if not self.sentinels:
                self.done.set()
            raise ApplicationHandlerStop
        assert chat_id is not None, update
        self.current[chat_id] = update.update_id
        self.processed[chat_id].append(update.update_id)
        sender = update.effective_user
        if sender is None:
            return
        # The handler PTB will run: the first whose check matches (the first group stops).
        route = next((h for h in self.routes if h.check_update(update)), None)
        name = getattr(getattr(route, "callback", None), "__name__", "none")
        self.dispatched[name] += 1
        member = update.my_chat_member
        if member is not None:
            blocked = member.new_chat_member.status in ("kicked", "left")
            self.events[sender.id].append("block" if blocked else "unblock")
        else:
            self.events[sender.id].append("start" if name == "start" else "update")

    async def on_error(self, update: object, context: BotContext) -> None:
        """An extra error handler: remember every exception that reached error handling."""
        update_id = update.update_id if isinstance(update, Update) else None
        error = context.error
        what = f"{describe_error(error)}: {error!r}"[:600] if error else "no error?"
        self.errors.append((update_id, what))

    def on_call(self, call: ApiCall) -> None:
        """Every Bot API call, filed under the update its chat is processing (or its press)."""
        self.calls.append(call)
        query_id = call.params.get("callback_query_id")
        chat_id = call.params.get("chat_id")
        if isinstance(query_id, str):
            self.by_query[query_id].append(call)
        elif self.ticking:
            self.by_update[TICK].append(call)
        elif isinstance(chat_id, int) and chat_id in self.current:
            self.by_update[self.current[chat_id]].append(call)
        result = call.result
        if call.error_code is None and isinstance(result, dict) and "message_id" in result:
            self._index(result)

    def _index(self, message: JsonDict) -> None:
        if message.get("from", {}).get("id") != self.api.bot_id:
            return
        chat_id = message["chat"]["id"]
        message_id = message["message_id"]
        if message_id not in self.heads[chat_id]:
            self.bot_messages[chat_id].append(message_id)
        self.heads[chat_id][message_id] = str(message.get("text") or message.get("caption"))[:60]
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        datas = [b["callback_data"] for row in rows for b in row if "callback_data" in b]
        if datas:
            self.keyboards[chat_id][message_id] = datas
        else:
            self.keyboards[chat_id].pop(message_id, None)
        for data in datas:
            if data not in self._harvested:
                self._harvested.add(data)
                self.harvest.append(data)

    def arm(self, update_ids: set[int]) -> None:
        """Wait for these updates (the sentinels) next."""
        self.sentinels = set(update_ids)
        self.done.clear()
