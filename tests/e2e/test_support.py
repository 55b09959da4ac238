"""Care in the same turn: a reply that speaks of crisis gets helplines; the words are kept."""

from __future__ import annotations

import logging

import pytest

from bot.logs import capped_library_loggers
from tests.e2e.conftest import Chat, Harness
from tests.e2e.test_delivery import set_up
from tests.e2e.test_reflections import deliver, only_track, reflections


async def onboard_in(chat: Chat, harness: Harness, zone: str, hhmm: str) -> None:
    """Onboard, then move to a zone with the prompts at `hhmm` there (a minute from now)."""
    await set_up(chat, harness)
    chat.user.send_text(f"/timezone {zone}")
    await chat.until("Timezone set")
    chat.user.send_text(f"/time {hhmm}")
    await chat.until("now at")
    harness.api.drain()


async def test_a_crisis_reply_gets_helplines_for_the_users_country(
    chat: Chat, harness: Harness
) -> None:
    await onboard_in(chat, harness, "Europe/Berlin", "10:01")  # 09:01 UTC
    await only_track(chat, harness, "Self-compassion")
    await deliver(harness, chat)
    care = await chat.send("honestly I don't want to live anymore")
    assert "TelefonSeelsorge" in care["text"]
    assert "not a crisis service" in care["text"]
    [entry] = await reflections(harness)
    assert entry.text == "honestly I don't want to live anymore"
    # No cheerful follow-up question after it: the next thing the bot says answers /help.
    after = await chat.send("/help")
    assert "What I can do" in after["text"]


async def test_an_idiom_is_not_a_crisis(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Self-compassion")
    await deliver(harness, chat)
    kept = await chat.send("this traffic is killing me but I was patient with myself")
    assert kept["text"].startswith("Kept.")


async def test_unknown_country_gets_the_international_directory(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)  # UTC: no country
    care = await chat.send("he hit me again last night and I'm scared to go home")
    assert "Anywhere in the world" in care["text"]
    assert "emergency" in care["text"]


async def test_no_log_line_contains_what_users_wrote(
    chat: Chat, harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    marker = "zebra-umbrella-4471"
    with capped_library_loggers(), caplog.at_level(logging.DEBUG):
        await set_up(chat, harness)
        await only_track(chat, harness, "Noticing what you value")
        await deliver(harness, chat)
        ask = await chat.send(f"my friend {marker} fixed my bike")
        await chat.press(ask, "Reliable")
        await chat.send(f"Friend {marker}")
        await chat.send(f"/timezone {marker}")
        await chat.send(f"/time {marker}")
        await chat.send("/history")
    assert caplog.records, "nothing was logged at all: the capture is not working"
    leaked = [r.getMessage() for r in caplog.records if marker in r.getMessage()]
    assert leaked == []
