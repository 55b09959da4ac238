"""What handlers, flows and jobs need, built once by the entry point."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.content import Content
from bot.db.engine import Database
from bot.helplines import HelplineDirectory


@dataclass(frozen=True)
class Services:
    """What handlers and jobs need, built once by the entry point."""

    db: Database
    content: Content
    clock: Clock
    helplines: HelplineDirectory
    admin_ids: frozenset[int] = frozenset()
    # The journal's public https URL (WEBAPP_URL): /history and /summary offer to open it.
    webapp_url: str | None = None
