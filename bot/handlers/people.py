"""/people [name] and the buttons of its pages (what they show and do: bot/flows/people.py)."""

from __future__ import annotations

from telegram import Update

from bot.context import BotApplication, BotContext
from bot.db.models import Person, User
from bot.flows import people as flow
from bot.handlers.common import MAX_ARGUMENT_CHARS, Turn, command, command_args, pressed, turn
from bot.store import people
from bot.transport.buttons import ForgetConfirm, MergeChoice, PeopleList, PersonAction, PersonPage


async def people_command(update: Update, context: BotContext) -> None:
    """/people: everyone written about; /people <name>: that person's page."""
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        name = " ".join(command_args(context))
        if not name:
            await flow.show_list(t, user)
        elif len(name) > MAX_ARGUMENT_CHARS:
            t.send(t.texts("people.name_too_long"))
        else:
            await flow.show_named(t, user, name)


async def _person(t: Turn, user: User, person_id: int) -> Person | None:
    """The user's person, or None (the button is answered as out of date)."""
    found = await people.person(t.session, user.id, person_id)
    if found is None:
        t.answer(t.texts.raw("people.gone"))
    return found


@pressed(PeopleList)
async def list_pressed(t: Turn, context: BotContext, user: User, data: PeopleList) -> None:
    """« Everyone: back to the list."""
    flow.stop_renaming(context, user)
    t.answer()
    await flow.show_list(t, user, edit=True)


@pressed(PersonPage)
async def page_pressed(t: Turn, context: BotContext, user: User, data: PersonPage) -> None:
    """A name on the list, or Cancel on one of a page's questions: the person's page."""
    flow.stop_renaming(context, user)
    person = await _person(t, user, data.person)
    if person is None:
        return
    t.answer()
    await flow.show_page(t, user, person, edit=True)


@pressed(PersonAction)
async def action_pressed(t: Turn, context: BotContext, user: User, data: PersonAction) -> None:
    """Rename, "Same person as…" or Forget."""
    person = await _person(t, user, data.person)
    if person is None:
        return
    if data.action == "rename":
        t.answer()
        flow.ask_rename(t, context, user, person)
    elif data.action == "merge":
        await flow.choose_merge(t, user, person)
    else:
        t.answer()
        await flow.confirm_forget(t, user, person)


@pressed(MergeChoice)
async def merge_pressed(t: Turn, context: BotContext, user: User, data: MergeChoice) -> None:
    """The person chosen as the same one (asks first), or "Yes, they're the same"."""
    person = await _person(t, user, data.person)
    into = await _person(t, user, data.into) if person is not None else None
    if person is None or into is None or person.id == into.id:
        return
    t.answer()
    if data.confirmed is None:
        flow.confirm_merge(t, person, into)
    else:
        await flow.merge(t, context, user, person, into)


@pressed(ForgetConfirm)
async def forget_pressed(t: Turn, context: BotContext, user: User, data: ForgetConfirm) -> None:
    """ "Forget them": erase the person's names everywhere they are stored."""
    person = await _person(t, user, data.person)
    if person is None:
        return
    t.answer()
    await flow.forget(t, user, person)


def register(app: BotApplication, group: int) -> None:
    """Add /people and its buttons."""
    app.add_handler(command("people", people_command), group=group)
    for handler in (list_pressed, page_pressed, action_pressed, merge_pressed, forget_pressed):
        app.add_handler(handler, group=group)
