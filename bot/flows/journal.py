"""Pieces shared by the reply and review flows: local dates, progress, asking who."""

from __future__ import annotations

import html
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.content import Html
from bot.db.models import Delivery, Person, Reflection, User
from bot.domain.awaiting import Awaiting, Question
from bot.store import reflections
from bot.transport.buttons import Keyboard, PersonChoice, keyboard
from bot.transport.turn import Turn


def local_today(user: User, now: datetime) -> date:
    """The user's local date now."""
    return now.astimezone(ZoneInfo(user.timezone or "UTC")).date()


async def progress_line(t: Turn, user: User, now: datetime) -> Html:
    """Days reflected this week (Monday to today): gentle, never a streak."""
    today = local_today(user, now)
    monday = date.fromordinal(today.toordinal() - today.weekday())
    days = await reflections.days_reflected(t.session, user.id, monday, today)
    if days <= 1:
        return t.texts("reflect.progress_one")
    return t.texts("reflect.progress_many", days=days)


def person_buttons(t: Turn, reflection_id: int, people: list[Person]) -> Keyboard:
    """Recent people, someone else, or rather not say."""
    rows = [[PersonChoice(reflection_id, p.id).button(p.name)] for p in people]
    rows.append(
        [
            PersonChoice(reflection_id, "new").button(t.texts.raw("reflect.button_new_person")),
            PersonChoice(reflection_id, "none").button(t.texts.raw("reflect.button_no_person")),
        ]
    )
    return keyboard(rows)


def await_answer(user: User, what: Awaiting | None, now: datetime) -> None:
    """Remember the question the next plain text may answer, and when it was asked."""
    user.awaiting = what.encode() if what is not None else None
    user.awaiting_at = now if what is not None else None


async def ask_person(t: Turn, user: User, reflection: Reflection, key: str, now: datetime) -> None:
    """Ask who an entry or review is about."""
    people = await reflections.recent_people(t.session, user.id)
    await_answer(user, Awaiting.about(Question.PERSON, reflection.id), now)
    t.send(t.texts.raw(key), person_buttons(t, reflection.id, people))


async def finish_entry(
    t: Turn,
    user: User,
    now: datetime,
    question: str | None = None,
    markup: Keyboard | None = None,
) -> None:
    """Close a reply with a short acknowledgement and this week's gentle count.

    A follow-up question (with its buttons) goes in the same message: one notification.
    """
    await_answer(user, None, now)
    text = t.texts("reflect.kept", progress=await progress_line(t, user, now))
    if question is not None:
        text = Html(f"{text}\n\n{html.escape(question, quote=False)}")
    t.send(text, markup)


async def own_delivery(t: Turn, user: User, delivery_id: int, track: str) -> Delivery | None:
    """The sender's own prompt of a track, or None (the button is answered as out of date)."""
    delivery = await reflections.users_delivery(t.session, user.id, delivery_id)
    if delivery is None or delivery.track != track:
        t.answer(t.texts.raw("general.old_button"))
        return None
    return delivery


async def own_reflection(t: Turn, user: User, reflection_id: int) -> Reflection | None:
    """The sender's own reflection, or None (the button is answered as out of date)."""
    reflection = await reflections.users_reflection(t.session, user.id, reflection_id)
    if reflection is None:
        t.answer(t.texts.raw("general.old_button"))
    return reflection
