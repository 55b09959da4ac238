"""The delivery engine: the periodic tick claims what is due; a dispatcher sends and records.

The database is the record of what is due, not the scheduler's memory. The tick runs every
few seconds from PTB's JobQueue: it turns due schedule rows into delivery rows under the
unique key (user, track, local date) and advances the schedules, in one transaction per
batch. A dispatcher task then takes queued deliveries in small chunks, marks them "sending"
(committed), sends them through the bot's rate limiter, and records each outcome.

Policy when a process dies between sending and recording: at most once. Rows left
"sending" are closed as failed ("interrupted") and never resent, so a crash can lose at
most one chunk of prompts but never send one twice. Restarts, repeated ticks and several
workers cannot send twice because the delivery row is written before any send.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from dataclasses import dataclass, fields
from datetime import timedelta

from telegram import Bot, Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot import metrics, prompts
from bot.clock import Clock
from bot.content import Content
from bot.db.engine import Database
from bot.db.errors import database_unavailable
from bot.delivery.ratelimit import Limiter, retry_after_seconds
from bot.domain import patterns
from bot.domain.states import DeliveryStatus
from bot.domain.tracks import FOLLOW_UP, MONTHLY, SUMMARY
from bot.flows import follow_up
from bot.store import accounts, deliveries, processes, reflections
from bot.store.deliveries import Outcome, ReadyDelivery
from bot.summary import periods, weekly

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeliveryConfig:
    """How the engine claims, sends and retries."""

    grace: timedelta = timedelta(hours=3)
    # Small enough that one batch's Python work keeps the event loop free (< 20 ms).
    claim_batch: int = 200
    send_chunk: int = 50
    concurrency: int = 16
    max_attempts: int = 4
    # A sending process that has not ticked for this long no longer counts for the rate share.
    process_window: timedelta = timedelta(minutes=1)
    backoff: tuple[timedelta, ...] = (
        timedelta(seconds=30),
        timedelta(minutes=2),
        timedelta(minutes=10),
    )


@dataclass
class Counts:
    """What the engine did since the last tick's log line."""

    due: int = 0
    queued: int = 0
    missed: int = 0
    duplicates: int = 0
    sent: int = 0
    failed: int = 0
    blocked: int = 0
    retried: int = 0
    interrupted: int = 0
    lag_max_seconds: float = 0.0
    lag_total_seconds: float = 0.0

    def any(self) -> bool:
        """Tell whether anything happened."""
        return any(getattr(self, f.name) for f in fields(self))

    def plus(self, other: Counts) -> Counts:
        """Add two sets of counts (the maximum lag is the larger one)."""
        summed = {f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        summed["lag_max_seconds"] = max(self.lag_max_seconds, other.lag_max_seconds)
        return Counts(**summed)


class DeliveryEngine:
    """Claims due prompts from the database and sends each one at most once."""

    def __init__(
        self,
        *,
        db: Database,
        content: Content,
        clock: Clock,
        bot: Bot,
        config: DeliveryConfig | None = None,
        limiter: Limiter | None = None,
    ) -> None:
        self._db = db
        self._content = content
        self._clock = clock
        self._bot = bot
        self.config = config or DeliveryConfig()
        self._limiter = limiter
        self.process_id = uuid.uuid4().hex
        self._dispatcher: asyncio.Task[None] | None = None
        self._stopping = False
        self._wake = asyncio.Event()
        self.counts = Counts()
        self.totals = Counts()

    async def tick(self) -> Counts:
        """Claim everything due now, make sure the dispatcher runs, log one line of counts."""
        now = self._clock.now()
        async with self._db.transaction() as session:
            interrupted = await deliveries.fail_interrupted(session, now=now)
            expired = await deliveries.expire_queued(session, now=now, grace=self.config.grace)
            # A missed monthly summary is not sent late, but the next month's is planned
            # now (otherwise only a weekly summary, /settings or /resume would plan it).
            for user_id in expired.monthly:
                user = await accounts.get_user(session, user_id)
                if user is not None:
                    await deliveries.plan_monthly(session, user, now)
            missed = expired.count
            alive = await processes.heartbeat(
                session, self.process_id, now, self.config.process_window
            )
        if self._limiter is not None:
            # The global send rate is shared equally by the processes sending right now.
            self._limiter.set_share(alive)
        self._add(interrupted=interrupted, missed=missed)
        while not self._stopping:
            async with self._db.transaction() as session:
                claim = await deliveries.claim_due(
                    session,
                    now=now,
                    limit=self.config.claim_batch,
                    grace=self.config.grace,
                    content=self._content,
                )
            self._add(
                due=claim.claimed,
                queued=claim.queued,
                missed=claim.missed,
                duplicates=claim.duplicates,
            )
            if claim.claimed < self.config.claim_batch:
                break
        self._ensure_dispatching()
        return self._log_and_reset()

    def _add(self, **deltas: int) -> None:
        for name, value in deltas.items():
            setattr(self.counts, name, getattr(self.counts, name) + value)
            setattr(self.totals, name, getattr(self.totals, name) + value)
        metrics.count_delivery(**deltas)

    def take_counts(self) -> Counts:
        """Return what happened since the last call (or tick) and start counting afresh."""
        counts, self.counts = self.counts, Counts()
        return counts

    def _log_and_reset(self) -> Counts:
        counts = self.take_counts()
        level = logging.INFO if counts.any() else logging.DEBUG
        logger.log(
            level,
            "tick: due=%d queued=%d sent=%d failed=%d blocked=%d missed=%d retried=%d "
            "duplicates=%d interrupted=%d lag_max=%.1fs",
            counts.due,
            counts.queued,
            counts.sent,
            counts.failed,
            counts.blocked,
            counts.missed,
            counts.retried,
            counts.duplicates,
            counts.interrupted,
            counts.lag_max_seconds,
        )
        return counts

    def _ensure_dispatching(self) -> None:
        if self._stopping:
            return
        if self._dispatcher is None or self._dispatcher.done():
            self._dispatcher = asyncio.create_task(self._dispatch(), name="delivery-dispatcher")
        else:
            self._wake.set()

    async def wait_idle(self) -> None:
        """Wait until the dispatcher has nothing left to send right now."""
        while self._dispatcher is not None and not self._dispatcher.done():
            await asyncio.shield(self._dispatcher)

    async def _dispatch(self) -> None:
        try:
            while not self._stopping:
                self._wake.clear()
                now = self._clock.now()
                async with self._db.transaction() as session:
                    batch = await deliveries.take_ready(
                        session, now=now, limit=self.config.send_chunk
                    )
                if not batch:
                    if self._wake.is_set():
                        continue  # a tick queued more while this pass looked
                    return
                outcomes = await self._send_all(batch)
                async with self._db.transaction() as session:
                    await deliveries.record(session, outcomes, now=self._clock.now())
        except Exception as exc:
            # The next tick starts a new dispatcher; rows stay queued or close as interrupted.
            # An unreachable database is an outage to ride out (the tick warns too), not a bug.
            log = logger.warning if database_unavailable(exc) else logger.error
            log("Dispatcher stopped: %s", type(exc).__name__)

    async def _send_all(self, batch: list[ReadyDelivery]) -> list[Outcome]:
        # A fixed number of sends in flight, well under the HTTP pool: no send ever waits
        # for a connection long enough to time out.
        semaphore = asyncio.Semaphore(self.config.concurrency)

        async def bounded(item: ReadyDelivery) -> Outcome:
            async with semaphore:
                return await self._send(item)

        return list(await asyncio.gather(*(bounded(item) for item in batch)))

    async def _send_summary(self, item: ReadyDelivery) -> Message:
        async with self._db.transaction() as session:
            user = await accounts.get_user(session, item.user_id)
            if user is None:
                raise LookupError("the user is gone")
            monday = weekly.week_for_delivery(item.local_date)
            entries = await weekly.load_entries(session, user, monday)
            locale = user.locale
            # Users from before the monthly summary get theirs planned here too.
            await deliveries.plan_monthly(session, user, self._clock.now())
        # Rendered after the transaction ends: the chart holds no database lock.
        rendered = await weekly.render(self._content, locale, item.user_id, monday, entries)
        await self._bot.send_photo(item.chat_id, rendered.chart, caption=rendered.caption)
        return await self._bot.send_message(item.chat_id, rendered.text)

    async def _send_monthly(self, item: ReadyDelivery) -> Message | None:
        """The month before `item.local_date` (the first of a month) as a calendar and in
        words; None when it is not to be sent (turned off, paused, nothing written that
        month). The next month's is planned either way."""
        now = self._clock.now()
        async with self._db.transaction() as session:
            user = await accounts.get_user(session, item.user_id)
            if user is None:
                return None
            await deliveries.plan_monthly(session, user, now)
            if not user.monthly_summary or accounts.is_paused(user, now):
                return None
            first, last = patterns.month_of(item.local_date - timedelta(days=1))
            since = await weekly.first_day(session, user)
            entries = await weekly.load_range(session, user, first, last)
            locale = user.locale
        if not entries:
            return None  # nothing written that month: no summary of nothing
        rendered = await periods.render(self._content, locale, "month", entries, first, last, since)
        await self._bot.send_photo(item.chat_id, rendered.chart, caption=rendered.caption)
        return await self._bot.send_message(item.chat_id, rendered.text)

    async def _send_follow_up(self, item: ReadyDelivery) -> Message | None:
        """The question about a review's next step; None when it is no longer to be asked
        (turned off, paused, the review gone or already answered)."""
        async with self._db.transaction() as session:
            user = await accounts.get_user(session, item.user_id)
            review = (
                await reflections.users_reflection(session, item.user_id, item.reflection_id)
                if item.reflection_id is not None
                else None
            )
            if (
                user is None
                or not user.follow_ups
                or accounts.is_paused(user, self._clock.now())
                or not follow_up.still_to_ask(review)
            ):
                return None
            assert review is not None
            person = (
                await reflections.users_person(session, user.id, review.person_id)
                if review.person_id is not None
                else None
            )
            locale = user.locale
            text, markup = follow_up.render(
                self._content.texts(locale),
                self._content,
                locale,
                review,
                person.name if person is not None else None,
            )
        return await self._bot.send_message(item.chat_id, text, reply_markup=markup)

    async def _send(self, item: ReadyDelivery) -> Outcome:
        try:
            if item.track == SUMMARY:
                message = await self._send_summary(item)
            elif item.track in (FOLLOW_UP, MONTHLY):
                found = await (
                    self._send_follow_up(item)
                    if item.track == FOLLOW_UP
                    else self._send_monthly(item)
                )
                if found is None:
                    return Outcome(item.id, item.user_id, DeliveryStatus.SKIPPED)
                message = found
            else:
                text, markup = prompts.render(
                    self._content, item.locale, item.track, item.prompt_id, item.id
                )
                message = await self._bot.send_message(item.chat_id, text, reply_markup=markup)
        except Forbidden:
            self._add(blocked=1)
            return Outcome(item.id, item.user_id, DeliveryStatus.BLOCKED, error="forbidden")
        except BadRequest as exc:
            if "chat not found" in str(exc).lower():
                self._add(blocked=1)
                return Outcome(
                    item.id, item.user_id, DeliveryStatus.BLOCKED, error="chat_not_found"
                )
            self._add(failed=1)
            return Outcome(item.id, item.user_id, DeliveryStatus.FAILED, error="bad_request")
        except RetryAfter as exc:
            # The limiter already waited and retried; keep the prompt and come back later.
            self._add(retried=1)
            retry_at = self._clock.now() + timedelta(seconds=retry_after_seconds(exc))
            return Outcome(
                item.id,
                item.user_id,
                DeliveryStatus.QUEUED,
                error="retry_after",
                retry_at=retry_at,
                counts_as_attempt=False,
            )
        except NetworkError:
            # Timeouts and 5xx: retry with backoff a bounded number of times.
            if item.attempts < self.config.max_attempts:
                self._add(retried=1)
                delay = self.config.backoff[min(item.attempts, len(self.config.backoff)) - 1]
                retry_at = self._clock.now() + delay
                return Outcome(
                    item.id, item.user_id, DeliveryStatus.QUEUED, error="network", retry_at=retry_at
                )
            self._add(failed=1)
            return Outcome(item.id, item.user_id, DeliveryStatus.FAILED, error="network")
        except TelegramError:
            self._add(failed=1)
            return Outcome(item.id, item.user_id, DeliveryStatus.FAILED, error="telegram_error")
        except Exception as exc:
            logger.error("Sending a prompt failed unexpectedly: %s", type(exc).__name__)
            self._add(failed=1)
            return Outcome(item.id, item.user_id, DeliveryStatus.FAILED, error="internal")
        lag = max(0.0, (self._clock.now() - item.due_at).total_seconds())
        self._add(sent=1)
        metrics.DELIVERY_LAG.observe(lag)
        for counts in (self.counts, self.totals):
            counts.lag_max_seconds = max(counts.lag_max_seconds, lag)
            counts.lag_total_seconds += lag
        return Outcome(item.id, item.user_id, DeliveryStatus.SENT, message_id=message.message_id)

    async def shutdown(self, grace_seconds: float = 8.0) -> None:
        """Let the chunk in flight finish and be recorded, then stop taking new work."""
        self._stopping = True
        try:
            async with self._db.transaction() as session:
                await processes.leave(session, self.process_id)
        except Exception as exc:  # leaving is a courtesy: the row also expires on its own
            logger.warning("Could not remove this process's rate share: %s", type(exc).__name__)
        task = self._dispatcher
        if task is None or task.done():
            return
        try:
            await asyncio.wait_for(asyncio.shield(task), grace_seconds)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            logger.warning("Stopped with sends still in flight; they close as interrupted")
