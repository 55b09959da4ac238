"""`make bench`: every benchmark, side by side with the baseline; writes docs/benchmarks.md.

    .venv/bin/python -m bench.run            # the full set (about 8 minutes on 2 cores)
    .venv/bin/python -m bench.run --quick    # 1,000 users only, one run each: a smoke test

Each scenario runs in a fresh process (bench/scenario.py) against the fake Bot API in its own
process (bench/fake_server.py), on a fresh copy of a seeded SQLite file. Runs of the two
designs alternate, so each ratio compares runs made under the same conditions. Figures are
medians over the runs; the raw numbers of every run go to docs/benchmarks.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg

from bench import baseline, bench_safety
from bench.common import due_in, seed
from bot.db import migrate

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SIZES = (1_000, 10_000, 100_000)
# Runs per size: three for a median; a pair of runs at 100,000 (ours delivering, the baseline
# starting) takes about two minutes, so there are two of those (their median is their mean).
RUNS = {1_000: 3, 10_000: 3, 100_000: 2}
RATE_LIMIT = 25.0
RATE_USERS = 75
RATE_RUNS = 3
REPLY_USERS = 400
REPLY_RUNS = 3
# The baseline must be ready before its jobs fall due; its start-up grows with the users
# (about 21 s at 100,000 here); after each run the lead follows the start-up it measured.
BASELINE_LEAD = {1_000: 3.0, 10_000: 4.0, 100_000: 26.0}
OURS_LEAD = 1.0

TARGETS = {
    "dropped_100k": "0 prompts dropped with 100,000 due at once",
    "ready_100k": "ready in under 1 s with 100,000 users",
    "memory_100k": "memory growth under 30 MB with 100,000 users",
    "stall": "no event-loop stall over 50 ms during delivery",
    "send_rate": "at least 200 sends/s to the local fake API, limiter off",
    "no_429": "no 429 with the limiter on (25/s)",
    "replies_sqlite": "at least 300 replies stored per second on SQLite",
    "summary_text": "/summary text at most 50 ms",
    "summary_chart": "/summary text and chart at most 300 ms",
    "month_text": "/summary month text at most 50 ms",
    "month_chart": "/summary month text and calendar at most 300 ms",
    "year_text": "/summary year text at most 50 ms",
    "year_chart": "/summary year text and picture at most 300 ms",
    "journal_p95": "journal (Mini App) API, every endpoint, p95 at most 50 ms, a year of data",
    "screen_typical": "crisis screen, typical message, at most 1 ms (median)",
    "screen_worst": "crisis screen, worst input up to 4,096 characters, at most 5 ms",
}

# What profiling found, kept with the figures (bench/run.py writes this file).
FINDINGS = """\
## What profiling found

Profiles were taken with `py-spy record -f raw` on the 10,000-user delivery run and on the
replies run, and stalls were traced by sampling the event loop's stack whenever a 5 ms timer
woke up more than 45 ms late.

- **httpcore looked for `sniffio` on every request.** httpcore calls
  `current_async_library()` several times per request, and that function imports `sniffio`;
  newer `anyio` no longer depends on it, so the failed import searched `sys.path` each time
  (`_find_and_load` and `_path_stat` were about 15% of the bot's CPU while sending). The bot
  no longer sends through httpx (below); `sniffio` stays a development dependency so that the
  httpx of the baseline and of the request comparison runs at its best.
- **The overall send bucket allowed twice Telegram's limit within one second.** A bucket the
  size of one second's rate lets a full burst go at once and the steady rate follow, so the
  fake server (which, like Telegram, refuses past 30 messages in any one second) answered 429.
  The overall bucket now holds a tenth of a second's worth (`bot/delivery/ratelimit.py`), and
  `tests/test_ratelimit.py` proves no 429 against the same server.
- **Claiming 1,000 rows in one step was among the slow event-loop steps.** asyncio's debug
  mode reported the tick's job over 40 ms when it claimed 1,000 rows per transaction; it now
  claims 200, which keeps each step's Python work short.
- **Taking the next chunk sorted every queued row.** The dispatcher asked for the 50 oldest
  ready rows; the index served the filter but not the order, so with 100,000 queued SQLite
  read and sorted them all for every chunk (23 ms each). The index now has the query's order
  (`ix_deliveries_ready` on status, next attempt, due time, id; migration 0007): 0.3 ms.
- **A full garbage collection held the event loop for about 100 ms.** Code, content and the
  city index are some 200,000 long-lived objects that every full collection walked. The bot now
  freezes them after start-up (`gc.freeze()` in `bot/app.py`, `settle_memory`): a full
  collection of the same process went from 95 ms to under 1 ms.
- **Replies were handled one at a time.** PTB's default processes one update after another, so
  each reply waited for the previous one's database round trips and answers. Updates of
  different chats now run side by side, each chat's in order (`bot/transport/updates.py`); SQLite
  transactions take turns on an asyncio lock and begin with `BEGIN IMMEDIATE` (a deferred
  transaction that reads, then writes, fails at once when another connection wrote between).
  The rating question now travels in the same message as the acknowledgement (one send, one
  notification, instead of two).
- **Replies on SQLite: from about 205 to over 300 per second.** Sampling only the thread
  that holds the GIL (`py-spy record --gil`) during the replies found the CPU per reply in
  three places, each now smaller:
  - *Trips to the SQLite thread.* aiosqlite runs every call in the connection's thread, and
    SQLAlchemy's adapter made four calls per statement (open a cursor, execute, fetch, close)
    plus BEGIN, COMMIT and a reset on return to the pool: some twenty trips per reply, each a
    wake-up of the thread and then of the event loop. The bot's connections
    (`bot/db/sqlite.py`) now run a statement, fetch its rows and close the cursor in one trip;
    BEGIN travels with the first statement; the reset is skipped when nothing is queued and
    no transaction is open. A reply's transaction went from about 22 trips to 5, and its CPU
    from 2.5 ms to 1.8 ms measured alone.
  - *HTTP.* PTB's `HTTPXRequest` cost about 0.5 ms of CPU per request (httpx, then httpcore
    through anyio); the bot's `AiohttpRequest` (`bot/transport/request.py`, PTB's `BaseRequest` over
    aiohttp, which the bot already used for its web server) sends the same request for about
    a third of that. See the table "CPU per Bot API request".
  - *Building statements.* SQLAlchemy composed and keyed each `select()` anew, about 0.1 ms
    per statement; the reply's four statements are now built once with bound parameters.
    And the crisis screen first tries one regular expression made of all its rules, so a
    reply that matches none (most) costs one search instead of seventy.
  What remains, per reply, is mostly PTB turning the update and the sent message into
  objects, and SQLAlchemy's ORM work for four statements. Handling updates more concurrently
  (16 or 8 at once instead of 32) made no measurable difference, nor did uvloop, which cut
  the CPU per reply by about 4% without raising the rate (the transactions of one process
  take turns, so the rate also follows each transaction's trips): it was not adopted. The
  machine's speed varied by about 15% from one minute to the next during this work; the
  table's runs alternate the scenarios so that they share those conditions.
- **The baseline's cost is the scheduler, not the network.** PTB's JobQueue hands every due
  job to APScheduler in one pass of its loop; with thousands due at once the pass outlasts
  APScheduler's default 1 s misfire grace and the jobs are dropped as "missed", while the
  event loop is blocked for the whole pass.
"""


def run_json(args: list[str], timeout: float) -> dict[str, Any]:
    """Run a bench module in a fresh process and return the JSON of its last line."""
    done = subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def seeded_sqlite(folder: Path, users: int) -> Path:
    """A migrated SQLite file with `users` users (the template each run copies)."""
    path = folder / f"seed-{users}.sqlite3"
    if path.exists():
        return path
    url = f"sqlite+aiosqlite:///{path}"
    migrate.upgrade(url)
    asyncio.run(seed(url, users, due_in(3600)))
    return path


def fresh_copy(template: Path, folder: Path) -> str:
    """A copy of the template for one run; returns its URL."""
    target = folder / "run.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return f"sqlite+aiosqlite:///{target}"


def median(runs: list[dict[str, Any]], key: str) -> float | None:
    """The median of one figure over runs (None if no run has it)."""
    values = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(values) if values else None


def deliver_run(
    design: str, users: int, url: str, *, lead: float, rate_limit: float = 0
) -> dict[str, Any]:
    """One delivery run of one design."""
    args = ["bench.scenario", "deliver", "--design", design, "--users", str(users)]
    args += ["--database", url, "--lead", str(lead), "--rate-limit", str(rate_limit)]
    return run_json(args, timeout=1200)


def delivery(folder: Path, sizes: tuple[int, ...], runs: dict[int, int]) -> dict[str, Any]:
    """Both designs at each size, alternating runs; the baseline's lead follows its start-up."""
    results: dict[str, Any] = {}
    for users in sizes:
        template = seeded_sqlite(folder, users)
        lead = BASELINE_LEAD[users]
        by_design: dict[str, list[dict[str, Any]]] = {"ours": [], "baseline": []}
        for n in range(runs[users]):
            say(f"delivery: {users:,} users, run {n + 1} of {runs[users]}")
            by_design["ours"].append(
                deliver_run("ours", users, fresh_copy(template, folder), lead=OURS_LEAD)
            )
            theirs = deliver_run("baseline", users, fresh_copy(template, folder), lead=lead)
            if theirs["ready_after_due"]:
                # Its jobs fell due before it was ready: measure again with a longer lead.
                lead = theirs["ready_s"] * 1.5 + 3
                theirs = deliver_run("baseline", users, fresh_copy(template, folder), lead=lead)
            lead = max(3.0, theirs["ready_s"] * 1.15 + 2)
            by_design["baseline"].append(theirs)
        results[str(users)] = by_design
    return results


def rate_limited(folder: Path, runs: int) -> dict[str, Any]:
    """Both designs with a 25/s limiter against a server that enforces Telegram's limit."""
    template = seeded_sqlite(folder, RATE_USERS)
    by_design: dict[str, list[dict[str, Any]]] = {"ours": [], "baseline": []}
    for n in range(runs):
        say(f"rate limit {RATE_LIMIT:.0f}/s: {RATE_USERS} users, run {n + 1} of {runs}")
        for design in ("ours", "baseline"):
            lead = OURS_LEAD if design == "ours" else BASELINE_LEAD[1_000]
            url = fresh_copy(template, folder)
            by_design[design].append(
                deliver_run(design, RATE_USERS, url, lead=lead, rate_limit=RATE_LIMIT)
            )
    return by_design


async def _make_durable(admin_url: str) -> None:
    from devsupport import pg

    connection = await asyncpg.connect(pg.dsn(admin_url))
    try:
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            await connection.execute(f"ALTER SYSTEM SET {setting} = on")
        await connection.execute("SELECT pg_reload_conf()")
    finally:
        await connection.close()


def replies(folder: Path, runs: int) -> dict[str, Any]:
    """Replies stored per second, end to end, on SQLite and on a local PostgreSQL."""
    results: dict[str, Any] = {"sqlite": [], "postgresql": []}
    template = seeded_sqlite(folder, REPLY_USERS)
    for n in range(runs):
        say(f"replies: {REPLY_USERS:,} users on SQLite, run {n + 1} of {runs}")
        url = fresh_copy(template, folder)
        results["sqlite"].append(
            run_json(
                ["bench.scenario", "replies", "--users", str(REPLY_USERS), "--database", url], 600
            )
        )
    try:
        from devsupport import pg

        server = pg.Server.obtain()
    except Exception as exc:
        results["postgresql_problem"] = f"no PostgreSQL server: {exc}"
        say(results["postgresql_problem"])
        return results
    try:
        asyncio.run(_make_durable(server.url))
        for n in range(runs):
            say(f"replies: {REPLY_USERS:,} users on PostgreSQL, run {n + 1} of {runs}")

            async def one() -> dict[str, Any]:
                async with pg.fresh_database(server.url) as url:
                    await asyncio.to_thread(migrate.upgrade, url)
                    await seed(url, REPLY_USERS, due_in(3600))
                    args = ["bench.scenario", "replies", "--users", str(REPLY_USERS)]
                    return await asyncio.to_thread(run_json, [*args, "--database", url], 600)

            results["postgresql"].append(asyncio.run(one()))
        results["postgresql_server"] = server.description
    finally:
        server.close()
    return results


def say(line: str) -> None:
    """Progress on stderr (stdout carries the table)."""
    print(f"[{time.strftime('%H:%M:%S')}] {line}", file=sys.stderr, flush=True)


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = "unknown"
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as info:
        total_kb = int(info.readline().split()[1])
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(total_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit + (" (with uncommitted changes)" if dirty else ""),
    }


# -- the report ---------------------------------------------------------------------------------


def fmt(value: float | None, digits: int = 0, suffix: str = "") -> str:
    """A figure for the table ('—' when there is none)."""
    if value is None:
        return "—"
    return f"{value:,.{digits}f}{suffix}"


def ratio(theirs: float | None, ours: float | None) -> str:
    """How many times the baseline's figure is ours."""
    if theirs is None or ours is None or ours <= 0:
        return "—"
    return f"{theirs / ours:,.1f}×"


def delivery_tables(results: dict[str, Any]) -> list[str]:
    """The side-by-side table of the delivery runs."""
    lines = [
        "| users | design | runs | ready | memory growth | delivered | dropped | duplicates "
        "| time to deliver all | sends/s | longest stall |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    ratios = [
        "| users | ready: baseline ÷ ours | memory: baseline ÷ ours "
        "| longest stall: baseline ÷ ours |",
        "|---:|---:|---:|---:|",
    ]
    for users, by_design in results.items():
        for design in ("ours", "baseline"):
            runs = by_design[design]
            lines.append(
                f"| {int(users):,} | {design} | {len(runs)} "
                f"| {fmt(median(runs, 'ready_s'), 2, ' s')} "
                f"| {fmt(median(runs, 'memory_growth_mb'), 1, ' MB')} "
                f"| {fmt(median(runs, 'delivered'))} | {fmt(median(runs, 'dropped'))} "
                f"| {fmt(median(runs, 'duplicates'))} "
                f"| {fmt(median(runs, 'deliver_s'), 1, ' s')} "
                f"| {fmt(median(runs, 'send_rate'))} "
                f"| {fmt(median(runs, 'max_stall_ms'), 0, ' ms')} |"
            )
        ours, theirs = by_design["ours"], by_design["baseline"]
        ratios.append(
            f"| {int(users):,} "
            f"| {ratio(median(theirs, 'ready_s'), median(ours, 'ready_s'))} "
            f"| {ratio(median(theirs, 'memory_growth_mb'), median(ours, 'memory_growth_mb'))} "
            f"| {ratio(median(theirs, 'max_stall_ms'), median(ours, 'max_stall_ms'))} |"
        )
    return [*lines, "", *ratios]


def rate_table(results: dict[str, Any]) -> list[str]:
    """The rate-limited runs."""
    lines = [
        "| design | runs | delivered | dropped | achieved sends/s | most in any 1 s "
        "| 429s answered by the server |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for design in ("ours", "baseline"):
        runs = results[design]
        lines.append(
            f"| {design} | {len(runs)} | {fmt(median(runs, 'delivered'))} "
            f"| {fmt(median(runs, 'dropped'))} | {fmt(median(runs, 'send_rate'), 1)} "
            f"| {fmt(median(runs, 'max_in_one_second'))} | {fmt(median(runs, 'server_429s'))} |"
        )
    return lines


def check_targets(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each target with the measured figure and whether it is met."""
    delivered = report["delivery"]
    largest = delivered[max(delivered, key=int)]["ours"]
    all_ours = [r for size in delivered.values() for r in size["ours"]]
    checks: dict[str, tuple[float | None, Callable[[float], bool]]] = {
        "dropped_100k": (median(largest, "dropped"), lambda v: v == 0),
        "ready_100k": (median(largest, "ready_s"), lambda v: v < 1.0),
        "memory_100k": (median(largest, "memory_growth_mb"), lambda v: v < 30),
        "stall": (max(r["max_stall_ms"] for r in all_ours), lambda v: v <= 50),
        "send_rate": (median(largest, "send_rate"), lambda v: v >= 200),
        "no_429": (
            max(r["server_429s"] for r in report["rate_limited"]["ours"]),
            lambda v: v == 0,
        ),
        "replies_sqlite": (
            median(report["replies"]["sqlite"], "replies_per_s"),
            lambda v: v >= 300,
        ),
        "summary_text": (report["summary"]["summary_text_ms"], lambda v: v <= 50),
        "summary_chart": (report["summary"]["summary_chart_ms"], lambda v: v <= 300),
        "month_text": (report["summary"].get("month_text_ms"), lambda v: v <= 50),
        "month_chart": (report["summary"].get("month_chart_ms"), lambda v: v <= 300),
        "year_text": (report["summary"].get("year_text_ms"), lambda v: v <= 50),
        "year_chart": (report["summary"].get("year_chart_ms"), lambda v: v <= 300),
        "journal_p95": (
            max(e["p95_ms"] for e in report["journal"]["endpoints"].values())
            if report.get("journal")
            else None,
            lambda v: v <= 50,
        ),
        "screen_typical": (report["safety"]["ours"]["typical_median_ms"], lambda v: v <= 1),
        "screen_worst": (report["safety"]["ours"]["worst_ms"], lambda v: v <= 5),
    }
    return {
        name: {"target": TARGETS[name], "value": value, "met": value is not None and ok(value)}
        for name, (value, ok) in checks.items()
    }


def safety_table(safety: dict[str, Any]) -> list[str]:
    """The crisis screen's times, ours beside the screen it replaced (bench/bench_safety.py)."""
    lines = [
        "## The crisis screen",
        "",
        f"Each input timed as the median of {bench_safety.REPEATS} runs, the slowest found "
        f"again as the median of {bench_safety.FINAL_REPEATS}; *typical* is the median over the "
        f"{safety['inputs']:,} messages of the evaluation sets; *crafted* and *fuzzed* are "
        "the slowest inputs found (up to 4,096 characters). The baseline is the English-only "
        "screen this one replaced, timed in the same run.",
        "",
        "| design | typical (median) | typical (slowest) | crafted worst | fuzzed worst |",
        "|---|---:|---:|---:|---:|",
    ]
    for design in ("ours", "baseline"):
        figures = safety.get(design)
        if not figures:
            continue
        lines.append(
            f"| {design} | {fmt(figures['typical_median_ms'], 2, ' ms')} "
            f"| {fmt(figures['typical_max_ms'], 1, ' ms')} "
            f"| {fmt(figures['crafted_worst_ms'], 1, ' ms')} "
            f"| {fmt(figures['fuzzed_worst_ms'], 1, ' ms')} |"
        )
    base = safety.get("baseline")
    if base:
        ours = safety["ours"]
        typical = ratio(base["typical_median_ms"], ours["typical_median_ms"])
        worst = ratio(base["worst_ms"], ours["worst_ms"])
        lines += [
            "",
            "The baseline's time over ours (above 1: ours is faster): "
            f"typical {typical}, worst input {worst}.",
        ]
    return lines


def markdown(report: dict[str, Any]) -> str:
    """docs/benchmarks.md."""
    m = report["machine"]
    largest = max(report["delivery"], key=int)
    replies_ = report["replies"]
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (bench/run.py); the raw numbers of every run are in "
        "[benchmarks.json](benchmarks.json). Do not edit by hand: run it again.",
        "",
        f"- Measured: {m['date']}, commit `{m['commit']}`",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, Python {m['python']}",
        f"- Whole run: {report['elapsed_s'] / 60:.1f} minutes",
        "",
        "Every figure is the median of the runs shown. **Ours** is the bot "
        "(bot/delivery/engine.py: "
        "one periodic tick claims due rows from the database, a dispatcher sends them). "
        "**Baseline** is the design most reminder bots use (bench/baseline.py: one PTB "
        "JobQueue `run_daily` job per user and track, default job settings, rebuilt from the "
        "database at start-up). Both send to the project's fake Bot API running in its own "
        "process on this machine, from the same seeded SQLite file, one track per user, all "
        "due at the same instant.",
        "",
        "## Targets",
        "",
        "| target | measured | met |",
        "|---|---:|:---:|",
    ]
    for check in report["targets"].values():
        value = check["value"]
        shown = "—" if value is None else f"{value:,.2f}".rstrip("0").rstrip(".")
        lines.append(f"| {check['target']} | {shown} | {'yes' if check['met'] else '**no**'} |")
    lines += [
        "",
        "## Prompts due at once, limiter off",
        "",
        *delivery_tables(report["delivery"]),
        "",
        "- *ready*: from building the Application to polling with the scheduler started "
        "(ours includes building its city index, done once per process).",
        "- *memory growth*: the process's peak resident memory during the run minus its "
        "resident memory before the bot was built. Ours excludes its city index "
        f"({fmt(median(report['delivery'][largest]['ours'], 'city_index_mb'), 0, ' MB')}, "
        "the same at any number of users) and its crisis rules "
        f"({fmt(median(report['delivery'][largest]['ours'], 'screen_mb'), 0, ' MB')}).",
        "- *crisis rules*: compiled once per process, in a thread after start while the bot "
        "already answers and delivers: "
        f"{fmt(median(report['delivery'][largest]['ours'], 'screen_compile_s'), 1, ' s')}, "
        "during which the event loop stalled up to "
        f"{fmt(median(report['delivery'][largest]['ours'], 'screen_compile_stall_ms'), 0, ' ms')}"
        " (measured on their own before each delivery run, so not in the stalls below). A "
        "message that arrives in those seconds waits for them.",
        "- *dropped*: prompts that never reached the chat (the baseline's are APScheduler's "
        "'missed' jobs: due more than 1 s before its event loop got to them).",
        "- *time to deliver all*: from the due instant to the last prompt arriving at the "
        "server (ours includes waiting for its next tick, every 5 s).",
        "- *longest stall*: the most a 5 ms timer on the bot's event loop woke up late "
        "while prompts were being delivered.",
        "",
        f"## With the limiter on ({RATE_LIMIT:.0f}/s), against Telegram's limit",
        "",
        f"{RATE_USERS} users due at once. The fake server refuses (429) any message past 30 in "
        "one second, as Telegram does. Ours uses its own limiter (bot/delivery/ratelimit.py); the "
        "baseline uses PTB's `AIORateLimiter(overall_max_rate="
        f"{RATE_LIMIT:.0f}, max_retries={baseline.BASELINE_RETRIES})`, configured as a careful "
        "user would: a send refused with 429 is waited out and retried.",
        "",
        *rate_table(report["rate_limited"]),
        "",
        "## Other figures of ours",
        "",
        "| measure | median |",
        "|---|---:|",
        f"| replies stored per second, end to end, SQLite ({REPLY_USERS:,} users replying at "
        f"once) | {fmt(median(replies_['sqlite'], 'replies_per_s'))} |",
        f"| the bot's CPU per reply, SQLite | "
        f"{fmt(median(replies_['sqlite'], 'cpu_ms_per_reply'), 2, ' ms')} |",
    ]
    if replies_["postgresql"]:
        lines.append(
            f"| replies stored per second, end to end, PostgreSQL | "
            f"{fmt(median(replies_['postgresql'], 'replies_per_s'))} |"
        )
    summary, export = report["summary"], report["export"]
    lines += [
        f"| `/summary` text, a year of data ({summary['entries']:,} entries) "
        f"| {fmt(summary['summary_text_ms'], 1, ' ms')} |",
        f"| `/summary` text and chart | {fmt(summary['summary_chart_ms'], 0, ' ms')} |",
        f"| `/summary month` text | {fmt(summary.get('month_text_ms'), 1, ' ms')} |",
        f"| `/summary month` text and calendar | {fmt(summary.get('month_chart_ms'), 0, ' ms')} |",
        f"| `/summary year` text | {fmt(summary.get('year_text_ms'), 1, ' ms')} |",
        f"| `/summary year` text and picture | {fmt(summary.get('year_chart_ms'), 0, ' ms')} |",
        f"| `/export` of {export['entries']:,} entries (JSON and Markdown) "
        f"| {fmt(export['export_ms'], 0, ' ms')} |",
        *(
            f"| journal API `{name}`, median / p95 | {fmt(e['median_ms'], 1)} / "
            f"{fmt(e['p95_ms'], 1, ' ms')} |"
            for name, e in (report.get("journal") or {}).get("endpoints", {}).items()
        ),
        "",
        "Replies: each user answers the prompt the bot sent them (a Telegram reply); the time "
        "runs from the replies reaching the fake server to the last one stored, encrypted, in "
        "the database. The bot answers each reply too (one message: the acknowledgement and the "
        "rating question), with the limiter off: "
        "with Telegram's own limit the answers, not the storing, set the pace.",
    ]
    if replies_["postgresql"]:
        lines.append(
            "PostgreSQL: a throwaway local cluster (devsupport/pg.py) with fsync, synchronous "
            "commit and full-page writes switched back on; its data folder is in /dev/shm "
            "when that has room, so its disk writes cost less than on a real disk."
        )
    elif "postgresql_problem" in replies_:
        lines.append(f"PostgreSQL was not measured: {replies_['postgresql_problem']}.")
    lines += ["", *safety_table(report["safety"])]
    cost = report["request_cost"]
    lines += [
        "",
        "## CPU per Bot API request",
        "",
        f"One sendMessage (text and a button) through PTB's `BaseRequest.post`, "
        f"{cost['requests_per_round']:,} in a row, to the fake server in its own process; the "
        f"two alternate over {len(cost['httpx_cpu_ms'])} rounds (bench/request_cost.py). PTB's "
        "default is `HTTPXRequest` (the baseline uses it); the bot uses `AiohttpRequest` "
        "(bot/transport/request.py).",
        "",
        "| request | CPU per request (median) |",
        "|---|---:|",
        f"| PTB's HTTPXRequest | {fmt(cost['httpx_median_ms'], 3, ' ms')} |",
        f"| the bot's AiohttpRequest | {fmt(cost['aiohttp_median_ms'], 3, ' ms')} |",
        f"| HTTPXRequest's CPU as a multiple of AiohttpRequest's "
        f"| {ratio(cost['httpx_median_ms'], cost['aiohttp_median_ms'])} |",
        "",
        FINDINGS,
    ]
    return "\n".join(lines)


def main() -> None:
    """Run everything, print the report, write docs/benchmarks.md and docs/benchmarks.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 users, one run of each")
    args = parser.parse_args()
    started = time.monotonic()
    sizes = (1_000,) if args.quick else SIZES
    runs = dict.fromkeys(SIZES, 1) if args.quick else RUNS
    report: dict[str, Any] = {"machine": machine()}
    with tempfile.TemporaryDirectory(prefix="letin-bench-") as scratch:
        folder = Path(scratch)
        report["delivery"] = delivery(folder, sizes, runs)
        report["rate_limited"] = rate_limited(folder, 1 if args.quick else RATE_RUNS)
        report["replies"] = replies(folder, 1 if args.quick else REPLY_RUNS)
    say("/summary and /export")
    report["summary"] = run_json(["bench.bench_summary", "--json"], 600)
    report["export"] = run_json(["bench.bench_export", "--json"], 600)
    say("the journal's API")
    report["journal"] = run_json(["bench.bench_journal", "--json"], 600)
    say("crisis screen")
    report["safety"] = run_json(["bench.bench_safety", "--json"], 900)
    say("CPU per Bot API request")
    report["request_cost"] = run_json(["bench.request_cost", "--json"], 600)
    report["elapsed_s"] = time.monotonic() - started
    report["targets"] = check_targets(report)
    text = markdown(report)
    print(text)
    if args.quick:
        say("--quick: docs/benchmarks.md left as it was")
        return
    DOCS.mkdir(exist_ok=True)
    (DOCS / "benchmarks.md").write_text(text + "\n")
    (DOCS / "benchmarks.json").write_text(json.dumps(report, indent=2) + "\n")
    missed = [c["target"] for c in report["targets"].values() if not c["met"]]
    say(f"wrote docs/benchmarks.md; targets missed: {missed or 'none'}")


if __name__ == "__main__":
    main()
