"""Settings as a person meets them: what the bot announces, old buttons, the first prompt now."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from bot.db.models import Delivery, Reflection
from tests.e2e.conftest import Chat, Harness
from tests.e2e.test_delivery import prompts_sent, set_up
from tests.e2e.test_onboarding import buttons, onboard

VALUES = "Noticing what you value"


def labels(message: dict) -> list[str]:
    """The inline buttons of a message ([] when it has none)."""
    return buttons(message) if message.get("reply_markup") else []


async def only_values(chat: Chat, harness: Harness) -> None:
    """Leave only the values track on (in /settings), so one prompt is announced at a time."""
    menu = await chat.send("/settings")
    tracks = await chat.press(menu, "✅ Tracks on/off")
    tracks = await chat.press(tracks, "✅ Self-compassion")
    tracks = await chat.press(tracks, "✅ Reviewing conflicts")
    assert labels(tracks)[:3] == ["▫️ Self-compassion", f"✅ {VALUES}", "▫️ Reviewing conflicts"]
    harness.api.drain()


async def answer_values_now(chat: Chat, harness: Harness) -> None:
    """/prompt values and answer it, as today's values reflection."""
    prompt = await chat.send("/prompt values")
    assert prompt["text"].startswith(VALUES)
    chat.user.send_text("My friend Lea remembered my exam")
    await chat.reply()
    async with harness.app.bot_data.services.db.transaction() as session:
        answered = await session.scalars(
            select(Reflection.track)
            .join(Delivery, Delivery.id == Reflection.delivery_id)
            .where(Delivery.kind == "on_demand")
        )
        assert list(answered) == ["valued_traits"]
    harness.api.drain()


async def next_line(chat: Chat) -> str:
    """The text of the bot's next message that says when the next prompt comes."""
    return str((await chat.until("next prompt comes"))["text"])


async def zone_set(chat: Chat, command: str) -> str:
    """Send a /timezone command; return the confirmation, once the next prompt was named."""
    chat.user.send_text(command)
    confirmation = await chat.until("Timezone set")
    await next_line(chat)
    return str(confirmation["text"])


async def press_old(chat: Chat, message: dict, button: str) -> tuple[dict, dict]:
    """Press a button; return the answer to the press and the bot's next message."""
    chat.user.press(message, button)
    answer = await chat.answered()
    return answer, await chat.reply()


# 1. The next prompt that is announced is the one that will really come.


async def test_the_announcement_skips_a_day_already_answered_with_prompt(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness, hhmm="20:00")  # in UTC, at 09:00 on Sunday 29 Nov
    await only_values(chat, harness)
    await answer_values_now(chat, harness)

    # Today's 19:52 prompt would be skipped as answered: the next one is tomorrow's.
    answer = await chat.send("/time 19:52 values")
    assert "now at 19:52" in answer["text"]
    assert "Your next prompt comes at 19:52 tomorrow." in answer["text"]
    chat.user.send_text("/timezone Europe/London")  # the same wall clock as UTC in November
    assert await next_line(chat) == "Your next prompt comes at 19:52 tomorrow."
    paused = await chat.send("/pause 1")
    assert "Paused until" in paused["text"]
    resumed = await chat.send("/resume")
    assert "Your next prompt comes at 19:52 tomorrow." in resumed["text"]

    # And so it is: nothing at 19:52 today, the prompt at 19:52 tomorrow.
    harness.clock.set(datetime(2026, 11, 29, 19, 53, tzinfo=UTC))
    await harness.tick()
    assert len(prompts_sent(harness, chat.user.id)) == 1  # /prompt's
    harness.clock.set(datetime(2026, 11, 30, 19, 53, tzinfo=UTC))
    await harness.tick()
    assert len(prompts_sent(harness, chat.user.id)) == 2


async def test_the_announcement_skips_a_day_whose_prompt_was_skipped_or_sent(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness, hhmm="20:00")
    await only_values(chat, harness)
    skipped = await chat.send("/skip values")
    assert "no prompt today" in skipped["text"]
    answer = await chat.send("/time 21:00 values")
    assert "Your next prompt comes at 21:00 tomorrow." in answer["text"]

    harness.clock.set(datetime(2026, 11, 29, 21, 1, tzinfo=UTC))
    await harness.tick()
    assert prompts_sent(harness, chat.user.id) == []

    # Tomorrow's prompt comes at 21:00; moving it later the same evening does not bring
    # a second one that day, and the bot says so.
    harness.clock.set(datetime(2026, 11, 30, 21, 1, tzinfo=UTC))
    await harness.tick()
    assert len(prompts_sent(harness, chat.user.id)) == 1
    chat.api.drain()
    answer = await chat.send("/time 22:30 values")
    assert "Your next prompt comes at 22:30 tomorrow." in answer["text"]
    harness.clock.set(datetime(2026, 11, 30, 22, 31, tzinfo=UTC))
    await harness.tick()
    assert len(prompts_sent(harness, chat.user.id)) == 1


async def test_the_announcement_while_paused_says_so(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    menu = await chat.send("/pause")
    await chat.press(menu, "Until I resume")
    answer = await chat.send("/time 07:45")
    assert "No prompts come while you're paused; /resume brings them back." in answer["text"]
