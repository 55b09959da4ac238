"""Encryption at rest for everything users write: AES-256-GCM, keys by id, rotation.

Stored values look like ``v1:<key id>:<base64(nonce + ciphertext)>``. The key id (the first
8 hex digits of the key's SHA-256) says which key wrote a value, so a rotation can run in
batches and be resumed: rows not yet under the primary key are the ones left to do. Each
value is bound to its column (the "purpose" is the GCM associated data), so a ciphertext
cannot be moved to another column and still decrypt.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Dialect, Text, TypeDecorator

PREFIX = "v1"
KEY_BYTES = 32
NONCE_BYTES = 12


class KeyProblem(ValueError):
    """A key is missing, malformed, or does not match the data; the message is one line."""


def new_key() -> str:
    """Generate a fresh key, as the URL-safe base64 text that settings and key files hold."""
    return base64.urlsafe_b64encode(os.urandom(KEY_BYTES)).decode()


def parse_key(text: str) -> bytes:
    """Decode a key from its base64 text; raise KeyProblem if it is not 32 bytes."""
    try:
        raw = base64.urlsafe_b64decode(text.strip().encode())
    except (binascii.Error, ValueError):
        raise KeyProblem("a key must be URL-safe base64 of 32 random bytes") from None
    if len(raw) != KEY_BYTES:
        raise KeyProblem("a key must be URL-safe base64 of 32 random bytes")
    return raw


def key_id(key: bytes) -> str:
    """A short public name for a key (it does not reveal the key)."""
    return hashlib.sha256(key).hexdigest()[:8]


class Keyring:
    """The primary key (encrypts) and older keys (still decrypt during a rotation)."""

    def __init__(self, primary: bytes, older: Sequence[bytes] = ()) -> None:
        self.primary_id = key_id(primary)
        self._ciphers = {key_id(k): AESGCM(k) for k in (*older, primary)}
        self._primary = AESGCM(primary)
        # A separate key for lookups by equality (people's names), derived from the primary;
        # the older keys' ones find values indexed before a rotation finished.
        self._index_key = _index_key(primary)
        self._older_index_keys = [_index_key(k) for k in older]

    @property
    def key_ids(self) -> frozenset[str]:
        """Every key id this keyring can decrypt."""
        return frozenset(self._ciphers)

    def encrypt(self, plaintext: str, purpose: str) -> str:
        """Encrypt text for one column (`purpose`) under the primary key."""
        nonce = os.urandom(NONCE_BYTES)
        # errors="replace": an unpaired surrogate (a JSON escape such as \ud800) has no UTF-8.
        data = plaintext.encode(errors="replace")
        sealed = self._primary.encrypt(nonce, data, purpose.encode())
        return f"{PREFIX}:{self.primary_id}:{base64.b64encode(nonce + sealed).decode()}"

    def decrypt(self, token: str, purpose: str) -> str:
        """Decrypt a stored value; raise KeyProblem if its key is unknown or it was altered."""
        try:
            prefix, kid, body = token.split(":", 2)
            raw = base64.b64decode(body.encode(), validate=True)
        except (ValueError, binascii.Error):
            raise KeyProblem("a stored value is not in the encrypted format") from None
        cipher = self._ciphers.get(kid)
        if prefix != PREFIX or cipher is None:
            raise KeyProblem(f"a stored value was written with key {kid}, which is not loaded")
        try:
            return cipher.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], purpose.encode()).decode()
        except InvalidTag:
            raise KeyProblem("a stored value does not match its key (altered or moved)") from None

    def written_with(self, token: str) -> str | None:
        """The key id a stored value was written with (None for legacy plaintext)."""
        parts = token.split(":", 2)
        return parts[1] if len(parts) == 3 and parts[0] == PREFIX else None

    def index(self, value: str) -> str:
        """A keyed hash for equality lookups without storing the value."""
        return _hash(self._index_key, value)

    def indexes(self, value: str) -> list[str]:
        """The value's hash under the primary key, then under each older key."""
        return [self.index(value), *(_hash(k, value) for k in self._older_index_keys)]


def _index_key(key: bytes) -> bytes:
    return hmac.new(key, b"letin index v1", hashlib.sha256).digest()


def _hash(index_key: bytes, value: str) -> str:
    return hmac.new(index_key, value.encode(errors="replace"), hashlib.sha256).hexdigest()


_installed: Keyring | None = None


def install(keyring: Keyring) -> None:
    """Make a keyring the one the database columns use (once, at start-up)."""
    global _installed
    _installed = keyring


def keyring() -> Keyring:
    """Return the installed keyring."""
    if _installed is None:
        raise KeyProblem("no encryption key is loaded")
    return _installed


def is_encrypted(value: str) -> bool:
    """Tell an encrypted value from legacy plaintext."""
    return value.startswith(f"{PREFIX}:")


class EncryptedText(TypeDecorator[str]):
    """A text column stored encrypted; plaintext from before encryption still reads."""

    impl = Text
    cache_ok = True

    def __init__(self, purpose: str) -> None:
        super().__init__()
        self.purpose = purpose

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        """Encrypt on the way in."""
        return None if value is None else keyring().encrypt(value, self.purpose)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        """Decrypt on the way out."""
        if value is None:
            return None
        text = str(value)
        return keyring().decrypt(text, self.purpose) if is_encrypted(text) else text


class EncryptedJSON(TypeDecorator[dict[str, Any]]):
    """A JSON object stored encrypted as text."""

    impl = Text
    cache_ok = True

    def __init__(self, purpose: str) -> None:
        super().__init__()
        self.purpose = purpose

    def process_bind_param(self, value: dict[str, Any] | None, dialect: Dialect) -> str | None:
        """Serialise and encrypt."""
        if value is None:
            return None
        return keyring().encrypt(json.dumps(value, ensure_ascii=False), self.purpose)

    def process_result_value(self, value: Any, dialect: Dialect) -> dict[str, Any] | None:
        """Decrypt and parse."""
        if value is None:
            return None
        if isinstance(value, dict):  # a JSON column from before encryption
            return value
        text = str(value)
        plain = keyring().decrypt(text, self.purpose) if is_encrypted(text) else text
        loaded = json.loads(plain)
        return loaded if isinstance(loaded, dict) else {}


def read_key_file(key_file: Path) -> list[str]:
    """The keys in a key file, primary first (a rotation in progress keeps the old one below)."""
    if key_file.stat().st_mode & 0o077:
        raise KeyProblem(f"{key_file} must be readable by its owner only (chmod 600)")
    keys = [line.strip() for line in key_file.read_text().splitlines() if line.strip()]
    if not keys:
        raise KeyProblem(f"{key_file} holds no key")
    return keys


def write_key_file(key_file: Path, keys: Sequence[str]) -> None:
    """Replace the key file atomically, owner-only, primary key first.

    The temporary file has a random name and is created exclusively (never an existing file
    or a link someone placed), written and synced, then renamed over the key file; the folder
    is synced too, so the rename survives a crash.
    """
    key_file.parent.mkdir(parents=True, exist_ok=True)
    temporary = key_file.with_name(f"{key_file.name}.{os.urandom(6).hex()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write("".join(f"{k}\n" for k in keys))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, key_file)
    finally:
        temporary.unlink(missing_ok=True)
    folder = os.open(key_file.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _create_key_file(key_file: Path) -> None:
    # Publish a complete file with link(), which fails if another process got there first:
    # two processes starting together must end up with the same key, never two.
    key_file.parent.mkdir(parents=True, exist_ok=True)
    temporary = key_file.with_name(f"{key_file.name}.{os.urandom(6).hex()}.new")
    write_key_file(temporary, [new_key()])
    try:
        os.link(temporary, key_file)
    except FileExistsError:
        pass
    finally:
        temporary.unlink(missing_ok=True)


def load_keyring(key: str | None, older: Sequence[str], key_file: Path) -> Keyring:
    """Build the keyring from settings, or from the key file (created owner-only if new)."""
    if key:
        return Keyring(parse_key(key), [parse_key(k) for k in older if k.strip()])
    if not key_file.exists():
        _create_key_file(key_file)
    primary, *rest = read_key_file(key_file)
    return Keyring(parse_key(primary), [parse_key(k) for k in (*rest, *older) if k.strip()])
