"""/start: a warm introduction, then the timezone, then when prompts come, then a summary."""

from __future__ import annotations

from telegram import Update

from bot.content import Html
from bot.context import BotApplication, BotContext
from bot.db.models import User
from bot.domain import closeness
from bot.domain.awaiting import Awaiting, Question
from bot.domain.closeness import Close
from bot.domain.states import UserStatus
from bot.domain.tracks import PRESETS, Track
from bot.handlers import setup, views
from bot.handlers.common import Turn, command, pressed, turn
from bot.store import accounts
from bot.transport.buttons import AboutClose, AboutRole, Consent, Preset, TypeTime


def _name(update: Update) -> str:
    sender = update.effective_user
    return sender.first_name if sender and sender.first_name else "there"


async def start(update: Update, context: BotContext) -> None:
    """Greet a new user, resume an unfinished set-up, or show the current one; never wipe."""
    chat = update.effective_chat
    sender = update.effective_user
    assert chat is not None and sender is not None
    now = context.services.clock.now()
    async with turn(update, context) as t:
        was_blocked = t.user is not None and t.user.status == UserStatus.BLOCKED
        user, is_new = await accounts.start_user(
            t.session,
            user_id=sender.id,
            chat_id=chat.id,
            locale=context.services.content.supported_locale(sender.language_code),
            now=now,
        )
        t.user = user
        if is_new:
            t.send(t.texts("onboarding.intro", name=_name(update)))
            setup.ask_consent(t)
        elif user.consented_at is None:
            setup.ask_consent(t)
        elif user.timezone is None:
            t.send(t.texts.raw("onboarding.resume_timezone"))
            setup.ask_timezone(t)
        elif not accounts.is_onboarded(user):
            t.send(t.texts.raw("onboarding.resume_times"))
            setup.ask_times(t)
        elif was_blocked:
            t.send(t.texts("onboarding.reactivated", name=_name(update)))
            t.send(views.plan(t.texts, user, now))
        else:
            user.awaiting = None
            text = t.texts(
                "onboarding.welcome_back",
                name=_name(update),
                plan=views.plan(t.texts, user, now),
                next=await views.next_prompt_line(t.texts, t.session, user, now),
            )
            t.send(text)


@pressed(Consent, onboarded=False)
async def consent_chosen(t: Turn, context: BotContext, user: User, data: Consent) -> None:
    """I agree (go on to the timezone) or not now (nothing is stored)."""
    if user.consented_at is not None:
        # Answered already: a second "I agree" adds nothing, and a late "Not now" must not
        # say that nothing is stored when it is.
        t.answer(t.texts.raw("onboarding.consent_old"))
        t.clear_buttons()
        return
    t.answer()
    if data.choice == "no":
        t.edit(t.texts.raw("onboarding.consent_declined"))
        return
    t.clear_buttons()
    user.consented_at = context.services.clock.now()
    if user.timezone is None:
        # Optional, answered whenever: its buttons stay while set-up goes on below it.
        setup.ask_about_you(t)
        setup.ask_timezone(t)
    elif not accounts.is_onboarded(user):
        setup.ask_times(t)


@pressed(AboutRole, onboarded=False)
async def role_chosen(t: Turn, context: BotContext, user: User, data: AboutRole) -> None:
    """Whose pulling away the user works with; then who is close (or skip both)."""
    t.answer()
    if data.role == "skip":
        t.edit(t.texts("about.skipped"))
        return
    now = context.services.clock.now()
    user.role = data.role
    user.updated_at = now
    text = t.texts("about.ask_close")
    if closeness.supports_someone(data.role):
        # During set-up the track waits for the times (bot.store.accounts.finish_onboarding).
        onboarded = accounts.is_onboarded(user)
        if not onboarded or accounts.add_track(user, Track.SUPPORTING_SOMEONE, now):
            key = "about.track_added" if onboarded else "about.track_coming"
            text = Html(f"{t.texts(key)}\n\n{text}")
    t.edit(text, setup.close_ones_keyboard(t))


@pressed(AboutClose, onboarded=False)
async def close_toggled(t: Turn, context: BotContext, user: User, data: AboutClose) -> None:
    """Who is close now, one tap each; Done thanks and says what changes."""
    t.answer()
    user.updated_at = context.services.clock.now()
    if data.who == "done":
        t.edit(t.texts("about.done" if user.close_ones else "about.done_unsaid"))
        return
    user.close_ones = (user.close_ones or 0) ^ Close[data.who.upper()]
    t.edit_buttons(setup.close_ones_keyboard(t))


def _choosing_times(t: Turn) -> User | None:
    """The sender, if a time-preset button fits where they are in onboarding."""
    if t.user is None or t.user.timezone is None:
        t.answer(t.texts.raw("general.need_start"))
        return None
    if accounts.is_onboarded(t.user):
        t.answer(t.texts.raw("onboarding.old_button"))
        return None
    return t.user


async def preset_chosen(update: Update, context: BotContext) -> None:
    """Apply a time preset from the onboarding buttons."""
    preset = Preset.of(update)
    now = context.services.clock.now()
    async with turn(update, context) as t:
        user = _choosing_times(t)
        if user is None:
            return
        t.answer()
        accounts.set_times(user, PRESETS[preset.name], now)
        await setup.finish(t, now, edit_message=True)


async def type_time_chosen(update: Update, context: BotContext) -> None:
    """The user wants to type a time for all prompts."""
    async with turn(update, context) as t:
        user = _choosing_times(t)
        if user is None:
            return
        t.answer()
        user.awaiting = Awaiting(Question.TIME, "all").encode()
        t.send(t.texts.raw("onboarding.ask_typed_time"))


def register(app: BotApplication, group: int) -> None:
    """Add the onboarding handlers."""
    app.add_handler(command("start", start), group=group)
    app.add_handler(role_chosen, group=group)
    app.add_handler(close_toggled, group=group)
    app.add_handler(consent_chosen, group=group)
    app.add_handler(Preset.handler(preset_chosen), group=group)
    app.add_handler(TypeTime.handler(type_time_chosen), group=group)
