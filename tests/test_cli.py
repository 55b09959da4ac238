"""The command line: the sandbox is usable by piping a conversation into it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_sandbox_walks_a_newcomer_through_onboarding(tmp_path: Path) -> None:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=env,
        # /start, "1" presses "I agree", the city, "1" presses the recommended times.
        input="/start\n1\nLisbon\n1\n/settings\n:quit\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.splitlines()[0].startswith("No TELEGRAM_BOT_TOKEN set: starting the sandbox")
    assert "Hi Ada" in out
    assert "[1] Morning 08:30 + evening 20:30" in out
    assert "You're all set" in out and "Europe/Lisbon" in out
    assert "Your settings" in out
    assert (tmp_path / "data" / "sandbox.sqlite3").exists()
    assert "Traceback" not in result.stderr
