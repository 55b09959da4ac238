"""The monthly and yearly summaries as the user sees them: words from content for a month or a
year (the numbers and their rules are in bot/domain/patterns.py: summarize_month and
summarize_year)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import date

from bot.content import Content, Html, Texts
from bot.domain import patterns
from bot.domain.patterns import ARC_MIN_DAYS, ARC_MIN_SPAN, Entry, PeriodSummary, Theme
from bot.summary.calendar import (
    MonthChartLabels,
    YearChartLabels,
    render_month_chart,
    render_year_chart,
)
from bot.summary.weekly import RenderedSummary, people_line

# A year's summary names at most this many people (the most written about).
YEAR_PEOPLE = 5


def month_title(texts: Texts, first: date) -> str:
    return str(
        texts("calendar.month", month=texts.raw(f"month_long.{first.month}"), year=first.year)
    )


def _themes(
    texts: Texts, content: Content, locale: str, group: str, themes: tuple[Theme, ...]
) -> Html:
    return Html(
        ", ".join(
            texts(
                "summary.tag_count",
                label=content.tag_label(locale, group, theme.tag) or theme.tag,
                count=theme.count,
            )
            for theme in themes
        )
    )


def _kindness(texts: Texts, summary: PeriodSummary, kind: str) -> list[Html]:
    """The period's kindness to oneself, part by part, and its trend when there is one."""
    if summary.rating_average is None:
        if summary.ratings == 1:
            rating = next(d.rating_average for d in summary.days if d.rating_average is not None)
            return [texts("period.kindness_once", rating=texts.number(rating, 0))]
        return []
    lines = [
        texts(
            "period.kindness",
            average=texts.number(summary.rating_average),
            ratings=summary.ratings,
        )
    ]
    averaged = [part for part in summary.parts if part.average is not None]
    if len(averaged) >= 2:
        if kind == "month":
            shown = " · ".join(
                "–" if part.average is None else texts.number(part.average)
                for part in summary.parts
            )
        else:
            shown = " · ".join(
                f"{texts.raw(f'month.{part.first.month}')} {texts.number(part.average)}"
                for part in averaged
                if part.average is not None
            )
        lines.append(texts(f"period.{kind}_parts", values=shown))
    if summary.trend is not None:
        key = f"period.trend_up_{kind}" if summary.trend.rising else f"period.trend_down_{kind}"
        values = " → ".join(texts.number(value) for value in summary.trend.averages)
        lines.append(texts(key, values=values))
    return lines


def _percent(share: float) -> str:
    return f"{round(share * 100)}"


def _arcs(texts: Texts, content: Content, locale: str, summary: PeriodSummary) -> list[Html]:
    """The year's arcs: what changed between the first and the second half of its writing."""
    arcs = summary.arcs
    if arcs is None:
        return [texts("period.arcs_short", months=ARC_MIN_SPAN // 30, days=ARC_MIN_DAYS)]
    day = texts.day(arcs.middle)
    if arcs.friction is None and not arcs.themes:
        return [texts("period.arcs_none", day=day)]
    lines = [texts("period.arcs", day=day)]
    if arcs.friction is not None:
        before, after = arcs.friction.shares
        lines.append(
            texts(
                "period.arc_friction_fewer" if arcs.friction.fewer else "period.arc_friction_more",
                before=_percent(before),
                after=_percent(after),
                days_before=arcs.friction.days[0],
                reflected_before=arcs.friction.reflected[0],
                days_after=arcs.friction.days[1],
                reflected_after=arcs.friction.reflected[1],
            )
        )
    for theme in arcs.themes:
        lines.append(
            texts(
                "period.arc_theme_faded" if theme.faded else "period.arc_theme_grew",
                label=content.tag_label(locale, theme.group, theme.tag) or theme.tag,
                before=theme.counts[0],
                reviews_before=theme.reviews[0],
                after=theme.counts[1],
                reviews_after=theme.reviews[1],
            )
        )
    return [Html("\n".join(lines))]


def render_period_text(
    texts: Texts, content: Content, locale: str, summary: PeriodSummary, kind: str, since: date
) -> Html:
    """The words of a month's (`kind` "month") or a year's ("year") summary; `since` is the
    day the user started, said plainly when the period began before it."""
    if kind == "month":
        lines = [texts("period.month_title", month=month_title(texts, summary.first))]
    else:
        lines = [texts("period.year_title", year=summary.first.year)]
    # Days before the user started are not days they missed.
    total = (summary.last - max(summary.first, since)).days + 1
    if since == summary.last and since > summary.first:
        lines.append(texts("period.started_today"))
    elif summary.first < since <= summary.last:
        lines.append(
            texts(
                "period.started",
                day=texts.day(since),
                days=total,
            )
        )
    if summary.days_reflected == 0:
        lines.append(texts(f"period.nothing_{kind}"))
        return Html("\n\n".join(lines))
    if total > 1:
        lines.append(texts("period.days", days=summary.days_reflected, total=total))
    lines.extend(_kindness(texts, summary, kind))
    lines.append(texts("summary.friction", calm=summary.calm_days, friction=summary.friction_days))
    if kind == "year":
        lines.extend(_arcs(texts, content, locale, summary))
    for key, group, themes in (
        ("summary.feelings", "feeling", summary.feelings),
        ("summary.distancing", "distancing", summary.distancing),
        ("summary.underneath", "underneath", summary.underneath),
    ):
        if themes:
            lines.append(texts(key, tags=_themes(texts, content, locale, group, themes)))
    if summary.reviews:
        lines.append(texts("period.reviews", reviews=summary.reviews))
    if summary.traits_noticed:
        lines.append(texts("period.traits", count=summary.traits_noticed))
    people = summary.people if kind == "month" else summary.people[:YEAR_PEOPLE]
    if people:
        lines.append(texts("summary.people", people=people_line(texts, people)))
    if summary.steps_planned or summary.steps_taken:
        lines.append(
            texts("period.steps", planned=summary.steps_planned, taken=summary.steps_taken)
        )
    return Html("\n\n".join(lines))


def period_caption(texts: Texts, summary: PeriodSummary, kind: str) -> str:
    """A short text alternative to the calendar picture."""
    rated = [d for d in summary.days if d.rating_average is not None]
    parts = [
        texts(
            "period.alt_rated",
            days=len(rated),
            average=texts.number(summary.rating_average) if summary.rating_average else "–",
        )
        if rated
        else texts.raw("period.alt_no_ratings")
    ]
    friction = [d.day for d in summary.days if d.had_friction]
    if friction and kind == "month":
        parts.append(
            texts("period.alt_friction_days", days=", ".join(str(d.day) for d in friction))
        )
    elif friction:
        parts.append(texts("period.alt_friction_count", count=len(friction)))
    calm = sum(1 for d in summary.days if d.calm)
    if calm:
        parts.append(texts("period.alt_calm", count=calm))
    return str(texts(f"period.caption_{kind}", alt="; ".join(map(str, parts))))


def month_labels(texts: Texts, first: date) -> MonthChartLabels:
    """Every string on the month's calendar, from content."""
    return MonthChartLabels(
        title=month_title(texts, first),
        weekday_names=tuple(texts.raw(f"weekday.{d}") for d in range(7)),
        low=texts.raw("calendar.low"),
        high=texts.raw("calendar.high"),
        friction=texts.raw("calendar.friction"),
        calm=texts.raw("calendar.calm"),
        written=texts.raw("calendar.written"),
        no_rating=texts.raw("calendar.no_rating"),
    )


def year_labels(texts: Texts, first: date, so_far: bool) -> YearChartLabels:
    """Every string on the year's picture, from content."""
    return YearChartLabels(
        title=str(texts("calendar.year_so_far" if so_far else "calendar.year", year=first.year)),
        month_names=tuple(texts.raw(f"month.{m}") for m in range(1, 13)),
        low=texts.raw("calendar.low"),
        high=texts.raw("calendar.high"),
        friction=texts.raw("calendar.friction"),
        written=texts.raw("calendar.written"),
        no_rating=texts.raw("calendar.no_rating"),
    )


async def render(
    content: Content,
    locale: str,
    kind: str,
    entries: Sequence[Entry],
    first: date,
    last: date,
    since: date,
) -> RenderedSummary:
    """Analyse and render a month ("month": its first day to `last`) or a year ("year": 1
    January to `last`) from its loaded entries (no database needed); `since` is the day the
    user started."""
    texts = content.texts(locale)
    if kind == "month":
        summary = patterns.summarize_month(entries, first, last)
        chart = await asyncio.to_thread(
            render_month_chart, summary.days, labels=month_labels(texts, summary.first)
        )
    else:
        summary = patterns.summarize_year(entries, first, last)
        so_far = last < date(last.year, 12, 31)
        chart = await asyncio.to_thread(
            render_year_chart, summary.days, labels=year_labels(texts, first, so_far)
        )
    return RenderedSummary(
        text=render_period_text(texts, content, locale, summary, kind, since),
        chart=chart,
        caption=period_caption(texts, summary, kind),
    )
