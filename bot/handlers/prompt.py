"""/prompt [track]: a prompt right now; /history [track]: recent reflections, paged."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import CallbackQueryHandler

from bot import prompts
from bot.content import Html, Texts
from bot.context import BotApplication, BotContext
from bot.db.models import Person, Reflection, User
from bot.domain.tracks import TRACKS, parse_track
from bot.handlers.common import MAX_ARGUMENT_CHARS, Turn, command, turn
from bot.handlers.journal import local_today
from bot.services import delivery as deliveries
from bot.services import reflections as store

_TRACK = "|".join(t.value for t in TRACKS)
PROMPT_PATTERN = rf"^pr:({_TRACK})$"
HISTORY_PATTERN = rf"^hs:({_TRACK}|all):\d{{1,4}}$"
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
            rows = [
                [InlineKeyboardButton(t.texts.raw(f"track.{tr.value}"), callback_data=f"pr:{tr}")]
                for tr in TRACKS
            ]
            t.send(t.texts.raw("prompt.choose"), InlineKeyboardMarkup(rows))
            return
        track = parse_track(words) if len(words) <= MAX_ARGUMENT_CHARS else None
        if track is None:
            t.send(t.texts("general.unknown_track", text=words[:40], example="/prompt values"))
            return
        await send_prompt(t, context, user, track.value)


async def prompt_pressed(update: Update, context: BotContext) -> None:
    """A track button from /prompt."""
    query = update.callback_query
    assert query is not None and query.data is not None
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        t.answer()
        t.clear_buttons()
        await send_prompt(t, context, user, query.data.removeprefix("pr:"))


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
    if entry.kind == "calm":
        lines.append(texts("history.calm"))
    if entry.kind == "review" and person is not None:
        lines.append(texts("history.review_with", name=person.name))
    if entry.text:
        lines.append(texts("history.text", text=_short(entry.text)))
    if entry.kind == "review":
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
    t: Turn, user: User, track: str | None, page: int
) -> tuple[Html, InlineKeyboardMarkup | None]:
    """A page of history with Older / Newer buttons."""
    entries, more = await store.history_page(t.session, user.id, track, page, PAGE_SIZE)
    what = t.texts.raw(f"track.{track}") if track else t.texts.raw("history.all")
    if not entries:
        return t.texts("history.empty"), None
    people = await store.people_by_id(
        t.session, user.id, {e.person_id for e in entries if e.person_id}
    )
    blocks = [t.texts("history.title", what=what)]
    blocks += [render_entry(t, user, e, people) for e in entries]
    key = track or "all"
    buttons = []
    if more:
        buttons.append(
            InlineKeyboardButton(t.texts.raw("history.older"), callback_data=f"hs:{key}:{page + 1}")
        )
    if page > 0:
        buttons.append(
            InlineKeyboardButton(t.texts.raw("history.newer"), callback_data=f"hs:{key}:{page - 1}")
        )
    return Html("\n\n".join(blocks)), InlineKeyboardMarkup([buttons]) if buttons else None


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
        t.send(*await history_screen(t, user, track, 0))


async def history_pressed(update: Update, context: BotContext) -> None:
    """Older / Newer."""
    query = update.callback_query
    assert query is not None and query.data is not None
    _, key, page = query.data.split(":")
    async with turn(update, context) as t:
        user = t.registered(onboarded=True)
        if user is None:
            return
        t.answer()
        t.edit(*await history_screen(t, user, None if key == "all" else key, int(page)))


def register(app: BotApplication, group: int) -> None:
    """Add /prompt and /history."""
    app.add_handler(command("prompt", prompt_command), group=group)
    app.add_handler(command("history", history_command), group=group)
    app.add_handler(CallbackQueryHandler(prompt_pressed, pattern=PROMPT_PATTERN), group=group)
    app.add_handler(CallbackQueryHandler(history_pressed, pattern=HISTORY_PATTERN), group=group)
