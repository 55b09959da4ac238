"""Onboarded users with one prompt due, written straight into the tables in bulk.

For the load tests and the benchmarks, which need thousands of users faster than the
onboarding flow can make them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Schedule, User

EVERY_DAY = 0b1111111


async def insert_due_users(
    session: AsyncSession,
    due: Mapping[int, datetime],
    now: datetime,
    track: str = "self_compassion",
) -> None:
    """Users (chat id = user id, zone UTC) whose one track falls due at `due[user_id]`."""
    await session.execute(
        insert(User),
        [
            {
                "id": user_id,
                "chat_id": user_id,
                "timezone": "UTC",
                "locale": "en",
                "status": "active",
                "consented_at": now,
                "onboarded_at": now,
                "created_at": now,
                "updated_at": now,
            }
            for user_id in due
        ],
    )
    await session.execute(
        insert(Schedule),
        [
            {
                "user_id": user_id,
                "track": track,
                # Consistent rows: due at this local time of day, every day.
                "local_time": at.time().replace(microsecond=0),
                "weekdays": EVERY_DAY,
                "enabled": True,
                "next_due_at": at,
                "next_due_date": at.date(),
            }
            for user_id, at in due.items()
        ],
    )
