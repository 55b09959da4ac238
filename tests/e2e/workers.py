"""Real bot processes for the end-to-end tests: `python -m bot ...` against the fake Bot API.

The fake server listens on 127.0.0.1, so a subprocess reaches it through its `base_url`, as a
real deployment reaches a local Bot API server through TELEGRAM_API_BASE_URL.
"""

from __future__ import annotations

import asyncio
import base64
import os
import sys
from pathlib import Path

from bot.sandbox.fake_api import FakeBotApi
from tests.conftest import TEST_KEY

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"
# The key the test process has installed, so both sides read and write the same way.
ENCRYPTION_KEY = base64.urlsafe_b64encode(TEST_KEY).decode()


PROJECT = Path(__file__).resolve().parents[2]


def worker_env(api: FakeBotApi, url: str, cwd: Path, **settings: str) -> dict[str, str]:
    """The environment of a bot process on this fake server and database (plus `settings`)."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        # The code under test, whichever checkout the installed package points to.
        "PYTHONPATH": str(PROJECT),
        "HOME": str(cwd),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "DATABASE_URL": url,
        "LETIN_ENCRYPTION_KEY": ENCRYPTION_KEY,
        "TICK_SECONDS": "0.5",
        "METRICS_PORT": "0",
        "LOG_LEVEL": "INFO",
    }
    env.update(settings)
    return env


async def start_worker(
    api: FakeBotApi, url: str, cwd: Path, command: str = "worker", **settings: str
) -> asyncio.subprocess.Process:
    """Start `python -m bot <command>`; its output is piped (read it, or keep it short)."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        command,
        cwd=cwd,
        env=worker_env(api, url, cwd, **settings),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


# A launcher that imports the bot once (the slow part of starting a process: about a second
# and a half) and then forks a fresh worker on request, as a pre-forking server does. Each
# child runs exactly what `python -m bot <command>` runs, as its own OS process, with its own
# log; killing it is killing a worker. Protocol, one line each way: "fork <log>" -> "<pid>",
# "wait <pid>" -> "<exit code>" (negative: the signal). End of input: the launcher exits.
_LAUNCHER = """\
import os, sys, traceback
import bot.cli
import bot.db.migrate

command = sys.argv[1]
for line in sys.stdin:
    verb, arg = line.split(maxsplit=1)
    if verb == "fork":
        pid = os.fork()
        if pid == 0:
            log = os.open(arg.strip(), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
            os.dup2(log, 1)
            os.dup2(log, 2)
            try:
                code = bot.cli.main([command])
            except BaseException:
                traceback.print_exc()
                code = 1
            sys.stderr.flush()
            os._exit(code if isinstance(code, int) else 1)
        print(pid, flush=True)
    elif verb == "wait":
        _, status = os.waitpid(int(arg), 0)
        print(os.waitstatus_to_exitcode(status), flush=True)
"""


class Launcher:
    """Starts worker processes in milliseconds (see _LAUNCHER); kill them by pid."""

    def __init__(self, process: asyncio.subprocess.Process, logs: Path) -> None:
        self._process = process
        self._logs = logs
        self._count = 0
        self._lock = asyncio.Lock()

    async def _ask(self, line: str) -> int:
        assert self._process.stdin is not None and self._process.stdout is not None
        async with self._lock:
            self._process.stdin.write(line.encode() + b"\n")
            answer = await asyncio.wait_for(self._process.stdout.readline(), 60)
        if not answer:
            raise RuntimeError(f"the launcher died: {self.log_tail(self._logs / 'launcher.log')}")
        return int(answer)

    async def start(self) -> tuple[int, Path]:
        """Start a worker; return its pid and its log file."""
        self._count += 1
        log = self._logs / f"worker-{self._count}.log"
        return await self._ask(f"fork {log}"), log

    async def wait(self, pid: int) -> int:
        """Wait for a worker to end; return its exit code (-9 after SIGKILL)."""
        return await self._ask(f"wait {pid}")

    async def close(self) -> None:
        """Stop the launcher (its workers must have ended)."""
        assert self._process.stdin is not None
        self._process.stdin.close()
        await asyncio.wait_for(self._process.wait(), 15)

    @staticmethod
    def log_tail(log: Path, lines: int = 20) -> str:
        """The end of a log, for a failure message."""
        try:
            return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


async def launcher(
    api: FakeBotApi, url: str, cwd: Path, command: str = "worker", **settings: str
) -> Launcher:
    """A launcher of `python -m bot <command>` processes on this server and database."""
    with (cwd / "launcher.log").open("wb") as output:  # the child keeps its own descriptor
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            _LAUNCHER,
            command,
            cwd=cwd,
            env=worker_env(api, url, cwd, **settings),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=output,
        )
    return Launcher(process, cwd)
