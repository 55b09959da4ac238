"""The conversation rules end to end: each text lands where the person meant it, once.

Each test reproduces a defect seen when several prompts were open at once, a crisis text came
in the middle of a review, or an old button was pressed, and shows it fixed.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from bot.db.models import Reflection, User
from bot.store import privacy
from tests.harness import Chat, Harness
from tests.steps import buttons, deliver, only_track, reflections, set_up

SC_PROMPT = "Self-compassion prompt"
VALUES_PROMPT = "What you value prompt"
FRICTION = "Friction today: let's look at it"
CRISIS = "I don't see the point of living anymore"


async def deliver_all(harness: Harness, chat: Chat) -> dict[str, dict[str, Any]]:
    """Run the tick at the shared due time: three prompts arrive together; return them by track."""
    harness.clock.advance(timedelta(minutes=2))
    counts = await harness.tick()
    assert counts.sent == 3
    found: dict[str, dict[str, Any]] = {}
    for _ in range(3):
        message = await chat.reply()
        text = message["text"]
        key = (
            "self_compassion"
            if text.startswith("Self-compassion")
            else "valued_traits"
            if text.startswith("Noticing")
            else "conflict_review"
        )
        found[key] = message
    return found


def stale_press(chat: Chat, message: dict[str, Any], label: str) -> None:
    """Press a button as it was on a message when it arrived, even if it is gone since."""
    keyboard = message["reply_markup"]["inline_keyboard"]
    data = next(b["callback_data"] for row in keyboard for b in row if b["text"] == label)
    chat.user.press_data(message["message_id"], data)


async def start_review(chat: Chat, harness: Harness) -> None:
    """Only the conflict track on, its check-in delivered, "Yes": up to "what happened?"."""
    await set_up(chat, harness)
    await only_track(chat, harness, "Reviewing conflicts")
    check_in = await deliver(harness, chat)
    chat.user.press(check_in, "Yes, let's look at it")
    await chat.until("Reply whenever you like")


async def nobody_named(chat: Chat, who: dict[str, Any]) -> dict[str, Any]:
    """Answer "who was it with?" with "Rather not say"; return "what did you feel?"."""
    felt = await chat.press(who, "Rather not say")
    while "What did you feel" not in felt.get("text", ""):
        felt = await chat.reply()
    return felt


async def exported_texts(harness: Harness, user_id: int) -> list[str]:
    """Every string the person's export holds in their reflections (text and data values)."""
    services = harness.app.bot_data.services
    async with services.db.transaction() as session:
        user = await session.get(User, user_id)
        assert user is not None
        data = await privacy.collect(session, user, services.clock.now())
    found: list[str] = []
    for row in data["reflections"]:
        if row["text"]:
            found.append(row["text"])
        found += [v for v in row["data"].values() if isinstance(v, str)]
    return found


async def test_three_prompts_at_once_a_plain_text_is_kept_and_the_person_chooses(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await deliver_all(harness, chat)
    ask = await chat.send("I let myself sleep in and didn't apologise for it.")
    assert "Which is it for?" in ask["text"]
    assert buttons(ask) == [SC_PROMPT, VALUES_PROMPT, FRICTION, "Just a note"]
    [note] = await reflections(harness)
    assert (note.kind, note.track) == ("note", None)  # kept before any choice
    chat.user.press(ask, SC_PROMPT)
    await chat.until("Filed under Self-compassion")
    kept = await chat.until("Kept.")
    assert kept["text"].endswith("How kind were you to yourself today?")
    [entry] = await reflections(harness)
    assert (entry.id, entry.kind, entry.track) == (note.id, "entry", "self_compassion")
    # The next plain text could still be for either remaining prompt: asked again, never a
    # review nobody started.
    ask = await chat.send("My brother Jonas is patient, he helped me fix my bike on Sunday")
    assert buttons(ask) == [VALUES_PROMPT, FRICTION, "Just a note"]
    trait = await chat.press(ask, VALUES_PROMPT)
    while "What does that show" not in trait.get("text", ""):
        trait = await chat.reply()
    rows = await reflections(harness)
    assert [(r.kind, r.track) for r in rows] == [
        ("entry", "self_compassion"),
        ("entry", "valued_traits"),
    ]
    assert not any(r.kind == "review" for r in rows)


async def test_a_telegram_reply_goes_to_the_prompt_it_replies_to(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    prompts = await deliver_all(harness, chat)
    chat.user.reply_to(prompts["valued_traits"], "Mia listened for an hour without fixing it")
    assert "What does that show" in (await chat.reply())["text"]
    chat.user.reply_to(prompts["conflict_review"], "I snapped at Mia when she asked about us")
    who = await chat.until("Who was it with")
    assert "Someone else (type it)" in buttons(who)
    rows = await reflections(harness)
    assert [(r.kind, r.track, r.text) for r in rows] == [
        ("entry", "valued_traits", "Mia listened for an hour without fixing it"),
        ("review", "conflict_review", "I snapped at Mia when she asked about us"),
    ]


async def test_a_crisis_text_in_a_review_is_its_own_record_and_the_review_waits(
    chat: Chat, harness: Harness
) -> None:
    await start_review(chat, harness)
    who = await chat.send("We argued about money and I left the room.")
    assert "Who was it with" in who["text"]
    help_message = await chat.send(CRISIS)
    assert "not a crisis service" in help_message["text"]
    # The next text is not taken as a name, nor as a step of the paused review.
    after = await chat.send("this deadline is killing me, I can't focus on anything")
    assert "Who was it with" not in after["text"]
    texts = await exported_texts(harness, chat.user.id)
    assert texts.count(CRISIS) == 1
    assert texts.count("this deadline is killing me, I can't focus on anything") == 1
    assert texts.count("We argued about money and I left the room.") == 1
    rows = await reflections(harness)
    crisis = next(r for r in rows if r.text == CRISIS)
    assert (crisis.kind, crisis.track) == ("note", None)
    review = next(r for r in rows if r.kind == "review")
    assert review.status == "open" and review.data["step"] == "person"
    chat.user.send_text("/review")
    await chat.until("pick it up")
    assert "Who was it with" in (await chat.reply())["text"]


async def test_a_crisis_text_after_a_finished_review_is_never_overwritten(
    chat: Chat, harness: Harness
) -> None:
    await start_review(chat, harness)
    who = await chat.send("A short, cold call with my mother about the weekend.")
    felt = await nobody_named(chat, who)
    chat.user.press(felt, "Done")
    distancing = await chat.until("Did you pull away")
    chat.user.press(distancing, "No, I stayed close")
    underneath = await chat.until("underneath")
    chat.user.press(underneath, "Done")
    nxt = await chat.until("next step")
    chat.user.press(nxt, "Nothing yet")
    await chat.until("saved as one review")
    assert "not a crisis service" in (await chat.send(CRISIS))["text"]
    await chat.send("this deadline is killing me and the week has barely started")
    texts = await exported_texts(harness, chat.user.id)
    assert texts.count(CRISIS) == 1
    assert texts.count("this deadline is killing me and the week has barely started") == 1


async def test_plain_text_while_the_check_in_is_open_starts_no_review(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Reviewing conflicts")
    check_in = await deliver(harness, chat)
    harness.clock.advance(timedelta(hours=5))
    ask = await chat.send("Lunch with Lea was lovely, we laughed a lot.")
    assert buttons(ask) == [FRICTION, "Just a note"]
    kept = await chat.press(ask, "Just a note")
    assert "Kept as a note" in kept["text"]
    [note] = await reflections(harness)
    assert (note.kind, note.track, note.status) == ("note", None, "done")
    # Answering the check-in itself (a Telegram reply to it) is choosing to look at it.
    chat.user.reply_to(check_in, "Then Lea asked about moving in and I changed the subject.")
    assert "Who was it with" in (await chat.until("Who was it with"))["text"]
    review = [r for r in await reflections(harness) if r.kind == "review"]
    assert [r.text for r in review] == ["Then Lea asked about moving in and I changed the subject."]


async def test_a_question_older_than_a_new_prompt_does_not_take_the_next_text(
    chat: Chat, harness: Harness
) -> None:
    await start_review(chat, harness)
    who = await chat.send("My friend cancelled and I said it didn't matter.")
    await nobody_named(chat, who)
    # A new prompt arrives while the review waits on "what did you feel?".
    harness.clock.advance(timedelta(minutes=1))
    prompt = await chat.send("/prompt self")
    assert prompt["text"].startswith("Self-compassion")
    ask = await chat.send("Honestly I felt relieved and then ashamed of feeling relieved.")
    assert buttons(ask) == [SC_PROMPT, "The review in progress", "Just a note"]
    chat.user.press(ask, "The review in progress")
    await chat.until("Did you pull away")
    [review] = [r for r in await reflections(harness)]
    assert review.kind == "review"
    assert review.data["felt_text"] == (
        "Honestly I felt relieved and then ashamed of feeling relieved."
    )
    # The note it was kept in is gone: the text is stored once, in the review.
    texts = await exported_texts(harness, chat.user.id)
    assert texts.count("Honestly I felt relieved and then ashamed of feeling relieved.") == 1


async def test_editing_a_review_step_changes_only_that_step(chat: Chat, harness: Harness) -> None:
    await start_review(chat, harness)
    happened = chat.user.send_text("We fought about the dishes, again.")
    who = await chat.until("Who was it with")
    await nobody_named(chat, who)
    step = chat.user.send_text("tired and small")
    await chat.until("Did you pull away")
    chat.user.edit_text(step["message"], "tired, small and a bit angry")
    await chat.send("/help")
    [review] = await reflections(harness)
    assert review.text == "We fought about the dishes, again."
    assert review.data["felt_text"] == "tired, small and a bit angry"
    chat.user.edit_text(happened["message"], "We fought about the dishes, again, and I left.")
    await chat.send("/help")
    [review] = await reflections(harness)
    assert review.text == "We fought about the dishes, again, and I left."
    assert review.data["felt_text"] == "tired, small and a bit angry"


async def test_old_buttons_change_nothing(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Reviewing conflicts")
    check_in = await deliver(harness, chat)
    chat.user.press(check_in, "Calm day")
    await chat.until("calm day, noted")
    # The buttons are gone from the chat; a second tap (a slow phone) still arrives.
    stale_press(chat, check_in, "Calm day")
    assert "already answered" in (await chat.answered())["text"]
    stale_press(chat, check_in, "Yes, let's look at it")
    assert "already answered" in (await chat.answered())["text"]
    rows = await reflections(harness)
    assert [r.kind for r in rows] == ["calm"]


async def test_typed_traits_match_the_vocabulary_and_the_choice_stays_visible(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Noticing what you value")
    await deliver(harness, chat)
    ask = await chat.send("Sam waited for me after my late shift, in the rain")
    who = await chat.send("  trustworthy ")
    assert "Who was it" in who["text"]
    [entry] = await reflections(harness)
    assert entry.data["trait"] == "Reliable"
    # The trait buttons are stale now: pressing one changes nothing.
    stale_press(chat, ask, "Funny")
    await chat.answered(lambda p: "out of date" in p.get("text", ""))
    [entry] = await reflections(harness)
    assert entry.data["trait"] == "Reliable"
    chat.user.press(who, "Rather not say")
    await chat.until("Kept.")
    chat.user.send_text("/prompt values")
    await chat.until("Noticing what you value")
    ask = await chat.send("Lea told me the truth about the party, kindly.")
    chat.user.press(ask, "Honest")
    shown = await chat.reply()
    assert shown["text"] == "What it shows about them: Honest"  # the buttons go, the choice stays


async def test_one_rating_question_a_day_and_extra_lines_are_added(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Self-compassion")
    await deliver(harness, chat)
    first = await chat.send("I took a walk instead of working late.")
    assert first["text"].endswith("How kind were you to yourself today?")
    second = await chat.send("And I didn't check my email after dinner.")
    assert second["text"] == "Added to your Self-compassion answer."
    assert "reply_markup" not in second
    rows = await reflections(harness)
    assert [(r.kind, r.delivery_id) for r in rows] == [("entry", rows[0].delivery_id)] * 2


async def test_not_sure_is_one_tap(chat: Chat, harness: Harness) -> None:
    await start_review(chat, harness)
    who = await chat.send("A text from my ex that I left on read.")
    felt = await nobody_named(chat, who)
    chat.user.press(felt, "Done")
    distancing = await chat.until("Did you pull away")
    chat.user.press(distancing, "No, I stayed close")
    underneath = await chat.until("underneath")
    chat.user.press(underneath, "Not sure / nothing to add")
    await chat.until("next step")  # no Done needed
    async with harness.app.bot_data.services.db.transaction() as session:
        review = await session.scalar(select(Reflection))
        assert review is not None and review.data["underneath"] == ["not_sure"]
