"""/prompt [track]: a prompt right now; /history [track]: recent reflections, paged."""

from __future__ import annotations

from typing import Literal

from telegram import InlineKeyboardMarkup, Message, Update

from bot import prompts
from bot.content import Html, Texts
from bot.context import BotApplication, BotContext
from bot.db.models import Person, Reflection, User
from bot.domain.states import ReflectionKind
from bot.domain.tracks import TRACKS, Track, parse_track
from bot.flows.journal import local_today
from bot.handlers import views
from bot.handlers.common import MAX_ARGUMENT_CHARS, Turn, command, pressed, turn
from bot.store import deliveries as deliveries
from bot.store import reflections
from bot.transport.buttons import HistoryPage, PromptNow

PAGE_SIZE = 5
MAX_ENTRY_CHARS = 400


async def send_prompt(t: Turn, context: BotContext, user: User, track: str) -> None:
    """Send a prompt of a track now, recorded as today's on-demand prompt."""
    services = context.services
    now = services.clock.now()
    delivery = await deliveries.on_demand_prompt(
        t.session,
        user=user,
        track=track,
        local_date=local_today(user, now),
        now=now,
        content=services.content,
    )
    text, markup = prompts.render(
        services.content, user.locale, track, delivery.prompt_id, delivery.id
    )
    delivery_id = delivery.id

    async def remember(message: Message) -> None:
        async with services.db.transaction() as session:
            await deliveries.set_message_id(session, delivery_id, message.message_id)

    t.send(text, markup, on_sent=remember)


async def prompt_command(update: Update, context: BotContext) -> None:
    """/prompt [track]."""
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        words = " ".join(context.args or []).strip()
        if not words:
            rows = [[PromptNow(tr).button(t.texts.raw(f"track.{tr.value}"))] for tr in TRACKS]
            t.send(t.texts.raw("prompt.choose"), InlineKeyboardMarkup(rows))
            return
        track = parse_track(words) if len(words) <= MAX_ARGUMENT_CHARS else None
        if track is None:
            t.send(t.texts("general.unknown_track", text=words[:40], example="/prompt values"))
            return
        await send_prompt(t, context, user, track.value)


@pressed(PromptNow)
async def prompt_pressed(t: Turn, context: BotContext, user: User, data: PromptNow) -> None:
    """A track button from /prompt."""
    t.answer()
    t.clear_buttons()
    await send_prompt(t, context, user, data.track.value)


def _short(text: str) -> str:
    return text if len(text) <= MAX_ENTRY_CHARS else text[: MAX_ENTRY_CHARS - 1].rstrip() + "…"


def _labels(t: Turn, locale: str, group: str, ids: list[str]) -> str:
    return ", ".join(label for i in ids if (label := t.content.tag_label(locale, group, i)))


def _line(texts: Texts, label_key: str, values: str) -> Html:
    return texts("history.review_line", label=texts.raw(label_key), values=values)


def render_entry(t: Turn, user: User, entry: Reflection, people: dict[int, Person]) -> Html:
    """One reflection as a few lines of HTML (the user's words escaped)."""
    texts: Texts = t.texts
    track = texts.raw(f"track.{entry.track}") if entry.track else texts.raw("history.note_track")
    day = f"{texts.raw(f'weekday.{entry.local_date.weekday()}')} {entry.local_date:%d.%m}"
    lines = [texts("history.entry_head", date=day, track=track)]
    person = people.get(entry.person_id) if entry.person_id else None
    if entry.kind == ReflectionKind.CALM:
        lines.append(texts("history.calm"))
    if entry.kind == ReflectionKind.REVIEW and person is not None:
        lines.append(texts("history.review_with", name=person.name))
    if entry.text:
        lines.append(texts("history.text", text=_short(entry.text)))
    if entry.kind == ReflectionKind.REVIEW:
        for key, group, label in (
            ("felt", "feeling", "history.felt"),
            ("distancing", "distancing", "history.pulled_away"),
            ("underneath", "underneath", "history.underneath"),
            ("next", "next_step", "history.next_step"),
        ):
            values = _labels(t, user.locale, group, entry.data.get(key, []))
            typed = entry.data.get(f"{key}_text")
            joined = "; ".join(v for v in (values, typed) if v)
            if joined:
                lines.append(
                    texts("history.review_line", label=texts.raw(label), values=_short(joined))
                )
    elif person is not None:
        lines.append(
            texts("history.review_line", label=texts.raw("history.person"), values=person.name)
        )
    if entry.data.get("trait"):
        lines.append(
            texts(
                "history.review_line", label=texts.raw("history.trait"), values=entry.data["trait"]
            )
        )
    if entry.rating is not None:
        lines.append(texts("history.rating", rating=entry.rating))
    return Html("\n".join(lines))


async def history_screen(
    t: Turn, user: User, track: str | None, page: int, journal: str | None = None
) -> tuple[Html, InlineKeyboardMarkup | None]:
    """A page of history with Older / Newer buttons (and Open journal, given its URL)."""
    entries, more = await reflections.history_page(t.session, user.id, track, page, PAGE_SIZE)
    what = t.texts.raw(f"track.{track}") if track else t.texts.raw("history.all")
    if not entries:
        return t.texts("history.empty"), None
    people = await reflections.people_by_id(
        t.session, user.id, {e.person_id for e in entries if e.person_id}
    )
    blocks = [t.texts("history.title", what=what)]
    blocks += [render_entry(t, user, e, people) for e in entries]
    key: Track | Literal["all"] = Track(track) if track else "all"
    buttons = []
    if more:
        buttons.append(HistoryPage(key, page + 1).button(t.texts.raw("history.older")))
    if page > 0:
        buttons.append(HistoryPage(key, page - 1).button(t.texts.raw("history.newer")))
    markup = InlineKeyboardMarkup([buttons]) if buttons else None
    return Html("\n\n".join(blocks)), views.with_journal(t.texts, journal, markup)


async def history_command(update: Update, context: BotContext) -> None:
    """/history [track]."""
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        words = " ".join(context.args or []).strip()
        track = None
        if words:
            parsed = parse_track(words) if len(words) <= MAX_ARGUMENT_CHARS else None
            if parsed is None:
                t.send(t.texts("general.unknown_track", text=words[:40], example="/history self"))
                return
            track = parsed.value
        journal = context.services.webapp_url
        t.send(*await history_screen(t, user, track, 0, journal))


@pressed(HistoryPage)
async def history_pressed(t: Turn, context: BotContext, user: User, data: HistoryPage) -> None:
    """Older / Newer."""
    track = None if data.track == "all" else data.track.value
    t.answer()
    t.edit(*await history_screen(t, user, track, data.page, context.services.webapp_url))


def register(app: BotApplication, group: int) -> None:
    """Add /prompt and /history."""
    app.add_handler(command("prompt", prompt_command), group=group)
    app.add_handler(command("history", history_command), group=group)
    app.add_handler(prompt_pressed, group=group)
    app.add_handler(history_pressed, group=group)
