"""The one-page summary a user may choose to show a therapist: a PDF made on request.

It holds the last eight weeks as counts and the tags the user chose (how often they pulled
away and how, what was underneath, kindness to themselves by week, next steps planned and
taken, patterns that persisted), never their words and never anyone's name. Drawn with
matplotlib's PDF backend on a `Figure` (no pyplot), like the weekly chart.
"""

from __future__ import annotations

import io
import textwrap
from collections import Counter
from collections.abc import Sequence
from datetime import date

from matplotlib.backends.backend_pdf import FigureCanvasPdf
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties

from bot.content import Content, Texts
from bot.domain import patterns
from bot.domain.patterns import Entry, Kind

A4_IN = (8.27, 11.69)
_FAMILY = "DejaVu Sans"
_TITLE = FontProperties(family=_FAMILY, size=18, weight="bold")
_HEAD = FontProperties(family=_FAMILY, size=12, weight="bold")
_TEXT = FontProperties(family=_FAMILY, size=10.5)
_SMALL = FontProperties(family=_FAMILY, size=8.5)
TOP = 3
# Characters per line at 10.5 pt across A4 between the margins.
WRAP = 80


def _plain(texts: Texts, key: str, **params: object) -> str:
    # A PDF is not HTML: the values go in as they are.
    return texts.template(key).format(**params)


def _top(texts: Texts, content: Content, locale: str, group: str, ids: Counter[str]) -> str | None:
    shown = [
        f"{content.tag_label(locale, group, tag) or tag.replace('_', ' ')} ×{count}"
        for tag, count in sorted(ids.items(), key=lambda item: (-item[1], item[0]))[:TOP]
    ]
    return ", ".join(shown) if shown else None


def lines_for(
    texts: Texts, content: Content, locale: str, entries: Sequence[Entry], monday: date
) -> list[tuple[str, str]]:
    """The page's lines, as (style, text): "head" or "text"."""
    summary = patterns.summarize(entries, monday)
    first = summary.weeks[0].monday
    last = summary.week_end
    window = [e for e in entries if first <= e.local_date <= last]
    reviews = [e for e in window if e.kind == Kind.REVIEW]
    pulled = sum(1 for e in reviews if e.distancing)
    lines: list[tuple[str, str]] = [
        (
            "text",
            _plain(
                texts,
                "onepage.period",
                first=f"{texts.day(first)} {first.year}",
                last=f"{texts.day(last)} {last.year}",
            ),
        ),
        ("text", _plain(texts, "onepage.days", days=sum(w.days_reflected for w in summary.weeks))),
        ("head", texts.raw("onepage.friction_head")),
        ("text", _plain(texts, "onepage.reviews", reviews=len(reviews), pulled=pulled)),
    ]
    ways = _top(
        texts, content, locale, "distancing", Counter(t for e in reviews for t in e.distancing)
    )
    if ways:
        lines.append(("text", _plain(texts, "onepage.ways", tags=ways)))
    under = _top(
        texts, content, locale, "underneath", Counter(t for e in reviews for t in e.underneath)
    )
    if under:
        lines.append(("text", _plain(texts, "onepage.underneath", tags=under)))
    lines.append(("head", texts.raw("onepage.kindness_head")))
    by_week = [
        f"{texts.day(w.monday)}: {texts.number(w.rating_average)}"
        if w.rating_average is not None
        else None
        for w in summary.weeks
    ]
    rated = [b for b in by_week if b is not None]
    lines.append(
        (
            "text",
            _plain(texts, "onepage.kindness", weeks="; ".join(rated))
            if rated
            else texts.raw("onepage.no_ratings"),
        )
    )
    traits = Counter(e.trait for e in window if e.trait)
    lines.append(("head", texts.raw("onepage.valued_head")))
    lines.append(("text", _plain(texts, "onepage.traits", count=sum(traits.values()))))
    planned = sum(1 for e in window if e.step_planned)
    taken = sum(
        1 for e in window if e.step_taken_on is not None and first <= e.step_taken_on <= last
    )
    lines.append(("text", _plain(texts, "onepage.steps", planned=planned, taken=taken)))
    if summary.persistent:
        names = ", ".join(texts.raw(f"onepage.pattern_{p}") for p in summary.persistent)
        lines.append(("head", texts.raw("onepage.persistent_head")))
        lines.append(("text", _plain(texts, "onepage.persistent", patterns=names)))
    return lines


def render_pdf(
    texts: Texts, content: Content, locale: str, entries: Sequence[Entry], monday: date
) -> bytes:
    """The page as PDF bytes."""
    figure = Figure(figsize=A4_IN, facecolor="white")
    FigureCanvasPdf(figure)
    y = 0.95
    figure.text(0.08, y, texts.raw("onepage.title"), fontproperties=_TITLE, va="top")
    y -= 0.045
    for style, text in lines_for(texts, content, locale, entries, monday):
        if style == "head":
            y -= 0.015
        font = _HEAD if style == "head" else _TEXT
        for part in textwrap.wrap(str(text), WRAP) or [""]:
            figure.text(0.08, y, part, fontproperties=font, va="top")
            y -= 0.026
    figure.text(0.08, 0.05, texts.raw("onepage.footer"), fontproperties=_SMALL, va="bottom")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="pdf", metadata={"Title": texts.raw("onepage.title")})
    return buffer.getvalue()
