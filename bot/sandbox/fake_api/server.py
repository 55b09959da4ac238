"""The fake Bot API server: its HTTP routes, updates queue, messages, files and faults."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import copy
import functools
import itertools
import json
import re
import time
from collections.abc import Awaitable, Callable, Collection
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from bot.sandbox.fake_api.html import parse_html, strip_text, utf16_len
from bot.sandbox.fake_api.params import (
    LOGGER,
    MESSAGE_METHODS,
    SEND_METHODS,
    ApiError,
    JsonDict,
    decode_param,
)
from bot.sandbox.fake_api.records import ApiCall, Fault, Hang, StoredFile, UploadedFile
from bot.sandbox.fake_api.users import FakeUser

Handler = Callable[[JsonDict], Awaitable[Any]]


class FakeBotApi:
    """A fake Bot API server for a real PTB bot, with users to play and calls to inspect."""

    def __init__(
        self,
        *,
        token: str = "123456:TEST-TOKEN",
        bot_id: int = 123456,
        bot_username: str = "letin_test_bot",
        bot_first_name: str = "Letin",
        clock: Callable[[], datetime] | None = None,
        flood_limit: int | None = None,
    ) -> None:
        self.token = token
        # Like Telegram: at most this many new messages in any one second, else 429.
        self.flood_limit = flood_limit
        self.flood_refusals = 0
        self._recent_sends: collections.deque[float] = collections.deque()
        self.bot_id = bot_id
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self._clock: Callable[[], datetime] = clock or (lambda: datetime.now(UTC))
        self.calls: list[ApiCall] = []
        self.get_updates_count = 0
        self._cursor = 0
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._closing = asyncio.Event()
        self._calls_changed = asyncio.Event()
        self._updates_changed = asyncio.Event()
        self._subscribers: list[Callable[[ApiCall], None]] = []
        # updates
        self._pending: list[JsonDict] = []
        self._update_ids = itertools.count(1)
        self._poll_generation = 0
        self._allowed_updates: list[str] | None = None
        self._webhook_url = ""
        # chats and messages
        self._users: dict[int, FakeUser] = {}
        self._groups: dict[int, JsonDict] = {}
        self._bot_in_group: set[int] = set()
        self._blocked: set[int] = set()
        self._messages: dict[int, dict[int, JsonDict]] = {}
        self._last_message_id: dict[int, int] = {}
        self._reply_keyboards: dict[int, JsonDict] = {}
        self._callback_ids = itertools.count(4_000_000_001)
        self._issued_callbacks: set[str] = set()
        self._issued_inline: set[str] = set()
        self._files: dict[str, StoredFile] = {}
        self._file_paths: dict[str, str] = {}
        self._file_ids = itertools.count(1)
        self._commands: dict[str, list[JsonDict]] = {}
        # faults
        self._faults: list[Fault] = []
        self._hangs: list[Hang] = []
        self._handlers: dict[str, Handler] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagecaption": self._edit_message_caption,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "deletemessage": self._delete_message,
            "answercallbackquery": self._answer_callback_query,
            "answerinlinequery": self._answer_inline_query,
            "sendchataction": self._send_chat_action,
            "leavechat": self._leave_chat,
            "getchat": self._get_chat,
            "getchatmember": self._get_chat_member,
            "getfile": self._get_file,
        }
        for method in SEND_METHODS - {"sendmessage"}:
            self._handlers[method] = functools.partial(self._send_media, method)

    # -- lifecycle --------------------------------------------------------------------------

    async def start(self) -> None:
        """Start serving on 127.0.0.1 on a free port."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self._handle_file)
        self._closing.clear()
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self._runner = runner
        self._port = int(runner.addresses[0][1])

    async def stop(self) -> None:
        """Release waiting getUpdates and hung requests, then stop serving."""
        self._closing.set()
        self._notify_updates()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def port(self) -> int:
        """The TCP port the server listens on."""
        if self._port is None:
            raise RuntimeError("FakeBotApi is not started")
        return self._port

    @property
    def base_url(self) -> str:
        """The ``base_url`` to give ``telegram.Bot`` (the token is appended by PTB)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """The ``base_file_url`` to give ``telegram.Bot``."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    # -- users, chats, injected updates -------------------------------------------------------

    def user(
        self,
        user_id: int,
        first_name: str = "Ada",
        *,
        username: str | None = None,
        language_code: str = "en",
    ) -> FakeUser:
        """Return the user with this id (created on first use, with a private chat)."""
        existing = self._users.get(user_id)
        if existing is not None:
            return existing
        user = FakeUser(self, user_id, first_name, username, language_code)
        self._users[user_id] = user
        return user

    def group(self, chat_id: int, title: str = "Friends") -> JsonDict:
        """Return a group chat object (created on first use, with the bot as a member)."""
        if chat_id not in self._groups:
            kind = "supergroup" if chat_id <= -1_000_000_000_000 else "group"
            self._groups[chat_id] = {"id": chat_id, "type": kind, "title": title}
            self._bot_in_group.add(chat_id)
        return copy.deepcopy(self._groups[chat_id])

    def add_to_group(self, group: JsonDict, by: FakeUser) -> JsonDict:
        """Add the bot to a group: a my_chat_member update (left -> member)."""
        chat = self.group(group["id"], group.get("title", "Friends"))
        self._bot_in_group.add(chat["id"])
        return self._my_chat_member(chat, by.user_dict, "left", "member")

    def remove_from_group(self, group: JsonDict, by: FakeUser) -> JsonDict:
        """Kick the bot from a group: a my_chat_member update (member -> kicked)."""
        chat = self.group(group["id"], group.get("title", "Friends"))
        self._bot_in_group.discard(chat["id"])
        return self._my_chat_member(chat, by.user_dict, "member", "kicked")

    def enqueue_update(self, update: JsonDict) -> JsonDict:
        """Queue a raw update for getUpdates, assigning its update_id; returns it."""
        update["update_id"] = next(self._update_ids)
        self._pending.append(copy.deepcopy(update))
        self._notify_updates()
        return update

    @property
    def pending_updates(self) -> list[JsonDict]:
        """Updates not yet confirmed by the bot (through a later getUpdates offset)."""
        return copy.deepcopy(self._pending)

    # -- observation ----------------------------------------------------------------------------

    def sent_messages(self, chat_id: int) -> list[JsonDict]:
        """Current state of every message the bot sent to the chat, oldest first."""
        return [
            copy.deepcopy(m)
            for m in self._messages.get(chat_id, {}).values()
            if m.get("from", {}).get("id") == self.bot_id
        ]

    def reply_keyboard(self, chat_id: int) -> JsonDict | None:
        """The reply keyboard currently shown in the chat, if any."""
        keyboard = self._reply_keyboards.get(chat_id)
        return copy.deepcopy(keyboard) if keyboard is not None else None

    def commands(self, scope: JsonDict | None = None, language_code: str = "") -> list[JsonDict]:
        """The bot's command list for a scope and language, as set by setMyCommands."""
        return copy.deepcopy(self._commands.get(self._commands_key(scope, language_code), []))

    def subscribe(self, callback: Callable[[ApiCall], None]) -> Callable[[], None]:
        """Call ``callback`` with every recorded call from now on; returns an unsubscribe."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._subscribers.remove(callback)

        return unsubscribe

    async def next_call(
        self,
        method: str | Collection[str] | None = None,
        *,
        chat_id: int | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline for the wait, not for I/O
    ) -> ApiCall:
        """Wait for the next call (after the cursor) matching method/chat; consume up to it."""
        if method is None:
            wanted: set[str] | None = None
        elif isinstance(method, str):
            wanted = {method.lower()}
        else:
            wanted = {m.lower() for m in method}

        def matches(call: ApiCall) -> bool:
            if wanted is not None and call.method.lower() not in wanted:
                return False
            return chat_id is None or call.params.get("chat_id") == chat_id

        what = f"call {sorted(wanted) if wanted else 'of any method'}"
        if chat_id is not None:
            what += f" to chat {chat_id}"
        return await self._next_matching(matches, what, timeout)

    async def next_message(
        self,
        chat_id: int,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline for the wait, not for I/O
    ) -> JsonDict:
        """Wait for the next message sent or edited by the bot in the chat; returns its state."""

        def matches(call: ApiCall) -> bool:
            return (
                call.error_code is None
                and call.method.lower() in MESSAGE_METHODS
                and isinstance(call.result, dict)
                and call.result.get("chat", {}).get("id") == chat_id
            )

        call = await self._next_matching(matches, f"message to chat {chat_id}", timeout)
        result: JsonDict = copy.deepcopy(call.result)
        return result

    def drain(self) -> None:
        """Mark every call so far as seen by next_call/next_message."""
        self._cursor = len(self.calls)

    async def _next_matching(
        self, matches: Callable[[ApiCall], bool], what: str, wait_for: float
    ) -> ApiCall:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait_for
        scanned = self._cursor
        while True:
            changed = self._calls_changed
            for index in range(scanned, len(self.calls)):
                if matches(self.calls[index]):
                    self._cursor = index + 1
                    return self.calls[index]
            scanned = len(self.calls)
            remaining = deadline - loop.time()
            if remaining <= 0:
                recent = self.calls[max(0, self._cursor - 3) :][-15:]
                lines = "\n".join(f"  {_describe(c)}" for c in recent) or "  (none)"
                raise AssertionError(
                    f"no {what} within {wait_for}s; calls since the cursor "
                    f"(index {self._cursor}, preceded by up to 3 earlier):\n{lines}"
                )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)

    # -- faults ----------------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        *,
        error_code: int,
        description: str,
        retry_after: int | None = None,
        times: int | None = 1,
        chat_id: int | None = None,
    ) -> None:
        """Make the next ``times`` calls of method (optionally to one chat) answer an error.

        With ``times=None`` every call answers the error until ``clear_faults()``: an outage.
        """
        self._faults.append(
            Fault(method.lower(), error_code, description, retry_after, times, chat_id)
        )

    def hang(
        self,
        method: str,
        *,
        seconds: float,
        times: int | None = 1,
        after: bool = False,
        drop: bool = False,
    ) -> None:
        """Delay answering the next ``times`` calls of method by ``seconds``.

        With ``after=True`` the call is carried out (and recorded) first and only the answer is
        late: the message reached the chat but the bot does not know it yet. With ``drop=True``
        the call is never carried out: a request lost on its way to Telegram. It is recorded
        when it arrives (error 504, so attempts can be counted), then answered with a 504 after
        ``seconds`` (a client with a shorter timeout has given up by then). With ``times=None``
        every call hangs until ``clear_faults()``.
        """
        if drop and after:
            raise ValueError("a dropped call is never carried out, so it has no late answer")
        self._hangs.append(Hang(method.lower(), seconds, times, after, drop))

    def clear_faults(self) -> None:
        """End every error and hang still to come (calls already hanging finish their wait)."""
        self._faults.clear()
        self._hangs.clear()

    def _check_flood(self) -> None:
        if self.flood_limit is None:
            return
        now = time.monotonic()
        while self._recent_sends and now - self._recent_sends[0] >= 1.0:
            self._recent_sends.popleft()
        if len(self._recent_sends) >= self.flood_limit:
            self.flood_refusals += 1
            raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
        self._recent_sends.append(now)

    def _take_fault(self, method: str, params: JsonDict) -> Fault | None:
        for fault in self._faults:
            if fault.method != method:
                continue
            if fault.chat_id is not None and params.get("chat_id") != fault.chat_id:
                continue
            if fault.times is not None:
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.remove(fault)
            return fault
        return None

    def _take_hang(self, method: str, *, after: bool = False) -> Hang | None:
        for hang in self._hangs:
            if hang.method == method and hang.after == after:
                if hang.times is not None:
                    hang.times -= 1
                    if hang.times <= 0:
                        self._hangs.remove(hang)
                return hang
        return None

    async def _wait_out(self, hang: Hang | None) -> None:
        if hang is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), hang.seconds)

    # -- HTTP plumbing ------------------------------------------------------------------------

    def _notify_updates(self) -> None:
        self._updates_changed.set()
        self._updates_changed = asyncio.Event()

    def _record(self, call: ApiCall) -> None:
        self.calls.append(call)
        self._calls_changed.set()
        self._calls_changed = asyncio.Event()
        for callback in list(self._subscribers):
            try:
                callback(call)
            except Exception:
                LOGGER.exception("FakeBotApi subscriber failed on %s", call.method)

    async def _read_params(self, request: web.Request) -> JsonDict:
        raw: JsonDict = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                try:
                    body = await request.json()
                except ValueError as exc:
                    raise ApiError(400, "Bad Request: can't parse JSON request body") from exc
                if not isinstance(body, dict):
                    raise ApiError(400, "Bad Request: request body must be a JSON object")
                raw.update(body)
            else:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        raw[key] = UploadedFile(
                            value.filename, value.file.read(), value.content_type
                        )
                    else:
                        raw[key] = value
        return {key: decode_param(key, value) for key, value in raw.items()}

    async def _handle_api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error_response(401, "Unauthorized")
        method = request.match_info["method"]
        lowered = method.lower()
        is_poll = lowered == "getupdates"
        if is_poll:
            self.get_updates_count += 1
        params: JsonDict = {}
        try:
            params = await self._read_params(request)
            hang = self._take_hang(lowered)
            if hang is not None and hang.drop:
                if not is_poll:
                    self._record(ApiCall(method, params, None, 504, _LOST))
                await self._wait_out(hang)
                return _error_response(504, _LOST)
            await self._wait_out(hang)
            fault = self._take_fault(lowered, params)
            if fault is not None:
                raise ApiError(fault.error_code, fault.description, fault.retry_after)
            if lowered in SEND_METHODS:
                self._check_flood()
            handler = self._handlers.get(lowered, self._default)
            result = await handler(params)
        except ApiError as err:
            if not is_poll:
                self._record(ApiCall(method, params, None, err.error_code, err.description))
            return _error_response(err.error_code, err.description, err.retry_after)
        if not is_poll:
            self._record(ApiCall(method, params, copy.deepcopy(result), None))
        await self._wait_out(self._take_hang(lowered, after=True))
        return web.json_response({"ok": True, "result": result})

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error_response(401, "Unauthorized")
        file_id = self._file_paths.get(request.match_info["path"])
        if file_id is None:
            return _error_response(404, "Not Found")
        stored = self._files[file_id]
        return web.Response(
            body=stored.content, content_type=stored.mime_type or "application/octet-stream"
        )

    # -- shared helpers ---------------------------------------------------------------------------

    def _now(self) -> int:
        return int(self._clock().timestamp())

    def _bot_user(self) -> JsonDict:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def _chat(self, chat_id: int) -> JsonDict:
        if chat_id in self._users:
            return self._users[chat_id].chat
        if chat_id in self._groups:
            return copy.deepcopy(self._groups[chat_id])
        raise ApiError(400, "Bad Request: chat not found")

    def _target_chat(self, params: JsonDict, key: str = "chat_id") -> JsonDict:
        chat_id = params.get(key)
        if chat_id is None or chat_id == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        if not isinstance(chat_id, int):
            raise ApiError(400, "Bad Request: chat not found")
        chat = self._chat(chat_id)
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat["type"] != "private" and chat_id not in self._bot_in_group:
            raise ApiError(403, f"Forbidden: bot is not a member of the {chat['type']} chat")
        return chat

    def _new_message_id(self, chat_id: int) -> int:
        message_id = self._last_message_id.get(chat_id, 0) + 1
        self._last_message_id[chat_id] = message_id
        return message_id

    def _new_message(self, chat: JsonDict, sender: JsonDict, content: JsonDict) -> JsonDict:
        message: JsonDict = {
            "message_id": self._new_message_id(chat["id"]),
            "from": sender,
            "chat": copy.deepcopy(chat),
            "date": self._now(),
        }
        message.update(copy.deepcopy(content))
        self._messages.setdefault(chat["id"], {})[message["message_id"]] = copy.deepcopy(message)
        return message

    def _stored_message(self, chat_id: int, message_id: int) -> JsonDict | None:
        message = self._messages.get(chat_id, {}).get(message_id)
        return copy.deepcopy(message) if message is not None else None

    def _new_inline_query_id(self) -> str:
        query_id = f"i{next(self._callback_ids)}"
        self._issued_inline.add(query_id)
        return query_id

    def _new_callback_query_id(self) -> str:
        query_id = str(next(self._callback_ids))
        self._issued_callbacks.add(query_id)
        return query_id

    def _my_chat_member(
        self, chat: JsonDict, sender: JsonDict, old_status: str, new_status: str
    ) -> JsonDict:
        def member(status: str) -> JsonDict:
            data: JsonDict = {"user": self._bot_user(), "status": status}
            if status == "kicked":
                data["until_date"] = 0
            return data

        update: JsonDict = {
            "my_chat_member": {
                "chat": copy.deepcopy(chat),
                "from": sender,
                "date": self._now(),
                "old_chat_member": member(old_status),
                "new_chat_member": member(new_status),
            }
        }
        return self.enqueue_update(update)

    def _store_file(
        self, content: bytes, file_name: str | None, mime_type: str | None, folder: str
    ) -> StoredFile:
        number = next(self._file_ids)
        file_id = f"FAKE-{folder}-{number}"
        suffix = ""
        if file_name and "." in file_name:
            suffix = "." + file_name.rsplit(".", 1)[1]
        stored = StoredFile(
            file_id=file_id,
            file_unique_id=f"U{number}",
            content=content,
            file_name=file_name,
            mime_type=mime_type,
            file_path=f"{folder}/file_{number}{suffix}",
        )
        self._files[file_id] = stored
        self._file_paths[stored.file_path] = file_id
        return stored

    @staticmethod
    def _file_object(stored: StoredFile, **extra: Any) -> JsonDict:
        data: JsonDict = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.content),
        }
        data.update(extra)
        return data

    def _resolve_media(self, params: JsonDict, key: str, folder: str) -> StoredFile:
        value = params.get(key)
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.get(value.removeprefix("attach://"))
        if isinstance(value, UploadedFile):
            return self._store_file(value.content, value.filename, value.content_type, folder)
        if isinstance(value, str) and value in self._files:
            return self._files[value]
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            name = value.rsplit("/", 1)[-1] or None
            return self._store_file(b"", name, None, folder)
        if value is None:
            raise ApiError(400, f"Bad Request: there is no {key} in the request")
        raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")

    @staticmethod
    def _formatted(params: JsonDict, key: str, entities_key: str) -> tuple[str, list[JsonDict]]:
        raw = params.get(key)
        text = "" if raw is None else str(raw)
        given = params.get(entities_key)
        if isinstance(given, list):
            entities = [e for e in given if isinstance(e, dict)]
        elif str(params.get("parse_mode") or "").lower() == "html":
            text, entities = parse_html(text)
        else:
            entities = []
        return strip_text(text, entities)

    def _inline_markup(self, chat_id: int, params: JsonDict) -> JsonDict | None:
        """Validate reply_markup; return it if inline (it belongs on the message)."""
        markup = params.get("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
                raise ApiError(400, "Bad Request: can't parse inline keyboard button")
            for button in (b for row in rows for b in row):
                if not isinstance(button, dict) or not button.get("text"):
                    raise ApiError(400, "Bad Request: can't parse inline keyboard button")
                if set(button) == {"text"}:
                    raise ApiError(
                        400, "Bad Request: text buttons are unallowed in the inline keyboard"
                    )
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
            return copy.deepcopy(markup)
        if "keyboard" in markup:
            self._reply_keyboards[chat_id] = copy.deepcopy(markup)
        elif markup.get("remove_keyboard"):
            self._reply_keyboards.pop(chat_id, None)
        return None

    def _reply_target(self, chat_id: int, params: JsonDict) -> JsonDict | None:
        reply = params.get("reply_parameters")
        if isinstance(reply, dict):
            message_id = reply.get("message_id")
            allow = bool(reply.get("allow_sending_without_reply"))
        else:
            message_id = params.get("reply_to_message_id")
            allow = bool(params.get("allow_sending_without_reply"))
        if message_id is None:
            return None
        target = self._stored_message(chat_id, int(message_id))
        if target is None:
            if allow:
                return None
            raise ApiError(400, "Bad Request: message to be replied not found")
        target.pop("reply_to_message", None)
        return target

    def _bot_message(self, chat: JsonDict, params: JsonDict, content: JsonDict) -> JsonDict:
        markup = self._inline_markup(chat["id"], params)
        reply_to = self._reply_target(chat["id"], params)
        if reply_to is not None:
            content["reply_to_message"] = reply_to
        if markup is not None:
            content["reply_markup"] = markup
        return self._new_message(chat, self._bot_user(), content)

    def _editable(self, params: JsonDict) -> JsonDict:
        if "inline_message_id" in params:
            raise ApiError(400, "Bad Request: message to edit not found")
        chat = self._target_chat(params)
        message_id = params.get("message_id")
        if not isinstance(message_id, int):
            raise ApiError(400, "Bad Request: message identifier is not specified")
        message = self._messages.get(chat["id"], {}).get(message_id)
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if message.get("from", {}).get("id") != self.bot_id:
            raise ApiError(400, "Bad Request: message can't be edited")
        return message

    def _apply_edit(self, message: JsonDict, changes: JsonDict) -> JsonDict:
        before = {key: message.get(key) for key in changes}
        after = {key: value for key, value in changes.items()}
        if before == after:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        for key, value in changes.items():
            if value is None or value == []:
                message.pop(key, None)
            else:
                message[key] = copy.deepcopy(value)
        message["edit_date"] = self._now()
        return copy.deepcopy(message)

    # -- method handlers ------------------------------------------------------------------------

    async def _default(self, params: JsonDict) -> Any:
        return True

    async def _get_me(self, params: JsonDict) -> Any:
        return {
            **self._bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: JsonDict) -> Any:
        if self._webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        # A newer getUpdates terminates an older one that is still waiting, like Telegram.
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify_updates()
        offset = params.get("offset")
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(a) for a in allowed] or None
        if isinstance(offset, int) and offset < 0:
            self._pending = self._pending[offset:]
        elif isinstance(offset, int) and offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        if self._allowed_updates is not None:
            kinds = set(self._allowed_updates)
            self._pending = [u for u in self._pending if kinds & set(u)]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
            if self._pending or self._closing.is_set():
                return copy.deepcopy(self._pending[:limit])
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            changed = self._updates_changed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)

    async def _set_webhook(self, params: JsonDict) -> Any:
        self._webhook_url = str(params.get("url") or "")
        if params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    async def _delete_webhook(self, params: JsonDict) -> Any:
        self._webhook_url = ""
        if params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    async def _get_webhook_info(self, params: JsonDict) -> Any:
        return {
            "url": self._webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }

    @staticmethod
    def _commands_key(scope: Any, language_code: Any) -> str:
        scope = scope if isinstance(scope, dict) else {"type": "default"}
        return json.dumps([scope, language_code or ""], sort_keys=True)

    async def _set_my_commands(self, params: JsonDict) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        for command in commands:
            name = command.get("command", "") if isinstance(command, dict) else ""
            description = command.get("description", "") if isinstance(command, dict) else ""
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(name)):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(description)) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        self._commands[key] = copy.deepcopy(commands)
        return True

    async def _get_my_commands(self, params: JsonDict) -> Any:
        return self.commands(params.get("scope"), str(params.get("language_code") or ""))

    async def _delete_my_commands(self, params: JsonDict) -> Any:
        self._commands.pop(
            self._commands_key(params.get("scope"), params.get("language_code")), None
        )
        return True

    async def _send_message(self, params: JsonDict) -> Any:
        chat = self._target_chat(params)
        text, entities = self._formatted(params, "text", "entities")
        if not text:
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(text) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        content: JsonDict = {"text": text}
        if entities:
            content["entities"] = entities
        return self._bot_message(chat, params, content)

    async def _send_media(self, method: str, params: JsonDict) -> Any:
        chat = self._target_chat(params)
        kind = method.removeprefix("send")
        content: JsonDict = {}
        if kind == "photo":
            stored = self._resolve_media(params, "photo", "photos")
            content["photo"] = [
                self._file_object(stored, width=90, height=90),
                self._file_object(stored, width=800, height=800),
            ]
        elif kind == "document":
            stored = self._resolve_media(params, "document", "documents")
            content["document"] = self._file_object(
                stored,
                file_name=stored.file_name or "document",
                mime_type=stored.mime_type or "application/octet-stream",
            )
        elif kind == "sticker":
            stored = self._resolve_media(params, "sticker", "stickers")
            sticker = self._file_object(stored, width=512, height=512)
            sticker.update(type="regular", is_animated=False, is_video=False)
            if params.get("emoji"):
                sticker["emoji"] = params["emoji"]
            content["sticker"] = sticker
        elif kind in ("voice", "audio", "video", "animation"):
            stored = self._resolve_media(params, kind, kind)
            media = self._file_object(stored, duration=int(params.get("duration") or 1))
            if kind in ("video", "animation"):
                media.update(
                    width=int(params.get("width") or 640), height=int(params.get("height") or 640)
                )
            content[kind] = media
        elif kind == "contact":
            if not params.get("phone_number") or not params.get("first_name"):
                raise ApiError(400, "Bad Request: phone number and first name must be non-empty")
            keys = ("phone_number", "first_name", "last_name", "vcard")
            content["contact"] = {k: params[k] for k in keys if k in params}
        elif kind in ("location", "venue"):
            latitude, longitude = params.get("latitude"), params.get("longitude")
            if not isinstance(latitude, float | int) or not isinstance(longitude, float | int):
                raise ApiError(400, "Bad Request: wrong latitude or longitude specified")
            location = {"latitude": latitude, "longitude": longitude}
            content["location"] = location
            if kind == "venue":
                content["venue"] = {
                    "location": location,
                    "title": str(params.get("title") or ""),
                    "address": str(params.get("address") or ""),
                }
        else:
            content["dice"] = {"emoji": params.get("emoji") or "🎲", "value": 3}
        if "caption" in params:
            caption, entities = self._formatted(params, "caption", "caption_entities")
            if utf16_len(caption) > 1024:
                raise ApiError(400, "Bad Request: message caption is too long")
            if caption:
                content["caption"] = caption
            if entities:
                content["caption_entities"] = entities
        return self._bot_message(chat, params, content)

    async def _edit_message_text(self, params: JsonDict) -> Any:
        message = self._editable(params)
        if "text" not in message:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        text, entities = self._formatted(params, "text", "entities")
        if not text:
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(text) > 4096:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        markup = self._inline_markup(message["chat"]["id"], params)
        changes = {"text": text, "entities": entities or None, "reply_markup": markup}
        return self._apply_edit(message, changes)

    async def _edit_message_caption(self, params: JsonDict) -> Any:
        message = self._editable(params)
        caption, entities = self._formatted(params, "caption", "caption_entities")
        if utf16_len(caption) > 1024:
            raise ApiError(400, "Bad Request: message caption is too long")
        markup = self._inline_markup(message["chat"]["id"], params)
        changes = {
            "caption": caption or None,
            "caption_entities": entities or None,
            "reply_markup": markup,
        }
        return self._apply_edit(message, changes)

    async def _edit_message_reply_markup(self, params: JsonDict) -> Any:
        message = self._editable(params)
        markup = self._inline_markup(message["chat"]["id"], params)
        return self._apply_edit(message, {"reply_markup": markup})

    async def _delete_message(self, params: JsonDict) -> Any:
        chat = self._target_chat(params)
        message_id = params.get("message_id")
        messages = self._messages.get(chat["id"], {})
        if not isinstance(message_id, int) or message_id not in messages:
            raise ApiError(400, "Bad Request: message to delete not found")
        del messages[message_id]
        return True

    async def _answer_callback_query(self, params: JsonDict) -> Any:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._issued_callbacks:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        if len(str(params.get("text") or "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    async def _answer_inline_query(self, params: JsonDict) -> Any:
        query_id = str(params.get("inline_query_id") or "")
        if query_id not in self._issued_inline:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        results = params.get("results")
        if not isinstance(results, list) or len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            result_id = str(result.get("id") or "") if isinstance(result, dict) else ""
            if not result_id or len(result_id.encode()) > 64 or result_id in seen:
                raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
            seen.add(result_id)
            content = result.get("input_message_content") or {}
            text = content.get("message_text") if isinstance(content, dict) else None
            if not isinstance(text, str) or not text.strip():
                raise ApiError(400, "Bad Request: MESSAGE_EMPTY")
            if len(text) > 4096:
                raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    async def _send_chat_action(self, params: JsonDict) -> Any:
        self._target_chat(params)
        return True

    async def _leave_chat(self, params: JsonDict) -> Any:
        chat = self._target_chat(params)
        if chat["type"] == "private":
            raise ApiError(400, "Bad Request: chat member status can't be changed in private chats")
        self._bot_in_group.discard(chat["id"])
        self._my_chat_member(chat, self._bot_user(), "member", "left")
        return True

    async def _get_chat(self, params: JsonDict) -> Any:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int):
            raise ApiError(400, "Bad Request: chat not found")
        chat = self._chat(chat_id)
        return {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    async def _get_chat_member(self, params: JsonDict) -> Any:
        chat = self._target_chat(params)
        user_id = params.get("user_id")
        if user_id == self.bot_id:
            return {"user": self._bot_user(), "status": "member"}
        user = self._users.get(user_id) if isinstance(user_id, int) else None
        if user is None or (chat["type"] == "private" and chat["id"] != user_id):
            raise ApiError(400, "Bad Request: user not found")
        return {"user": user.user_dict, "status": "member"}

    async def _get_file(self, params: JsonDict) -> Any:
        stored = self._files.get(str(params.get("file_id") or ""))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        return self._file_object(stored, file_path=stored.file_path)


# What a dropped call (see FakeBotApi.hang) is recorded and answered with.
_LOST = "Gateway Timeout: the request was lost on its way"


def _error_response(code: int, description: str, retry_after: int | None = None) -> web.Response:
    body: JsonDict = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=code)


def _describe(call: ApiCall) -> str:
    shown = {
        k: v
        for k, v in call.params.items()
        if k in ("chat_id", "message_id", "text", "caption", "callback_query_id", "reply_markup")
    }
    outcome = f" -> error {call.error_code}: {call.description}" if call.error_code else ""
    return f"{call.method}({shown}){outcome}"
