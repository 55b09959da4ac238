"""Settings through commands and the inline menu; each change recomputes what is due."""

from __future__ import annotations

from datetime import UTC, datetime, time

from bot.domain.tracks import Track
from bot.store import accounts
from tests.harness import Chat, Harness
from tests.steps import buttons, load_user, onboard


async def schedules(harness: Harness) -> dict[str, tuple[time, bool, datetime | None, int]]:
    user = await load_user(harness, 1001)
    assert user is not None
    return {
        s.track: (s.local_time, s.enabled, s.next_due_at, s.weekdays)
        for s in accounts.prompt_schedules(user)
    }


async def test_time_command_sets_every_enabled_track(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    answer = await chat.send("/time 07:45")
    assert "07:45" in answer["text"]
    rows = await schedules(harness)
    assert {r[0] for r in rows.values()} == {time(7, 45)}
    # Recomputed at once: 07:45 Berlin tomorrow is 06:45 UTC.
    assert rows["self_compassion"][2] == datetime(2026, 11, 30, 6, 45, tzinfo=UTC)


async def test_time_command_for_one_track(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    answer = await chat.send("/time 21:15 conflict")
    assert "Reviewing conflicts" in answer["text"] and "21:15" in answer["text"]
    rows = await schedules(harness)
    assert rows["conflict_review"][0] == time(21, 15)
    assert rows["conflict_review"][2] == datetime(2026, 11, 29, 20, 15, tzinfo=UTC)
    assert rows["self_compassion"][0] == time(8, 30)


async def test_timezone_command_moves_prompts(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    answer = await chat.send("/timezone Asia/Tokyo")
    assert "Asia/Tokyo" in answer["text"]
    rows = await schedules(harness)
    # 20:30 in Tokyo (UTC+9) on 2026-11-29 is 11:30 UTC, still ahead of 09:00 UTC.
    assert rows["valued_traits"][2] == datetime(2026, 11, 29, 11, 30, tzinfo=UTC)


async def test_pause_and_resume(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    paused = await chat.send("/pause 3")
    assert "Paused until" in paused["text"]
    user = await load_user(harness, 1001)
    assert user is not None and user.status == "paused"
    resumed = await chat.send("/resume")
    assert "Prompts are on again" in resumed["text"]
    user = await load_user(harness, 1001)
    assert user is not None and user.status == "active" and user.paused_until is None


async def test_pause_without_days_offers_lengths(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    menu = await chat.send("/pause")
    assert "Until I resume" in buttons(menu)
    done = await chat.press(menu, "Until I resume")
    assert "Paused." in done["text"]
    rows = await schedules(harness)
    assert all(r[2] is None for r in rows.values())


async def test_settings_menu_toggles_a_track(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    menu = await chat.send("/settings")
    assert "Your settings" in menu["text"]
    tracks = await chat.press(menu, "✅ Tracks on/off")
    toggled = await chat.press(tracks, "✅ Reviewing conflicts")
    assert "▫️ Reviewing conflicts" in buttons(toggled)
    rows = await schedules(harness)
    assert rows["conflict_review"][1] is False and rows["conflict_review"][2] is None
    back = await chat.press(toggled, "▫️ Reviewing conflicts")
    assert "✅ Reviewing conflicts" in buttons(back)
    rows = await schedules(harness)
    assert rows["conflict_review"][1] is True and rows["conflict_review"][2] is not None


async def test_settings_menu_changes_one_tracks_time(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    menu = await chat.send("/settings")
    times = await chat.press(menu, "⏰ Times")
    one = await chat.press(times, "Self-compassion")
    chat.user.press(one, "07:00")
    confirmation = await chat.reply()
    while "now at" not in confirmation["text"]:
        confirmation = await chat.reply()
    assert "07:00" in confirmation["text"]
    rows = await schedules(harness)
    assert rows["self_compassion"][0] == time(7, 0)


async def test_settings_menu_weekdays(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    menu = await chat.send("/settings")
    days = await chat.press(menu, "📅 Days")
    after = await chat.press(days, "✅ Sat")
    assert "▫️ Sat" in buttons(after)
    rows = await schedules(harness)
    assert {r[3] for r in rows.values()} == {0b1011111}


async def test_settings_menu_timezone_asks_again(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    menu = await chat.send("/settings")
    question = await chat.press(menu, "🕰 Timezone")
    assert "Which timezone" in question["text"]
    answer = await chat.send("Lisbon")
    assert "Europe/Lisbon" in answer["text"]
    user = await load_user(harness, 1001)
    assert user is not None and user.timezone == "Europe/Lisbon"


async def test_settings_button_pressed_by_another_user_changes_only_their_own_rows(
    chat: Chat, harness: Harness
) -> None:
    await onboard(chat)
    menu = await chat.send("/settings")
    other = harness.api.user(2002, "Sam")
    # Sam never started the bot: a forged press on Ada's message (a chat that is not Sam's
    # own) is answered with nothing and changes nothing of Ada's.
    other.press_data(menu["message_id"], "s:track:conflict_review:0", chat_id=chat.user.id)
    answer = await chat.answered()
    assert "text" not in answer
    user = await load_user(harness, 1001)
    assert user is not None
    row = accounts.schedule_for(user, Track.CONFLICT_REVIEW)
    assert row is not None and row.enabled
