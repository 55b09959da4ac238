"""Data rights: /export (JSON and Markdown files), /delete (everything, once confirmed)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from bot import prompts
from bot.content import Content, Texts
from bot.context import BotApplication, BotContext
from bot.handlers.common import command, turn
from bot.services import privacy as store

DELETE_PATTERN = r"^del:(yes|no)$"


def to_markdown(data: dict[str, Any], texts: Texts, content: Content, locale: str) -> str:
    """A readable rendering of an export: one section per reflection, oldest first."""
    lines = [f"# {texts.raw('export.md_title')}", "", texts.raw("export.md_intro"), ""]
    for entry in data["reflections"]:
        track = entry["track"]
        name = texts.raw(f"track.{track}") if track else texts.raw("history.note_track")
        lines.append(f"## {entry['local_date']} · {name}")
        if entry["prompt_id"] and track:
            prompt = prompts.find_prompt(content, locale, track, entry["prompt_id"])
            lines.append(f"> {prompt.text}")
        if entry["kind"] == "calm":
            lines.append(texts.raw("history.calm"))
        if entry["person"]:
            lines.append(f"*{texts.raw('history.person')}: {entry['person']}*")
        if entry["text"]:
            lines += ["", entry["text"]]
        for key, value in sorted(entry["data"].items()):
            if key != "step" and value not in (None, [], ""):
                shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
                lines.append(f"- {key}: {shown}")
        if entry["rating"] is not None:
            lines.append(f"- {texts('history.rating', rating=entry['rating'])}")
        lines.append("")
    return "\n".join(lines)


async def export_command(update: Update, context: BotContext) -> None:
    """/export: two files with everything stored about the sender."""
    services = context.services
    async with turn(update, context) as t:
        user = t.registered()
        if user is None:
            return
        data = await store.collect(t.session, user, services.clock.now())

        def render() -> tuple[bytes, bytes]:
            machine = json.dumps(data, ensure_ascii=False, indent=2).encode()
            return machine, to_markdown(data, t.texts, services.content, user.locale).encode()

        # Thousands of entries take a few hundred milliseconds: off the event loop.
        machine, readable = await asyncio.to_thread(render)
        t.send_document(machine, "letin-export.json", t.texts.raw("export.json_caption"))
        t.send_document(readable, "letin-export.md", t.texts.raw("export.md_caption"))


async def delete_command(update: Update, context: BotContext) -> None:
    """/delete: ask for confirmation."""
    async with turn(update, context) as t:
        if t.registered() is None:
            return
        markup = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(t.texts.raw("delete.yes"), callback_data="del:yes"),
                    InlineKeyboardButton(t.texts.raw("delete.no"), callback_data="del:no"),
                ]
            ]
        )
        t.send(t.texts.raw("delete.confirm"), markup)


async def delete_pressed(update: Update, context: BotContext) -> None:
    """Erase everything of the sender (never of anyone the button data might name)."""
    query = update.callback_query
    assert query is not None and query.data is not None
    async with turn(update, context) as t:
        user = t.registered()
        if user is None:
            return
        t.answer()
        if query.data == "del:no":
            t.edit(t.texts.raw("delete.kept"))
            return
        user_id = user.id
        t.session.expunge(user)
        t.user = None
        await store.erase(t.session, user_id)
        t.edit(t.texts.raw("delete.done"))


def register(app: BotApplication, group: int) -> None:
    """Add /export and /delete."""
    app.add_handler(command("export", export_command), group=group)
    app.add_handler(command("delete", delete_command), group=group)
    app.add_handler(CallbackQueryHandler(delete_pressed, pattern=DELETE_PATTERN), group=group)
