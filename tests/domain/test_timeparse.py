from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.timeparse import format_local_time, parse_local_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7:30", time(7, 30)),
        ("07:30", time(7, 30)),
        ("19:05", time(19, 5)),
        ("0:00", time(0, 0)),
        ("00:00", time(0, 0)),
        ("23:59", time(23, 59)),
        ("7.30", time(7, 30)),
        ("0730", time(7, 30)),
        ("2359", time(23, 59)),
        ("7", time(7, 0)),
        ("07", time(7, 0)),
        ("19", time(19, 0)),
        ("7am", time(7, 0)),
        ("7 am", time(7, 0)),
        ("7 AM", time(7, 0)),
        ("7a.m.", time(7, 0)),
        ("7 p.m.", time(19, 0)),
        ("7:30pm", time(19, 30)),
        ("7:30 PM", time(19, 30)),
        ("11:59pm", time(23, 59)),
        ("12am", time(0, 0)),
        ("12:30am", time(0, 30)),
        ("12pm", time(12, 0)),
        ("12:30 pm", time(12, 30)),
        ("  7:30  ", time(7, 30)),
        ("\t8\n", time(8, 0)),
    ],
)
def test_parses_what_people_type(text: str, expected: time) -> None:
    assert parse_local_time(text) == expected


def test_full_width_digits_are_normalised() -> None:
    assert parse_local_time("７：３０") == time(7, 30)
    assert parse_local_time("７ｐｍ") == time(19, 0)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "25:99",
        "24:00",
        "24",
        "7:60",
        "7:5",
        "7:30:00",
        "730",
        "07300",
        "-7",
        "-7:30",
        "+7",
        "0am",
        "13pm",
        "19:05pm",
        "0730pm",
        "7:30 xm",
        "7 : 30",
        "7,30",
        "٧:٣٠",  # Arabic-Indic digits: not normalised by NFKC, refused rather than guessed
        "7:30" + " " * 20,
        "1" * 21,
    ],
)
def test_rejects_what_is_not_a_time_of_day(text: str) -> None:
    assert parse_local_time(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [(time(7, 30), "07:30"), (time(0, 0), "00:00"), (time(23, 5), "23:05")],
)
def test_formats_as_zero_padded_24_hour_clock(value: time, expected: str) -> None:
    assert format_local_time(value) == expected


@given(st.integers(0, 23), st.integers(0, 59))
def test_formatted_time_parses_back_to_itself(hour: int, minute: int) -> None:
    value = time(hour, minute)
    assert parse_local_time(format_local_time(value)) == value


@given(st.text(max_size=30))
def test_never_raises_and_returns_whole_minutes(text: str) -> None:
    parsed = parse_local_time(text)
    assert parsed is None or (parsed.second == 0 and parsed.microsecond == 0)
