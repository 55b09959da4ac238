"""Fuzzing the whole bot: thousands of generated updates through the real handler stack.

A real PTB Application long-polls the fake Bot API server over HTTP, on a migrated SQLite or
PostgreSQL database (like every e2e test), with the rate limiter off: the fuzz is about
correctness, not pacing. Hypothesis generates *batches* of 35 to 55 user actions; each batch is
turned into Telegram updates against the chats as they are (the buttons on screen, the user's
own messages, callback data seen so far), enqueued at once, and followed by a sentinel message in
every chat it touched. The bot handles one chat's updates in order (different chats side by
side), and a spy handler in group -1000 swallows each sentinel: once all are reached, the batch
has been handled completely. After a batch the fake clock may move and the delivery tick may run,
so prompts and weekly summaries arrive in between and later batches answer them.

What is generated, for five users (one never sends /start) and one victim who never acts:
text (plain, answers the bot may be waiting for, 3,000 to 5,200 characters, RTL, ZWJ emoji
sequences, zero-width characters, combining marks, HTML-like text, unpaired surrogates), known
and unknown commands with junk, numeric and huge arguments, replies to bot messages, edits of
earlier messages, forwarded messages (user, hidden user, channel and chat origins), photos, voice,
video notes, stickers, documents, audio, video, animations, locations, venues, contacts, polls,
dice, presses of the buttons on screen, presses of stale, junk, oversized (> 64 bytes) and
real-looking callback data (ids that do not exist, exceed 32 bits or belong to another user), and
blocking and unblocking the bot (my_chat_member updates).

Unpaired surrogates: Telegram's JSON can carry an escape such as "\ud800" that is not part of a
pair. Here they are Python strings holding the lone code point; the fake server answers getUpdates
with aiohttp's ``json_response`` (``json.dumps`` with ``ensure_ascii=True``), which writes exactly
that escape, and PTB's ``json.loads`` turns it back into a lone surrogate.

Every batch checks that no exception reached the error handler, that each chat's updates were
processed exactly once and in order, that every message got an answer and every button press
exactly one answerCallbackQuery, and that nothing said the generic error text. Then the database
is checked (after every batch, so that a later /delete cannot hide anything): the victim's rows
are unchanged, nobody who never reached /start has a row, rows refer only to rows of their own
user, stored words come only from that user's own typing (never from media), nothing is kept
before consent, delivery rows and prompt sends are not duplicated, and the blocked status follows
the last my_chat_member event (or a prompt refused with 403).

How many: ``MIN_UPDATES`` delivered updates per database run; batches after that are left idle.
Locally 5,000 per run, so 10,000 across the two runs ([sqlite] and [postgresql]) in about 90
seconds on 2 cores; in CI (``CI=true``, as `.ci/run` sets it) the long variant, 10,000 per run.

Hypothesis runs in a worker thread (``asyncio.to_thread``) and hands each batch to the running
event loop (``run_coroutine_threadsafe``), so the bot keeps polling between examples and the
final checks run after the last one. State carries over from batch to batch, as in a real bot,
so there is no shrinking (each step would replay a batch on a later state, minutes per failure):
a failure reports the falsifying batch, its actions and its update ids with their kinds and
users, and generation is derandomized, so the same batches come again in the next run. The
inputs behind the bugs this fuzz found run first, as an explicit example (``REGRESSIONS``).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator

import pytest
from hypothesis import HealthCheck, Phase, example, given, note, settings
from prometheus_client import REGISTRY
from telegram import Update
from telegram.ext import TypeHandler

from bot.app import GROUP_CHATS, GROUP_FEATURES
from bot.clock import FakeClock
from bot.content import Content
from bot.db.models import Reflection, User
from bot.delivery.ratelimit import Limiter
from bot.sandbox.fake_api import FakeBotApi
from tests.e2e.fuzz.actions import (
    ANSWERED,
    BATCH,
    BATCHES,
    DEEP_HANDLERS,
    MIN_UPDATES,
    PRESSES,
    REGRESSIONS,
    SETTLE_SECONDS,
    VICTIM,
    Batch,
)
from tests.e2e.fuzz.database import check_database, snapshot, table_rows
from tests.e2e.fuzz.driver import Driver
from tests.e2e.fuzz.observer import Observer
from tests.harness import Harness, running


@pytest.fixture
async def fuzz_bot(
    fake_api: FakeBotApi, migrated_url: str, clock: FakeClock, content: Content
) -> AsyncIterator[Harness]:
    """The real Application on the fake server, without any rate limit (only pacing differs)."""
    no_limit = Limiter(overall_rate=0, per_chat_rate=0)
    async with running(fake_api, migrated_url, clock, content, limiter=no_limit) as bot:
        yield bot


def _metric(name: str) -> float:
    value = REGISTRY.get_sample_value(name)
    assert value is not None, f"no metric {name}"
    return value


def _explore(driver: Driver, loop: asyncio.AbstractEventLoop) -> None:
    """Run Hypothesis (in this worker thread); each batch runs on the bot's event loop."""
    failure: list[tuple[BaseException, str]] = []  # the first failure and its batch's updates

    @settings(
        max_examples=BATCHES,
        deadline=None,
        derandomize=True,
        database=None,
        print_blob=False,
        report_multiple_bugs=False,
        # No shrinking: each step would replay a batch on a live bot (minutes per failure).
        phases=(Phase.explicit, Phase.generate),
        suppress_health_check=list(HealthCheck),
    )
    @given(batch=BATCH)
    @example(batch=REGRESSIONS)
    def fuzz(batch: Batch) -> None:
        if failure:
            # Hypothesis runs the failing example again to report it; on a live bot that
            # would be another run, so the first failure is what is reported.
            error, updates = failure[0]
            note(updates)
            raise error
        if len(driver.sent) - driver.setup_updates >= MIN_UPDATES:
            return  # the run's budget is spent: later examples send nothing
        first = len(driver.sent)
        future = asyncio.run_coroutine_threadsafe(driver.run_batch(batch), loop)
        try:
            future.result(timeout=SETTLE_SECONDS * 2)
        except BaseException as exc:
            failure.append((exc, f"updates (id=kind@user): {driver.updates_since(first)}"))
            raise
        finally:
            future.cancel()
        note(f"updates (id=kind@user): {driver.updates_since(first)}")

    fuzz()


async def test_generated_updates_never_reach_the_error_handler_or_store_wrongly(
    fuzz_bot: Harness,
) -> None:
    api, app = fuzz_bot.api, fuzz_bot.app
    routes = [*app.handlers[GROUP_CHATS], *app.handlers[GROUP_FEATURES]]
    obs = Observer(api=api, routes=routes)
    app.add_handler(TypeHandler(Update, obs.spy), group=-1000)
    app.add_error_handler(obs.on_error)
    unsubscribe = api.subscribe(obs.on_call)
    errors_before = _metric("letin_handler_errors_total")
    driver = Driver(harness=fuzz_bot, obs=obs, users={})
    try:
        await driver.set_up()
        driver.victim = victim = await snapshot(fuzz_bot, VICTIM)
        [vera] = await table_rows(fuzz_bot, User, VICTIM)
        assert (vera.status, vera.paused_until) == ("paused", None)  # no prompts: rows stay put
        assert vera.awaiting is not None and vera.awaiting.startswith("review:")
        assert len(victim["reflections"]) >= 3 and len(victim["people"]) == 1
        loop = asyncio.get_running_loop()
        started = loop.time()
        driver.setup_updates = setup_updates = len(driver.sent)
        await asyncio.to_thread(_explore, driver, loop)
        elapsed = loop.time() - started
        await check_database(driver)
    finally:
        unsubscribe()

    fuzzed = driver.sent[setup_updates:]
    kinds = Counter(s.kind for s in fuzzed)
    print(  # noqa: T201 - the size of the run, shown with -s
        f"\n{len(fuzzed)} updates in {driver.batches} batches, {elapsed:.1f}s "
        f"({len(fuzzed) / elapsed:.0f}/s): {dict(sorted(kinds.items()))}\n"
        f"handlers: {dict(sorted(obs.dispatched.items()))}\n"
        f"reflections: {Counter((r.kind, r.status) for r in await table_rows(fuzz_bot, Reflection))}"  # noqa: E501
    )
    assert obs.errors == []
    assert _metric("letin_handler_errors_total") == errors_before
    assert len(fuzzed) >= MIN_UPDATES
    # The run reached deep states, not only the entry points.
    assert set(kinds) >= ANSWERED | PRESSES | {"edit", "block", "unblock"}
    assert set(obs.dispatched) >= DEEP_HANDLERS, DEEP_HANDLERS - set(obs.dispatched)
    assert driver.kinds_kept >= {"entry", "note", "review"}
    assert len(driver.tick_prompts) > 0
