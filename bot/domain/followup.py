"""When to ask how a review's next step went, and what counts as a step.

A review that ends with a next step (a step tag other than "not sure"/"nothing yet", or
typed words) gets one follow-up question, at the user's evening time, FOLLOW_UP_DAYS after
the review's day: two days later if that evening is free, else three, else the next day
(one follow-up a day at most; a fourth review in three days gets none). The evening time is
the conflict track's time when it is on (it is the evening track), else the latest prompt
time from 17:00 on, else DEFAULT_EVENING.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.domain.schedule import local_instant
from bot.domain.tracks import Track

FOLLOW_UP_DAYS = (2, 3, 1)
DEFAULT_EVENING = time(20, 30)
EVENING_FROM = time(17, 0)
# Step tags that plan nothing.
NO_STEP = frozenset({"not_sure", "nothing_yet"})


class Outcome(StrEnum):
    """The answers to "how did it go?", as stored in the review's data."""

    DID_IT = "did_it"
    NOT_YET = "not_yet"
    CHANGED_MIND = "changed_mind"
    SKIPPED = "skipped"


def planned_steps(data: Mapping[str, object]) -> list[str]:
    """The review's next steps: tag ids, then typed words (marked with a leading "=")."""
    tags = data.get("next")
    found = [str(t) for t in tags if t not in NO_STEP] if isinstance(tags, list) else []
    typed = data.get("next_text")
    if isinstance(typed, str) and typed.strip():
        found.append("=" + typed.strip())
    return found


def evening(times: Mapping[Track, time]) -> time:
    """The user's evening time from their enabled tracks' times."""
    if Track.CONFLICT_REVIEW in times:
        return times[Track.CONFLICT_REVIEW]
    late = [at for at in times.values() if at >= EVENING_FROM]
    return max(late) if late else DEFAULT_EVENING


def choose_day(review_day: date, taken: Iterable[date]) -> date | None:
    """The day to ask on: the first of FOLLOW_UP_DAYS after the review that is not taken."""
    busy = set(taken)
    for offset in FOLLOW_UP_DAYS:
        day = review_day + timedelta(days=offset)
        if day not in busy:
            return day
    return None


def due_at(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The instant of that local day and time (through DST changes, as prompts are)."""
    return local_instant(day, at, zone)
