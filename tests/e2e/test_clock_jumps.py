"""The clock jumps an hour, and DST days, end to end: real ticks, database and fake Bot API.

bot/domain/schedule.py promises that each enabled local date fires exactly once, across DST
(tests/domain/test_schedule.py checks the arithmetic). Here the whole path is watched: the
injected FakeClock jumps (as a system clock corrected by NTP, or set by hand, would), the
running Application ticks, and what counts is what the fake Bot API actually received.

* Back an hour just after a prompt went out: the due time comes round again, and nothing is
  sent again (the schedule already points at tomorrow; the delivery row is keyed by date).
* Forward an hour across a due time: that prompt is sent once, late (within the grace).
* Forward an hour across several due times (three tracks and the weekly summary): each once.
* Europe/Berlin's DST days with a prompt at 02:30: exactly one prompt that day, at 03:00 on
  the spring-forward day (02:30 does not exist) and at the first 02:30 on the fall-back day.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.domain.tracks import TRACK_IDS
from tests.harness import Chat, Harness
from tests.steps import begin, deliveries, load_user, prompts_sent, set_up

BERLIN = ZoneInfo("Europe/Berlin")
HOUR = timedelta(hours=1)
# Ticks on DST days: 02:30 and 03:00 local fall on a tick in every offset involved.
STEP = timedelta(minutes=15)


async def tick_through(harness: Harness, until: datetime, step: timedelta) -> Counter[str]:
    """Tick every `step` of fake time until `until`; return what the ticks did in total."""
    total: Counter[str] = Counter()
    while harness.clock.now() < until:
        harness.clock.advance(min(step, until - harness.clock.now()))
        counts = await harness.tick()
        total.update(due=counts.due, sent=counts.sent, missed=counts.missed)
    return total


def sent_at(message: dict) -> datetime:
    """When the fake API received a message (its `date`, from the same fake clock)."""
    return datetime.fromtimestamp(message["date"], UTC)


async def test_a_jump_back_after_a_prompt_went_out_sends_nothing_again(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)  # every track at 09:01 UTC; the clock stands at 09:00
    harness.clock.advance(timedelta(minutes=1, seconds=30))
    assert (await harness.tick()).sent == 3
    harness.clock.advance(-HOUR)  # 08:01:30 again
    # The hour is lived through again, past 09:01, a tick every minute.
    again = await tick_through(harness, harness.clock.now() + 2 * HOUR, timedelta(minutes=1))
    assert again == Counter(due=0, sent=0, missed=0)
    assert len(prompts_sent(harness, chat.user.id)) == 3
    assert len(await deliveries(harness)) == 3
    # The next day comes as usual: once.
    harness.clock.set(datetime(2026, 11, 30, 9, 1, 30, tzinfo=UTC))
    assert (await harness.tick()).sent == 3
    await tick_through(harness, harness.clock.now() + HOUR, timedelta(minutes=5))
    assert len(prompts_sent(harness, chat.user.id)) == 6


async def test_a_jump_back_then_a_new_time_makes_today_due_again_but_sends_nothing(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    harness.clock.advance(timedelta(minutes=1, seconds=30))
    assert (await harness.tick()).sent == 3
    harness.api.drain()
    harness.clock.advance(-HOUR)  # 08:01:30
    # Setting the same time again recomputes the schedules from the clock, which now says
    # today's 09:01 is still ahead: the schedule alone would send today's prompts again.
    assert "09:01" in (await chat.send("/time 09:01"))["text"]
    user = await load_user(harness, chat.user.id)
    assert user is not None
    assert {s.next_due_at for s in user.schedules if s.track in TRACK_IDS} == {
        datetime(2026, 11, 29, 9, 1, tzinfo=UTC)
    }
    harness.api.drain()
    # The delivery key (user, track, local date) is what keeps it to once.
    again = await tick_through(harness, harness.clock.now() + 2 * HOUR, timedelta(minutes=1))
    assert again == Counter(due=3, sent=0, missed=0)
    assert len(prompts_sent(harness, chat.user.id)) == 3
    assert len(await deliveries(harness)) == 3


async def test_a_jump_back_while_a_retry_waits_sends_it_once_when_its_time_comes_again(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    harness.api.fail("sendMessage", error_code=502, description="Bad Gateway", times=3)
    harness.clock.advance(timedelta(minutes=1, seconds=30))  # 09:01:30
    assert (await harness.tick()).retried == 3  # to be retried from 09:02:00
    harness.clock.advance(-HOUR)
    # The retry time is an instant: an hour of ticks passes before it comes again...
    early = await tick_through(harness, harness.clock.now() + HOUR, timedelta(minutes=1))
    assert early["sent"] == 0 and prompts_sent(harness, chat.user.id) == []
    # ...and then the prompts go out, once each, and are not lost.
    later = await tick_through(harness, harness.clock.now() + HOUR, timedelta(minutes=1))
    assert later["sent"] == 3
    assert len(prompts_sent(harness, chat.user.id)) == 3
    assert {d.status for d in await deliveries(harness)} == {"sent"}


async def test_a_jump_forward_across_the_due_time_sends_it_once_late(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)  # every track at 09:01 UTC
    assert (await harness.tick()).due == 0
    harness.clock.advance(HOUR)  # 09:00 -> 10:00, straight over 09:01
    counts = await harness.tick()
    assert (counts.due, counts.sent, counts.missed) == (3, 3, 0)
    after = await tick_through(harness, harness.clock.now() + HOUR, timedelta(minutes=1))
    assert after["sent"] == 0
    prompts = prompts_sent(harness, chat.user.id)
    assert len(prompts) == 3
    assert {sent_at(m) for m in prompts} == {datetime(2026, 11, 29, 10, 0, tzinfo=UTC)}
    rows = await deliveries(harness)
    assert {(d.status, d.due_at) for d in rows} == {
        ("sent", datetime(2026, 11, 29, 9, 1, tzinfo=UTC))
    }
    # The schedule moved on to tomorrow's 09:01, not to "an hour after 10:00".
    user = await load_user(harness, chat.user.id)
    assert user is not None
    assert {s.next_due_at for s in user.schedules if s.track in TRACK_IDS} == {
        datetime(2026, 11, 30, 9, 1, tzinfo=UTC)
    }


async def test_a_jump_forward_across_several_due_times_sends_each_once(
    chat: Chat, harness: Harness
) -> None:
    harness.clock.set(datetime(2026, 11, 29, 8, 30, tzinfo=UTC))  # a Sunday
    await set_up(chat, harness, hhmm="08:40")
    assert "09:05" in (await chat.send("/time 09:05 values"))["text"]
    assert "09:20" in (await chat.send("/time 09:20 conflict"))["text"]
    menu = await chat.send("/settings")
    summary_menu = await chat.press(menu, "📊 Weekly summary")
    moved = await chat.press(summary_menu, "09:00")  # this Sunday's summary at 09:00
    assert "on Sun at 09:00" in moved["text"]
    harness.api.drain()
    assert (await harness.tick()).due == 0
    harness.clock.advance(HOUR)  # 08:30 -> 09:30: over 08:40, 09:00, 09:05 and 09:20
    counts = await harness.tick()
    assert (counts.due, counts.sent, counts.missed) == (4, 4, 0)
    after = await tick_through(harness, harness.clock.now() + 2 * HOUR, timedelta(minutes=5))
    assert after["sent"] == 0
    headers = Counter(m["text"].split("\n", 1)[0] for m in prompts_sent(harness, chat.user.id))
    assert sorted(headers.values()) == [1, 1, 1] and len(headers) == 3
    photos = [c for c in harness.api.calls if c.method == "sendPhoto"]
    weeks = [m for m in harness.api.sent_messages(chat.user.id) if "Your week" in m.get("text", "")]
    assert len(photos) == 1 and len(weeks) == 1
    rows = await deliveries(harness)
    assert len(rows) == 4 and {d.status for d in rows} == {"sent"}


async def onboard_in_berlin_at_0230(chat: Chat, harness: Harness) -> None:
    """A user in Europe/Berlin with every prompt at 02:30 local time."""
    await begin(chat)
    await chat.send("Europe/Berlin")
    times = await chat.reply()
    await chat.press(times, "I'll type a time")
    summary = await chat.send("02:30")
    assert "You're all set" in summary["text"] and "Europe/Berlin" in summary["text"]
    harness.api.drain()


def weekly_summaries(harness: Harness) -> list[datetime]:
    """When the fake API received each weekly summary's chart."""
    return [sent_at(call.result) for call in harness.api.calls if call.method == "sendPhoto"]


async def prompts_by_local_date(harness: Harness, chat: Chat) -> dict[date, list[datetime]]:
    """The instants at which the fake API received prompts, by local date in Berlin."""
    by_date: dict[date, list[datetime]] = {}
    for message in prompts_sent(harness, chat.user.id):
        at = sent_at(message)
        by_date.setdefault(at.astimezone(BERLIN).date(), []).append(at)
    return by_date


async def test_spring_forward_day_in_berlin_sends_the_0230_prompt_once_at_0300(
    chat: Chat, harness: Harness
) -> None:
    # Sunday 28 March 2027: at 02:00 CET (01:00 UTC) clocks jump to 03:00 CEST.
    harness.clock.set(datetime(2027, 3, 27, 20, 0, tzinfo=UTC))
    await onboard_in_berlin_at_0230(chat, harness)
    await tick_through(harness, datetime(2027, 3, 29, 3, 0, tzinfo=UTC), STEP)
    by_date = await prompts_by_local_date(harness, chat)
    assert sorted(by_date) == [date(2027, 3, 28), date(2027, 3, 29)]
    # Three tracks, each exactly once a day.
    assert [len(by_date[d]) for d in sorted(by_date)] == [3, 3]
    # 02:30 did not exist on the 28th: sent at the first instant after the gap, 03:00 CEST.
    assert set(by_date[date(2027, 3, 28)]) == {datetime(2027, 3, 28, 1, 0, tzinfo=UTC)}
    assert datetime(2027, 3, 28, 1, 0, tzinfo=UTC).astimezone(BERLIN).hour == 3
    # The next day, 02:30 CEST again.
    assert set(by_date[date(2027, 3, 29)]) == {datetime(2027, 3, 29, 0, 30, tzinfo=UTC)}
    rows = await deliveries(harness)
    assert Counter(d.local_date for d in rows if d.track in TRACK_IDS) == {
        date(2027, 3, 28): 3,
        date(2027, 3, 29): 3,
    }
    # That Sunday's weekly summary (19:00 CEST, 17:00 UTC) came once too.
    assert weekly_summaries(harness) == [datetime(2027, 3, 28, 17, 0, tzinfo=UTC)]


async def test_fall_back_day_in_berlin_sends_the_0230_prompt_once_at_its_first_occurrence(
    chat: Chat, harness: Harness
) -> None:
    # Sunday 31 October 2027: at 03:00 CEST (01:00 UTC) clocks go back to 02:00 CET, so
    # 02:30 happens twice: at 00:30 UTC and again at 01:30 UTC.
    harness.clock.set(datetime(2027, 10, 30, 20, 0, tzinfo=UTC))
    await onboard_in_berlin_at_0230(chat, harness)
    await tick_through(harness, datetime(2027, 11, 1, 3, 0, tzinfo=UTC), STEP)
    by_date = await prompts_by_local_date(harness, chat)
    assert sorted(by_date) == [date(2027, 10, 31), date(2027, 11, 1)]
    assert [len(by_date[d]) for d in sorted(by_date)] == [3, 3]
    # Once, at the first 02:30 (CEST); the second 02:30 (CET) an hour later sends nothing.
    assert set(by_date[date(2027, 10, 31)]) == {datetime(2027, 10, 31, 0, 30, tzinfo=UTC)}
    assert set(by_date[date(2027, 11, 1)]) == {datetime(2027, 11, 1, 1, 30, tzinfo=UTC)}
    rows = await deliveries(harness)
    assert Counter(d.local_date for d in rows if d.track in TRACK_IDS) == {
        date(2027, 10, 31): 3,
        date(2027, 11, 1): 3,
    }
    # That Sunday's weekly summary (19:00 CET, 18:00 UTC) came once too.
    assert weekly_summaries(harness) == [datetime(2027, 10, 31, 18, 0, tzinfo=UTC)]
