"""/export: everything stored about a person, as a JSON file for machines and a Markdown file
for people (zipped together past Telegram's limit for a bot's document)."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from typing import Any

from bot.content import Content, Texts
from bot.domain.states import ReflectionKind, ReflectionStatus

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
    if entry["kind"] == ReflectionKind.DRAFT:
        name = texts.raw("export.md_draft")
    blocks = [f"## {entry['local_date']} · {name}"]
    if entry["prompt_id"] and track:
        prompt = content.prompt_or_first(locale, track, entry["prompt_id"])
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
    outcome = data.get("follow_up")
    if isinstance(outcome, str) and outcome in ("did_it", "not_yet", "changed_mind"):
        line = data.get("follow_up_text")
        said = texts.raw(f"follow_up.{outcome}")
        shown = f"{said} — {line}" if isinstance(line, str) and line else said
        fields.append((texts.raw("export.md_follow_up"), shown))
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


@dataclass(frozen=True)
class File:
    """One document to send: its bytes, its name and its caption's message key."""

    content: bytes
    name: str
    caption: str


def files(data: dict[str, Any], texts: Texts, content: Content, locale: str) -> list[File]:
    """The export's documents: the two files, or both in one zip past Telegram's limit, or
    none when even the zip is over it."""
    add_labels(data, content, locale)
    machine = json.dumps(data, ensure_ascii=False, indent=2).encode()
    readable = to_markdown(data, texts, content, locale).encode()
    if max(len(machine), len(readable)) <= MAX_DOCUMENT_BYTES:
        return [
            File(machine, "letin-export.json", "export.json_caption"),
            File(readable, "letin-export.md", "export.md_caption"),
        ]
    packed = zipped(machine, readable)
    if len(packed) <= MAX_DOCUMENT_BYTES:
        return [File(packed, "letin-export.zip", "export.zip_caption")]
    return []


def zipped(machine: bytes, readable: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("letin-export.json", machine)
        archive.writestr("letin-export.md", readable)
    return buffer.getvalue()
