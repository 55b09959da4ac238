"""Prometheus metrics and the health check, served over HTTP on their own port.

The counters live in prometheus_client's default registry, so one process exposes one set
of numbers whatever the number of Applications in it. Each process (bot or worker) serves
its own; Prometheus adds them up across processes.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, Counter, Histogram, generate_latest
from sqlalchemy import text

from bot.db.engine import Database
from bot.transport.site import Site

logger = logging.getLogger(__name__)

PROMPTS_DUE = Counter("letin_prompts_due", "Deliveries claimed as due by the tick")
PROMPTS_SENT = Counter("letin_prompts_sent", "Deliveries Telegram accepted")
PROMPTS_FAILED = Counter(
    "letin_prompts_failed", "Deliveries recorded as failed, interrupted ones included"
)
PROMPTS_BLOCKED = Counter("letin_prompts_blocked", "Deliveries to users who blocked the bot")
PROMPTS_MISSED = Counter("letin_prompts_missed", "Deliveries later than the grace, not sent")
DELIVERY_LAG = Histogram(
    "letin_delivery_lag_seconds",
    "How late a delivery was when Telegram accepted it",
    buckets=(1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600, 10800),
)
UPDATES_HANDLED = Counter("letin_updates_handled", "Updates received from Telegram")
HANDLER_ERRORS = Counter("letin_handler_errors", "Exceptions that reached the error handler")
UPDATES_UNREADABLE = Counter(
    "letin_updates_unreadable", "Updates the library could not read, skipped unread"
)
UPDATES_REFUSED = Counter(
    "letin_updates_refused",
    "Updates from outside a user's own private chat (e.g. Telegram Business), dropped",
)

# The delivery engine's count names (bot.delivery.engine.Counts) and the counter each one feeds.
_DELIVERY_COUNTERS: Mapping[str, Counter] = {
    "due": PROMPTS_DUE,
    "sent": PROMPTS_SENT,
    "failed": PROMPTS_FAILED,
    "interrupted": PROMPTS_FAILED,
    "blocked": PROMPTS_BLOCKED,
    "missed": PROMPTS_MISSED,
}

# A health check that waits longer than this counts as a database that does not answer.
HEALTH_TIMEOUT_SECONDS = 3.0
# How long one answer of the database serves /healthz.
HEALTH_CACHE_SECONDS = 2.0


def count_delivery(**deltas: int) -> None:
    """Add the delivery engine's counts to the matching counters."""
    for name, value in deltas.items():
        counter = _DELIVERY_COUNTERS.get(name)
        if counter is not None and value > 0:
            counter.inc(value)


async def count_update(update: object, context: object) -> None:
    """Count one update (a TypeHandler callback that lets the update go on)."""
    UPDATES_HANDLED.inc()


async def database_answers(db: Database) -> bool:
    """Tell whether the database answers `SELECT 1` within the health timeout."""

    async def ask() -> None:
        async with db.transaction() as session:
            await session.execute(text("SELECT 1"))

    try:
        await asyncio.wait_for(ask(), HEALTH_TIMEOUT_SECONDS)
    except Exception as exc:
        logger.warning("Health check: the database did not answer (%s)", type(exc).__name__)
        return False
    return True


class MetricsServer:
    """Serves /metrics (Prometheus text format) and /healthz (the database answers)."""

    def __init__(
        self,
        db: Database,
        host: str,
        port: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._db = db
        self._site = Site(host, port)
        # /healthz answers from a result at most HEALTH_CACHE_SECONDS old, and requests that
        # arrive together share one check: a busy prober never queues on the database.
        self._clock = clock
        self._health: tuple[float, bool] | None = None
        self._checking: asyncio.Lock = asyncio.Lock()
        self.health_checks = 0

    @property
    def port(self) -> int:
        """The port actually bound (useful when asked for port 0 in tests)."""
        return self._site.port

    async def start(self) -> None:
        """Bind and start serving."""
        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/healthz", self._healthz)
        await self._site.start(app)
        logger.info("Metrics and health on %s:%d", self._site.host, self.port)

    async def start_or_warn(self) -> None:
        """Start serving, or log why not: a busy port must not stop delivery or updates."""
        try:
            await self.start()
        except OSError as exc:
            logger.warning(
                "Metrics and health not served: cannot listen on %s:%d (%s)",
                self._site.host,
                self._site.wanted_port,
                exc.strerror or type(exc).__name__,
            )

    async def stop(self) -> None:
        """Stop serving."""
        await self._site.stop()

    async def _metrics(self, request: web.Request) -> web.Response:
        body = generate_latest(REGISTRY)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def _healthy(self) -> bool:
        async with self._checking:
            cached = self._health
            if cached is not None and self._clock() - cached[0] < HEALTH_CACHE_SECONDS:
                return cached[1]
            self.health_checks += 1
            answer = await database_answers(self._db)
            self._health = (self._clock(), answer)
            return answer

    async def _healthz(self, request: web.Request) -> web.Response:
        if await self._healthy():
            return web.Response(text="ok")
        return web.Response(status=503, text="database unavailable")
