"""The terminal chat, driven by scripted lines against a small PTB bot on the fake server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    KeyboardButton,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.sandbox.chat import TerminalChat, render_message, strip_markup
from bot.sandbox.fake_api import FakeBotApi
from tests.harness import Chat, Harness
from tests.steps import set_up

ADA = 1001
PNG = b"\x89PNG\r\n\x1a\n" + b"chart bytes"


class Transcript:
    """A ``write`` callable that collects lines and lets a script wait for one."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._changed = asyncio.Event()

    def __call__(self, line: str) -> None:
        self.lines.extend(line.splitlines())
        self._changed.set()

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    async def wait_for(self, needle: str, timeout: float = 2.0) -> None:  # noqa: ASYNC109
        async with asyncio.timeout(timeout):
            while needle not in self.text:
                self._changed.clear()
                await self._changed.wait()


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = FakeBotApi()
    await api.start()
    yield api
    await api.stop()


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None and update.effective_message.text
    await update.effective_message.reply_text(
        f"echo: <b>{update.effective_message.text}</b>", parse_mode="HTML"
    )


async def when(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    keyboard = [
        [
            InlineKeyboardButton("Morning", callback_data="slot:morning"),
            InlineKeyboardButton("Evening", callback_data="slot:evening"),
        ],
        [InlineKeyboardButton("Docs", url="https://example.org/help")],
    ]
    await update.effective_message.reply_text("When?", reply_markup=InlineKeyboardMarkup(keyboard))


async def where(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    button = KeyboardButton("Share location", request_location=True)
    await update.effective_message.reply_text(
        "*Where* are you\\?",
        parse_mode="MarkdownV2",
        reply_markup=ReplyKeyboardMarkup([[button, KeyboardButton("Skip")]]),
    )


async def located(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None and update.effective_message.location
    location = update.effective_message.location
    await update.effective_message.reply_text(f"got {location.latitude} {location.longitude}")


async def chart(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_photo(PNG, caption="Your week in a chart: Mon 3, Tue 4")


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_document(
        InputFile(b'{"schema": "x"}', filename="letin-export.json"), caption="Everything (JSON)."
    )
    await update.effective_message.reply_document(
        InputFile(b"# Journal", filename="../../letin export.md"), caption="Readable."
    )


def make_app(fake: FakeBotApi, pressed: list[str]) -> Application[Any, Any, Any, Any, Any, Any]:
    async def choose(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None and query.data is not None
        pressed.append(query.data)
        await query.answer("Saved")
        await query.edit_message_text(f"You chose {query.data.removeprefix('slot:')}")

    app = (
        ApplicationBuilder()
        .token(fake.token)
        .base_url(fake.base_url)
        .base_file_url(fake.base_file_url)
        .job_queue(None)
        .build()
    )
    app.add_handler(CommandHandler("when", when))
    app.add_handler(CommandHandler("where", where))
    app.add_handler(CommandHandler("chart", chart))
    app.add_handler(CommandHandler("export", export))
    app.add_handler(CallbackQueryHandler(choose))
    app.add_handler(MessageHandler(filters.LOCATION, located))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return app


@asynccontextmanager
async def polling(app: Application[Any, Any, Any, Any, Any, Any]) -> AsyncIterator[None]:
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


def script(
    transcript: Transcript, steps: list[tuple[str, str | None]]
) -> Callable[[], AsyncIterator[str]]:
    """Lines to type; after each, optionally wait until the transcript shows some text."""

    async def lines() -> AsyncIterator[str]:
        for line, expect in steps:
            yield line
            if expect is not None:
                await transcript.wait_for(expect)

    return lines


async def test_buttons_are_numbered_and_typing_a_number_presses_one(fake: FakeBotApi) -> None:
    pressed: list[str] = []
    transcript = Transcript()
    lines = script(
        transcript,
        [
            ("/when", "[2] Evening"),
            ("1", "You chose morning"),
            ("hello", "echo: hello"),
            (":quit", None),
            ("never typed", None),
        ],
    )
    async with polling(make_app(fake, pressed)):
        chat = TerminalChat(fake, ADA, "Ada", lines=lines(), write=transcript)
        await asyncio.wait_for(chat.run(), 5)

    assert pressed == ["slot:morning"]
    text = transcript.text
    assert "you: /when" in transcript.lines
    assert "bot: When?" in transcript.lines
    assert "     [1] Morning  [2] Evening" in transcript.lines
    assert "     [3] Docs <https://example.org/help>" in transcript.lines
    assert "(you pressed [1] Morning)" in transcript.lines
    assert "     (notice: Saved)" in transcript.lines
    assert "bot (edited message 2): You chose morning" in transcript.lines
    # The bot's HTML is shown as plain text.
    assert "bot: echo: hello" in transcript.lines
    assert "never typed" not in text
    assert fake.user(ADA).id == ADA
    assert [m["text"] for m in fake.sent_messages(ADA)] == ["You chose morning", "echo: hello"]


async def test_meta_commands_locations_and_reply_keyboards(fake: FakeBotApi) -> None:
    transcript = Transcript()
    lines = script(
        transcript,
        [
            (":help", None),
            ("/where", "keyboard:"),
            ("Share location", "got 52.52 13.405"),
            (":loc 48.85 2.35", "got 48.85 2.35"),
            (":loc nowhere", "usage: :loc"),
            ("7", "echo: 7"),  # no inline keyboard anywhere: a number is just text
            (":frobnicate", "unknown command"),
        ],
    )
    async with polling(make_app(fake, [])):
        chat = TerminalChat(fake, ADA, lines=lines(), write=transcript, settle=0.05)
        await asyncio.wait_for(chat.run(), 5)

    assert any(line.startswith("  :loc LAT LON") for line in transcript.lines)
    # MarkdownV2 markup is stripped for display; the reply keyboard is listed under the message.
    assert "bot: Where are you?" in transcript.lines
    assert (
        "     keyboard: <Share location (shares location; or :loc LAT LON)>  <Skip>"
        in transcript.lines
    )
    assert "bot: got 52.52 13.405" in transcript.lines
    assert "bot: got 48.85 2.35" in transcript.lines
    assert "bot: echo: 7" in transcript.lines


async def test_end_of_input_waits_for_the_last_reply(fake: FakeBotApi) -> None:
    transcript = Transcript()

    async def lines() -> AsyncIterator[str]:
        yield "last words"

    async with polling(make_app(fake, [])):
        chat = TerminalChat(fake, ADA, lines=lines(), write=transcript, settle=0.2)
        await asyncio.wait_for(chat.run(), 5)
    assert transcript.lines[-1] == "bot: echo: last words"


async def test_api_errors_for_this_chat_are_shown(fake: FakeBotApi) -> None:
    transcript = Transcript()
    fake.fail("sendMessage", error_code=403, description="Forbidden: bot was blocked by the user")
    lines = script(transcript, [("hi", "failed")])
    async with polling(make_app(fake, [])):
        chat = TerminalChat(fake, ADA, lines=lines(), write=transcript, settle=0.05)
        await asyncio.wait_for(chat.run(), 5)
    assert "! sendMessage failed: 403 Forbidden: bot was blocked by the user" in transcript.lines


async def test_photos_and_documents_are_saved_and_their_path_shown(
    fake: FakeBotApi, tmp_path: Path
) -> None:
    files = tmp_path / "data" / "sandbox-files"
    files.mkdir(parents=True)
    (files / "0007-from-an-earlier-session.png").write_bytes(b"old")
    transcript = Transcript()
    lines = script(
        transcript,
        [("/chart", "[photo]"), ("/export", "Readable."), ("/chart", "0011-")],
    )
    async with polling(make_app(fake, [])):
        chat = TerminalChat(fake, ADA, lines=lines(), write=transcript, files_dir=files)
        await asyncio.wait_for(chat.run(), 5)

    chart_path = files / "0008-your-week-in-a-chart.png"
    assert f"bot: [photo] {chart_path}  Your week in a chart: Mon 3, Tue 4" in transcript.lines
    assert chart_path.read_bytes() == PNG
    json_path = files / "0009-letin-export.json"
    assert f"bot: [document] {json_path}  Everything (JSON)." in transcript.lines
    assert json_path.read_bytes() == b'{"schema": "x"}'
    # A name that tries to leave the folder stays in it.
    md_path = files / "0010-letin-export.md"
    assert f"bot: [document] {md_path}  Readable." in transcript.lines
    assert md_path.read_bytes() == b"# Journal"
    # The same chart again is a new file; nothing earlier is overwritten.
    assert (files / "0011-your-week-in-a-chart.png").read_bytes() == PNG
    assert (files / "0007-from-an-earlier-session.png").read_bytes() == b"old"
    assert sorted(p.name for p in files.iterdir()) == [
        "0007-from-an-earlier-session.png",
        "0008-your-week-in-a-chart.png",
        "0009-letin-export.json",
        "0010-letin-export.md",
        "0011-your-week-in-a-chart.png",
    ]


async def test_files_go_to_the_sandbox_data_directory_by_default(
    fake: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # where the sandbox runs; its database is data/sandbox.sqlite3
    transcript = Transcript()
    lines = script(transcript, [("/chart", "[photo]")])
    async with polling(make_app(fake, [])):
        chat = TerminalChat(fake, ADA, lines=lines(), write=transcript)
        await asyncio.wait_for(chat.run(), 5)
    assert (
        "bot: [photo] data/sandbox-files/0001-your-week-in-a-chart.png  Your week in a chart: "
        "Mon 3, Tue 4" in transcript.lines
    )
    assert (
        tmp_path / "data" / "sandbox-files" / "0001-your-week-in-a-chart.png"
    ).read_bytes() == PNG


async def test_the_bots_chart_and_export_are_saved_as_files(
    chat: Chat, harness: Harness, tmp_path: Path
) -> None:
    await set_up(chat, harness)  # Ada, onboarded on the real bot
    files = tmp_path / "sandbox-files"
    transcript = Transcript()
    lines = script(transcript, [("/summary", "Your week,"), ("/export", "letin-export.md")])
    terminal = TerminalChat(harness.api, ADA, lines=lines(), write=transcript, files_dir=files)
    await asyncio.wait_for(terminal.run(), 10)

    chart = files / "0001-your-week-in-a-chart.png"
    assert chart.read_bytes().startswith(b"\x89PNG")
    assert any(
        line.startswith(f"bot: [photo] {chart}  Your week in a chart") for line in transcript.lines
    )
    assert (files / "0002-letin-export.json").read_bytes().startswith(b"{")
    assert (files / "0003-letin-export.md").read_text().startswith("# Your Letin journal")
    assert any(
        line.startswith(f"bot: [document] {files / '0003-letin-export.md'}  ")
        for line in transcript.lines
    )


def test_rendering_helpers() -> None:
    message = {
        "message_id": 5,
        "chat": {"id": ADA, "type": "private"},
        "date": 0,
        "caption": "your log",
        "document": {"file_id": "f", "file_unique_id": "u", "file_name": "log.csv"},
        "reply_markup": {"inline_keyboard": [[{"text": "OK", "callback_data": "ok"}]]},
    }
    assert render_message(message) == ["bot: [document: log.csv] your log", "     [1] OK"]
    multi = {"text": "line one\nline two"}
    assert render_message(multi, prefix="bot: ") == ["bot: line one", "     line two"]
    assert strip_markup("<b>Tom &amp; Jerry</b>", "HTML") == "Tom & Jerry"
    assert strip_markup(r"*Bold* and [link](https://x.org)\!", "MarkdownV2") == "Bold and link!"
    assert strip_markup("*as is*", None) == "*as is*"
