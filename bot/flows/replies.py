"""Typed replies: where a text goes (bot/domain/conversation.py), and the follow-ups of an entry.

Every text a consenting user sends is stored exactly once, the moment it arrives: as an entry
of the prompt it answers, as a step of a review, or as a note that the person files with a
button. A stored text changes only when the person edits that same message in Telegram.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot import prompts
from bot.db.models import Delivery, Reflection, User
from bot.domain import conversation
from bot.domain.awaiting import Awaiting, Question
from bot.domain.safety import Screen
from bot.domain.states import ReflectionKind
from bot.domain.tracks import TRACK_IDS, TRACKS
from bot.flows import Context, care, follow_up, review, talk
from bot.flows.journal import (
    ask_person,
    await_answer,
    finish_entry,
    local_today,
    own_reflection,
)
from bot.store import reflections
from bot.transport.buttons import FileUnder, Keyboard, Trait, Which, keyboard
from bot.transport.turn import Turn

MAX_TRAIT_CHARS = 60


@dataclass(frozen=True)
class Sent:
    """A text a person sent: its words, its message, the message it replied to (if any), and
    what the crisis screen found in it."""

    text: str
    message_id: int | None
    reply_to: int | None
    care: Screen


def pending_of(user: User) -> conversation.Pending | None:
    """The question the user's row waits on, if it is one about a reflection."""
    waiting = Awaiting.decode(user.awaiting)
    if waiting is None or waiting.reflection_id is None:
        return None
    return conversation.Pending(waiting.question.value, waiting.reflection_id, user.awaiting_at)


def _trait_buttons(t: Turn, reflection_id: int, locale: str) -> Keyboard:
    traits = t.content.tags(locale, "trait")
    buttons = [Trait(reflection_id, tag.id).button(tag.label) for tag in traits]
    rows = [buttons[i : i + 4] for i in range(0, len(buttons), 4)]
    rows.append([Trait(reflection_id, "skip").button(t.texts.raw("reflect.button_skip"))])
    return keyboard(rows)


async def received(t: Turn, context: Context, user: User, sent: Sent) -> None:
    """A typed text (or caption) from a consenting user: store it once, then follow up."""
    now = context.services.clock.now()
    text = sent.text
    replied: Delivery | None = None
    if sent.reply_to is not None:
        replied = await reflections.prompt_for_message(t.session, user.id, sent.reply_to, now)
    pending = pending_of(user)
    # A Telegram reply decides alone: the open prompts are looked up only when needed.
    open_prompts = [] if replied else await reflections.open_prompts(t.session, user.id, now)
    decision = conversation.route(
        replied_to=replied.id if replied is not None else None,
        pending=pending,
        prompts=open_prompts,
        now=now,
    )
    if sent.care.flagged:
        await _keep_crisis(t, context, user, sent, decision, replied)
        return
    match decision:
        case conversation.ToPrompt(delivery_id) | conversation.AddTo(delivery_id):
            delivery = replied or await reflections.users_delivery(t.session, user.id, delivery_id)
            assert delivery is not None
            await answer_prompt(t, context, user, delivery, text, sent.message_id)
        case conversation.ToPending():
            if not await answer_pending(t, context, user, text, sent.message_id):
                # Not an answer to that question after all: drop it, and route again.
                await_answer(user, None, now)
                await received(t, context, user, sent)
        case conversation.Ask(candidates, asked):
            note = await _keep_note(t, context, user, sent)
            t.send(t.texts.raw("reflect.which_one"), which_buttons(t, note, candidates, asked))
        case conversation.Unfiled():
            note = await _keep_note(t, context, user, sent)
            t.send(t.texts.raw("reflect.which_track"), track_buttons(t, note))


async def _keep_note(t: Turn, context: Context, user: User, sent: Sent) -> Reflection:
    now = context.services.clock.now()
    note = reflections.add(
        t.session,
        user,
        kind=ReflectionKind.NOTE,
        track=None,
        local_date=local_today(user, now),
        now=now,
        text=sent.text,
        message_id=sent.message_id,
    )
    await t.session.flush()
    return note


async def _keep_crisis(
    t: Turn,
    context: Context,
    user: User,
    sent: Sent,
    decision: conversation.Route,
    replied: Delivery | None,
) -> None:
    """A text that speaks of crisis: its own record (never a step of a flow), then care.

    The same holds for the softer signal that gets the "are you safe?" question.

    It is kept with the prompt it replied to (or the only one open); otherwise as a note.
    Whatever was in progress pauses: a review waits for /review, and it is never its step.
    """
    now = context.services.clock.now()
    delivery: Delivery | None = None
    if isinstance(decision, conversation.ToPrompt | conversation.AddTo):
        delivery = replied or await reflections.users_delivery(
            t.session, user.id, decision.delivery_id
        )
    if delivery is not None:
        reflections.keep_answer(
            t.session, user, delivery, now=now, text=sent.text, message_id=sent.message_id
        )
    else:
        await _keep_note(t, context, user, sent)
    await_answer(user, None, now)
    care.offer(t, context, user, sent.care)


async def answer_prompt(
    t: Turn,
    context: Context,
    user: User,
    delivery: Delivery,
    text: str,
    message_id: int | None,
    note: Reflection | None = None,
) -> None:
    """Store a text as the answer to a prompt (turning `note` into it, if given), follow up."""
    if delivery.track == conversation.CONFLICT:
        await review.answer_check_in(t, context, user, delivery, text, message_id, note)
        return
    now = context.services.clock.now()
    before = await reflections.prompt_answers(t.session, user.id, delivery)
    first = not before.answers
    entry = reflections.keep_answer(
        t.session, user, delivery, now=now, text=text, message_id=message_id, note=note
    )
    await t.session.flush()
    if not first:
        # One more line of an answer already given: kept quietly, no question twice.
        await_answer(user, None, now)
        t.send(t.texts("reflect.added", track=t.texts.raw(f"track.{delivery.track}")))
        return
    if delivery.track == "valued_traits":
        ask_trait(t, context, user, entry)
        return
    if delivery.track == "self_compassion" and not before.rated:
        await finish_entry(
            t,
            user,
            now,
            t.texts.raw("reflect.rate_now"),
            keyboard([prompts.rating_buttons(delivery.id)]),
        )
        return
    await finish_entry(t, user, now)


def ask_trait(t: Turn, context: Context, user: User, entry: Reflection) -> None:
    """Ask what a values entry shows about the person (buttons, or a typed word)."""
    if "trait" in entry.data or entry.data.get("trait_skipped"):
        return
    await_answer(user, Awaiting.about(Question.TRAIT, entry.id), context.services.clock.now())
    t.send(t.texts.raw("reflect.ask_trait"), _trait_buttons(t, entry.id, user.locale))


async def answer_pending(
    t: Turn, context: Context, user: User, text: str, message_id: int | None
) -> bool:
    """Give the text to the question the bot is waiting on (a trait, a name, a review step).

    False if that question is gone or the text cannot answer it (a long text where a word
    was asked); then nothing was stored.
    """
    pending = pending_of(user)
    if pending is None:
        return False
    reflection = await reflections.users_reflection(t.session, user.id, pending.reflection_id)
    if reflection is None:
        return False
    if pending.kind == "trait":
        return await _trait_typed(t, context, user, reflection, text, message_id)
    if pending.kind == "person":
        return await _person_typed(t, context, user, reflection, text)
    if pending.kind == "follow_up":
        return await follow_up.line_typed(t, context, user, reflection, text, message_id)
    if pending.kind == "talk":
        return await talk.step_typed(t, context, user, reflection, text, message_id)
    return await review.step_typed(t, context, user, reflection, text, message_id)


async def _trait_typed(
    t: Turn,
    context: Context,
    user: User,
    entry: Reflection,
    text: str,
    message_id: int | None,
) -> bool:
    """The answer to "what does that show about them?"; False if it is no answer to it."""
    trait = " ".join(text.split())
    if entry.kind != ReflectionKind.ENTRY or len(trait) > MAX_TRAIT_CHARS:
        return False
    tag = t.content.match_tag(user.locale, "trait", trait)
    entry.data = {**entry.data, "trait": tag.label if tag else trait}
    if tag is None:
        # Only typed words are the message's own text, and an edit of it may change them.
        reflections.link(t.session, user.id, message_id, entry, "trait")
    now = context.services.clock.now()
    await ask_person(t, user, entry, "reflect.ask_person", now)
    return True


async def _person_typed(
    t: Turn, context: Context, user: User, reflection: Reflection, text: str
) -> bool:
    """A typed name for the person an entry or review is about; False if it is no name."""
    name = reflections.clean_name(text)
    if name is None and len(text) > reflections.MAX_NAME_CHARS:
        return False
    if name is None:
        t.send(t.texts.raw("reflect.name_invalid"))
        return True
    now = context.services.clock.now()
    person = await reflections.person_named(t.session, user.id, name, now)
    await person_set(t, context, user, reflection, person.id)
    return True


async def person_set(
    t: Turn, context: Context, user: User, reflection: Reflection, person_id: int | None
) -> None:
    """Attach the person (or none) and go on: the next review step, or the end of an entry."""
    now = context.services.clock.now()
    reflection.person_id = person_id
    reflection.data = {**reflection.data, "person_asked": True}
    reflection.updated_at = now
    if reflection.kind == ReflectionKind.REVIEW:
        await review.after_person(t, context, user, reflection)
        return
    if reflection.kind == ReflectionKind.DRAFT:
        await talk.after_person(t, context, user, reflection)
        return
    await finish_entry(t, user, now)


def which_buttons(
    t: Turn,
    note: Reflection,
    candidates: tuple[conversation.OpenPrompt, ...],
    pending: conversation.Pending | None,
) -> Keyboard:
    rows = [
        [Which(note.id, f"d{p.delivery_id}").button(t.texts.raw(f"reflect.which_{p.track}"))]
        for p in candidates
    ]
    if pending is not None:
        label = t.texts.raw(f"reflect.which_pending_{pending.kind}")
        rows.append([Which(note.id, f"q{pending.reflection_id}").button(label)])
    rows.append([Which(note.id, "n").button(t.texts.raw("reflect.button_note"))])
    return keyboard(rows)


def track_buttons(t: Turn, note: Reflection) -> Keyboard:
    rows = [[FileUnder(note.id, tr).button(t.texts.raw(f"track.{tr.value}"))] for tr in TRACKS]
    rows.append([FileUnder(note.id, "note").button(t.texts.raw("reflect.button_note"))])
    return keyboard(rows)


async def file_note(t: Turn, context: Context, user: User, data: Which) -> None:
    """File a kept text under the prompt or question the person chose, or keep it as a note."""
    choice = data.target
    note = await own_reflection(t, user, data.note)
    if note is None:
        return
    if note.kind != ReflectionKind.NOTE or note.track is not None or note.text is None:
        t.answer(t.texts.raw("reflect.already_filed"))
        return
    if choice == "n":
        t.answer()
        t.edit(t.texts.raw("reflect.filed_note"))
        return
    message_id = await reflections.message_of(t.session, note, "text")
    if choice.startswith("d"):
        delivery = await reflections.users_delivery(t.session, user.id, int(choice[1:]))
        if delivery is None or delivery.track not in TRACK_IDS:
            t.answer(t.texts.raw("general.old_button"))
            return
        t.answer()
        t.edit(t.texts("reflect.filed", track=t.texts.raw(f"track.{delivery.track}")))
        await answer_prompt(t, context, user, delivery, note.text, message_id, note)
        return
    pending = pending_of(user)
    if pending is None or pending.reflection_id != int(choice[1:]):
        t.answer(t.texts.raw("reflect.question_gone"))
        return
    # The text moves from the note to the answer: unlink it first (a message is stored
    # once), and link it back if the question cannot take it.
    await reflections.unlink(t.session, note)
    if not await answer_pending(t, context, user, note.text, message_id):
        reflections.link(t.session, user.id, message_id, note, "text")
        t.answer(t.texts.raw("reflect.question_gone"))
        return
    await reflections.remove(t.session, note)
    t.answer()
    t.edit(t.texts.raw("reflect.filed_answer"))
