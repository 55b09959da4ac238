"""The weekly summary: /summary after a scripted week, and the automatic one, once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.harness import Chat, Harness
from tests.steps import only_track, set_up

PNG = b"\x89PNG\r\n\x1a\n"


async def scripted_week(chat: Chat, harness: Harness) -> None:
    """Monday 23 to Friday 27 November 2026: a self-compassion reply and rating each day."""
    harness.clock.set(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))  # a Monday
    await set_up(chat, harness, hhmm="08:01")
    await only_track(chat, harness, "Self-compassion")
    for day, rating in enumerate((2, 3, 3, 4, 5)):
        harness.clock.set(datetime(2026, 11, 23 + day, 8, 3, tzinfo=UTC))
        assert (await harness.tick()).sent == 1
        prompt = [
            m
            for m in harness.api.sent_messages(chat.user.id)
            if m.get("text", "").startswith("Self-compassion")
        ][-1]
        harness.api.drain()
        await chat.send(f"day {day}: I let myself rest")
        chat.user.press(prompt, str(rating))
        await chat.answered()
        harness.api.drain()


async def test_summary_after_a_scripted_week(chat: Chat, harness: Harness) -> None:
    await scripted_week(chat, harness)
    chat.user.send_text("/summary")
    photo_call = await harness.api.next_call("sendPhoto")
    assert photo_call.params["photo"].content.startswith(PNG)
    assert "kindness by day Mon 2, Tue 3, Wed 3, Thu 4, Fri 5" in photo_call.params["caption"]
    text = await chat.until("Your week")
    assert "Your week, 23 Nov – 29 Nov" in text["text"]
    assert "5 of 7 days" in text["text"]
    assert "Self-compassion: 5 · What you value: 0 · Conflicts: 0" in text["text"]
    assert "3.4 of 5 on average" in text["text"]
    assert "One thing to try" in text["text"]
    assert "reply_markup" not in text  # the user began this week: no earlier one to go to
    assert "day 1: I let myself rest" not in text["text"]  # patterns, not a replay of words


async def test_summary_with_too_little_data_says_so(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    chat.user.send_text("/summary")
    await harness.api.next_call("sendPhoto")
    text = await chat.until("Your week")
    assert "Nothing was written this week" in text["text"]


async def test_the_automatic_summary_arrives_once_at_its_time(chat: Chat, harness: Harness) -> None:
    await scripted_week(chat, harness)
    harness.clock.set(datetime(2026, 11, 29, 18, 59, tzinfo=UTC))  # Sunday, UTC user
    await harness.tick()
    assert [c for c in harness.api.calls if c.method == "sendPhoto"] == []
    harness.clock.set(datetime(2026, 11, 29, 19, 1, tzinfo=UTC))
    counts = await harness.tick()
    assert counts.sent == 1
    text = await chat.until("Your week")
    assert "5 of 7 days" in text["text"]
    await harness.tick()
    await harness.restart()
    harness.clock.advance(timedelta(minutes=10))
    await harness.tick()
    photos = [c for c in harness.api.calls if c.method == "sendPhoto"]
    assert len(photos) == 1


async def test_the_weekly_summary_can_be_moved_and_turned_off(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    menu = await chat.send("/settings")
    assert "Weekly summary: Sun at 19:00" in menu["text"]
    summary_menu = await chat.press(menu, "📊 Weekly summary")
    moved = await chat.press(summary_menu, "Fri")
    assert "comes on Fri at 19:00" in moved["text"]
    off = await chat.press(moved, "Turn off")
    assert "weekly summary is off" in off["text"]
    harness.clock.set(datetime(2026, 12, 4, 19, 5, tzinfo=UTC))  # that Friday evening
    await harness.tick()
    assert [c for c in harness.api.calls if c.method == "sendPhoto"] == []
