"""Benchmark: /export of a user with 10,000 entries (collect, JSON, Markdown), on SQLite.

Run: .venv/bin/python -m bench.bench_export [--json]   (part of `make bench`, not `make test`)
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot import crypto
from bot.content import load_content
from bot.db import migrate
from bot.db.engine import Database
from bot.flows.export import to_markdown
from bot.store import accounts, privacy
from bot.store import reflections as store

ENTRIES = 10_000
RUNS = 5
NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


async def seed_user(db: Database, entries: int) -> None:
    """User 1 (Berlin) with `entries` reflections, three a day going back from NOW."""
    async with db.transaction() as session:
        user, _ = await accounts.start_user(session, user_id=1, chat_id=1, locale="en", now=NOW)
        accounts.set_timezone(user, "Europe/Berlin", NOW)
        user.consented_at = NOW
        for n in range(entries):
            day = NOW - timedelta(days=n // 3)
            entry = store.add(
                session,
                user,
                kind="entry",
                track=("self_compassion", "valued_traits", "conflict_review")[n % 3],
                local_date=day.date(),
                now=day,
                text=f"Entry {n}: a sentence or two about the day, the people, the feelings.",
                data={"trait": "Reliable"} if n % 3 == 1 else {},
            )
            entry.rating = 1 + n % 5 if n % 3 == 0 else None


@asynccontextmanager
async def seeded(entries: int) -> AsyncIterator[Database]:
    """A migrated SQLite file in a temporary folder, with user 1 and `entries` reflections
    (see seed_user), under a new encryption key."""
    crypto.install(crypto.Keyring(crypto.parse_key(crypto.new_key())))
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.sqlite3'}"
        await asyncio.to_thread(migrate.upgrade, url)
        db = Database.from_url(url)
        try:
            await seed_user(db, entries)
            yield db
        finally:
            await db.dispose()


async def measure() -> dict[str, float]:
    """Median time of /export's work for ENTRIES entries, and the sizes of both files."""
    content = load_content()
    async with seeded(ENTRIES) as db:
        timings = []
        for _ in range(RUNS):
            started = time.perf_counter()
            async with db.transaction() as session:
                user = await accounts.get_user(session, 1)
                assert user is not None
                data = await privacy.collect(session, user, NOW)
            machine = json.dumps(data, ensure_ascii=False, indent=2).encode()
            readable = to_markdown(data, content.texts("en"), content, "en").encode()
            timings.append(time.perf_counter() - started)
    return {
        "entries": ENTRIES,
        "runs": RUNS,
        "export_ms": statistics.median(timings) * 1000,
        "json_mb": len(machine) / 1e6,
        "markdown_mb": len(readable) / 1e6,
    }


def main() -> None:
    """Print the figures (or one JSON line with --json)."""
    result = asyncio.run(measure())
    if "--json" in sys.argv[1:]:
        print(json.dumps(result))
        return
    print(f"/export of {ENTRIES:,} entries on SQLite, median of {RUNS} runs")
    print(f"  time: {result['export_ms']:.0f} ms")
    print(f"  JSON: {result['json_mb']:.1f} MB, Markdown: {result['markdown_mb']:.1f} MB")


if __name__ == "__main__":
    main()
