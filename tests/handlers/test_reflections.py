"""Replies to prompts end to end: stored, acknowledged, rated, edited, paged in /history."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.db.models import Delivery, User
from tests.harness import Chat, Harness
from tests.steps import buttons, deliver, only_track, people, reflections, set_up


async def test_a_reply_to_a_self_compassion_prompt_is_kept_and_rated(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Self-compassion")
    prompt = await deliver(harness, chat)
    assert prompt["text"].startswith("Self-compassion")
    assert buttons(prompt) == ["1", "2", "3", "4", "5"]
    kept = await chat.send("I told myself it was fine to rest.")
    assert kept["text"].startswith("Kept.")
    assert "1 day you've reflected this week" in kept["text"]
    # The rating question comes in the same message, with its own buttons.
    assert kept["text"].endswith("How kind were you to yourself today?")
    assert buttons(kept) == ["1", "2", "3", "4", "5"]
    chat.user.press(prompt, "4")
    answer = await chat.answered()
    assert "4 of 5" in answer["text"]
    [entry] = await reflections(harness)
    assert (entry.track, entry.kind, entry.text, entry.rating) == (
        "self_compassion",
        "entry",
        "I told myself it was fine to rest.",
        4,
    )
    assert entry.prompt_id is not None and entry.prompt_id.startswith("sc-")
    chat.user.send_text("/history")
    history = await chat.until("Your reflections")
    assert "I told myself it was fine to rest." in history["text"]
    assert "Kindness to yourself: 4/5" in history["text"]


async def test_reply_to_the_prompt_message_and_then_edit_it(chat: Chat, harness: Harness):
    await set_up(chat, harness)
    await only_track(chat, harness, "Self-compassion")
    prompt = await deliver(harness, chat)
    update = chat.user.reply_to(prompt, "frist draft")
    kept = await chat.reply()
    assert kept["text"].startswith("Kept.")
    chat.user.edit_text(update["message"], "first draft, fixed")
    # Edits are applied quietly; /help afterwards proves the edit was processed in order.
    await chat.send("/help")
    [entry] = await reflections(harness)
    assert entry.text == "first draft, fixed"


async def test_a_reply_edited_into_a_command_stays_a_reply(chat: Chat, harness: Harness):
    await set_up(chat, harness)
    await only_track(chat, harness, "Self-compassion")
    prompt = await deliver(harness, chat)
    update = chat.user.reply_to(prompt, "pausing is what I do")
    assert (await chat.reply())["text"].startswith("Kept.")
    chat.user.edit_text(update["message"], "/pause 3")
    help_text = await chat.send("/help")  # answered next: the edit itself got no answer
    assert "/pause" in help_text["text"]
    [entry] = await reflections(harness)
    assert entry.text == "/pause 3"
    async with harness.app.bot_data.services.db.transaction() as session:
        user = await session.get(User, chat.user.id)
        assert user is not None and (user.status, user.paused_until) == ("active", None)


async def test_valued_traits_reply_asks_trait_and_person_and_keeps_people(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Noticing what you value")
    await deliver(harness, chat)
    ask_trait = await chat.send("Sam stayed up to help me move")
    assert "What does that show" in ask_trait["text"]
    ask_person = await chat.press(ask_trait, "Reliable")
    while "Who was it" not in ask_person.get("text", ""):
        ask_person = await chat.reply()
    done = await chat.send("Sam")
    assert done["text"].startswith("Kept.")
    [entry] = await reflections(harness)
    assert entry.data["trait"] == "Reliable"
    assert [p.name for p in await people(harness)] == ["Sam"]
    assert entry.person_id == (await people(harness))[0].id


async def test_text_without_an_open_prompt_asks_where_it_belongs(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    ask = await chat.send("Had a long talk with my brother today.")
    assert "Where does this belong" in ask["text"]
    assert "Just a note" in buttons(ask)
    [note] = await reflections(harness)
    assert (note.kind, note.track) == ("note", None)  # kept before any button is pressed
    filed = await chat.press(ask, "Noticing what you value")
    assert "Filed under Noticing what you value" in filed["text"]
    [entry] = await reflections(harness)
    assert (entry.kind, entry.track) == ("entry", "valued_traits")
    # Filed under values, it is asked for a trait and a person like any values answer, so it
    # can be brought back after friction with them.
    trait = await chat.reply()
    assert "What does that show about them" in trait["text"]
    chat.user.press(trait, "Patient")
    await chat.until("Who was it")
    kept = await chat.send("my brother")
    assert kept["text"].startswith("Kept.")
    [entry] = await reflections(harness)
    assert entry.data["trait"] == "Patient" and entry.person_id is not None


async def test_a_prompt_stays_open_at_most_18_hours(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Self-compassion")
    await deliver(harness, chat)
    harness.clock.advance(timedelta(hours=19))
    ask = await chat.send("late thought")
    assert "Where does this belong" in ask["text"]


async def test_media_and_captions(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Self-compassion")
    await deliver(harness, chat)
    chat.user.send_photo(caption="the view from the walk I took for myself")
    kept = await chat.reply()
    assert kept["text"].startswith("Kept.")
    chat.user.send_sticker()
    answer = await chat.reply()
    while "only keep text" not in answer["text"]:
        answer = await chat.reply()
    entries = await reflections(harness)
    assert [e.text for e in entries] == ["the view from the walk I took for myself"]


async def test_prompt_on_demand_and_no_second_prompt_once_answered(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness, hhmm="20:00")
    await only_track(chat, harness, "Noticing what you value")
    prompt = await chat.send("/prompt values")
    assert prompt["text"].startswith("Noticing what you value")
    await chat.send("My friend Lea remembered my exam")
    harness.clock.advance(timedelta(hours=11, minutes=2))  # 20:02, the scheduled time
    await harness.tick()
    async with harness.app.bot_data.services.db.transaction() as session:
        rows = await session.execute(
            select(Delivery.kind, Delivery.status, Delivery.error).where(
                Delivery.track == "valued_traits"
            )
        )
        assert sorted(rows.all()) == [
            ("on_demand", "sent", None),
            ("scheduled", "skipped", "answered"),
        ]


async def test_history_pages(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Self-compassion")
    for day in range(7):
        await deliver(harness, chat)
        kept = await chat.send(f"entry number {day}")
        assert kept["text"].startswith("Kept.")
        harness.clock.advance(timedelta(days=1) - timedelta(minutes=2))
    first = await chat.send("/history self")
    assert "entry number 6" in first["text"] and "entry number 2" in first["text"]
    assert "entry number 1" not in first["text"]
    older = await chat.press(first, "« Older")
    assert "entry number 1" in older["text"] and "entry number 0" in older["text"]
    assert "Newer »" in buttons(older)
