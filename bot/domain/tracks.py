"""The three daily tracks: stable ids used in data, commands and content."""

from __future__ import annotations

from datetime import time
from enum import StrEnum


class Track(StrEnum):
    """A daily practice track; the value is stored in the database and named in content."""

    SELF_COMPASSION = "self_compassion"
    VALUED_TRAITS = "valued_traits"
    CONFLICT_REVIEW = "conflict_review"
    # For someone whose partner, friend or family member pulls away (bot/domain/closeness.py):
    # on only for those who say so, in the evening.
    SUPPORTING_SOMEONE = "supporting_someone"


TRACKS: tuple[Track, ...] = tuple(Track)
# The three tracks every user starts with (the presets); the fourth is added by choice.
DAILY_TRACKS: tuple[Track, ...] = (
    Track.SELF_COMPASSION,
    Track.VALUED_TRAITS,
    Track.CONFLICT_REVIEW,
)
TRACK_IDS = frozenset(t.value for t in TRACKS)

# The weekly summary rides on the same schedules and deliveries as the prompts.
SUMMARY = "weekly_summary"
SUMMARY_DEFAULT_WEEKDAY = 6  # Sunday
SUMMARY_DEFAULT_TIME = time(19, 0)
SUMMARY_TIMES: tuple[time, ...] = (time(9, 0), time(12, 0), time(18, 0), time(19, 0), time(21, 0))

# The month's summary, on the evening of the first day of the next month (at the weekly
# summary's time): a delivery like the follow-up, planned one month ahead at a time.
MONTHLY = "monthly_summary"

# A question about a review's next step, a day or three later (bot/domain/followup.py): a
# delivery like the summary, never a prompt that replies are filed under.
FOLLOW_UP = "follow_up"

# Short forms people may type after a command ("/time 08:00 self").
_ALIASES: dict[str, Track] = {
    "self_compassion": Track.SELF_COMPASSION,
    "self-compassion": Track.SELF_COMPASSION,
    "selfcompassion": Track.SELF_COMPASSION,
    "self": Track.SELF_COMPASSION,
    "sc": Track.SELF_COMPASSION,
    "compassion": Track.SELF_COMPASSION,
    "valued_traits": Track.VALUED_TRAITS,
    "valued-traits": Track.VALUED_TRAITS,
    "valued": Track.VALUED_TRAITS,
    "values": Track.VALUED_TRAITS,
    "traits": Track.VALUED_TRAITS,
    "vt": Track.VALUED_TRAITS,
    "conflict_review": Track.CONFLICT_REVIEW,
    "conflict-review": Track.CONFLICT_REVIEW,
    "conflict": Track.CONFLICT_REVIEW,
    "conflicts": Track.CONFLICT_REVIEW,
    "review": Track.CONFLICT_REVIEW,
    "cr": Track.CONFLICT_REVIEW,
    "supporting_someone": Track.SUPPORTING_SOMEONE,
    "supporting-someone": Track.SUPPORTING_SOMEONE,
    "supporting": Track.SUPPORTING_SOMEONE,
    "support": Track.SUPPORTING_SOMEONE,
    "ss": Track.SUPPORTING_SOMEONE,
    # The same tracks in the words of the other content locales (their /help names them).
    "доброта": Track.SELF_COMPASSION,
    "ценности": Track.VALUED_TRAITS,
    "конфликт": Track.CONFLICT_REVIEW,
    "конфликты": Track.CONFLICT_REVIEW,
    "поддержка": Track.SUPPORTING_SOMEONE,
    "amabilidad": Track.SELF_COMPASSION,
    "valores": Track.VALUED_TRAITS,
    "conflicto": Track.CONFLICT_REVIEW,
    "conflictos": Track.CONFLICT_REVIEW,
    "apoyo": Track.SUPPORTING_SOMEONE,
}


def parse_track(text: str) -> Track | None:
    """Return the track a typed word names, or None."""
    return _ALIASES.get(text.strip().lower())


# Time presets offered in onboarding: a morning prompt to be kind to yourself, the others
# in the evening when the day's contacts and frictions have happened.
MORNING = time(8, 30)
EVENING = time(20, 30)

PRESETS: dict[str, dict[Track, time]] = {
    "split": {
        Track.SELF_COMPASSION: MORNING,
        Track.VALUED_TRAITS: EVENING,
        Track.CONFLICT_REVIEW: EVENING,
    },
    "morning": dict.fromkeys(DAILY_TRACKS, MORNING),
    "evening": dict.fromkeys(DAILY_TRACKS, EVENING),
}

# Times offered as buttons when changing one track's time in /settings.
TIME_CHOICES: tuple[time, ...] = (
    time(7, 0),
    time(8, 30),
    time(12, 30),
    time(18, 0),
    time(20, 30),
    time(22, 0),
)
