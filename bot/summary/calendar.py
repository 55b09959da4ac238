"""Calendar charts: a month as a calendar grid and a year in pixels, PNGs for a phone.

Both colour a day by its self-kindness (the average of its 1-5 ratings) on one sequential
scale, pale yellow-green (1) to deep blue (5), and light grey for a day without a rating.
Colour is never the only signal: both charts print each day's rating (rounded half up),
mark friction with a triangle and a day written on without a rating with a dot; the month
also marks calm with a circle.

Month: weeks as rows, Monday first; the figure is as tall as the month's weeks need (4-6),
so its cells stay square. Year: 12 months as rows and 31 days as columns at a fixed size;
days that do not exist (30 February) or were not passed are left blank.

Same rules as the weekly chart (`charts.py`): every word comes from a labels dataclass that
refuses text too long for the fixed layout, the object-oriented API (`Figure` +
`FigureCanvasAgg`, never pyplot) keeps renders in parallel threads apart, fonts are set
explicitly, and the PNG carries no version string, so the same days give the same bytes.
Everything is placed in pixels: one Axes covers the figure with one data unit per pixel.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PatchCollection, PathCollection, PolyCollection
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Circle, FancyBboxPatch, Patch
from matplotlib.path import Path
from matplotlib.textpath import TextToPath
from matplotlib.transforms import Affine2D, IdentityTransform

from bot.domain.patterns import DayPoint
from bot.summary.charts import DPI, WIDTH_IN

__all__ = ["MonthChartLabels", "YearChartLabels", "render_month_chart", "render_year_chart"]

Rgb = tuple[float, float, float]

WIDTH_PX = round(WIDTH_IN * DPI)  # 900, the weekly chart's width

_FAMILY = "DejaVu Sans"
_TITLE = FontProperties(family=_FAMILY, size=19, weight="bold")
_HEADER = FontProperties(family=_FAMILY, size=13, weight="bold")
_TEXT = FontProperties(family=_FAMILY, size=13)
_DAY = FontProperties(family=_FAMILY, size=12)
_RATING = FontProperties(family=_FAMILY, size=22, weight="bold")
_SMALL_RATING = FontProperties(family=_FAMILY, size=12, weight="bold")
_SWATCH = FontProperties(family=_FAMILY, size=12, weight="bold")

# The weekly chart's palette (charts.py) for ink, friction and calm.
_INK = "#374151"
_MUTED = "#6B7280"
_FRICTION = "#E07A5F"
_CALM = "#5E9C76"
_NO_RATING = "#E6E8EC"
_OUTLINE = "#D9DEE7"
# Kindness 1..5; in between is interpolated (a day's average may be 3.5). The low end is
# tinted, not grey, so a day rated 1 never looks like a day without a rating.
_SCALE: tuple[Rgb, ...] = tuple(
    to_rgb(c) for c in ("#E4F2A0", "#A9DBA5", "#5DBDB9", "#2B8CBE", "#253E8E")
)
_RATING_LOW, _RATING_HIGH = 1, 5
_WEEK_DAYS = 7
_MONTHS = 12
_MAX_DAYS = 31

# Room in pixels for text at its font (checked when labels are made, by measuring the text
# with the font, so "Mo" and "MMMMMM" are judged by their real width): a weekday name over
# a 112 px cell, a month name left of the year's rows, each side of the colour swatches,
# one legend entry (half the width). A title is made per month or year, so it is never
# refused: wider than the image's margins allow, it is drawn smaller.
_ROOM_TITLE = 840
_ROOM_WEEKDAY = 116
_ROOM_MONTH = 80
_ROOM_SCALE_END = 300
_ROOM_LEGEND = 360

# Shared layout, in pixels from the top left.
_MARGIN = 30
_TITLE_TOP = 22
_LEGEND_GAP = 28  # grid bottom to the swatch row's top
_SWATCH_PX, _SWATCH_PITCH = 40, 46
_LEGEND_ROW = 46  # swatch row to the first marker row, and between marker rows
_LEGEND_BOTTOM = 34  # last marker row's centre to the image's bottom edge
_LEGEND_HEIGHT = _LEGEND_GAP + _SWATCH_PX + 2 * _LEGEND_ROW + _LEGEND_BOTTOM

# Month layout: 7 columns of 120 px between 30 px margins, square cells.
_MONTH_PITCH = (WIDTH_PX - 2 * _MARGIN) // _WEEK_DAYS
_MONTH_CELL = _MONTH_PITCH - 8
_MONTH_GRID_LEFT = _MARGIN + (_MONTH_PITCH - _MONTH_CELL) / 2
_MONTH_HEADER_Y = 100  # weekday names' centre
_MONTH_GRID_TOP = 122

# Year layout: month names, then 31 columns of 25 px; rows taller than wide to use the
# phone's height and leave room for a number above a friction mark.
_YEAR_PITCH_X, _YEAR_CELL_X = 25, 21
_YEAR_PITCH_Y, _YEAR_CELL_Y = 62, 54
_YEAR_GRID_LEFT = WIDTH_PX - 20 - _MAX_DAYS * _YEAR_PITCH_X + (_YEAR_PITCH_X - _YEAR_CELL_X)
_YEAR_HEADER_Y = 104  # day-of-month numbers' centre
_YEAR_GRID_TOP = 124
_YEAR_HEIGHT = _YEAR_GRID_TOP + _MONTHS * _YEAR_PITCH_Y + _LEGEND_HEIGHT
_YEAR_COLUMN_TICKS = (1, 5, 10, 15, 20, 25, 31)


_TEXT_TO_PATH = TextToPath()


def _width_px(text: str, font: FontProperties) -> float:
    width, _, _ = _TEXT_TO_PATH.get_text_width_height_descent(text, font, ismath=False)
    return width * DPI / 72  # points to pixels


def _check_fits(name: str, text: str, font: FontProperties, room: int) -> None:
    if not text.strip():
        raise ValueError(f"{name} is empty")
    width = _width_px(text, font)
    if width > room:
        raise ValueError(
            f"{name}: {text!r} is {width:.0f} px wide at {font.get_size_in_points():g} pt,"
            f" more than the {room} px the layout has for it"
        )


def _check_names(
    name: str, names: tuple[str, ...], count: int, font: FontProperties, room: int
) -> None:
    if len(names) != count:
        raise ValueError(f"{name} needs {count} names, got {len(names)}")
    for text in names:
        _check_fits(name, text, font, room)


@dataclass(frozen=True, slots=True)
class MonthChartLabels:
    """Every string drawn on the month chart, from content (no prose lives in code).

    Construction refuses an empty text or one wider than the fixed layout has room for
    (measured at the chart's fonts: a weekday name 116 px, about 6 letters; `low` and
    `high` 300 px each, about 19; a legend entry 360 px, about 24), so a broken locale
    fails when content loads. The title is never refused: too wide, it is drawn smaller.
    """

    title: str  # "November 2026"
    weekday_names: tuple[str, ...]  # 7 short names, Monday first
    low: str  # "Harsh", the scale's 1 end
    high: str  # "Kind", the scale's 5 end
    friction: str  # "Friction"
    calm: str  # "Calm day"
    written: str  # "Written, no rating"
    no_rating: str  # "No rating"

    def __post_init__(self) -> None:
        # A broken locale should fail when content loads, not when a user's chart renders.
        _check_names("weekday_names", self.weekday_names, _WEEK_DAYS, _HEADER, _ROOM_WEEKDAY)
        _check_fits("low", self.low, _TEXT, _ROOM_SCALE_END)
        _check_fits("high", self.high, _TEXT, _ROOM_SCALE_END)
        for name, text in (
            ("friction", self.friction),
            ("calm", self.calm),
            ("written", self.written),
            ("no_rating", self.no_rating),
        ):
            _check_fits(name, text, _TEXT, _ROOM_LEGEND)


@dataclass(frozen=True, slots=True)
class YearChartLabels:
    """Every string drawn on the year chart, from content (no prose lives in code).

    Construction refuses an empty text or one wider than the fixed layout has room for
    (a month name 80 px, about 5 letters; `low`, `high` and legend entries as for the
    month). The title is never refused: too wide, it is drawn smaller.
    """

    title: str  # "2026 so far"
    month_names: tuple[str, ...]  # 12 short names, January first
    low: str  # "Harsh", the scale's 1 end
    high: str  # "Kind", the scale's 5 end
    friction: str  # "Friction"
    written: str  # "Written, no rating"
    no_rating: str  # "No rating"

    def __post_init__(self) -> None:
        _check_names("month_names", self.month_names, _MONTHS, _TEXT, _ROOM_MONTH)
        _check_fits("low", self.low, _TEXT, _ROOM_SCALE_END)
        _check_fits("high", self.high, _TEXT, _ROOM_SCALE_END)
        for name, text in (
            ("friction", self.friction),
            ("written", self.written),
            ("no_rating", self.no_rating),
        ):
            _check_fits(name, text, _TEXT, _ROOM_LEGEND)


def render_month_chart(days: Sequence[DayPoint], *, labels: MonthChartLabels) -> bytes:
    """Render one calendar month as PNG bytes, 900 px wide and 4-6 weeks of rows tall.

    `days` are days of one month in order, normally all of them; a day of the month that is
    missing (a month so far) is drawn as an outline with its number only.
    """
    first = _month_of(days)
    length = _month_length(first)
    by_day = {point.day.day: point for point in days}
    lead = first.weekday()  # empty cells before the 1st
    rows = -(-(lead + length) // _WEEK_DAYS)
    grid_bottom = _MONTH_GRID_TOP + rows * _MONTH_PITCH
    height = grid_bottom + _LEGEND_HEIGHT
    figure, ax = _canvas(height)
    try:
        _title(ax, labels.title)
        for column, name in enumerate(labels.weekday_names):
            ax.text(
                _MONTH_GRID_LEFT + column * _MONTH_PITCH + _MONTH_CELL / 2,
                _MONTH_HEADER_Y,
                name,
                ha="center",
                va="center",
                color=_MUTED,
                fontproperties=_HEADER,
                parse_math=False,
            )
        boxes: list[Patch] = []
        outlines: list[Patch] = []
        friction: list[tuple[float, float]] = []
        calm: list[tuple[float, float]] = []
        dots: list[tuple[float, float]] = []
        for number in range(1, length + 1):
            row, column = divmod(lead + number - 1, _WEEK_DAYS)
            left = _MONTH_GRID_LEFT + column * _MONTH_PITCH
            top = _MONTH_GRID_TOP + row * _MONTH_PITCH
            cell = _round_box(left, top, _MONTH_CELL, _MONTH_CELL, 12)
            point = by_day.get(number)
            if point is None:
                outlines.append(cell)
                ax.text(
                    left + 10,
                    top + 8,
                    str(number),
                    ha="left",
                    va="top",
                    color=_MUTED,
                    fontproperties=_DAY,
                )
                continue
            fill = _fill(point)
            cell.set_facecolor(fill)
            boxes.append(cell)
            ink = _ink_on(fill)
            ax.text(
                left + 10, top + 8, str(number), ha="left", va="top", color=ink, fontproperties=_DAY
            )
            centre_x, centre_y = left + _MONTH_CELL / 2, top + _MONTH_CELL * 0.6
            if point.rating_average is not None:
                ax.text(
                    centre_x,
                    centre_y,
                    _rounded(point.rating_average),
                    ha="center",
                    va="center",
                    color=ink,
                    fontproperties=_RATING,
                )
            elif point.reflected:
                dots.append((centre_x, centre_y))
            # Top right corner: the triangle outermost, a calm circle left of it.
            marker_x = left + _MONTH_CELL - 22
            if point.had_friction:
                friction.append((marker_x, top + 22))
                marker_x -= 30
            if point.calm:
                calm.append((marker_x, top + 22))
        _add_boxes(ax, boxes, outlines)
        _triangles(ax, friction, 13)
        _circles(ax, calm, 11, _CALM)
        _circles(ax, dots, 8, _INK, edge=None)
        entries = [
            ("friction", labels.friction),
            ("calm", labels.calm),
            ("written", labels.written),
            ("no_rating", labels.no_rating),
        ]
        _legend(ax, grid_bottom, labels.low, labels.high, entries, big=True)
        return _png(figure)
    finally:
        # Break the figure's reference cycles now rather than at the next GC pass.
        figure.clear()


def render_year_chart(days: Sequence[DayPoint], *, labels: YearChartLabels) -> bytes:
    """Render one year in pixels as PNG bytes, 900 px wide at a fixed height.

    `days` are days of one year in order (the year so far, or all of a past year); days
    of that year not passed are left blank, like days that do not exist.
    """
    year = _year_of(days)
    by_date = {point.day: point for point in days}
    figure, ax = _canvas(_YEAR_HEIGHT)
    try:
        _title(ax, labels.title)
        for day in _YEAR_COLUMN_TICKS:
            ax.text(
                _year_left(day) + _YEAR_CELL_X / 2,
                _YEAR_HEADER_Y,
                str(day),
                ha="center",
                va="center",
                color=_MUTED,
                fontproperties=_DAY,
            )
        boxes: list[Patch] = []
        friction: list[tuple[float, float]] = []
        dots: list[tuple[float, float]] = []
        ratings: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for month in range(1, _MONTHS + 1):
            top = _YEAR_GRID_TOP + (month - 1) * _YEAR_PITCH_Y
            ax.text(
                _YEAR_GRID_LEFT - 10,
                top + _YEAR_CELL_Y / 2,
                labels.month_names[month - 1],
                ha="right",
                va="center",
                color=_INK,
                fontproperties=_TEXT,
                parse_math=False,
            )
            for number in range(1, _month_length(date(year, month, 1)) + 1):
                point = by_date.get(date(year, month, number))
                if point is None:
                    continue
                left = _year_left(number)
                fill = _fill(point)
                box = _round_box(left, top, _YEAR_CELL_X, _YEAR_CELL_Y, 4)
                box.set_facecolor(fill)
                boxes.append(box)
                centre_x = left + _YEAR_CELL_X / 2
                if point.rating_average is not None:
                    key = (_rounded(point.rating_average), _ink_on(fill))
                    ratings.setdefault(key, []).append((centre_x, top + 15))
                elif point.reflected:
                    dots.append((centre_x, top + 15))
                if point.had_friction:
                    friction.append((centre_x, top + _YEAR_CELL_Y - 14))
        _add_boxes(ax, boxes, [])
        for (text, ink), centres in ratings.items():
            _glyphs(ax, text, centres, ink, _SMALL_RATING)
        _triangles(ax, friction, 8.5)
        _circles(ax, dots, 4.5, _INK, edge=None)
        grid_bottom = _YEAR_GRID_TOP + _MONTHS * _YEAR_PITCH_Y
        entries = [
            ("friction", labels.friction),
            ("written", labels.written),
            ("no_rating", labels.no_rating),
        ]
        _legend(ax, grid_bottom, labels.low, labels.high, entries, big=False)
        return _png(figure)
    finally:
        figure.clear()


def _glyphs(
    ax: Axes, text: str, centres: list[tuple[float, float]], ink: str, font: FontProperties
) -> None:
    """The same short text centred on many points, as one collection of its outline: a
    year has up to 366 numbers, and one Text each costs most of the picture's time."""
    vertices, codes = _TEXT_TO_PATH.get_text_path(font, text)
    outline = Path(vertices, codes)
    box = outline.get_extents()
    # Centred on the point; points to pixels, y up as on the screen (the axes' y grows down).
    place = (
        Affine2D()
        .translate(-(box.x0 + box.x1) / 2, -(box.y0 + box.y1) / 2)
        .scale(font.get_size_in_points() / _TEXT_TO_PATH.FONT_SCALE * DPI / 72)
    )
    ax.add_collection(
        PathCollection(
            [place.transform_path(outline)],
            offsets=centres,
            offset_transform=ax.transData,
            transform=IdentityTransform(),
            facecolors=ink,
            edgecolors="none",
        )
    )


def _month_of(days: Sequence[DayPoint]) -> date:
    if not days:
        raise ValueError("a month chart needs at least one day")
    first = days[0].day.replace(day=1)
    _check_order(days, lambda day: day.replace(day=1) == first, "month")
    return first


def _year_of(days: Sequence[DayPoint]) -> int:
    if not days:
        raise ValueError("a year chart needs at least one day")
    year = days[0].day.year
    _check_order(days, lambda day: day.year == year, "year")
    return year


def _check_order(days: Sequence[DayPoint], same: Callable[[date], bool], period: str) -> None:
    for before, after in pairwise(days):
        if after.day <= before.day:
            raise ValueError(f"days must be in order, each once: {after.day} after {before.day}")
    for point in days:
        if not same(point.day):
            raise ValueError(f"{point.day} is not in the {period} of {days[0].day}")


def _month_length(first: date) -> int:
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return (following - first).days


def _year_left(day: int) -> float:
    return _YEAR_GRID_LEFT + (day - 1) * _YEAR_PITCH_X


def _canvas(height: int) -> tuple[Figure, Axes]:
    figure = Figure(figsize=(WIDTH_IN, height / DPI), dpi=DPI, facecolor="white")
    FigureCanvasAgg(figure)
    # One data unit per pixel, y growing downwards like the layout constants.
    ax = figure.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_xlim(0, WIDTH_PX)
    ax.set_ylim(height, 0)
    ax.set_axis_off()
    return figure, ax


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    # No "Software" text chunk: the matplotlib version would change the bytes. zlib level
    # 3 as in the weekly chart (Telegram re-encodes photos anyway).
    figure.savefig(
        buffer, format="png", dpi=DPI, metadata={"Software": None}, pil_kwargs={"compress_level": 3}
    )
    return buffer.getvalue()


def _title(ax: Axes, title: str) -> None:
    font = _TITLE
    width = _width_px(title, _TITLE)
    if width > _ROOM_TITLE:
        # Shrink a wide title to fit between the margins.
        font = _TITLE.copy()
        font.set_size(_TITLE.get_size_in_points() * _ROOM_TITLE / width)
    ax.text(
        WIDTH_PX / 2,
        _TITLE_TOP,
        title,
        ha="center",
        va="top",
        color="black",
        fontproperties=font,
        parse_math=False,
    )


def _kindness_colour(value: float) -> Rgb:
    """The scale's colour for a kindness average (clamped to 1-5)."""
    position = min(max(value, _RATING_LOW), _RATING_HIGH) - _RATING_LOW
    index = min(int(position), len(_SCALE) - 2)
    share = position - index
    low, high = _SCALE[index], _SCALE[index + 1]
    return (
        low[0] + (high[0] - low[0]) * share,
        low[1] + (high[1] - low[1]) * share,
        low[2] + (high[2] - low[2]) * share,
    )


def _fill(point: DayPoint) -> Rgb | str:
    return _NO_RATING if point.rating_average is None else _kindness_colour(point.rating_average)


def _ink_on(fill: Rgb | str) -> str:
    red, green, blue = to_rgb(fill)
    # Perceived lightness (Rec. 601 weights): white text on the dark end of the scale.
    return "white" if 0.299 * red + 0.587 * green + 0.114 * blue < 0.55 else _INK


def _rounded(value: float) -> str:
    # Half up (a 3.5 average shows as 4), not Python's round-half-even.
    return str(int(value + 0.5))


def _round_box(left: float, top: float, width: float, height: float, radius: float) -> Patch:
    return FancyBboxPatch(
        (left, top), width, height, boxstyle=f"round,pad=0,rounding_size={radius}"
    )


def _add_boxes(ax: Axes, filled: list[Patch], outlined: list[Patch]) -> None:
    if filled:
        ax.add_collection(PatchCollection(filled, match_original=True, edgecolor="none"))
    if outlined:
        ax.add_collection(
            PatchCollection(outlined, facecolor="white", edgecolor=_OUTLINE, linewidth=1.5)
        )


def _triangles(ax: Axes, centres: list[tuple[float, float]], size: float) -> None:
    """Upward triangles `2 * size` wide, white-edged so they show on any cell colour."""
    if not centres:
        return
    rise = size * 0.9
    shapes = [
        [(x - size, y + rise * 0.8), (x + size, y + rise * 0.8), (x, y - rise * 1.2)]
        for x, y in centres
    ]
    ax.add_collection(
        PolyCollection(shapes, facecolor=_FRICTION, edgecolor="white", linewidth=1.2, zorder=3)
    )


def _circles(
    ax: Axes,
    centres: list[tuple[float, float]],
    radius: float,
    colour: str,
    *,
    edge: str | None = "white",
) -> None:
    if not centres:
        return
    discs = [Circle(centre, radius) for centre in centres]
    ax.add_collection(
        PatchCollection(discs, facecolor=colour, edgecolor=edge or "none", linewidth=1.2, zorder=3)
    )


def _legend(
    ax: Axes,
    grid_bottom: float,
    low: str,
    high: str,
    entries: list[tuple[str, str]],
    *,
    big: bool,
) -> None:
    """The colour scale (low, swatches 1-5, high) centred, then entries two to a row."""
    top = grid_bottom + _LEGEND_GAP
    left = WIDTH_PX / 2 - (5 * _SWATCH_PITCH - (_SWATCH_PITCH - _SWATCH_PX)) / 2
    swatches: list[Patch] = []
    for rating in range(_RATING_LOW, _RATING_HIGH + 1):
        x = left + (rating - 1) * _SWATCH_PITCH
        fill = _kindness_colour(rating)
        box = _round_box(x, top, _SWATCH_PX, _SWATCH_PX, 6)
        box.set_facecolor(fill)
        swatches.append(box)
        ax.text(
            x + _SWATCH_PX / 2,
            top + _SWATCH_PX / 2,
            str(rating),
            ha="center",
            va="center",
            color=_ink_on(fill),
            fontproperties=_SWATCH,
        )
    _add_boxes(ax, swatches, [])
    middle = top + _SWATCH_PX / 2
    right = left + 4 * _SWATCH_PITCH + _SWATCH_PX
    ax.text(
        left - 12,
        middle,
        low,
        ha="right",
        va="center",
        color=_INK,
        fontproperties=_TEXT,
        parse_math=False,
    )
    ax.text(
        right + 12,
        middle,
        high,
        ha="left",
        va="center",
        color=_INK,
        fontproperties=_TEXT,
        parse_math=False,
    )

    friction: list[tuple[float, float]] = []
    calm: list[tuple[float, float]] = []
    dots: list[tuple[float, float]] = []
    greys: list[Patch] = []
    for index, (kind, text) in enumerate(entries):
        row, column = divmod(index, 2)
        y = top + _SWATCH_PX + _LEGEND_ROW * (row + 1) - 6
        x = 56 + column * 424
        if kind == "friction":
            friction.append((x, y))
        elif kind == "calm":
            calm.append((x, y))
        elif kind == "written":
            greys.append(_round_box(x - 15, y - 15, 30, 30, 5))
            dots.append((x, y))
        else:
            greys.append(_round_box(x - 15, y - 15, 30, 30, 5))
        ax.text(
            x + 28,
            y,
            text,
            ha="left",
            va="center",
            color=_INK,
            fontproperties=_TEXT,
            parse_math=False,
        )
    for box in greys:
        box.set_facecolor(_NO_RATING)
    _add_boxes(ax, greys, [])
    _triangles(ax, friction, 13 if big else 10)
    _circles(ax, calm, 11, _CALM)
    _circles(ax, dots, 8 if big else 5, _INK, edge=None)
