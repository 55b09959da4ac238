"""The conflict review's buttons and /review (the steps themselves: bot/flows/review.py).

A review left halfway stays open and /review picks it up again.
"""

from __future__ import annotations

from telegram import Update

from bot.context import BotApplication, BotContext
from bot.db.models import User
from bot.domain.followup import Outcome
from bot.domain.states import ReflectionKind, ReflectionStatus
from bot.flows import follow_up
from bot.flows import review as flow
from bot.flows.journal import own_delivery
from bot.handlers.common import Turn, command, pressed, turn
from bot.store import reflections
from bot.transport.buttons import ConflictCheckIn, FollowUp, ReviewStep


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
        await flow.start(t, context, user, delivery)


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
    flow.set_data(review, **pressed_now.changes)
    if pressed_now.moves_on:
        t.clear_buttons()
        await flow.advance(t, context, user, review)
    else:
        t.edit_buttons(flow.tag_keyboard(t, review, step, user.locale))


@pressed(FollowUp)
async def follow_up_pressed(t: Turn, context: BotContext, user: User, data: FollowUp) -> None:
    """How the next step went: did it, not yet, changed my mind, or skip."""
    review = await reflections.users_reflection(t.session, user.id, data.review)
    if review is None or review.kind != ReflectionKind.REVIEW:
        t.answer(t.texts.raw("general.old_button"))
        return
    await follow_up.answered(t, context, user, review, Outcome(data.choice))


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
        await flow.ask_step(t, context, user, review)


def register(app: BotApplication, group: int) -> None:
    """Add the review handlers."""
    app.add_handler(check_in_pressed, group=group)
    app.add_handler(step_pressed, group=group)
    app.add_handler(follow_up_pressed, group=group)
    app.add_handler(command("review", review_command), group=group)
