"""The conflict review: check-in, steps by buttons or text, one stored review, reminders."""

from __future__ import annotations

from sqlalchemy import select

from bot.db.models import Reflection
from tests.harness import Chat, Harness
from tests.steps import buttons, deliver, only_track, reflections, set_up

# The "what happened" question carries the prompt hint; the check-in message does not.
QUESTION = "Reply whenever you like"


async def test_a_full_review_is_stored_as_one_reflection(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Reviewing conflicts")
    check_in = await deliver(harness, chat)
    assert "Any friction today?" in check_in["text"]
    assert buttons(check_in) == ["Calm day", "Yes, let's look at it", "Skip today"]
    chat.user.press(check_in, "Yes, let's look at it")
    await chat.until(QUESTION)  # the "what happened" question
    chat.user.send_text("We argued about the holidays and I went silent.")
    who = await chat.until("Who was it with")
    chat.user.press(who, "Someone else (type it)")
    await chat.until("Type their name")
    felt = await chat.send("Sam")
    assert "What did you feel" in felt["text"]
    toggled = await chat.press(felt, "Hurt")
    assert "✓ Hurt" in buttons(toggled)
    toggled = await chat.press(toggled, "Scared")
    chat.user.press(toggled, "Done")
    distancing = await chat.until("Did you pull away")
    toggled = await chat.press(distancing, "I went quiet")
    chat.user.press(toggled, "Done")
    underneath = await chat.until("underneath")
    nxt = await chat.send("I was afraid they'd laugh at me")
    assert "next step" in nxt["text"]
    chat.user.press(nxt, "Talk it through")
    done = await chat.until("saved as one review")
    assert "1 day you've reflected this week" in done["text"]
    assert underneath is not None
    [review] = await reflections(harness)
    assert (review.kind, review.status, review.track) == ("review", "done", "conflict_review")
    assert review.text == "We argued about the holidays and I went silent."
    assert review.data["felt"] == ["hurt", "scared"]
    assert review.data["distancing"] == ["went_quiet"]
    assert review.data["underneath_text"] == "I was afraid they'd laugh at me"
    assert review.data["next"] == ["talk_about_it"]
    assert review.person_id is not None
    chat.user.send_text("/history conflict")
    history = await chat.until("Your reflections")
    assert "Friction with Sam" in history["text"]
    assert "Felt: Hurt, Scared" in history["text"]


async def test_a_calm_day_is_recorded(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Reviewing conflicts")
    check_in = await deliver(harness, chat)
    calm = await chat.press(check_in, "Calm day")
    assert "calm day, noted" in calm["text"]
    [row] = await reflections(harness)
    assert (row.kind, row.track) == ("calm", "conflict_review")


async def test_typing_while_the_check_in_is_open_asks_before_starting_a_review(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Reviewing conflicts")
    await deliver(harness, chat)
    ask = await chat.send("My sister cancelled again and I snapped at her")
    assert "Which is it for?" in ask["text"]
    [note] = await reflections(harness)
    assert note.kind == "note"  # kept, and no review until the person chooses one
    chat.user.press(ask, "Friction today: let's look at it")
    await chat.until("Who was it with")
    [review] = await reflections(harness)
    assert review.kind == "review" and review.status == "open"
    assert review.text == "My sister cancelled again and I snapped at her"


async def test_a_review_left_halfway_is_resumed(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Reviewing conflicts")
    check_in = await deliver(harness, chat)
    chat.user.press(check_in, "Yes, let's look at it")
    await chat.until(QUESTION)
    await chat.send("A tense call with my dad")
    chat.user.send_text("/settings")  # wander off
    await chat.until("Your settings")
    chat.user.send_text("/review")
    resumed = await chat.until("pick it up")
    assert "pick it up" in resumed["text"]
    who = await chat.reply()
    assert "Who was it with" in who["text"]


async def test_naming_a_person_brings_back_what_you_valued_in_them(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    # Earlier, a valued-traits entry about Sam.
    await only_track(chat, harness, "Noticing what you value")
    await chat.send("/prompt values")
    ask_trait = await chat.send("Sam stayed up to help me move")
    chat.user.press(ask_trait, "Reliable")
    await chat.until("Who was it")
    await chat.send("Sam")
    # Now a conflict with Sam.
    await chat.send("/prompt conflict")
    check_in_messages = [
        m for m in harness.api.sent_messages(chat.user.id) if "Any friction" in m.get("text", "")
    ]
    chat.user.press(check_in_messages[-1], "Yes, let's look at it")
    await chat.until(QUESTION)
    chat.user.send_text("Sam forgot our plans")
    who = await chat.until("Who was it with")
    chat.user.press(who, "Sam")
    felt = await chat.until("What did you feel")
    chat.user.press(felt, "Done")
    distancing = await chat.until("Did you pull away")
    chat.user.press(distancing, "No, I stayed close")
    underneath = await chat.until("underneath")
    chat.user.press(underneath, "Done")
    nxt = await chat.until("next step")
    chat.user.press(nxt, "Nothing yet")
    await chat.until("saved as one review")
    reminder = await chat.reply()
    assert "things you once noticed about Sam" in reminder["text"]
    assert "Reliable: “Sam stayed up to help me move”" in reminder["text"]
    async with harness.app.bot_data.services.db.transaction() as session:
        review = await session.scalar(select(Reflection).where(Reflection.kind == "review"))
        assert review is not None and review.data["stayed"] is True


async def to_the_felt_step(chat: Chat, harness: Harness) -> dict:
    """A review begun and its person named: the "What did you feel?" question."""
    await set_up(chat, harness)
    await only_track(chat, harness, "Reviewing conflicts")
    check_in = await deliver(harness, chat)
    chat.user.press(check_in, "Yes, let's look at it")
    await chat.until(QUESTION)
    chat.user.send_text("Robin asked about moving in together")
    who = await chat.until("Who was it with")
    chat.user.press(who, "Someone else (type it)")
    await chat.until("Type their name")
    return await chat.send("Robin")


async def test_typed_words_that_name_a_tag_are_kept_as_the_tag(
    chat: Chat, harness: Harness
) -> None:
    felt = await to_the_felt_step(chat, harness)
    # The feelings are short words: three to a row keeps the longer list on one screen.
    assert [len(row) for row in felt["reply_markup"]["inline_keyboard"][:-1]] == [3] * 6
    toggled = await chat.press(felt, "Hurt")
    assert "✓ Hurt" in buttons(toggled)
    distancing = await chat.send("Overwhelmed")
    assert "Did you pull away" in distancing["text"]
    fight = chat.user.send_text("Picked a fight!")["message"]
    underneath = await chat.until("underneath")
    assert underneath is not None
    nxt = await chat.send("they'll leave anyway")
    assert "next step" in nxt["text"]
    done = await chat.send("therapy")
    assert "saved as one review" in done["text"]
    [review] = await reflections(harness)
    assert review.status == "done"
    assert review.data["felt"] == ["hurt", "overwhelmed"]
    assert review.data["distancing"] == ["picked_a_fight"]
    assert review.data["underneath"] == ["fear_of_being_left"]
    assert review.data["next"] == ["see_a_therapist"]
    assert not [key for key in review.data if key.endswith("_text")]
    # The tag is not the message's own text: editing the message leaves the review as it is.
    chat.user.edit_text(fight, "I picked a fight about the dishes")
    await chat.send("/help")
    [review] = await reflections(harness)
    assert review.data["distancing"] == ["picked_a_fight"]
    assert "distancing_text" not in review.data
    chat.user.send_text("/history conflict")
    history = await chat.until("Your reflections")
    assert "I picked a fight" in history["text"]


async def test_typed_words_that_name_no_tag_stay_text(chat: Chat, harness: Harness) -> None:
    felt = await to_the_felt_step(chat, harness)
    chat.user.press(felt, "Done")
    await chat.until("Did you pull away")
    mine = chat.user.send_text("I picked a fight about the dishes")["message"]
    await chat.until("underneath")
    [review] = await reflections(harness)
    assert review.data["distancing_text"] == "I picked a fight about the dishes"
    assert "distancing" not in review.data
    # Typed words are the message's own: an edit of it changes them.
    chat.user.edit_text(mine, "I picked a fight about the dishes, then left")
    await chat.send("/help")
    [review] = await reflections(harness)
    assert review.data["distancing_text"] == "I picked a fight about the dishes, then left"
    assert "distancing" not in review.data
