"""The conflict review's steps: what happened -> who -> what you felt -> did you pull away ->
what was underneath -> one small next step. Each step answers by tags or typed words; the
review is one reflection whose `data` holds the step it is at and each step's answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.content import Html
from bot.db.models import Delivery, Reflection, User
from bot.domain import recall
from bot.domain.awaiting import Awaiting, Question
from bot.domain.states import ReflectionKind, ReflectionStatus
from bot.flows import Context
from bot.flows.journal import ask_person, await_answer, progress_line
from bot.store import deliveries, reflections
from bot.transport.buttons import Keyboard, ReviewStep, keyboard
from bot.transport.turn import Turn

# Each step's tag group in content/<locale>/tags.toml ("next" uses "next_step").
TAG_STEPS = {"felt": "feeling", "distancing": "distancing", "underneath": "underneath"}
STEP_ORDER = ("happened", "person", "felt", "distancing", "underneath", "next")
# The steps a typed text answers (who it was with is a name: bot/handlers/reflect.py).
TEXT_STEPS = ("happened", "felt", "distancing", "underneath", "next")
# Tags that answer a step on their own, in one tap ("Not sure / nothing to add").
ONE_TAP = frozenset({"not_sure", "nothing_yet"})
# Buttons of a step that are not tags.
DONE, STAYED = "done", "stayed"
# Tag labels up to this long (the feelings) fit three to a row on a phone; longer ones two.
SHORT_LABEL = 13


def next_step(step: str) -> str | None:
    """The step after `step`, or None after the last."""
    index = STEP_ORDER.index(step)
    return STEP_ORDER[index + 1] if index + 1 < len(STEP_ORDER) else None


def tag_group(step: str) -> str:
    """The tag group a step's buttons come from."""
    return TAG_STEPS.get(step, "next_step")


@dataclass(frozen=True)
class Pressed:
    """What a button of a step changes in the review's data, and whether the review moves on."""

    changes: dict[str, Any] = field(default_factory=dict)
    moves_on: bool = True


def press(data: dict[str, Any], step: str, choice: str) -> Pressed:
    """A tag, Done or "I stayed close" pressed at `step`: a one-tap tag, the next step's one
    choice, Done and "I stayed close" move on; any other tag is toggled in the step's list."""
    if choice in ONE_TAP:
        return Pressed({step: [choice]})
    if step == "next":
        return Pressed({"next": [choice]})
    if choice == DONE:
        return Pressed()
    if choice == STAYED:
        return Pressed({"distancing": [], "stayed": True})
    chosen = list(data.get(step, []))
    chosen = [c for c in chosen if c != choice] if choice in chosen else [*chosen, choice]
    return Pressed({step: chosen}, moves_on=False)


def typed_tag(data: dict[str, Any], step: str, choice: str) -> dict[str, Any]:
    """What typed words naming the tag `choice` change at `step`: the same as its button,
    except that at a step taking several tags it is added, never toggled off."""
    pressed = press(data, step, choice)
    if pressed.moves_on:
        return pressed.changes
    chosen = list(data.get(step, []))
    return {step: chosen if choice in chosen else [*chosen, choice]}


def tag_keyboard(t: Turn, review: Reflection, step: str, locale: str) -> Keyboard:
    chosen = set(review.data.get(step, []))
    tags = t.content.tags(locale, tag_group(step))
    buttons = [
        ReviewStep(review.id, step, tag.id).button(
            f"✓ {tag.label}" if tag.id in chosen else tag.label
        )
        for tag in tags
    ]
    width = 3 if all(len(tag.label) <= SHORT_LABEL for tag in tags) else 2
    rows = [buttons[i : i + width] for i in range(0, len(buttons), width)]
    if step == "distancing":
        rows.append(
            [ReviewStep(review.id, step, "stayed").button(t.texts.raw("review.button_stayed"))]
        )
    if step != "next":
        rows.append([ReviewStep(review.id, step, "done").button(t.texts.raw("review.button_done"))])
    return keyboard(rows)


async def ask_step(t: Turn, context: Context, user: User, review: Reflection) -> None:
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
        tag_keyboard(t, review, step, user.locale),
    )


def set_data(review: Reflection, **changes: Any) -> None:
    # JSON columns are compared by identity: assign a new dict so the change is saved.
    review.data = {**review.data, **changes}


async def advance(t: Turn, context: Context, user: User, review: Reflection) -> None:
    """Move to the next step, or finish."""
    following = next_step(review.data.get("step", "happened"))
    if following is None:
        await finish(t, context, user, review)
        return
    set_data(review, step=following)
    review.updated_at = context.services.clock.now()
    await ask_step(t, context, user, review)


async def finish(t: Turn, context: Context, user: User, review: Reflection) -> None:
    """Close the review, thank the user, and remind them what they value in that person."""
    now = context.services.clock.now()
    review.status = ReflectionStatus.DONE
    review.updated_at = now
    set_data(review, step="done")
    await_answer(user, None, now)
    await t.session.flush()
    done = t.texts("review.done", progress=await progress_line(t, user, now))
    if await deliveries.schedule_follow_up(t.session, user, review, now) is not None:
        done = Html(f"{done}\n\n{t.texts('review.follow_up_planned')}")
    t.send(done)
    if review.person_id is None:
        return
    person = await reflections.users_person(t.session, user.id, review.person_id)
    if person is None:
        return
    earlier = await reflections.review_dates(t.session, user.id, person.id, before=review.id)
    if recall.friction_again(review.local_date, earlier):
        everything = await reflections.traits_about(t.session, user.id, person.id, limit=None)
        found = recall.richer([_noticed(e) for e in everything])
        if found is not None:
            t.send(_richer(t, person.name, found))
            return
    noticed = await reflections.traits_about(t.session, user.id, person.id)
    if not noticed:
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


def _noticed(entry: Reflection) -> recall.Noticed:
    trait = entry.data.get("trait")
    return recall.Noticed(
        entry.local_date, trait if isinstance(trait, str) else None, entry.text or ""
    )


def _richer(t: Turn, name: str, found: recall.Recall) -> Html:
    """Friction with the same person again: what was noticed most recently and most often."""
    latest = found.latest
    day = t.texts.day(latest.day)
    lines: list[str] = [t.texts("reflect.recall_again", name=name)]
    if latest.trait:
        lines.append(
            t.texts(
                "reflect.recall_latest", date=day, trait=latest.trait, example=_short(latest.text)
            )
        )
    else:
        lines.append(t.texts("reflect.recall_latest_plain", date=day, example=_short(latest.text)))
    if found.often is not None:
        trait, times, example = found.often
        lines.append(
            t.texts("reflect.recall_often", trait=trait, times=times, example=_short(example.text))
        )
    lines.append(t.texts.raw("reflect.recall_close"))
    return Html("\n".join(lines))


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


async def start(t: Turn, context: Context, user: User, delivery: Delivery) -> None:
    """ "Yes, let's look at it": begin the review of a check-in, or pick it up again."""
    now = context.services.clock.now()
    review = await reflections.open_review(t.session, user.id)
    if review is None or review.delivery_id != delivery.id:
        review = _new_review(t, user, delivery, now)
        await t.session.flush()
    await ask_step(t, context, user, review)


async def answer_check_in(
    t: Turn,
    context: Context,
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
    context: Context,
    user: User,
    review: Reflection,
    text: str,
    message_id: int | None,
) -> bool:
    """Typed words for the review's current step; False if the review is no longer open.

    Each step takes one text and the review moves on, so a stored step is never overwritten
    (only an edit of its own message changes it). Words that are all one tag of the step
    ("picked a fight") are kept as that tag, as if its button were pressed.
    """
    step = review.data.get("step", "happened")
    if (
        review.kind != ReflectionKind.REVIEW
        or review.status != ReflectionStatus.OPEN
        or step not in TEXT_STEPS
    ):
        return False
    words = text
    if step == "happened":
        if review.text is not None:
            return False
        review.text = words
        review.message_id = message_id
        reflections.link(t.session, user.id, message_id, review, "text")
    elif (tag := t.content.match_tag(user.locale, tag_group(step), words)) is not None:
        # Not the message's own text: an edit of the message leaves the tag as it is.
        set_data(review, **typed_tag(review.data, step, tag.id))
    else:
        set_data(review, **{f"{step}_text": words})
        reflections.link(t.session, user.id, message_id, review, f"{step}_text")
    await advance(t, context, user, review)
    return True


async def after_person(t: Turn, context: Context, user: User, review: Reflection) -> None:
    """The person step is answered: go on."""
    await advance(t, context, user, review)
