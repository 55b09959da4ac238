"""rotate-key refuses while a bot or worker runs on the database, and works once it stopped."""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot import crypto
from tests.e2e.workers import ENCRYPTION_KEY, worker_env
from tests.harness import Chat, Harness
from tests.steps import reflections, set_up


async def rotate_key(harness: Harness, cwd: Path) -> tuple[int, str]:
    """Run `python -m bot rotate-key` to a new key, as an operator would."""
    env = worker_env(
        harness.api,
        harness.database_url,
        cwd,
        LETIN_ENCRYPTION_KEY=crypto.new_key(),
        LETIN_OLD_ENCRYPTION_KEYS=ENCRYPTION_KEY,
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "rotate-key",
        env=env,
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, err.decode()


async def test_rotate_key_refuses_while_the_bot_runs(
    chat: Chat, harness: Harness, tmp_path: Path
) -> None:
    # rotate-key runs as its own process with the system clock: the bot's clock must agree.
    harness.clock.set(datetime.now(UTC))
    await set_up(chat, harness)
    await chat.send("a note only I should read")
    await harness.tick()  # the running bot says it is alive
    code, err = await rotate_key(harness, tmp_path)
    assert code == 2
    assert "a bot or worker is running on this database" in err
    # Nothing was re-keyed under the running bot: it still reads the user's words.
    shown = await chat.send("/history")
    assert "a note only I should read" in shown["text"]
    assert [r.text for r in await reflections(harness)] == ["a note only I should read"]
    # Once the bot has stopped, the rotation runs.
    await harness.stop()
    code, err = await rotate_key(harness, tmp_path)
    assert code == 0, err
