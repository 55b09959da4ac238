"""Encryption at rest for everything users write: AES-256-GCM, keys by id, rotation.

A user's value is stored as ``v2:<key id>:<base64(nonce + ciphertext)>``. The key id (the
first 8 hex digits of the key's SHA-256) says which key wrote it, so a rotation can run in
batches and be resumed: values not yet under the primary key are the ones left to do. The
GCM associated data binds each value to its column *and to the user it belongs to*, so a
ciphertext copied into another column, or into another user's row, does not decrypt. The
plaintext is padded to a bucket (64, 128 ... 4,096 bytes, then whole 4 KiB), so the stored
length tells only roughly how long an entry is.

``v1`` values (bound to their column only, not padded) and plaintext are what databases
from before held; start-up re-seals them (bot.store.keys.reseal), and after that they are
refused: nothing in the clear, nothing unbound, is ever read back. The key check value of
``encryption_keys`` belongs to no user and stays ``v1``.

Names are found by a keyed hash (HMAC-SHA256) salted with the user's id, under an index key
of its own: random, made once per database, kept in ``encryption_keys`` wrapped by each key
that can open the database, and never rotated, so that a rotation need not touch it and the
same name of two users hashes differently.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Dialect, Text, TypeDecorator

PREFIX = "v1"  # bound to its column only: the key check, and values from before
OWNED = "v2"  # bound to its column and its user, padded
KEY_BYTES = 32
NONCE_BYTES = 12
INDEX_PURPOSE = "encryption_keys.index_key"
# Padded plaintexts are a power of two from PAD_MIN to PAD_STEP bytes, then whole PAD_STEPs.
PAD_MIN = 64
PAD_STEP = 4096


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
    """The primary key (encrypts), older keys (still decrypt during a rotation), the index key.

    The index key is the database's own (bot.store.keys.check_key installs it); until
    then one derived from the primary key stands in, for tests and tools with no database.
    """

    def __init__(
        self, primary: bytes, older: Sequence[bytes] = (), index_key: bytes | None = None
    ) -> None:
        self.primary_id = key_id(primary)
        self._ciphers = {key_id(k): AESGCM(k) for k in (*older, primary)}
        self._primary = AESGCM(primary)
        self._index_key = index_key or hmac.new(primary, b"letin index v1", "sha256").digest()

    @property
    def key_ids(self) -> frozenset[str]:
        """Every key id this keyring can decrypt."""
        return frozenset(self._ciphers)

    def encrypt(self, plaintext: str, purpose: str, owner: int | None = None) -> str:
        """Encrypt text for one column (`purpose`) and one user (`owner`) under the primary
        key; without an owner (the key check only), bound to the column alone."""
        nonce = os.urandom(NONCE_BYTES)
        # errors="replace": an unpaired surrogate (a JSON escape such as \ud800) has no UTF-8.
        data = plaintext.encode(errors="replace")
        if owner is None:
            prefix, sealed = PREFIX, self._primary.encrypt(nonce, data, purpose.encode())
        else:
            prefix, sealed = OWNED, self._primary.encrypt(nonce, _pad(data), _bound(purpose, owner))
        return f"{prefix}:{self.primary_id}:{base64.b64encode(nonce + sealed).decode()}"

    def decrypt(
        self, token: str, purpose: str, owner: int | None = None, *, legacy: bool = False
    ) -> str:
        """Decrypt a stored value; raise KeyProblem if its key is unknown, it was altered or
        moved, or it is not bound to `owner` (a ``v1`` value is read for an owner only when
        `legacy`, i.e. while re-sealing it)."""
        try:
            prefix, kid, body = token.split(":", 2)
            raw = binascii.a2b_base64(body, strict_mode=True)
        except (ValueError, binascii.Error):
            raise KeyProblem("a stored value is not in the encrypted format") from None
        cipher = self._ciphers.get(kid)
        if prefix not in (PREFIX, OWNED) or cipher is None:
            raise KeyProblem(f"a stored value was written with key {kid}, which is not loaded")
        if (prefix == OWNED) != (owner is not None) and not (legacy and prefix == PREFIX):
            raise KeyProblem("a stored value is not bound to the user it is read for")
        nonce, sealed = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        try:
            if prefix == OWNED:
                assert owner is not None
                return _unpad(cipher.decrypt(nonce, sealed, _bound(purpose, owner))).decode()
            return cipher.decrypt(nonce, sealed, purpose.encode()).decode()
        except InvalidTag:
            raise KeyProblem("a stored value does not match its key (altered or moved)") from None

    def written_with(self, token: str) -> str | None:
        """The key id an owner-bound value was written with (None for anything older)."""
        parts = token.split(":", 2)
        return parts[1] if len(parts) == 3 and parts[0] == OWNED else None

    def index(self, value: str, owner: int) -> str:
        """A keyed hash, salted with the owner, for equality lookups without the value."""
        message = f"{owner}\x00{value}".encode(errors="replace")
        return hmac.new(self._index_key, message, hashlib.sha256).hexdigest()

    def use_index_key(self, index_key: bytes) -> None:
        """Use the database's own index key (bot.store.keys.check_key)."""
        self._index_key = index_key

    def wrap_index_key(self) -> str:
        """The index key, encrypted under the primary key, as encryption_keys stores it."""
        return self.encrypt(base64.b64encode(self._index_key).decode(), INDEX_PURPOSE)

    def unwrap_index_key(self, wrapped: str) -> bytes:
        """An index key from its stored form; KeyProblem if no loaded key opens it."""
        return base64.b64decode(self.decrypt(wrapped, INDEX_PURPOSE))


@lru_cache(maxsize=1024)
def _bound(purpose: str, owner: int) -> bytes:
    return f"{purpose}\x00{owner}".encode()


def _pad(data: bytes) -> bytes:
    # ISO/IEC 7816-4: a 0x80 byte, then zeros up to the bucket.
    wanted = len(data) + 1
    size = PAD_MIN
    while size < wanted and size < PAD_STEP:
        size *= 2
    if size < wanted:
        size = -(-wanted // PAD_STEP) * PAD_STEP
    return data + b"\x80" + bytes(size - wanted)


def _unpad(data: bytes) -> bytes:
    body = data.rstrip(b"\x00")
    if not body.endswith(b"\x80"):
        raise KeyProblem("a stored value is not padded as expected")
    return body[:-1]


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
    """Tell an encrypted value (either format) from plaintext."""
    return value.startswith((f"{PREFIX}:", f"{OWNED}:"))


class Sealed(str):
    """A user's value as the database holds it: encrypted, not yet opened for its owner."""

    __slots__ = ()


class SealedColumn(TypeDecorator[Any]):
    """A column of a user's row stored encrypted for that user (text, or a JSON object).

    The column itself only passes stored values through: binding a value to its owner needs
    the row, so bot.db.sealing seals values when the row is flushed and opens them when it is
    loaded. A value that reaches the database unsealed is refused, never written in the clear.
    """

    impl = Text
    cache_ok = True

    def __init__(self, purpose: str, *, json: bool = False) -> None:
        super().__init__()
        self.purpose = purpose
        self.json = json

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        """Write what the flush sealed; refuse anything else."""
        if value is None:
            return None
        if not isinstance(value, Sealed):
            raise KeyProblem(f"an unsealed value reached {self.purpose}")
        return str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Sealed | None:
        """Hand the stored value to the load hook, which opens it for the row's user."""
        return None if value is None else Sealed(value)

    def seal(self, value: Any, owner: int) -> Sealed:
        """The stored form of a value of this column for its owner."""
        plain = json.dumps(value, ensure_ascii=False) if self.json else str(value)
        return Sealed(keyring().encrypt(plain, self.purpose, owner))

    def open(self, stored: str, owner: int) -> Any:
        """The value from its stored form; KeyProblem if it is not sealed for this owner."""
        if not is_encrypted(stored):
            raise KeyProblem(f"a value of {self.purpose} is stored in the clear")
        plain = keyring().decrypt(stored, self.purpose, owner)
        if not self.json:
            return plain
        if plain == "{}":  # most rows' JSON columns: no need to parse it
            return {}
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
