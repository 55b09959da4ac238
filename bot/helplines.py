"""Helplines per country, loaded once from `content/helplines.toml` and validated.

A flagged reply (see bot.domain.safety) is answered with the lines for the person's
country, found from their IANA zone. Crisis lines answer SUICIDE and SELF_HARM; DANGER
gets the abuse lines first and then the crisis lines (a person in danger may also be in
crisis, and crisis lines can refer on). The international directory is part of every
answer: the zone may be wrong, the person may be travelling, or their country may have
no entry.

A locale may word them in its own language (`content/<locale>/helplines.toml`): the
international part, and the countries where that language is spoken, with the same lines
in the same order and the same numbers; the numbers are checked against the main file, so a
translation can never change one. Elsewhere the main file's words are shown.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
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
    # The whole directory as each other locale words it (see the module docstring): its
    # own countries and international part, the others' as they are here.
    translated: Mapping[str, HelplineDirectory] = field(default_factory=dict)

    def worded_by(self, own: HelplineDirectory) -> HelplineDirectory:
        """This directory with a locale's wording (`own`) put over it."""
        return HelplineDirectory(
            countries={**self.countries, **own.countries},
            directory=own.directory,
            emergency_note=own.emergency_note,
            abuse_directory=own.abuse_directory,
        )

    def for_country(
        self, code: str | None, concern: Concern | None, locale: str | None = None
    ) -> Helplines:
        """Return the lines for a concern in a country (ISO code), with the directory.

        DANGER gets the abuse lines first, then the crisis lines; None (the /sos command)
        gets every line, crisis lines first. Both get the worldwide abuse directory when
        the country has no abuse line of its own. `locale` words them in its language
        where it can.
        """
        worded = self.translated.get(locale) if locale else None
        if worded is not None:
            return worded.for_country(code, concern)
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

    def for_zone(
        self, zone: str | None, concern: Concern | None, locale: str | None = None
    ) -> Helplines:
        """Return the lines for a concern for someone in an IANA zone (None if unknown)."""
        return self.for_country(country_for_zone(zone) if zone else None, concern, locale)


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
    """Load and validate the helplines file, and each locale's wording of it beside it
    (`<locale>/helplines.toml`); a broken file raises ContentError."""
    main = _load(path, every_country=True)
    translated = {}
    for folder in sorted(p for p in path.parent.iterdir() if p.is_dir()):
        own = folder / path.name
        if own.exists():
            wording = _load(own, every_country=False)
            try:
                _same_numbers(main, wording)
            except ContentError as exc:
                raise ContentError(f"{own}: {exc}") from None
            # Put together once here, not for every message that needs the lines.
            translated[folder.name] = main.worded_by(wording)
    return replace(main, translated=translated)


def _load(path: Path, *, every_country: bool) -> HelplineDirectory:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ContentError(f"{path}: file is missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{path}: not valid TOML ({exc})") from None
    try:
        return _directory(data, every_country)
    except ContentError as exc:
        # Field errors are raised without the file name; add it once, here.
        raise ContentError(f"{path}: {exc}") from None


_NUMBER = re.compile(r"\d[\d -]*\d|\d")


def _numbers(text: str) -> list[str]:
    return [re.sub(r"\D", "", n) for n in _NUMBER.findall(text)]


_WEB = re.compile(r"[\w-]+(?:\.[\w-]+)+(?:/\S*)?")


def _reachable(contact: str) -> tuple[list[str], list[str]]:
    """What a contact reaches, whatever its words: its numbers and web addresses."""
    return _numbers(contact), _WEB.findall(contact)


def _same_numbers(main: HelplineDirectory, own: HelplineDirectory) -> None:
    """A locale's wording keeps every line, in order, with its numbers and web addresses."""
    pairs: list[tuple[str, tuple[Line, ...], tuple[Line, ...]]] = [
        ("international.directory", main.directory, own.directory),
        ("international.abuse_directory", main.abuse_directory, own.abuse_directory),
    ]
    for code, entry in own.countries.items():
        base = main.countries.get(code)
        if base is None:
            raise ContentError(f"country {code} is not in the main helplines file")
        if _numbers(entry.emergency) != _numbers(base.emergency):
            raise ContentError(f"country {code}: emergency numbers differ from the main file")
        pairs += [(f"{code}.crisis", base.crisis, entry.crisis)]
        pairs += [(f"{code}.abuse", base.abuse, entry.abuse)]
    for where, theirs, mine in pairs:
        if len(theirs) != len(mine):
            raise ContentError(f"{where}: {len(mine)} lines, the main file has {len(theirs)}")
        for index, (a, b) in enumerate(zip(theirs, mine, strict=True)):
            if _reachable(a.contact) != _reachable(b.contact):
                raise ContentError(f"{where}[{index}]: the contact differs from the main file")


def _directory(data: Mapping[str, Any], every_country: bool = True) -> HelplineDirectory:
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
    tables = data.get("country", [] if not every_country else None)
    if not isinstance(tables, list) or (every_country and not tables):
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
