"""The baseline: the design most Telegram reminder bots use, written minimally for comparison.

One PTB JobQueue `run_daily` job per user and track, with APScheduler's default job settings
(misfire grace 1 s, coalesce, one instance), rebuilt from the database at start-up in
`post_init`. The job sends the prompt; nothing records that it was sent. This is not the bot's
design (see bot/delivery/engine.py); it exists only so that bench/run.py can measure both side
by side.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MISSED, JobExecutionEvent
from sqlalchemy import select
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes

from bot.content import Content
from bot.db.engine import Database
from bot.db.models import Schedule, User
from bot.domain.tracks import TRACKS

# Retries of a send refused with 429 (PTB's default is 0: the error is raised).
BASELINE_RETRIES = 3


@dataclass
class Tally:
    """What the baseline's jobs did."""

    sent: int = 0
    errors: int = 0
    missed: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)

    def done(self) -> int:
        """Jobs that ended one way or another."""
        return self.sent + self.errors + self.missed


Baseline = Application[Any, Any, Any, Any, Any, Any]


def build(
    *,
    token: str,
    base_url: str,
    database_url: str,
    content: Content,
    rate_limit: float = 0,
) -> tuple[Baseline, Tally]:
    """A PTB Application that schedules one daily job per user and track at start-up."""
    tally = Tally()
    builder = ApplicationBuilder().token(token).base_url(base_url)
    if rate_limit:
        # As a careful user configures it: a 429 is waited out and retried, not raised.
        limiter = AIORateLimiter(overall_max_rate=rate_limit, max_retries=BASELINE_RETRIES)
        builder = builder.rate_limiter(limiter)
    texts = {track.value: content.prompts("en", track.value)[0].text for track in TRACKS}

    async def send_prompt(context: ContextTypes.DEFAULT_TYPE) -> None:
        job = context.job
        assert job is not None and job.chat_id is not None
        await context.bot.send_message(job.chat_id, texts[str(job.data)])
        tally.sent += 1

    async def on_error(_update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        tally.errors += 1
        kind = type(context.error).__name__
        tally.error_kinds[kind] = tally.error_kinds.get(kind, 0) + 1

    async def rebuild_jobs(app: Baseline) -> None:
        db = Database.from_url(database_url)
        try:
            async with db.transaction() as session:
                rows = await session.execute(
                    select(
                        User.id, User.chat_id, User.timezone, Schedule.track, Schedule.local_time
                    )
                    .join(Schedule, Schedule.user_id == User.id)
                    .where(Schedule.enabled, User.status == "active")
                )
                for user_id, chat_id, zone, track, local_time in rows:
                    assert app.job_queue is not None
                    app.job_queue.run_daily(
                        send_prompt,
                        time=local_time.replace(tzinfo=ZoneInfo(zone or "UTC")),
                        chat_id=chat_id,
                        user_id=user_id,
                        data=track,
                        name=f"{user_id}:{track}",
                    )
        finally:
            await db.dispose()

    app: Baseline = builder.post_init(rebuild_jobs).build()
    app.add_error_handler(on_error)

    def on_missed(event: JobExecutionEvent) -> None:
        if event.code == EVENT_JOB_MISSED:
            tally.missed += 1

    assert app.job_queue is not None
    # Errors raised inside a job reach the error handler above; APScheduler reports the rest.
    app.job_queue.scheduler.add_listener(on_missed, EVENT_JOB_MISSED | EVENT_JOB_ERROR)
    return app, tally


async def start(app: Baseline) -> None:
    """Start the way `run_polling` does: initialise, post_init, poll, start the JobQueue."""
    await app.initialize()
    post_init: Callable[[Baseline], Awaitable[None]] | None = app.post_init
    if post_init is not None:
        await post_init(app)
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    await app.start()


async def stop(app: Baseline) -> None:
    """Stop the way the end of `run_polling` does."""
    assert app.updater is not None
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
