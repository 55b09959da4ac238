"""Settings as a person meets them: what the bot announces, old buttons, the first prompt now."""

from __future__ import annotations

from datetime import UTC, datetime, time

from sqlalchemy import select

from bot.db.models import Delivery, Reflection
from bot.domain.tracks import Track
from bot.store import accounts
from tests.harness import Chat, Harness
from tests.steps import begin, buttons, load_user, onboard, prompts_sent, set_up

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


# 2. Old buttons change nothing.


async def test_an_old_suggestion_list_cannot_set_the_timezone(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    suggestions = await chat.send("/timezone Lisbn")
    manila = "Libon, PH (Asia/Manila)"
    assert manila in labels(suggestions)
    assert "stopped" in (await chat.send("/cancel"))["text"]
    assert "Europe/Lisbon" in await zone_set(chat, "/timezone Lisbon")
    assert "Asia/Tokyo" in await zone_set(chat, "/timezone Tokyo")

    answer, cleared = await press_old(chat, suggestions, manila)
    assert answer["show_alert"] is True
    assert "out of date" in answer["text"] and "nothing changed" in answer["text"]
    user = await load_user(harness, chat.user.id)
    assert user is not None and user.timezone == "Asia/Tokyo"
    # The dead list loses its buttons.
    assert cleared["message_id"] == suggestions["message_id"] and labels(cleared) == []


async def test_a_suggestion_list_works_while_it_is_the_open_question(
    chat: Chat, harness: Harness
) -> None:
    await onboard(chat)
    first = await chat.send("/timezone Lisbn")
    # A newer question makes the first list out of date; the newer list answers it.
    second = await chat.send("/timezone Lisbn")
    chat.user.press(first, "Lisbon, PT (Europe/Lisbon)")
    assert "out of date" in (await chat.answered())["text"]
    chat.user.press(second, "Lisbon, PT (Europe/Lisbon)")
    assert "Europe/Lisbon" in (await chat.until("Timezone set"))["text"]
    user = await load_user(harness, chat.user.id)
    assert user is not None and user.timezone == "Europe/Lisbon" and user.awaiting is None


async def test_an_old_toggle_does_not_undo_a_later_change(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    old = await chat.press(await chat.send("/settings"), "✅ Tracks on/off")
    new = await chat.press(await chat.send("/settings"), "✅ Tracks on/off")
    assert "▫️ Reviewing conflicts" in labels(await chat.press(new, "✅ Reviewing conflicts"))

    # The old menu still shows the track on; its button would have turned it on again.
    answer, shown = await press_old(chat, old, "✅ Reviewing conflicts")
    assert "out of date" in answer["text"]
    assert "▫️ Reviewing conflicts" in labels(shown)  # the old menu now shows what is current
    user = await load_user(harness, chat.user.id)
    assert user is not None
    row = accounts.schedule_for(user, Track.CONFLICT_REVIEW)
    assert row is not None and not row.enabled and row.next_due_at is None


async def test_an_old_day_toggle_does_not_undo_a_later_change(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    old = await chat.press(await chat.send("/settings"), "📅 Days")
    new = await chat.press(await chat.send("/settings"), "📅 Days")
    await chat.press(new, "✅ Sat")
    answer, shown = await press_old(chat, old, "✅ Sat")
    assert "out of date" in answer["text"]
    assert "▫️ Sat" in labels(shown)
    user = await load_user(harness, chat.user.id)
    assert user is not None and accounts.current_weekdays(user) == 0b1011111


async def test_an_old_time_picker_does_not_undo_a_later_time(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    times = await chat.press(await chat.send("/settings"), "⏰ Times")
    picker = await chat.press(times, "Self-compassion")
    assert "Now 08:30" in picker["text"]
    assert "09:15" in (await chat.send("/time 09:15 self"))["text"]

    answer, shown = await press_old(chat, picker, "07:00")
    assert "out of date" in answer["text"]
    assert "Now 09:15" in shown["text"]
    user = await load_user(harness, chat.user.id)
    assert user is not None
    row = accounts.schedule_for(user, Track.SELF_COMPASSION)
    assert row is not None and row.local_time == time(9, 15)
    # The picker as it is now still works.
    chat.user.press(shown, "07:00")
    assert "07:00" in (await chat.until("now at"))["text"]
    user = await load_user(harness, chat.user.id)
    assert user is not None
    row = accounts.schedule_for(user, Track.SELF_COMPASSION)
    assert row is not None and row.local_time == time(7, 0)


async def test_a_late_not_now_does_not_say_that_nothing_is_kept(
    chat: Chat, harness: Harness
) -> None:
    await chat.send("/start")
    consent = await chat.reply()
    chat.user.press(consent, "I agree")
    await chat.until("your timezone")
    # A second tap on the same message, before its buttons were gone.
    chat.user.press_data(consent["message_id"], "o:consent:no")
    answer = await chat.answered()
    assert "already said yes" in answer["text"] and "/delete" in answer["text"]
    user = await load_user(harness, chat.user.id)
    assert user is not None and user.consented_at is not None and user.awaiting == "timezone"
    shown = [m["text"] for m in harness.api.sent_messages(chat.user.id)]
    assert not any("Nothing you write will be stored" in text for text in shown)


# 3. After onboarding, a prompt now if the first one is far off.


async def test_onboarding_late_in_the_evening_offers_a_prompt_now(
    chat: Chat, harness: Harness
) -> None:
    harness.clock.set(datetime(2026, 11, 29, 19, 39, tzinfo=UTC))  # 20:39 in Berlin
    summary = await onboard(chat, "Berlin")
    assert "Your next prompt comes at 08:30 tomorrow." in summary["text"]
    assert "If you'd like to try one now, pick a track" in summary["text"]
    assert labels(summary) == ["Self-compassion", VALUES, "Reviewing conflicts"]
    chat.user.press(summary, VALUES)
    prompt = await chat.reply()
    while not prompt["text"].startswith(VALUES):  # the summary loses its buttons first
        prompt = await chat.reply()
    assert len(prompts_sent(harness, chat.user.id)) == 1


async def test_a_typed_time_far_off_also_offers_a_prompt_now(chat: Chat, harness: Harness) -> None:
    await begin(chat)
    await chat.send("UTC")
    times = await chat.reply()
    await chat.press(times, "I'll type a time")
    summary = await chat.send("21:00")  # twelve hours away
    assert "You're all set" in summary["text"]
    assert labels(summary) == ["Self-compassion", VALUES, "Reviewing conflicts"]


async def test_no_offer_when_the_first_prompt_is_soon(chat: Chat, harness: Harness) -> None:
    await begin(chat)
    await chat.send("UTC")
    times = await chat.reply()
    await chat.press(times, "I'll type a time")
    summary = await chat.send("09:45")  # 45 minutes away
    assert "Your next prompt comes at 09:45 today." in summary["text"]
    assert "try one now" not in summary["text"]
    assert labels(summary) == []
