"""The people of the fake Bot API: each injects the updates a Telegram client would send."""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from bot.sandbox.fake_api.html import utf16_len
from bot.sandbox.fake_api.params import JsonDict

if TYPE_CHECKING:
    from bot.sandbox.fake_api.server import FakeBotApi

_COMMAND_RE = re.compile(r"/[A-Za-z0-9_]{1,64}(@[A-Za-z0-9_]{3,32})?")


def _command_entities(text: str) -> list[JsonDict]:
    match = _COMMAND_RE.match(text)
    if not match:
        return []
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(match[0])}]


class FakeUser:
    """A Telegram user with a private chat with the bot; each action enqueues an Update."""

    def __init__(
        self,
        api: FakeBotApi,
        user_id: int,
        first_name: str,
        username: str | None,
        language_code: str,
    ) -> None:
        self.api = api
        self.id = user_id
        self.first_name = first_name
        self.username = username
        self.language_code = language_code

    @property
    def user_dict(self) -> JsonDict:
        """The User object Telegram puts in ``from``."""
        user: JsonDict = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.username:
            user["username"] = self.username
        user["language_code"] = self.language_code
        return user

    @property
    def chat(self) -> JsonDict:
        """The private Chat object between this user and the bot."""
        chat: JsonDict = {"id": self.id, "type": "private", "first_name": self.first_name}
        if self.username:
            chat["username"] = self.username
        return chat

    # -- messages ---------------------------------------------------------------------------

    def _message(self, content: JsonDict, chat: JsonDict | None = None) -> JsonDict:
        message = self.api._new_message(chat or self.chat, self.user_dict, content)
        return self.api.enqueue_update({"message": message})

    def send_text(self, text: str) -> JsonDict:
        """Send a text message; a leading /command gets its bot_command entity."""
        content: JsonDict = {"text": text}
        entities = _command_entities(text)
        if entities:
            content["entities"] = entities
        return self._message(content)

    def send_command(self, command: str, args: str = "") -> JsonDict:
        """Send ``/command args``."""
        text = "/" + command.lstrip("/")
        return self.send_text(f"{text} {args}" if args else text)

    def reply_to(self, message: JsonDict, text: str) -> JsonDict:
        """Send a text message replying to ``message``."""
        content: JsonDict = {"text": text}
        entities = _command_entities(text)
        if entities:
            content["entities"] = entities
        replied = self.api._stored_message(message["chat"]["id"], message["message_id"])
        target = copy.deepcopy(replied if replied is not None else message)
        target.pop("reply_to_message", None)
        content["reply_to_message"] = target
        return self._message(content, message["chat"])

    def send_location(self, latitude: float, longitude: float) -> JsonDict:
        """Share a location."""
        return self._message({"location": {"latitude": latitude, "longitude": longitude}})

    def send_photo(self, caption: str | None = None) -> JsonDict:
        """Send a (fake) photo, optionally with a caption."""
        small = self.api._store_file(b"\x89PNG small", "photo.png", "image/png", "photos")
        large = self.api._store_file(b"\x89PNG large", "photo.png", "image/png", "photos")
        content: JsonDict = {
            "photo": [
                self.api._file_object(small, width=90, height=90),
                self.api._file_object(large, width=800, height=800),
            ]
        }
        if caption is not None:
            content["caption"] = caption
        return self._message(content)

    def send_sticker(self, emoji: str = "👍") -> JsonDict:
        """Send a (fake) regular sticker."""
        stored = self.api._store_file(b"RIFFwebp", "sticker.webp", "image/webp", "stickers")
        sticker = self.api._file_object(stored, width=512, height=512)
        sticker.update(type="regular", is_animated=False, is_video=False, emoji=emoji)
        return self._message({"sticker": sticker})

    def send_voice(self, duration: int = 3) -> JsonDict:
        """Send a (fake) voice note."""
        stored = self.api._store_file(b"OggS", "voice.ogg", "audio/ogg", "voice")
        voice = self.api._file_object(stored, duration=duration, mime_type="audio/ogg")
        return self._message({"voice": voice})

    def send_document(
        self,
        file_name: str = "notes.txt",
        content: bytes = b"hello\n",
        mime_type: str = "text/plain",
        caption: str | None = None,
    ) -> JsonDict:
        """Send a document; the bot can download it through getFile."""
        stored = self.api._store_file(content, file_name, mime_type, "documents")
        document = self.api._file_object(stored, file_name=file_name, mime_type=mime_type)
        message: JsonDict = {"document": document}
        if caption is not None:
            message["caption"] = caption
        return self._message(message)

    def send_contact(
        self, phone_number: str = "+15550100", first_name: str | None = None
    ) -> JsonDict:
        """Share a contact (by default this user's own)."""
        contact: JsonDict = {
            "phone_number": phone_number,
            "first_name": first_name or self.first_name,
            "user_id": self.id,
        }
        return self._message({"contact": contact})

    def edit_text(self, message: JsonDict, new_text: str) -> JsonDict:
        """Edit one of this user's text messages (an ``edited_message`` update)."""
        chat_id = message["chat"]["id"]
        stored = self.api._stored_message(chat_id, message["message_id"])
        edited = copy.deepcopy(stored if stored is not None else message)
        edited["text"] = new_text
        edited.pop("entities", None)
        entities = _command_entities(new_text)
        if entities:
            edited["entities"] = entities
        edited["edit_date"] = self.api._now()
        self.api._messages.setdefault(chat_id, {})[edited["message_id"]] = copy.deepcopy(edited)
        return self.api.enqueue_update({"edited_message": edited})

    def send_in_group(self, group: JsonDict, text: str) -> JsonDict:
        """Send a text message from this user in a group chat."""
        content: JsonDict = {"text": text}
        entities = _command_entities(text)
        if entities:
            content["entities"] = entities
        return self._message(content, group)

    def inline_query(self, query: str, chat_type: str = "sender") -> JsonDict:
        """Type ``@bot query`` (as a chat picker opened by a switch-inline button does)."""
        update: JsonDict = {
            "inline_query": {
                "id": self.api._new_inline_query_id(),
                "from": self.user_dict,
                "query": query,
                "offset": "",
                "chat_type": chat_type,
            }
        }
        return self.api.enqueue_update(update)

    # -- buttons ----------------------------------------------------------------------------

    def press(self, message: JsonDict, button: str) -> JsonDict:
        """Press an inline button (matched by text, then callback_data) on a bot message."""
        chat_id = message["chat"]["id"]
        current = self.api._stored_message(chat_id, message["message_id"])
        if current is None:
            raise LookupError(
                f"message {message['message_id']} in chat {chat_id} does not exist (deleted?)"
            )
        buttons = [
            b for row in current.get("reply_markup", {}).get("inline_keyboard", []) for b in row
        ]
        found = next((b for b in buttons if b.get("text") == button), None)
        if found is None:
            found = next((b for b in buttons if b.get("callback_data") == button), None)
        if found is None:
            labels = [f"{b.get('text')!r} ({b.get('callback_data')!r})" for b in buttons]
            raise LookupError(
                f"no inline button {button!r} on message {message['message_id']}; "
                f"buttons: {', '.join(labels) or 'none'}"
            )
        if "callback_data" not in found:
            raise LookupError(f"inline button {button!r} has no callback_data: {found}")
        return self._callback_query(chat_id, current, found["callback_data"])

    def press_data(self, message_id: int, data: str, *, chat_id: int | None = None) -> JsonDict:
        """Send a callback_query with arbitrary data, as a stale or forged button would."""
        chat_id = self.id if chat_id is None else chat_id
        current = self.api._stored_message(chat_id, message_id)
        if current is None:
            # Telegram sends an InaccessibleMessage (date 0) for messages it can't show.
            current = {"message_id": message_id, "date": 0, "chat": self.api._chat(chat_id)}
        return self._callback_query(chat_id, current, data)

    def _callback_query(self, chat_id: int, message: JsonDict, data: str) -> JsonDict:
        query_id = self.api._new_callback_query_id()
        query: JsonDict = {
            "id": query_id,
            "from": self.user_dict,
            "chat_instance": str(-abs(chat_id) * 7919 - 17),
            "message": copy.deepcopy(message),
            "data": data,
        }
        return self.api.enqueue_update({"callback_query": query})

    def tap(self, text: str, *, latitude: float = 52.52, longitude: float = 13.405) -> JsonDict:
        """Tap a reply-keyboard button: sends its text, or a location/contact if it requests one."""
        keyboard = self.api.reply_keyboard(self.id)
        buttons = [b for row in (keyboard or {}).get("keyboard", []) for b in row]
        labels = [b if isinstance(b, str) else b.get("text") for b in buttons]
        if text not in labels:
            raise LookupError(f"no reply-keyboard button {text!r}; buttons: {labels}")
        button = buttons[labels.index(text)]
        if isinstance(button, dict) and button.get("request_location"):
            update = self.send_location(latitude, longitude)
        elif isinstance(button, dict) and button.get("request_contact"):
            update = self.send_contact()
        else:
            update = self.send_text(text)
        if keyboard and keyboard.get("one_time_keyboard"):
            self.api._reply_keyboards.pop(self.id, None)
        return update

    # -- membership ---------------------------------------------------------------------------

    def block_bot(self) -> JsonDict:
        """Block the bot: a my_chat_member update (member -> kicked); sends then get 403."""
        self.api._blocked.add(self.id)
        return self.api._my_chat_member(self.chat, self.user_dict, "member", "kicked")

    def unblock_bot(self) -> JsonDict:
        """Unblock the bot: a my_chat_member update (kicked -> member)."""
        self.api._blocked.discard(self.id)
        return self.api._my_chat_member(self.chat, self.user_dict, "kicked", "member")
