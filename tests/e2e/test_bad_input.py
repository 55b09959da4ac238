"""Bad input gets a short hint with an example; nothing changes and nothing crashes."""

from __future__ import annotations

import logging

import pytest

from tests.e2e.test_settings import schedules
from tests.harness import Chat, Harness
from tests.steps import load_user, onboard


@pytest.fixture(autouse=True)
def no_handler_errors(caplog: pytest.LogCaptureFixture):
    """Every test here also fails if the error handler was reached."""
    with caplog.at_level(logging.ERROR, logger="bot.handlers.errors"):
        yield
    assert [r for r in caplog.records if r.name == "bot.handlers.errors"] == []


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/time 25:99", "isn't a time I understand"),
        ("/time", "Which time?"),
        ("/time    ", "Which time?"),
        ("/time 08:30 gardening", "I don't know the track"),
        ("/time " + "9" * 4000, "isn't a time I understand"),
        ("/time noon-ish maybe", "isn't a time I understand"),
        ("/timezone Qwertyuiopville", "couldn't find"),
        ("/timezone " + "x" * 4000, "Type a city or a zone name"),
        ("/pause 0", "Pause for how many days?"),
        ("/pause -3", "Pause for how many days?"),
        ("/pause 1000", "Pause for how many days?"),
        ("/pause soon", "Pause for how many days?"),
        ("/frobnicate", "I don't know that command"),
    ],
)
async def test_bad_arguments_get_a_hint_and_change_nothing(
    chat: Chat, harness: Harness, command: str, expected: str
) -> None:
    await onboard(chat)
    before = await schedules(harness)
    user_before = await load_user(harness, 1001)
    answer = await chat.send(command)
    assert expected in answer["text"]
    assert len(answer["text"]) < 400
    assert await schedules(harness) == before
    user_after = await load_user(harness, 1001)
    assert user_before is not None and user_after is not None
    assert (user_after.timezone, user_after.status) == (user_before.timezone, user_before.status)


async def test_timezone_without_argument_asks_for_it(chat: Chat) -> None:
    await onboard(chat)
    answer = await chat.send("/timezone")
    assert "Which timezone" in answer["text"]


async def test_commands_before_start_ask_to_start(chat: Chat, harness: Harness) -> None:
    for command in ("/time 08:00", "/timezone Berlin", "/settings", "/pause 2", "/resume"):
        answer = await chat.send(command)
        assert "/start" in answer["text"], command
    assert await load_user(harness, 1001) is None


async def test_unknown_button_data_is_answered_as_out_of_date(chat: Chat) -> None:
    await onboard(chat)
    for data in ("s:nonsense", "tz:", "x" * 64, "s:day:9", "s:settime:self_compassion:2599"):
        chat.user.press_data(1, data)
        answer = await chat.answered()
        assert "out of date" in answer["text"] or "earlier step" in answer["text"], data


async def test_forged_zone_button_is_refused(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    chat.user.press_data(1, "tz:Mars/Olympus_Mons")
    answer = await chat.answered()
    assert "out of date" in answer["text"]
    user = await load_user(harness, 1001)
    assert user is not None and user.timezone == "Europe/Berlin"


async def test_media_gets_a_kind_answer(chat: Chat) -> None:
    await onboard(chat)
    chat.user.send_sticker()
    answer = await chat.reply()
    assert "only keep text" in answer["text"]
    chat.user.send_voice()
    answer = await chat.reply()
    assert "only keep text" in answer["text"]


async def test_cancel_forgets_what_was_asked(chat: Chat, harness: Harness) -> None:
    await onboard(chat)
    await chat.send("/timezone")
    answer = await chat.send("/cancel")
    assert "stopped" in answer["text"]
    user = await load_user(harness, 1001)
    assert user is not None and user.awaiting is None
    answer = await chat.send("/cancel")
    assert "nothing to cancel" in answer["text"]


async def test_added_to_a_group_says_one_line_leaves_and_stores_nothing(
    harness: Harness, chat: Chat
) -> None:
    group = harness.api.group(-500, "Friends")
    harness.api.add_to_group(group, chat.user)
    said = await harness.api.next_message(-500)
    assert "private chat" in said["text"]
    assert "\n" not in said["text"]
    await harness.api.next_call("leaveChat")
    assert await load_user(harness, 1001) is None


async def test_a_command_in_a_group_gets_the_same_line(harness: Harness, chat: Chat) -> None:
    group = harness.api.group(-600, "Book club")
    chat.user.send_in_group(group, "/start")
    said = await harness.api.next_message(-600)
    assert "private chat" in said["text"]
    await harness.api.next_call("leaveChat")
    # Nothing from the group is stored, and a private /help still works afterwards.
    assert await load_user(harness, 1001) is None
    answer = await chat.send("/help")
    assert "What I can do" in answer["text"]


async def test_a_group_that_forbids_bot_messages_is_still_left(
    harness: Harness, chat: Chat
) -> None:
    group = harness.api.group(-700, "Quiet group")
    harness.api.fail(
        "sendMessage",
        error_code=400,
        description="Bad Request: not enough rights to send text messages to the chat",
        chat_id=-700,
    )
    harness.api.add_to_group(group, chat.user)
    left = await harness.api.next_call("leaveChat")
    assert left.params["chat_id"] == -700
    assert harness.api.sent_messages(-700) == []
