"""/talk: preparing to tell someone close about the habit of pulling away, in the user's own
words, in short steps, then a draft they can change, keep and share.

Steps: who it is for (optional), then four parts, each typed or skipped: what I'd like you
to know, what I'm afraid of, what I'm working on, what I need or am not ready for yet. The
draft is one reflection of kind "draft": the parts in its `data` (each linked to its message,
so an edit in Telegram changes it), the assembled message in its `text`. Nothing is sent to
anyone by the bot: "Share" opens Telegram's chat picker with the draft (inline mode), and the
user chooses the chat and sends it themselves.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.content import Html, Texts, utf8
from bot.db.models import Person, Reflection, User
from bot.domain.awaiting import Awaiting, Question
from bot.domain.states import ReflectionKind, ReflectionStatus
from bot.flows import Context
from bot.flows.journal import ask_person, await_answer
from bot.store import reflections
from bot.transport.buttons import TalkAction, TalkStep, keyboard, share
from bot.transport.turn import Turn

Part = Literal["know", "afraid", "working", "need"]
PARTS: tuple[Part, ...] = ("know", "afraid", "working", "need")
# The query a Share button puts in the chat picker (answered by bot/handlers/talk.py).
DRAFT_QUERY = "talk {id}"
NOTICED_QUERY = "noticed {id}"
# Telegram's limit on a message the user sends from an inline result.
MAX_MESSAGE = 4096


def _today(user: User, now: datetime) -> date:
    return now.astimezone(ZoneInfo(user.timezone or "UTC")).date()


async def open_draft(t: Turn, user: User) -> Reflection | None:
    """The user's draft still being written, if any."""
    return await reflections.latest_of_kind(
        t.session, user.id, ReflectionKind.DRAFT, ReflectionStatus.OPEN
    )


async def start(t: Turn, context: Context, user: User) -> None:
    """/talk: pick up a draft being written, show the last one made, or begin."""
    draft = await open_draft(t, user)
    if draft is not None:
        t.send(
            t.texts("talk.resume"),
            keyboard(
                [
                    [TalkAction(draft.id, "continue").button(t.texts.raw("talk.button_continue"))],
                    [TalkAction(draft.id, "restart").button(t.texts.raw("talk.button_restart"))],
                ]
            ),
        )
        return
    done = await reflections.latest_of_kind(
        t.session, user.id, ReflectionKind.DRAFT, ReflectionStatus.DONE
    )
    if done is not None:
        await show(t, user, done, intro="talk.last_draft", new_button=True)
        return
    await begin(t, context, user)


async def begin(t: Turn, context: Context, user: User) -> None:
    """A new draft: first, who it is for."""
    now = context.services.clock.now()
    draft = reflections.add(
        t.session,
        user,
        kind=ReflectionKind.DRAFT,
        track=None,
        local_date=_today(user, now),
        now=now,
        status=ReflectionStatus.OPEN,
        data={"step": "person"},
    )
    await t.session.flush()
    t.send(t.texts("talk.intro"))
    await ask_person(t, user, draft, "talk.ask_person", now)


async def after_person(t: Turn, context: Context, user: User, draft: Reflection) -> None:
    """Who it is for is answered (or not): the first part."""
    draft.data = {**draft.data, "step": PARTS[0]}
    ask_step(t, context, user, draft)


def ask_step(t: Turn, context: Context, user: User, draft: Reflection) -> None:
    """Ask the draft's current part: type it, or skip it."""
    step = draft.data.get("step", PARTS[0])
    await_answer(user, Awaiting.about(Question.TALK, draft.id), context.services.clock.now())
    t.send(
        t.texts(f"talk.ask_{step}"),
        keyboard([[TalkStep(draft.id, step, "skip").button(t.texts.raw("talk.button_skip"))]]),
    )


def open_at(draft: Reflection, step: str) -> bool:
    """Whether the draft is being written and asking that part now."""
    return (
        draft.kind == ReflectionKind.DRAFT
        and draft.status == ReflectionStatus.OPEN
        and draft.data.get("step") == step
    )


async def step_typed(
    t: Turn, context: Context, user: User, draft: Reflection, text: str, message_id: int | None
) -> bool:
    """The words of the current part; False if the draft takes none now."""
    step = draft.data.get("step")
    if not isinstance(step, str) or step not in PARTS or not open_at(draft, step):
        return False
    draft.data = {**draft.data, step: text}
    reflections.link(t.session, user.id, message_id, draft, step)
    await advance(t, context, user, draft)
    return True


async def skipped(t: Turn, context: Context, user: User, draft: Reflection, step: str) -> bool:
    """ "Skip this one"; False if that part is no longer the open one."""
    if not open_at(draft, step):
        return False
    draft.data = {k: v for k, v in draft.data.items() if k != step}
    await advance(t, context, user, draft)
    return True


async def advance(t: Turn, context: Context, user: User, draft: Reflection) -> None:
    """The next part, or (after the last, or after changing one part) the draft."""
    step = str(draft.data.get("step"))
    later = PARTS[PARTS.index(step) + 1 :] if step in PARTS else ()
    if later and not draft.data.get("changing"):
        draft.data = {**draft.data, "step": later[0]}
        draft.updated_at = context.services.clock.now()
        ask_step(t, context, user, draft)
        return
    await finish(t, context, user, draft)


async def _name(t: Turn, user: User, draft: Reflection) -> str | None:
    if draft.person_id is None:
        return None
    person: Person | None = await reflections.users_person(t.session, user.id, draft.person_id)
    return person.name if person is not None else None


def assemble(texts: Texts, data: dict[str, object], name: str | None) -> str | None:
    """The message in the user's words, each part after a short lead-in; None if empty.
    Words Telegram could not take (an unpaired surrogate) are made sendable first."""
    parts = [
        texts.template(f"talk.lead_{part}").format(words=utf8(str(data[part]).strip()))
        for part in PARTS
        if isinstance(data.get(part), str) and str(data[part]).strip()
    ]
    if not parts:
        return None
    greeting = (
        texts.template("talk.greeting_name").format(name=utf8(name))
        if name
        else texts.raw("talk.greeting")
    )
    closing = texts.raw("talk.closing")
    message = "\n\n".join([greeting, *parts, closing])
    return message[: MAX_MESSAGE - 1] + "…" if len(message) > MAX_MESSAGE else message


async def finish(t: Turn, context: Context, user: User, draft: Reflection) -> None:
    """Put the draft together and show it; with nothing written, say so and let it go."""
    now = context.services.clock.now()
    await_answer(user, None, now)
    text = assemble(t.texts, draft.data, await _name(t, user, draft))
    if text is None:
        await reflections.remove(t.session, draft)
        t.send(t.texts("talk.empty"))
        return
    draft.text = text
    draft.status = ReflectionStatus.DONE
    draft.data = {k: v for k, v in draft.data.items() if k not in ("step", "changing")}
    draft.updated_at = now
    await show(t, user, draft, intro="talk.ready")


async def show(
    t: Turn, user: User, draft: Reflection, *, intro: str, new_button: bool = False
) -> None:
    """The draft, quoted, with Share, Change a part, Delete (and a new one)."""
    quoted = Html(f"<blockquote>{html.escape(draft.text or '', quote=False)}</blockquote>")
    rows = [
        [share(t.texts.raw("talk.button_share"), DRAFT_QUERY.format(id=draft.id))],
        [TalkAction(draft.id, "change").button(t.texts.raw("talk.button_change"))],
        [TalkAction(draft.id, "delete").button(t.texts.raw("talk.button_delete"))],
    ]
    if new_button:
        rows.append([TalkAction(draft.id, "new").button(t.texts.raw("talk.button_new"))])
    t.send(Html(f"{t.texts(intro)}\n\n{quoted}\n\n{t.texts('talk.share_hint')}"), keyboard(rows))


def choose_part(t: Turn, draft: Reflection) -> None:
    """Which part to change."""
    rows = [
        [TalkStep(draft.id, part, "change").button(t.texts.raw(f"talk.part_{part}"))]
        for part in PARTS
    ]
    t.edit(t.texts("talk.which_part"), keyboard(rows))


def change_part(t: Turn, context: Context, user: User, draft: Reflection, part: Part) -> None:
    """Open the draft again at one part; after it, the draft is put together again."""
    draft.status = ReflectionStatus.OPEN
    draft.data = {**draft.data, "step": part, "changing": True}
    draft.updated_at = context.services.clock.now()
    ask_step(t, context, user, draft)


@dataclass(frozen=True)
class Shareable:
    """One message the user may send from the chat picker."""

    id: str
    title: str
    text: str


async def shareable(
    session: AsyncSession, texts: Texts, user: User, query: str, limit: int = 5
) -> list[Shareable]:
    """What the chat picker offers for a query: the asked-for draft or noticed message first,
    then the user's latest drafts. Only the user's own rows; nothing else."""
    found: list[Shareable] = []
    word, _, number = query.strip().partition(" ")
    if word == "noticed" and number.isdecimal():
        found.extend(await _noticed(session, texts, user, int(number)))
    drafts = await reflections.latest_drafts(session, user.id, limit)
    if word == "talk" and number.isdecimal():
        drafts.sort(key=lambda d: d.id != int(number))
    people = await reflections.people_by_id(
        session, user.id, {d.person_id for d in drafts if d.person_id is not None}
    )
    for draft in drafts:
        person = people.get(draft.person_id) if draft.person_id is not None else None
        title = (
            texts.template("talk.inline_title_name").format(name=person.name)
            if person is not None
            else texts.raw("talk.inline_title")
        )
        found.append(Shareable(f"d{draft.id}", title, draft.text or ""))
    return [s for s in found if s.text][:limit]


async def _noticed(
    session: AsyncSession, texts: Texts, user: User, person_id: int
) -> list[Shareable]:
    person = await reflections.users_person(session, user.id, person_id)
    if person is None:
        return []
    shown = []
    for entry in await reflections.traits_about(session, user.id, person.id):
        trait = entry.data.get("trait")
        words = " ".join((entry.text or "").split())
        key = "talk.noticed_message" if trait else "talk.noticed_message_plain"
        text = texts.template(key).format(name=person.name, trait=str(trait).lower(), words=words)
        title = texts.template("talk.noticed_title").format(name=person.name, trait=trait or "…")
        shown.append(Shareable(f"n{entry.id}", title, text[:MAX_MESSAGE]))
    return shown
