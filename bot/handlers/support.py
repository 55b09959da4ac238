"""Care first: every text passes the crisis screen, and a signal gets care in the same turn.

- A clear crisis gets a caring message with the helplines for the person's country at once
  (abuse and emergency lines first when they may be in danger).
- A softer signal (hopelessness without a stated intent) gets a short, warm question, "are
  you safe right now?", with two buttons: "I'm safe right now" and "Not really", which
  brings the helplines.
- Within REPEAT_WINDOW of the whole helpline block, another crisis message gets a shorter
  reminder with the same numbers, and the question is not asked twice.
- /sos, and a button under /help, show every line for the person's country at any time,
  to anyone, registered or not.
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Iterable
from datetime import datetime, timedelta

from telegram import Update

from bot.content import Html, Texts
from bot.context import BotApplication, BotContext
from bot.db.models import User
from bot.domain import safety
from bot.domain.safety import Concern, Screen
from bot.handlers.common import Turn, command, turn
from bot.handlers.views import button, keyboard
from bot.helplines import Helplines, Line
from bot.transport.buttons import Support

# A second crisis message within this time gets the short reminder, not the whole block.
REPEAT_WINDOW = timedelta(hours=1)

SAFE = Support("ok")
SOS = Support("sos")


def _bullets(lines: Iterable[Line]) -> list[str]:
    return [html.escape(f"• {line.name}: {line.contact}", quote=False) for line in lines]


def _lines(texts: Texts, found: Helplines, concern: Concern | None) -> Html:
    """The country's lines, with the emergency number first when someone may be in danger."""
    lines = _bullets(found.lines)
    if found.emergency:
        emergency = texts("support.emergency", number=found.emergency)
        if concern in (Concern.DANGER, None):
            lines.insert(0, emergency)
        else:
            lines.append(emergency)
    lines.extend(_bullets(found.abuse_directory))
    return Html("\n".join(lines))


def _directory(texts: Texts, found: Helplines) -> str:
    return texts("support.directory", lines=Html("\n".join(_bullets(found.directory))))


def _recent(when: datetime | None, now: datetime) -> bool:
    return when is not None and now - when < REPEAT_WINDOW


def show_helplines(t: Turn, context: BotContext, user: User, concern: Concern) -> None:
    """Queue the helplines for a concern: the whole block, or within the hour a reminder."""
    now = context.services.clock.now()
    found = context.services.helplines.for_zone(user.timezone, concern)
    lines = _lines(t.texts, found, concern)
    if _recent(user.helplines_shown_at, now):
        if not found.local:
            lines = Html("\n".join([str(lines), *_bullets(found.directory)]).strip())
        t.send(t.texts(f"support.reminder_{concern.value}", lines=lines))
        return
    user.helplines_shown_at = now
    directory = _directory(t.texts, found)
    t.send(t.texts(f"support.{concern.value}", lines=lines, directory=directory))


async def screened(context: BotContext, text: str) -> Screen:
    """Screen a text, first waiting (without blocking others) for the rules to compile if the
    bot started only seconds ago."""
    ready = context.bot_data.screen_ready
    if ready is not None and not ready.done():
        await asyncio.shield(ready)
    return safety.screen(text)


def offer(t: Turn, context: BotContext, user: User, result: Screen) -> bool:
    """Answer a screened text with care if it shows a signal.

    Returns True when care was offered, so the caller skips its usual follow-up questions
    (the words are stored either way).
    """
    if result.concern is None:
        return False
    user.awaiting = None
    now = context.services.clock.now()
    if result.crisis or _recent(user.helplines_shown_at, now):
        # A check-in signal within the hour of the numbers: repeat them briefly, do not ask.
        show_helplines(t, context, user, result.concern)
    elif _recent(user.checked_in_at, now):
        # Asked within the hour: do not ask again, but say the words are kept.
        t.send(t.texts.raw("support.kept_after_check_in"))
    else:
        user.checked_in_at = now
        t.send(
            t.texts.raw("support.check_in"),
            keyboard(
                [
                    [button(t.texts.raw("support.check_in_safe_button"), SAFE)],
                    [
                        button(
                            t.texts.raw("support.check_in_not_safe_button"),
                            Support.not_safe(result.concern.value),
                        )
                    ],
                ]
            ),
        )
    return True


def sos_text(texts: Texts, found: Helplines) -> str:
    """Every line for the person's country, the emergency number first, then the directory."""
    key = "support.sos" if found.local else "support.sos_no_country"
    return texts(key, lines=_lines(texts, found, None), directory=_directory(texts, found))


async def sos_command(update: Update, context: BotContext) -> None:
    """/sos: who to call, for anyone, at any time."""
    async with turn(update, context) as t:
        zone = t.user.timezone if t.user is not None else None
        t.send(sos_text(t.texts, context.services.helplines.for_zone(zone, None)))


async def button_pressed(update: Update, context: BotContext) -> None:
    """The check-in's two answers, and the /help button that opens /sos."""
    data = Support.of(update)
    async with turn(update, context) as t:
        t.answer()
        user = t.user
        if data == SOS or user is None:
            zone = user.timezone if user is not None else None
            t.send(sos_text(t.texts, context.services.helplines.for_zone(zone, None)))
            return
        if data == SAFE:
            t.edit(t.texts.raw("support.check_in_was_safe"))
            t.send(t.texts.raw("support.glad_safe"))
            return
        assert data.concern is not None
        concern = Concern(data.concern)
        t.edit(t.texts.raw("support.check_in_was_not_safe"))
        # "Not really" always gets the whole block: the person asked for it.
        user.helplines_shown_at = None
        show_helplines(t, context, user, concern)


def register(app: BotApplication, group: int) -> None:
    """Add /sos and the check-in's buttons."""
    app.add_handler(command("sos", sos_command), group=group)
    app.add_handler(Support.handler(button_pressed), group=group)
