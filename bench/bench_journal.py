"""Time the journal's (Mini App's) API for a user with a year of reflections in SQLite.

The real web application (bot/webapp) serves on a free port of 127.0.0.1; each endpoint is
asked REQUESTS times over HTTP with signed init data, one request at a time, and the median
and 95th percentile of the wall time per request are reported.

    .venv/bin/python -m bench.bench_journal            # a table
    .venv/bin/python -m bench.bench_journal --json     # one JSON line (make bench)

Target: p95 at most 50 ms for every endpoint, on 2 cores.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from datetime import timedelta

import aiohttp
from aiohttp import web

from bench.bench_export import NOW, seeded
from bench.bench_summary import YEAR_OF_ENTRIES
from bot.app import settle_memory
from bot.clock import FakeClock
from bot.content import load_content
from bot.webapp.auth import sign_init_data
from bot.webapp.server import create_app

TOKEN = "123456:BENCH-JOURNAL"
REQUESTS = 100
TARGET_P95_MS = 50.0
# What the journal asks for: its first screen, a day, a search that finds words and one that
# finds none (both read the whole journal), and the pattern views.
ENDPOINTS = {
    "me": "/app/api/me",
    "entries": "/app/api/entries?limit=20",
    "entries_of_a_day": f"/app/api/entries?date={NOW.date():%Y-%m-%d}",
    "search_found": "/app/api/entries?q=feelings&limit=20",
    "search_none": "/app/api/entries?q=xylophone&limit=20",
    "month": f"/app/api/month?month={NOW.date():%Y-%m}",
    "week": f"/app/api/week?week={NOW.date():%Y-%m-%d}",
    "year": f"/app/api/year?year={NOW.year}",
    "people": "/app/api/people",
}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def measure() -> dict[str, object]:
    """Median and p95 per endpoint, in ms."""
    content = load_content()
    async with seeded(YEAR_OF_ENTRIES) as db:
        clock = FakeClock(NOW)
        runner = web.AppRunner(create_app(db, content, clock, TOKEN), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        # As `python -m bot run` does once started: what lives as long as the process is
        # frozen out of the collector's way, so a full collection does not walk it.
        settle_memory()
        init = sign_init_data(TOKEN, {"id": 1, "first_name": "Ada"}, NOW)
        headers = {"Authorization": f"tma {init}"}
        results: dict[str, dict[str, float]] = {}
        try:
            async with aiohttp.ClientSession(f"http://127.0.0.1:{port}") as http:
                for name, path in ENDPOINTS.items():
                    times = []
                    for _ in range(REQUESTS + 3):
                        # Searches and years are limited per person per minute (bot.webapp
                        # .api.LIMITS): the clock moves on between requests, not the time.
                        clock.advance(timedelta(seconds=3))
                        start = time.perf_counter()
                        async with http.get(path, headers=headers) as response:
                            await response.read()
                            if response.status != 200:
                                raise RuntimeError(f"{path}: HTTP {response.status}")
                        times.append((time.perf_counter() - start) * 1000)
                    times = times[3:]  # the first requests warm caches
                    results[name] = {
                        "median_ms": statistics.median(times),
                        "p95_ms": _percentile(times, 0.95),
                    }
        finally:
            await runner.cleanup()
    return {"entries": YEAR_OF_ENTRIES, "requests": REQUESTS, "endpoints": results}


def main() -> None:
    result = asyncio.run(measure())
    if "--json" in sys.argv:
        print(json.dumps(result))
        return
    print(f"journal API, a year of data ({result['entries']} entries), {REQUESTS} requests each")
    endpoints = result["endpoints"]
    assert isinstance(endpoints, dict)
    for name, figures in endpoints.items():
        verdict = "ok" if figures["p95_ms"] <= TARGET_P95_MS else "over"
        print(
            f"{name:<18} median {figures['median_ms']:6.1f} ms   p95 {figures['p95_ms']:6.1f} ms"
            f"   (target p95 <= {TARGET_P95_MS:.0f} ms: {verdict})"
        )


if __name__ == "__main__":
    main()
