"""The country of an IANA time zone, read offline from the tzdata package's tables.

Used to pick helplines: a person's zone is the only hint of where they live that the
bot keeps. Tables, in order:
1. `zone1970.tab`: canonical zones; a row may list several countries ("CH,DE,LI" for
   Europe/Zurich), the first is the one the zone is named after. tzdata orders them by
   population, not sovereignty: Europe/Simferopol gives "RU" here (zone.tab says "UA");
   neither has helplines of its own in content/helplines.toml, so both get the directory.
2. `zone.tab`: one country per zone, including zones that are now links in tzdata
   (Europe/Amsterdam -> NL, Europe/Oslo -> NO, Atlantic/Reykjavik -> IS).
3. `iso3166.tab` country names, for old links named after a country ("Iceland",
   "Japan"): the link's target can lie in another country (Iceland -> Africa/Abidjan).
4. The link's target zone, from the `L target link` lines of `tzdata.zi`
   (Asia/Calcutta -> Asia/Kolkata -> IN, US/Eastern -> America/New_York -> US).

Etc/* zones, UTC and the like have no country. POSIX-style names (CET, EET, MET, WET,
EST, MST, HST) are links to one city but stand for a rule shared by many countries, so
they have none either.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache
from importlib.resources import files

__all__ = ["country_for_zone"]

_NO_COUNTRY = frozenset({"CET", "EET", "MET", "WET", "EST", "MST", "HST", "Factory"})


def _read(name: str) -> list[list[str]]:
    """Return the tab-separated rows of one tzdata table, without comments."""
    text = files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _tables() -> tuple[Mapping[str, str], Mapping[str, str], Mapping[str, str], Mapping[str, str]]:
    """Load zone1970.tab, zone.tab, iso3166.tab (by squashed name) and tzdata.zi links."""
    zone1970 = {row[2]: row[0].split(",")[0] for row in _read("zone1970.tab") if len(row) >= 3}
    zone_tab = {row[2]: row[0] for row in _read("zone.tab") if len(row) >= 3}
    names = {_squashed(row[1]): row[0] for row in _read("iso3166.tab") if len(row) >= 2}
    links: dict[str, str] = {}
    zi = files("tzdata").joinpath("zoneinfo", "tzdata.zi").read_text(encoding="utf-8")
    for line in zi.splitlines():
        if line.startswith("L "):
            parts = line.split()
            if len(parts) == 3:
                links[parts[2]] = parts[1]
    return zone1970, zone_tab, names, links


def _squashed(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


# Bounded: callers may pass any string, and the zones people use are few.
@lru_cache(maxsize=1024)
def country_for_zone(zone: str) -> str | None:
    """Return the ISO 3166-1 alpha-2 country of an IANA zone, or None if it has none."""
    zone1970, zone_tab, names, links = _tables()
    seen: set[str] = set()
    name = zone
    # Follow links at most a few steps (tzdata links point straight at a zone; the loop
    # guard only protects against a malformed file).
    while name not in seen and len(seen) < 4:
        seen.add(name)
        if name in _NO_COUNTRY or name.startswith("Etc/"):
            return None
        if name in zone1970:
            return zone1970[name]
        if name in zone_tab:
            return zone_tab[name]
        if "/" not in name and _squashed(name) in names:
            return names[_squashed(name)]
        target = links.get(name)
        if target is None:
            return None
        name = target
    return None
