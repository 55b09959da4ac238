"""A new user walks through /start: introduction, timezone, times, confirmation."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from bot.db.models import User
from bot.store import accounts
from tests.harness import Chat, Harness
from tests.steps import begin, buttons, load_user, onboard


async def test_start_introduces_the_bot_and_asks_for_the_timezone(chat: Chat) -> None:
    intro = await chat.send("/start")
    assert "Hi Ada" in intro["text"]
    assert "not therapy" in intro["text"]
    consent = await chat.reply()
    assert "encrypted" in consent["text"] and "/delete" in consent["text"]
    assert buttons(consent) == ["I agree", "Not now"]
    chat.user.press(consent, "I agree")
    await chat.until("your timezone")
    keyboard = chat.api.reply_keyboard(chat.user.id)
    assert keyboard is not None
    assert keyboard["keyboard"][0][0]["request_location"] is True


async def test_new_user_completes_onboarding_with_a_typed_city(
    chat: Chat, harness: Harness
) -> None:
    summary = await onboard(chat, "Berlin")
    assert "You're all set" in summary["text"]
    assert "Europe/Berlin" in summary["text"]
    assert "08:30" in summary["text"] and "20:30" in summary["text"]
    # 09:00 UTC is 10:00 in Berlin: the next prompt is this evening's.
    assert "20:30" in summary["text"] and "today" in summary["text"]
    user = await load_user(harness, 1001)
    assert user is not None and user.onboarded_at is not None
    assert user.timezone == "Europe/Berlin"
    assert len(accounts.prompt_schedules(user)) == 3
    assert all(s.next_due_at is not None for s in accounts.prompt_schedules(user))


async def test_shared_location_sets_the_timezone(chat: Chat, harness: Harness) -> None:
    await begin(chat)
    chat.user.tap("📍 Share my location", latitude=35.68, longitude=139.76)
    confirmation = await chat.reply()
    assert "Asia/Tokyo" in confirmation["text"]
    user = await load_user(harness, 1001)
    assert user is not None and user.timezone == "Asia/Tokyo"
    # The location keyboard is gone once the zone is set.
    assert chat.api.reply_keyboard(chat.user.id) is None


async def test_ambiguous_city_offers_choices(chat: Chat, harness: Harness) -> None:
    await begin(chat)
    choices = await chat.send("Portland")
    labels = buttons(choices)
    assert len(labels) >= 2
    assert any("America/Los_Angeles" in label for label in labels)
    assert any("America/New_York" in label for label in labels)
    chat.user.press(choices, next(lb for lb in labels if "America/New_York" in lb))
    confirmation = await chat.reply()
    while "Timezone set" not in confirmation["text"]:  # the choice message loses its buttons first
        confirmation = await chat.reply()
    assert "America/New_York" in confirmation["text"]
    user = await load_user(harness, 1001)
    assert user is not None and user.timezone == "America/New_York"


async def test_unknown_city_gets_a_hint_and_nothing_changes(chat: Chat, harness: Harness) -> None:
    await begin(chat)
    hint = await chat.send("Qwertyuiopville")
    assert "couldn't find" in hint["text"]
    user = await load_user(harness, 1001)
    assert user is not None and user.timezone is None
    assert user.awaiting == "timezone"


async def test_typed_time_in_onboarding(chat: Chat, harness: Harness) -> None:
    await begin(chat)
    await chat.send("Europe/Lisbon")
    times = await chat.reply()
    ask = await chat.press(times, "I'll type a time")
    assert "Type the time" in ask["text"]
    bad = await chat.send("25:99")
    assert "isn't a time" in bad["text"]
    summary = await chat.send("7:15pm")
    assert "You're all set" in summary["text"]
    assert summary["text"].count("19:15") >= 3
    user = await load_user(harness, 1001)
    assert user is not None
    assert {s.local_time.strftime("%H:%M") for s in accounts.prompt_schedules(user)} == {"19:15"}


async def test_start_again_never_wipes_anything(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    before = await load_user(harness, 1001)
    again = await chat.send("/start")
    assert "Welcome back" in again["text"]
    assert "Nothing was changed" in again["text"]
    after = await load_user(harness, 1001)
    assert before is not None and after is not None
    assert after.timezone == before.timezone
    assert after.onboarded_at == before.onboarded_at
    assert [(s.track, s.local_time, s.next_due_at) for s in after.schedules] == [
        (s.track, s.local_time, s.next_due_at) for s in before.schedules
    ]


async def test_start_in_the_middle_resumes_the_step(chat: Chat) -> None:
    await begin(chat)
    resumed = await chat.send("/start")
    assert "We were setting your timezone" in resumed["text"]
    question = await chat.reply()
    assert "timezone" in question["text"]


async def test_preset_button_after_onboarding_is_out_of_date(chat: Chat, harness: Harness):
    summary_source = None
    await begin(chat)
    await chat.send("Berlin")
    times = await chat.reply()
    summary_source = times
    await chat.press(times, "All at 08:30")
    # The message was edited into the summary, so forge a press with the old data.
    chat.user.press_data(summary_source["message_id"], "o:preset:evening")
    answer = await chat.answered()
    assert "earlier step" in answer["text"]
    user = await load_user(harness, 1001)
    assert user is not None
    assert {s.local_time.strftime("%H:%M") for s in accounts.prompt_schedules(user)} == {"08:30"}


async def test_commands_menu_is_registered_at_start_up(harness: Harness) -> None:
    names = [c["command"] for c in harness.api.commands()]
    assert names[:2] == ["start", "prompt"]
    assert {"timezone", "time", "pause", "resume", "help", "privacy"} <= set(names)


async def test_nothing_is_stored_before_start(harness: Harness, chat: Chat) -> None:
    hint = await chat.send("hello")
    assert "/start" in hint["text"]
    async with harness.app.bot_data.services.db.transaction() as session:
        assert (await session.scalars(select(User))).all() == []
    assert harness.clock.now() == datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


async def test_nothing_is_kept_without_consent(chat: Chat, harness: Harness) -> None:
    await chat.send("/start")
    consent = await chat.reply()
    declined = await chat.press(consent, "Not now")
    assert "Nothing you write will be stored" in declined["text"]
    hint = await chat.send("Berlin")
    assert "/start" in hint["text"]
    user = await load_user(harness, 1001)
    assert user is not None and user.consented_at is None and user.timezone is None
    again = await chat.send("/start")
    assert "what I keep" in again["text"]
