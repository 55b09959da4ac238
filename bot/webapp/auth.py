"""Telegram Mini App init data: who opened the app, checked as Telegram documents it.

https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app

The secret key is HMAC-SHA256 of the bot token under the key "WebAppData"; the data-check
string is every field but `hash`, sorted by key, as "key=value" lines joined by "\\n"; the
hash is the hex HMAC-SHA256 of that string under the secret key, compared in constant time.
Init data older than a day is refused, and so is one dated in the future beyond a small skew
between clocks. The time comes from the caller (the injected clock), never from here.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode

# How long a signed init data stays good: Telegram signs it when the app opens.
MAX_AGE = timedelta(days=1)
# How far in the future an auth_date may be: clocks of two machines differ a little.
FUTURE_SKEW = timedelta(minutes=5)
# Telegram's init data is a few hundred bytes; anything far larger is not Telegram's.
MAX_LENGTH = 8192
MAX_FIELDS = 32
_HASH_LENGTH = 64
_HEX = frozenset("0123456789abcdef")


class AuthError(Exception):
    """Init data that proves nothing; the message is short and names no value."""


def secret_key(token: str) -> bytes:
    """The key init data is signed with: HMAC-SHA256 of the bot token, keyed "WebAppData"."""
    return hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()


def data_check_string(fields: Mapping[str, str]) -> str:
    """Every field but `hash`, sorted by key, as key=value lines."""
    return "\n".join(f"{key}={fields[key]}" for key in sorted(fields) if key != "hash")


def signature(token: str, fields: Mapping[str, str]) -> str:
    """The hex hash Telegram would give these fields for this bot."""
    check = data_check_string(fields).encode()
    return hmac.new(secret_key(token), check, hashlib.sha256).hexdigest()


def parse(init_data: str) -> dict[str, str]:
    """The fields of init data (a query string); AuthError if it is not one, or repeats a key."""
    if not init_data or len(init_data) > MAX_LENGTH:
        raise AuthError("no init data" if not init_data else "init data too long")
    try:
        pairs = parse_qsl(
            init_data, keep_blank_values=True, strict_parsing=True, max_num_fields=MAX_FIELDS
        )
    except ValueError:
        raise AuthError("init data is not a query string") from None
    fields = dict(pairs)
    if len(fields) != len(pairs):
        raise AuthError("init data repeats a field")
    return fields


def validate(init_data: str, token: str, now: datetime) -> int:
    """The Telegram user id init data was signed for; AuthError if missing, forged or stale."""
    fields = parse(init_data)
    given = fields.get("hash", "")
    if len(given) != _HASH_LENGTH or not set(given) <= _HEX:
        raise AuthError("init data has no valid hash")
    if not hmac.compare_digest(signature(token, fields), given):
        raise AuthError("init data is not signed by this bot")
    auth_date = fields.get("auth_date", "")
    if not auth_date.isascii() or not auth_date.isdigit() or len(auth_date) > 12:
        raise AuthError("init data has no auth_date")
    age = now.timestamp() - int(auth_date)
    if age > MAX_AGE.total_seconds():
        raise AuthError("init data expired: open the journal again")
    if age < -FUTURE_SKEW.total_seconds():
        raise AuthError("init data dated in the future")
    return _user_id(fields.get("user"))


def _user_id(raw: str | None) -> int:
    if raw is None:
        raise AuthError("init data names no user")
    try:
        user = json.loads(raw)
    except ValueError:
        raise AuthError("init data's user is not JSON") from None
    user_id = user.get("id") if isinstance(user, dict) else None
    if not isinstance(user_id, int) or isinstance(user_id, bool) or not 0 < user_id < 2**63:
        raise AuthError("init data's user has no id")
    return user_id


def sign_init_data(token: str, user: Mapping[str, Any], auth_date: datetime, **extra: str) -> str:
    """Init data as Telegram would send it for `user` at `auth_date` (the sandbox, tests)."""
    fields = {
        "user": json.dumps(dict(user), separators=(",", ":"), ensure_ascii=False),
        "auth_date": str(int(auth_date.timestamp())),
        **extra,
    }
    fields["hash"] = signature(token, fields)
    return urlencode(fields)
