"""Time the weekly, monthly and yearly summaries and pictures on a year of daily reflections;
check memory over renders.

Run on demand (not part of the test suite):

    .venv/bin/python -m bench.bench_summary
    .venv/bin/python -m bench.bench_summary --json      # /summary from SQLite (make bench)
    .venv/bin/python -m bench.bench_summary --save-example docs/example-summary.png

Targets: `summarize` <= 50 ms and `summarize` + `render_week_chart` <= 300 ms (medians of 15
runs, 2 cores), and the same for /summary month and /summary year (words; words and picture);
memory must not grow across 100 renders.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import resource
import statistics
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

from bench.bench_export import NOW, seeded
from bot.content import load_content
from bot.domain.patterns import (
    Entry,
    Kind,
    WeekSummary,
    month_of,
    summarize,
    summarize_month,
    summarize_year,
    week_of,
    window,
)
from bot.domain.tracks import Track
from bot.store import accounts
from bot.summary import periods, weekly
from bot.summary.charts import ChartLabels, render_week_chart
from bot.summary.weekly import chart_labels

RUNS = 15
# A year of daily reflections in the three tracks.
YEAR_OF_ENTRIES = 365 * 3
RENDERS_FOR_MEMORY = 100
SUMMARY_TARGET_MS = 50.0
CHART_TARGET_MS = 300.0

# The chart's words come from the shipped content, as in the bot.
TEXTS = load_content().texts("en")


def labels_for(summary: WeekSummary) -> ChartLabels:
    """The chart labels the bot would use for this week."""
    return chart_labels(TEXTS, summary)


def render_example(entries: list[Entry], monday: date) -> bytes:
    """Analyse and draw one week, as the bot does."""
    summary = summarize(entries, monday)
    return render_week_chart(summary, labels=labels_for(summary))


DISTANCING = ("went_quiet", "short_replies", "kept_distance", "kept_feelings_in", "backed_out")
UNDERNEATH = ("fear_of_hurt", "hard_to_trust", "doubt_myself", "let_them_down", "old_hurt")
TRAITS = ("Reliable", "Caring", "Patient", "Honest", "Funny", "Generous", "Loyal", "Brave")
PEOPLE = ("Sam", "Alex", "my sister", "Jo")


def year_of_entries(last_day: date, seed: int = 7) -> list[Entry]:
    """A year of daily reflections in all three tracks, as a steady user would leave them."""
    rng = random.Random(seed)
    entries: list[Entry] = []
    for offset in range(365):
        day = last_day - timedelta(days=offset)
        entries.append(
            Entry(
                track=Track.SELF_COMPASSION,
                kind=Kind.ENTRY,
                local_date=day,
                local_time=clock(8, rng.randrange(30, 60)),
                rating=rng.randint(1, 5),
                text_length=rng.randint(20, 300),
            )
        )
        entries.append(
            Entry(
                track=Track.VALUED_TRAITS,
                kind=Kind.ENTRY,
                local_date=day,
                local_time=clock(20, rng.randrange(30, 60)),
                person=rng.choice(PEOPLE),
                trait=rng.choice(TRAITS),
                text_length=rng.randint(20, 300),
            )
        )
        if rng.random() < 0.35:
            entries.append(
                Entry(
                    track=Track.CONFLICT_REVIEW,
                    kind=Kind.REVIEW,
                    local_date=day,
                    local_time=clock(rng.choice((13, 20, 21, 23)), 10),
                    person=rng.choice(PEOPLE),
                    distancing=tuple(rng.sample(DISTANCING, 2)),
                    underneath=tuple(rng.sample(UNDERNEATH, 1)),
                    text_length=rng.randint(20, 300),
                )
            )
        else:
            entries.append(
                Entry(
                    track=Track.CONFLICT_REVIEW,
                    kind=Kind.CALM,
                    local_date=day,
                    local_time=clock(20, 31),
                )
            )
    return entries


def example_week() -> tuple[list[Entry], date]:
    """A realistic hand-built week (9-15 March 2026) and the weeks before it."""
    monday = date(2026, 3, 9)
    entries: list[Entry] = []

    def add(day: int, track: Track, kind: Kind, hour: int = 20, **fields: Any) -> None:
        when = monday + timedelta(days=day)
        entries.append(Entry(track, kind, when, clock(hour, 40), **fields))

    # Seven earlier weeks: kindness slowly rising, friction easing.
    history = (
        (2, 3, 2),
        (2, 2, 3),
        (3, 3, 2),
        (3, 2, 2),
        (3, 4, 1),
        (4, 3, 1),
        (3, 4, 2),
    )
    for index, (first, second, friction) in enumerate(history):
        start = -7 * (len(history) - index)
        add(start, Track.SELF_COMPASSION, Kind.RATING, 9, rating=first)
        add(start + 2, Track.SELF_COMPASSION, Kind.ENTRY, 9, rating=second, text_length=80)
        add(start + 3, Track.VALUED_TRAITS, Kind.ENTRY, trait="Reliable", person="Sam")
        for day in range(friction):
            add(start + 4 + day, Track.CONFLICT_REVIEW, Kind.REVIEW, distancing=("went_quiet",))
        add(start + 6, Track.CONFLICT_REVIEW, Kind.CALM)

    # This week.
    for day, rating in ((0, 3), (1, 4), (2, 2), (4, 4), (5, 5), (6, 4)):
        add(day, Track.SELF_COMPASSION, Kind.ENTRY, 8, rating=rating, text_length=120)
    add(0, Track.VALUED_TRAITS, Kind.ENTRY, trait="Reliable", person="Sam", text_length=90)
    add(3, Track.VALUED_TRAITS, Kind.ENTRY, trait="Patient", person="my sister", text_length=60)
    add(
        2,
        Track.CONFLICT_REVIEW,
        Kind.REVIEW,
        21,
        person="Sam",
        distancing=("short_replies", "kept_feelings_in"),
        underneath=("fear_of_hurt",),
        text_length=200,
    )
    add(4, Track.CONFLICT_REVIEW, Kind.REVIEW, 21, person="Sam", distancing=("short_replies",))
    for day in (0, 1, 5, 6):
        add(day, Track.CONFLICT_REVIEW, Kind.CALM)
    return entries, monday


def median_ms(action: Callable[[], object]) -> tuple[float, float]:
    """Median wall and CPU time of RUNS calls in milliseconds (after one warm-up call)."""
    action()
    wall, cpu = [], []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def memory_growth_kib(entries: list[Entry], monday: date) -> tuple[float, float]:
    """Traced memory growth over two successive batches of renders, in KiB.

    Caches (fonts, text layout) fill during the warm-up; a leak shows as growth in *both*
    batches, roughly equal, while warm caches show as little or none in the second.
    """
    summary = summarize(entries, monday)
    batch = RENDERS_FOR_MEMORY // 2
    tracemalloc.start()
    for _ in range(5):
        render_week_chart(summary, labels=labels_for(summary))
    gc.collect()
    start = tracemalloc.get_traced_memory()[0]
    for _ in range(batch):
        render_week_chart(summary, labels=labels_for(summary))
    gc.collect()
    middle = tracemalloc.get_traced_memory()[0]
    for _ in range(batch):
        render_week_chart(summary, labels=labels_for(summary))
    gc.collect()
    end = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (middle - start) / 1024, (end - middle) / 1024


def max_rss_growth_mib(entries: list[Entry], monday: date) -> float:
    """Growth of the process's peak resident size over RENDERS_FOR_MEMORY renders, in MiB."""
    summary = summarize(entries, monday)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(RENDERS_FOR_MEMORY):
        render_week_chart(summary, labels=labels_for(summary))
    # ru_maxrss is in KiB on Linux.
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024


async def from_database() -> dict[str, float]:
    """/summary's own path for a user with a year of reflections in SQLite (medians, ms).

    Text: load the window's rows (decrypting them), analyse, write the words. Text + chart:
    the same load, then `weekly.render`, which also draws the chart (in a thread, after
    the transaction, as the bot does).
    """
    content = load_content()
    async with seeded(YEAR_OF_ENTRIES) as db:
        monday = weekly.week_for_delivery(NOW.date())

        async def text_only() -> None:
            async with db.transaction() as session:
                user = await accounts.get_user(session, 1)
                assert user is not None
                entries = await weekly.load_entries(session, user, monday)
            summary = summarize(entries, monday)
            weekly.render_text(content.texts("en"), content, "en", summary, 1)

        async def with_chart() -> None:
            async with db.transaction() as session:
                user = await accounts.get_user(session, 1)
                assert user is not None
                entries = await weekly.load_entries(session, user, monday)
            await weekly.render(content, "en", 1, monday, entries)

        today = NOW.date()
        spans = {"month": (month_of(today)[0], today), "year": (date(today.year, 1, 1), today)}

        def period(kind: str, chart: bool) -> Callable[[], Awaitable[None]]:
            """/summary month or year: load the period's rows, then words (and picture)."""
            first, last = spans[kind]

            async def run() -> None:
                async with db.transaction() as session:
                    user = await accounts.get_user(session, 1)
                    assert user is not None
                    entries = await weekly.load_range(session, user, first, last)
                if chart:
                    await periods.render(content, "en", kind, entries, first, last, first)
                    return
                summarized = (summarize_month if kind == "month" else summarize_year)(
                    entries, first, last
                )
                periods.render_period_text(
                    content.texts("en"), content, "en", summarized, kind, first
                )

            return run

        timings: dict[str, float] = {}
        for name, action in (
            ("summary_text_ms", text_only),
            ("summary_chart_ms", with_chart),
            ("month_text_ms", period("month", chart=False)),
            ("month_chart_ms", period("month", chart=True)),
            ("year_text_ms", period("year", chart=False)),
            ("year_chart_ms", period("year", chart=True)),
        ):
            await action()
            runs = []
            for _ in range(RUNS):
                start = time.perf_counter()
                await action()
                runs.append((time.perf_counter() - start) * 1000)
            timings[name] = statistics.median(runs)
    return {"entries": YEAR_OF_ENTRIES, "runs": RUNS, **timings}


def main() -> None:
    """Print the medians as a table, save the example chart, or print the /summary JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save-example", type=Path, help="write the example chart here")
    parser.add_argument("--json", action="store_true", help="one JSON line: /summary from SQLite")
    args = parser.parse_args()
    if args.save_example:
        entries, monday = example_week()
        args.save_example.write_bytes(render_example(entries, monday))
        print(f"wrote {args.save_example}")
        return
    if args.json:
        print(json.dumps(asyncio.run(from_database())))
        return

    last_day = date(2026, 3, 15)
    entries = year_of_entries(last_day)
    monday, _ = week_of(last_day)
    first, last = window(monday)
    in_window = sum(1 for e in entries if first <= e.local_date <= last)
    summary_ms, summary_cpu = median_ms(lambda: summarize(entries, monday))
    year_ms, year_cpu = median_ms(lambda: summarize(entries, monday, history_weeks=52))
    chart_ms, chart_cpu = median_ms(lambda: render_example(entries, monday))
    png = render_example(entries, monday)
    rss_mib = max_rss_growth_mib(entries, monday)
    first_kib, second_kib = memory_growth_kib(entries, monday)

    rows = [
        ("cores / load average (1 min)", f"{os.cpu_count()} / {os.getloadavg()[0]:.2f}", ""),
        ("entries (year / in window)", f"{len(entries)} / {in_window}", ""),
        (
            "summarize, median ms wall / cpu",
            f"{summary_ms:.2f} / {summary_cpu:.2f}",
            f"<= {SUMMARY_TARGET_MS:.0f}",
        ),
        (
            "summarize, 52-week history, median ms wall / cpu",
            f"{year_ms:.2f} / {year_cpu:.2f}",
            f"<= {SUMMARY_TARGET_MS:.0f}",
        ),
        (
            "summarize + chart, median ms wall / cpu",
            f"{chart_ms:.1f} / {chart_cpu:.1f}",
            f"<= {CHART_TARGET_MS:.0f}",
        ),
        ("PNG size, KiB", f"{len(png) / 1024:.1f}", ""),
        (f"peak RSS growth over {RENDERS_FOR_MEMORY} renders, MiB", f"{rss_mib:.1f}", "~0"),
        (
            f"traced growth, renders 1-{RENDERS_FOR_MEMORY // 2} / "
            f"{RENDERS_FOR_MEMORY // 2 + 1}-{RENDERS_FOR_MEMORY}, KiB",
            f"{first_kib:.0f} / {second_kib:.0f}",
            "~0 / ~0",
        ),
    ]
    width = max(len(name) for name, _, _ in rows)
    print(f"{'measure':<{width}}  {'value':>14}  target")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:>14}  {target}")


if __name__ == "__main__":
    main()
