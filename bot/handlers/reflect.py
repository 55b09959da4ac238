"""Typed replies: where a text goes (bot/domain/conversation.py), and the follow-ups of an entry.

Every text a consenting user sends is stored exactly once, the moment it arrives: as an entry
of the prompt it answers, as a step of a review, or as a note that the person files with a
button. A stored text changes only when the person edits that same message in Telegram.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import MessageHandler, filters

from bot import prompts
from bot.context import BotApplication, BotContext
from bot.db.models import Delivery, Reflection, User
from bot.domain import conversation, safety
from bot.domain.awaiting import Awaiting, Question
from bot.domain.states import ReflectionKind, ReflectionStatus
from bot.domain.tracks import TRACK_IDS, TRACKS
from bot.handlers import review, support
from bot.handlers.common import Turn, pressed, turn
from bot.handlers.journal import (
    ask_person,
    await_answer,
    finish_entry,
    local_today,
    own_delivery,
    own_reflection,
)
from bot.store import reflections
from bot.transport.buttons import FileUnder, PersonChoice, Rating, Trait, Which

MAX_TRAIT_CHARS = 60


def pending_of(user: User) -> conversation.Pending | None:
    """The question the user's row waits on, if it is one about a reflection."""
    waiting = Awaiting.decode(user.awaiting)
    if waiting is None or waiting.reflection_id is None:
        return None
    return conversation.Pending(waiting.question.value, waiting.reflection_id, user.awaiting_at)


def _trait_buttons(t: Turn, reflection_id: int, locale: str) -> InlineKeyboardMarkup:
    traits = t.content.tags(locale, "trait")
    buttons = [Trait(reflection_id, tag.id).button(tag.label) for tag in traits]
    rows = [buttons[i : i + 4] for i in range(0, len(buttons), 4)]
    rows.append([Trait(reflection_id, "skip").button(t.texts.raw("reflect.button_skip"))])
    return InlineKeyboardMarkup(rows)


async def received(t: Turn, context: BotContext, user: User, text: str, message: Message) -> None:
    """A typed text (or caption) from a consenting user: store it once, then follow up."""
    now = context.services.clock.now()
    replied: Delivery | None = None
    if message.reply_to_message is not None:
        replied = await reflections.prompt_for_message(
            t.session, user.id, message.reply_to_message.message_id, now
        )
    pending = pending_of(user)
    # A Telegram reply decides alone: the open prompts are looked up only when needed.
    open_prompts = [] if replied else await reflections.open_prompts(t.session, user.id, now)
    decision = conversation.route(
        replied_to=replied.id if replied is not None else None,
        pending=pending,
        prompts=open_prompts,
        now=now,
    )
    care = await support.screened(context, text)
    if care.flagged:
        await _keep_crisis(t, context, user, text, message, decision, replied, care)
        return
    match decision:
        case conversation.ToPrompt(delivery_id) | conversation.AddTo(delivery_id):
            delivery = replied or await reflections.users_delivery(t.session, user.id, delivery_id)
            assert delivery is not None
            await answer_prompt(t, context, user, delivery, text, message.message_id)
        case conversation.ToPending():
            if not await answer_pending(t, context, user, text, message.message_id):
                # Not an answer to that question after all: drop it, and route again.
                await_answer(user, None, now)
                await received(t, context, user, text, message)
        case conversation.Ask(candidates, asked):
            note = await _keep_note(t, context, user, text, message)
            t.send(t.texts.raw("reflect.which_one"), _which_buttons(t, note, candidates, asked))
        case conversation.Unfiled():
            note = await _keep_note(t, context, user, text, message)
            t.send(t.texts.raw("reflect.which_track"), _track_buttons(t, note))


async def _keep_note(
    t: Turn, context: BotContext, user: User, text: str, message: Message
) -> Reflection:
    now = context.services.clock.now()
    note = reflections.add(
        t.session,
        user,
        kind=ReflectionKind.NOTE,
        track=None,
        local_date=local_today(user, now),
        now=now,
        text=text,
        message_id=message.message_id,
    )
    await t.session.flush()
    return note


async def _keep_crisis(
    t: Turn,
    context: BotContext,
    user: User,
    text: str,
    message: Message,
    decision: conversation.Route,
    replied: Delivery | None,
    care: safety.Screen,
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
            t.session, user, delivery, now=now, text=text, message_id=message.message_id
        )
    else:
        await _keep_note(t, context, user, text, message)
    await_answer(user, None, now)
    support.offer(t, context, user, care)


async def answer_prompt(
    t: Turn,
    context: BotContext,
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
        await_answer(user, Awaiting.about(Question.TRAIT, entry.id), now)
        t.send(t.texts.raw("reflect.ask_trait"), _trait_buttons(t, entry.id, user.locale))
        return
    if delivery.track == "self_compassion" and not before.rated:
        await finish_entry(
            t,
            user,
            now,
            t.texts.raw("reflect.rate_now"),
            InlineKeyboardMarkup([prompts.rating_buttons(delivery.id)]),
        )
        return
    await finish_entry(t, user, now)


async def answer_pending(
    t: Turn, context: BotContext, user: User, text: str, message_id: int | None
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
    return await review.step_typed(t, context, user, reflection, text, message_id)


async def _trait_typed(
    t: Turn,
    context: BotContext,
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
    t: Turn, context: BotContext, user: User, reflection: Reflection, text: str
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
    t: Turn, context: BotContext, user: User, reflection: Reflection, person_id: int | None
) -> None:
    """Attach the person (or none) and go on: the next review step, or the end of an entry."""
    now = context.services.clock.now()
    reflection.person_id = person_id
    reflection.data = {**reflection.data, "person_asked": True}
    reflection.updated_at = now
    if reflection.kind == ReflectionKind.REVIEW:
        await review.after_person(t, context, user, reflection)
        return
    await finish_entry(t, user, now)


def _which_buttons(
    t: Turn,
    note: Reflection,
    candidates: tuple[conversation.OpenPrompt, ...],
    pending: conversation.Pending | None,
) -> InlineKeyboardMarkup:
    rows = [
        [Which(note.id, f"d{p.delivery_id}").button(t.texts.raw(f"reflect.which_{p.track}"))]
        for p in candidates
    ]
    if pending is not None:
        label = t.texts.raw(f"reflect.which_pending_{pending.kind}")
        rows.append([Which(note.id, f"q{pending.reflection_id}").button(label)])
    rows.append([Which(note.id, "n").button(t.texts.raw("reflect.button_note"))])
    return InlineKeyboardMarkup(rows)


def _track_buttons(t: Turn, note: Reflection) -> InlineKeyboardMarkup:
    rows = [[FileUnder(note.id, tr).button(t.texts.raw(f"track.{tr.value}"))] for tr in TRACKS]
    rows.append([FileUnder(note.id, "note").button(t.texts.raw("reflect.button_note"))])
    return InlineKeyboardMarkup(rows)


@pressed(Which)
async def which_pressed(t: Turn, context: BotContext, user: User, data: Which) -> None:
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


@pressed(Rating)
async def rating_pressed(t: Turn, context: BotContext, user: User, data: Rating) -> None:
    """A 1-5 self-kindness button, on a prompt or on an acknowledgement."""
    now = context.services.clock.now()
    delivery = await own_delivery(t, user, data.delivery, "self_compassion")
    if delivery is None:
        return
    await reflections.rate(t.session, user, delivery, data.rating, now)
    t.answer(t.texts("reflect.rated", rating=data.rating))
    t.edit_buttons(InlineKeyboardMarkup([prompts.rating_buttons(delivery.id, data.rating)]))


@pressed(Trait)
async def trait_pressed(t: Turn, context: BotContext, user: User, data: Trait) -> None:
    """A trait button (or skip) after a valued-traits entry."""
    choice = data.trait
    reflection = await own_reflection(t, user, data.reflection)
    if reflection is None:
        return
    label = t.content.tag_label(user.locale, "trait", choice)
    # Trait buttons belong to entries; a review or a note never asks "who?" this way. A
    # trait already given (by a button or in words) makes the buttons stale.
    if (
        reflection.kind != ReflectionKind.ENTRY
        or (label is None and choice != "skip")
        or "trait" in reflection.data
        or reflection.data.get("trait_skipped")
    ):
        t.answer(t.texts.raw("general.old_button"))
        return
    t.answer()
    if label is not None:
        reflection.data = {**reflection.data, "trait": label}
        t.edit(t.texts("reflect.trait_chosen", trait=label))
    else:
        reflection.data = {**reflection.data, "trait_skipped": True}
        t.edit(t.texts.raw("reflect.trait_skipped"))
    now = context.services.clock.now()
    await ask_person(t, user, reflection, "reflect.ask_person", now)


@pressed(PersonChoice)
async def person_pressed(t: Turn, context: BotContext, user: User, data: PersonChoice) -> None:
    """A person button: someone on the list, someone new (type it), or rather not say."""
    choice = data.person
    reflection = await own_reflection(t, user, data.reflection)
    if reflection is None:
        return
    if (
        reflection.kind == ReflectionKind.REVIEW
        and (reflection.status != ReflectionStatus.OPEN or reflection.data.get("step") != "person")
    ) or (reflection.kind != ReflectionKind.REVIEW and reflection.data.get("person_asked")):
        # A review that has moved past "who was it?", or an entry whose person is given.
        t.answer(t.texts.raw("review.old_button"))
        return
    now = context.services.clock.now()
    if choice == "new":
        t.answer()
        await_answer(user, Awaiting.about(Question.PERSON, reflection.id), now)
        t.send(t.texts.raw("reflect.type_name"))
        return
    person_id = None
    if isinstance(choice, int):
        person = await reflections.users_person(t.session, user.id, choice)
        if person is None:
            t.answer(t.texts.raw("general.old_button"))
            return
        person.last_used_at = now
        person_id = person.id
    t.answer()
    t.clear_buttons()
    await person_set(t, context, user, reflection, person_id)


@pressed(FileUnder)
async def file_pressed(t: Turn, context: BotContext, user: User, data: FileUnder) -> None:
    """File a note under a track, or keep it as a note."""
    choice = data.track
    note = await own_reflection(t, user, data.reflection)
    if note is None:
        return
    if note.kind not in (ReflectionKind.NOTE, ReflectionKind.ENTRY) or note.delivery_id is not None:
        t.answer(t.texts.raw("general.old_button"))
        return
    t.answer()
    note.track = None if choice == "note" else choice
    note.kind = ReflectionKind.NOTE if choice == "note" else ReflectionKind.ENTRY
    note.updated_at = context.services.clock.now()
    if choice == "note":
        t.edit(t.texts.raw("reflect.filed_note"))
    else:
        t.edit(t.texts("reflect.filed", track=t.texts.raw(f"track.{choice}")))


async def text_edited(update: Update, context: BotContext) -> None:
    """Editing a message in Telegram updates the one place its text was stored."""
    message = update.edited_message
    if message is None:
        return
    text = message.text or message.caption
    if not text:
        return
    async with turn(update, context) as t:
        user = t.user
        if user is None:
            return
        found = await reflections.linked(t.session, user.id, message.message_id)
        if found is None:
            return
        reflection, field = found
        if field == "text":
            reflection.text = text
        else:
            reflection.data = {**reflection.data, field: text}
        reflection.updated_at = context.services.clock.now()
        support.offer(t, context, user, await support.screened(context, text))


async def caption_received(update: Update, context: BotContext) -> None:
    """A photo (or other media) with a caption: the caption is kept as text."""
    message = update.effective_message
    assert message is not None and message.caption is not None
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        await received(t, context, user, message.caption, message)
        t.send(t.texts.raw("reflect.photo_kept"))


def register(app: BotApplication, group: int) -> None:
    """Add the reflection handlers (the typed-text router lives in bot/handlers/input.py)."""
    private = filters.ChatType.PRIVATE
    for handler in (rating_pressed, trait_pressed, person_pressed, file_pressed, which_pressed):
        app.add_handler(handler, group=group)
    app.add_handler(
        MessageHandler(private & filters.UpdateType.EDITED_MESSAGE, text_edited), group=group
    )
    app.add_handler(
        MessageHandler(
            private & filters.CAPTION & ~filters.UpdateType.EDITED & ~filters.TEXT,
            caption_received,
        ),
        group=group,
    )
