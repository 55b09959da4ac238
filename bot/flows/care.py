"""Care first: what the bot says when a text shows a crisis, and the helplines it shows.

- A clear crisis gets a caring message with the helplines for the person's country at once
  (abuse and emergency lines first when they may be in danger).
- A softer signal (hopelessness without a stated intent) gets a short, warm question, "are
  you safe right now?", with two buttons: "I'm safe right now" and "Not really", which
  brings the helplines.
- Within REPEAT_WINDOW of the whole helpline block, another crisis message gets a shorter
  reminder with the same numbers, and the question is not asked twice.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import datetime, timedelta

from bot.content import Html, Texts
from bot.db.models import User
from bot.domain.safety import Concern, Screen
from bot.flows import Context
from bot.helplines import Helplines, Line
from bot.transport.buttons import SAFE, Support, keyboard
from bot.transport.turn import Turn

# A second crisis message within this time gets the short reminder, not the whole block.
REPEAT_WINDOW = timedelta(hours=1)


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


def show_helplines(t: Turn, context: Context, user: User, concern: Concern) -> None:
    """Queue the helplines for a concern: the whole block, or within the hour a reminder."""
    now = context.services.clock.now()
    found = context.services.helplines.for_zone(user.timezone, concern, t.texts.locale)
    lines = _lines(t.texts, found, concern)
    if _recent(user.helplines_shown_at, now):
        if not found.local:
            lines = Html("\n".join([str(lines), *_bullets(found.directory)]).strip())
        t.send(t.texts(f"support.reminder_{concern.value}", lines=lines))
        return
    user.helplines_shown_at = now
    directory = _directory(t.texts, found)
    t.send(t.texts(f"support.{concern.value}", lines=lines, directory=directory))


def offer(t: Turn, context: Context, user: User, result: Screen) -> bool:
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
                    [SAFE.button(t.texts.raw("support.check_in_safe_button"))],
                    [
                        Support.not_safe(result.concern.value).button(
                            t.texts.raw("support.check_in_not_safe_button")
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
