"""The weekly summary as the user sees it: words from content and a chart, for one week."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from babel.numbers import get_decimal_symbol
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.content import Content, Html, Texts
from bot.db.models import Delivery, Person, Reflection, User, rating_in
from bot.db.sealing import sealed_columns
from bot.domain import followup, patterns
from bot.domain.patterns import Change, Entry, Kind, PersonCount, TagCount, WeekSummary
from bot.domain.states import ReflectionKind
from bot.domain.tracks import Track
from bot.summary.charts import ChartLabels, render_week_chart


@dataclass(frozen=True)
class RenderedSummary:
    """What is sent: the chart (PNG), its one-line caption, and the text."""

    text: Html
    chart: bytes
    caption: str


def week_for_delivery(local_date: date) -> date:
    """The Monday of the week an automatic summary on `local_date` is about.

    Sent late in the week (Thursday to Sunday) it covers that week; sent early (Monday to
    Wednesday) it covers the week just ended, which a Monday summary would otherwise miss.
    """
    monday, _ = patterns.week_of(local_date)
    return monday if local_date.weekday() >= 3 else monday - timedelta(days=7)


async def first_week(session: AsyncSession, user: User) -> date:
    """The Monday of the user's first week: the week they joined, or of their first reflection
    if that came earlier (weeks before it have nothing to show)."""
    monday, _ = patterns.week_of(await first_day(session, user))
    return monday


async def first_day(session: AsyncSession, user: User) -> date:
    """The user's first local day: the day they joined, or of their first reflection if that
    came earlier."""
    zone = ZoneInfo(user.timezone or "UTC")
    days = [
        moment.astimezone(zone).date()
        for moment in (user.created_at, user.onboarded_at)
        if moment is not None
    ]
    first_reflection = await session.scalar(
        select(func.min(Reflection.local_date)).where(Reflection.user_id == user.id)
    )
    if first_reflection is not None:
        days.append(first_reflection)
    return min(days)


async def load_entries(session: AsyncSession, user: User, monday: date) -> list[Entry]:
    """The user's reflections in the analysis window, as the pure analysis's Entries."""
    return await load_range(session, user, *patterns.window(monday))


# The sealed columns a range reads, opened here for the user (see bot.db.sealing).
_SEALED = sealed_columns(Reflection)


def _opened(column: str, stored: str | None, owner: int) -> Any:
    return None if stored is None else _SEALED[column].open(stored, owner)


async def load_range(session: AsyncSession, user: User, first: date, last: date) -> list[Entry]:
    """The user's reflections of the local days first..last, as the analysis's Entries."""
    found = await session.execute(
        select(
            Reflection.track,
            Reflection.kind,
            Reflection.local_date,
            Reflection.created_at,
            Reflection.person_id,
            Reflection.delivery_id,
            Reflection.text,
            Reflection.data,
            Reflection.meta,
        ).where(
            Reflection.user_id == user.id,
            Reflection.local_date >= first,
            Reflection.local_date <= last,
            # A /talk draft is a message to someone, not a reflection of the day.
            Reflection.kind != ReflectionKind.DRAFT,
        )
    )
    rows = list(found)
    people = {
        p.id: p.name for p in await session.scalars(select(Person).where(Person.user_id == user.id))
    }
    zone = ZoneInfo(user.timezone or "UTC")
    # When each review's check-in was sent (patterns: the part of the day it names must
    # not be only when the check-in comes).
    checked_in = sorted(
        {r.delivery_id for r in rows if r.kind == Kind.REVIEW and r.delivery_id is not None}
    )
    sent: dict[int, datetime | None] = {}
    if checked_in:
        times = await session.execute(
            select(Delivery.id, Delivery.sent_at).where(
                Delivery.user_id == user.id, Delivery.id.in_(checked_in)
            )
        )
        sent = {delivery_id: sent_at for delivery_id, sent_at in times}
    # Columns, not rows: a year is about a thousand reflections, and loading them as
    # objects cost more than the analysis (bench/bench_journal.py, the year).
    entries = []
    for row in rows:
        data = _opened("data", row.data, user.id) or {}
        entries.append(
            Entry(
                track=Track(row.track) if row.track else None,
                kind=Kind(row.kind),
                local_date=row.local_date,
                local_time=patterns.local_clock_time(row.created_at, zone),
                rating=rating_in(_opened("meta", row.meta, user.id)),
                person=people.get(row.person_id) if row.person_id else None,
                trait=data.get("trait"),
                distancing=tuple(data.get("distancing", ())),
                underneath=tuple(data.get("underneath", ())),
                felt=tuple(data.get("felt", ())),
                text_length=len(_opened("text", row.text, user.id) or ""),
                prompted_at=_clock(sent.get(row.delivery_id) if row.delivery_id else None, zone),
                step_planned=row.kind == Kind.REVIEW and bool(followup.planned_steps(data)),
                step_taken_on=_taken_on(data),
            )
        )
    return entries


def _clock(moment: datetime | None, zone: ZoneInfo) -> time | None:
    return None if moment is None else patterns.local_clock_time(moment, zone)


def _taken_on(data: dict[str, Any]) -> date | None:
    """The local date the user said they took the review's next step, if they did."""
    if data.get("follow_up") != followup.Outcome.DID_IT:
        return None
    try:
        return date.fromisoformat(str(data.get("follow_up_on")))
    except ValueError:
        return None


def _date(texts: Texts, day: date) -> str:
    return texts.day(day)


def _tags(
    texts: Texts,
    content: Content,
    locale: str,
    group: str,
    tags: tuple[TagCount, ...],
    month_reviews: int,
) -> Html:
    shown = []
    for tag in tags:
        label = content.tag_label(locale, group, tag.tag) or tag.tag
        if tag.change is Change.NEW:
            shown.append(texts("summary.tag_new", label=label, count=tag.count))
        elif tag.month > tag.count:
            # Came up in the weeks before too: how often this month says more than "new".
            shown.append(
                texts(
                    "summary.tag_month",
                    label=label,
                    count=tag.count,
                    month=tag.month,
                    reviews=month_reviews,
                    weeks=patterns.MONTH_WEEKS,
                )
            )
        else:
            shown.append(texts("summary.tag_count", label=label, count=tag.count))
    return Html(", ".join(shown))


def _kindness(texts: Texts, summary: WeekSummary) -> list[Html]:
    """This week's kindness to oneself (a single rating is never called an average), and
    the trend over weeks when there is one (patterns._kindness_trend)."""
    week = summary.this_week
    if week.rating_average is None:
        return []
    average = texts.number(week.rating_average)
    change = summary.rating_change
    previous = summary.previous_week.rating_average
    if week.ratings == 1:
        lines = [texts("summary.kindness_once", rating=texts.number(week.rating_average, 0))]
    elif change is None or previous is None:
        lines = [texts("summary.kindness", average=average)]
    elif abs(change) < 0.05:
        lines = [texts("summary.kindness_same", average=average)]
    else:
        key = "summary.kindness_up" if change > 0 else "summary.kindness_down"
        lines = [texts(key, average=average, previous=texts.number(previous))]
    trend = summary.kindness_trend
    if trend is not None:
        key = "summary.trend_up" if trend.rising else "summary.trend_down"
        values = " → ".join(texts.number(value) for value in trend.averages)
        lines.append(texts(key, weeks=trend.weeks, values=values))
    return lines


def people_line(texts: Texts, people: Sequence[PersonCount]) -> Html:
    """Each person, with the friction with them and what was noticed in them."""
    shown = []
    for person in people:
        details = []
        if person.friction:
            details.append(texts("summary.person_friction", count=person.friction))
        if person.traits:
            details.append(texts("summary.person_traits", traits=", ".join(person.traits)))
        if details:
            shown.append(
                texts("summary.person", name=person.name, details=Html("; ".join(details)))
            )
        else:
            shown.append(texts("summary.person_alone", name=person.name))
    return Html(", ".join(shown))


def render_text(
    texts: Texts, content: Content, locale: str, summary: WeekSummary, seed: int
) -> Html:
    """The summary's words: counts, comparisons and one suggestion; plain about too little."""
    week = summary.this_week
    lines = [
        texts(
            "summary.title",
            start=_date(texts, summary.week_start),
            end=_date(texts, summary.week_end),
        )
    ]
    steps = (
        [texts("summary.steps", planned=summary.steps_planned, taken=summary.steps_taken)]
        if summary.steps_planned or summary.steps_taken
        else []
    )
    if week.days_reflected == 0:
        return Html("\n\n".join([*lines, texts.raw("summary.nothing"), *steps]))
    if not summary.enough_data:
        lines.append(texts("summary.too_little", days=week.days_reflected))
    else:
        if summary.comparable:
            lines.append(
                texts(
                    "summary.days",
                    days=week.days_reflected,
                    previous=summary.previous_week.days_reflected,
                )
            )
        else:
            lines.append(texts("summary.days_alone", days=week.days_reflected))
        counts = week.reflections
        lines.append(
            texts(
                "summary.tracks",
                sc=counts.self_compassion,
                vt=counts.valued_traits,
                cr=counts.conflict_review,
            )
        )
        lines.extend(_kindness(texts, summary))
        lines.append(texts("summary.friction", calm=week.calm_days, friction=week.friction_days))
        timing = summary.friction_timing
        if timing is not None and timing.weekday is not None:
            lines.append(texts("summary.timing_weekday", weekday=_long_day(texts, timing.weekday)))
        if timing is not None and timing.part_of_day is not None:
            part = texts.raw(f"summary.part_{timing.part_of_day.value}")
            lines.append(texts("summary.timing_part", part=part))
        for key, group, tags in (
            ("summary.feelings", "feeling", summary.feelings),
            ("summary.distancing", "distancing", summary.distancing),
            ("summary.underneath", "underneath", summary.underneath),
        ):
            if tags:
                lines.append(
                    texts(
                        key, tags=_tags(texts, content, locale, group, tags, summary.month_reviews)
                    )
                )
        if summary.traits:
            # Each name escaped once: Html joins Html, never a string escaped again.
            traits = Html(
                ", ".join(
                    texts(
                        "summary.trait_recurring" if t.recurring else "summary.trait", name=t.name
                    )
                    for t in summary.traits
                )
            )
            lines.append(texts("summary.traits", traits=traits))
        if summary.people:
            lines.append(texts("summary.people", people=people_line(texts, summary.people)))
    # Facts the user gave, not a pattern: said even in a week with little else.
    lines.extend(steps)
    if summary.persistent:
        names = ", ".join(texts.raw(f"summary.pattern_{p}") for p in summary.persistent)
        lines.append(texts("summary.persistent", patterns=names))
    options = content.suggestions(locale, summary.suggestion.value)
    lines.append(texts("summary.suggestion", text=options[seed % len(options)].text))
    return Html("\n\n".join(lines))


def _long_day(texts: Texts, weekday: int) -> str:
    return texts.raw(f"weekdays.{weekday}")


def chart_labels(texts: Texts, summary: WeekSummary) -> ChartLabels:
    """Every string on the chart, from content."""
    return ChartLabels(
        title=str(
            texts(
                "chart.title",
                start=_date(texts, summary.week_start),
                end=_date(texts, summary.week_end),
            )
        ),
        daily_title=texts.raw("chart.daily_title"),
        trend_title=texts.raw("chart.trend_title"),
        weekday_names=tuple(texts.raw(f"weekday.{d}") for d in range(7)),
        month_names=tuple(texts.raw(f"month.{m}") for m in range(1, 13)),
        week_date=texts.template("chart.week_date"),
        rating_axis=texts.raw("chart.rating_axis"),
        rating_legend=texts.raw("chart.rating_legend"),
        average_legend=texts.raw("chart.average_legend"),
        friction_legend=texts.raw("chart.friction_legend"),
        friction_days_legend=texts.raw("chart.friction_days_legend"),
        calm_legend=texts.raw("chart.calm_legend"),
        no_ratings=texts.raw("chart.no_ratings"),
        no_history=texts.raw("chart.no_history"),
        single_rating_legend=texts.raw("chart.single_rating_legend"),
        values_days_legend=texts.raw("chart.values_days_legend"),
        days_axis=texts.raw("chart.days_axis"),
        decimal_mark=get_decimal_symbol(texts.locale),
    )


def caption(texts: Texts, summary: WeekSummary) -> str:
    """A one-line text alternative to the chart, true to what it draws: the trend's average
    is over the weeks with two ratings or more (the line), a week with one rating is named
    with that rating (the hollow points), and the days noticing values are counted."""

    def rating(value: float) -> str:
        # As on the chart: "4", or "3.5" for a day's or a week's average of several.
        return texts.number(value, 0 if value == round(value) else 1)

    rated = [
        f"{texts.raw(f'weekday.{p.day.weekday()}')} {rating(p.rating_average)}"
        for p in summary.days
        if p.rating_average is not None
    ]
    parts = [
        texts("summary.alt_days", values=", ".join(rated))
        if rated
        else texts.raw("summary.alt_no_ratings")
    ]
    friction = [texts.raw(f"weekday.{p.day.weekday()}") for p in summary.days if p.had_friction]
    if friction:
        parts.append(texts("summary.alt_friction", days=", ".join(friction)))
    averages = [
        w.rating_average for w in summary.weeks if w.ratings > 1 and w.rating_average is not None
    ]
    if averages:
        parts.append(
            texts("summary.alt_trend", average=texts.number(sum(averages) / len(averages)))
        )
    singles = [
        texts(
            "summary.alt_single_week", rating=rating(w.rating_average), day=_date(texts, w.monday)
        )
        for w in summary.weeks
        if w.ratings == 1 and w.rating_average is not None
    ]
    if singles:
        parts.append(texts("summary.alt_single", weeks=Html(", ".join(singles))))
    values = sum(w.values_days for w in summary.weeks)
    if values:
        parts.append(texts("summary.alt_values", days=values))
    # Each part is escaped once already: joined as Html, never escaped again.
    return str(texts("summary.caption", alt=Html("; ".join(parts))))


async def render(
    content: Content, locale: str, user_id: int, monday: date, entries: list[Entry]
) -> RenderedSummary:
    """Analyse and render one week from its loaded entries (no database needed)."""
    texts = content.texts(locale)
    summary = patterns.summarize(entries, monday)
    seed = user_id + monday.toordinal()
    labels = chart_labels(texts, summary)
    chart = await asyncio.to_thread(render_week_chart, summary, labels=labels)
    return RenderedSummary(
        text=render_text(texts, content, locale, summary, seed),
        chart=chart,
        caption=caption(texts, summary),
    )
