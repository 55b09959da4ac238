"""The states and kinds a row can have, as stored (each matches its table's CHECK constraint).

They are `StrEnum`s: a member equals its stored string, so rows read back as plain strings
compare equal to them, and queries bind them as strings.
"""

from __future__ import annotations

from enum import StrEnum


class UserStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    BLOCKED = "blocked"  # the user blocked the bot; prompts stop until they /start again


class DeliveryStatus(StrEnum):
    QUEUED = "queued"  # claimed from the schedule, waiting to be sent
    SENDING = "sending"  # handed to Telegram; a crash here is the at-most-once window
    SENT = "sent"
    FAILED = "failed"  # gave up after retries
    BLOCKED = "blocked"  # the user blocked the bot or the chat is gone
    MISSED = "missed"  # fell due while the bot was down, longer ago than the grace period
    SKIPPED = "skipped"  # the user skipped that day (/skip) or had already answered


class DeliveryKind(StrEnum):
    SCHEDULED = "scheduled"
    ON_DEMAND = "on_demand"  # /prompt: one row per track and day, updated if asked again


class ReflectionKind(StrEnum):
    ENTRY = "entry"  # an answer to a prompt (or a note filed under a track)
    RATING = "rating"  # a 1-5 self-kindness rating alone
    REVIEW = "review"  # a conflict review, its steps in `data`
    CALM = "calm"  # "a calm day" on the conflict track
    NOTE = "note"  # a text kept outside any track
    DRAFT = "draft"  # words prepared with /talk to tell someone close (bot/flows/talk.py)


class ReflectionStatus(StrEnum):
    OPEN = "open"  # a review still under way
    DONE = "done"
