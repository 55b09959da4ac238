"""Which processes are sending right now: each takes an equal share of the global send rate."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import DeliveryProcess


async def heartbeat(
    session: AsyncSession, process_id: str, now: datetime, window: timedelta
) -> int:
    """Record that this process is alive; forget silent ones; return how many are alive."""
    row = await session.get(DeliveryProcess, process_id)
    if row is None:
        session.add(DeliveryProcess(id=process_id, heartbeat_at=now))
    else:
        row.heartbeat_at = now
    await session.execute(
        delete(DeliveryProcess)
        .where(DeliveryProcess.heartbeat_at < now - window)
        .execution_options(synchronize_session=False)
    )
    await session.flush()
    alive = await session.scalar(select(func.count()).select_from(DeliveryProcess))
    return max(1, int(alive or 0))


async def leave(session: AsyncSession, process_id: str) -> None:
    """Remove this process, so the others take over its share at once."""
    await session.execute(
        delete(DeliveryProcess)
        .where(DeliveryProcess.id == process_id)
        .execution_options(synchronize_session=False)
    )


async def last_heartbeat(
    session: AsyncSession, now: datetime, window: timedelta
) -> datetime | None:
    """When a process that sends (a bot or a worker) last said it was alive, if within window."""
    latest = await session.scalar(select(func.max(DeliveryProcess.heartbeat_at)))
    return latest if latest is not None and latest >= now - window else None
