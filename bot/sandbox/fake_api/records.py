"""What the fake Bot API keeps: the calls the bot made, uploaded files, and the faults and
hangs a test asks for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request, kept as bytes."""

    filename: str | None
    content: bytes
    content_type: str | None = None


@dataclass(frozen=True)
class ApiCall:
    """One Bot API request the bot made, with the decoded parameters and the answer."""

    method: str
    params: dict[str, Any]
    result: Any
    error_code: int | None
    description: str | None = None


@dataclass
class Fault:
    method: str
    error_code: int
    description: str
    retry_after: int | None
    times: int | None  # None: every call until clear_faults()
    chat_id: int | None


@dataclass
class Hang:
    method: str
    seconds: float
    times: int | None  # None: every call until clear_faults()
    after: bool = False
    drop: bool = False


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    content: bytes
    file_name: str | None
    mime_type: str | None
    file_path: str
