"""/talk's draft put together from its parts (no database)."""

from __future__ import annotations

from bot.content import Content
from bot.flows.talk import assemble


def test_a_draft_with_words_telegram_cannot_take_is_made_sendable(content: Content) -> None:
    # An unpaired surrogate ("\udbd0", from a broken emoji) has no UTF-8 form: sending the
    # draft failed for it (found by fuzz). It becomes "?", the rest stays the user's words.
    text = assemble(content.texts("en"), {"know": "yes\udbd0", "need": "time"}, "Sam\ud800")
    assert text is not None
    text.encode("utf-8")  # raises on an unpaired surrogate
    assert "yes?" in text and "time" in text and "Sam?" in text
