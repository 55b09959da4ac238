"""/people: one page per person with what was noticed, friction and next steps; rename,
merge and forget, driven through the fake Bot API like a person would."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from bot.db.models import Person, Reflection, User
from bot.store import privacy
from tests.harness import Chat, Harness
from tests.steps import buttons, noticed, people, reflections, set_up

QUESTION = "Reply whenever you like"


async def gone_notice(chat: Chat) -> None:
    """The alert that answers a button of someone no longer on the list."""
    notice = await chat.answered()
    while "no longer on your list" not in (notice.get("text") or ""):
        notice = await chat.answered()
    assert notice["show_alert"] is True


async def friction(chat: Chat, harness: Harness, text: str, name: str) -> None:
    """A conflict review with someone: went quiet, typed what was underneath, a next step
    (what the bot brings back about them afterwards is left for the caller to read)."""
    await chat.send("/prompt conflict")
    check_in = [
        m for m in harness.api.sent_messages(chat.user.id) if "Any friction" in m.get("text", "")
    ][-1]
    chat.user.press(check_in, "Yes, let's look at it")
    await chat.until(QUESTION)
    chat.user.send_text(text)
    who = await chat.until("Who was it with")
    if name in buttons(who):
        chat.user.press(who, name)
    else:
        chat.user.press(who, "Someone else (type it)")
        await chat.until("Type their name")
        chat.user.send_text(name)
    felt = await chat.until("What did you feel")
    chat.user.press(felt, "Done")
    distancing = await chat.until("Did you pull away")
    toggled = await chat.press(distancing, "I went quiet")
    chat.user.press(toggled, "Done")
    await chat.until("underneath")
    nxt = await chat.send("that they'd leave once they saw me tired")
    chat.user.press(nxt, "Talk it through")
    await chat.until("saved as one review")


async def test_someone_in_a_values_entry_and_a_review_has_one_page_with_both(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await noticed(chat, harness, "Sam stayed up to help me move", "Reliable", "Sam")
    await friction(chat, harness, "Sam forgot our plans and I went silent", "sam")
    reminder = await chat.reply()  # what was noticed about Sam, after the review
    assert "things you once noticed about Sam" in reminder["text"]
    listing = await chat.send("/people")
    assert "The people you wrote about" in listing["text"]
    assert "Sam: 1 noticed, friction 1×" in listing["text"]
    assert buttons(listing) == ["Sam"]
    page = await chat.press(listing, "Sam")
    text = page["text"]
    assert "What you noticed (1)" in text
    assert "Reliable — “Sam stayed up to help me move”" in text
    assert "Friction (1, last on" in text
    assert "“Sam forgot our plans and I went silent”" in text
    assert "you pulled away: I went quiet" in text
    assert "underneath: that they'd leave once they saw me tired" in text
    assert "Next steps you planned (1)" in text and "Talk it through" in text
    assert buttons(page) == [
        "💬 Tell them what I noticed",
        "Rename",
        "Same person as…",
        "Forget",
        "« Everyone",
    ]
    # By name, in any case; someone unknown gets a kind pointer.
    by_name = await chat.send("/people SAM")
    assert by_name["text"].startswith("Sam")
    unknown = await chat.send("/people Nobody")
    assert "I don't know anyone called “Nobody” yet" in unknown["text"]


async def test_no_one_yet_is_said_kindly(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    empty = await chat.send("/people")
    assert "No one here yet" in empty["text"]


async def test_two_entries_that_are_one_person_are_merged_and_both_names_find_them(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await noticed(chat, harness, "my sister called just to check on me", "Caring", "my sister")
    await noticed(chat, harness, "Sis drove two hours for my birthday", "Generous", "Sis")
    older_page = await chat.send("/people sis")
    listing = await chat.send("/people")
    assert sorted(buttons(listing)) == ["Sis", "my sister"]
    page = await chat.press(listing, "Sis")
    choose = await chat.press(page, "Same person as…")
    assert "same person as Sis" in choose["text"]
    assert buttons(choose) == ["my sister", "Cancel"]
    confirm = await chat.press(choose, "my sister")
    assert "Put Sis and my sister together as my sister?" in confirm["text"]
    merged = await chat.press(confirm, "Yes, they're the same")
    assert "Sis is now part of my sister" in merged["text"]
    page = await chat.reply()
    assert page["text"].startswith("my sister\nAlso: Sis")
    assert "What you noticed (2)" in page["text"]
    # Typing the other name later files the entry under the same person.
    await noticed(chat, harness, "sis fixed my bike without being asked", "Brave", "SIS")
    rows = await people(harness)
    [person] = [p for p in rows if p.same_as is None]
    assert person.name == "my sister"
    assert {r.person_id for r in await reflections(harness) if r.kind == "entry"} == {person.id}
    listing = await chat.send("/people")
    assert buttons(listing) == ["my sister"]
    assert "3 noticed" in listing["text"]
    # The buttons of an older page of the merged entry are answered, not obeyed.
    chat.user.press(older_page, "Rename")
    await gone_notice(chat)


async def test_a_renamed_person_is_found_by_the_old_name_too(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    await noticed(chat, harness, "Jo listened for an hour", "Patient", "Jo")
    page = await chat.send("/people jo")
    ask = await chat.press(page, "Rename")
    assert "What should I call Jo?" in ask["text"]
    renamed = await chat.send("Joanna")
    assert "Now called Joanna. Typing “Jo” still finds them." in renamed["text"]
    page = await chat.reply()
    assert page["text"].startswith("Joanna\nAlso: Jo")
    by_old = await chat.send("/people Jo")
    assert by_old["text"].startswith("Joanna")
    # A name someone else already has is not taken over: merging is the person's choice.
    await noticed(chat, harness, "Alex laughed at my terrible joke", "Playful", "Alex")
    page = await chat.send("/people alex")
    await chat.press(page, "Rename")
    taken = await chat.send("joanna")
    assert "You already have someone called Joanna" in taken["text"]
    assert sorted(p.name for p in await people(harness) if p.same_as is None) == [
        "Alex",
        "Joanna",
    ]


async def test_rename_can_be_cancelled_and_a_long_text_is_kept_as_words(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await noticed(chat, harness, "Kim brought soup when I was ill", "Caring", "Kim")
    page = await chat.send("/people Kim")
    ask = await chat.press(page, "Rename")
    back = await chat.press(ask, "Cancel")
    assert back["text"].startswith("Kim")
    # After Cancel, a short text is words to keep, not a new name.
    chat.user.send_text("tired")
    await chat.reply()
    assert [p.name for p in await people(harness)] == ["Kim"]
    assert "tired" in [r.text for r in await reflections(harness)]
    # /cancel stops the question too.
    await chat.press(page, "Rename")
    cancelled = await chat.send("/cancel")
    assert "Okay, stopped" in cancelled["text"]
    chat.user.send_text("sleepy")
    await chat.reply()
    assert [p.name for p in await people(harness)] == ["Kim"]
    # Asked again, a whole sentence is not a name: it is kept like any other text.
    await chat.press(page, "Rename")
    long_text = "actually I just wanted to write down that today was a long and heavy day"
    chat.user.send_text(long_text)
    await chat.reply()
    assert [p.name for p in await people(harness)] == ["Kim"]
    assert long_text in [r.text for r in await reflections(harness)]


async def test_forgetting_someone_erases_their_names_everywhere_and_keeps_the_entries(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await noticed(chat, harness, "Mia remembered my exam and texted good luck", "Caring", "Mia")
    await friction(chat, harness, "mia and I fought about money", "Mia")
    await chat.until("things you once noticed about Mia")
    await noticed(chat, harness, "Ben covered my shift; Mia's brother, oddly", "Loyal", "Ben")
    older_page = await chat.send("/people Mia")
    page = await chat.send("/people Mia")
    confirm = await chat.press(page, "Forget")
    assert "Forget Mia?" in confirm["text"]
    assert "from 3 of your entries" in confirm["text"]
    assert buttons(confirm) == ["Forget them", "Cancel"]
    done = await chat.press(confirm, "Forget them")
    assert "Forgotten" in done["text"] and "3 entries" in done["text"]
    assert [p.name for p in await people(harness)] == ["Ben"]
    texts = [r.text for r in await reflections(harness) if r.text]
    assert "… remembered my exam and texted good luck" in texts
    assert "… and I fought about money" in texts
    assert "Ben covered my shift; …'s brother, oddly" in texts
    async with harness.app.bot_data.services.db.transaction() as session:
        user = await session.get(User, chat.user.id)
        assert user is not None
        everything = json.dumps(await privacy.collect(session, user, harness.clock.now()))
        linked = await session.scalars(select(Reflection).where(Reflection.person_id.is_not(None)))
        assert [r.text for r in linked] == ["Ben covered my shift; …'s brother, oddly"]
        assert await session.scalar(select(Person).where(Person.name_key == "x")) is None
    assert "mia" not in everything.lower()
    # An older page's buttons are out of date now.
    chat.user.press(older_page, "Rename")
    await gone_notice(chat)


async def test_friction_again_within_weeks_brings_back_the_latest_and_the_most_often(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await noticed(chat, harness, "Sam brought soup when I was ill", "Caring", "Sam")
    await noticed(chat, harness, "Sam asked how my exam went", "Caring", "Sam")
    await noticed(chat, harness, "Sam picked me up at 2am", "Reliable", "Sam")
    await friction(chat, harness, "Sam cancelled on me", "Sam")
    first = await chat.until("things you once noticed about Sam")
    assert "Things got hard" not in first["text"]
    # Ten days later, friction with Sam again: the richer recall.
    harness.clock.advance(timedelta(days=10))
    await friction(chat, harness, "we argued about the flat again", "Sam")
    again = await chat.until("Things got hard with Sam again")
    text = again["text"]
    assert "Most recently (" in text and "Reliable — “Sam picked me up at 2am”" in text
    assert "Most often: Caring, 2 times — like “Sam asked how my exam went”" in text
    # Six weeks on, it is not "again" any more: the usual reminder.
    harness.clock.advance(timedelta(days=42))
    await friction(chat, harness, "a small thing about dishes", "Sam")
    later = await chat.until("things you once noticed about Sam")
    assert "again" not in later["text"]
