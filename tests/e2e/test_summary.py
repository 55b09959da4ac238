"""The weekly summary (/summary after a scripted week, and the automatic one, once), the month
and the year (/summary month, /summary year) and the automatic monthly summary."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from tests.harness import Chat, Harness
from tests.steps import deliveries, only_track, set_up

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


async def _review_later(chat: Chat, harness: Harness, asked: datetime, answered: datetime) -> None:
    """/prompt conflict at `asked`; at `answered`, a review with Sam, felt hurt."""
    harness.clock.set(asked)
    chat.user.send_text("/prompt conflict")
    check_in = await chat.until("Any friction")
    harness.clock.set(answered)
    chat.user.press(check_in, "Yes, let's look at it")
    await chat.until("Reply whenever you like")
    chat.user.send_text("we argued about the weekend plans")
    who = await chat.until("Who was it with")
    chat.user.press(who, "Someone else (type it)")
    await chat.until("Type their name")
    felt = await chat.send("Sam")
    felt = await chat.press(felt, "Hurt")
    chat.user.press(felt, "Done")
    for question, button in (
        ("Did you pull away", "No, I stayed close"),
        ("underneath", "Done"),
        ("next step", "Talk it through"),
    ):
        chat.user.press(await chat.until(question), button)
    await chat.until("saved as one review")
    harness.api.drain()


async def test_the_summary_names_feelings_people_and_only_real_timing(
    chat: Chat, harness: Harness
) -> None:
    harness.clock.set(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))  # a Monday, a UTC user
    await set_up(chat, harness)
    # Monday to Thursday: each check-in asked for in the evening and answered at once.
    for day in range(4):
        evening = datetime(2026, 11, 23 + day, 20, 0, tzinfo=UTC)
        await _review_later(chat, harness, evening, evening + timedelta(minutes=2))
    harness.clock.set(datetime(2026, 11, 27, 21, 0, tzinfo=UTC))
    chat.user.send_text("/summary")
    text = (await chat.until("Your week"))["text"]
    assert "What you felt most: Hurt ×4 (new)" in text
    assert "Sam (friction ×4)" in text
    # Every review came right after its evening check-in: that is when it comes, not a habit.
    assert "look back on friction" not in text
    harness.api.drain()

    # The next week, check-ins asked for in the morning and answered late at night.
    for day in range(4):
        morning = datetime(2026, 11, 30, 8, 0, tzinfo=UTC) + timedelta(days=day)
        await _review_later(chat, harness, morning, morning.replace(hour=23))
    harness.clock.set(datetime(2026, 12, 4, 21, 0, tzinfo=UTC))
    chat.user.send_text("/summary")
    text = (await chat.until("Your week"))["text"]
    assert "You tend to look back on friction in the night" in text
    assert "Hurt ×4 (8 of 8 reviews in 4 weeks)" in text


async def test_the_month_and_the_year_so_far_as_a_calendar_and_in_words(
    chat: Chat, harness: Harness
) -> None:
    await scripted_week(chat, harness)  # ratings 2, 3, 3, 4, 5 from Monday 23 November
    harness.clock.set(datetime(2026, 11, 28, 10, 0, tzinfo=UTC))
    chat.user.send_text("/summary month")
    photo = await harness.api.next_call("sendPhoto")
    assert photo.params["photo"].content.startswith(PNG)
    assert "kindness rated on 5 days, 3.4 on average" in photo.params["caption"]
    text = (await chat.until("Your month"))["text"]
    assert "Your month: November 2026" in text
    # The user started on 23 November: six days of the month so far, said plainly.
    assert "You started on 23 Nov, so this covers 6 days" in text
    assert "You reflected on 5 of 6 days" in text
    assert "3.4 of 5 on average, over 5 ratings" in text
    assert "day 1: I let myself rest" not in text  # patterns, not a replay of words
    harness.api.drain()

    chat.user.send_text("/summary year")
    photo = await harness.api.next_call("sendPhoto")
    assert photo.params["photo"].content.startswith(PNG)
    text = (await chat.until("Your year"))["text"]
    # The user started on 23 November: the year is six days long for them, said plainly.
    assert "You started on 23 Nov, so this covers 6 days" in text
    assert "You reflected on 5 of 6 days" in text
    assert "Month by month" not in text  # one month is no comparison
    harness.api.drain()

    # A word the command does not know is explained.
    chat.user.send_text("/summary decade")
    assert "/summary month" in (await chat.reply())["text"]


def _month_photos(harness: Harness) -> list[object]:
    return [
        c
        for c in harness.api.calls
        if c.method == "sendPhoto" and c.params["caption"].startswith("Your month")
    ]


async def test_the_monthly_summary_comes_once_on_the_first_evening(
    chat: Chat, harness: Harness
) -> None:
    await scripted_week(chat, harness)  # November, from the 23rd
    harness.clock.set(datetime(2026, 12, 1, 18, 59, tzinfo=UTC))  # a UTC user
    await harness.tick()
    assert _month_photos(harness) == []
    harness.clock.set(datetime(2026, 12, 1, 19, 1, tzinfo=UTC))
    await harness.tick()
    text = (await chat.until("Your month"))["text"]
    assert "Your month: November 2026" in text
    assert "You reflected on 5 of 8 days" in text  # 23 to 30 November
    assert "3.4 of 5 on average" in text
    await harness.tick()
    await harness.restart()
    harness.clock.advance(timedelta(minutes=10))
    await harness.tick()
    assert len(_month_photos(harness)) == 1
    # The next one is planned for the first of January.
    [planned] = [
        d
        for d in await deliveries(harness, monthly=True)
        if d.track == "monthly_summary" and d.status == "queued"
    ]
    assert planned.local_date == date(2027, 1, 1)


async def test_the_monthly_summary_can_be_turned_off_and_on(chat: Chat, harness: Harness) -> None:
    await scripted_week(chat, harness)
    chat.user.send_text("/settings")
    menu = await chat.until("Your settings")
    off = await chat.press(menu, "🗓 Monthly summary: on")
    assert "🗓 Monthly summary: off" in str(off["reply_markup"])
    harness.clock.set(datetime(2026, 12, 1, 19, 5, tzinfo=UTC))
    await harness.tick()
    assert _month_photos(harness) == []
    # On again: the next month's comes (this month's evening has passed).
    harness.api.drain()
    chat.user.send_text("/settings")
    menu = await chat.until("Your settings")
    await chat.press(menu, "🗓 Monthly summary: off")
    [planned] = [
        d
        for d in await deliveries(harness, monthly=True)
        if d.track == "monthly_summary" and d.status == "queued"
    ]
    assert planned.local_date == date(2027, 1, 1)


async def test_the_monthly_summary_turned_off_and_on_again_within_the_month_still_comes(
    chat: Chat, harness: Harness
) -> None:
    await scripted_week(chat, harness)
    for label in ("🗓 Monthly summary: on", "🗓 Monthly summary: off"):
        chat.user.send_text("/settings")
        menu = await chat.until("Your settings")
        await chat.press(menu, label)
    # Second thoughts before the month ended: the 1 December summary is queued again.
    [(day, status, _)] = await _monthly_rows(harness)
    assert (day, status) == (date(2026, 12, 1), "queued")
    harness.clock.set(datetime(2026, 12, 1, 19, 5, tzinfo=UTC))
    await harness.tick()
    assert len(_month_photos(harness)) == 1


async def test_a_pause_ended_within_the_month_plans_its_summary_again(
    chat: Chat, harness: Harness
) -> None:
    await scripted_week(chat, harness)
    chat.user.send_text("/pause 7")
    await chat.until("Paused until")
    chat.user.send_text("/resume")
    await chat.until("Welcome back")
    [(day, status, _)] = await _monthly_rows(harness)
    assert (day, status) == (date(2026, 12, 1), "queued")


async def test_a_month_with_nothing_written_sends_nothing(chat: Chat, harness: Harness) -> None:
    harness.clock.set(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    await set_up(chat, harness)
    harness.clock.set(datetime(2026, 12, 1, 19, 5, tzinfo=UTC))
    await harness.tick()
    assert _month_photos(harness) == []
    assert [
        (d.local_date, d.status)
        for d in await deliveries(harness, monthly=True)
        if d.track == "monthly_summary"
    ] == [(date(2026, 12, 1), "skipped"), (date(2027, 1, 1), "queued")]


async def test_a_pause_holds_the_monthly_summary_back_and_resuming_plans_it(
    chat: Chat, harness: Harness
) -> None:
    await scripted_week(chat, harness)
    chat.user.send_text("/pause 7")
    await chat.until("Paused until")
    harness.clock.set(datetime(2026, 12, 1, 19, 5, tzinfo=UTC))  # within the pause
    await harness.tick()
    assert _month_photos(harness) == []
    chat.user.send_text("/resume")
    await chat.until("Welcome back")
    assert [
        (d.local_date, d.status)
        for d in await deliveries(harness, monthly=True)
        if d.track == "monthly_summary"
    ] == [(date(2026, 12, 1), "skipped"), (date(2027, 1, 1), "queued")]


async def _monthly_rows(harness: Harness) -> list[tuple[date, str, datetime]]:
    return [
        (d.local_date, d.status, d.due_at.astimezone(UTC))
        for d in await deliveries(harness, monthly=True)
        if d.track == "monthly_summary"
    ]


async def test_a_missed_monthly_summary_is_not_sent_late_and_the_next_is_planned(
    chat: Chat, harness: Harness
) -> None:
    await scripted_week(chat, harness)
    # Down from before the first evening of December until well past the grace period.
    await harness.stop()
    harness.clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    await harness.start()
    await harness.tick()
    assert _month_photos(harness) == []
    assert [(day, status) for day, status, _ in await _monthly_rows(harness)] == [
        (date(2026, 12, 1), "missed"),
        (date(2027, 1, 1), "queued"),
    ]


async def test_a_new_zone_or_summary_time_moves_the_planned_monthly_summary(
    chat: Chat, harness: Harness
) -> None:
    await scripted_week(chat, harness)  # a UTC user; the weekly summary at 19:00
    [(_, _, due)] = await _monthly_rows(harness)
    assert due == datetime(2026, 12, 1, 19, 0, tzinfo=UTC)
    harness.api.drain()
    chat.user.send_text("/timezone Europe/Berlin")
    await chat.until("Berlin")
    [(day, status, due)] = await _monthly_rows(harness)
    assert (day, status, due) == (
        date(2026, 12, 1),
        "queued",
        datetime(2026, 12, 1, 18, 0, tzinfo=UTC),
    )
    chat.user.send_text("/settings")
    menu = await chat.until("Your settings")
    summary_menu = await chat.press(menu, "📊 Weekly summary")
    await chat.press(summary_menu, "21:00")
    [(_, _, due)] = await _monthly_rows(harness)
    assert due == datetime(2026, 12, 1, 20, 0, tzinfo=UTC)  # 21:00 in Berlin
    harness.clock.set(datetime(2026, 12, 1, 19, 59, tzinfo=UTC))
    await harness.tick()
    assert _month_photos(harness) == []
    harness.clock.set(datetime(2026, 12, 1, 20, 1, tzinfo=UTC))
    await harness.tick()
    await chat.until("Your month")
    assert len(_month_photos(harness)) == 1
