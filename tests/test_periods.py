"""The monthly and yearly summaries' words, from hand-built entries (no database)."""

from __future__ import annotations

from datetime import date, time, timedelta

from bot.content import Content
from bot.domain.patterns import Entry, Kind, month_of, summarize_month, summarize_year
from bot.domain.tracks import Track
from bot.summary.periods import period_caption, render_period_text


def _rated(day: date, value: int) -> Entry:
    return Entry(Track.SELF_COMPASSION, Kind.RATING, day, time(9), rating=value)


def test_a_year_month_by_month_with_its_rise(content: Content) -> None:
    texts = content.texts("en")
    entries = [
        _rated(date(2026, month, day), value)
        for month, value in ((2, 2), (3, 2), (4, 3), (5, 3), (6, 4))
        for day in (3, 17)
    ]
    summary = summarize_year(entries, date(2026, 1, 1), date(2026, 6, 30))
    text = render_period_text(texts, content, "en", summary, "year", date(2025, 11, 2))
    assert "You reflected on <b>10 of 181</b> days" in text
    assert "Month by month: Feb 2.0 · Mar 2.0 · Apr 3.0 · May 3.0 · Jun 4.0" in text
    assert "Over the year, your kindness to yourself has grown: 2.0 → 2.0 → 3.0 → 3.0 → 4.0" in text
    assert "You started" not in text  # the user began the year before
    assert "kindness rated on 10 days, 2.8 on average" in period_caption(texts, summary, "year")


def test_a_month_of_ups_and_downs_claims_no_trend_and_one_rating_no_average(
    content: Content,
) -> None:
    texts = content.texts("en")
    first, last = month_of(date(2026, 3, 1))
    ups_and_downs = [
        _rated(date(2026, 3, day), value)
        for day, value in ((2, 3), (3, 4), (9, 2), (10, 3), (16, 4), (17, 4), (23, 2), (24, 3))
    ]
    text = render_period_text(
        texts, content, "en", summarize_month(ups_and_downs, first, last), "month", date(2026, 1, 5)
    )
    assert "Week by week: – · 3.5 · 2.5 · 4.0 · 2.5 · –" in text
    assert "Over the month" not in text
    once = summarize_month([_rated(date(2026, 3, 4), 2)], first, last)
    text = render_period_text(texts, content, "en", once, "month", date(2026, 3, 4))
    assert "you rated it once, <b>2</b> of 5" in text
    assert "on average" not in text
    assert "You started on 4 Mar, so this covers 28 days" in text


def test_a_first_day_is_said_as_such(content: Content) -> None:
    texts = content.texts("en")
    today = date(2026, 12, 5)
    for kind, summary in (
        ("month", summarize_month([_rated(today, 4)], date(2026, 12, 1), today)),
        ("year", summarize_year([_rated(today, 4)], date(2026, 1, 1), today)),
    ):
        text = render_period_text(texts, content, "en", summary, kind, today)
        assert "You started today" in text
        assert "1 days" not in text and "of 1" not in text


def _days_written(first: date, days: int, reviews: int, tags: tuple[str, ...] = ()) -> list[Entry]:
    """`days` days written two days apart from `first`, the first `reviews` with a review."""
    entries = []
    for index in range(days):
        day = first + timedelta(days=2 * index)
        entries.append(Entry(Track.SELF_COMPASSION, Kind.ENTRY, day, time(9), text_length=20))
        if index < reviews:
            entries.append(
                Entry(Track.CONFLICT_REVIEW, Kind.REVIEW, day, time(21), underneath=tags)
            )
    return entries


def test_a_year_names_its_arcs_with_their_numbers(content: Content) -> None:
    texts = content.texts("en")
    entries = _days_written(date(2026, 1, 2), 40, 16, ("fear_of_hurt",)) + _days_written(
        date(2026, 7, 1), 40, 6
    )
    summary = summarize_year(entries, date(2026, 1, 1), date(2026, 12, 31))
    assert summary.arcs is not None
    middle = summary.arcs.middle
    text = render_period_text(texts, content, "en", summary, "year", date(2025, 12, 1))
    month = texts.raw(f"month.{middle.month}")
    assert f"<b>How the year changed</b>, from before {middle.day} {month} to after:" in text
    assert (
        "• Friction came up less often: on 40% of the days you wrote, then 15%"
        " (16 of 40 days, then 6 of 40)."
    ) in text
    label = content.tag_label("en", "underneath", "fear_of_hurt")
    assert label and f"• “{label}” came up less: in 16 of 16 reviews, then 0 of 6." in text


def test_a_year_says_when_there_is_no_arc_or_too_little_for_one(content: Content) -> None:
    texts = content.texts("en")
    steady = _days_written(date(2026, 1, 2), 40, 8) + _days_written(date(2026, 7, 1), 40, 8)
    summary = summarize_year(steady, date(2026, 1, 1), date(2026, 12, 31))
    text = render_period_text(texts, content, "en", summary, "year", date(2025, 12, 1))
    assert "nothing changed by more than chance" in text
    assert "came up less" not in text and "came up more" not in text
    short = _days_written(date(2026, 10, 1), 30, 8)
    summary = summarize_year(short, date(2026, 1, 1), date(2026, 12, 31))
    text = render_period_text(texts, content, "en", summary, "year", date(2026, 10, 1))
    assert "shows after about 4 months of writing with 15 days or more in each half" in text
    assert "How the year changed</b>" not in text
    # A month says nothing of arcs.
    first, last = month_of(date(2026, 10, 1))
    text = render_period_text(
        texts, content, "en", summarize_month(short, first, last), "month", date(2026, 10, 1)
    )
    assert "How the year changed" not in text
