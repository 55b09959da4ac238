"""Following through: a review's next step is asked about once, a couple of days later, at the
evening time; the answer and a line are kept with the review; off in /settings means off."""

from __future__ import annotations

from datetime import timedelta

from bot.domain.tracks import FOLLOW_UP
from bot.sandbox.fake_api import UploadedFile
from tests.harness import Chat, Harness
from tests.steps import buttons, deliveries, reflections, review_with_step, set_up

ASKED = "How did it go?"


def follow_ups_sent(harness: Harness, chat: Chat) -> list[dict]:
    return [m for m in harness.api.sent_messages(chat.user.id) if ASKED in m.get("text", "")]


async def test_a_next_step_is_asked_about_once_two_evenings_later(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)  # every prompt at 09:01 UTC: that is the evening time here
    done = await review_with_step(chat, harness)
    assert "In a couple of days I'll ask how your next step went" in done["text"]
    [queued] = [d for d in await deliveries(harness) if d.track == FOLLOW_UP]
    reviewed_on = harness.clock.now().date()
    assert queued.local_date == reviewed_on + timedelta(days=2)
    assert (queued.due_at.hour, queued.due_at.minute) == (9, 1)
    # The next day: not yet.
    harness.clock.advance(timedelta(days=1, minutes=2))
    await harness.tick()
    assert follow_ups_sent(harness, chat) == []
    # Its day, at the evening time: once, however many ticks and restarts follow.
    harness.clock.advance(timedelta(days=1))
    await harness.tick()
    await harness.restart()
    harness.clock.advance(timedelta(minutes=5))
    await harness.tick()
    [asked] = follow_ups_sent(harness, chat)
    assert (await chat.until(ASKED))["message_id"] == asked["message_id"]
    day = f"{reviewed_on:%a} {reviewed_on.day} {reviewed_on:%b}"
    assert f"On {day} you planned a next step with Sam: Talk it through." in asked["text"]
    assert buttons(asked) == ["I did it", "Not yet", "I changed my mind", "Skip"]
    chat.user.press(asked, "I did it")
    await chat.until("You did it")
    chat.user.send_text("it went better than I feared, we laughed about it")
    await chat.until("Kept with that review.")
    [kept_review] = [r for r in await reflections(harness) if r.kind == "review"]
    assert kept_review.data["follow_up"] == "did_it"
    assert kept_review.data["follow_up_on"] == str(harness.clock.now().date())
    assert kept_review.data["follow_up_text"] == "it went better than I feared, we laughed about it"
    # The export holds it, in words.
    chat.user.send_text("/export")
    await harness.api.next_call("sendDocument")  # JSON
    readable = (await harness.api.next_call("sendDocument")).params["document"]
    assert isinstance(readable, UploadedFile) and readable.filename == "letin-export.md"
    assert "- How it went: I did it — it went better than I feared" in readable.content.decode()
    # This week's summary counts the step taken.
    chat.user.send_text("/summary")
    summary = await chat.until("Next steps this week")
    assert "1 taken." in summary["text"]
    # A second press (a double tap that raced the edit) is answered, not obeyed.
    chat.user.press_data(asked["message_id"], f"fu:{kept_review.id}:not_yet")
    notice = await chat.answered()
    while "already answered" not in (notice.get("text") or ""):
        notice = await chat.answered()
    harness.clock.advance(timedelta(days=3))
    await harness.tick()
    assert follow_ups_sent(harness, chat) == []  # the one asked was answered (edited)
    assert [d.status for d in await deliveries(harness) if d.track == FOLLOW_UP] == ["sent"]


async def test_skip_keeps_no_line_and_no_step_asks_nothing(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    done = await review_with_step(chat, harness, step="Nothing yet")
    assert "I'll ask" not in done["text"]
    assert [d for d in await deliveries(harness) if d.track == FOLLOW_UP] == []
    harness.clock.advance(timedelta(days=1))
    await review_with_step(chat, harness)
    harness.clock.advance(timedelta(days=2, minutes=2))
    await harness.tick()
    asked = await chat.until(ASKED)
    assert len(follow_ups_sent(harness, chat)) == 1
    chat.user.press(asked, "Skip")
    await chat.until("Okay, skipped.")
    # A text now is not taken as a line about the step.
    chat.user.send_text("long day at work")
    await chat.reply()
    reviews = [r for r in await reflections(harness) if r.kind == "review"]
    assert [r.data.get("follow_up") for r in reviews] == [None, "skipped"]
    assert all("follow_up_text" not in r.data for r in reviews)


async def test_turned_off_in_settings_nothing_is_asked(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    await review_with_step(chat, harness)
    menu = await chat.send("/settings")
    assert "🔁 Asking how next steps went: on" in buttons(menu)
    menu = await chat.press(menu, "🔁 Asking how next steps went: on")
    assert "🔁 Asking how next steps went: off" in buttons(menu)
    [cancelled] = [d for d in await deliveries(harness) if d.track == FOLLOW_UP]
    assert cancelled.status == "skipped"
    harness.clock.advance(timedelta(days=1))
    done = await review_with_step(chat, harness)
    assert "I'll ask" not in done["text"]
    harness.clock.advance(timedelta(days=4))
    await harness.tick()
    assert follow_ups_sent(harness, chat) == []
    assert len([d for d in await deliveries(harness) if d.track == FOLLOW_UP]) == 1


async def test_a_pause_holds_the_question_back(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    await review_with_step(chat, harness)
    paused = await chat.send("/pause 7")
    assert "Paused" in paused["text"] or "pause" in paused["text"].lower()
    harness.clock.advance(timedelta(days=2, minutes=2))
    await harness.tick()
    assert follow_ups_sent(harness, chat) == []
    [skipped] = [d for d in await deliveries(harness) if d.track == FOLLOW_UP]
    assert skipped.status == "skipped"
