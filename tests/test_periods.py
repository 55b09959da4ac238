"""The monthly and yearly summaries' words, from hand-built entries (no database)."""

from __future__ import annotations

from datetime import date, time

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
