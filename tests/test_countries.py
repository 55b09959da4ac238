import zoneinfo

import pytest

from bot.countries import country_for_zone


@pytest.mark.parametrize(
    ("zone", "country"),
    [
        ("Europe/Berlin", "DE"),
        ("America/New_York", "US"),
        ("Asia/Kolkata", "IN"),
        ("Australia/Sydney", "AU"),
        ("Europe/London", "GB"),
        ("America/Toronto", "CA"),
        ("Pacific/Auckland", "NZ"),
        ("Asia/Tokyo", "JP"),
        ("America/Argentina/Buenos_Aires", "AR"),
        # A zone shared by several countries gives the one it is named after.
        ("Europe/Zurich", "CH"),
        ("Europe/Brussels", "BE"),
    ],
)
def test_canonical_zones(zone: str, country: str) -> None:
    assert country_for_zone(zone) == country


@pytest.mark.parametrize(
    ("zone", "country"),
    [
        # Links merged into another country's zone keep their own country (zone.tab).
        ("Europe/Amsterdam", "NL"),
        ("Europe/Oslo", "NO"),
        ("Europe/Vaduz", "LI"),
        ("Atlantic/Reykjavik", "IS"),
        # Backward-compatible names follow the link to the zone they stand for.
        ("Asia/Calcutta", "IN"),
        ("Europe/Kiev", "UA"),
        ("Asia/Saigon", "VN"),
        ("US/Eastern", "US"),
        ("US/Pacific", "US"),
        ("Australia/ACT", "AU"),
        ("Canada/Eastern", "CA"),
        ("America/Montreal", "CA"),
        ("Europe/Belfast", "GB"),
        ("GB", "GB"),
        ("Eire", "IE"),
        ("NZ", "NZ"),
        ("PRC", "CN"),
        ("ROK", "KR"),
        # Old links named after a country whose target is elsewhere (Abidjan).
        ("Iceland", "IS"),
        ("Japan", "JP"),
    ],
)
def test_links(zone: str, country: str) -> None:
    assert country_for_zone(zone) == country


@pytest.mark.parametrize(
    "zone",
    [
        "Etc/UTC",
        "Etc/GMT+3",
        "Etc/GMT-14",
        "UTC",
        "GMT",
        "Zulu",
        "Universal",
        # Rules shared by many countries, not places.
        "CET",
        "EET",
        "WET",
        "EST",
        "EST5EDT",
        "Factory",
        "Mars/Olympus_Mons",
        "",
        "europe/berlin",
    ],
)
def test_no_country(zone: str) -> None:
    assert country_for_zone(zone) is None


def test_every_place_zone_has_a_two_letter_country() -> None:
    missing = []
    for zone in zoneinfo.available_timezones():
        if "/" not in zone or zone.startswith(("Etc/", "SystemV/", "posix/", "right/")):
            continue
        country = country_for_zone(zone)
        if country is None or len(country) != 2 or not country.isupper():
            missing.append(zone)
    assert not missing
