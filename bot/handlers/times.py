"""When prompts come: /time HH:MM [track], and a typed time when one was asked for."""

from __future__ import annotations

from datetime import time

from telegram import Update

from bot.context import BotApplication, BotContext
from bot.domain import timeparse
from bot.domain.awaiting import Awaiting, Question
from bot.domain.tracks import Track, parse_track
from bot.handlers import onboarding, views
from bot.handlers.common import MAX_ARGUMENT_CHARS, Turn, command, turn
from bot.store import accounts


def split_time_and_track(words: list[str]) -> tuple[time | None, Track | None, str | None]:
    """Find a time and an optional track in command arguments, in either order.

    Returns (time, track, unknown_word): unknown_word is set when a word that is neither a time
    nor a track stands where the track would be.
    """
    whole = timeparse.parse_local_time(" ".join(words))
    if whole is not None:
        return whole, None, None
    for track_word, rest in ((words[-1], words[:-1]), (words[0], words[1:])):
        at = timeparse.parse_local_time(" ".join(rest)) if rest else None
        if at is not None:
            track = parse_track(track_word)
            return at, track, None if track else track_word
    return None, None, None


async def apply_time(context: BotContext, t: Turn, at: time, track: Track | None) -> None:
    """Save a time for one track or all enabled ones and confirm it."""
    assert t.user is not None
    now = context.services.clock.now()
    formatted = timeparse.format_local_time(at)
    if track is None:
        tracks = accounts.set_time_for_enabled(t.user, at, now)
        names = ", ".join(t.texts.raw(f"track.{tr.value}") for tr in tracks)
        confirmation = t.texts("time.set_all", tracks=names, time=formatted)
    else:
        accounts.set_times(t.user, {track: at}, now)
        name = t.texts.raw(f"track.{track.value}")
        confirmation = t.texts("time.set_one", track=name, time=formatted)
    t.user.awaiting = None
    if not accounts.is_onboarded(t.user):
        await onboarding.finish(t, now)
        return
    t.send(f"{confirmation}\n{await views.next_prompt_line(t.texts, t.session, t.user, now)}")


async def time_command(update: Update, context: BotContext) -> None:
    """/time HH:MM [track]."""
    async with turn(update, context) as t:
        user = t.registered()
        if user is None:
            return
        if user.timezone is None:
            t.send(t.texts.raw("timezone.need_first"))
            return
        words = [w for w in context.args or [] if w.strip()]
        if not words:
            t.send(t.texts.raw("time.missing"))
            return
        joined = " ".join(words)
        if len(joined) > MAX_ARGUMENT_CHARS:
            t.send(t.texts("time.invalid", text=joined[:20] + "…"))
            return
        at, track, unknown = split_time_and_track(words)
        if unknown is not None:
            t.send(
                t.texts("general.unknown_track", text=unknown[:40], example="/time 21:00 conflict")
            )
        elif at is None:
            t.send(t.texts("time.invalid", text=joined[:40]))
        else:
            await apply_time(context, t, at, track)


async def time_typed(context: BotContext, t: Turn, text: str) -> None:
    """A typed answer to "what time?"; `t.user.awaiting` says for which track."""
    assert t.user is not None
    waiting = Awaiting.decode(t.user.awaiting)
    assert waiting is not None and waiting.question is Question.TIME
    at = _typed_time(t, text)
    if at is not None:
        await apply_time(context, t, at, _asked_for(waiting))


def _typed_time(t: Turn, text: str) -> time | None:
    at = timeparse.parse_local_time(text) if len(text) <= MAX_ARGUMENT_CHARS else None
    if at is None:
        t.send(t.texts.raw("time.typed_invalid"))
    return at


def _asked_for(waiting: Awaiting) -> Track | None:
    """The track a time question is about (None: every enabled track)."""
    return None if waiting.argument == "all" else Track(waiting.argument)


def register(app: BotApplication, group: int) -> None:
    """Add the /time handler."""
    app.add_handler(command("time", time_command), group=group)
