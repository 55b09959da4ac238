"""Parse the local times of day that people type, and format them back."""

from __future__ import annotations

import re
import unicodedata
from datetime import time

__all__ = ["MAX_INPUT_LENGTH", "format_local_time", "parse_local_time"]

# Anything longer is not a time of day; refusing it early keeps the regexes cheap.
MAX_INPUT_LENGTH = 20

# re.ASCII so that \s and the explicit [0-9] never accept other scripts' digits,
# which int() would otherwise happily convert.
_CLOCK = re.compile(
    r"(?P<hour>[0-9]{1,2})(?:[:.](?P<minute>[0-9]{2}))?\s*(?P<meridiem>[ap])?",
    re.ASCII,
)
# "0730": exactly four digits, 24-hour; "730" is refused because it reads equally
# well as 7:30 and 73:0, and three digits are more often a typo than a time.
_COMPACT = re.compile(r"(?P<hour>[0-9]{2})(?P<minute>[0-9]{2})", re.ASCII)
# "am", "a.m.", "a.m", "pm", ... reduced to the first letter before matching.
_MERIDIEM = re.compile(r"([ap])\.?\s*m\.?$", re.ASCII)


def parse_local_time(text: str) -> time | None:
    """Return the wall-clock time in `text`, or None if it is not a valid time of day."""
    if len(text) > MAX_INPUT_LENGTH:
        return None
    # NFKC turns full-width digits and colons ("７：３０") into ASCII.
    normalized = unicodedata.normalize("NFKC", text).strip().lower()
    if not normalized:
        return None
    compact = _COMPACT.fullmatch(normalized)
    if compact is not None:
        return _make_time(int(compact["hour"]), int(compact["minute"]))
    normalized = _MERIDIEM.sub(r"\1", normalized)
    clock = _CLOCK.fullmatch(normalized)
    if clock is None:
        return None
    hour = int(clock["hour"])
    minute = int(clock["minute"]) if clock["minute"] is not None else 0
    meridiem = clock["meridiem"]
    if meridiem is None:
        return _make_time(hour, minute)
    if not 1 <= hour <= 12:
        return None
    # 12am is midnight and 12pm is noon: the 12 wraps to 0 before adding the half-day.
    hour %= 12
    if meridiem == "p":
        hour += 12
    return _make_time(hour, minute)


def format_local_time(t: time) -> str:
    """Format `t` as a zero-padded 24-hour "HH:MM"."""
    return f"{t.hour:02d}:{t.minute:02d}"


def _make_time(hour: int, minute: int) -> time | None:
    if 0 <= hour <= 23 and 0 <= minute <= 59:
        return time(hour, minute)
    return None
