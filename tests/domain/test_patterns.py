"""The weekly analysis: hand-built weeks in, numbers and pattern keys out."""

from __future__ import annotations

import random
import tomllib
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.patterns import (
    ARC_MIN_DAYS,
    ARC_MIN_SPAN,
    ARC_THEMES,
    FEAR_TAG,
    SHORT_REPLIES_TAG,
    TRUST_TAGS,
    WENT_QUIET_TAG,
    Change,
    Entry,
    FrictionTiming,
    Kind,
    KindnessTrend,
    PartOfDay,
    Pattern,
    PersonCount,
    TagCount,
    TrackCounts,
    TraitNote,
    YearArcs,
    local_clock_time,
    month_of,
    part_of_day,
    summarize,
    summarize_month,
    summarize_year,
    week_of,
    window,
)
from bot.domain.tracks import Track

# A Monday. Day offsets below are relative to it: 0..6 is the summarised week, -7..-1 the
# week before, and so on.
MONDAY = date(2026, 3, 9)
CONTENT = Path(__file__).resolve().parents[2] / "content" / "en"
SC, VT, CR = Track.SELF_COMPASSION, Track.VALUED_TRAITS, Track.CONFLICT_REVIEW


def at(day: int) -> date:
    return MONDAY + timedelta(days=day)


def rating(day: int, value: int, *, text_length: int = 0, hour: int = 8) -> Entry:
    kind = Kind.ENTRY if text_length else Kind.RATING
    return Entry(SC, kind, at(day), time(hour, 30), rating=value, text_length=text_length)


def written(day: int, track: Track = SC, *, hour: int = 8) -> Entry:
    return Entry(track, Kind.ENTRY, at(day), time(hour, 30), text_length=40)


def trait(day: int, name: str, person: str | None = None) -> Entry:
    return Entry(VT, Kind.ENTRY, at(day), time(20, 30), trait=name, person=person, text_length=30)


def review(
    day: int,
    distancing: tuple[str, ...] = (),
    underneath: tuple[str, ...] = (),
    *,
    hour: int = 21,
    person: str | None = None,
) -> Entry:
    return Entry(
        CR,
        Kind.REVIEW,
        at(day),
        time(hour, 0),
        person=person,
        distancing=distancing,
        underneath=underneath,
        text_length=60,
    )


def calm(day: int) -> Entry:
    return Entry(CR, Kind.CALM, at(day), time(20, 31))


def note(day: int) -> Entry:
    return Entry(None, Kind.NOTE, at(day), time(13, 0), text_length=25)


# --- weeks and windows ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "monday", "sunday"),
    [
        (date(2026, 3, 9), date(2026, 3, 9), date(2026, 3, 15)),  # a Monday
        (date(2026, 3, 15), date(2026, 3, 9), date(2026, 3, 15)),  # a Sunday
        (date(2026, 3, 11), date(2026, 3, 9), date(2026, 3, 15)),
        (date(2026, 1, 1), date(2025, 12, 29), date(2026, 1, 4)),  # across New Year
        (date(2024, 2, 29), date(2024, 2, 26), date(2024, 3, 3)),  # leap day
    ],
)
def test_week_of_is_monday_to_sunday(day: date, monday: date, sunday: date) -> None:
    assert week_of(day) == (monday, sunday)


def test_window_covers_the_history_weeks_up_to_sunday() -> None:
    assert window(MONDAY) == (date(2026, 1, 19), date(2026, 3, 15))
    assert window(MONDAY, 4) == (date(2026, 2, 16), date(2026, 3, 15))


@pytest.mark.parametrize(
    ("week_start", "history_weeks", "message"),
    [
        (date(2026, 3, 10), 8, "Monday"),
        (MONDAY, 3, "history_weeks"),
        (MONDAY, 0, "history_weeks"),
    ],
)
def test_bad_arguments_are_refused(week_start: date, history_weeks: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        summarize([], week_start, history_weeks=history_weeks)


@pytest.mark.parametrize("value", [0, 6, -1])
def test_an_entry_refuses_a_rating_outside_1_to_5(value: int) -> None:
    with pytest.raises(ValueError, match="rating"):
        Entry(SC, Kind.RATING, MONDAY, time(8), rating=value)


def test_an_entry_refuses_a_negative_length() -> None:
    with pytest.raises(ValueError, match="text_length"):
        Entry(SC, Kind.ENTRY, MONDAY, time(8), text_length=-1)


@pytest.mark.parametrize(
    ("clock", "part"),
    [
        (time(0, 0), PartOfDay.NIGHT),
        (time(4, 59), PartOfDay.NIGHT),
        (time(5, 0), PartOfDay.MORNING),
        (time(11, 59), PartOfDay.MORNING),
        (time(12, 0), PartOfDay.AFTERNOON),
        (time(16, 59), PartOfDay.AFTERNOON),
        (time(17, 0), PartOfDay.EVENING),
        (time(21, 59), PartOfDay.EVENING),
        (time(22, 0), PartOfDay.NIGHT),
        (time(23, 59), PartOfDay.NIGHT),
    ],
)
def test_part_of_day_boundaries(clock: time, part: PartOfDay) -> None:
    assert part_of_day(clock) == part


def test_local_clock_time_needs_an_aware_instant() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    assert local_clock_time(datetime(2026, 3, 9, 7, 15, tzinfo=UTC), berlin) == time(8, 15)
    with pytest.raises(ValueError, match="aware"):
        local_clock_time(datetime(2026, 3, 9, 7, 15), berlin)  # noqa: DTZ001


# --- counts and comparisons ----------------------------------------------------------------


def test_counts_per_track_and_days_reflected_this_week_and_last() -> None:
    entries = [
        rating(0, 3, text_length=80),
        rating(1, 4),
        trait(1, "Reliable", "Sam"),
        review(2),
        calm(3),
        note(3),
        note(3),
        # last week
        rating(-7, 2),
        review(-5),
        review(-5),
        # outside the window: ignored
        rating(-70, 1),
        rating(7, 1),
    ]
    summary = summarize(entries, MONDAY)
    this, previous = summary.this_week, summary.previous_week
    assert this.reflections == TrackCounts(
        self_compassion=2, valued_traits=1, conflict_review=2, notes=2
    )
    assert this.reflections.total == 7
    assert this.reflections.of(Track.CONFLICT_REVIEW) == 2
    assert this.days_reflected == 4
    assert this.written == 5  # the tap-only rating and the calm answer have no words
    assert previous.reflections == TrackCounts(self_compassion=1, conflict_review=2)
    assert previous.days_reflected == 2
    assert previous.monday == date(2026, 3, 2)
    assert (summary.week_start, summary.week_end) == (MONDAY, date(2026, 3, 15))


@pytest.mark.parametrize(
    ("this_days", "previous_days", "enough", "comparable"),
    [
        ((), (), False, False),
        ((0,), (), False, False),
        ((0,), (-7, -6, -5), False, False),
        ((0, 1), (), True, False),
        ((0, 1), (-7,), True, False),
        ((0, 1), (-7, -1), True, True),
        ((0, 1, 2, 3, 4, 5, 6), (-7, -6), True, True),
    ],
)
def test_enough_data_needs_two_days_and_comparisons_need_two_in_each_week(
    this_days: tuple[int, ...], previous_days: tuple[int, ...], enough: bool, comparable: bool
) -> None:
    summary = summarize([note(day) for day in this_days + previous_days], MONDAY)
    assert summary.enough_data is enough
    assert summary.comparable is comparable


def test_too_little_data_claims_nothing_but_few_reflections() -> None:
    # One busy day: low ratings, two trust reviews, repeated short replies. Still one day.
    entries = [
        rating(0, 1),
        rating(0, 2),
        review(0, ("short_replies",), ("hard_to_trust",)),
        review(0, ("short_replies",), ("doubt_myself",)),
    ]
    summary = summarize(entries, MONDAY)
    assert not summary.enough_data
    assert summary.patterns == (Pattern.FEW_REFLECTIONS,)
    assert summary.suggestion == Pattern.FEW_REFLECTIONS
    # The numbers are still there for the chart; only the claims are withheld.
    assert summary.this_week.rating_average == 1.5


def test_an_empty_history_gives_a_complete_empty_summary() -> None:
    summary = summarize([], MONDAY)
    assert len(summary.weeks) == 8
    assert [week.monday for week in summary.weeks] == [at(-49 + 7 * i) for i in range(8)]
    assert [point.day for point in summary.days] == [at(i) for i in range(7)]
    assert summary.this_week.rating_average is None
    assert summary.rating_change is None
    assert summary.friction_timing is None
    assert summary.distancing == summary.underneath == ()
    assert summary.traits == ()
    assert summary.people == ()
    assert summary.patterns == (Pattern.FEW_REFLECTIONS,)


def test_history_weeks_sets_the_trend_length() -> None:
    summary = summarize([rating(-7 * 11, 3)], MONDAY, history_weeks=12)
    assert len(summary.weeks) == 12
    assert summary.weeks[0].monday == at(-77)
    assert summary.weeks[0].ratings == 1


# --- self-kindness -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("this", "previous", "average", "change"),
    [
        ((), (), None, None),
        ((4,), (), 4.0, None),
        ((4,), (2, 2), 4.0, None),  # one rating is no trend
        ((4, 5), (2,), 4.5, None),
        ((4, 5), (2, 3), 4.5, 2.0),
        ((1, 2, 2), (3, 3), 5 / 3, 5 / 3 - 3),
        ((5, 5, 5, 5, 5, 5, 5), (1, 1), 5.0, 4.0),
    ],
)
def test_self_kindness_average_and_change(
    this: tuple[int, ...],
    previous: tuple[int, ...],
    average: float | None,
    change: float | None,
) -> None:
    entries = [rating(day, value) for day, value in enumerate(this)]
    entries += [rating(day - 7, value) for day, value in enumerate(previous)]
    summary = summarize(entries, MONDAY)
    assert summary.this_week.rating_average == pytest.approx(average)
    assert summary.this_week.ratings == len(this)
    assert summary.rating_change == pytest.approx(change)


def test_only_self_compassion_ratings_count_as_self_kindness() -> None:
    stray = Entry(VT, Kind.ENTRY, at(0), time(20), rating=1)
    summary = summarize([stray, rating(1, 4)], MONDAY)
    assert summary.this_week.ratings == 1
    assert summary.this_week.rating_average == 4.0


def test_daily_series_averages_several_ratings_on_one_day() -> None:
    entries = [rating(0, 2), rating(0, 5), rating(2, 3), review(2), calm(3), note(4)]
    days = summarize(entries, MONDAY).days
    assert len(days) == 7
    assert [point.rating_average for point in days] == [3.5, None, 3.0, None, None, None, None]
    assert [point.had_friction for point in days] == [False, False, True] + [False] * 4
    assert [point.calm for point in days] == [False, False, False, True, False, False, False]
    assert [point.reflected for point in days] == [True, False, True, True, True, False, False]


# --- friction and calm ---------------------------------------------------------------------


def test_friction_days_are_days_with_a_review_and_a_review_beats_calm() -> None:
    entries = [review(0), review(0), calm(1), calm(2), review(2), calm(3), calm(3)]
    week = summarize(entries, MONDAY).this_week
    assert week.reviews == 3
    assert week.friction_days == 2  # Monday (twice) and Wednesday
    assert week.calm_days == 2  # Tuesday and Thursday; Wednesday turned out not calm
    assert week.days_reflected == 4


def test_values_days_are_days_with_a_values_reflection_however_many() -> None:
    this_week = [trait(0, "Caring"), trait(0, "Patient"), trait(3, "Funny"), written(2), review(5)]
    weeks = summarize([*this_week, trait(-7, "Caring")], MONDAY).weeks
    assert weeks[-1].values_days == 2  # Monday (twice) and Thursday
    assert weeks[-1].reflections.valued_traits == 3
    assert weeks[-2].values_days == 1
    assert weeks[-3].values_days == 0


@pytest.mark.parametrize(
    ("reviews", "expected"),
    [
        # Fewer than 4 reviews in the last 4 weeks: nothing is said about timing.
        ([review(0, hour=21), review(-7, hour=21), review(-14, hour=21)], None),
        # 4 reviews, but one of them is 4 weeks back (outside the timing window).
        ([review(0), review(-7), review(-14), review(-28)], None),
        # Every review on a Monday evening.
        (
            [review(0), review(-7), review(-14), review(-21)],
            FrictionTiming(4, 0, 4, PartOfDay.EVENING, 4),
        ),
        # Spread over four weekdays and parts of the day: no peak to name.
        (
            [review(0, hour=9), review(1, hour=13), review(2, hour=18), review(3, hour=23)],
            FrictionTiming(4, None, 0, None, 0),
        ),
        # A tie between Monday and Friday for first place is no "tends to".
        (
            [review(0), review(4), review(-7), review(-3)],
            FrictionTiming(4, None, 0, PartOfDay.EVENING, 4),
        ),
        # Friday twice out of 5 (>= a third); mornings twice, afternoons twice: a tie.
        (
            [
                review(4, hour=8),
                review(-3, hour=9),
                review(0, hour=13),
                review(1, hour=14),
                review(2, hour=20),
            ],
            FrictionTiming(5, 4, 2, None, 0),
        ),
        # Friday twice out of 7 is less than a third; nights 4 of 7 is more than half.
        (
            [
                review(4, hour=23),
                review(-3, hour=23),
                review(0, hour=1),
                review(1, hour=2),
                review(2, hour=13),
                review(-8, hour=9),
                review(-12, hour=19),
            ],
            FrictionTiming(7, None, 0, PartOfDay.NIGHT, 4),
        ),
    ],
)
def test_friction_timing_needs_four_reviews_and_a_clear_peak(
    reviews: list[Entry], expected: FrictionTiming | None
) -> None:
    assert summarize(reviews, MONDAY).friction_timing == expected


def test_looking_back_in_the_evening_is_no_finding_when_the_check_in_comes_then() -> None:
    def answered(day: int, hour: int, prompt_hour: int) -> Entry:
        return replace(review(day, hour=hour), prompted_at=time(prompt_hour, 0))

    # Four reviews in the evening, each soon after the 20:00 check-in: that is the schedule.
    scheduled = [answered(day, 21, 20) for day in (0, 1, 2, -4)]
    assert summarize(scheduled, MONDAY).friction_timing == FrictionTiming(4, None, 0, None, 0)
    # Reviews written at night, hours after the evening check-in: the user's own timing.
    late = [answered(day, 23, 20) for day in (0, 1, 2, -4)]
    timing = summarize(late, MONDAY).friction_timing
    assert timing == FrictionTiming(4, None, 0, PartOfDay.NIGHT, 4)
    # Evening reviews after a morning check-in are the user's own timing, and need as many
    # as any finding (four); those after the evening check-in do not count for or against.
    mixed = [answered(day, 21, 8) for day in (0, 1, 2, -4)] + [answered(5, 21, 20)]
    assert summarize(mixed, MONDAY).friction_timing == FrictionTiming(
        5, None, 0, PartOfDay.EVENING, 4
    )
    too_few = [answered(0, 21, 8), answered(1, 21, 8), answered(2, 21, 20), answered(3, 21, 20)]
    assert summarize(too_few, MONDAY).friction_timing == FrictionTiming(4, None, 0, None, 0)


# --- kindness over weeks -------------------------------------------------------------------


def _weeks_of_ratings(*weeks: tuple[int, ...]) -> list[Entry]:
    """Ratings week by week, oldest first, the last tuple this week (days Mon, Tue, ...)."""
    entries = []
    for number, values in enumerate(reversed(weeks)):
        entries += [rating(day - 7 * number, value) for day, value in enumerate(values)]
    return entries


def test_a_steady_rise_over_four_weeks_is_a_trend_with_its_numbers() -> None:
    # The rise of the issue: 2.0 -> 2.6 -> 3.0 -> 3.5.
    entries = _weeks_of_ratings((2, 2), (2, 3, 3, 2, 3), (3, 3), (3, 4))
    trend = summarize(entries, MONDAY).kindness_trend
    assert trend == KindnessTrend((2.0, 2.6, 3.0, 3.5), 4, rising=True)


def test_a_steady_fall_is_a_trend_too() -> None:
    entries = _weeks_of_ratings((4, 4), (4, 3), (3, 3), (3, 2), (2, 2))
    trend = summarize(entries, MONDAY).kindness_trend
    assert trend is not None and not trend.rising and trend.weeks == 5


@pytest.mark.parametrize(
    "weeks",
    [
        # Three rated weeks are too few.
        ((2, 2), (3, 3), (4, 4)),
        # Up and down by chance, ending higher: the change is within the noise.
        ((2, 3), (4, 4), (2, 2), (4, 5), (2, 3), (4, 4)),
        # Flat with small wobbles: under half a point.
        ((3, 3), (3, 4), (3, 3), (3, 4), (4, 3)),
        # This week has a single rating: no average this week, so no trend to it.
        ((1, 2), (2, 2), (3, 3), (4, 4), (5,)),
    ],
)
def test_noise_and_thin_weeks_make_no_trend(weeks: tuple[tuple[int, ...], ...]) -> None:
    assert summarize(_weeks_of_ratings(*weeks), MONDAY).kindness_trend is None


def test_a_week_with_one_rating_is_left_out_of_the_trend_not_averaged() -> None:
    # The week before this one had a single rating: the trend skips it, and spans the gap.
    entries = _weeks_of_ratings((2, 2), (2, 3, 3, 2, 3), (3,), (3, 3), (3, 4))
    trend = summarize(entries, MONDAY).kindness_trend
    assert trend == KindnessTrend((2.0, 2.6, 3.0, 3.5), 5, rising=True)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(1, 5), min_size=2, max_size=7), min_size=4, max_size=8))
def test_a_trend_is_stated_only_with_the_weeks_own_averages_and_a_real_change(
    weeks: list[list[int]],
) -> None:
    # Any weeks of ratings: whatever the rule says, it says with the weeks' own averages
    # (this week last), and the way it says they went is the way they went.
    trend = summarize(_weeks_of_ratings(*map(tuple, weeks)), MONDAY).kindness_trend
    if trend is not None:
        averages = [sum(w) / len(w) for w in weeks]
        assert trend.averages == tuple(averages)
        assert trend.rising == (averages[-1] > averages[0])


# --- tags ----------------------------------------------------------------------------------


def test_top_distancing_signs_with_counts_and_change_since_last_week() -> None:
    entries = [
        review(0, ("short_replies", "went_quiet")),
        review(1, ("short_replies", "kept_distance", "short_replies")),  # twice in one: once
        review(2, ("short_replies", "went_quiet", "backed_out")),
        review(3, ("kept_distance", "sharp_words")),
        # last week
        review(-7, ("went_quiet", "kept_distance")),
        review(-6, ("went_quiet", "kept_distance", "brushed_off")),
        review(-5, ("short_replies", "brushed_off", "tuned_out")),
        review(-4, ("brushed_off",)),
    ]
    summary = summarize(entries, MONDAY)
    assert summary.distancing == (
        TagCount("short_replies", 3, 1, Change.MORE, month=4),
        TagCount("kept_distance", 2, 2, Change.SAME, month=4),  # ties by id: kept_, went_
        TagCount("went_quiet", 2, 2, Change.SAME, month=4),
    )
    assert summary.month_reviews == 8
    # Last week's top three were brushed_off (3), kept_distance (2), went_quiet (2).
    assert summary.distancing_dropped == (TagCount("brushed_off", 0, 3, Change.FEWER),)


@pytest.mark.parametrize(
    ("count", "previous", "change"),
    [(2, 0, Change.NEW), (3, 1, Change.MORE), (2, 2, Change.SAME), (1, 3, Change.FEWER)],
)
def test_tag_change_against_last_week(count: int, previous: int, change: Change) -> None:
    entries = [review(day, underneath=("old_hurt",)) for day in range(count)]
    entries += [review(day - 7, underneath=("old_hurt",)) for day in range(previous)]
    assert summarize(entries, MONDAY).underneath == (
        TagCount("old_hurt", count, previous, change, month=count + previous),
    )


@pytest.mark.parametrize(
    ("weeks_ago", "change"),
    [
        (2, Change.MORE),  # missed last week only: back, not new
        (7, Change.MORE),  # the oldest week of the window still knows it
        (8, Change.NEW),  # beyond the window: after so long an absence, new again
    ],
)
def test_new_means_first_seen_in_the_weeks_before_not_only_last_week(
    weeks_ago: int, change: Change
) -> None:
    entries = [
        review(0, underneath=("old_hurt",)),
        review(-7 * weeks_ago, underneath=("old_hurt",)),
    ]
    [tag] = summarize(entries, MONDAY).underneath
    assert (tag.previous, tag.change) == (0, change)


def test_a_theme_of_the_month_is_counted_over_four_weeks() -> None:
    # "Fear of getting hurt" in 4 of 6 reviews over four weeks, 2 of them this week.
    entries = [
        review(0, underneath=(FEAR_TAG,)),
        review(2, underneath=(FEAR_TAG,)),
        review(-10, underneath=(FEAR_TAG,)),
        review(-17, underneath=(FEAR_TAG,)),
        review(-18, underneath=("old_hurt",)),
        review(-20, underneath=("old_hurt",)),
        review(-30, underneath=(FEAR_TAG,)),  # five weeks ago: not this month
    ]
    summary = summarize(entries, MONDAY)
    assert summary.month_reviews == 6
    assert summary.underneath == (TagCount(FEAR_TAG, 2, 0, Change.MORE, month=4),)


def test_feelings_of_the_week_are_counted_like_the_other_tags() -> None:
    entries = [
        Entry(CR, Kind.REVIEW, at(0), time(21), felt=("hurt", "angry")),
        Entry(CR, Kind.REVIEW, at(2), time(21), felt=("hurt", "hurt")),
        Entry(CR, Kind.REVIEW, at(-7), time(21), felt=("angry",)),
        Entry(SC, Kind.ENTRY, at(1), time(9), felt=("lonely",)),  # not a review: not counted
    ]
    assert summarize(entries, MONDAY).feelings == (
        TagCount("hurt", 2, 0, Change.NEW, month=2),
        TagCount("angry", 1, 1, Change.SAME, month=2),
    )


def test_tags_only_come_from_reviews_of_the_week() -> None:
    stray = Entry(SC, Kind.ENTRY, at(0), time(9), distancing=("went_quiet",))
    summary = summarize([stray, review(-14, ("went_quiet",))], MONDAY)
    assert summary.distancing == ()
    assert summary.distancing_dropped == ()


# --- traits and people ---------------------------------------------------------------------


def test_traits_new_this_week_and_recurring_from_earlier_weeks() -> None:
    entries = [
        trait(0, "Reliable", "Sam"),
        trait(2, "reliable ", "Sam"),  # the same trait, typed
        trait(3, "Patient", "my sister"),
        trait(4, "makes me laugh", "Jo"),
        trait(-20, "RELIABLE", "Sam"),
        trait(-30, "Patient", "Jo"),
        trait(-90, "makes me laugh", "Jo"),  # before the window: does not make it recurring
    ]
    summary = summarize(entries, MONDAY)
    assert summary.traits == (
        TraitNote("Reliable", 2, recurring=True),
        TraitNote("makes me laugh", 1, recurring=False),
        TraitNote("Patient", 1, recurring=True),
    )
    assert summary.traits_noticed == 4
    assert [t.name for t in summary.new_traits] == ["makes me laugh"]
    assert [t.name for t in summary.recurring_traits] == ["Reliable", "Patient"]


def test_people_reflected_about_this_week() -> None:
    entries = [
        trait(0, "Caring", "Sam"),
        review(1, person="Sam"),
        review(2, person="Alex"),
        trait(3, "Honest", "Alex"),
        trait(4, "Loyal", "Jo"),
        trait(5, "Funny"),
        trait(-7, "Brave", "Kim"),  # last week: not this week's people
    ]
    assert summarize(entries, MONDAY).people == (
        PersonCount("Alex", 2, friction=1, traits=("Honest",)),
        PersonCount("Sam", 2, friction=1, traits=("Caring",)),
        PersonCount("Jo", 1, traits=("Loyal",)),
    )


def test_a_person_comes_with_friction_and_what_was_noticed_in_them() -> None:
    # "Friction with Mia ×2, and you noticed she's reliable and brave": traits from the
    # whole window, most often first, then the most recent; one spelling per trait.
    entries = [
        review(0, person="Mia"),
        review(3, person="Mia"),
        trait(-20, "Brave", "Mia"),
        trait(-13, "reliable", "Mia"),
        trait(-6, "Reliable ", "Mia"),
        trait(-5, "Funny", "Mia"),
        trait(-4, "kind", "Mia"),
        trait(-3, "Patient", "Sam"),  # someone else
    ]
    [mia] = summarize(entries, MONDAY).people
    assert mia == PersonCount("Mia", 2, friction=2, traits=("reliable", "kind", "Funny"))


# --- suggestion rules ----------------------------------------------------------------------

# Two quiet days of notes: enough data, and no pattern of their own.
BASE = [note(5), note(6)]

SUGGESTION_CASES: dict[Pattern, list[Entry]] = {
    Pattern.FEW_REFLECTIONS: [note(0), rating(0, 1), rating(0, 1)],
    Pattern.TRUST_THEME: [review(0, (), ("hard_to_trust",)), review(1, (), ("doubt_myself",))],
    Pattern.FEAR_OF_HURT: [review(0, (), ("fear_of_hurt",)), review(1, (), ("fear_of_hurt",))],
    Pattern.LOW_SELF_KINDNESS: [rating(0, 2), rating(1, 3), rating(2, 2), rating(3, 3)],
    Pattern.HIGH_FRICTION: [review(0), review(1), review(2)],
    Pattern.SHORT_REPLIES: [review(0, ("short_replies",)), review(1, ("short_replies",))],
    Pattern.WENT_QUIET: [review(0, ("went_quiet",)), review(1, ("went_quiet",))],
    Pattern.MANY_TRAITS: [trait(day, "Caring") for day in range(4)],
    Pattern.CALM_WEEK: [calm(0), calm(1), calm(2)],
    Pattern.DEFAULT: [rating(0, 3), rating(1, 3), review(2), calm(3), trait(4, "Caring")],
}


@pytest.mark.parametrize("pattern", list(Pattern), ids=str)
def test_each_suggestion_rule(pattern: Pattern) -> None:
    entries = SUGGESTION_CASES[pattern]
    summary = summarize(entries if pattern == Pattern.FEW_REFLECTIONS else entries + BASE, MONDAY)
    assert summary.suggestion == pattern
    assert summary.patterns == (pattern,)


@pytest.mark.parametrize(
    ("entries", "not_matched"),
    [
        # Just under each threshold.
        ([review(0, (), ("hard_to_trust", "doubt_myself"))], Pattern.TRUST_THEME),
        ([review(0, (), ("fear_of_hurt",))], Pattern.FEAR_OF_HURT),
        ([rating(0, 1)], Pattern.LOW_SELF_KINDNESS),  # one rating is no week
        ([rating(0, 2), rating(1, 3), rating(2, 3), rating(3, 3)], Pattern.LOW_SELF_KINDNESS),
        ([review(0), review(0), review(1)], Pattern.HIGH_FRICTION),  # two days
        ([review(0, ("short_replies",))], Pattern.SHORT_REPLIES),
        ([trait(day, "Caring") for day in range(3)], Pattern.MANY_TRAITS),
        ([calm(0), calm(1), calm(2), review(3)], Pattern.CALM_WEEK),
        ([calm(0), calm(1)], Pattern.CALM_WEEK),
    ],
)
def test_rules_do_not_fire_below_their_thresholds(
    entries: list[Entry], not_matched: Pattern
) -> None:
    assert not_matched not in summarize(entries + BASE, MONDAY).patterns


def test_the_strongest_pattern_wins_and_the_others_are_listed_in_order() -> None:
    entries = [
        review(0, ("short_replies", "went_quiet"), ("hard_to_trust", "fear_of_hurt")),
        review(1, ("short_replies", "went_quiet"), ("doubt_myself", "fear_of_hurt")),
        review(2),
        rating(0, 1),
        rating(1, 2),
        *[trait(day, "Kind") for day in range(4)],
    ]
    summary = summarize(entries, MONDAY)
    assert summary.patterns == (
        Pattern.TRUST_THEME,
        Pattern.FEAR_OF_HURT,
        Pattern.LOW_SELF_KINDNESS,
        Pattern.HIGH_FRICTION,
        Pattern.SHORT_REPLIES,
        Pattern.WENT_QUIET,
        Pattern.MANY_TRAITS,
    )
    assert summary.suggestion == Pattern.TRUST_THEME


def test_pattern_keys_and_tag_ids_match_the_content() -> None:
    with (CONTENT / "suggestions.toml").open("rb") as file:
        suggestions = tomllib.load(file)["suggestion"]
    assert {s["pattern"] for s in suggestions} == {p.value for p in Pattern}
    with (CONTENT / "tags.toml").open("rb") as file:
        tags = tomllib.load(file)
    underneath = {tag["id"] for tag in tags["underneath"]}
    distancing = {tag["id"] for tag in tags["distancing"]}
    assert {*TRUST_TAGS, FEAR_TAG} <= underneath
    assert {SHORT_REPLIES_TAG, WENT_QUIET_TAG} <= distancing


# --- DST and timezone changes --------------------------------------------------------------


def entry_at(instant: datetime, zone: ZoneInfo, kind: Kind, rating: int | None = None) -> Entry:
    """An entry as the caller builds it: local date and time from the instant in `zone`."""
    local = instant.astimezone(zone)
    track = SC if kind in (Kind.RATING, Kind.ENTRY) else CR
    return Entry(track, kind, local.date(), local_clock_time(instant, zone), rating=rating)


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def test_a_week_with_spring_forward_counts_by_local_date_and_time() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    monday = date(2026, 3, 23)  # clocks jump 02:00 -> 03:00 on Sunday 29 March
    entries = [
        entry_at(utc(3, 28, 23, 30), berlin, Kind.REVIEW),  # Sun 00:30 CET
        entry_at(utc(3, 29, 0, 30), berlin, Kind.REVIEW),  # Sun 01:30 CET
        entry_at(utc(3, 29, 1, 30), berlin, Kind.REVIEW),  # Sun 03:30 CEST (the hour is gone)
        entry_at(utc(3, 29, 19, 0), berlin, Kind.RATING, rating=4),  # Sun 21:00 CEST
        entry_at(utc(3, 28, 19, 0), berlin, Kind.RATING, rating=2),  # Sat 20:00 CET
        entry_at(utc(3, 22, 20, 0), berlin, Kind.REVIEW),  # the Sunday before
    ]
    assert [e.local_time for e in entries[:4]] == [time(0, 30), time(1, 30), time(3, 30), time(21)]
    summary = summarize(entries, monday)
    assert summary.this_week.days_reflected == 2
    assert summary.this_week.friction_days == 1
    assert summary.this_week.reviews == 3
    assert [p.rating_average for p in summary.days[5:]] == [2.0, 4.0]
    assert summary.days[6].had_friction
    timing = summary.friction_timing
    assert timing == FrictionTiming(4, 6, 4, PartOfDay.NIGHT, 3)


def test_a_week_with_fall_back_counts_the_repeated_hour_once_per_day() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    monday = date(2026, 10, 19)  # clocks fall back 03:00 -> 02:00 on Sunday 25 October
    first = entry_at(utc(10, 25, 0, 30), berlin, Kind.REVIEW)  # 02:30 CEST
    second = entry_at(utc(10, 25, 1, 30), berlin, Kind.REVIEW)  # 02:30 CET, an hour later
    evening = entry_at(utc(10, 25, 20, 0), berlin, Kind.RATING, rating=3)  # 21:00 CET
    assert first.local_time == second.local_time == time(2, 30)
    assert first.local_date == second.local_date == date(2026, 10, 25)
    summary = summarize([first, second, evening], monday)
    assert summary.this_week.days_reflected == 1
    assert summary.this_week.friction_days == 1
    assert summary.this_week.reviews == 2
    assert summary.days[6].rating_average == 3.0
    assert sum(p.reflected for p in summary.days) == 1


def test_a_week_with_a_timezone_change_counts_each_local_date_once() -> None:
    new_york, berlin = ZoneInfo("America/New_York"), ZoneInfo("Europe/Berlin")
    # The user flies New York -> Berlin on Wednesday night and back on Saturday.
    entries = [
        entry_at(utc(3, 9, 12), new_york, Kind.RATING, rating=2),  # Mon 08:00 EDT
        entry_at(utc(3, 11, 11), new_york, Kind.RATING, rating=3),  # Wed 07:00 EDT
        entry_at(utc(3, 12, 3), new_york, Kind.REVIEW),  # Wed 23:00 EDT
        entry_at(utc(3, 12, 20), berlin, Kind.RATING, rating=5),  # Thu 21:00 CET
        entry_at(utc(3, 14, 22), berlin, Kind.RATING, rating=4),  # Sat 23:00 CET
        # Back in New York the same Saturday: 20:00 EDT is Sunday 00:00 UTC.
        entry_at(utc(3, 15, 0), new_york, Kind.RATING, rating=2),  # Sat 20:00 EDT
    ]
    assert [e.local_date.day for e in entries] == [9, 11, 11, 12, 14, 14]
    summary = summarize(entries, MONDAY)
    assert summary.this_week.days_reflected == 4  # Mon, Wed, Thu, Sat
    assert summary.this_week.friction_days == 1
    assert [p.reflected for p in summary.days] == [True, False, True, True, False, True, False]
    assert summary.days[5].rating_average == 3.0  # Saturday: 4 in Berlin, 2 in New York
    assert summary.this_week.rating_average == pytest.approx(16 / 5)


# --- properties ----------------------------------------------------------------------------

DISTANCING = ("went_quiet", "short_replies", "kept_distance", "backed_out")
UNDERNEATH = ("fear_of_hurt", "hard_to_trust", "doubt_myself", "old_hurt", "not_sure")

ENTRIES = st.builds(
    Entry,
    track=st.sampled_from([*Track, None]),
    kind=st.sampled_from(Kind),
    # Ten weeks around the summarised one, including a week after it.
    local_date=st.dates(at(-63), at(13)),
    local_time=st.times(),
    rating=st.none() | st.integers(1, 5),
    person=st.none() | st.sampled_from(["Sam", "Alex", "my sister"]),
    trait=st.none() | st.sampled_from(["Reliable", "reliable", "Kind", " ", ""]),
    distancing=st.lists(st.sampled_from(DISTANCING), max_size=4).map(tuple),
    underneath=st.lists(st.sampled_from(UNDERNEATH), max_size=4).map(tuple),
    text_length=st.integers(0, 4000),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ENTRIES, max_size=120), st.randoms(use_true_random=False))
def test_summarize_holds_its_invariants_on_any_entries(
    entries: list[Entry], rng: random.Random
) -> None:
    summary = summarize(entries, MONDAY)
    assert len(summary.days) == 7
    assert len(summary.weeks) == 8
    for week in summary.weeks:
        assert 0 <= week.days_reflected <= 7
        assert 0 <= week.friction_days + week.calm_days <= week.days_reflected
        assert week.rating_average is None or 1 <= week.rating_average <= 5
    for point in summary.days:
        assert point.rating_average is None or 1 <= point.rating_average <= 5
        assert not (point.calm and point.had_friction)
    assert summary.this_week.days_reflected == sum(p.reflected for p in summary.days)
    assert summary.rating_change is None or -4 <= summary.rating_change <= 4
    assert len(summary.distancing) <= 3
    assert len(summary.underneath) <= 3
    assert summary.patterns
    assert summary.enough_data or summary.patterns == (Pattern.FEW_REFLECTIONS,)
    # The order entries arrive in never matters.
    shuffled = list(entries)
    rng.shuffle(shuffled)
    assert summarize(shuffled, MONDAY) == summary


# --- next steps ----------------------------------------------------------------------------


def test_steps_planned_this_week_and_taken_on_a_day_of_this_week() -> None:
    from dataclasses import replace

    planned_last_week = replace(review(-5), step_planned=True, step_taken_on=at(1))
    planned_now = replace(review(2), step_planned=True)
    taken_now_of_this_week = replace(review(3), step_planned=True, step_taken_on=at(5))
    not_taken_yet = replace(review(4), step_planned=True)
    no_step = review(4)
    summary = summarize(
        [planned_last_week, planned_now, taken_now_of_this_week, not_taken_yet, no_step], MONDAY
    )
    assert summary.steps_planned == 3
    assert summary.steps_taken == 2


def test_a_step_taken_last_week_or_next_week_does_not_count_this_week() -> None:
    from dataclasses import replace

    earlier = replace(review(-6), step_planned=True, step_taken_on=at(-2))
    later = replace(review(6), step_planned=True, step_taken_on=at(8))
    summary = summarize([earlier, later], MONDAY)
    assert (summary.steps_planned, summary.steps_taken) == (1, 0)


# --- persistent patterns -------------------------------------------------------------------


def weeks_of(*weeks: list[Entry]) -> list[Entry]:
    """Entries of consecutive weeks, the last one being MONDAY's (days are shifted)."""
    from dataclasses import replace

    out = []
    for index, week in enumerate(weeks):
        shift = timedelta(weeks=len(weeks) - 1 - index)
        out += [replace(e, local_date=e.local_date - shift) for e in week]
    return out


def pulling_away_week() -> list[Entry]:
    return [review(0, ("went_quiet",)), review(2, ("short_replies",)), review(4)]


def test_a_pattern_in_each_of_three_weeks_is_persistent() -> None:
    entries = weeks_of(pulling_away_week(), pulling_away_week(), pulling_away_week())
    assert summarize(entries, MONDAY).persistent == ("pulling_away",)


def test_two_weeks_or_a_gap_is_not_a_pattern() -> None:
    calm_week = [review(1), review(3, ("went_quiet",)), calm(5)]  # 1 of 2: not "most"
    assert summarize(weeks_of(pulling_away_week(), pulling_away_week()), MONDAY).persistent == ()
    gap = weeks_of(pulling_away_week(), calm_week, pulling_away_week())
    assert summarize(gap, MONDAY).persistent == ()


def test_noise_that_looks_like_a_trend_is_not_one() -> None:
    # Low ratings one week, fear another, pulling away the third: three bad weeks, no one
    # pattern in all three.
    low = [rating(0, 1), rating(1, 2)]
    fear = [review(2, (), ("fear_of_hurt",))]
    entries = weeks_of(low, fear, pulling_away_week())
    assert summarize(entries, MONDAY).persistent == ()
    # A single low rating a week is not "low kindness".
    assert (
        summarize(weeks_of([rating(0, 1)], [rating(0, 1)], [rating(0, 1)]), MONDAY).persistent == ()
    )


def test_low_kindness_and_fear_persisting_together() -> None:
    week = [rating(0, 2), rating(1, 2), review(2, (), ("fear_of_hurt",))]
    found = summarize(weeks_of(week, week, week), MONDAY).persistent
    assert found == ("low_kindness", "fear_of_hurt")


# --- months and years ----------------------------------------------------------------------


def test_month_of_covers_every_month_length() -> None:
    assert month_of(date(2026, 2, 14)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert month_of(date(2024, 2, 29)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert month_of(date(2026, 12, 31)) == (date(2026, 12, 1), date(2026, 12, 31))


def test_a_month_in_numbers_by_week_with_a_real_trend() -> None:
    # March 2026 starts on a Sunday: its weeks start on 1, 2, 9, 16, 23 and 30 March.
    first, last = month_of(date(2026, 3, 1))
    entries = [
        rating(day, value)  # days from Monday 9 March
        for day, value in ((-7, 2), (-6, 2), (0, 3), (1, 2), (7, 3), (8, 3), (14, 4), (15, 4))
    ]
    entries += [review(3, person="Mia"), calm(4), trait(5, "Kind", "Mia")]
    entries += [rating(-9, 5), rating(-40, 1)]  # the day before the month, and February
    summary = summarize_month(entries, first, last)
    assert len(summary.days) == 31 and summary.days[0].day == first
    assert [p.first.day for p in summary.parts] == [1, 2, 9, 16, 23, 30]
    assert [p.average for p in summary.parts] == [None, 2.0, 2.5, 3.0, 4.0, None]
    assert summary.trend == KindnessTrend((2.0, 2.5, 3.0, 4.0), 4, rising=True)
    assert (summary.friction_days, summary.calm_days, summary.reviews) == (1, 1, 1)
    assert summary.people == (PersonCount("Mia", 2, friction=1, traits=("Kind",)),)
    assert summary.ratings == 8 and summary.rating_average == 2.875


@pytest.mark.parametrize(
    "weeks",
    [
        ((3, 4), (2, 3), (4, 4), (3, 3)),  # up and down
        ((3, 3), (4, 4)),  # two rated weeks are too few
        ((1,), (2,), (3,), (4,)),  # single ratings are no averages
    ],
)
def test_a_month_without_a_real_trend_states_none(weeks: tuple[tuple[int, ...], ...]) -> None:
    first, last = month_of(date(2026, 3, 1))
    entries = [
        rating(-7 + 7 * week, value, hour=8 + day)
        for week, values in enumerate(weeks)
        for day, value in enumerate(values)
    ]
    assert summarize_month(entries, first, last).trend is None


def test_a_year_started_late_is_summarised_from_its_start_month_by_month() -> None:
    start = date(2026, 9, 14)
    entries = []
    for month, values in ((9, (2, 2)), (10, (2, 3)), (11, (3, 3)), (12, (4, 4))):
        entries += [
            Entry(SC, Kind.RATING, date(2026, month, 20 + i), time(9), rating=v)
            for i, v in enumerate(values)
        ]
    summary = summarize_year(entries, start, date(2026, 12, 5))
    assert [p.first for p in summary.parts] == [
        start,
        date(2026, 10, 1),
        date(2026, 11, 1),
        date(2026, 12, 1),
    ]
    assert [p.average for p in summary.parts] == [2.0, 2.5, 3.0, None]  # December: 20th not yet
    assert summary.trend is None  # three rated months are too few for a year's trend
    assert len(summary.days) == (date(2026, 12, 5) - start).days + 1


def test_periods_refuse_what_is_not_one_month_or_one_year() -> None:
    with pytest.raises(ValueError, match="month"):
        summarize_month([], date(2026, 3, 2), date(2026, 3, 31))
    with pytest.raises(ValueError, match="month"):
        summarize_month([], date(2026, 3, 1), date(2026, 4, 1))
    with pytest.raises(ValueError, match="year"):
        summarize_year([], date(2026, 12, 1), date(2027, 1, 1))


# --- the year's arcs -------------------------------------------------------------------------

YEAR = date(2026, 1, 1)


def _half_year(
    first: date, days: int, friction: int, themes: dict[str, int] | None = None
) -> list[Entry]:
    """`days` days written two days apart from `first`; friction (a review) on the first
    `friction` of them, each review carrying the underneath tags of `themes` while their
    counts last."""
    left = dict(themes or {})
    entries = []
    for index in range(days):
        day = first + timedelta(days=2 * index)
        entries.append(Entry(SC, Kind.ENTRY, day, time(9), text_length=30))
        if index < friction:
            tags = tuple(tag for tag, count in left.items() if count > 0)
            for tag in tags:
                left[tag] -= 1
            entries.append(Entry(CR, Kind.REVIEW, day, time(21), underneath=tags))
    return entries


def _arcs(before: list[Entry], after: list[Entry]) -> YearArcs | None:
    return summarize_year(before + after, YEAR, date(2026, 12, 31)).arcs


def test_a_year_arc_names_friction_that_came_up_less_often() -> None:
    arcs = _arcs(_half_year(date(2026, 1, 2), 40, 16), _half_year(date(2026, 7, 1), 40, 4))
    assert arcs is not None and arcs.friction is not None
    assert arcs.friction.fewer
    assert arcs.friction.days == (16, 4) and arcs.friction.reflected == (40, 40)
    assert arcs.friction.shares == (0.4, 0.1)
    assert arcs.start == date(2026, 1, 2)
    assert date(2026, 3, 21) < arcs.middle <= date(2026, 7, 1)
    # And the other way round: more often.
    arcs = _arcs(_half_year(date(2026, 1, 2), 40, 4), _half_year(date(2026, 7, 1), 40, 16))
    assert arcs is not None and arcs.friction is not None and not arcs.friction.fewer


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ((40, 10), (40, 10)),  # the same share
        ((20, 6), (20, 4)),  # 30% then 20%: under ARC_MIN_SHARE
        ((60, 7), (60, 1)),  # 12% then 2%: beyond chance over 60 days, but under ARC_MIN_SHARE
        ((15, 5), (15, 2)),  # 33% then 13%: big enough, but within the noise of 15 days
    ],
)
def test_a_year_arc_of_friction_needs_a_change_beyond_chance(
    before: tuple[int, int], after: tuple[int, int]
) -> None:
    arcs = _arcs(_half_year(date(2026, 1, 2), *before), _half_year(date(2026, 7, 1), *after))
    assert arcs is not None  # long enough for arcs
    assert arcs.friction is None


@settings(max_examples=200, deadline=None)
@given(
    days=st.integers(min_value=ARC_MIN_DAYS, max_value=60),
    share=st.floats(min_value=0.0, max_value=1.0),
    wobble=st.integers(min_value=-1, max_value=1),
)
def test_friction_that_only_wobbles_makes_no_arc(days: int, share: float, wobble: int) -> None:
    friction = round(days * share)
    other = min(max(friction + wobble, 0), days)
    arcs = _arcs(
        _half_year(date(2026, 1, 2), days, friction), _half_year(date(2026, 7, 1), days, other)
    )
    assert arcs is not None and arcs.friction is None


def test_a_year_arc_names_a_theme_that_faded_and_one_that_grew() -> None:
    before = _half_year(date(2026, 1, 2), 40, 8, {FEAR_TAG: 6, "old_hurt": 2})
    after = _half_year(date(2026, 7, 1), 40, 8, {FEAR_TAG: 1, "need_space": 7, "old_hurt": 0})
    arcs = _arcs(before, after)
    assert arcs is not None
    assert [(t.tag, t.counts, t.reviews, t.faded) for t in arcs.themes] == [
        ("need_space", (0, 7), (8, 8), False),  # the clearest change first
        (FEAR_TAG, (6, 1), (8, 8), True),
    ]
    assert all(t.group == "underneath" for t in arcs.themes)
    assert arcs.friction is None  # 8 of 40 days in both halves


def test_a_theme_arc_needs_enough_reviews_and_a_change_beyond_chance() -> None:
    # 3 of 8 then 1 of 8: a quarter apart, within the noise of eight reviews.
    arcs = _arcs(
        _half_year(date(2026, 1, 2), 40, 8, {FEAR_TAG: 3}),
        _half_year(date(2026, 7, 1), 40, 8, {FEAR_TAG: 1}),
    )
    assert arcs is not None and arcs.themes == ()
    # 2 of 8 then none: too few reviews carry it to call it anything.
    arcs = _arcs(
        _half_year(date(2026, 1, 2), 40, 8, {FEAR_TAG: 2}),
        _half_year(date(2026, 7, 1), 40, 8),
    )
    assert arcs is not None and arcs.themes == ()
    # 4 of 4 then 0 of 4: clear, but four reviews a half are too few.
    arcs = _arcs(
        _half_year(date(2026, 1, 2), 40, 4, {FEAR_TAG: 4}),
        _half_year(date(2026, 7, 1), 40, 4),
    )
    assert arcs is not None and arcs.themes == ()
    # At most ARC_THEMES are named.
    many = {tag: 8 for tag in ("a_tag", "b_tag", "c_tag")}
    arcs = _arcs(_half_year(date(2026, 1, 2), 40, 8, many), _half_year(date(2026, 7, 1), 40, 8))
    assert arcs is not None and [t.tag for t in arcs.themes] == ["a_tag", "b_tag"]
    assert ARC_THEMES == 2


def test_a_year_too_short_for_arcs_has_none() -> None:
    # Four months of writing every other day, but spanning less than ARC_MIN_SPAN days.
    short = _half_year(date(2026, 3, 1), (ARC_MIN_SPAN - 2) // 2, 20)
    assert (short[-1].local_date - short[0].local_date).days + 1 < ARC_MIN_SPAN
    assert summarize_year(short, YEAR, date(2026, 12, 31)).arcs is None
    # Long enough, but a half with fewer than ARC_MIN_DAYS days written.
    sparse = _half_year(date(2026, 1, 2), ARC_MIN_DAYS - 1, 10) + _half_year(
        date(2026, 7, 1), 40, 4
    )
    assert summarize_year(sparse, YEAR, date(2026, 12, 31)).arcs is None
    assert summarize_year([], YEAR, date(2026, 12, 31)).arcs is None
    # A month has no arcs.
    first, last = month_of(date(2026, 7, 1))
    assert summarize_month(_half_year(first, 15, 5), first, last).arcs is None
