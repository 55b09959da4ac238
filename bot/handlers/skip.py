"""/skip [track]: no prompt today for a track (or all of them); tomorrow comes as usual."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import Update

from bot.context import BotApplication, BotContext
from bot.domain.tracks import Track, parse_track
from bot.handlers.common import MAX_ARGUMENT_CHARS, command, turn
from bot.store import accounts, deliveries


async def skip_command(update: Update, context: BotContext) -> None:
    """Record today's prompt of a track (or every enabled track) as skipped."""
    now = context.services.clock.now()
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        words = " ".join(context.args or []).strip()
        if words:
            track = parse_track(words) if len(words) <= MAX_ARGUMENT_CHARS else None
            if track is None:
                t.send(t.texts("general.unknown_track", text=words[:40], example="/skip conflict"))
                return
            targets = [track]
        else:
            targets = [Track(s.track) for s in accounts.prompt_schedules(user) if s.enabled]
        assert user.timezone is not None  # registered(onboarded=True) checked it
        today = now.astimezone(ZoneInfo(user.timezone)).date()
        skipped = [
            track
            for track in targets
            if await deliveries.skip_day(
                t.session, user_id=user.id, track=track.value, local_date=today, now=now
            )
        ]
        if skipped:
            names = ", ".join(t.texts.raw(f"track.{track.value}") for track in skipped)
            t.send(t.texts("skip.done", tracks=names))
        else:
            t.send(t.texts.raw("skip.nothing"))


def register(app: BotApplication, group: int) -> None:
    """Add /skip."""
    app.add_handler(command("skip", skip_command), group=group)
