"""Charts and exports are limited per user: a burst gets one kind line, not a pile of work."""

from __future__ import annotations

from datetime import timedelta

from tests.e2e.conftest import Chat, Harness
from tests.e2e.test_delivery import set_up


async def test_a_burst_of_summaries_is_slowed_kindly(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    for _ in range(6):
        chat.user.send_text("/summary")
        await harness.api.next_call("sendPhoto")
        await chat.until("Your week")
    slowed = await chat.send("/summary")
    assert "That's a lot of charts in a minute" in slowed["text"]
    # A minute later, charts are drawn again.
    harness.clock.advance(timedelta(minutes=1))
    chat.user.send_text("/summary")
    await harness.api.next_call("sendPhoto")
    assert "Your week" in (await chat.until("Your week"))["text"]


async def test_a_third_export_within_ten_minutes_waits(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    for _ in range(2):
        chat.user.send_text("/export")
        await harness.api.next_call("sendDocument")
        await harness.api.next_call("sendDocument")
    slowed = await chat.send("/export")
    assert "You can ask again in 10 min" in slowed["text"]
    harness.clock.advance(timedelta(minutes=10))
    chat.user.send_text("/export")
    call = await harness.api.next_call("sendDocument")
    assert call.params["document"].filename == "letin-export.json"
