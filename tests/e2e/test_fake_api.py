"""The fake Bot API against a real PTB Bot / Application over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import datetime as dtm
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.sandbox.fake_api import FakeBotApi, UploadedFile, parse_html

NOW = dtm.datetime(2025, 3, 1, 8, 30, tzinfo=dtm.UTC)
ADA = 1001


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = FakeBotApi(clock=lambda: NOW)
    await api.start()
    yield api
    await api.stop()


@pytest.fixture
async def bot(fake: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url) as b:
        yield b


def build_app(fake: FakeBotApi) -> Application[Any, Any, Any, Any, Any, Any]:
    return (
        ApplicationBuilder()
        .token(fake.token)
        .base_url(fake.base_url)
        .base_file_url(fake.base_file_url)
        .job_queue(None)
        .build()
    )


@asynccontextmanager
async def polling(
    app: Application[Any, Any, Any, Any, Any, Any],
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


# -- plain Bot calls ------------------------------------------------------------------------------


async def test_get_me_answers_the_configured_bot(bot: Bot, fake: FakeBotApi) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (fake.bot_id, "letin_test_bot", True)
    assert me.can_join_groups is True
    assert fake.calls[-1].method == "getMe"


async def test_wrong_token_is_unauthorized(fake: FakeBotApi) -> None:
    other = Bot("999:WRONG", base_url=fake.base_url)
    with pytest.raises(InvalidToken):
        await other.initialize()  # getMe answers 401 Unauthorized
    await other.shutdown()
    assert fake.calls == []


async def test_send_message_returns_a_full_message(bot: Bot, fake: FakeBotApi) -> None:
    fake.user(ADA, "Ada")
    first = await bot.send_message(ADA, "hello")
    second = await bot.send_message(
        ADA,
        "<b>Good</b> morning &amp; 🌅 <i>Ada</i>",
        parse_mode="HTML",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]]),
    )
    assert (first.message_id, second.message_id) == (1, 2)
    assert second.date == NOW
    assert second.chat.id == ADA and second.chat.first_name == "Ada"
    assert second.from_user is not None and second.from_user.id == fake.bot_id
    # HTML is parsed like Telegram does: plain text plus entities in UTF-16 units.
    assert second.text == "Good morning & 🌅 Ada"
    assert [(e.type, e.offset, e.length) for e in second.entities] == [
        ("bold", 0, 4),
        ("italic", 18, 3),
    ]
    assert second.reply_markup is not None
    assert second.reply_markup.inline_keyboard[0][0].callback_data == "go"
    call = fake.calls[-1]
    assert call.method == "sendMessage"
    assert call.params["chat_id"] == ADA
    assert call.params["reply_markup"] == {
        "inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]
    }
    assert [m["text"] for m in fake.sent_messages(ADA)] == ["hello", "Good morning & 🌅 Ada"]


async def test_malformed_html_is_rejected_like_telegram(bot: Bot, fake: FakeBotApi) -> None:
    fake.user(ADA)
    with pytest.raises(BadRequest, match=r'(?i)can\'t find end tag corresponding to start tag "b"'):
        await bot.send_message(ADA, "<b>unclosed", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r'(?i)unsupported start tag "" at byte offset 2'):
        await bot.send_message(ADA, "a < b", parse_mode="HTML")
    assert fake.sent_messages(ADA) == []
    assert fake.calls[-1].error_code == 400


def test_parse_html_handles_nesting_links_and_pre_language() -> None:
    text, entities = parse_html(
        '<b>bold <i>both</i></b> <a href="https://x.org">link</a> '
        '<pre><code class="language-python">x = 1</code></pre> &lt;3 &#128512;'
    )
    assert text == "bold both link x = 1 <3 😀"
    assert entities == [
        {"offset": 0, "length": 9, "type": "bold"},
        {"offset": 5, "length": 4, "type": "italic"},
        {"offset": 10, "length": 4, "type": "text_link", "url": "https://x.org"},
        {"offset": 15, "length": 5, "type": "pre", "language": "python"},
    ]


async def test_unknown_chat_is_chat_not_found(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(424242, "anyone there?")


async def test_blocked_user_gives_forbidden_until_unblocked(bot: Bot, fake: FakeBotApi) -> None:
    ada = fake.user(ADA)
    ada.block_bot()
    with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
        await bot.send_message(ADA, "still there?")
    updates = await bot.get_updates(timeout=0)
    member = updates[0].my_chat_member
    assert member is not None
    assert (member.old_chat_member.status, member.new_chat_member.status) == ("member", "kicked")
    ada.unblock_bot()
    assert (await bot.send_message(ADA, "welcome back")).text == "welcome back"


# PTB 22 warns that RetryAfter.retry_after will become a timedelta; both forms are handled.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_fail_429_raises_retry_after_once(bot: Bot, fake: FakeBotApi) -> None:
    fake.user(ADA)
    fake.fail(
        "sendMessage", error_code=429, description="Too Many Requests: retry after 2", retry_after=2
    )
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(ADA, "hi")
    retry_after = caught.value.retry_after
    seconds = retry_after.total_seconds() if isinstance(retry_after, dtm.timedelta) else retry_after
    assert seconds == 2
    assert fake.calls[-1].error_code == 429 and fake.calls[-1].result is None
    assert (await bot.send_message(ADA, "hi again")).text == "hi again"  # only once


async def test_fail_403_and_500(bot: Bot, fake: FakeBotApi) -> None:
    fake.user(ADA)
    fake.user(2002)
    fake.fail(
        "sendMessage",
        error_code=403,
        description="Forbidden: bot was blocked by the user",
        chat_id=2002,
    )
    fake.fail("sendMessage", error_code=500, description="Internal Server Error", times=2)
    # The 403 is scoped to chat 2002, so the 500s hit Ada first.
    for _ in range(2):
        with pytest.raises(NetworkError, match="Internal Server Error"):
            await bot.send_message(ADA, "x")
    with pytest.raises(Forbidden):
        await bot.send_message(2002, "x")
    assert (await bot.send_message(2002, "ok")).text == "ok"
    sends = [c for c in fake.calls if c.method == "sendMessage"]
    assert [c.error_code for c in sends] == [500, 500, 403, None]


async def test_hang_makes_the_client_time_out(bot: Bot, fake: FakeBotApi) -> None:
    fake.user(ADA)
    fake.hang("sendMessage", seconds=1.0)
    with pytest.raises(TimedOut):
        await bot.send_message(ADA, "slow", read_timeout=0.2)


async def test_a_fault_without_times_lasts_until_cleared(bot: Bot, fake: FakeBotApi) -> None:
    fake.user(ADA)
    fake.fail("sendMessage", error_code=502, description="Bad Gateway", times=None)
    for _ in range(5):
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.send_message(ADA, "x")
    assert (await bot.get_me()).id == fake.bot_id  # other methods answer as usual
    assert fake.sent_messages(ADA) == []
    fake.clear_faults()
    assert (await bot.send_message(ADA, "back")).text == "back"
    sends = [c.error_code for c in fake.calls if c.method == "sendMessage"]
    assert sends == [502] * 5 + [None]


async def test_a_dropped_call_times_out_and_never_reaches_the_chat(
    bot: Bot, fake: FakeBotApi
) -> None:
    fake.user(ADA)
    fake.hang("sendMessage", seconds=1.0, times=None, drop=True)
    for _ in range(2):
        with pytest.raises(TimedOut):
            await bot.send_message(ADA, "lost", read_timeout=0.2)
    # Recorded on arrival, so a test can count attempts; carried out never.
    sends = [c for c in fake.calls if c.method == "sendMessage"]
    assert [(c.error_code, c.params["text"]) for c in sends] == [(504, "lost")] * 2
    assert fake.sent_messages(ADA) == []
    # Answered (too late for that client) with a 504, still without carrying it out.
    with pytest.raises(NetworkError, match="Gateway Timeout"):
        await bot.send_message(ADA, "patient", read_timeout=5)
    assert fake.sent_messages(ADA) == []
    fake.clear_faults()
    assert (await bot.send_message(ADA, "through")).text == "through"
    assert [m["text"] for m in fake.sent_messages(ADA)] == ["through"]
    with pytest.raises(ValueError, match="never carried out"):
        fake.hang("sendMessage", seconds=1.0, drop=True, after=True)


async def test_edit_message_text_and_its_errors(bot: Bot, fake: FakeBotApi) -> None:
    fake.user(ADA)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
    sent = await bot.send_message(ADA, "draft", reply_markup=markup)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text(
            "draft", chat_id=ADA, message_id=sent.message_id, reply_markup=markup
        )
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=ADA, message_id=99)
    edited = await bot.edit_message_text("final", chat_id=ADA, message_id=sent.message_id)
    assert isinstance(edited, type(sent)) and edited.text == "final"
    assert edited.edit_date == NOW
    # Editing text without reply_markup drops the inline keyboard, as on Telegram.
    [stored] = fake.sent_messages(ADA)
    assert stored["text"] == "final" and "reply_markup" not in stored
    again = await bot.edit_message_reply_markup(ADA, sent.message_id, reply_markup=markup)
    assert isinstance(again, type(sent)) and again.reply_markup == markup
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_reply_markup(ADA, sent.message_id, reply_markup=markup)


async def test_delete_message(bot: Bot, fake: FakeBotApi) -> None:
    fake.user(ADA)
    one = await bot.send_message(ADA, "one")
    await bot.send_message(ADA, "two")
    assert await bot.delete_message(ADA, one.message_id) is True
    assert [m["text"] for m in fake.sent_messages(ADA)] == ["two"]
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(ADA, one.message_id)


async def test_replies_chats_and_leaving_groups(bot: Bot, fake: FakeBotApi) -> None:
    ada = fake.user(ADA, "Ada", username="ada_l")
    question = ada.send_text("is it working?")["message"]
    answer = await bot.send_message(ADA, "yes", reply_to_message_id=question["message_id"])
    assert answer.reply_to_message is not None
    assert answer.reply_to_message.text == "is it working?"
    assert answer.message_id == question["message_id"] + 1  # one id sequence per chat
    with pytest.raises(BadRequest, match=r"(?i)message to be replied not found"):
        await bot.send_message(ADA, "to nothing", reply_to_message_id=77)
    private = await bot.get_chat(ADA)
    assert (private.type, private.username, private.first_name) == ("private", "ada_l", "Ada")
    friends = fake.group(-500, "Friends")
    assert (await bot.get_chat(-500)).title == "Friends"
    ada.send_in_group(friends, "hi all")
    assert await bot.leave_chat(-500) is True
    with pytest.raises(Forbidden, match=r"(?i)not a member of the group chat"):
        await bot.send_message(-500, "still here?")
    updates = await bot.get_updates(timeout=0)
    assert updates[-1].my_chat_member is not None
    assert updates[-1].my_chat_member.new_chat_member.status == "left"
    assert [u.message.chat.id for u in updates if u.message] == [ADA, -500]


async def test_send_document_bytes_is_a_multipart_upload(bot: Bot, fake: FakeBotApi) -> None:
    fake.user(ADA)
    sent = await bot.send_document(ADA, b"day,mood\n1,ok\n", filename="log.csv", caption="your log")
    assert sent.document is not None and sent.document.file_name == "log.csv"
    assert sent.caption == "your log"
    uploaded = fake.calls[-1].params["document"]
    assert isinstance(uploaded, UploadedFile)
    assert (uploaded.filename, uploaded.content) == ("log.csv", b"day,mood\n1,ok\n")
    file = await bot.get_file(sent.document.file_id)
    assert bytes(await file.download_as_bytearray()) == b"day,mood\n1,ok\n"
    photo = await bot.send_photo(ADA, b"\x89PNG fake", caption="<b>look</b>", parse_mode="HTML")
    assert photo.photo and photo.caption == "look"
    assert [m.get("caption") for m in fake.sent_messages(ADA)] == ["your log", "look"]


async def test_commands_are_stored(bot: Bot, fake: FakeBotApi) -> None:
    await bot.set_my_commands([("start", "Begin"), ("today", "Today's practice")])
    assert [(c.command, c.description) for c in await bot.get_my_commands()] == [
        ("start", "Begin"),
        ("today", "Today's practice"),
    ]
    assert fake.commands()[1] == {"command": "today", "description": "Today's practice"}
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Bad-Name", "x")])
    await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()


async def test_get_updates_long_polls_and_honours_offset(bot: Bot, fake: FakeBotApi) -> None:
    ada = fake.user(ADA)
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert await bot.get_updates(timeout=dtm.timedelta(seconds=0.3)) == ()
    assert loop.time() - started >= 0.25  # held for the timeout, then empty

    poll = asyncio.create_task(bot.get_updates(timeout=1))
    await asyncio.sleep(0.05)
    started = loop.time()
    ada.send_text("hi")
    updates = await poll
    assert loop.time() - started < 0.5  # released by the update, not by the timeout
    assert [u.message.text for u in updates if u.message] == ["hi"]

    ada.send_text("again")
    unconfirmed = await bot.get_updates(timeout=0)
    assert [u.message.text for u in unconfirmed if u.message] == ["hi", "again"]
    confirmed = await bot.get_updates(offset=unconfirmed[-1].update_id, timeout=0)
    assert [u.message.text for u in confirmed if u.message] == ["again"]
    assert await bot.get_updates(offset=confirmed[-1].update_id + 1, timeout=0) == ()
    assert fake.pending_updates == []
    assert fake.get_updates_count == 5
    assert all(c.method != "getUpdates" for c in fake.calls)


async def test_a_second_get_updates_terminates_the_first(bot: Bot, fake: FakeBotApi) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=1))
    await asyncio.sleep(0.05)
    async with Bot(fake.token, base_url=fake.base_url) as second:
        assert await second.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first


async def test_params_are_decoded_from_form_and_json(fake: FakeBotApi) -> None:
    fake.user(ADA)
    url = f"{fake.base_url}{fake.token}/sendMessage"
    async with httpx.AsyncClient() as client:
        form = await client.post(
            url,
            data={
                "chat_id": str(ADA),
                "text": "123",
                "reply_markup": '{"inline_keyboard": [[{"text": "x", "callback_data": "1"}]]}',
                "disable_notification": "true",
            },
        )
        body = await client.post(url, json={"chat_id": ADA, "text": "[1, 2]"})
        unknown = await client.post(f"{fake.base_url}{fake.token}/someFutureMethod", json={"a": 1})
        wrong = await client.post(f"{fake.base_url}1:nope/getMe")
    assert form.json()["ok"] is True and body.json()["result"]["text"] == "[1, 2]"
    params = fake.calls[0].params
    assert params["chat_id"] == ADA and params["text"] == "123"
    assert params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "1"
    assert params["disable_notification"] is True
    assert unknown.json() == {"ok": True, "result": True}
    assert fake.calls[-1].method == "someFutureMethod"
    assert wrong.status_code == 401
    assert wrong.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}


async def test_next_call_times_out_with_a_list_of_calls(bot: Bot, fake: FakeBotApi) -> None:
    fake.user(ADA)
    await bot.send_message(ADA, "only this")
    with pytest.raises(AssertionError, match=r"(?s)no call \['deletemessage'\].*only this"):
        await fake.next_call("deleteMessage", timeout=0.1)
    call = await fake.next_call("sendMessage", chat_id=ADA, timeout=0.1)
    assert call.params["text"] == "only this"
    with pytest.raises(AssertionError):
        await fake.next_call("sendMessage", timeout=0.1)  # the cursor moved past it


# -- a polling Application ------------------------------------------------------------------------


async def test_start_command_reaches_a_command_handler(fake: FakeBotApi) -> None:
    seen: list[Update] = []

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        seen.append(update)
        assert update.effective_message is not None
        await update.effective_message.reply_text(f"Welcome! args={context.args}")

    app = build_app(fake)
    app.add_handler(CommandHandler("start", start))
    ada = fake.user(ADA, "Ada")
    async with polling(app):
        ada.send_command("start", "ref42")
        reply = await fake.next_message(ADA, timeout=2)
    assert reply["text"] == "Welcome! args=['ref42']"
    message = seen[0].message
    assert message is not None and message.text == "/start ref42"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [("bot_command", 0, 6)]
    assert message.from_user is not None and message.from_user.language_code == "en"


async def test_group_commands_carry_the_bot_username(fake: FakeBotApi) -> None:
    handled: list[str] = []

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_message.text
        handled.append(update.effective_message.text)
        await update.effective_message.reply_text("hi group")

    joins: list[str] = []

    async def joined(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.my_chat_member is not None
        joins.append(update.my_chat_member.new_chat_member.status)

    app = build_app(fake)
    app.add_handler(CommandHandler("start", start))
    app.add_handler(ChatMemberHandler(joined, ChatMemberHandler.MY_CHAT_MEMBER))
    ada = fake.user(ADA)
    friends = fake.group(-500, "Friends")
    async with polling(app):
        fake.add_to_group(friends, by=ada)
        ada.send_in_group(friends, "/start@other_bot")  # not for us: ignored
        ada.send_in_group(friends, "/start@letin_test_bot")
        reply = await fake.next_message(-500, timeout=2)
    assert reply["text"] == "hi group" and reply["chat"]["type"] == "group"
    assert handled == ["/start@letin_test_bot"]
    assert joins == ["member"]


async def test_inline_button_press_reaches_a_callback_query_handler(fake: FakeBotApi) -> None:
    pressed: list[str | None] = []

    async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        keyboard = [
            [
                InlineKeyboardButton("Morning", callback_data="slot:morning"),
                InlineKeyboardButton("Evening", callback_data="slot:evening"),
            ]
        ]
        await update.effective_message.reply_text(
            "When?", reply_markup=InlineKeyboardMarkup(keyboard)
        )

    async def choose(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        pressed.append(query.data)
        await query.answer("Saved")
        await query.edit_message_text(f"You chose {query.data}")

    app = build_app(fake)
    app.add_handler(CommandHandler("when", ask))
    app.add_handler(CallbackQueryHandler(choose))
    ada = fake.user(ADA)
    async with polling(app):
        ada.send_command("when")
        question = await fake.next_message(ADA, timeout=2)
        with pytest.raises(LookupError, match="Morning"):
            ada.press(question, "Night")
        ada.press(question, "slot:evening")  # by callback_data
        answer = await fake.next_call("answerCallbackQuery", timeout=2)
        edited = await fake.next_message(ADA, timeout=2)
        ada.press_data(question["message_id"], "slot:forged")
        await fake.next_call("answerCallbackQuery", timeout=2)
    assert pressed == ["slot:evening", "slot:forged"]
    assert answer.params["text"] == "Saved"
    assert edited["text"] == "You chose slot:evening" and "reply_markup" not in edited


async def test_location_reaches_a_location_handler(fake: FakeBotApi) -> None:
    got: list[tuple[float, float]] = []

    async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        button = KeyboardButton("Share location", request_location=True)
        await update.effective_message.reply_text(
            "Where are you?", reply_markup=ReplyKeyboardMarkup([[button]], one_time_keyboard=True)
        )

    async def located(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        location = update.effective_message.location
        assert location is not None
        got.append((location.latitude, location.longitude))
        await update.effective_message.reply_text("Thanks")

    app = build_app(fake)
    app.add_handler(CommandHandler("where", ask))
    app.add_handler(MessageHandler(filters.LOCATION, located))
    ada = fake.user(ADA)
    async with polling(app):
        ada.send_command("where")
        await fake.next_message(ADA, timeout=2)
        keyboard = fake.reply_keyboard(ADA)
        assert keyboard is not None
        assert keyboard["keyboard"][0][0] == {"text": "Share location", "request_location": True}
        ada.tap("Share location", latitude=-33.87, longitude=151.21)
        assert (await fake.next_message(ADA, timeout=2))["text"] == "Thanks"
        ada.send_location(48.85, 2.35)
        await fake.next_message(ADA, timeout=2)
    assert got == [(-33.87, 151.21), (48.85, 2.35)]
    assert fake.reply_keyboard(ADA) is None  # one-time keyboard went away after the tap


async def test_other_kinds_of_user_messages_parse(fake: FakeBotApi) -> None:
    kinds: list[str] = []

    async def record(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        assert message is not None
        for kind in ("photo", "sticker", "voice", "document", "contact", "text"):
            if getattr(message, kind):
                kinds.append(f"edited {kind}" if update.edited_message else kind)
                break
        if message.document:
            file = await message.document.get_file()
            kinds.append(bytes(await file.download_as_bytearray()).decode())
        await message.reply_text("ok")

    app = build_app(fake)
    app.add_handler(MessageHandler(filters.ALL, record))
    ada = fake.user(ADA)
    async with polling(app):
        ada.send_photo(caption="me")
        ada.send_sticker()
        ada.send_voice()
        ada.send_document(content=b"notes!")
        ada.send_contact()
        typo = ada.send_text("helo")["message"]
        ada.edit_text(typo, "hello")
        for _ in range(7):
            await fake.next_message(ADA, timeout=2)
    assert kinds == [
        "photo",
        "sticker",
        "voice",
        "document",
        "notes!",
        "contact",
        "text",
        "edited text",
    ]
