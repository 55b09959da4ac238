"""The buttons that follow a reply (rating, trait, person, filing), captions and edits.

Where a typed text goes and what follows it is the flow in bot/flows/replies.py. A stored
text changes only when the person edits that same message in Telegram.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import MessageHandler, filters

from bot import prompts
from bot.context import BotApplication, BotContext
from bot.db.models import User
from bot.domain.awaiting import Awaiting, Question
from bot.domain.states import ReflectionKind, ReflectionStatus
from bot.domain.tracks import Track
from bot.flows import care, replies
from bot.flows.journal import ask_person, await_answer, own_delivery, own_reflection
from bot.handlers.common import Turn, pressed, screened, sent, turn
from bot.store import reflections
from bot.transport.buttons import FileUnder, PersonChoice, Rating, Trait, Which


@pressed(Which)
async def which_pressed(t: Turn, context: BotContext, user: User, data: Which) -> None:
    """File a kept text under the prompt or question the person chose, or keep it as a note."""
    await replies.file_note(t, context, user, data)


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
    await replies.person_set(t, context, user, reflection, person_id)


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
        return
    t.edit(t.texts("reflect.filed", track=t.texts.raw(f"track.{choice}")))
    if choice == Track.VALUED_TRAITS:
        # Like an answer to a values prompt: which trait, then who, so it feeds the recall.
        replies.ask_trait(t, context, user, note)


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
        care.offer(t, context, user, await screened(context, text))


async def caption_received(update: Update, context: BotContext) -> None:
    """A photo (or other media) with a caption: the caption is kept as text."""
    message = update.effective_message
    assert message is not None and message.caption is not None
    text = message.caption
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        await replies.received(t, context, user, await sent(context, message, text))
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
