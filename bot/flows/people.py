"""/people: the people a user wrote about, one page each, and keeping the list right.

A page brings together what the user noticed about someone (values entries: the trait and
the concrete thing they did), friction with them (conflict reviews: when, how the user
pulled away, what was underneath) and the next steps planned. From it the user can rename
someone (the old name still finds them), put two entries that are one person together,
or forget someone: their names go from the list and from every text where the user wrote
them; the entries stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.content import Html
from bot.db.models import Person, Reflection, User
from bot.domain.awaiting import Awaiting, Question
from bot.domain.states import ReflectionKind
from bot.flows import Context
from bot.flows.journal import await_answer
from bot.flows.talk import NOTICED_QUERY
from bot.store import people, reflections
from bot.transport.buttons import (
    ForgetConfirm,
    Keyboard,
    MergeChoice,
    PeopleList,
    PersonAction,
    PersonPage,
    Row,
    keyboard,
    share,
)
from bot.transport.turn import Turn

# How many people the list shows as buttons; the rest are found by name.
LIST_BUTTONS = 30
# How many of each kind of line a page shows (the newest); the rest are counted.
PAGE_LINES = 5
# Quoted words on a page are cut to this many characters.
QUOTE_CHARS = 120
# Telegram's limit on a message, with room for the closing lines.
PAGE_CHARS = 3800


def _short(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


async def show_list(t: Turn, user: User, *, edit: bool = False) -> None:
    """Everyone the user wrote about, most recent first, a button each."""
    found = await people.listed(t.session, user.id)
    if not found:
        _answer(t, t.texts("people.empty"), None, edit=edit)
        return
    lines = [t.texts("people.list_title")]
    for item in found[:LIST_BUTTONS]:
        lines.append(t.texts("people.list_line", name=item.person.name, counts=_counts(t, item)))
    if len(found) > LIST_BUTTONS:
        lines.append(t.texts("people.list_more", count=len(found) - LIST_BUTTONS))
    lines.append(t.texts("people.list_hint"))
    buttons = [PersonPage(i.person.id).button(i.person.name) for i in found[:LIST_BUTTONS]]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    _answer(t, Html("\n".join(lines)), keyboard(rows), edit=edit)


def _counts(t: Turn, item: people.Listed) -> str:
    if item.entries and item.reviews:
        return t.texts("people.counts_both", entries=item.entries, reviews=item.reviews)
    if item.entries:
        return t.texts("people.counts_entries", entries=item.entries)
    if item.reviews:
        return t.texts("people.counts_reviews", reviews=item.reviews)
    return t.texts("people.counts_none")


def _answer(t: Turn, text: str, markup: Keyboard | None, *, edit: bool) -> None:
    if edit:
        t.edit(text, markup)
    else:
        t.send(text, markup)


async def show_named(t: Turn, user: User, name: str) -> None:
    """/people <name>: that person's page, found by any of their names."""
    clean = reflections.clean_name(name)
    if clean is None:
        t.send(t.texts("people.name_too_long"))
        return
    person = await people.find(t.session, user.id, clean)
    if person is None:
        t.send(t.texts("people.not_found", name=clean))
        return
    await show_page(t, user, person)


@dataclass(frozen=True)
class _Page:
    noticed: list[Reflection]
    friction: list[Reflection]
    steps: list[tuple[date, str]]


def _sorted_out(t: Turn, user: User, about: list[Reflection]) -> _Page:
    noticed = [r for r in about if r.kind in (ReflectionKind.ENTRY, ReflectionKind.NOTE) and r.text]
    friction = [r for r in about if r.kind == ReflectionKind.REVIEW]
    steps: list[tuple[date, str]] = []
    for review in friction:
        labels = [
            t.content.tag_label(user.locale, "next_step", str(tag)) or str(tag)
            for tag in review.data.get("next", [])
            if tag not in ("not_sure", "nothing_yet")
        ]
        typed = review.data.get("next_text")
        for step in [*labels, *([typed] if isinstance(typed, str) and typed else [])]:
            steps.append((review.local_date, step))
    return _Page(noticed, friction, steps)


def _labels(t: Turn, user: User, group: str, ids: object) -> list[str]:
    if not isinstance(ids, list):
        return []
    return [t.content.tag_label(user.locale, group, str(i)) or str(i) for i in ids]


async def show_page(t: Turn, user: User, person: Person, *, edit: bool = False) -> None:
    """One person: what was noticed, friction, next steps; and what can be done with them."""
    page = _sorted_out(t, user, await people.about(t.session, person))
    lines: list[str] = [t.texts("people.page_title", name=person.name)]
    others = [p.name for p in await people.other_names(t.session, person)]
    if others:
        lines.append(t.texts("people.also_called", names=", ".join(others)))
    lines.append("")
    if page.noticed:
        lines.append(t.texts("people.noticed_title", count=len(page.noticed)))
        for entry in page.noticed[-PAGE_LINES:][::-1]:
            trait = entry.data.get("trait")
            text = _short(entry.text or "")
            when = t.texts.day(entry.local_date)
            if isinstance(trait, str) and trait:
                lines.append(t.texts("people.noticed_line", date=when, trait=trait, text=text))
            else:
                lines.append(t.texts("people.noticed_line_plain", date=when, text=text))
        _earlier(t, lines, len(page.noticed))
    else:
        lines.append(t.texts("people.noticed_none"))
    if page.friction:
        last = t.texts.day(page.friction[-1].local_date)
        lines += ["", t.texts("people.friction_title", count=len(page.friction), last=last)]
        for review in page.friction[-PAGE_LINES:][::-1]:
            lines.extend(_friction_lines(t, user, review))
        _earlier(t, lines, len(page.friction))
    if page.steps:
        lines += ["", t.texts("people.steps_title", count=len(page.steps))]
        for day, step in page.steps[-PAGE_LINES:][::-1]:
            lines.append(t.texts("people.step_line", date=t.texts.day(day), step=_short(step)))
        _earlier(t, lines, len(page.steps))
    text = "\n".join(lines)
    if len(text) > PAGE_CHARS:
        text = text[: PAGE_CHARS - 1].rsplit("\n", 1)[0] + "\n…"
    _answer(t, Html(text), _page_buttons(t, person, bool(page.noticed)), edit=edit)


def _earlier(t: Turn, lines: list[str], count: int) -> None:
    if count > PAGE_LINES:
        lines.append(t.texts("people.earlier", count=count - PAGE_LINES))


def _friction_lines(t: Turn, user: User, review: Reflection) -> list[str]:
    what = review.text or t.texts.raw("people.no_text")
    lines: list[str] = [
        t.texts("people.friction_line", date=t.texts.day(review.local_date), text=_short(what))
    ]
    data = review.data
    pulled = _labels(t, user, "distancing", data.get("distancing"))
    if data.get("stayed"):
        lines.append(Html("  " + t.texts("people.stayed")))
    elif pulled:
        label = t.texts.raw("people.pulled_away")
        lines.append(t.texts("people.friction_detail", label=label, values=", ".join(pulled)))
    under = _labels(t, user, "underneath", data.get("underneath"))
    typed = data.get("underneath_text")
    if isinstance(typed, str) and typed:
        under.append(_short(typed, 80))
    if under:
        label = t.texts.raw("people.underneath")
        lines.append(t.texts("people.friction_detail", label=label, values="; ".join(under)))
    return lines


def _page_buttons(t: Turn, person: Person, noticed: bool) -> Keyboard:
    rows = [
        [
            PersonAction(person.id, "rename").button(t.texts.raw("people.button_rename")),
            PersonAction(person.id, "merge").button(t.texts.raw("people.button_merge")),
        ],
        [
            PersonAction(person.id, "forget").button(t.texts.raw("people.button_forget")),
            PeopleList().button(t.texts.raw("people.button_all")),
        ],
    ]
    if noticed:
        # Telegram's chat picker with a kind message about what was noticed (/talk's inline
        # answers); the user picks the chat and sends it, or not.
        query = NOTICED_QUERY.format(id=person.id)
        rows.insert(0, [share(t.texts.raw("people.button_tell"), query)])
    return keyboard(rows)


def _cancel(t: Turn, person: Person) -> Row:
    return [PersonPage(person.id).button(t.texts.raw("people.button_cancel"))]


def stop_renaming(context: Context, user: User) -> None:
    """Cancel or any other button of /people: a rename being asked for is no longer open."""
    waiting = Awaiting.decode(user.awaiting)
    if waiting is not None and waiting.question is Question.RENAME:
        await_answer(user, None, context.services.clock.now())


def ask_rename(t: Turn, context: Context, user: User, person: Person) -> None:
    """Ask for the new name; the next typed text answers (or /cancel)."""
    await_answer(user, Awaiting(Question.RENAME, str(person.id)), context.services.clock.now())
    t.send(t.texts("people.ask_rename", name=person.name), keyboard([_cancel(t, person)]))


async def rename_typed(t: Turn, context: Context, user: User, text: str) -> bool:
    """A typed new name for the person being renamed; False if it is no answer to that."""
    waiting = Awaiting.decode(user.awaiting)
    person_id = waiting.number if waiting is not None else None
    person = await people.person(t.session, user.id, person_id) if person_id else None
    now = context.services.clock.now()
    if person is None:
        await_answer(user, None, now)
        return False
    name = reflections.clean_name(text)
    if name is None:
        if len(text) > reflections.MAX_NAME_CHARS:
            await_answer(user, None, now)
            return False
        t.send(t.texts("people.name_invalid"))
        return True
    await_answer(user, None, now)
    if name == person.name:
        t.send(t.texts("people.rename_same"))
        return True
    old = person.name
    taken = await people.rename(t.session, person, name, now)
    if taken is not None:
        t.send(t.texts("people.rename_taken", name=taken.name))
        return True
    if old.casefold() == name.casefold():
        t.send(t.texts("people.renamed_case", name=name))
    else:
        t.send(t.texts("people.renamed", name=name, old=old))
    await show_page(t, user, person)
    return True


async def choose_merge(t: Turn, user: User, person: Person) -> None:
    """Who else on the list is the same person?"""
    found = [i.person for i in await people.listed(t.session, user.id) if i.person.id != person.id]
    if not found:
        t.answer(t.texts.raw("people.merge_nobody"))
        return
    t.answer()
    buttons = [MergeChoice(person.id, p.id).button(p.name) for p in found[:LIST_BUTTONS]]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    t.edit(t.texts("people.choose_merge", name=person.name), keyboard([*rows, _cancel(t, person)]))


def confirm_merge(t: Turn, person: Person, into: Person) -> None:
    """Say what a merge does before it is done."""
    t.edit(
        t.texts("people.confirm_merge", other=person.name, keep=into.name),
        keyboard(
            [
                [
                    MergeChoice(person.id, into.id, "yes").button(
                        t.texts.raw("people.button_confirm_merge")
                    )
                ],
                _cancel(t, person),
            ]
        ),
    )


async def merge(t: Turn, context: Context, user: User, person: Person, into: Person) -> None:
    """Put `person` into `into`: one page, and both names find it."""
    other = person.name
    await people.merge(t.session, into, person, context.services.clock.now())
    t.edit(t.texts("people.merged", other=other, keep=into.name))
    await show_page(t, user, into)


async def confirm_forget(t: Turn, user: User, person: Person) -> None:
    """Say exactly what forgetting erases before it is done."""
    names = [person.name, *(p.name for p in await people.other_names(t.session, person))]
    mentions = await people.mentions(t.session, user.id, names)
    t.edit(
        t.texts("people.confirm_forget", name=person.name, mentions=mentions),
        keyboard(
            [
                [ForgetConfirm(person.id).button(t.texts.raw("people.button_confirm_forget"))],
                _cancel(t, person),
            ]
        ),
    )


async def forget(t: Turn, user: User, person: Person) -> None:
    """Erase the person's names everywhere they are stored; the entries stay."""
    changed = await people.forget(t.session, person)
    if user.awaiting == Awaiting(Question.RENAME, str(person.id)).encode():
        user.awaiting = None
    t.edit(t.texts("people.forgotten", changed=changed))
