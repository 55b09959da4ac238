"""Who a user is here for, and who is close to them: so the prompts fit their life.

Onboarding (and /settings → About you) asks, skippably, which fits: "I tend to pull away"
(`Role.SELF`), "someone close to me pulls away" (`Role.OTHER`) or both; and who is close to
them now (partner, friends, family). Each prompt says whom it assumes (`assumes` in
content/<locale>/prompts/*.toml): a partner, a friend, family, or anyone. A prompt fits when
it assumes anyone or someone the user has; a user who has not said gets every prompt.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntFlag, StrEnum
from typing import Protocol


class Role(StrEnum):
    """Whose pulling away the user is working with (stored in `users.role`)."""

    SELF = "self"
    OTHER = "other"
    BOTH = "both"


class Close(IntFlag):
    """Who is close to the user now (stored as a bit mask in `users.close_ones`)."""

    PARTNER = 1
    FRIEND = 2
    FAMILY = 4


ANYONE = "anyone"
ASSUMES = frozenset({"partner", "friend", "family", ANYONE})
_BY_NAME = {"partner": Close.PARTNER, "friend": Close.FRIEND, "family": Close.FAMILY}


class Assuming(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def assumes(self) -> str: ...


def fits(assumes: str, close: int | None) -> bool:
    """Whether a prompt assuming `assumes` fits a user with these close ones (None: unsaid)."""
    if close is None or assumes == ANYONE:
        return True
    return bool(Close(close) & _BY_NAME[assumes])


def fitting_ids(prompts: Sequence[Assuming], close: int | None) -> list[str]:
    """The ids of the prompts that fit; all of them if none would (never an empty choice)."""
    fitting = [p.id for p in prompts if fits(p.assumes, close)]
    return fitting or [p.id for p in prompts]


def supports_someone(role: str | None) -> bool:
    """Whether the user said someone close to them pulls away (the fourth track is for them)."""
    return role in (Role.OTHER, Role.BOTH)
