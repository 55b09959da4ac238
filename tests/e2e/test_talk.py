"""/talk: a draft in the user's own words, changed part by part, shared only through the chat
picker (inline mode), which offers nobody else's words."""

from __future__ import annotations

from bot.domain.states import ReflectionKind
from tests.harness import Chat, Harness
from tests.steps import buttons, noticed, reflections, set_up, skip_part, start_talk

KNOW = "when we get close I sometimes go quiet for a day or two"
AFRAID = "that you'll think I don't care"
NEED = "a bit of patience, and for you to ask me instead of guessing"


def share_query(message: dict) -> str:
    """The query a Share button opens the chat picker with."""
    for row in message["reply_markup"]["inline_keyboard"]:
        for button in row:
            chosen = button.get("switch_inline_query_chosen_chat")
            if chosen is not None:
                assert chosen["allow_user_chats"] is True and not chosen.get("allow_bot_chats")
                return str(chosen["query"])
    raise AssertionError("no Share button")


async def inline_answers(chat: Chat, harness: Harness, query: str) -> list[dict]:
    chat.user.inline_query(query)
    call = await harness.api.next_call("answerInlineQuery")
    assert call.params["is_personal"] is True and call.params["cache_time"] == 0
    return list(call.params["results"])


async def test_a_draft_holds_the_users_words_and_the_share_button_carries_it(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await start_talk(chat, "Someone else (type it)")
    await chat.until("Type their name")
    afraid_question = await chat.send("Mia")
    assert "What would you like them to know" in afraid_question["text"]
    afraid = await chat.send(KNOW)
    assert "What are you afraid of" in afraid["text"]
    working = await chat.send(AFRAID)
    chat.user.press(working, "Skip this one")
    await chat.until("What do you need")
    chat.user.send_text(NEED)
    draft = await chat.until("Here it is, in your words")
    text = draft["text"]
    assert f"Mia, there's something I'd like to tell you.\n\n{KNOW}" in text
    assert f"What I'm afraid of: {AFRAID}" in text and f"What I need: {NEED}" in text
    assert "What I'm working on" not in text
    assert buttons(draft) == [
        "📤 Share…",
        "✏️ Change a part",
        "🗑 Delete this draft",
    ]
    [stored] = [r for r in await reflections(harness) if r.kind == ReflectionKind.DRAFT]
    assert stored.status == "done" and stored.person_id is not None
    assert stored.data["know"] == KNOW and "working" not in stored.data
    # Share: the chat picker asks the bot, which answers with that draft, as written.
    query = share_query(draft)
    assert query == f"talk {stored.id}"
    [result] = await inline_answers(chat, harness, query)
    sent_text = result["input_message_content"]["message_text"]
    assert sent_text == stored.text and KNOW in sent_text
    assert result["title"] == "My words for Mia (from /talk)"
    # Another user's picker offers nothing of this user's.
    other = harness.api.user(2002, "Zed")
    other.inline_query(query)
    call = await harness.api.next_call("answerInlineQuery")
    assert call.params["results"] == []


async def test_a_part_can_be_changed_and_the_draft_is_put_together_again(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await start_talk(chat)
    await chat.until("What would you like them to know")
    chat.user.send_text("placeholder")
    await skip_part(chat, "What are you afraid of")
    await skip_part(chat, "What are you working on")
    await skip_part(chat, "What do you need")
    draft = await chat.until("Here it is")
    assert "There's something I'd like to tell you.\n\nplaceholder" in draft["text"]
    chat.user.press(draft, "✏️ Change a part")
    parts = await chat.until("Which part")
    assert buttons(parts) == [
        "What I'd like you to know",
        "What I'm afraid of",
        "What I'm working on",
        "What I need",
    ]
    chat.user.press(parts, "What I'd like you to know")
    await chat.until("What would you like them to know")
    again = await chat.send("that I'm glad you're in my life, even when I go quiet")
    assert "Here it is" in again["text"]
    assert "glad you're in my life" in again["text"] and "placeholder" not in again["text"]
    drafts = [r for r in await reflections(harness) if r.kind == ReflectionKind.DRAFT]
    assert len(drafts) == 1 and drafts[0].status == "done"
    # /talk shows it again later; Delete removes it.
    shown = await chat.send("/talk")
    assert "Your last draft" in shown["text"]
    deleted = await chat.press(shown, "🗑 Delete this draft")
    assert "Deleted" in deleted["text"]
    assert [r for r in await reflections(harness) if r.kind == ReflectionKind.DRAFT] == []


async def test_nothing_written_makes_no_draft_and_a_draft_is_not_a_days_entry(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await start_talk(chat)
    for question in ("like them to know", "afraid of", "working on", "What do you need"):
        await skip_part(chat, question)
    empty = await chat.until("Nothing written")
    assert "/talk" in empty["text"]
    assert [r for r in await reflections(harness) if r.kind == ReflectionKind.DRAFT] == []
    history = await chat.send("/history")
    assert "Nothing here yet" in history["text"]


async def test_tell_them_what_i_noticed_offers_a_kind_message_from_a_trait(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await noticed(chat, harness, "Ravi waited with me at the hospital all night", "Loyal", "Ravi")
    page = await chat.send("/people Ravi")
    query = share_query(page)
    [result] = await inline_answers(chat, harness, query)
    assert result["title"] == "Tell Ravi: Loyal"
    message = result["input_message_content"]["message_text"]
    assert message.startswith("Ravi, I wanted to tell you something I noticed about you")
    assert "“Ravi waited with me at the hospital all night”" in message
