"""The bot's HTTP client (aiohttp under PTB): the same requests, and PTB's errors on failure."""

from __future__ import annotations

import asyncio
import socket

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.sandbox.fake_api import FakeBotApi, UploadedFile
from bot.transport.request import AiohttpRequest


def _bot(api: FakeBotApi, request: AiohttpRequest) -> Bot:
    return Bot(api.token, base_url=api.base_url, request=request, get_updates_request=request)


async def test_messages_buttons_and_files_arrive_as_sent(api: FakeBotApi) -> None:
    user = api.user(2001, "Bea")
    async with _bot(api, AiohttpRequest(connection_pool_size=2)) as bot:
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Kept ✓", callback_data="k:1")]])
        message = await bot.send_message(user.id, "Ünïcödé & ☕ 👩‍👧", reply_markup=markup)
        assert message.text == "Ünïcödé & ☕ 👩‍👧"
        await bot.send_document(
            user.id, InputFile(b"date,text\n", filename="letin.csv"), caption="Your notes"
        )
        with pytest.raises(BadRequest, match=r"(?i)chat not found"):
            await bot.send_message(999_999, "nobody")
    sent = [call for call in api.calls if call.method.lower() == "sendmessage"]
    assert sent[0].params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "k:1"
    document = next(call for call in api.calls if call.method.lower() == "senddocument")
    upload = document.params["document"]
    assert isinstance(upload, UploadedFile)
    assert (upload.filename, upload.content) == ("letin.csv", b"date,text\n")
    assert document.params["caption"] == "Your notes"


async def test_an_answer_slower_than_the_read_timeout_is_timed_out(api: FakeBotApi) -> None:
    user = api.user(2002, "Cy")
    async with _bot(api, AiohttpRequest(read_timeout=0.2)) as bot:
        api.hang("sendMessage", seconds=2.0)
        with pytest.raises(TimedOut):
            await bot.send_message(user.id, "late")
        # A longer timeout for one call is honoured.
        api.hang("sendMessage", seconds=0.3)
        await bot.send_message(user.id, "patient", read_timeout=2.0)


async def test_no_free_connection_in_time_is_timed_out(api: FakeBotApi) -> None:
    user = api.user(2003, "Di")
    request = AiohttpRequest(connection_pool_size=1, pool_timeout=0.05, connect_timeout=0.05)
    async with _bot(api, request) as bot:
        api.hang("sendMessage", seconds=1.0)
        holding = asyncio.create_task(bot.send_message(user.id, "holds the one connection"))
        await asyncio.sleep(0.1)
        with pytest.raises(TimedOut):
            await bot.send_message(user.id, "waits for it")
        await holding


async def test_a_server_that_is_not_there_is_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as raised:
            await request.post(f"http://127.0.0.1:{port}/bot1:x/getMe")
        assert not isinstance(raised.value, TimedOut)
    finally:
        await request.shutdown()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request(f"http://127.0.0.1:{port}/bot1:x/getMe", "POST")
