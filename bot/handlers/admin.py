"""/stats for the operators listed in ADMIN_IDS: counts only, never anything anyone wrote."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from telegram import Update

from bot.context import BotApplication, BotContext
from bot.db.models import Delivery, Reflection, User
from bot.handlers.common import command, turn


async def stats_command(update: Update, context: BotContext) -> None:
    """Counts of users by status, reflections, and the last day's deliveries by outcome."""
    sender = update.effective_user
    services = context.services
    async with turn(update, context) as t:
        if sender is None or sender.id not in services.admin_ids:
            # To everyone else the command does not exist.
            t.send(t.texts.raw("general.unknown_command"))
            return
        since = services.clock.now() - timedelta(days=1)
        users = dict(
            (await t.session.execute(select(User.status, func.count()).group_by(User.status))).all()
        )
        reflections = await t.session.scalar(select(func.count()).select_from(Reflection))
        deliveries = dict(
            (
                await t.session.execute(
                    select(Delivery.status, func.count())
                    .where(Delivery.updated_at >= since)
                    .group_by(Delivery.status)
                )
            ).all()
        )
        t.send(
            t.texts(
                "admin.stats",
                active=users.get("active", 0),
                paused=users.get("paused", 0),
                blocked=users.get("blocked", 0),
                reflections=reflections or 0,
                sent=deliveries.get("sent", 0),
                failed=deliveries.get("failed", 0),
                missed=deliveries.get("missed", 0),
                queued=deliveries.get("queued", 0) + deliveries.get("sending", 0),
            )
        )


def register(app: BotApplication, group: int) -> None:
    """Add /stats."""
    app.add_handler(command("stats", stats_command), group=group)
