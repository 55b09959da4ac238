"""Replies to prompts: capture, rating, trait and person follow-ups, notes, edits, captions."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot import prompts
from bot.context import BotApplication, BotContext
from bot.db.models import Delivery, Reflection, User
from bot.domain.tracks import TRACKS
from bot.handlers import review, support
from bot.handlers.common import Turn, turn
from bot.handlers.journal import (
    ask_person,
    finish_entry,
    local_today,
    own_delivery,
    own_reflection,
)
from bot.services import reflections as store

MAX_TRAIT_CHARS = 60
_TRACK = "|".join(t.value for t in TRACKS)
RATE_PATTERN = r"^rt:\d{1,12}:[1-5]$"
TRAIT_PATTERN = r"^tr:\d{1,12}:[a-z_]{1,32}$"
PERSON_PATTERN = r"^pp:\d{1,12}:(\d{1,12}|new|none)$"
FILE_PATTERN = rf"^nt:\d{{1,12}}:({_TRACK}|note)$"


def _trait_buttons(t: Turn, reflection_id: int, locale: str) -> InlineKeyboardMarkup:
    traits = t.content.tags(locale, "trait")
    buttons = [
        InlineKeyboardButton(tag.label, callback_data=f"tr:{reflection_id}:{tag.id}")
        for tag in traits
    ]
    rows = [buttons[i : i + 4] for i in range(0, len(buttons), 4)]
    rows.append(
        [
            InlineKeyboardButton(
                t.texts.raw("reflect.button_skip"), callback_data=f"tr:{reflection_id}:skip"
            )
        ]
    )
    return InlineKeyboardMarkup(rows)


async def capture(
    t: Turn,
    context: BotContext,
    user: User,
    text: str,
    message: Message,
) -> None:
    """Store typed text as a reflection for the open prompt, or as a note, and follow up."""
    now = context.services.clock.now()
    delivery: Delivery | None = None
    replied = message.reply_to_message
    if replied is not None:
        delivery = await store.prompt_for_message(t.session, user.id, replied.message_id, now)
    if delivery is None:
        delivery = await store.open_prompt(t.session, user.id, now)
    if delivery is not None and delivery.track == "conflict_review":
        await review.start(t, context, user, delivery, text=text, message_id=message.message_id)
        return
    local_date = local_today(user, now)
    if delivery is None:
        note = store.add(
            t.session,
            user,
            kind="note",
            track=None,
            local_date=local_date,
            now=now,
            text=text,
            message_id=message.message_id,
        )
        await t.session.flush()
        if support.offer(t, context, user, text):
            return
        rows = [
            [
                InlineKeyboardButton(
                    t.texts.raw(f"track.{tr.value}"), callback_data=f"nt:{note.id}:{tr}"
                )
            ]
            for tr in TRACKS
        ]
        rows.append(
            [
                InlineKeyboardButton(
                    t.texts.raw("reflect.button_note"), callback_data=f"nt:{note.id}:note"
                )
            ]
        )
        t.send(t.texts.raw("reflect.which_track"), InlineKeyboardMarkup(rows))
        return
    entry = store.add(
        t.session,
        user,
        kind="entry",
        track=delivery.track,
        local_date=delivery.local_date,
        now=now,
        text=text,
        message_id=message.message_id,
        delivery=delivery,
    )
    await t.session.flush()
    if support.offer(t, context, user, text):
        return
    if delivery.track == "valued_traits":
        user.awaiting = f"trait:{entry.id}"
        t.send(t.texts.raw("reflect.ask_trait"), _trait_buttons(t, entry.id, user.locale))
        return
    if delivery.track == "self_compassion":
        await finish_entry(
            t,
            user,
            now,
            t.texts.raw("reflect.rate_now"),
            InlineKeyboardMarkup([prompts.rating_buttons(delivery.id)]),
        )
        return
    await finish_entry(t, user, now)


async def trait_typed(
    t: Turn, context: BotContext, user: User, text: str, message: Message
) -> None:
    """The answer to "what does that show about them?"; long text is a new reflection instead."""
    reflection_id = int(user.awaiting.rsplit(":", 1)[1]) if user.awaiting else 0
    reflection = await store.users_reflection(t.session, user.id, reflection_id)
    trait = " ".join(text.split())
    if reflection is None or len(trait) > MAX_TRAIT_CHARS:
        user.awaiting = None
        await capture(t, context, user, text, message)
        return
    if support.offer(t, context, user, text):
        return
    reflection.data = {**reflection.data, "trait": trait}
    await ask_person(t, user, reflection, "reflect.ask_person")


async def person_typed(
    t: Turn, context: BotContext, user: User, text: str, message: Message
) -> None:
    """A typed name for the person an entry or review is about."""
    reflection_id = int(user.awaiting.rsplit(":", 1)[1]) if user.awaiting else 0
    reflection = await store.users_reflection(t.session, user.id, reflection_id)
    name = store.clean_name(text)
    if reflection is None or (name is None and len(text) > store.MAX_NAME_CHARS):
        user.awaiting = None
        await capture(t, context, user, text, message)
        return
    if name is None:
        t.send(t.texts.raw("reflect.name_invalid"))
        return
    now = context.services.clock.now()
    person = await store.person_named(t.session, user.id, name, now)
    await person_set(t, context, user, reflection, person.id)


async def person_set(
    t: Turn, context: BotContext, user: User, reflection: Reflection, person_id: int | None
) -> None:
    """Attach the person (or none) and go on: the next review step, or the end of an entry."""
    now = context.services.clock.now()
    reflection.person_id = person_id
    reflection.updated_at = now
    if reflection.kind == "review":
        await review.after_person(t, context, user, reflection)
        return
    await finish_entry(t, user, now)


async def rating_pressed(update: Update, context: BotContext) -> None:
    """A 1-5 self-kindness button, on a prompt or on an acknowledgement."""
    query = update.callback_query
    assert query is not None and query.data is not None
    _, delivery_id, rating = query.data.split(":")
    now = context.services.clock.now()
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        delivery = await own_delivery(t, user, int(delivery_id), "self_compassion")
        if delivery is None:
            return
        await store.rate(t.session, user, delivery, int(rating), now)
        t.answer(t.texts("reflect.rated", rating=rating))
        t.edit_buttons(InlineKeyboardMarkup([prompts.rating_buttons(delivery.id, int(rating))]))


async def trait_pressed(update: Update, context: BotContext) -> None:
    """A trait button (or skip) after a valued-traits entry."""
    query = update.callback_query
    assert query is not None and query.data is not None
    _, reflection_id, choice = query.data.split(":")
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        reflection = await own_reflection(t, user, int(reflection_id))
        if reflection is None:
            return
        label = t.content.tag_label(user.locale, "trait", choice)
        # Trait buttons belong to entries; a review or a note never asks "who?" this way.
        if reflection.kind != "entry" or (label is None and choice != "skip"):
            t.answer(t.texts.raw("general.old_button"))
            return
        t.answer()
        t.clear_buttons()
        if label is not None:
            reflection.data = {**reflection.data, "trait": label}
        await ask_person(t, user, reflection, "reflect.ask_person")


async def person_pressed(update: Update, context: BotContext) -> None:
    """A person button: someone on the list, someone new (type it), or rather not say."""
    query = update.callback_query
    assert query is not None and query.data is not None
    _, reflection_id, choice = query.data.split(":")
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        reflection = await own_reflection(t, user, int(reflection_id))
        if reflection is None:
            return
        if reflection.kind == "review" and (
            reflection.status != "open" or reflection.data.get("step") != "person"
        ):
            # A review that has moved past "who was it?" (or is finished).
            t.answer(t.texts.raw("review.old_button"))
            return
        if choice == "new":
            t.answer()
            user.awaiting = f"person:{reflection.id}"
            t.send(t.texts.raw("reflect.type_name"))
            return
        person_id = None
        if choice != "none":
            person = await store.users_person(t.session, user.id, int(choice))
            if person is None:
                t.answer(t.texts.raw("general.old_button"))
                return
            person.last_used_at = context.services.clock.now()
            person_id = person.id
        t.answer()
        t.clear_buttons()
        await person_set(t, context, user, reflection, person_id)


async def file_pressed(update: Update, context: BotContext) -> None:
    """File a note under a track, or keep it as a note."""
    query = update.callback_query
    assert query is not None and query.data is not None
    _, reflection_id, choice = query.data.split(":")
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        note = await own_reflection(t, user, int(reflection_id))
        if note is None:
            return
        if note.kind not in ("note", "entry") or note.delivery_id is not None:
            t.answer(t.texts.raw("general.old_button"))
            return
        t.answer()
        note.track = None if choice == "note" else choice
        note.kind = "note" if choice == "note" else "entry"
        note.updated_at = context.services.clock.now()
        if choice == "note":
            t.edit(t.texts.raw("reflect.filed_note"))
        else:
            t.edit(t.texts("reflect.filed", track=t.texts.raw(f"track.{choice}")))


async def text_edited(update: Update, context: BotContext) -> None:
    """Editing a message in Telegram updates the stored text (quietly, unless it needs care)."""
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
        reflection = await store.reflection_for_message(t.session, user.id, message.message_id)
        if reflection is None:
            return
        reflection.text = text
        reflection.updated_at = context.services.clock.now()
        support.offer(t, context, user, text)


async def caption_received(update: Update, context: BotContext) -> None:
    """A photo (or other media) with a caption: the caption is kept as text."""
    message = update.effective_message
    assert message is not None and message.caption is not None
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        await capture(t, context, user, message.caption, message)
        t.send(t.texts.raw("reflect.photo_kept"))


def register(app: BotApplication, group: int) -> None:
    """Add the reflection handlers (the typed-text router lives in bot/handlers/input.py)."""
    private = filters.ChatType.PRIVATE
    app.add_handler(CallbackQueryHandler(rating_pressed, pattern=RATE_PATTERN), group=group)
    app.add_handler(CallbackQueryHandler(trait_pressed, pattern=TRAIT_PATTERN), group=group)
    app.add_handler(CallbackQueryHandler(person_pressed, pattern=PERSON_PATTERN), group=group)
    app.add_handler(CallbackQueryHandler(file_pressed, pattern=FILE_PATTERN), group=group)
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
