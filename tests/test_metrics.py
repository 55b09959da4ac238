"""/metrics and /healthz: served over HTTP, fed by the delivery engine and the update handlers."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from datetime import timedelta

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families
from telegram.ext import CommandHandler

from bot import cli
from bot.app import GROUP_GUARD
from bot.config import load_settings
from bot.db.engine import Database
from bot.metrics import MetricsServer
from tests import harness as e2e
from tests.harness import Chat, Harness
from tests.steps import set_up

# The end-to-end fixtures: a bot on the fake Bot API server, and a user's chat with it.
fake_api = e2e.fake_api
harness = e2e.harness
chat = e2e.chat

METRIC_NAMES = (
    "letin_prompts_due_total",
    "letin_prompts_sent_total",
    "letin_prompts_failed_total",
    "letin_prompts_blocked_total",
    "letin_prompts_missed_total",
    "letin_delivery_lag_seconds_count",
    "letin_delivery_lag_seconds_bucket",
    "letin_updates_handled_total",
    "letin_handler_errors_total",
    "letin_updates_refused_total",
    "letin_updates_unreadable_total",
)


@pytest.fixture
async def server(db: Database) -> AsyncIterator[MetricsServer]:
    """The metrics server on a free port, with a migrated database."""
    running = MetricsServer(db, "127.0.0.1", 0)
    await running.start()
    yield running
    await running.stop()


async def get(port: int, path: str) -> tuple[int, str]:
    """GET a path from 127.0.0.1; returns the status and the body."""
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}{path}") as response,
    ):
        return response.status, await response.text()


async def scrape(port: int) -> dict[str, float]:
    """Every sample /metrics shows, by name (labelled samples keep their last value)."""
    status, body = await get(port, "/metrics")
    assert status == 200
    return {
        sample.name: sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
    }


def free_port() -> int:
    """A port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_metrics_lists_every_letin_metric(server: MetricsServer) -> None:
    samples = await scrape(server.port)
    for name in METRIC_NAMES:
        assert name in samples, name


async def test_a_delivery_tick_moves_the_counters(
    server: MetricsServer, chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    before = await scrape(server.port)
    harness.clock.advance(timedelta(minutes=1, seconds=3))
    counts = await harness.tick()
    assert counts.sent == 3
    after = await scrape(server.port)
    assert after["letin_prompts_due_total"] - before["letin_prompts_due_total"] == 3
    assert after["letin_prompts_sent_total"] - before["letin_prompts_sent_total"] == 3
    lag_count = "letin_delivery_lag_seconds_count"
    assert after[lag_count] - before[lag_count] == 3
    # Each prompt went out 3 s after its due minute.
    lag_sum = "letin_delivery_lag_seconds_sum"
    assert after[lag_sum] - before[lag_sum] == pytest.approx(9.0)


async def test_updates_and_handler_errors_are_counted(
    server: MetricsServer, chat: Chat, harness: Harness
) -> None:
    before = await scrape(server.port)
    await chat.send("/help")
    middle = await scrape(server.port)
    assert middle["letin_updates_handled_total"] - before["letin_updates_handled_total"] == 1

    async def broken(update: object, context: object) -> None:
        raise RuntimeError("boom")

    # A handler that raises reaches the one error handler, which counts it.
    harness.app.add_handler(CommandHandler("boom", broken), group=GROUP_GUARD + 1)
    await chat.send("/boom")
    after = await scrape(server.port)
    assert after["letin_handler_errors_total"] - middle["letin_handler_errors_total"] == 1


async def test_healthz_is_ok_when_the_database_answers(server: MetricsServer) -> None:
    assert await get(server.port, "/healthz") == (200, "ok")


async def test_healthz_asks_the_database_once_for_requests_close_together(db: Database) -> None:
    now = [100.0]
    running = MetricsServer(db, "127.0.0.1", 0, clock=lambda: now[0])
    await running.start()
    try:
        answers = await asyncio.gather(*(get(running.port, "/healthz") for _ in range(20)))
        assert answers == [(200, "ok")] * 20
        assert running.health_checks == 1
        now[0] += 2.5  # past the cache: the next request asks again
        assert await get(running.port, "/healthz") == (200, "ok")
        assert running.health_checks == 2
    finally:
        await running.stop()


async def test_healthz_is_503_when_the_database_cannot_be_reached() -> None:
    unreachable = Database.from_url(f"postgresql+asyncpg://letin:x@127.0.0.1:{free_port()}/letin")
    running = MetricsServer(unreachable, "127.0.0.1", 0)
    await running.start()
    try:
        status, _ = await get(running.port, "/healthz")
        assert status == 503
    finally:
        await running.stop()
        await unreachable.dispose()


async def test_the_run_command_serves_metrics_while_the_bot_runs(
    monkeypatch: pytest.MonkeyPatch, harness: Harness
) -> None:
    port = free_port()
    monkeypatch.setenv("METRICS_LISTEN", "127.0.0.1")
    monkeypatch.setenv("METRICS_PORT", str(port))
    settings = load_settings(env_file=None)
    await harness.stop()
    harness.app = e2e._build(harness.api, harness.database_url, harness.clock, harness.content)
    cli.serve_metrics_during(harness.app, cli.metrics_server(settings, harness.app))
    await harness.start()
    assert await get(port, "/healthz") == (200, "ok")
    await harness.stop()
    with pytest.raises(aiohttp.ClientConnectionError):
        await get(port, "/healthz")


async def test_metrics_port_zero_turns_the_server_off(
    monkeypatch: pytest.MonkeyPatch, harness: Harness
) -> None:
    monkeypatch.setenv("METRICS_PORT", "0")
    assert cli.metrics_server(load_settings(env_file=None), harness.app) is None


async def test_a_busy_metrics_port_is_logged_and_does_not_stop_the_process(
    server: MetricsServer, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    second = MetricsServer(db, "127.0.0.1", server.port)
    await second.start_or_warn()
    assert "Metrics and health not served: cannot listen on 127.0.0.1" in caplog.text
    await second.stop()  # nothing to stop, and no error
    assert (await get(server.port, "/healthz"))[0] == 200
