"""/talk, its buttons, and inline mode: the chat picker's answers when the user shares a
draft or something they noticed (what each does: bot/flows/talk.py)."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.ext import InlineQueryHandler

from bot.context import BotApplication, BotContext
from bot.db.models import Reflection, User
from bot.domain.states import ReflectionKind
from bot.flows import talk as flow
from bot.handlers.common import Turn, command, pressed, turn
from bot.store import accounts, reflections
from bot.transport.buttons import TalkAction, TalkStep

# Inline answers are personal and never cached: they are this user's words, now.
CACHE_SECONDS = 0


async def talk_command(update: Update, context: BotContext) -> None:
    """/talk: prepare what to tell someone close."""
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        await flow.start(t, context, user)


async def _draft(t: Turn, user: User, draft_id: int) -> Reflection | None:
    found = await reflections.users_reflection(t.session, user.id, draft_id)
    if found is None or found.kind != ReflectionKind.DRAFT:
        t.answer(t.texts.raw("general.old_button"))
        return None
    return found


@pressed(TalkAction)
async def action_pressed(t: Turn, context: BotContext, user: User, data: TalkAction) -> None:
    """Continue, start over, change a part, delete, or a new draft."""
    draft = await _draft(t, user, data.draft)
    if draft is None:
        return
    t.answer()
    if data.action == "continue":
        t.clear_buttons()
        if draft.data.get("step") == "person":
            await flow.after_person(t, context, user, draft)
        else:
            flow.ask_step(t, context, user, draft)
    elif data.action in ("restart", "new"):
        t.clear_buttons()
        if data.action == "restart":
            await reflections.remove(t.session, draft)
        await flow.begin(t, context, user)
    elif data.action == "change":
        flow.choose_part(t, draft)
    else:
        await reflections.remove(t.session, draft)
        t.edit(t.texts("talk.deleted"))


@pressed(TalkStep)
async def step_pressed(t: Turn, context: BotContext, user: User, data: TalkStep) -> None:
    """Skip the part being asked, or the part chosen to change."""
    draft = await _draft(t, user, data.draft)
    if draft is None:
        return
    if data.choice == "skip":
        if not flow.open_at(draft, data.part):
            t.answer(t.texts.raw("general.old_button"))
            return
        t.answer()
        t.clear_buttons()
        await flow.skipped(t, context, user, draft, data.part)
        return
    t.answer()
    t.clear_buttons()
    flow.change_part(t, context, user, draft, data.part)


async def inline_query(update: Update, context: BotContext) -> None:
    """The chat picker asks what to offer: the user's own drafts and noticed messages."""
    query = update.inline_query
    assert query is not None
    services = context.services
    async with services.db.transaction() as session:
        user = await accounts.get_user(session, query.from_user.id)
        if user is None or user.consented_at is None:
            found: list[flow.Shareable] = []
        else:
            texts = services.content.texts(user.locale)
            found = await flow.shareable(session, texts, user, query.query)
    results = [
        InlineQueryResultArticle(
            id=item.id,
            title=item.title,
            description=item.text[:80],
            # The user's own words, sent as they wrote them (no HTML read into them).
            input_message_content=InputTextMessageContent(item.text, parse_mode=None),
        )
        for item in found
    ]
    await query.answer(results, cache_time=CACHE_SECONDS, is_personal=True)


def register(app: BotApplication, group: int) -> None:
    """Add /talk, its buttons and the inline answers."""
    app.add_handler(command("talk", talk_command), group=group)
    app.add_handler(action_pressed, group=group)
    app.add_handler(step_pressed, group=group)
    app.add_handler(InlineQueryHandler(inline_query), group=group)
