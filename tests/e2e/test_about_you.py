"""About you: whose pulling away the user works with and who is close, asked at set-up
(skippable) and in /settings; the fourth track for someone close who pulls away; prompts
that fit who the user has."""

from __future__ import annotations

from datetime import timedelta

from bot.domain.tracks import Track
from tests.harness import Chat, Harness
from tests.steps import buttons, deliveries, load_user, only_track, reflections

ASK = "which sounds most like you"


async def start_until_about_you(chat: Chat) -> dict:
    await chat.send("/start")
    consent = await chat.reply()
    chat.user.press(consent, "I agree")
    about = await chat.until(ASK)
    # The timezone question follows at once: set-up goes on whether this is answered or not.
    await chat.until("your timezone")
    return about


async def finish_set_up(chat: Chat, harness: Harness) -> None:
    await chat.send("UTC")
    times = await chat.until("When should the prompts come")
    await chat.press(times, "I'll type a time")
    done = await chat.send("09:01")
    assert "You're all set" in done["text"]
    harness.api.drain()


async def test_someone_close_pulls_away_adds_the_fourth_track_delivered_like_the_others(
    chat: Chat, harness: Harness
) -> None:
    about = await start_until_about_you(chat)
    assert buttons(about) == [
        "I tend to pull away when it gets close",
        "Someone close to me pulls away",
        "A bit of both",
        "Skip",
    ]
    close = await chat.press(about, "Someone close to me pulls away")
    assert "I'll add a fourth track, Supporting someone" in close["text"]
    assert buttons(close) == ["▫️ A partner", "▫️ Friends", "▫️ Family", "Done"]
    ticked = await chat.press(close, "▫️ Friends")
    assert buttons(ticked) == ["▫️ A partner", "✅ Friends", "▫️ Family", "Done"]
    done = await chat.press(ticked, "Done")
    assert "The prompts will fit that" in done["text"]
    user = await load_user(harness, chat.user.id)
    assert user is not None and (user.role, user.close_ones) == ("other", 2)
    await finish_set_up(chat, harness)
    plan = await chat.send("/settings")
    assert "Supporting someone: 09:01" in plan["text"]
    harness.clock.advance(timedelta(minutes=2))
    counts = await harness.tick()
    assert counts.sent == 4
    supporting = await chat.until("Supporting someone")
    chat.user.reply_to(supporting, "I didn't chase her today; I said I'm here when she's ready")
    kept = await chat.until("Kept.")
    assert "reflected this week" in kept["text"]
    [entry] = [r for r in await reflections(harness) if r.track == Track.SUPPORTING_SOMEONE]
    assert entry.kind == "entry" and entry.delivery_id is not None
    assert supporting["text"].startswith("Supporting someone")


async def test_prompts_fit_who_is_close(chat: Chat, harness: Harness) -> None:
    about = await start_until_about_you(chat)
    close = await chat.press(about, "I tend to pull away when it gets close")
    assert "fourth track" not in close["text"]
    ticked = await chat.press(close, "▫️ Friends")
    await chat.press(ticked, "Done")
    await finish_set_up(chat, harness)
    await only_track(chat, harness, "Noticing what you value")
    assumes = {p.id: p.assumes for p in harness.content.prompts("en", "valued_traits")}
    harness.clock.advance(timedelta(minutes=2))
    for _ in range(45):
        await harness.tick()
        harness.clock.advance(timedelta(days=1))
    rows = [d for d in await deliveries(harness) if d.track == "valued_traits"]
    assert [d.status for d in rows] == ["sent"] * 45
    sent = [d.prompt_id for d in rows]
    assert {assumes[p] for p in sent if p} <= {"friend", "anyone"}
    assert "friend" in {assumes[p] for p in sent if p}


async def test_about_you_can_be_skipped_and_changed_in_settings(
    chat: Chat, harness: Harness
) -> None:
    about = await start_until_about_you(chat)
    skipped = await chat.press(about, "Skip")
    assert "/settings → About you" in skipped["text"]
    await finish_set_up(chat, harness)
    user = await load_user(harness, chat.user.id)
    assert user is not None and (user.role, user.close_ones) == (None, None)
    menu = await chat.send("/settings")
    asked = await chat.press(menu, "🙂 About you")
    assert ASK in asked["text"]
    close = await chat.press(asked, "A bit of both")
    assert "I've added a fourth track" in close["text"]
    done = await chat.press(close, "Done")
    assert "every prompt stays in the mix" in done["text"]
    user = await load_user(harness, chat.user.id)
    assert user is not None and (user.role, user.close_ones) == ("both", None)
    rows = {s.track: s for s in user.schedules}
    assert rows["supporting_someone"].enabled
    # Asked again, it does not add the track twice or turn anything off.
    menu = await chat.send("/settings")
    asked = await chat.press(menu, "🙂 About you")
    close = await chat.press(asked, "I tend to pull away when it gets close")
    assert "fourth track" not in close["text"]
