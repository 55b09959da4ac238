"""Per-user limits on the heavy answers: a chart, an export, the one-page PDF.

A summary renders a chart and an export collects and writes everything a user ever wrote;
each costs tens to hundreds of milliseconds of database and CPU time. Nothing should let one
person ask for them many times a second (a held-down button, a script). One chat's updates
already run one after another (bot.transport.updates), so this only has to count: at most
`LIMITS[kind]` of a kind per user in a sliding window, by the injected clock. The bot process
is the only one receiving updates, so memory is the right place; it holds only the last
window's times.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta

# kind -> (how many, within how long)
LIMITS: dict[str, tuple[int, timedelta]] = {
    "summary": (6, timedelta(minutes=1)),
    "export": (2, timedelta(minutes=10)),
    "onepage": (3, timedelta(minutes=10)),
}


class Throttle:
    """Sliding-window counts of heavy answers per user and kind."""

    def __init__(self, limits: dict[str, tuple[int, timedelta]] = LIMITS) -> None:
        self._limits = limits
        self._times: dict[tuple[int, str], deque[datetime]] = {}
        self._prune_at = 1024

    def allow(self, user_id: int, kind: str, now: datetime) -> timedelta | None:
        """Count one more of a kind; None if allowed, else how long until the next one is."""
        most, window = self._limits[kind]
        key = (user_id, kind)
        times = self._times.setdefault(key, deque())
        while times and now - times[0] >= window:
            times.popleft()
        if len(times) >= most:
            return times[0] + window - now
        times.append(now)
        self._forget_idle(now)
        return None

    def _forget_idle(self, now: datetime) -> None:
        # Keep memory to the users of the last window: drop keys whose newest time is old,
        # each time the table has doubled, not on every call.
        if len(self._times) < self._prune_at:
            return
        longest = max(window for _, window in self._limits.values())
        for key in [k for k, v in self._times.items() if not v or now - v[-1] >= longest]:
            del self._times[key]
        self._prune_at = max(1024, 2 * len(self._times))
