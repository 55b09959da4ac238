"""The set-up steps that /start, /settings, /time, /timezone and typed answers share: asking
for the timezone, consent and times, saving a time or a zone, and finishing set-up.

A shared helper of the handlers (like `common` and `views`): it imports no feature handler.
"""

from __future__ import annotations

import asyncio
import secrets
from datetime import datetime, time, timedelta
from typing import Literal

from telegram import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove

from bot import places
from bot.content import Html
from bot.domain import timeparse
from bot.domain.awaiting import Awaiting, Question
from bot.domain.closeness import Close
from bot.domain.tracks import TRACKS, Track, parse_track
from bot.flows import Context
from bot.flows import settings as rules
from bot.handlers import views
from bot.handlers.common import MAX_ARGUMENT_CHARS, Turn
from bot.store import accounts, deliveries
from bot.transport.buttons import (
    AboutClose,
    AboutRole,
    Consent,
    Keyboard,
    Preset,
    PromptNow,
    TypeTime,
    ZoneChoice,
    keyboard,
)


def ask_timezone(t: Turn, key: str = "onboarding.ask_timezone") -> None:
    """Ask for the timezone, with a button that shares the location."""
    assert t.user is not None
    t.user.awaiting = Awaiting(Question.TIMEZONE).encode()
    markup = ReplyKeyboardMarkup(
        [[KeyboardButton(t.texts.raw("onboarding.share_location_button"), request_location=True)]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    t.send(t.texts(key), markup)


ROLES: tuple[Literal["self", "other", "both"], ...] = ("self", "other", "both")
CLOSE: tuple[Literal["partner", "friend", "family"], ...] = ("partner", "friend", "family")


def ask_about_you(t: Turn, *, edit: bool = False) -> None:
    """The optional question that makes the prompts fit: whose pulling away, and (next) who
    is close (bot/domain/closeness.py)."""
    rows = [[AboutRole(role).button(t.texts.raw(f"about.role_{role}"))] for role in ROLES]
    rows.append([AboutRole("skip").button(t.texts.raw("about.skip"))])
    if edit:
        t.edit(t.texts("about.ask_role"), keyboard(rows))
    else:
        t.send(t.texts("about.ask_role"), keyboard(rows))


def close_ones_keyboard(t: Turn) -> Keyboard:
    """Who is close, ticked as the user said so far, and Done."""
    assert t.user is not None
    mask = t.user.close_ones or 0
    rows = []
    for who in CLOSE:
        ticked = bool(mask & Close[who.upper()])
        label = t.texts.raw(f"about.close_{who}")
        rows.append([AboutClose(who).button(f"✅ {label}" if ticked else f"▫️ {label}")])
    rows.append([AboutClose("done").button(t.texts.raw("about.done_button"))])
    return keyboard(rows)


def ask_consent(t: Turn) -> None:
    """Explain what is stored and who can read it; ask for an explicit okay."""
    markup = keyboard(
        [
            [
                Consent("yes").button(t.texts.raw("onboarding.consent_yes")),
                Consent("no").button(t.texts.raw("onboarding.consent_no")),
            ]
        ]
    )
    t.send(t.texts.raw("onboarding.consent"), markup)


def ask_times(t: Turn) -> None:
    """Offer the time presets for the daily prompts."""
    assert t.user is not None
    t.user.awaiting = None
    markup = keyboard(
        [
            [Preset("split").button(t.texts.raw("onboarding.preset_split"))],
            [
                Preset("morning").button(t.texts.raw("onboarding.preset_morning")),
                Preset("evening").button(t.texts.raw("onboarding.preset_evening")),
            ],
            [TypeTime().button(t.texts.raw("onboarding.preset_type"))],
        ]
    )
    t.send(t.texts("onboarding.ask_times"), markup)


# With the first prompt further away than this, onboarding offers one right away.
OFFER_NOW_AFTER = timedelta(hours=1)


async def finish(t: Turn, now: datetime, *, edit_message: bool = False) -> None:
    """Finish onboarding and show the plan; offer a prompt now if the first one is far off."""
    user = t.user
    assert user is not None
    accounts.finish_onboarding(user, now)
    await deliveries.plan_monthly(t.session, user, now)
    due = await accounts.next_prompt_at(t.session, user)
    text = t.texts(
        "onboarding.done",
        plan=views.plan(t.texts, user, now),
        next=views.next_prompt_text(t.texts, user, now, due),
    )
    markup = None
    tracks = [tr for tr in TRACKS if (row := accounts.schedule_for(user, tr)) and row.enabled]
    if tracks and (due is None or due - now > OFFER_NOW_AFTER):
        # One button per track for a prompt right now (bot/handlers/prompt.py answers them).
        text = Html(f"{text}\n{t.texts('onboarding.offer_now')}")
        rows = [[PromptNow(tr).button(t.texts.raw(f"track.{tr.value}"))] for tr in tracks]
        markup = keyboard(rows)
    if edit_message:
        t.edit(text, markup)
    else:
        t.send(text, markup)


async def continue_after_timezone(t: Turn, now: datetime) -> None:
    """After a timezone is chosen: the next onboarding step, or the updated plan."""
    assert t.user is not None
    if accounts.is_onboarded(t.user):
        t.user.awaiting = None
        t.send(await views.next_prompt_line(t.texts, t.session, t.user, now))
    elif not t.user.schedules:
        ask_times(t)
    else:
        await finish(t, now)


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


async def apply_time(context: Context, t: Turn, at: time, track: Track | None) -> None:
    """Save a time for one track or all enabled ones and confirm it."""
    assert t.user is not None
    now = context.services.clock.now()
    tracks = await rules.set_time(t.session, t.user, at, track, now)
    confirmation = rules.time_confirmation(t.texts, at, track, tracks)
    t.user.awaiting = None
    if not accounts.is_onboarded(t.user):
        await finish(t, now)
        return
    t.send(f"{confirmation}\n{await views.next_prompt_line(t.texts, t.session, t.user, now)}")


async def time_typed(context: Context, t: Turn, text: str) -> None:
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


# A choice carries the token of the question it answers (bot.transport.buttons.ZoneChoice), kept in
# the user's `awaiting` while that question is the open one: a list left behind by /cancel,
# a later question or a timezone set since is out of date. So are buttons from before tokens.


async def apply_zone(context: Context, t: Turn, zone: str) -> None:
    """Save the zone, confirm it, and go on with onboarding or show the next prompt."""
    assert t.user is not None
    now = context.services.clock.now()
    await rules.set_timezone(t.session, t.user, zone, now)
    t.user.awaiting = None
    text = views.timezone_line(t.texts, zone, now, key="timezone.set")
    if zone.startswith("Etc/GMT") and zone.removeprefix("Etc/GMT") not in ("", "+0", "-0", "0"):
        # Fixed offsets never change for DST; say so once, where the choice is made.
        text = Html(f"{text}\n{t.texts('timezone.fixed_offset_note')}")
    t.send(text, ReplyKeyboardRemove())
    await continue_after_timezone(t, now)


async def handle_zone_text(context: Context, t: Turn, text: str) -> None:
    """Resolve typed text to a zone: apply it, offer choices, or explain with an example."""
    if len(text) > MAX_ARGUMENT_CHARS:
        t.send(t.texts.raw("timezone.invalid"))
        return
    # Close-match suggestions take tens of milliseconds: keep them off the event loop.
    now = context.services.clock.now()
    result = await asyncio.to_thread(places.resolve, text, now=now)
    if result.kind == "exact" and result.zone is not None:
        await apply_zone(context, t, result.zone)
        return
    if result.kind == "invalid":
        t.send(t.texts.raw("timezone.invalid"))
        return
    assert t.user is not None
    token = secrets.token_hex(3)
    rows = [[ZoneChoice.of_list(token, c.zone).button(c.label)] for c in result.choices]
    if rows:
        # This list is the open question now; typing another city answers it too.
        t.user.awaiting = Awaiting(Question.TIMEZONE, token).encode()
    query = text.strip()
    t.send(t.texts(rules.zone_question(result), query=query), keyboard(rows) if rows else None)
