"""A plain terminal chat: play one Telegram user against a bot running on the fake Bot API.

Typed lines become messages (``/command`` lines become commands). Everything the bot sends to
this user's chat is printed as it arrives; inline buttons are numbered and typing the number
presses the button on the most recent bot message that has buttons. Photos and documents the
bot sends are saved under ``data/sandbox-files/`` and shown with their path. ``:help`` lists the
rest.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import re
import sys
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path, PurePath
from typing import Any

from bot.sandbox.fake_api import (
    EDIT_METHODS,
    SEND_METHODS,
    ApiCall,
    FakeBotApi,
    FakeUser,
    UploadedFile,
)

__all__ = ["FILES_DIR", "TerminalChat", "render_message", "strip_markup"]

JsonDict = dict[str, Any]

_HELP = """\
Type a message and press Enter; lines starting with / are commands.
  N                press inline button N on the latest bot message with buttons
  :loc LAT LON     share a location, e.g. :loc 52.52 13.405
  :photo [CAPTION] send a photo          :sticker   send a sticker
  :voice           send a voice note     :doc [NAME] send a document
  :contact         share your contact    :edit TEXT edit your last text message
  :block           block the bot         :unblock   unblock it
  :help            this list             :quit      leave (so does end of input)
Reply-keyboard buttons: type the button's text (a location button shares a location).
Photos and documents from the bot are saved as files; their path is shown beside them."""

# Where the photos and documents the bot sends are saved: beside the sandbox's database
# (data/sandbox.sqlite3), relative to the directory the sandbox runs in.
FILES_DIR = Path("data") / "sandbox-files"
# The parameter each send method carries its file in.
_FILE_PARAMS = {"sendphoto": "photo", "senddocument": "document"}
_IMAGE_SUFFIXES = (
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF8", ".gif"),
    (b"RIFF", ".webp"),
)
_NUMBERED_RE = re.compile(r"^(\d+)-")
_UNSAFE_RE = re.compile(r"[^A-Za-z0-9._-]+")
_SLUG_RE = re.compile(r"[^a-z0-9]+")

_INDENT = "     "
_TAG_RE = re.compile(r"<[^<>]*>")
_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_MD_ESCAPE_RE = re.compile(r"\\(.)")  # MarkdownV2: any character may be escaped


def strip_markup(text: str, parse_mode: str | None) -> str:
    """Plain display text for raw HTML/Markdown markup (tags and markers dropped)."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        return html.unescape(_TAG_RE.sub("", text))
    if mode in ("markdown", "markdownv2"):
        text = _MD_LINK_RE.sub(r"\1", text)
        placeholder = "\x00"
        text = _MD_ESCAPE_RE.sub(lambda m: placeholder + m[1], text)
        text = re.sub(r"\|\||__|```|[*_~`]", "", text)
        return text.replace(placeholder, "")
    return text


def _describe_content(message: JsonDict, saved: str | None = None) -> str:
    """One-line description of a non-text message's content (with the path it was saved to)."""
    caption = message.get("caption", "")
    if saved is not None and ("photo" in message or "document" in message):
        kind = f"[{'photo' if 'photo' in message else 'document'}] {saved}"
        return f"{kind}  {caption}" if caption else kind
    if "photo" in message:
        kind = "[photo]"
    elif "document" in message:
        kind = f"[document: {message['document'].get('file_name', 'file')}]"
    elif "sticker" in message:
        kind = f"[sticker {message['sticker'].get('emoji', '')}]".replace(" ]", "]")
    elif "venue" in message:
        venue = message["venue"]
        kind = f"[venue: {venue.get('title', '')}, {venue.get('address', '')}]"
    elif "location" in message:
        location = message["location"]
        kind = f"[location {location['latitude']}, {location['longitude']}]"
    elif "contact" in message:
        contact = message["contact"]
        kind = f"[contact: {contact.get('first_name', '')} {contact.get('phone_number', '')}]"
    elif "dice" in message:
        kind = f"[dice {message['dice'].get('emoji', '')} {message['dice'].get('value', '')}]"
    else:
        kind = next(
            (f"[{k}]" for k in ("voice", "audio", "video", "animation") if k in message), ""
        )
    return f"{kind} {caption}".strip() if kind else str(caption)


def _uploaded(params: JsonDict, key: str) -> UploadedFile | None:
    """The bytes a send uploaded under `key` (directly or as attach://), if it uploaded any."""
    value = params.get(key)
    if isinstance(value, str) and value.startswith("attach://"):
        value = params.get(value.removeprefix("attach://"))
    return value if isinstance(value, UploadedFile) else None


def _image_suffix(content: bytes) -> str | None:
    for magic, suffix in _IMAGE_SUFFIXES:
        if content.startswith(magic):
            return suffix
    return None


def _file_name(kind: str, upload: UploadedFile, message: JsonDict) -> str:
    """A readable, safe file name (without the number) for a photo or document the bot sent:
    a document keeps its name; a photo is named after its caption."""
    if kind == "document":
        given = message.get("document", {}).get("file_name") or upload.filename or ""
        name = _UNSAFE_RE.sub("-", PurePath(str(given)).name).strip(".-")[:80]
        return name or f"document{_image_suffix(upload.content) or '.bin'}"
    suffix = _image_suffix(upload.content) or ".jpg"
    caption = re.split(r"[:.\n]", str(message.get("caption", "")), maxsplit=1)[0]
    words = _SLUG_RE.sub("-", caption.lower()).strip("-")
    if len(words) > 40:
        words = words[:40].rsplit("-", 1)[0]
    return f"{words or 'photo'}{suffix}"


def _inline_buttons(message: JsonDict) -> list[list[JsonDict]]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [[b for b in row if isinstance(b, dict)] for row in rows if isinstance(row, list)]


def render_message(
    message: JsonDict,
    *,
    prefix: str = "bot: ",
    parse_mode: str | None = None,
    saved: str | None = None,
) -> list[str]:
    """Render a bot message (text or media, then numbered inline buttons) as display lines;
    `saved` is the path its photo or document was saved to."""
    # The fake server already parsed HTML into plain text + entities (as Telegram does), so only
    # Markdown, which it stores verbatim, still carries markup to strip.
    body = message["text"] if "text" in message else _describe_content(message, saved)
    if (parse_mode or "").lower() in ("markdown", "markdownv2"):
        body = strip_markup(body, parse_mode)
    text_lines = body.splitlines() or [""]
    lines = [prefix + text_lines[0]]
    lines.extend(_INDENT + line for line in text_lines[1:])
    number = 0
    for row in _inline_buttons(message):
        cells = []
        for button in row:
            number += 1
            label = f"[{number}] {button.get('text', '')}"
            if "url" in button:
                label += f" <{button['url']}>"
            cells.append(label)
        if cells:
            lines.append(_INDENT + "  ".join(cells))
    return lines


def _render_reply_keyboard(markup: JsonDict) -> list[str]:
    lines = []
    for row in markup.get("keyboard", []):
        cells = []
        for button in row:
            if isinstance(button, str):
                cells.append(f"<{button}>")
                continue
            label = str(button.get("text", ""))
            if button.get("request_location"):
                label += " (shares location; or :loc LAT LON)"
            elif button.get("request_contact"):
                label += " (shares contact)"
            cells.append(f"<{label}>")
        lines.append("  ".join(cells))
    if not lines:
        return []
    return [_INDENT + "keyboard: " + lines[0], *(_INDENT + "          " + x for x in lines[1:])]


async def _stdin_lines() -> AsyncIterator[str]:
    """Lines from stdin, read on a daemon thread so the event loop never blocks."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def put(line: str | None) -> None:
        with contextlib.suppress(RuntimeError):  # the loop may be closed at exit
            loop.call_soon_threadsafe(queue.put_nowait, line)

    def reader() -> None:
        for line in sys.stdin:
            put(line)
        put(None)

    threading.Thread(target=reader, name="terminal-chat-stdin", daemon=True).start()
    while (line := await queue.get()) is not None:
        yield line


# How long piped input waits for the bot to go quiet before the next line, in seconds.
PIPED_SETTLE = 1.0


class TerminalChat:
    """Play one user in the terminal against a bot served by a FakeBotApi."""

    def __init__(
        self,
        fake: FakeBotApi,
        user_id: int = 1001,
        first_name: str = "Ada",
        *,
        username: str | None = None,
        language_code: str = "en",
        lines: AsyncIterator[str] | None = None,
        write: Callable[[str], None] | None = None,
        echo: bool | None = None,
        pace: bool | None = None,
        settle: float = 0.3,
        files_dir: Path | str = FILES_DIR,
    ) -> None:
        self.fake = fake
        self.files_dir = Path(files_dir)
        self._last_file_number: int | None = None
        self.user: FakeUser = fake.user(
            user_id, first_name, username=username, language_code=language_code
        )
        self._lines = lines
        self._write: Callable[[str], None] = write or print
        # Echo typed lines as "you: ..." when they are not already visible on a terminal.
        self._echo = echo if echo is not None else (lines is not None or not sys.stdin.isatty())
        # Piped input arrives all at once: wait for the bot to go quiet before the next line.
        self._pace = pace if pace is not None else (lines is None and not sys.stdin.isatty())
        # Piped lines wait longer for quiet: on a busy machine the bot may pause between two
        # answers to one line (the timezone set, then the times asked) for over 0.3 s, and
        # the next line would press the buttons of an earlier message.
        self._settle = max(settle, PIPED_SETTLE) if self._pace else settle
        self._queue: asyncio.Queue[ApiCall] = asyncio.Queue()
        self._activity = asyncio.Event()
        self._my_queries: set[str] = set()
        self._last_text_message: JsonDict | None = None

    @property
    def chat_id(self) -> int:
        """The private chat id (equal to the user id)."""
        return self.user.id

    async def run(self) -> None:
        """Read lines until end of input or ``:quit``, printing the bot's side as it arrives."""
        unsubscribe = self.fake.subscribe(self._on_call)
        watcher = asyncio.create_task(self._watch(), name="terminal-chat-watcher")
        self._write(
            f"Chatting as {self.user.first_name} (id {self.user.id}) with "
            f"@{self.fake.bot_username}. Type :help for commands, :quit to leave."
        )
        source = self._lines if self._lines is not None else _stdin_lines()
        try:
            async for raw in source:
                if not self.handle_line(raw.rstrip("\r\n")):
                    break
                if self._pace:
                    await self._wait_until_quiet()
            await self._wait_until_quiet()
        finally:
            close = getattr(source, "aclose", None)
            if close is not None:
                await close()
            unsubscribe()
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher

    def handle_line(self, line: str) -> bool:
        """Act on one typed line; returns False when the chat should end."""
        line = line.strip()
        if not line:
            return True
        if self._echo:
            self._write(f"you: {line}")
        if line.startswith(":"):
            return self._meta(line)
        if line.isdigit() and self._press_number(int(line)):
            return True
        if self._tap_reply_button(line):
            return True
        update = self.user.send_text(line)
        self._last_text_message = update["message"]
        return True

    # -- input ------------------------------------------------------------------------------

    def _meta(self, line: str) -> bool:
        command, _, rest = line.partition(" ")
        rest = rest.strip()
        if command == ":quit":
            return False
        if command == ":help":
            self._write(_HELP)
        elif command == ":loc":
            try:
                latitude, longitude = (float(x) for x in rest.replace(",", " ").split())
            except ValueError:
                self._write("usage: :loc LAT LON   e.g. :loc 52.52 13.405")
            else:
                self.user.send_location(latitude, longitude)
        elif command == ":photo":
            self.user.send_photo(caption=rest or None)
        elif command == ":sticker":
            self.user.send_sticker()
        elif command == ":voice":
            self.user.send_voice()
        elif command == ":doc":
            self.user.send_document(file_name=rest or "notes.txt")
        elif command == ":contact":
            self.user.send_contact()
        elif command == ":edit":
            if self._last_text_message is None or not rest:
                self._write("usage: :edit NEW TEXT   (edits your last text message)")
            else:
                update = self.user.edit_text(self._last_text_message, rest)
                self._last_text_message = update["edited_message"]
        elif command == ":block":
            self.user.block_bot()
            self._write("(you blocked the bot)")
        elif command == ":unblock":
            self.user.unblock_bot()
            self._write("(you unblocked the bot)")
        else:
            self._write(f"unknown command {command}; type :help")
        return True

    def _press_number(self, number: int) -> bool:
        for message in reversed(self.fake.sent_messages(self.chat_id)):
            buttons = [b for row in _inline_buttons(message) for b in row]
            if not buttons:
                continue
            if not 1 <= number <= len(buttons):
                return False
            button = buttons[number - 1]
            if "callback_data" in button:
                update = self.user.press_data(message["message_id"], button["callback_data"])
                self._my_queries.add(update["callback_query"]["id"])
                self._write(f"(you pressed [{number}] {button.get('text', '')})")
            elif "url" in button:
                self._write(f"(button [{number}] opens {button['url']})")
            else:
                self._write(f"(button [{number}] does nothing in the sandbox)")
            return True
        return False

    def _tap_reply_button(self, line: str) -> bool:
        keyboard = self.fake.reply_keyboard(self.chat_id)
        labels = [
            b if isinstance(b, str) else b.get("text")
            for row in (keyboard or {}).get("keyboard", [])
            for b in row
        ]
        if line not in labels:
            return False
        update = self.user.tap(line)
        if "message" in update and "text" in update["message"]:
            self._last_text_message = update["message"]
        return True

    # -- output -----------------------------------------------------------------------------

    def _on_call(self, call: ApiCall) -> None:
        self._queue.put_nowait(call)
        self._activity.set()

    async def _watch(self) -> None:
        while True:
            call = await self._queue.get()
            try:
                for line in self._render(call):
                    self._write(line)
            finally:
                self._queue.task_done()

    async def _wait_until_quiet(self) -> None:
        """Give the bot time to answer the last input: until no call for ``settle`` seconds."""
        loop = asyncio.get_running_loop()
        give_up = loop.time() + max(self._settle * 20, 5.0)
        while loop.time() < give_up:
            self._activity.clear()
            try:
                await asyncio.wait_for(self._activity.wait(), self._settle)
            except TimeoutError:
                if not self.fake.pending_updates:
                    break
        await self._queue.join()

    def _render(self, call: ApiCall) -> list[str]:
        method = call.method.lower()
        if method == "answercallbackquery":
            if str(call.params.get("callback_query_id")) not in self._my_queries:
                return []
            text = call.params.get("text")
            if not text:
                return []
            kind = "alert" if call.params.get("show_alert") else "notice"
            return [f"{_INDENT}({kind}: {text})"]
        if call.params.get("chat_id") != self.chat_id:
            return []
        if call.error_code is not None:
            return [f"! {call.method} failed: {call.error_code} {call.description}"]
        if method in SEND_METHODS and isinstance(call.result, dict):
            saved = self._save_file(method, call)
            lines = render_message(
                call.result, parse_mode=call.params.get("parse_mode"), saved=saved
            )
            markup = call.params.get("reply_markup")
            if isinstance(markup, dict) and "keyboard" in markup:
                lines.extend(_render_reply_keyboard(markup))
            elif isinstance(markup, dict) and markup.get("remove_keyboard"):
                lines.append(_INDENT + "(keyboard removed)")
            return lines
        if method in EDIT_METHODS and isinstance(call.result, dict):
            prefix = f"bot (edited message {call.result['message_id']}): "
            return render_message(
                call.result, prefix=prefix, parse_mode=call.params.get("parse_mode")
            )
        if method == "deletemessage":
            return [f"bot deleted message {call.params.get('message_id')}"]
        return []

    def _save_file(self, method: str, call: ApiCall) -> str | None:
        """Save the photo or document a send uploaded; return its path for display."""
        kind = _FILE_PARAMS.get(method)
        upload = _uploaded(call.params, kind) if kind is not None else None
        if kind is None or upload is None:
            return None
        name = _file_name(kind, upload, call.result)
        try:
            self.files_dir.mkdir(parents=True, exist_ok=True)
            if self._last_file_number is None:
                # Number on from the files of earlier sessions, never over them.
                found = (_NUMBERED_RE.match(p.name) for p in self.files_dir.iterdir())
                self._last_file_number = max((int(m[1]) for m in found if m), default=0)
            while True:
                self._last_file_number += 1
                path = self.files_dir / f"{self._last_file_number:04d}-{name}"
                try:
                    with path.open("xb") as handle:
                        handle.write(upload.content)
                except FileExistsError:
                    continue
                return str(path)
        except OSError as exc:
            return f"(not saved: {type(exc).__name__})"
