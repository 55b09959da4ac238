"""Helplines per country, loaded once from `content/helplines.toml` and validated.

A flagged reply (see bot.domain.safety) is answered with the lines for the person's
country, found from their IANA zone. Crisis lines answer SUICIDE and SELF_HARM; DANGER
gets the abuse lines first and then the crisis lines (a person in danger may also be in
crisis, and crisis lines can refer on). The international directory is part of every
answer: the zone may be wrong, the person may be travelling, or their country may have
no entry.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.content import CONTENT_DIR, ContentError
from bot.countries import country_for_zone
from bot.domain.safety import Concern

__all__ = [
    "HELPLINES_FILE",
    "CountryHelplines",
    "HelplineDirectory",
    "Helplines",
    "Line",
    "load_helplines",
]

HELPLINES_FILE = CONTENT_DIR / "helplines.toml"

_CODE = re.compile(r"[A-Z]{2}")
# A contact is something a person can act on: it has a number or a web address.
_ACTIONABLE = re.compile(r"\d|\w\.\w")
_MAX_TEXT = 120


@dataclass(frozen=True)
class Line:
    """One helpline: who it is and how to reach it ("call 116 123")."""

    name: str
    contact: str


@dataclass(frozen=True)
class CountryHelplines:
    """The lines of one country."""

    code: str
    emergency: str
    crisis: tuple[Line, ...]
    abuse: tuple[Line, ...]


@dataclass(frozen=True)
class Helplines:
    """What to show a person for one concern.

    `country` is the zone's country (None if unknown); `lines` and `emergency` are empty
    and None when that country has no entry. `directory` and `emergency_note` are
    always there.
    """

    country: str | None
    lines: tuple[Line, ...]
    emergency: str | None
    directory: tuple[Line, ...]
    emergency_note: str
    # Worldwide directories of abuse lines, for danger when the country has none of its own.
    abuse_directory: tuple[Line, ...] = ()

    @property
    def local(self) -> bool:
        """Whether there are lines for the person's own country."""
        return bool(self.lines)


@dataclass(frozen=True)
class HelplineDirectory:
    """Every country's lines plus the international directory."""

    countries: Mapping[str, CountryHelplines]
    directory: tuple[Line, ...]
    emergency_note: str
    abuse_directory: tuple[Line, ...] = ()

    def for_country(self, code: str | None, concern: Concern | None) -> Helplines:
        """Return the lines for a concern in a country (ISO code), with the directory.

        DANGER gets the abuse lines first, then the crisis lines; None (the /sos command)
        gets every line, crisis lines first. Both get the worldwide abuse directory when
        the country has no abuse line of its own.
        """
        entry = self.countries.get(code) if code else None
        lines: tuple[Line, ...] = ()
        if entry is not None:
            if concern is Concern.DANGER:
                lines = entry.abuse + entry.crisis
            elif concern is None:
                lines = entry.crisis + entry.abuse
            else:
                lines = entry.crisis
        wants_abuse = concern in (Concern.DANGER, None)
        return Helplines(
            country=code,
            lines=lines,
            emergency=entry.emergency if entry else None,
            directory=self.directory,
            emergency_note=self.emergency_note,
            abuse_directory=(
                self.abuse_directory if wants_abuse and not (entry and entry.abuse) else ()
            ),
        )

    def for_zone(self, zone: str | None, concern: Concern | None) -> Helplines:
        """Return the lines for a concern for someone in an IANA zone (None if unknown)."""
        return self.for_country(country_for_zone(zone) if zone else None, concern)


# --- loading and validation --------------------------------------------------------------


def _text(where: str, table: Mapping[str, Any], field: str) -> str:
    value = table.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{where}.{field} must be non-empty text")
    if value != value.strip() or "\n" in value:
        raise ContentError(f"{where}.{field} must be one line without surrounding spaces")
    if len(value) > _MAX_TEXT:
        raise ContentError(f"{where}.{field} is longer than {_MAX_TEXT} characters")
    return value


def _only(where: str, table: Mapping[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ContentError(f"{where}: unknown field {unknown[0]!r}")


def _lines(where: str, value: object, required: bool) -> tuple[Line, ...]:
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not value:
        raise ContentError(f"{where} must be a non-empty list of {{ name, contact }} tables")
    lines = []
    for index, item in enumerate(value):
        at = f"{where}[{index}]"
        if not isinstance(item, dict):
            raise ContentError(f"{at} must be a {{ name, contact }} table")
        _only(at, item, {"name", "contact"})
        name = _text(at, item, "name")
        contact = _text(at, item, "contact")
        if not _ACTIONABLE.search(contact):
            raise ContentError(f"{at}.contact must hold a number or a web address")
        lines.append(Line(name=name, contact=contact))
    return tuple(lines)


def _country(where: str, table: object) -> CountryHelplines:
    if not isinstance(table, dict):
        raise ContentError(f"{where} must be a [[country]] table")
    _only(where, table, {"code", "emergency", "crisis", "abuse"})
    code = _text(where, table, "code")
    if not _CODE.fullmatch(code):
        raise ContentError(f"{where}.code must be two capital letters (ISO 3166-1)")
    emergency = _text(where, table, "emergency")
    if not _ACTIONABLE.search(emergency):
        raise ContentError(f"{where}.emergency must hold a number")
    return CountryHelplines(
        code=code,
        emergency=emergency,
        crisis=_lines(f"{where}.crisis", table.get("crisis"), required=True),
        abuse=_lines(f"{where}.abuse", table.get("abuse"), required=False),
    )


def load_helplines(path: Path = HELPLINES_FILE) -> HelplineDirectory:
    """Load and validate the helplines file; a broken file raises ContentError."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ContentError(f"{path}: file is missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{path}: not valid TOML ({exc})") from None
    try:
        return _directory(data)
    except ContentError as exc:
        # Field errors are raised without the file name; add it once, here.
        raise ContentError(f"{path}: {exc}") from None


def _directory(data: Mapping[str, Any]) -> HelplineDirectory:
    _only("top level", data, {"international", "country"})
    international = data.get("international")
    if not isinstance(international, dict):
        raise ContentError("international must be a table")
    _only("international", international, {"emergency_note", "directory", "abuse_directory"})
    emergency_note = _text("international", international, "emergency_note")
    directory = _lines("international.directory", international.get("directory"), True)
    abuse_directory = _lines(
        "international.abuse_directory", international.get("abuse_directory"), True
    )
    tables = data.get("country")
    if not isinstance(tables, list) or not tables:
        raise ContentError("country must be a non-empty list of [[country]] tables")
    countries: dict[str, CountryHelplines] = {}
    for index, table in enumerate(tables):
        entry = _country(f"country[{index}]", table)
        if entry.code in countries:
            raise ContentError(f"country[{index}].code {entry.code!r} is listed twice")
        countries[entry.code] = entry
    return HelplineDirectory(
        countries=countries,
        directory=directory,
        emergency_note=emergency_note,
        abuse_directory=abuse_directory,
    )
