"""Following through: a day or three after a review that planned a next step, one question,
"How did it go?", with three answers and Skip, and room for a line in the user's words.

When it is asked is bot/domain/followup.py; the delivery engine sends it like a prompt (once,
at the user's evening time, across restarts). Everything is stored with the review, in its
data: `follow_up` (the answer), `follow_up_on` (the local date it was given) and
`follow_up_text` (the line, linked to its message so an edit changes it).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.content import Content, Html, Texts
from bot.db.models import Reflection, User
from bot.domain import followup
from bot.domain.awaiting import Awaiting, Question
from bot.domain.followup import Outcome
from bot.domain.states import ReflectionKind, ReflectionStatus
from bot.flows import Context
from bot.flows.journal import await_answer
from bot.store import reflections
from bot.transport.buttons import FollowUp, Keyboard, keyboard
from bot.transport.turn import Turn

# A line longer than a message is not a line; Telegram caps messages at 4,096 characters.
ANSWERS = (Outcome.DID_IT, Outcome.NOT_YET, Outcome.CHANGED_MIND)


def steps_in_words(content: Content, locale: str, data: dict[str, object]) -> list[str]:
    """The review's next steps as the user saw them: tag labels, and their typed words."""
    shown = []
    for step in followup.planned_steps(data):
        if step.startswith("="):
            shown.append(step[1:])
        else:
            shown.append(content.tag_label(locale, "next_step", step) or step.replace("_", " "))
    return shown


def render(
    texts: Texts, content: Content, locale: str, review: Reflection, name: str | None
) -> tuple[Html, Keyboard]:
    """The question, naming the step, the person and the day it was planned."""
    steps = "; ".join(steps_in_words(content, locale, review.data))
    day = review.local_date
    when = f"{texts.raw(f'weekday.{day.weekday()}')} {texts.day(day)}"
    if name is not None:
        text = texts("follow_up.ask_person", day=when, name=name, step=steps)
    else:
        text = texts("follow_up.ask", day=when, step=steps)
    buttons = [FollowUp(review.id, o.value).button(texts.raw(f"follow_up.{o}")) for o in ANSWERS]
    skip = FollowUp(review.id, Outcome.SKIPPED.value).button(texts.raw("follow_up.skipped"))
    return text, keyboard([[buttons[0]], [buttons[1], buttons[2]], [skip]])


def still_to_ask(review: Reflection | None) -> bool:
    """Whether a follow-up about this review is still worth sending."""
    return (
        review is not None
        and review.kind == ReflectionKind.REVIEW
        and review.status == ReflectionStatus.DONE
        and "follow_up" not in review.data
        and bool(followup.planned_steps(review.data))
    )


def _today(user: User, now: datetime) -> date:
    return now.astimezone(ZoneInfo(user.timezone or "UTC")).date()


async def answered(
    t: Turn, context: Context, user: User, review: Reflection, choice: Outcome
) -> None:
    """Keep the answer with the review; unless skipped, the next text may add a line."""
    if "follow_up" in review.data:
        t.answer(t.texts.raw("follow_up.already"))
        return
    now = context.services.clock.now()
    review.data = {**review.data, "follow_up": choice.value, "follow_up_on": str(_today(user, now))}
    review.updated_at = now
    t.answer()
    if choice is Outcome.SKIPPED:
        t.edit(t.texts.raw("follow_up.skip_kept"))
        return
    await_answer(user, Awaiting.about(Question.FOLLOW_UP, review.id), now)
    t.edit(t.texts(f"follow_up.kept_{choice.value}"))


async def line_typed(
    t: Turn, context: Context, user: User, review: Reflection, text: str, message_id: int | None
) -> bool:
    """A line about how the step went; False if this review takes no line now."""
    if review.kind != ReflectionKind.REVIEW or review.data.get("follow_up") in (
        None,
        Outcome.SKIPPED.value,
    ):
        return False
    if "follow_up_text" in review.data:
        return False
    now = context.services.clock.now()
    review.data = {**review.data, "follow_up_text": text}
    review.updated_at = now
    reflections.link(t.session, user.id, message_id, review, "follow_up_text")
    await_answer(user, None, now)
    t.send(t.texts("follow_up.line_kept"))
    return True
