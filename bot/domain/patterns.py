"""Weekly patterns: what one local week of reflections shows, as numbers and ids, never prose.

How the weekly summary is put together (the caller's side)::

    monday, _ = week_of(any_local_date_in_the_week)
    first, last = window(monday)             # load reflections with first <= local_date <= last
    entries = [
        Entry(
            track=Track(row.track) if row.track else None,
            kind=Kind(row.kind),
            local_date=row.local_date,
            local_time=local_clock_time(row.created_at, ZoneInfo(user.timezone)),
            rating=row.rating,
            person=person_name_or_none,
            trait=row.data.get("trait"),
            distancing=tuple(row.data.get("distancing", ())),
            underneath=tuple(row.data.get("underneath", ())),
            text_length=len(decrypted_text or ""),
        )
        for row in rows  # every status: a review left halfway still marks a friction day
    ]
    summary = summarize(entries, monday)
    # words: content keyed by summary.suggestion, plus the counts and tag ids in summary
    # picture: bot.summary.charts.render_week_chart(summary, labels=...)

`this_week.days_reflected == 0` means nothing at all was written: the caller may rather send
nothing than a summary of an empty week.

Everything is keyed by the user's *local* date (`Entry.local_date`, as stored), so a week is
Monday..Sunday on the user's calendar whatever the UTC instants were: a DST change or a move
to another zone changes nothing about which day an entry belongs to, and a day with several
entries (from one zone or two) counts once.

Thresholds, and why (all are module constants, named below):

* `enough_data`: at least `MIN_DAYS` (2) days reflected this week. One day is an anecdote,
  not a pattern: with less, the text should say so plainly and `suggestion` is
  `few_reflections`; nothing else is claimed.
* `comparable`: both this and the previous week have `MIN_DAYS` days reflected; only then
  may the text say "more than last week".
* `rating_change`: needs `MIN_RATINGS` (2) ratings in each of the two weeks, so that a
  single tap does not make a trend.
* `rating_change` and single ratings: a week with one rating has no average; the text
  says "you rated it once" with the number.
* `kindness_trend` (see `_kindness_trend`): over the window, the weeks with at least
  `MIN_RATINGS` ratings, this week among them and `TREND_MIN_WEEKS` (4) in all; the
  least-squares line through their averages must change by at least `TREND_MIN_CHANGE`
  (0.5 of a point) from the first to this week, and by more than `TREND_NOISE` (2) times
  the averages' standard deviation around that line. Weeks that go up and down by chance
  stay under it; the text then gives the averages themselves ("2.0 → 2.6 → 3.0 → 3.5").
* `friction_timing`: only with `TIMING_MIN_REVIEWS` (4) or more reviews in the last
  `TIMING_WEEKS` (4) weeks; a weekday is named only if it is the single most frequent one
  and holds at least 2 reviews and a third of them. Below that "tends to" would be
  invented. The weekday is the review's local date (the day of the friction). The part of
  the day is when the review was *written*, which mostly follows the check-in: a review
  written in the part of the day its check-in was sent in (`Entry.prompted_at`) only says
  when the check-in comes, so the part of the day is read from the other reviews alone: at
  least `TIMING_MIN_REVIEWS` of them, the single most frequent part holding half of them.
  Word it as "you tend to look back on friction in the night", never "friction happens
  then". After a move to another zone, `local_clock_time` with the current zone shifts
  older entries' times (their dates are stored and stay right).
* Top tags: the `TOP_TAGS` (3) most tagged feelings, distancing signs and underneath
  reasons, counted in reviews (a tag counts once per review), ties broken by tag id. A tag
  is `Change.NEW` only if no review in the weeks before it in the window (seven weeks)
  carried it: a theme back after a week's gap is not new. `TagCount.month` counts it over
  the last `MONTH_WEEKS` (4) weeks, out of `month_reviews` reviews ("4 of 6 reviews in 4
  weeks"), so the month's most persistent theme reads as such.
* People: each person of the week with the reviews of friction with them this week and up
  to `PERSON_TRAITS` (3) traits noticed in them within the window, most often first, then
  the most recent, as the user first wrote each.
* Next steps: `steps_planned` counts this week's reviews that planned a step
  (`Entry.step_planned`); `steps_taken` counts the steps the user said they took ("I did it"
  on the follow-up question) on a day of this week (`Entry.step_taken_on`), whichever week
  the review was in (within the window). Counts only, no threshold: each is a fact the user
  gave.
* Persistent patterns (`persistent`): a pattern that shows in each of the last
  `PERSIST_WEEKS` (3) weeks, this one included, is named, and the summary points gently to a
  therapist or counsellor (/therapist). A week shows `pulling_away` when it has at least
  `REPEATED` (2) reviews and the user pulled away in more than half of them;
  `low_kindness` with at least `MIN_RATINGS` (2) ratings averaging at most `LOW_KINDNESS`
  (2.5); `fear_of_hurt` when `FEAR_TAG` was underneath at least one review. One bad week, or
  two, is not a pattern: noise like that never fires it.
* Suggestion rules: see `summarize`; the first rule that matches wins.

Months and years (`summarize_month`, `summarize_year`):

* Every day is a point; kindness is averaged per part (the month's weeks, the year's months)
  only from `MIN_RATINGS` ratings, and a trend over the parts is stated by the rule of
  `_real_change`, over at least `PERIOD_TREND_PARTS` rated parts.
* The year's arcs (`YearArcs`, see `_year_arcs`): what changed between the first and the
  second half of the user's writing that year (split at the middle day between their first
  and last day written). Only when that span is at least `ARC_MIN_SPAN` (120) days and
  each half has `ARC_MIN_DAYS` (15) days reflected; otherwise `arcs` is None and the text
  says the arcs need more time.
  - Friction: the share of reflected days with friction, half against half, must differ by
    at least `ARC_MIN_SHARE` (0.15) and by more than `TREND_NOISE` (2) standard errors of
    the difference of two proportions (the pooled share p: sqrt(p(1-p)(1/n1 + 1/n2))),
    so shares that wander by chance make no arc.
  - Themes (feelings, distancing signs, underneath reasons): each half needs
    `ARC_MIN_REVIEWS` (5) reviews; a tag's share of the half's reviews must differ by at
    least `ARC_THEME_SHARE` (0.25) and by more than `TREND_NOISE` standard errors, and it
    must be in at least `ARC_THEME_MIN` (3) reviews of the half where it was more common.
    At most `ARC_THEMES` (2) are named, the clearest first (largest difference in standard
    errors, then tag id).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import TypeVar

from bot.domain.tracks import Track

__all__ = [
    "ARC_MIN_DAYS",
    "ARC_MIN_REVIEWS",
    "ARC_MIN_SHARE",
    "ARC_MIN_SPAN",
    "ARC_THEMES",
    "ARC_THEME_MIN",
    "ARC_THEME_SHARE",
    "CALM_WEEK_DAYS",
    "FEAR_TAG",
    "HIGH_FRICTION_DAYS",
    "LOW_KINDNESS",
    "MANY_TRAITS",
    "MIN_DAYS",
    "MIN_RATINGS",
    "MONTH_WEEKS",
    "PERIOD_TREND_PARTS",
    "PERSON_TRAITS",
    "REPEATED",
    "SHORT_REPLIES_TAG",
    "TIMING_MIN_REVIEWS",
    "TIMING_WEEKS",
    "TOP_TAGS",
    "TREND_MIN_CHANGE",
    "TREND_MIN_WEEKS",
    "TREND_NOISE",
    "TRUST_TAGS",
    "WENT_QUIET_TAG",
    "Change",
    "DayPoint",
    "Entry",
    "FrictionArc",
    "FrictionTiming",
    "Kind",
    "KindnessTrend",
    "PartAverage",
    "PartOfDay",
    "Pattern",
    "PeriodSummary",
    "PersonCount",
    "TagCount",
    "Theme",
    "ThemeArc",
    "TrackCounts",
    "TraitNote",
    "WeekStats",
    "WeekSummary",
    "YearArcs",
    "local_clock_time",
    "month_of",
    "part_of_day",
    "summarize",
    "summarize_month",
    "summarize_year",
    "week_of",
    "window",
]

MIN_DAYS = 2
MIN_RATINGS = 2
TIMING_WEEKS = 4
TIMING_MIN_REVIEWS = 4
TOP_TAGS = 3
# A sign or reason tagged in this many reviews in one week is a pattern, not a one-off.
REPEATED = 2
# Average self-kindness at or below this (with at least MIN_RATINGS ratings) is a hard week:
# below the middle of the 1-5 scale.
LOW_KINDNESS = 2.5
HIGH_FRICTION_DAYS = 3
CALM_WEEK_DAYS = 3
MANY_TRAITS = 4
PERSIST_WEEKS = 3
TREND_MIN_WEEKS = 4
TREND_MIN_CHANGE = 0.5
TREND_NOISE = 2.0
MONTH_WEEKS = 4
PERSON_TRAITS = 3
ARC_MIN_SPAN = 120
ARC_MIN_DAYS = 15
ARC_MIN_SHARE = 0.15
ARC_MIN_REVIEWS = 5
ARC_THEME_SHARE = 0.25
ARC_THEME_MIN = 3
ARC_THEMES = 2
TRUST_TAGS = frozenset({"hard_to_trust", "doubt_myself"})
FEAR_TAG = "fear_of_hurt"
SHORT_REPLIES_TAG = "short_replies"
WENT_QUIET_TAG = "went_quiet"

_WEEK = 7
_T = TypeVar("_T")
_RATING_RANGE = range(1, 6)


class Kind(StrEnum):
    """What a reflection row is (`Reflection.kind`)."""

    ENTRY = "entry"
    RATING = "rating"
    REVIEW = "review"
    CALM = "calm"
    NOTE = "note"


class PartOfDay(StrEnum):
    """A part of the local day: morning 05-12, afternoon 12-17, evening 17-22, night 22-05."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    NIGHT = "night"


class Pattern(StrEnum):
    """The pattern keys of content/<locale>/suggestions.toml."""

    SHORT_REPLIES = "short_replies"
    WENT_QUIET = "went_quiet"
    LOW_SELF_KINDNESS = "low_self_kindness"
    HIGH_FRICTION = "high_friction"
    CALM_WEEK = "calm_week"
    TRUST_THEME = "trust_theme"
    FEAR_OF_HURT = "fear_of_hurt"
    FEW_REFLECTIONS = "few_reflections"
    MANY_TRAITS = "many_traits"
    DEFAULT = "default"


class Change(StrEnum):
    """How a tag's count this week compares with the previous week's."""

    NEW = "new"  # not tagged at all in the weeks before (the whole analysis window)
    MORE = "more"
    SAME = "same"
    FEWER = "fewer"  # includes "not at all this week" (count 0) for the dropped tuples


@dataclass(frozen=True, slots=True)
class Entry:
    """One reflection row reduced to what the analysis needs (no words, only a length)."""

    track: Track | None
    kind: Kind
    local_date: date
    # The creation instant in the user's zone (see local_clock_time): when friction was noted.
    local_time: time
    rating: int | None = None
    person: str | None = None
    trait: str | None = None
    distancing: tuple[str, ...] = ()
    underneath: tuple[str, ...] = ()
    # A review's feelings (tag ids of the "feeling" group).
    felt: tuple[str, ...] = ()
    text_length: int = 0
    # When the check-in a review answered was sent (local clock time), if known: a review
    # written soon after it says when the check-in comes, not when friction is looked at.
    prompted_at: time | None = None
    # A review that planned a next step; the local date the user said they took it, if so.
    step_planned: bool = False
    step_taken_on: date | None = None

    def __post_init__(self) -> None:
        # The database constrains these too; failing here points at a wrong conversion.
        if self.rating is not None and self.rating not in _RATING_RANGE:
            raise ValueError(f"rating must be 1..5 or None, got {self.rating}")
        if self.text_length < 0:
            raise ValueError(f"text_length must be >= 0, got {self.text_length}")


@dataclass(frozen=True, slots=True)
class TrackCounts:
    """Reflections per track in one week (every row counts: entries, ratings, reviews, calm)."""

    self_compassion: int = 0
    valued_traits: int = 0
    conflict_review: int = 0
    notes: int = 0

    @property
    def total(self) -> int:
        """All reflections, notes included."""
        return self.self_compassion + self.valued_traits + self.conflict_review + self.notes

    def of(self, track: Track) -> int:
        """The count for one track."""
        return int(getattr(self, track.value))


@dataclass(frozen=True, slots=True)
class WeekStats:
    """One local week (Monday..Sunday) in numbers; also a point of the eight-week trend."""

    monday: date
    reflections: TrackCounts
    days_reflected: int
    ratings: int
    rating_average: float | None
    # Days with at least one conflict review.
    friction_days: int
    # Days answered "calm" and without a review.
    calm_days: int
    reviews: int
    # Replies with words (not just a tap).
    written: int
    # Days with at least one reflection in the values track (noticing what you value in
    # someone): days, like friction_days, so both fit the chart's 0-7 axis.
    values_days: int = 0


@dataclass(frozen=True, slots=True)
class DayPoint:
    """One day of the summarised week, for the chart."""

    day: date
    rating_average: float | None
    reflected: bool
    had_friction: bool
    # Answered "calm" and no review that day (a review wins over an earlier "calm").
    calm: bool


@dataclass(frozen=True, slots=True)
class TagCount:
    """A tag id, how many reviews carried it this week and last week, and the change."""

    tag: str
    count: int
    previous: int
    change: Change
    # Reviews that carried it in the last MONTH_WEEKS weeks, this one included.
    month: int = 0


@dataclass(frozen=True, slots=True)
class TraitNote:
    """A trait noticed this week; `recurring` if it was noticed in an earlier week too."""

    name: str
    count: int
    recurring: bool


@dataclass(frozen=True, slots=True)
class PersonCount:
    """Someone the user reflected about this week, and in how many reflections."""

    name: str
    count: int
    # Reviews of friction with them this week.
    friction: int = 0
    # Traits the user noticed in them within the window, most often first (then most
    # recent), at most PERSON_TRAITS, as the user first wrote each.
    traits: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class KindnessTrend:
    """A change in kindness to oneself over weeks that is bigger than its own noise.

    `averages`: the weekly averages of the weeks with at least MIN_RATINGS ratings, oldest
    first, this week last; `weeks`: how many weeks they span (first to this one)."""

    averages: tuple[float, ...]
    weeks: int
    rising: bool


@dataclass(frozen=True, slots=True)
class FrictionTiming:
    """When reviews tend to happen over the last TIMING_WEEKS weeks (None = no clear peak)."""

    reviews: int
    weekday: int | None  # 0 = Monday, as date.weekday()
    weekday_reviews: int
    part_of_day: PartOfDay | None
    part_of_day_reviews: int


@dataclass(frozen=True, slots=True)
class WeekSummary:
    """Everything the weekly text and chart need, as numbers and ids."""

    week_start: date
    week_end: date
    # At least MIN_DAYS days reflected this week; otherwise say so and claim no pattern.
    enough_data: bool
    # Both this and the previous week have enough data to compare.
    comparable: bool
    # The trend: the last `history_weeks` weeks, oldest first; the last one is this week.
    weeks: tuple[WeekStats, ...]
    # This week, Monday first, always 7 items.
    days: tuple[DayPoint, ...]
    # This week's average minus last week's; None without MIN_RATINGS ratings in each week.
    rating_change: float | None
    # Top TOP_TAGS tags this week, most frequent first.
    distancing: tuple[TagCount, ...]
    underneath: tuple[TagCount, ...]
    # Last week's top tags that did not come up at all this week (count 0).
    distancing_dropped: tuple[TagCount, ...]
    underneath_dropped: tuple[TagCount, ...]
    # Most noticed first; names as the user wrote them (first spelling this week).
    traits: tuple[TraitNote, ...]
    # Reflections this week that named a trait.
    traits_noticed: int
    people: tuple[PersonCount, ...]
    # None until TIMING_MIN_REVIEWS reviews in the last TIMING_WEEKS weeks.
    friction_timing: FrictionTiming | None
    # Every pattern that matched, strongest first; (DEFAULT,) when none did. Never empty.
    patterns: tuple[Pattern, ...]
    # Reviews this week that planned a next step; steps taken ("I did it") this week.
    steps_planned: int = 0
    steps_taken: int = 0
    # Patterns that showed in each of the last PERSIST_WEEKS weeks (see the module docstring).
    persistent: tuple[str, ...] = ()
    # Top TOP_TAGS feelings named in this week's reviews.
    feelings: tuple[TagCount, ...] = ()
    # Reviews in the last MONTH_WEEKS weeks (what TagCount.month counts out of).
    month_reviews: int = 0
    # None unless the rule in _kindness_trend holds.
    kindness_trend: KindnessTrend | None = None

    @property
    def this_week(self) -> WeekStats:
        """The summarised week."""
        return self.weeks[-1]

    @property
    def previous_week(self) -> WeekStats:
        """The week before it."""
        return self.weeks[-2]

    @property
    def suggestion(self) -> Pattern:
        """The strongest pattern: pick a suggestion with this key."""
        return self.patterns[0]

    @property
    def new_traits(self) -> tuple[TraitNote, ...]:
        """Traits first noticed this week."""
        return tuple(trait for trait in self.traits if not trait.recurring)

    @property
    def recurring_traits(self) -> tuple[TraitNote, ...]:
        """Traits noticed this week and in an earlier week."""
        return tuple(trait for trait in self.traits if trait.recurring)


def week_of(day: date) -> tuple[date, date]:
    """Return the Monday and the Sunday of the week that contains `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=_WEEK - 1)


def window(week_start: date, history_weeks: int = 8) -> tuple[date, date]:
    """Return the first and last local dates `summarize` looks at: load entries in between."""
    _check(week_start, history_weeks)
    return week_start - timedelta(weeks=history_weeks - 1), week_start + timedelta(days=_WEEK - 1)


def local_clock_time(created_at: datetime, zone: tzinfo) -> time:
    """Return the wall-clock time of an aware instant in the user's zone (for Entry)."""
    if created_at.tzinfo is None:
        raise ValueError("created_at must be timezone-aware")
    return created_at.astimezone(zone).time()


def part_of_day(at: time) -> PartOfDay:
    """Return the part of the day a local time falls in."""
    if 5 <= at.hour < 12:
        return PartOfDay.MORNING
    if 12 <= at.hour < 17:
        return PartOfDay.AFTERNOON
    if 17 <= at.hour < 22:
        return PartOfDay.EVENING
    return PartOfDay.NIGHT


def summarize(entries: Sequence[Entry], week_start: date, *, history_weeks: int = 8) -> WeekSummary:
    """Summarise the local week starting on Monday `week_start` against the weeks before it.

    Entries outside `window(week_start, history_weeks)` are ignored, so passing more is
    harmless; the order of `entries` does not matter. Suggestion rules, first match wins:

    1. fewer than MIN_DAYS days reflected             -> few_reflections (and nothing else)
    2. >= REPEATED reviews with hard_to_trust or doubt_myself -> trust_theme
    3. >= REPEATED reviews with fear_of_hurt           -> fear_of_hurt
    4. >= MIN_RATINGS ratings averaging <= LOW_KINDNESS -> low_self_kindness
    5. >= HIGH_FRICTION_DAYS friction days              -> high_friction
    6. >= REPEATED reviews with short_replies          -> short_replies
    7. >= REPEATED reviews with went_quiet             -> went_quiet
    8. >= MANY_TRAITS traits noticed                   -> many_traits
    9. >= CALM_WEEK_DAYS calm days and no friction day -> calm_week
    10. otherwise                                      -> default

    The order puts first what points towards support (trust, fear: their suggestions
    mention a counsellor) and being hard on oneself, then behaviour, then good news.
    """
    _check(week_start, history_weeks)
    first, last = window(week_start, history_weeks)
    weekly: list[list[Entry]] = [[] for _ in range(history_weeks)]
    for entry in entries:
        if first <= entry.local_date <= last:
            weekly[(entry.local_date - first).days // _WEEK].append(entry)
    monday_of = [first + timedelta(weeks=index) for index in range(history_weeks)]
    weeks = tuple(_week_stats(monday, week) for monday, week in zip(monday_of, weekly, strict=True))
    this, previous = weeks[-1], weeks[-2]
    current, before = weekly[-1], weekly[-2]
    reviews = [e for e in current if e.kind == Kind.REVIEW]
    previous_reviews = [e for e in before if e.kind == Kind.REVIEW]

    earlier_reviews = [e for week in weekly[:-1] for e in week if e.kind == Kind.REVIEW]
    month_reviews = [e for week in weekly[-MONTH_WEEKS:] for e in week if e.kind == Kind.REVIEW]

    def tags(of: Callable[[Entry], tuple[str, ...]]) -> _Tags:
        return _Tags(
            _tag_counts(map(of, reviews)),
            _tag_counts(map(of, previous_reviews)),
            _tag_counts(map(of, earlier_reviews)),
            _tag_counts(map(of, month_reviews)),
        )

    distancing = tags(lambda e: e.distancing)
    underneath = tags(lambda e: e.underneath)
    traits, traits_noticed = _traits(current, [e for week in weekly[:-1] for e in week])

    enough = this.days_reflected >= MIN_DAYS
    facts = _Facts(
        enough_data=enough,
        trust_reviews=sum(1 for e in reviews if TRUST_TAGS.intersection(e.underneath)),
        fear_reviews=underneath.week[FEAR_TAG],
        short_replies=distancing.week[SHORT_REPLIES_TAG],
        went_quiet=distancing.week[WENT_QUIET_TAG],
        week=this,
        traits_noticed=traits_noticed,
    )
    return WeekSummary(
        week_start=week_start,
        week_end=last,
        enough_data=enough,
        comparable=enough and previous.days_reflected >= MIN_DAYS,
        weeks=weeks,
        days=_days(week_start, current),
        rating_change=(
            this.rating_average - previous.rating_average
            if this.rating_average is not None
            and previous.rating_average is not None
            and this.ratings >= MIN_RATINGS
            and previous.ratings >= MIN_RATINGS
            else None
        ),
        distancing=distancing.top(),
        underneath=underneath.top(),
        distancing_dropped=_dropped(distancing.week, distancing.previous),
        underneath_dropped=_dropped(underneath.week, underneath.previous),
        traits=traits,
        traits_noticed=traits_noticed,
        people=_people(current, [e for week in weekly for e in week]),
        friction_timing=_friction_timing(
            [e for week in weekly[-TIMING_WEEKS:] for e in week if e.kind == Kind.REVIEW]
        ),
        patterns=_patterns(facts),
        persistent=_persistent(weekly[-PERSIST_WEEKS:]),
        steps_planned=sum(1 for e in reviews if e.step_planned),
        steps_taken=sum(
            1
            for week in weekly
            for e in week
            if e.step_taken_on is not None and week_start <= e.step_taken_on <= last
        ),
        feelings=tags(lambda e: e.felt).top(),
        month_reviews=len(month_reviews),
        kindness_trend=_kindness_trend(weeks),
    )


# --- helpers -----------------------------------------------------------------------------


PERSISTENT_PATTERNS = ("pulling_away", "low_kindness", "fear_of_hurt")


def week_patterns(week: Sequence[Entry]) -> set[str]:
    """Which of PERSISTENT_PATTERNS one week shows (the rules are in the module docstring)."""
    found: set[str] = set()
    reviews = [e for e in week if e.kind == Kind.REVIEW]
    pulled = sum(1 for e in reviews if e.distancing)
    if len(reviews) >= REPEATED and pulled * 2 > len(reviews):
        found.add("pulling_away")
    ratings = [r for r in map(_self_kindness, week) if r is not None]
    average = _average(ratings)
    if len(ratings) >= MIN_RATINGS and average is not None and average <= LOW_KINDNESS:
        found.add("low_kindness")
    if any(FEAR_TAG in e.underneath for e in reviews):
        found.add("fear_of_hurt")
    return found


def _persistent(weeks: Sequence[Sequence[Entry]]) -> tuple[str, ...]:
    shown = [week_patterns(week) for week in weeks]
    common = set.intersection(*shown) if len(shown) == PERSIST_WEEKS else set()
    return tuple(p for p in PERSISTENT_PATTERNS if p in common)


def _check(week_start: date, history_weeks: int) -> None:
    # A week_start that is not a Monday is almost surely a caller's off-by-one; fail loudly.
    if week_start.weekday() != 0:
        raise ValueError(f"week_start must be a Monday, got {week_start:%A} {week_start}")
    # The friction timing looks back TIMING_WEEKS weeks, so the window must cover them.
    if history_weeks < TIMING_WEEKS:
        raise ValueError(f"history_weeks must be >= {TIMING_WEEKS}, got {history_weeks}")


def _average(ratings: Sequence[int]) -> float | None:
    return sum(ratings) / len(ratings) if ratings else None


def _self_kindness(entry: Entry) -> int | None:
    # Only the self-compassion track's 1-5 scale is "how kind were you to yourself".
    return entry.rating if entry.track == Track.SELF_COMPASSION else None


def _week_stats(monday: date, week: Sequence[Entry]) -> WeekStats:
    per_track: Counter[Track | None] = Counter(e.track for e in week)
    ratings = [r for r in map(_self_kindness, week) if r is not None]
    friction = {e.local_date for e in week if e.kind == Kind.REVIEW}
    calm = {e.local_date for e in week if e.kind == Kind.CALM} - friction
    return WeekStats(
        monday=monday,
        reflections=TrackCounts(
            self_compassion=per_track[Track.SELF_COMPASSION],
            valued_traits=per_track[Track.VALUED_TRAITS],
            conflict_review=per_track[Track.CONFLICT_REVIEW],
            notes=per_track[None],
        ),
        days_reflected=len({e.local_date for e in week}),
        ratings=len(ratings),
        rating_average=_average(ratings),
        friction_days=len(friction),
        calm_days=len(calm),
        reviews=sum(1 for e in week if e.kind == Kind.REVIEW),
        written=sum(1 for e in week if e.text_length > 0),
        values_days=len({e.local_date for e in week if e.track == Track.VALUED_TRAITS}),
    )


def _days(first: date, entries: Sequence[Entry], count: int = _WEEK) -> tuple[DayPoint, ...]:
    """One point per day from `first`, `count` days (entries must fall within them)."""
    by_day: list[list[Entry]] = [[] for _ in range(count)]
    for entry in entries:
        by_day[(entry.local_date - first).days].append(entry)
    points = []
    for offset, day in enumerate(by_day):
        ratings = [r for r in map(_self_kindness, day) if r is not None]
        friction = any(e.kind == Kind.REVIEW for e in day)
        points.append(
            DayPoint(
                day=first + timedelta(days=offset),
                rating_average=_average(ratings),
                reflected=bool(day),
                had_friction=friction,
                calm=not friction and any(e.kind == Kind.CALM for e in day),
            )
        )
    return tuple(points)


def _tag_counts(tag_lists: Iterable[tuple[str, ...]]) -> Counter[str]:
    # set(): a tag counts once per review, even if a list repeats it.
    return Counter(tag for tags in tag_lists for tag in set(tags))


def _change(count: int, previous: int, earlier: int) -> Change:
    # New only when it never came up in the weeks before: back after a week without it is
    # not new ("new" once meant "not last week" and called the month's commonest theme new).
    if earlier == 0:
        return Change.NEW
    if count > previous:
        return Change.MORE
    return Change.SAME if count == previous else Change.FEWER


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    # Ties by tag id, so the result never depends on the order entries arrived in.
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP_TAGS]


@dataclass(frozen=True, slots=True)
class _Tags:
    """One tag group's counts: this week, the week before, every week before this one (in
    the window), and the last MONTH_WEEKS weeks."""

    week: Counter[str]
    previous: Counter[str]
    earlier: Counter[str]
    month: Counter[str]

    def top(self) -> tuple[TagCount, ...]:
        return tuple(
            TagCount(
                tag,
                count,
                self.previous[tag],
                _change(count, self.previous[tag], self.earlier[tag]),
                self.month[tag],
            )
            for tag, count in _ranked(self.week)
        )


def _dropped(counts: Counter[str], previous: Counter[str]) -> tuple[TagCount, ...]:
    return tuple(
        TagCount(tag, 0, count, Change.FEWER)
        for tag, count in _ranked(previous)
        if counts[tag] == 0
    )


def _trait_key(name: str) -> str:
    # "Reliable", "reliable " and "RELIABLE" are one trait; typed traits vary in case.
    return " ".join(name.split()).casefold()


def _traits(
    current: Sequence[Entry], earlier: Sequence[Entry]
) -> tuple[tuple[TraitNote, ...], int]:
    seen_before = {_trait_key(e.trait) for e in earlier if e.trait and e.trait.strip()}
    noticed = sorted(
        (e for e in current if e.trait and e.trait.strip()),
        key=lambda e: (e.local_date, e.local_time, e.trait or ""),
    )
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for entry in noticed:
        key = _trait_key(entry.trait or "")
        counts[key] += 1
        spelling.setdefault(key, " ".join((entry.trait or "").split()))
    notes = tuple(
        TraitNote(spelling[key], count, key in seen_before)
        for key, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )
    return notes, len(noticed)


def _people(current: Sequence[Entry], window_entries: Sequence[Entry]) -> tuple[PersonCount, ...]:
    counts = Counter(e.person for e in current if e.person)
    friction = Counter(e.person for e in current if e.person and e.kind == Kind.REVIEW)
    return tuple(
        PersonCount(name, count, friction[name], _person_traits(name, window_entries))
        for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )


def _person_traits(name: str, entries: Sequence[Entry]) -> tuple[str, ...]:
    """What the user noticed in one person, most often first, then most recently."""
    noticed = sorted(
        (e for e in entries if e.person == name and e.trait and e.trait.strip()),
        key=lambda e: (e.local_date, e.local_time),
    )
    counts: Counter[str] = Counter()
    latest: dict[str, int] = {}
    spelling: dict[str, str] = {}
    for order, entry in enumerate(noticed):
        key = _trait_key(entry.trait or "")
        counts[key] += 1
        latest[key] = order
        spelling.setdefault(key, " ".join((entry.trait or "").split()))
    ranked = sorted(counts, key=lambda key: (-counts[key], -latest[key]))
    return tuple(spelling[key] for key in ranked[:PERSON_TRAITS])


def _kindness_trend(weeks: Sequence[WeekStats]) -> KindnessTrend | None:
    """A trend in the weekly kindness averages, only when it is real: this week and at
    least TREND_MIN_WEEKS weeks in all have MIN_RATINGS ratings or more (a single rating is
    no average), and their line passes `_real_change`."""
    rated = [
        (index, week.rating_average)
        for index, week in enumerate(weeks)
        if week.rating_average is not None and week.ratings >= MIN_RATINGS
    ]
    if len(rated) < TREND_MIN_WEEKS or rated[-1][0] != len(weeks) - 1:
        return None
    return _real_change(rated)


def _real_change(rated: Sequence[tuple[int, float]]) -> KindnessTrend | None:
    """The least-squares line through the averages (at their positions) must change by at
    least TREND_MIN_CHANGE points from the first to the last, and by more than TREND_NOISE
    times the averages' standard deviation around that line, so that averages going up and
    down by chance make no trend."""
    xs = [float(x) for x, _ in rated]
    ys = [float(y) for _, y in rated]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )
    change = slope * (xs[-1] - xs[0])
    residuals = [y - (mean_y + slope * (x - mean_x)) for x, y in zip(xs, ys, strict=True)]
    spread = (sum(r * r for r in residuals) / (len(residuals) - 2)) ** 0.5
    if abs(change) < TREND_MIN_CHANGE or abs(change) <= TREND_NOISE * spread:
        return None
    return KindnessTrend(tuple(ys), int(xs[-1] - xs[0]) + 1, change > 0)


def _peak(counts: Counter[_T], total: int, share: float) -> _T | None:
    ranked = counts.most_common(2)
    top, top_count = ranked[0]
    # A tie for first place is no "tends to".
    if len(ranked) > 1 and ranked[1][1] == top_count:
        return None
    return top if top_count >= 2 and top_count >= share * total else None


def _friction_timing(reviews: Sequence[Entry]) -> FrictionTiming | None:
    if len(reviews) < TIMING_MIN_REVIEWS:
        return None
    weekdays = Counter(e.local_date.weekday() for e in reviews)
    weekday = _peak(weekdays, len(reviews), 1 / 3)
    # Reviews answer the check-in: one written in the part of the day its check-in came in
    # says when the check-in comes, not when the user looks back. The part of the day is
    # read from the others alone, and needs as many of them.
    own = [
        e
        for e in reviews
        if e.prompted_at is None or part_of_day(e.prompted_at) != part_of_day(e.local_time)
    ]
    parts = Counter(part_of_day(e.local_time) for e in own)
    part = _peak(parts, len(own), 1 / 2) if len(own) >= TIMING_MIN_REVIEWS else None
    return FrictionTiming(
        reviews=len(reviews),
        weekday=weekday,
        weekday_reviews=0 if weekday is None else weekdays[weekday],
        part_of_day=part,
        part_of_day_reviews=0 if part is None else parts[part],
    )


@dataclass(frozen=True, slots=True)
class _Facts:
    enough_data: bool
    trust_reviews: int
    fear_reviews: int
    short_replies: int
    went_quiet: int
    week: WeekStats
    traits_noticed: int


def _patterns(facts: _Facts) -> tuple[Pattern, ...]:
    if not facts.enough_data:
        return (Pattern.FEW_REFLECTIONS,)
    week = facts.week
    rules = (
        (Pattern.TRUST_THEME, facts.trust_reviews >= REPEATED),
        (Pattern.FEAR_OF_HURT, facts.fear_reviews >= REPEATED),
        (
            Pattern.LOW_SELF_KINDNESS,
            week.rating_average is not None
            and week.ratings >= MIN_RATINGS
            and week.rating_average <= LOW_KINDNESS,
        ),
        (Pattern.HIGH_FRICTION, week.friction_days >= HIGH_FRICTION_DAYS),
        (Pattern.SHORT_REPLIES, facts.short_replies >= REPEATED),
        (Pattern.WENT_QUIET, facts.went_quiet >= REPEATED),
        (Pattern.MANY_TRAITS, facts.traits_noticed >= MANY_TRAITS),
        (Pattern.CALM_WEEK, week.calm_days >= CALM_WEEK_DAYS and week.friction_days == 0),
    )
    return tuple(pattern for pattern, matched in rules if matched) or (Pattern.DEFAULT,)


# --- months and years ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Theme:
    """A tag id and how many of the period's reviews carried it."""

    tag: str
    count: int


@dataclass(frozen=True, slots=True)
class PartAverage:
    """Kindness over one part of a period (a week of a month, a month of a year)."""

    first: date
    ratings: int
    # None unless the part has at least MIN_RATINGS ratings (a single one is no average).
    average: float | None


@dataclass(frozen=True, slots=True)
class FrictionArc:
    """Friction days against days reflected, in the first half and in the second."""

    days: tuple[int, int]
    reflected: tuple[int, int]
    # Less friction in the second half than in the first.
    fewer: bool

    @property
    def shares(self) -> tuple[float, float]:
        """The share of reflected days with friction, in each half."""
        return (self.days[0] / self.reflected[0], self.days[1] / self.reflected[1])


@dataclass(frozen=True, slots=True)
class ThemeArc:
    """A tag that came up in a clearly different share of reviews from one half to the other."""

    # The tag group: "feeling", "distancing" or "underneath".
    group: str
    tag: str
    counts: tuple[int, int]
    reviews: tuple[int, int]
    # Less common in the second half than in the first.
    faded: bool


@dataclass(frozen=True, slots=True)
class YearArcs:
    """What changed between the first and the second half of a year's writing."""

    # The first day written and the first day of the second half.
    start: date
    middle: date
    friction: FrictionArc | None
    themes: tuple[ThemeArc, ...]


@dataclass(frozen=True, slots=True)
class PeriodSummary:
    """A month, or a year, in numbers: what the monthly and yearly summaries say."""

    first: date
    last: date
    # Every day from first to last, in order.
    days: tuple[DayPoint, ...]
    days_reflected: int
    ratings: int
    # None without MIN_RATINGS ratings in the period.
    rating_average: float | None
    friction_days: int
    calm_days: int
    reviews: int
    # The parts: the month's weeks (Monday to Sunday, cut at the month's ends), or the
    # year's months; oldest first.
    parts: tuple[PartAverage, ...]
    # None unless the rule of `_real_change` holds over the parts with an average
    # (at least PERIOD_TREND_PARTS of them).
    trend: KindnessTrend | None
    feelings: tuple[Theme, ...]
    distancing: tuple[Theme, ...]
    underneath: tuple[Theme, ...]
    people: tuple[PersonCount, ...]
    traits_noticed: int
    steps_planned: int
    steps_taken: int
    # A year's arcs (see `_year_arcs`); None for a month, and for a year too short for them.
    arcs: YearArcs | None = None


# A trend within a month needs three rated weeks of its (at most six) parts; within a year,
# TREND_MIN_WEEKS rated months.
PERIOD_TREND_PARTS = {"month": 3, "year": TREND_MIN_WEEKS}


def month_of(day: date) -> tuple[date, date]:
    """The first and last day of the calendar month holding `day`."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def summarize_month(entries: Sequence[Entry], first: date, last: date) -> PeriodSummary:
    """Summarise the days first..last of one month (the whole month, or up to today)."""
    if first.day != 1 or last < first or (last.year, last.month) != (first.year, first.month):
        raise ValueError("a month runs from its first day to a day of the same month")
    starts = [first]
    day = first + timedelta(days=(7 - first.weekday()) % 7 or 7)
    while day <= last:
        starts.append(day)
        day += timedelta(weeks=1)
    return _summarize_period(entries, first, last, starts, "month")


def summarize_year(entries: Sequence[Entry], first: date, last: date) -> PeriodSummary:
    """Summarise the days first..last of one year (from its first day, or from the day the
    user started, to its last day or today)."""
    if last < first or first.year != last.year:
        raise ValueError("a year's summary runs within one calendar year")
    starts = [first] + [date(first.year, m, 1) for m in range(first.month + 1, last.month + 1)]
    summary = _summarize_period(entries, first, last, starts, "year")
    mine = [e for e in entries if first <= e.local_date <= last]
    return replace(summary, arcs=_year_arcs(mine))


def _differs(hits: tuple[int, int], totals: tuple[int, int], least: float) -> float | None:
    """How many standard errors apart the two shares hits/totals are, if they differ by at
    least `least` and by more than TREND_NOISE standard errors; otherwise None."""
    shares = (hits[0] / totals[0], hits[1] / totals[1])
    gap = abs(shares[0] - shares[1])
    pooled = (hits[0] + hits[1]) / (totals[0] + totals[1])
    error = math.sqrt(pooled * (1 - pooled) * (1 / totals[0] + 1 / totals[1]))
    if gap < least or error == 0 or gap <= TREND_NOISE * error:
        return None
    return gap / error


def _year_arcs(entries: Sequence[Entry]) -> YearArcs | None:
    """The year's arcs by the rules in the module docstring; None when the writing spans
    less than ARC_MIN_SPAN days or a half has fewer than ARC_MIN_DAYS days reflected."""
    if not entries:
        return None
    start = min(e.local_date for e in entries)
    end = max(e.local_date for e in entries)
    span = (end - start).days + 1
    if span < ARC_MIN_SPAN:
        return None
    middle = start + timedelta(days=span // 2)
    halves = (
        [e for e in entries if e.local_date < middle],
        [e for e in entries if e.local_date >= middle],
    )
    reflected = (len({e.local_date for e in halves[0]}), len({e.local_date for e in halves[1]}))
    if min(reflected) < ARC_MIN_DAYS:
        return None
    friction_days = (
        len({e.local_date for e in halves[0] if e.kind == Kind.REVIEW}),
        len({e.local_date for e in halves[1] if e.kind == Kind.REVIEW}),
    )
    friction = None
    if _differs(friction_days, reflected, ARC_MIN_SHARE) is not None:
        fewer = friction_days[0] / reflected[0] > friction_days[1] / reflected[1]
        friction = FrictionArc(friction_days, reflected, fewer)
    reviews = (
        [e for e in halves[0] if e.kind == Kind.REVIEW],
        [e for e in halves[1] if e.kind == Kind.REVIEW],
    )
    totals = (len(reviews[0]), len(reviews[1]))
    found: list[tuple[float, ThemeArc]] = []
    if min(totals) >= ARC_MIN_REVIEWS:
        groups: tuple[tuple[str, Callable[[Entry], tuple[str, ...]]], ...] = (
            ("feeling", lambda e: e.felt),
            ("distancing", lambda e: e.distancing),
            ("underneath", lambda e: e.underneath),
        )
        for group, of in groups:
            before = _tag_counts(map(of, reviews[0]))
            after = _tag_counts(map(of, reviews[1]))
            for tag in sorted(before.keys() | after.keys()):
                counts = (before[tag], after[tag])
                if max(counts) < ARC_THEME_MIN:
                    continue
                apart = _differs(counts, totals, ARC_THEME_SHARE)
                if apart is None:
                    continue
                faded = counts[0] / totals[0] > counts[1] / totals[1]
                found.append((apart, ThemeArc(group, tag, counts, totals, faded)))
    found.sort(key=lambda item: (-item[0], item[1].tag))
    themes = tuple(arc for _, arc in found[:ARC_THEMES])
    return YearArcs(start, middle, friction, themes)


def _summarize_period(
    entries: Sequence[Entry], first: date, last: date, starts: list[date], kind: str
) -> PeriodSummary:
    mine = [e for e in entries if first <= e.local_date <= last]
    reviews = [e for e in mine if e.kind == Kind.REVIEW]
    stats = _week_stats(first, mine)
    bounds = [*starts[1:], last + timedelta(days=1)]
    parts = []
    for start, end in zip(starts, bounds, strict=True):
        ratings = [
            r for e in mine if start <= e.local_date < end if (r := _self_kindness(e)) is not None
        ]
        parts.append(
            PartAverage(
                start, len(ratings), _average(ratings) if len(ratings) >= MIN_RATINGS else None
            )
        )
    rated = [(i, p.average) for i, p in enumerate(parts) if p.average is not None]
    trend = _real_change(rated) if len(rated) >= PERIOD_TREND_PARTS[kind] else None

    def themes(of: Callable[[Entry], tuple[str, ...]]) -> tuple[Theme, ...]:
        return tuple(Theme(tag, count) for tag, count in _ranked(_tag_counts(map(of, reviews))))

    return PeriodSummary(
        first=first,
        last=last,
        days=_days(first, mine, (last - first).days + 1),
        days_reflected=stats.days_reflected,
        ratings=stats.ratings,
        rating_average=stats.rating_average if stats.ratings >= MIN_RATINGS else None,
        friction_days=stats.friction_days,
        calm_days=stats.calm_days,
        reviews=stats.reviews,
        parts=tuple(parts),
        trend=trend,
        feelings=themes(lambda e: e.felt),
        distancing=themes(lambda e: e.distancing),
        underneath=themes(lambda e: e.underneath),
        people=_people(mine, mine),
        traits_noticed=sum(1 for e in mine if e.trait and e.trait.strip()),
        steps_planned=sum(1 for e in reviews if e.step_planned),
        steps_taken=sum(
            1 for e in entries if e.step_taken_on is not None and first <= e.step_taken_on <= last
        ),
    )
