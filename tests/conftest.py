"""Fixtures shared by every test: a clock, migrated databases (SQLite and PostgreSQL), content,
and a running bot with a user's chat (tests/harness.py).

Every test that uses `database_url`, `migrated_url` or `db` runs twice: on a fresh SQLite file
(`[sqlite]`) and on a fresh PostgreSQL database (`[postgresql]`, see devsupport/pg.py). Without a
PostgreSQL server the second run is skipped with the reason, unless `CI=true`: then it fails.
The pytest header says where the PostgreSQL tests will run; the summary says how many did.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest

from bot import crypto
from bot.clock import FakeClock
from bot.content import Content, load_content
from bot.db import migrate
from bot.db.engine import Database
from bot.sandbox.fake_api import FakeBotApi
from devsupport import pg

# The running bot on the fake Bot API server, and a user's chat with it (tests/harness.py).
pytest_plugins = ("tests.harness",)

# A Sunday morning in late November: most zones are in standard time.
T0 = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


# One fixed encryption key for every test (start-up installs the configured key the same way).
TEST_KEY = bytes(range(32))


@pytest.fixture(scope="session", autouse=True)
def install_test_key() -> None:
    """Install the test key for the encrypted columns."""
    crypto.install(crypto.Keyring(TEST_KEY))


@pytest.fixture(autouse=True)
def root_logging_kept() -> Iterator[None]:
    """Undo what `cli.main` does to the root logger (its handler writes to a captured stream)."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    """A running fake Bot API server on wall-clock time (tests of HTTP and of the rate)."""
    server = FakeBotApi()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def clock() -> FakeClock:
    """A clock that moves only when the test says so."""
    return FakeClock(T0)


@pytest.fixture(scope="session")
def content() -> Content:
    """The shipped content, loaded once."""
    return load_content()


# Where the PostgreSQL tests ran (or why not) and how each of them ended, for the summary.
_postgres: dict[str, str] = {}
_postgres_outcomes: dict[str, str] = {}


def _reachable(url: str) -> None:
    """Connect once (in a thread: the caller may be inside a running event loop)."""

    async def connect() -> None:
        connection = await asyncpg.connect(pg.dsn(url), timeout=10)
        await connection.close()

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, connect()).result()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The admin URL of a PostgreSQL server for this session (see devsupport/pg.py)."""
    try:
        server = pg.Server.obtain()
    except Exception as exc:
        reason = f"no PostgreSQL server: {exc}"
        _postgres["problem"] = reason
        if pg.ci():
            pytest.fail(f"{reason} (CI=true: the PostgreSQL tests must run)", pytrace=False)
        pytest.skip(reason)
    try:
        try:
            _reachable(server.url)
        except Exception as exc:
            # A server that was named or started but does not answer is a fault, not a skip.
            _postgres["problem"] = f"cannot connect to {server.description}: {exc!r}"
            pytest.fail(_postgres["problem"], pytrace=False)
        _postgres["server"] = server.description
        yield server.url
    finally:
        server.close()


@pytest.fixture(
    params=[
        pytest.param(SQLITE, id=SQLITE),
        pytest.param(POSTGRESQL, id=POSTGRESQL, marks=pytest.mark.postgresql),
    ]
)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A fresh, empty database (not yet migrated): a SQLite file, or a PostgreSQL database."""
    if request.param == SQLITE:
        yield f"sqlite+aiosqlite:///{tmp_path / 'letin.sqlite3'}"
        return
    server_url: str = request.getfixturevalue("postgres_server")
    async with pg.fresh_database(server_url) as url:
        yield url


@pytest.fixture
async def migrated_url(database_url: str) -> str:
    """A fresh database, upgraded to the latest migration."""
    # Alembic's env.py runs its own event loop, so it runs in a worker thread.
    await asyncio.to_thread(migrate.upgrade, database_url)
    return database_url


@pytest.fixture
async def db(migrated_url: str) -> AsyncIterator[Database]:
    """A Database on a fresh, migrated database."""
    database = Database.from_url(migrated_url)
    yield database
    await database.dispose()


def pytest_report_header(config: pytest.Config) -> str:
    """Say where the PostgreSQL half of the suite will run, or why it will not."""
    line = f"postgresql: {pg.plan()}"
    if pg.ci():
        line += " (CI=true: a missing server fails the run)"
    return line


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Remember which tests are the PostgreSQL runs."""
    for item in items:
        if item.get_closest_marker(POSTGRESQL) is not None:
            _postgres_outcomes[item.nodeid] = "not run"


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Record how each PostgreSQL run ended."""
    if report.nodeid not in _postgres_outcomes:
        return
    if report.failed:
        _postgres_outcomes[report.nodeid] = "failed" if report.when == "call" else "error"
    elif report.skipped:
        _postgres_outcomes[report.nodeid] = "skipped"
    elif report.when == "call":
        _postgres_outcomes[report.nodeid] = "passed"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line: how many PostgreSQL runs there were, where they ran, how they ended."""
    if not _postgres_outcomes:
        return
    counts = Counter(_postgres_outcomes.values())
    ended = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
    total = len(_postgres_outcomes)
    if "server" in _postgres:
        where = f"ran on {_postgres['server']}"
    elif "problem" in _postgres:
        where = f"did not run ({_postgres['problem']})"
    else:
        where = "did not reach the database"
    terminalreporter.write_line(f"postgresql: {total} tests {where}: {ended}")
