"""How the fake Bot API reads a request's parameters: which methods send or edit messages,
and how form fields become typed values."""

from __future__ import annotations

import contextlib
import json
import logging
import re
from typing import Any

LOGGER = logging.getLogger("bot.sandbox.fake_api")


JsonDict = dict[str, Any]


# Methods whose successful result is a Message in a chat (see ``next_message``).
SEND_METHODS = frozenset(
    {
        "sendmessage",
        "sendphoto",
        "senddocument",
        "sendsticker",
        "sendvoice",
        "sendaudio",
        "sendvideo",
        "sendanimation",
        "sendlocation",
        "sendvenue",
        "sendcontact",
        "senddice",
    }
)


EDIT_METHODS = frozenset({"editmessagetext", "editmessagereplymarkup", "editmessagecaption"})


MESSAGE_METHODS = SEND_METHODS | EDIT_METHODS


_INT_KEYS = frozenset(
    {
        "offset",
        "limit",
        "cache_time",
        "duration",
        "width",
        "height",
        "until_date",
        "max_connections",
        "live_period",
        "heading",
        "proximity_alert_radius",
    }
)


_FLOAT_KEYS = frozenset({"latitude", "longitude", "horizontal_accuracy", "timeout"})


# "*_id" keys whose values are strings in the Bot API (everything else ending in _id is an int).
_STRING_ID_KEYS = frozenset(
    {
        "callback_query_id",
        "inline_query_id",
        "file_id",
        "file_unique_id",
        "custom_emoji_id",
        "business_connection_id",
        "shipping_query_id",
        "pre_checkout_query_id",
        "web_app_query_id",
        "message_effect_id",
        "gift_id",
        "inline_message_id",
        "telegram_payment_charge_id",
    }
)


# Free-text parameters: never JSON-decoded, never turned into numbers or booleans.
_TEXT_KEYS = frozenset(
    {
        "text",
        "caption",
        "data",
        "title",
        "description",
        "short_description",
        "query",
        "question",
        "explanation",
        "first_name",
        "last_name",
        "phone_number",
        "address",
        "name",
        "url",
        "emoji",
        "action",
        "parse_mode",
        "language_code",
        "secret_token",
        "ip_address",
        "vcard",
        "payload",
        "photo",
        "document",
        "sticker",
        "voice",
        "audio",
        "video",
        "animation",
        "video_note",
        "thumbnail",
        "certificate",
        "chat_id",
        "from_chat_id",
    }
    | _STRING_ID_KEYS
)


_INT_RE = re.compile(r"-?\d+")


_FLOAT_RE = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")


def decode_param(key: str, value: Any) -> Any:
    """Decode one form/JSON parameter the way the Bot API reads it."""
    if not isinstance(value, str):
        return value
    stripped = value.strip()
    if key in ("chat_id", "from_chat_id"):
        return int(stripped) if _INT_RE.fullmatch(stripped) else value
    if key in _TEXT_KEYS:
        return value
    if stripped[:1] in ("{", "["):
        with contextlib.suppress(ValueError):
            decoded = json.loads(stripped)
            if isinstance(decoded, dict | list):
                return decoded
    if key in _FLOAT_KEYS and _FLOAT_RE.fullmatch(stripped):
        number = float(stripped)
        return int(number) if number.is_integer() and key == "timeout" else number
    if (key in _INT_KEYS or key.endswith("_id")) and _INT_RE.fullmatch(stripped):
        return int(stripped)
    if stripped in ("true", "false"):
        return stripped == "true"
    return value


class ApiError(Exception):
    def __init__(self, error_code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.retry_after = retry_after
