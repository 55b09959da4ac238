"""What the Mini App shows and changes, one user at a time: every query takes the user's id.

Functions take the caller's session and never commit; they return plain JSON-ready values.
The user's words are opened (decrypted) by the ORM as rows load (bot.db.sealing), for this
user's rows only; search runs over them in memory, never in SQL, since the database holds
only ciphertext.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.content import Content
from bot.db.models import Person, Reflection, User
from bot.db.sealing import sealed_columns
from bot.domain import patterns
from bot.domain.states import ReflectionKind, ReflectionStatus
from bot.domain.tracks import TRACK_IDS, TRACKS
from bot.store import people, reflections
from bot.summary import weekly

JsonDict = dict[str, Any]

# A review's tags: the content's tag group and the key of `Reflection.data` holding its ids.
TAG_FIELDS = {
    "feeling": "felt",
    "distancing": "distancing",
    "underneath": "underneath",
    "next_step": "next",
}
# What a review's person typed beside the buttons, per tag field ("felt_text", ...).
TYPED_FIELDS = tuple(f"{field}_text" for field in TAG_FIELDS.values())
# Kinds whose words can be edited (a rating or a calm day has none).
WITH_WORDS = (ReflectionKind.ENTRY, ReflectionKind.NOTE, ReflectionKind.REVIEW)
NOTE_TRACK = "note"
TRAITS_TRACK = "valued_traits"
MAX_TEXT_CHARS = 4096
MAX_TAGS_PER_GROUP = 10
# Rows read at a time while searching (newest first, until a page is full): few at first,
# since a common word fills a page from the newest rows, then more and more.
SEARCH_FIRST_BATCH = 50
SEARCH_BATCH = 800


class Invalid(ValueError):
    """Input the API refuses with 400; the message is kind and names no stored value."""


@dataclass(frozen=True)
class EntryFilter:
    """Which entries a page holds: older than `before`, of a track or person, of one local
    date, holding the words of `query`."""

    before: int | None = None
    limit: int = 20
    track: str | None = None
    person_id: int | None = None
    query: str | None = None
    on: date | None = None


def _in_journal(user_id: int) -> tuple[ColumnElement[bool], ...]:
    """What makes a reflection part of the user's journal: theirs, finished, not a draft."""
    return (
        Reflection.user_id == user_id,
        Reflection.status == ReflectionStatus.DONE,
        Reflection.kind != ReflectionKind.DRAFT,  # a /talk draft is a message, not an entry
    )


def _journal(user_id: int) -> Select[Reflection]:
    """The user's finished reflections, as the journal lists them (no /talk drafts)."""
    return select(Reflection).where(*_in_journal(user_id))


_S = TypeVar("_S", bound=Select[Any])


def _filtered(query: _S, which: EntryFilter) -> _S:
    """Only a track's entries (or notes) and only those about a person, when asked."""
    if which.track == NOTE_TRACK:
        query = query.where(Reflection.track.is_(None))
    elif which.track is not None:
        query = query.where(Reflection.track == which.track)
    if which.person_id is not None:
        query = query.where(Reflection.person_id == which.person_id)
    if which.on is not None:
        query = query.where(Reflection.local_date == which.on)
    return query


async def entry(session: AsyncSession, user_id: int, entry_id: int) -> Reflection | None:
    """One entry of the user's journal, or None (another user's id finds nothing)."""
    found = await reflections.users_reflection(session, user_id, entry_id)
    if found is None or found.status != ReflectionStatus.DONE or found.kind == ReflectionKind.DRAFT:
        return None
    return found


def _typed_words(data: dict[str, Any], traits: dict[str, str]) -> list[str]:
    """What a user wrote or chose beside an entry's text: a trait (a tag's label, or their
    own word), the words typed beside a review's tags."""
    trait = str(data.get("trait") or "")
    return [traits.get(trait, trait)] + [str(data.get(field) or "") for field in TYPED_FIELDS]


def trait_label(trait: object, user: User, content: Content) -> str | None:
    """A noticed trait as shown: a tag's label, or the user's own word for it."""
    if not isinstance(trait, str) or not trait.strip():
        return None
    return content.tag_label(user.locale, "trait", trait) or trait.strip()


# The sealed columns search reads, opened here one by one rather than row by row by the ORM:
# most entries are decided by their text alone, so their other columns are never decrypted.
_SEALED = sealed_columns(Reflection)


def _found(
    user_id: int, row: Any, needle: str, names: dict[int, str], traits: dict[str, str]
) -> bool:
    if row.text is not None and needle in _SEALED["text"].open(row.text, user_id).casefold():
        return True
    if row.person_id is not None and needle in names.get(row.person_id, "").casefold():
        return True
    # Only a review (words typed beside its tags) or a noticed trait has words in `data`.
    if row.data is None or not (row.kind == ReflectionKind.REVIEW or row.track == TRAITS_TRACK):
        return False
    data = _SEALED["data"].open(row.data, user_id)
    return any(needle in word.casefold() for word in _typed_words(data, traits) if word)


async def person_names(session: AsyncSession, user_id: int) -> dict[int, str]:
    """The names of the user's people (other names too), by id."""
    rows = await session.scalars(select(Person).where(Person.user_id == user_id))
    return {p.id: p.name for p in rows}


async def entries(
    session: AsyncSession, user: User, content: Content, which: EntryFilter
) -> tuple[list[JsonDict], int | None]:
    """A page of the user's entries, newest first, and the cursor of the next older page."""
    query = _filtered(_journal(user.id), which)
    names = await person_names(session, user.id)
    if which.query:
        traits = {tag.id: tag.label for tag in content.tags(user.locale, "trait")}
        found = await _search(session, user.id, which, names, traits)
        query = query.where(Reflection.id.in_(found))
    if which.before is not None:
        query = query.where(Reflection.id < which.before)
    rows = list(await session.scalars(query.order_by(Reflection.id.desc()).limit(which.limit + 1)))
    shown = rows[: which.limit]
    older = shown[-1].id if len(rows) > which.limit else None
    return [as_json(r, user, content, names) for r in shown], older


async def _search(
    session: AsyncSession,
    user_id: int,
    which: EntryFilter,
    names: dict[int, str],
    traits: dict[str, str],
) -> list[int]:
    """The ids of the first limit + 1 entries (newest first) whose words hold the query."""
    assert which.query is not None
    needle = which.query.casefold()
    columns = select(
        Reflection.id,
        Reflection.kind,
        Reflection.track,
        Reflection.text,
        Reflection.data,
        Reflection.person_id,
    )
    query = _filtered(columns.where(*_in_journal(user_id)), which)
    found: list[int] = []
    before = which.before
    batch = SEARCH_FIRST_BATCH
    while len(found) <= which.limit:
        page = query if before is None else query.where(Reflection.id < before)
        rows = (await session.execute(page.order_by(Reflection.id.desc()).limit(batch))).all()
        found += [row.id for row in rows if _found(user_id, row, needle, names, traits)]
        if len(rows) < batch:
            break
        before = rows[-1].id
        batch = min(batch * 4, SEARCH_BATCH)
    return found[: which.limit + 1]


def _tags(row: Reflection, user: User, content: Content) -> list[JsonDict]:
    data = row.data or {}
    tags = []
    for group, field in TAG_FIELDS.items():
        for tag_id in data.get(field) or ():
            label = content.tag_label(user.locale, group, tag_id) or tag_id
            tags.append({"group": group, "id": tag_id, "label": label})
    return tags


def as_json(row: Reflection, user: User, content: Content, names: dict[int, str]) -> JsonDict:
    """An entry as the API shows it."""
    prompt = None
    if row.track is not None and row.prompt_id is not None:
        found = content.prompt(user.locale, row.track, row.prompt_id)
        prompt = found.text if found is not None else None
    data = row.data or {}
    person = None
    if row.person_id is not None and row.person_id in names:
        person = {"id": row.person_id, "name": names[row.person_id]}
    typed = {field: data[field] for field in TYPED_FIELDS if data.get(field)}
    return {
        "id": row.id,
        "kind": row.kind,
        "track": row.track,
        "date": row.local_date.isoformat(),
        "prompt": prompt,
        "text": row.text,
        "rating": row.rating,
        "tags": _tags(row, user, content),
        "typed": typed,
        "trait": trait_label(data.get("trait"), user, content),
        "person": person,
        "editable": row.kind in WITH_WORDS,
    }


def clean_text(value: object) -> str:
    """Edited words, trimmed; Invalid if not text, empty or too long."""
    if not isinstance(value, str):
        raise Invalid("text must be a string")
    text = value.strip()
    if not text:
        raise Invalid("Write a few words, or delete the entry instead.")
    if len(text) > MAX_TEXT_CHARS:
        raise Invalid(f"That is longer than {MAX_TEXT_CHARS} characters.")
    return text


def clean_tags(value: object, user: User, content: Content) -> dict[str, list[str]]:
    """Tag ids per group, each known to the content; Invalid otherwise."""
    if not isinstance(value, dict):
        raise Invalid('tags must look like {"feeling": ["hurt"]}')
    chosen: dict[str, list[str]] = {}
    for group, ids in value.items():
        if group not in TAG_FIELDS:
            raise Invalid(f"Unknown tag group; use one of {', '.join(TAG_FIELDS)}.")
        if not isinstance(ids, list) or len(ids) > MAX_TAGS_PER_GROUP:
            raise Invalid(f"{group} must be a list of at most {MAX_TAGS_PER_GROUP} tag ids")
        known = {tag.id for tag in content.tags(user.locale, group)}
        if not all(isinstance(i, str) and i in known for i in ids):
            raise Invalid(f"Unknown {group} tag.")
        chosen[group] = list(dict.fromkeys(ids))
    return chosen


def edit(row: Reflection, changes: dict[str, Any], user: User, content: Content, now: Any) -> None:
    """Change an entry's words and/or tags (validated first: nothing changes on Invalid)."""
    if not changes or not set(changes) <= {"text", "tags"}:
        raise Invalid('Send {"text": "..."} and/or {"tags": {...}}.')
    text = clean_text(changes["text"]) if "text" in changes else None
    tags = clean_tags(changes["tags"], user, content) if "tags" in changes else None
    if text is not None and row.kind not in WITH_WORDS:
        raise Invalid("This entry has no words to edit.")
    if tags is not None and row.kind != ReflectionKind.REVIEW:
        raise Invalid("Only a conflict review has tags.")
    if text is not None:
        row.text = text
    if tags is not None:
        data = dict(row.data or {})
        for group, ids in tags.items():
            data[TAG_FIELDS[group]] = ids
        row.data = data  # a new dict: JSON columns are compared by identity
    row.updated_at = now


async def delete(session: AsyncSession, row: Reflection) -> None:
    """Delete one entry (and which messages it came from)."""
    await reflections.remove(session, row)


def parse_month(value: str | None, today: date) -> date:
    """The first day of a "YYYY-MM" month (this month when not given); Invalid otherwise."""
    if not value:
        return today.replace(day=1)
    try:
        year, month = value.split("-")
        if len(year) != 4 or len(month) != 2:
            raise ValueError(value)
        return date(int(year), int(month), 1)
    except ValueError:
        raise Invalid("month must look like 2026-11") from None


async def month(session: AsyncSession, user: User, first: date, today: date) -> JsonDict:
    """A month day by day, with the numbers of the chat's /summary month (summarize_month)."""
    last_of_month = patterns.month_of(first)[1]
    last = min(last_of_month, today)
    days: list[JsonDict] = []
    totals: JsonDict = {
        "days_counted": 0,
        "since": None,
        "days_reflected": 0,
        "ratings": 0,
        "rating_average": None,
        "friction_days": 0,
        "calm_days": 0,
    }
    if last >= first:
        loaded = await weekly.load_range(session, user, first, last)
        summary = patterns.summarize_month(loaded, first, last)
        written = Counter(e.local_date for e in loaded if e.text_length > 0)
        for point in summary.days:
            days.append(
                {
                    "date": point.day.isoformat(),
                    "kindness": point.rating_average,
                    "reflected": point.reflected,
                    "friction": point.had_friction,
                    "calm": point.calm,
                    "written": written[point.day],
                }
            )
        since = await weekly.first_day(session, user)
        totals = {
            # As the chat's summary counts: days before the user started are not missed.
            "days_counted": max(0, (last - max(first, since)).days + 1),
            "since": since.isoformat(),
            "days_reflected": summary.days_reflected,
            "ratings": summary.ratings,
            "rating_average": summary.rating_average,
            "friction_days": summary.friction_days,
            "calm_days": summary.calm_days,
        }
    day = max(first, last + timedelta(days=1))
    while day <= last_of_month:
        days.append({"date": day.isoformat(), "future": True})
        day += timedelta(days=1)
    return {"month": f"{first:%Y-%m}", "today": today.isoformat(), "days": days, **totals}


def _point(point: patterns.DayPoint) -> JsonDict:
    return {
        "date": point.day.isoformat(),
        "kindness": point.rating_average,
        "reflected": point.reflected,
        "friction": point.had_friction,
        "calm": point.calm,
    }


def parse_week(value: str | None, today: date) -> date:
    """The Monday of the week holding a "YYYY-MM-DD" day (this week when not given)."""
    day = parse_date(value) or today
    return patterns.week_of(day)[0]


async def week(session: AsyncSession, user: User, monday: date) -> JsonDict:
    """A week day by day and the eight weeks up to it: the numbers of the weekly summary."""
    summary = patterns.summarize(await weekly.load_entries(session, user, monday), monday)
    this = summary.this_week
    return {
        "week": monday.isoformat(),
        "days": [_point(point) for point in summary.days],
        "days_reflected": this.days_reflected,
        "ratings": this.ratings,
        "rating_average": this.rating_average,
        "friction_days": this.friction_days,
        "calm_days": this.calm_days,
        "weeks": [
            {
                "week": stats.monday.isoformat(),
                "rating_average": stats.rating_average,
                "ratings": stats.ratings,
                "days_reflected": stats.days_reflected,
                "friction_days": stats.friction_days,
                "calm_days": stats.calm_days,
            }
            for stats in summary.weeks
        ],
    }


def parse_year(value: str | None, today: date) -> int:
    """A year, "YYYY" (this year when not given); Invalid otherwise."""
    if not value:
        return today.year
    if len(value) != 4 or not value.isascii() or not value.isdigit() or value < "1970":
        raise Invalid("year must look like 2026")
    return int(value)


async def year(session: AsyncSession, user: User, number: int, today: date) -> JsonDict:
    """A year month by month and day by day, up to today: the numbers of /summary year."""
    first, last = date(number, 1, 1), min(date(number, 12, 31), today)
    if last < first:
        return {"year": number, "months": [], "days": [], "days_reflected": 0, "days_counted": 0}
    summary = patterns.summarize_year(
        await weekly.load_range(session, user, first, last), first, last
    )
    since = await weekly.first_day(session, user)
    return {
        "year": number,
        "days_counted": max(0, (last - max(first, since)).days + 1),
        "since": since.isoformat(),
        "months": [
            {"month": f"{part.first:%Y-%m}", "ratings": part.ratings, "average": part.average}
            for part in summary.parts
        ],
        "days": [_point(point) for point in summary.days],
        "days_reflected": summary.days_reflected,
        "ratings": summary.ratings,
        "rating_average": summary.rating_average,
        "friction_days": summary.friction_days,
        "calm_days": summary.calm_days,
    }


async def people_list(session: AsyncSession, user: User, content: Content) -> list[JsonDict]:
    """The user's people, most recent first, with the traits noticed and the friction."""
    listed = await people.listed(session, user.id)
    ids = [item.person.id for item in listed]
    traits: dict[int, Counter[str]] = {i: Counter() for i in ids}
    friction: dict[int, list[date]] = {i: [] for i in ids}
    if ids:
        rows = await session.scalars(
            _journal(user.id).where(Reflection.person_id.in_(ids)).order_by(Reflection.id)
        )
        for row in rows:
            assert row.person_id is not None
            trait = trait_label((row.data or {}).get("trait"), user, content)
            if trait is not None:
                traits[row.person_id][trait] += 1
            if row.kind == ReflectionKind.REVIEW:
                friction[row.person_id].append(row.local_date)
    return [
        {
            "id": item.person.id,
            "name": item.person.name,
            "entries": item.entries,
            "reviews": item.reviews,
            "traits": [{"name": n, "count": c} for n, c in traits[item.person.id].most_common()],
            "friction": len(friction[item.person.id]),
            "last_friction": max(friction[item.person.id]).isoformat()
            if friction[item.person.id]
            else None,
        }
        for item in listed
    ]


def about(user: User, content: Content, today: date) -> JsonDict:
    """What the pages need to know besides entries: today, tracks and tag names."""
    texts = content.texts(user.locale)
    return {
        "today": today.isoformat(),
        "tracks": [{"id": t.value, "label": texts.raw(f"track.{t.value}")} for t in TRACKS],
        "tags": {
            group: [{"id": tag.id, "label": tag.label} for tag in content.tags(user.locale, group)]
            for group in TAG_FIELDS
        },
    }


def parse_date(value: str | None) -> date | None:
    """A local date filter, "YYYY-MM-DD"; Invalid otherwise."""
    if not value:
        return None
    try:
        if len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise Invalid("date must look like 2026-11-29") from None


def parse_track(value: str | None) -> str | None:
    """A track filter: a track id or "note"; Invalid otherwise."""
    if not value:
        return None
    if value != NOTE_TRACK and value not in TRACK_IDS:
        raise Invalid(f"track must be one of {', '.join(sorted(TRACK_IDS))} or note")
    return value
