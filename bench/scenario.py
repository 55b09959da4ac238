"""One benchmark run in a fresh process (so peak memory is this run's own); prints JSON.

    python -m bench.scenario deliver --design ours|baseline --users N --database URL
        [--rate-limit 25] [--lead SECONDS]
    python -m bench.scenario replies --users N --database URL

`deliver`: N users with one prompt each, all due at one instant `--lead` seconds after the
process starts; the bot starts, and the run ends when every prompt has been sent, dropped or
given up. `replies`: the prompts are delivered first, then every user replies at once; the run
ends when every reply is stored. bench/run.py seeds the database and starts the fake server.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import time
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from bench import baseline
from bench.common import (
    FakeServer,
    LoopMonitor,
    due_in,
    emit,
    peak_rss_mb,
    reset_peak,
    rss_mb,
    set_due,
    wait_until,
)
from bot import crypto, places
from bot.app import build_application, make_services
from bot.clock import SystemClock
from bot.content import load_content
from bot.context import BotApplication
from bot.db.models import Delivery, Reflection
from bot.delivery.ratelimit import Limiter
from bot.domain import safety

# Telegram's own limit, as the fake server enforces it when a run asks for it.
TELEGRAM_LIMIT_PER_SECOND = 30
POLL_SECONDS = 0.05
# A bench key: nothing here is real.
BENCH_KEY = bytes(range(32))


async def start_ours(app: BotApplication) -> None:
    """Start the way `run_polling` does (initialise, post_init, poll, start)."""
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    await app.start()


async def stop_ours(app: BotApplication) -> None:
    """Stop the way the end of `run_polling` does."""
    assert app.updater is not None
    await app.updater.stop()
    await app.stop()
    if app.post_stop is not None:
        await app.post_stop(app)
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)


def limiter_for(rate_limit: float) -> Limiter:
    """Our limiter: off entirely (0), or the overall rate with Telegram's per-chat pacing."""
    if rate_limit <= 0:
        return Limiter(overall_rate=0, per_chat_rate=0)
    return Limiter(overall_rate=rate_limit)


async def deliver(args: argparse.Namespace) -> dict[str, Any]:
    """Start one design with N prompts due at once; measure until all are sent or dropped."""
    content = load_content()
    flood = TELEGRAM_LIMIT_PER_SECOND if args.rate_limit else None
    server = await FakeServer.start(args.users, flood_limit=flood)
    due_at = due_in(args.lead)
    await set_due(args.database, due_at)
    monitor = LoopMonitor()
    monitor.start()
    fixed_mb = fixed_s = screen_s = screen_mb = screen_stall = 0.0
    if args.design == "ours":
        # The city index is built once per process whatever the number of users: time it
        # into "ready", but keep its memory out of the growth (it is reported on its own).
        before, started = rss_mb(), time.perf_counter()
        await asyncio.to_thread(places.warm_up)
        fixed_s, fixed_mb = time.perf_counter() - started, rss_mb() - before
        # The crisis rules are compiled once per process too, in a thread after start (the
        # bot is ready and delivering meanwhile): measured here on their own, with the stall
        # they cause, and kept out of "ready" and of the growth.
        screen_loop = LoopMonitor()
        screen_loop.start()
        before, started = rss_mb(), time.perf_counter()
        await asyncio.to_thread(safety.warm)
        screen_s, screen_mb = time.perf_counter() - started, rss_mb() - before
        screen_stall = await screen_loop.stop()
    reset_peak()
    rss_before = rss_mb()
    started = time.perf_counter()
    limiter: Limiter | None = None
    if args.design == "ours":
        limiter = limiter_for(args.rate_limit)
        ours = build_application(
            token=server.token,
            services=make_services(args.database, SystemClock(), content),
            base_url=server.base_url,
            limiter=limiter,
            settle=True,  # as `python -m bot run` does
        )
        await start_ours(ours)
        totals = ours.bot_data.delivery.totals

        def finished() -> int:
            return totals.sent + totals.failed + totals.blocked + totals.missed

    else:
        theirs, tally = baseline.build(
            token=server.token,
            base_url=server.base_url,
            database_url=args.database,
            content=content,
            rate_limit=args.rate_limit,
        )
        await baseline.start(theirs)
        finished = tally.done
    ready = time.perf_counter() - started + fixed_s
    ready_stall = monitor.max_stall
    late_start = datetime.now(UTC) > due_at
    monitor.reset()
    await wait_until(lambda: finished() >= args.users, time.monotonic() + args.timeout)
    stall = await monitor.stop()
    peak_growth = peak_rss_mb() - rss_before
    stats = await server.ask("stats")
    if args.design == "ours":
        await stop_ours(ours)
        extra: dict[str, Any] = {
            "recorded_sent": await _count_sent(args.database),
            "client_429s": limiter.retry_after_count if limiter else 0,
        }
    else:
        await baseline.stop(theirs)
        extra = {
            "missed": tally.missed,
            "errors": tally.errors,
            "error_kinds": tally.error_kinds,
        }
    await server.stop()
    delivered = stats["sent"]
    span = (stats["last"] - stats["first"]) if delivered > 1 else None
    return {
        "design": args.design,
        "users": args.users,
        "rate_limit": args.rate_limit,
        "ready_s": ready,
        "ready_after_due": late_start,
        "startup_stall_ms": ready_stall * 1000,
        "memory_growth_mb": peak_growth,
        "city_index_mb": fixed_mb,
        "screen_compile_s": screen_s,
        "screen_mb": screen_mb,
        "screen_compile_stall_ms": screen_stall * 1000,
        "delivered": delivered,
        "dropped": args.users - delivered,
        "duplicates": stats["duplicates"],
        "deliver_s": (stats["last"] - due_at.timestamp()) if delivered else None,
        "send_rate": (delivered - 1) / span if span else None,
        "max_in_one_second": stats["max_in_one_second"],
        "server_429s": stats["refused"],
        "max_stall_ms": stall * 1000,
        **extra,
    }


async def _count_sent(url: str) -> int:
    from bot.db.engine import Database

    db = Database.from_url(url)
    try:
        async with db.transaction() as session:
            count = await session.scalar(
                select(func.count()).select_from(Delivery).where(Delivery.status == "sent")
            )
    finally:
        await db.dispose()
    return int(count or 0)


async def replies(args: argparse.Namespace) -> dict[str, Any]:
    """Deliver N prompts, then every user replies at once; time until all replies are stored."""
    content = load_content()
    server = await FakeServer.start(args.users)
    await set_due(args.database, due_in(0))
    services = make_services(args.database, SystemClock(), content)
    app = build_application(
        token=server.token,
        services=services,
        base_url=server.base_url,
        limiter=limiter_for(0),
        tick_seconds=0.5,
        settle=True,
    )
    await start_ours(app)
    totals = app.bot_data.delivery.totals
    deadline = time.monotonic() + args.timeout
    await wait_until(lambda: totals.sent >= args.users, deadline)
    await app.bot_data.delivery.wait_idle()
    # Replies are screened: time a running bot, after its crisis rules have compiled (the
    # delivery runs measure that once-per-process cost on its own).
    if app.bot_data.screen_ready is not None:
        await app.bot_data.screen_ready
    monitor = LoopMonitor()
    monitor.start()
    started, cpu_started = time.perf_counter(), time.process_time()
    answer = await server.ask("reply")
    stored = 0
    while stored < answer["replied"] and time.monotonic() < deadline:
        await asyncio.sleep(POLL_SECONDS)
        async with services.db.transaction() as session:
            stored = int(await session.scalar(select(func.count()).select_from(Reflection)) or 0)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    stall = await monitor.stop()
    await stop_ours(app)
    await server.stop()
    return {
        "users": args.users,
        "database": args.database.split(":", 1)[0],
        "prompts_sent": totals.sent,
        "replied": answer["replied"],
        "stored": stored,
        "replies_per_s": stored / elapsed,
        "cpu_ms_per_reply": cpu * 1000 / max(stored, 1),
        "max_stall_ms": stall * 1000,
    }


def main() -> None:
    """Run one scenario and print its JSON result."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["deliver", "replies"])
    parser.add_argument("--design", choices=["ours", "baseline"], default="ours")
    parser.add_argument("--users", type=int, required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--rate-limit", type=float, default=0)
    parser.add_argument("--lead", type=float, default=2.0)
    parser.add_argument("--timeout", type=float, default=600.0)
    args = parser.parse_args()
    # The runs log nothing: the baseline alone would log one warning per missed job.
    logging.disable(logging.CRITICAL)
    crypto.install(crypto.Keyring(BENCH_KEY))
    run = deliver if args.mode == "deliver" else replies
    emit(asyncio.run(run(args)))


if __name__ == "__main__":
    main()
