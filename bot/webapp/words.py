"""The Mini App's words in one user's language, from content (content/<locale>/messages.toml).

The page has no words of its own: it gets these with /app/api/me and shows nothing before
them. They are the `[webapp]` messages (plain text) and the chat's messages the page shares
(weekday and month names, track names, the settings' choices), with the chat's HTML taken
out. A message that counts something is sent with its plural forms and the number that
chooses them; the page picks the form with the browser's CLDR rules (Intl.PluralRules), the
same rules Babel gives the chat.
"""

from __future__ import annotations

import html
import re
from typing import Any

from bot.content import Content, Texts
from bot.domain.tracks import TRACKS
from bot.flows.settings import PAUSE_CHOICES, RETENTION

PREFIX = "webapp."
# The chat's messages the page uses too, sent under their own keys.
SHARED = (
    *(f"weekday.{d}" for d in range(7)),
    *(f"month.{m}" for m in range(1, 13)),
    *(f"month_long.{m}" for m in range(1, 13)),
    "calendar.month",
    *(f"track.{t.value}" for t in TRACKS),
    "settings.status_active",
    "settings.days_title",
    "pause.indefinitely",
    *(f"pause.days_{d}" for d in PAUSE_CHOICES),
    *(f"retention.months_{m}" for m in RETENTION),
    "retention.forever",
    "retention.title",
    "language.name",
)

_TAG = re.compile(r"<[^<>]*>")


def plain(text: str) -> str:
    """A chat message as plain text: its HTML tags dropped and entities read."""
    return html.unescape(_TAG.sub("", text))


def _entry(texts: Texts, key: str) -> str | dict[str, Any]:
    plural = texts.plurals.get(key)
    if plural is None:
        return plain(texts.template(key))
    return {"plural": plural.by, "forms": {k: plain(v) for k, v in plural.forms.items()}}


def words(content: Content, locale: str | None) -> dict[str, Any]:
    """Every word the page shows, by key: `webapp.` keys without the prefix, shared ones whole."""
    texts = content.texts(locale)
    found: dict[str, Any] = {
        key.removeprefix(PREFIX): _entry(texts, key)
        for key in texts.messages
        if key.startswith(PREFIX)
    }
    shared = {key: _entry(texts, key) for key in SHARED}
    if clash := sorted(set(found) & set(shared)):
        # A [webapp] key named like a shared one of the chat would hide one of them.
        raise ValueError(f"webapp.{clash[0]} is named like a chat message the page uses")
    return found | shared


def say(content: Content, locale: str | None, key: str, **params: object) -> str:
    """One message as plain text in a locale (errors and confirmations the API sends)."""
    return plain(content.texts(locale)(key, **params))
