"""Data rights: /export (JSON and Markdown files), /delete (everything, once confirmed)."""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from typing import Any

from telegram import InlineKeyboardMarkup, Update

from bot import prompts
from bot.buttons import Delete
from bot.content import Content, Texts
from bot.context import BotApplication, BotContext
from bot.db.models import User
from bot.domain.states import ReflectionKind, ReflectionStatus
from bot.handlers.common import Turn, command, pressed, turn
from bot.services import privacy as store

# Telegram takes documents of up to 50 MB from a bot; a little room is kept.
MAX_DOCUMENT_BYTES = 49 * 1024 * 1024


# A review's tag lists and their groups in content/<locale>/tags.toml.
REVIEW_TAGS = (
    ("felt", "feeling"),
    ("distancing", "distancing"),
    ("underneath", "underneath"),
    ("next", "next_step"),
)


def tag_labels(data: dict[str, Any], content: Content, locale: str) -> dict[str, list[str]]:
    """The labels of a reflection's chosen tags, by field (an id no longer in content is shown
    as words rather than lost)."""
    found = {}
    for key, group in REVIEW_TAGS:
        ids = data.get(key)
        if isinstance(ids, list) and ids:
            found[key] = [
                content.tag_label(locale, group, str(i)) or str(i).replace("_", " ") for i in ids
            ]
    return found


def _entry_markdown(entry: dict[str, Any], texts: Texts, content: Content, locale: str) -> str:
    """One reflection: a heading, the prompt, the words, then each field by a readable name."""
    track = entry["track"]
    name = texts.raw(f"track.{track}") if track else texts.raw("history.note_track")
    blocks = [f"## {entry['local_date']} · {name}"]
    if entry["prompt_id"] and track:
        prompt = prompts.find_prompt(content, locale, track, entry["prompt_id"])
        blocks.append(f"> {prompt.text}")
    if entry["kind"] == ReflectionKind.CALM:
        blocks.append(texts.raw("history.calm"))
    if entry["kind"] == ReflectionKind.REVIEW and entry["status"] == ReflectionStatus.OPEN:
        blocks.append(texts.raw("export.md_open"))
    if entry["text"]:
        blocks.append(entry["text"])
    data = entry["data"]
    fields: list[tuple[str, str]] = []
    if entry["person"]:
        label = "export.md_with" if entry["kind"] == ReflectionKind.REVIEW else "export.md_about"
        fields.append((texts.raw(label), entry["person"]))
    chosen = tag_labels(data, content, locale)
    for key, label in (
        ("felt", texts.raw("export.md_felt")),
        ("distancing", texts.raw("export.md_pulled_away")),
        ("underneath", texts.raw("export.md_underneath")),
        ("next", texts.raw("export.md_next")),
    ):
        typed = data.get(f"{key}_text")
        shown = "; ".join(v for v in (", ".join(chosen.get(key, [])), typed) if v)
        if shown:
            fields.append((label, shown))
        if key == "distancing" and data.get("stayed"):
            fields.append((texts.raw("export.md_stayed"), ""))
    trait = data.get("trait")
    if trait:
        shown_trait = content.tag_label(locale, "trait", str(trait)) or str(trait)
        fields.append((texts.raw("export.md_trait"), shown_trait))
    bullets = [f"- {label}: {value}" if value else f"- {label}" for label, value in fields]
    if entry["rating"] is not None:
        bullets.append(f"- {texts('export.md_rating', rating=entry['rating'])}")
    if bullets:
        blocks.append("\n".join(bullets))
    return "\n\n".join(blocks)


def to_markdown(data: dict[str, Any], texts: Texts, content: Content, locale: str) -> str:
    """A readable rendering of an export: one section per reflection, oldest first, with
    readable field names and tag labels (never the stored ids or keys)."""
    lines = [f"# {texts.raw('export.md_title')}", "", texts.raw("export.md_intro"), ""]
    for entry in data["reflections"]:
        lines += [_entry_markdown(entry, texts, content, locale), ""]
    return "\n".join(lines)


def add_labels(data: dict[str, Any], content: Content, locale: str) -> None:
    """Put the tags' labels beside their ids in each reflection of an export (JSON)."""
    for entry in data["reflections"]:
        labels = tag_labels(entry["data"], content, locale)
        if labels:
            entry["labels"] = labels


async def export_command(update: Update, context: BotContext) -> None:
    """/export: two files with everything stored about the sender."""
    services = context.services
    async with turn(update, context) as t:
        user = t.registered()
        if user is None:
            return
        wait = context.bot_data.throttle.allow(user.id, "export", services.clock.now())
        if wait is not None:
            minutes = max(1, round(wait.total_seconds() / 60))
            t.send(t.texts("export.slow_down", minutes=minutes))
            return
        data = await store.collect(t.session, user, services.clock.now())
        locale, texts = user.locale, t.texts

        def render() -> tuple[bytes, bytes]:
            add_labels(data, services.content, locale)
            machine = json.dumps(data, ensure_ascii=False, indent=2).encode()
            return machine, to_markdown(data, texts, services.content, locale).encode()

        async def write_files() -> None:
            # After the commit, off the event loop: thousands of entries take a few hundred
            # milliseconds, and hold no database lock meanwhile.
            machine, readable = await asyncio.to_thread(render)
            if max(len(machine), len(readable)) <= MAX_DOCUMENT_BYTES:
                t.send_document(machine, "letin-export.json", texts.raw("export.json_caption"))
                t.send_document(readable, "letin-export.md", texts.raw("export.md_caption"))
                return
            # Past Telegram's limit for a bot's document: both files in one zip.
            packed = await asyncio.to_thread(_zipped, machine, readable)
            if len(packed) <= MAX_DOCUMENT_BYTES:
                t.send_document(packed, "letin-export.zip", texts.raw("export.zip_caption"))
            else:
                t.send(texts.raw("export.too_big"))

        t.later(write_files)


def _zipped(machine: bytes, readable: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("letin-export.json", machine)
        archive.writestr("letin-export.md", readable)
    return buffer.getvalue()


async def delete_command(update: Update, context: BotContext) -> None:
    """/delete: ask for confirmation."""
    async with turn(update, context) as t:
        if t.registered() is None:
            return
        markup = InlineKeyboardMarkup(
            [
                [
                    Delete("yes").button(t.texts.raw("delete.yes")),
                    Delete("no").button(t.texts.raw("delete.no")),
                ]
            ]
        )
        t.send(t.texts.raw("delete.confirm"), markup)


@pressed(Delete, onboarded=False)
async def delete_pressed(t: Turn, context: BotContext, user: User, data: Delete) -> None:
    """Erase everything of the sender (never of anyone the button data might name)."""
    t.answer()
    if data.choice == "no":
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
    app.add_handler(delete_pressed, group=group)
