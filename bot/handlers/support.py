"""Care first: every reply passes the crisis screen; a positive result gets helplines now."""

from __future__ import annotations

import html
from collections.abc import Iterable

from bot.content import Html
from bot.context import BotContext
from bot.db.models import User
from bot.domain import safety
from bot.handlers.common import Turn
from bot.helplines import Line


def _bullets(lines: Iterable[Line]) -> list[str]:
    return [html.escape(f"• {line.name}: {line.contact}", quote=False) for line in lines]


def offer(t: Turn, context: BotContext, user: User, text: str) -> bool:
    """Screen what the user wrote; if it speaks of crisis, queue a caring message with help.

    Returns True when support was offered, so the caller skips its usual follow-up questions
    (the words are stored either way).
    """
    result = safety.screen(text)
    if result.concern is None:
        return False
    found = context.services.helplines.for_zone(user.timezone, result.concern)
    lines = _bullets(found.lines)
    if found.emergency:
        lines.append(t.texts("support.emergency", number=found.emergency))
    directory = t.texts("support.directory", lines=Html("\n".join(_bullets(found.directory))))
    user.awaiting = None
    key = f"support.{result.concern.value}"
    t.send(t.texts(key, lines=Html("\n".join(lines)), directory=directory))
    return True
