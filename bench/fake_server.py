"""The project's fake Bot API server in its own process, for the benchmarks.

The bot under test and the server must not share a CPU's event loop, or the figures would
measure the server as much as the bot. Started by bench/run.py; talks JSON lines:

    python -m bench.fake_server --users 1000 [--first-id 100000] [--flood-limit 30]
    -> {"base_url": "...", "token": "..."}          (once, when serving)
    <- stats     -> {"sent": ..., "refused": ..., "duplicates": ..., "first": ..., "last": ...}
    <- reply     -> {"replied": N}   every user replies to the last message the bot sent them
    <- quit
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from typing import Any

from bot.sandbox.fake_api import ApiCall, FakeBotApi

TOKEN = "123456:BENCH-TOKEN"
REPLY_TEXT = "I let myself rest for an hour and did not apologise for it."


class Recorder:
    """Counts the messages the bot sent, per chat, with their arrival times."""

    def __init__(self) -> None:
        self.per_chat: Counter[int] = Counter()
        self.times: list[float] = []
        self.errors: Counter[int] = Counter()

    def __call__(self, call: ApiCall) -> None:
        if call.method.lower() != "sendmessage":
            return
        if call.error_code is not None:
            self.errors[call.error_code] += 1
            return
        chat_id = call.params.get("chat_id")
        if isinstance(chat_id, int):
            self.per_chat[chat_id] += 1
            self.times.append(time.time())

    def stats(self, api: FakeBotApi) -> dict[str, Any]:
        """What reached the chats so far."""
        window_max = 0
        start = 0
        for end, at in enumerate(self.times):
            while at - self.times[start] >= 1.0:
                start += 1
            window_max = max(window_max, end - start + 1)
        return {
            "sent": len(self.times),
            "chats": len(self.per_chat),
            "duplicates": sum(1 for n in self.per_chat.values() if n > 1),
            "refused": api.flood_refusals,
            "errors": dict(self.errors),
            "first": self.times[0] if self.times else None,
            "last": self.times[-1] if self.times else None,
            "max_in_one_second": window_max,
        }


def reply_all(api: FakeBotApi, user_ids: range) -> int:
    """Every user replies (a Telegram reply) to the last message the bot sent them."""
    replied = 0
    for user_id in user_ids:
        sent = api.sent_messages(user_id)
        if sent:
            api.user(user_id).reply_to(sent[-1], REPLY_TEXT)
            replied += 1
    return replied


async def serve(users: int, first_id: int, flood_limit: int | None) -> None:
    """Serve until told to quit (or stdin closes)."""
    api = FakeBotApi(token=TOKEN, flood_limit=flood_limit)
    ids = range(first_id, first_id + users)
    for user_id in ids:
        api.user(user_id, f"User{user_id}")
    recorder = Recorder()
    api.subscribe(recorder)
    await api.start()
    print(json.dumps({"base_url": api.base_url, "token": TOKEN}), flush=True)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    try:
        while line := (await reader.readline()).decode().strip():
            if line == "stats":
                answer: dict[str, Any] = recorder.stats(api)
            elif line == "reply":
                answer = {"replied": reply_all(api, ids)}
            elif line == "quit":
                break
            else:
                answer = {"error": f"unknown command {line!r}"}
            print(json.dumps(answer), flush=True)
    finally:
        await api.stop()


def main() -> None:
    """Parse the arguments and serve."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, required=True)
    parser.add_argument("--first-id", type=int, default=100_000)
    parser.add_argument("--flood-limit", type=int, default=None)
    args = parser.parse_args()
    asyncio.run(serve(args.users, args.first_id, args.flood_limit))


if __name__ == "__main__":
    main()
