"""Only the user's own private chat reaches the bot: Telegram Business traffic (a user's chats
with other people) is neither asked for nor answered, stored or used to move their chat."""

from __future__ import annotations

from sqlalchemy import select

from bot.db.models import User
from tests.harness import Chat, Harness
from tests.steps import reflections, set_up

SAM = {"id": 2002, "type": "private", "first_name": "Sam"}


async def user_row(harness: Harness, user_id: int) -> User:
    async with harness.app.bot_data.services.db.transaction() as session:
        user = await session.scalar(select(User).where(User.id == user_id))
        assert user is not None
        return user


async def test_business_messages_get_no_answer_and_are_not_kept(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await chat.send("a note about my day")
    before = len(await reflections(harness))
    # Ada writes in her own chat with Sam, connected to the bot through Telegram Business.
    for text in ("/history", "/export", "/start", "see you at eight, love you"):
        harness.api.enqueue_update(
            {
                "business_message": {
                    "message_id": 900 + len(text),
                    "business_connection_id": "ada-business",
                    "from": chat.user.user_dict,
                    "chat": SAM,
                    "date": 0,
                    "text": text,
                }
            }
        )
    # The next thing the bot does is answer Ada's own /help, in her own chat.
    shown = await chat.send("/help")
    assert "What I can do" in shown["text"]
    assert harness.api.sent_messages(SAM["id"]) == []
    assert len(await reflections(harness)) == before
    assert (await user_row(harness, chat.user.id)).chat_id == chat.user.id


async def test_a_message_in_someone_elses_private_chat_is_refused(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    before = len(await reflections(harness))
    # The same traffic as a plain message whose chat is not Ada's chat with the bot (with
    # and without a business connection id): nothing answers it.
    for extra in ({}, {"business_connection_id": "ada-business"}):
        for text in ("/start", "/history", "my words to Sam"):
            chat.user._message({"text": text, **extra}, SAM)
    shown = await chat.send("/help")
    assert "What I can do" in shown["text"]
    assert harness.api.sent_messages(SAM["id"]) == []
    assert len(await reflections(harness)) == before
    assert (await user_row(harness, chat.user.id)).chat_id == chat.user.id
