"""An update the library cannot read is skipped: polling goes on, everyone else is answered,
and no log line at any level carries what it held."""

from __future__ import annotations

import logging

import pytest

from bot.logs import capped_library_loggers
from tests.harness import Chat, Harness
from tests.steps import set_up

MARKER = "zebra-secret-9931"


def malformed(chat: Chat) -> list[dict[str, object]]:
    """Updates with a field of the wrong type, each carrying the marker in its text."""
    base = {"message_id": 777, "from": chat.user.user_dict, "chat": chat.user.chat}
    return [
        {"message": {**base, "date": "yesterday", "text": MARKER}},
        {"message": {**base, "date": 0, "chat": "nope", "text": MARKER}},
        {"edited_message": {**base, "date": 0, "entities": "x", "text": MARKER}},
    ]


async def test_an_unreadable_update_is_skipped_and_nobody_waits(
    chat: Chat, harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    await set_up(chat, harness)
    with capped_library_loggers(), caplog.at_level(logging.DEBUG):
        # In the same batch as ordinary messages: before, between and after them.
        chat.user.send_text("/help")
        for update in malformed(chat):
            harness.api.enqueue_update(update)
        chat.user.send_text("/privacy")
        first = await chat.reply()
        second = await chat.reply()
        assert "What I can do" in first["text"]
        assert "What I keep" in second["text"]
        # Polling went on past them: a later message is answered too.
        later = await chat.send("/help")
        assert "What I can do" in later["text"]
    assert harness.api.pending_updates == []
    skipped = [r for r in caplog.records if "could not be read" in r.getMessage()]
    assert len(skipped) == 3
    leaked = [
        r.name for r in caplog.records if MARKER in r.getMessage() or MARKER in str(r.exc_text)
    ]
    assert leaked == []
