"""CPU per Bot API request: PTB's HTTPXRequest against the bot's AiohttpRequest.

Both send the same sendMessage (text and one button) through PTB's `BaseRequest.post`, one
after another, to the fake Bot API in its own process; the CPU is this process's only. The
two alternate in rounds, so each round compares them in the same conditions.

    python -m bench.request_cost [--requests 2000] [--rounds 3] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.request import BaseRequest, HTTPXRequest, RequestData
from telegram.request._requestparameter import RequestParameter

from bench.common import FIRST_ID, FakeServer
from bot.transport.request import AiohttpRequest

WARM_UP = 50


def _message() -> RequestData:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Rate it", callback_data="r:1:3")]])
    return RequestData(
        [
            RequestParameter.from_input("chat_id", FIRST_ID),
            RequestParameter.from_input("text", "Kept. You reflected on 2 days this week."),
            RequestParameter.from_input("reply_markup", markup),
        ]
    )


async def _cpu_ms_per_request(request: BaseRequest, url: str, count: int) -> float:
    await request.initialize()
    try:
        for _ in range(WARM_UP):
            await request.post(url, _message())
        started = time.process_time()
        for _ in range(count):
            await request.post(url, _message())
        return (time.process_time() - started) * 1000 / count
    finally:
        await request.shutdown()


async def measure(requests: int, rounds: int) -> dict[str, Any]:
    """Median CPU milliseconds per request of each, over `rounds` alternating rounds."""
    server = await FakeServer.start(1)
    url = f"{server.base_url}{server.token}/sendMessage"
    httpx_ms: list[float] = []
    aiohttp_ms: list[float] = []
    try:
        for _ in range(rounds):
            httpx_ms.append(await _cpu_ms_per_request(HTTPXRequest(), url, requests))
            aiohttp_ms.append(await _cpu_ms_per_request(AiohttpRequest(), url, requests))
    finally:
        await server.stop()
    return {
        "requests_per_round": requests,
        "httpx_cpu_ms": httpx_ms,
        "aiohttp_cpu_ms": aiohttp_ms,
        "httpx_median_ms": statistics.median(httpx_ms),
        "aiohttp_median_ms": statistics.median(aiohttp_ms),
    }


def main() -> None:
    """Print the medians (or the JSON of every round with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = asyncio.run(measure(args.requests, args.rounds))
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"CPU per request: httpx {result['httpx_median_ms']:.3f} ms, "
            f"aiohttp {result['aiohttp_median_ms']:.3f} ms"
        )


if __name__ == "__main__":
    main()
