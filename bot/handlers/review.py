"""The conflict review: a check-in, then short steps stored together as one reflection.

Steps: what happened -> who -> what you felt -> did you pull away -> what was underneath ->
one small next step. Each answers by buttons or text; a review left halfway stays open and
/review picks it up again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from telegram import InlineKeyboardMarkup, Update

from bot.content import Html
from bot.context import BotApplication, BotContext
from bot.db.models import Delivery, Reflection, User
from bot.domain.awaiting import Awaiting, Question
from bot.domain.states import ReflectionKind, ReflectionStatus
from bot.flows import review as flow
from bot.handlers.common import Turn, command, pressed, turn
from bot.handlers.journal import ask_person, await_answer, own_delivery, progress_line
from bot.store import reflections
from bot.transport.buttons import ConflictCheckIn, ReviewStep


def _tag_keyboard(t: Turn, review: Reflection, step: str, locale: str) -> InlineKeyboardMarkup:
    chosen = set(review.data.get(step, []))
    group = flow.tag_group(step)
    buttons = [
        ReviewStep(review.id, step, tag.id).button(
            f"✓ {tag.label}" if tag.id in chosen else tag.label
        )
        for tag in t.content.tags(locale, group)
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    if step == "distancing":
        rows.append(
            [ReviewStep(review.id, step, "stayed").button(t.texts.raw("review.button_stayed"))]
        )
    if step != "next":
        rows.append([ReviewStep(review.id, step, "done").button(t.texts.raw("review.button_done"))])
    return InlineKeyboardMarkup(rows)


async def ask_step(t: Turn, context: BotContext, user: User, review: Reflection) -> None:
    """Ask the review's current step."""
    step = review.data.get("step", "happened")
    now = context.services.clock.now()
    if step == "happened":
        prompt = t.content.prompt_or_first(user.locale, "conflict_review", review.prompt_id)
        await_answer(user, Awaiting.about(Question.REVIEW, review.id), now)
        name = t.texts.raw("track.conflict_review")
        t.send(t.texts("delivery.prompt", track=name, text=prompt.text))
        return
    if step == "person":
        await ask_person(t, user, review, "review.ask_person", now)
        return
    key = {"felt": "ask_felt", "distancing": "ask_distancing", "underneath": "ask_underneath"}
    await_answer(user, Awaiting.about(Question.REVIEW, review.id), now)
    t.send(
        t.texts.raw(f"review.{key.get(step, 'ask_next')}"),
        _tag_keyboard(t, review, step, user.locale),
    )


def _set(review: Reflection, **changes: Any) -> None:
    # JSON columns are compared by identity: assign a new dict so the change is saved.
    review.data = {**review.data, **changes}


async def advance(t: Turn, context: BotContext, user: User, review: Reflection) -> None:
    """Move to the next step, or finish."""
    following = flow.next_step(review.data.get("step", "happened"))
    if following is None:
        await finish(t, context, user, review)
        return
    _set(review, step=following)
    review.updated_at = context.services.clock.now()
    await ask_step(t, context, user, review)


async def finish(t: Turn, context: BotContext, user: User, review: Reflection) -> None:
    """Close the review, thank the user, and remind them what they value in that person."""
    now = context.services.clock.now()
    review.status = ReflectionStatus.DONE
    review.updated_at = now
    _set(review, step="done")
    await_answer(user, None, now)
    await t.session.flush()
    t.send(t.texts("review.done", progress=await progress_line(t, user, now)))
    if review.person_id is None:
        return
    noticed = await reflections.traits_about(t.session, user.id, review.person_id)
    person = await reflections.users_person(t.session, user.id, review.person_id)
    if not noticed or person is None:
        return
    lines: list[str] = [t.texts("reflect.reminder", name=person.name)]
    for entry in noticed:
        example = _short(entry.text or "")
        trait = entry.data.get("trait")
        if trait:
            lines.append(t.texts("reflect.reminder_line", trait=trait, example=example))
        else:
            lines.append(t.texts("reflect.reminder_line_plain", example=example))
    lines.append(t.texts.raw("reflect.reminder_close"))
    t.send(Html("\n".join(lines)))


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


async def start(t: Turn, context: BotContext, user: User, delivery: Delivery) -> None:
    """ "Yes, let's look at it": begin the review of a check-in, or pick it up again."""
    now = context.services.clock.now()
    review = await reflections.open_review(t.session, user.id)
    if review is None or review.delivery_id != delivery.id:
        review = _new_review(t, user, delivery, now)
        await t.session.flush()
    await ask_step(t, context, user, review)


async def answer_check_in(
    t: Turn,
    context: BotContext,
    user: User,
    delivery: Delivery,
    text: str,
    message_id: int | None,
    note: Reflection | None = None,
) -> None:
    """A text that answers "Any friction today?" (a reply to it, or filed under it).

    Unanswered, it starts the review as "what happened"; a review of it still waiting for
    that takes it; otherwise it is one more line kept with that day's check-in. `note` is the
    row the text was already kept in, if any: it becomes the review or the line.
    """
    now = context.services.clock.now()
    answers = await reflections.answers_to(t.session, user.id, delivery.id)
    waiting = next(
        (
            a
            for a in answers
            if a.kind == ReflectionKind.REVIEW
            and a.status == ReflectionStatus.OPEN
            and a.data.get("step") == "happened"
            and a.text is None
        ),
        None,
    )
    if waiting is not None:
        if note is not None:
            await reflections.remove(t.session, note)
        await step_typed(t, context, user, waiting, text, message_id)
        return
    if answers:
        reflections.keep_answer(
            t.session, user, delivery, now=now, text=text, message_id=message_id, note=note
        )
        t.send(t.texts("reflect.added", track=t.texts.raw(f"track.{delivery.track}")))
        return
    review = _new_review(t, user, delivery, now, text=text, message_id=message_id, note=note)
    await t.session.flush()
    await advance(t, context, user, review)


def _new_review(
    t: Turn,
    user: User,
    delivery: Delivery,
    now: datetime,
    *,
    text: str | None = None,
    message_id: int | None = None,
    note: Reflection | None = None,
) -> Reflection:
    """An open review of a check-in, at "what happened" (or past it, when `text` answers it)."""
    return reflections.keep_answer(
        t.session,
        user,
        delivery,
        now=now,
        text=text,
        message_id=message_id,
        kind=ReflectionKind.REVIEW,
        note=note,
        status=ReflectionStatus.OPEN,
        data={"step": "happened"},
    )


async def step_typed(
    t: Turn,
    context: BotContext,
    user: User,
    review: Reflection,
    text: str,
    message_id: int | None,
) -> bool:
    """Typed words for the review's current step; False if the review is no longer open.

    Each step takes one text and the review moves on, so a stored step is never overwritten
    (only an edit of its own message changes it).
    """
    step = review.data.get("step", "happened")
    if (
        review.kind != ReflectionKind.REVIEW
        or review.status != ReflectionStatus.OPEN
        or step not in flow.TEXT_STEPS
    ):
        return False
    words = text
    if step == "happened":
        if review.text is not None:
            return False
        review.text = words
        review.message_id = message_id
        reflections.link(t.session, user.id, message_id, review, "text")
    else:
        _set(review, **{f"{step}_text": words})
        reflections.link(t.session, user.id, message_id, review, f"{step}_text")
    await advance(t, context, user, review)
    return True


async def after_person(t: Turn, context: BotContext, user: User, review: Reflection) -> None:
    """The person step is answered: go on."""
    await advance(t, context, user, review)


@pressed(ConflictCheckIn)
async def check_in_pressed(t: Turn, context: BotContext, user: User, data: ConflictCheckIn) -> None:
    """Calm day, yes let's look at it, or skip: the answer to "Any friction today?"."""
    choice = data.choice
    now = context.services.clock.now()
    delivery = await own_delivery(t, user, data.delivery, "conflict_review")
    if delivery is None:
        return
    answers = await reflections.answers_to(t.session, user.id, delivery.id)
    resumable = any(
        a.kind == ReflectionKind.REVIEW and a.status == ReflectionStatus.OPEN for a in answers
    )
    if answers and not (choice == "yes" and resumable):
        # Already answered (a calm day, a review, or lines about it): nothing changes.
        t.answer(t.texts.raw("review.already_answered"))
        return
    t.answer()
    if choice == "calm":
        reflections.add(
            t.session,
            user,
            kind=ReflectionKind.CALM,
            track="conflict_review",
            local_date=delivery.local_date,
            now=now,
            delivery=delivery,
        )
        t.edit(t.texts("review.calm_kept"))
    elif choice == "skip":
        t.edit(t.texts("review.skipped"))
    else:
        t.clear_buttons()
        await start(t, context, user, delivery)


@pressed(ReviewStep)
async def step_pressed(t: Turn, context: BotContext, user: User, data: ReviewStep) -> None:
    """A tag, Done, or "I stayed close" on one of the review's steps."""
    step, choice = data.step, data.choice
    review = await reflections.users_reflection(t.session, user.id, data.review)
    if review is None or review.status != ReflectionStatus.OPEN or review.data.get("step") != step:
        t.answer(t.texts.raw("review.old_button"))
        return
    group = flow.tag_group(step)
    if (
        choice not in (flow.DONE, flow.STAYED)
        and t.content.tag_label(user.locale, group, choice) is None
    ):
        t.answer(t.texts.raw("general.old_button"))
        return
    t.answer()
    pressed_now = flow.press(review.data, step, choice)
    _set(review, **pressed_now.changes)
    if pressed_now.moves_on:
        t.clear_buttons()
        await advance(t, context, user, review)
    else:
        t.edit_buttons(_tag_keyboard(t, review, step, user.locale))


async def review_command(update: Update, context: BotContext) -> None:
    """/review: pick up a review left halfway."""
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        review = await reflections.open_review(t.session, user.id)
        if review is None:
            t.send(t.texts.raw("review.nothing_open"))
            return
        t.send(t.texts.raw("review.in_progress"))
        await ask_step(t, context, user, review)


def register(app: BotApplication, group: int) -> None:
    """Add the review handlers."""
    app.add_handler(check_in_pressed, group=group)
    app.add_handler(step_pressed, group=group)
    app.add_handler(command("review", review_command), group=group)
