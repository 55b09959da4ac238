"""What the user sees of their own history: the summary's week buttons."""

from __future__ import annotations

from datetime import date, timedelta

from bot.db.models import User
from bot.services import reflections as store
from tests.e2e.conftest import Chat, Harness, JsonDict
from tests.e2e.test_delivery import set_up

EARLIER = "« Earlier week"
LATER = "Later week »"


def week_buttons(message: JsonDict) -> list[str]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [b["text"] for row in rows for b in row]


async def summary(chat: Chat, harness: Harness, command: str = "/summary") -> JsonDict:
    """Send a summary command; return the words (after the chart)."""
    chat.user.send_text(command)
    await harness.api.next_call("sendPhoto")
    return await chat.until("Your week")


async def photos_and_edits(harness: Harness) -> int:
    return len(
        [
            c
            for c in harness.api.calls
            if c.method in ("sendPhoto", "editMessageReplyMarkup", "editMessageText")
        ]
    )


async def test_earlier_week_stops_at_the_week_the_user_joined(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)  # Sunday 29 November 2026: the week of Monday 23 November
    first = await summary(chat, harness)
    assert "Your week, 23 Nov – 29 Nov" in first["text"]
    assert EARLIER not in week_buttons(first)  # nothing before the user began

    # Two weeks later, the buttons go back two weeks and no further.
    harness.clock.advance(timedelta(days=14))
    now = await summary(chat, harness)
    assert "7 Dec – 13 Dec" in now["text"]
    assert week_buttons(now) == [EARLIER]
    chat.user.press(now, EARLIER)
    await harness.api.next_call("sendPhoto")
    middle = await chat.until("Your week")
    assert "30 Nov – 6 Dec" in middle["text"]
    assert week_buttons(middle) == [EARLIER, LATER]
    chat.user.press(middle, EARLIER)
    await harness.api.next_call("sendPhoto")
    oldest = await chat.until("Your week")
    assert "23 Nov – 29 Nov" in oldest["text"]
    assert week_buttons(oldest) == [LATER]

    # A stale or forged button for the week before gets a short alert, and nothing else.
    before = await photos_and_edits(harness)
    chat.user.press_data(oldest["message_id"], "sm:2026-11-16")
    answer = await chat.answered()
    assert answer["show_alert"] is True
    assert "before you started" in answer["text"]
    help_text = await chat.send("/help")  # the chat's updates run in order: that one is done
    assert "What I can do" in help_text["text"]
    assert await photos_and_edits(harness) == before


async def test_a_reflection_older_than_the_account_sets_the_first_week(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    async with harness.app.bot_data.services.db.transaction() as session:
        user = await session.get(User, chat.user.id)
        assert user is not None
        store.add(
            session,
            user,
            kind="note",
            track=None,
            local_date=date(2026, 11, 18),  # a Wednesday, the week before joining
            now=harness.clock.now(),
            text="written before",
        )
    now = await summary(chat, harness)
    assert week_buttons(now) == [EARLIER]
    chat.user.press(now, EARLIER)
    await harness.api.next_call("sendPhoto")
    earlier = await chat.until("Your week")
    assert "16 Nov – 22 Nov" in earlier["text"]
    assert week_buttons(earlier) == [LATER]


async def test_summary_last_in_the_first_week_shows_this_week(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    chat.user.send_text("/summary last")
    hint = await chat.reply()
    assert "Last week was before you started" in hint["text"]
    await harness.api.next_call("sendPhoto")
    words = await chat.until("Your week")
    assert "23 Nov – 29 Nov" in words["text"]
    # A week later, last week is the first week, as asked.
    harness.clock.advance(timedelta(days=7))
    last = await summary(chat, harness, "/summary last")
    assert "23 Nov – 29 Nov" in last["text"]
    assert week_buttons(last) == [LATER]
