"""Data rights and access control, end to end: export, delete, retention, forged buttons."""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile
from datetime import timedelta

import pytest
from sqlalchemy import text

from bot.db.models import Base
from bot.flows import export
from bot.sandbox.fake_api import UploadedFile
from tests.harness import Chat, Harness
from tests.steps import (
    deliver,
    load_user,
    merge,
    noticed,
    only_track,
    people,
    reflections,
    review_with_step,
    set_up,
    skip_part,
    start_talk,
)

MARKER = "okapi-teapot-5120"


async def write_some(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Noticing what you value")
    await deliver(harness, chat)
    ask = await chat.send(f"{MARKER} cooked for me")
    chat.user.press(ask, "Caring")
    await chat.until("Who was it")
    await chat.send("Robin")


async def document(harness: Harness) -> UploadedFile:
    call = await harness.api.next_call("sendDocument")
    uploaded = call.params["document"]
    assert isinstance(uploaded, UploadedFile)
    return uploaded


async def test_export_sends_json_with_a_schema_version_and_markdown(
    chat: Chat, harness: Harness
) -> None:
    await write_some(chat, harness)
    chat.user.send_text("/export")
    machine = await document(harness)
    readable = await document(harness)
    assert machine.filename == "letin-export.json"
    data = json.loads(machine.content)
    assert (data["schema"], data["schema_version"]) == ("letin-export", 1)
    assert data["user"]["telegram_id"] == chat.user.id
    [entry] = data["reflections"]
    assert entry["text"] == f"{MARKER} cooked for me"
    assert entry["person"] == "Robin" and entry["data"]["trait"] == "Caring"
    assert [p["name"] for p in data["people"]] == ["Robin"]
    assert readable.filename == "letin-export.md"
    assert f"{MARKER} cooked for me" in readable.content.decode()


async def test_delete_erases_every_row_of_the_user_and_start_is_fresh(
    chat: Chat, harness: Harness
) -> None:
    await write_some(chat, harness)
    other = Chat(api=harness.api, user=harness.api.user(2002, "Sam"))
    await other.send("/start")
    confirm = await chat.send("/delete")
    assert "cannot be undone" in confirm["text"]
    kept = await chat.press(confirm, "Keep it")
    assert "Nothing was deleted" in kept["text"]
    confirm = await chat.send("/delete")
    done = await chat.press(confirm, "Delete everything")
    assert "Everything is erased" in done["text"]
    # No table holds anything of theirs: no row with their id, and not their words.
    async with harness.app.bot_data.services.db.transaction() as session:
        for table in Base.metadata.sorted_tables:
            columns = {c.name for c in table.columns}
            for column in {"user_id", "id"} & columns:
                if column == "id" and table.name != "users":
                    continue
                count = await session.scalar(
                    text(f"SELECT count(*) FROM {table.name} WHERE {column} = :id"),
                    {"id": chat.user.id},
                )
                assert count == 0, table.name
    assert await reflections(harness) == []
    assert await load_user(harness, 2002) is not None  # Sam is untouched
    fresh = await chat.send("/start")
    assert "Hi Ada" in fresh["text"]


async def test_retention_deletes_old_entries_only(chat: Chat, harness: Harness) -> None:
    await write_some(chat, harness)
    menu = await chat.send("/settings")
    keep = await chat.press(menu, "🗑 Keep entries")
    chosen = await chat.press(keep, "3 months")
    assert "older than 3 months" in chosen["text"]
    harness.clock.advance(timedelta(days=80))
    # The hourly job, run now (its timer is real time; the clock it reads is the test's).
    await harness.app.job_queue.get_jobs_by_name("retention-sweep")[0].run(harness.app)
    assert len(await reflections(harness)) == 1
    assert [p.name for p in await people(harness)] == ["Robin"]
    harness.clock.advance(timedelta(days=20))  # now more than three months later
    await harness.app.job_queue.get_jobs_by_name("retention-sweep")[0].run(harness.app)
    assert await reflections(harness) == []
    # The name went with the last entry that spoke of Robin.
    assert await people(harness) == []


async def test_forged_buttons_cannot_touch_another_users_rows(chat: Chat, harness: Harness) -> None:
    await write_some(chat, harness)
    [entry] = await reflections(harness)
    sam = Chat(api=harness.api, user=harness.api.user(2002, "Sam"))
    await sam.send("/start")
    consent = await sam.reply()
    sam.user.press(consent, "I agree")
    await sam.until("your timezone")
    await sam.send("UTC")
    times = await sam.reply()
    await sam.press(times, "All at 08:30")
    # Sam forges Ada's ids into every kind of button the bot understands.
    delivery_id = entry.delivery_id
    for data in (
        f"rt:{delivery_id}:1",
        f"tr:{entry.id}:reliable",
        f"pp:{entry.id}:none",
        f"nt:{entry.id}:note",
        f"ck:{delivery_id}:calm",
        f"rv:{entry.id}:felt:hurt",
    ):
        sam.user.press_data(1, data)
        answer = await sam.answered()
        assert "out of date" in answer["text"] or "already done" in answer["text"], data
    [after] = await reflections(harness)
    assert (after.text, after.rating, after.kind, after.data) == (
        entry.text,
        entry.rating,
        entry.kind,
        entry.data,
    )
    # And Sam's /history shows nothing of Ada's.
    history = await sam.send("/history")
    assert MARKER not in history["text"]


async def test_stats_is_only_for_admins(chat: Chat, harness: Harness) -> None:
    await write_some(chat, harness)
    answer = await chat.send("/stats")
    assert "don't know that command" in answer["text"]
    services = harness.app.bot_data.services
    harness.app.bot_data.attach(dataclasses.replace(services, admin_ids=frozenset({chat.user.id})))
    stats = await chat.send("/stats")
    assert "Users: 1 active" in stats["text"]
    assert "Reflections stored: 1" in stats["text"]
    assert MARKER not in stats["text"]


async def test_an_export_past_telegrams_limit_comes_zipped(
    chat: Chat, harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    await write_some(chat, harness)
    chat.user.send_text("/export")
    machine, readable = await document(harness), await document(harness)
    # A limit a real journal reaches after years, made small here: the files are over it,
    # the two of them zipped are not.
    zipped = len(export.zipped(machine.content, readable.content))
    assert zipped < max(len(machine.content), len(readable.content))
    monkeypatch.setattr(export, "MAX_DOCUMENT_BYTES", zipped)
    chat.user.send_text("/export")
    packed = await document(harness)
    assert packed.filename == "letin-export.zip"
    with zipfile.ZipFile(io.BytesIO(packed.content)) as archive:
        assert sorted(archive.namelist()) == ["letin-export.json", "letin-export.md"]
        assert MARKER in archive.read("letin-export.md").decode()


async def test_export_and_delete_cover_other_names_follow_ups_and_drafts(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    # Two entries that are one person, merged: "Sis" becomes another name of "my sister".
    await noticed(chat, harness, "my sister called to check on me", "Caring", "my sister")
    await noticed(chat, harness, "Sis drove me to the station", "Patient", "Sis")
    await merge(chat, "Sis", "my sister")
    # A review with a next step, followed up two evenings later, answered with a line.
    await review_with_step(chat, harness)
    harness.clock.advance(timedelta(days=2, minutes=5))
    await harness.tick()
    asked = await chat.until("How did it go?")
    chat.user.press(asked, "Not yet")
    await chat.until("Not yet is fine")
    chat.user.send_text(f"{MARKER} the timing was never right")
    await chat.until("Kept with that review")
    # A /talk draft.
    await start_talk(chat)
    await chat.until("like them to know")
    chat.user.send_text(f"{MARKER} I go quiet when I'm scared")
    for question in ("afraid of", "working on", "What do you need"):
        await skip_part(chat, question)
    await chat.until("Here it is")
    chat.user.send_text("/export")
    machine = await document(harness)
    data = json.loads(machine.content)
    assert [(p["name"], p["other_names"]) for p in data["people"]] == [
        ("my sister", ["Sis"]),
        ("Sam", []),
    ]
    [review] = [r for r in data["reflections"] if r["kind"] == "review"]
    assert review["data"]["follow_up"] == "not_yet"
    assert review["data"]["follow_up_text"] == f"{MARKER} the timing was never right"
    [draft] = [r for r in data["reflections"] if r["kind"] == "draft"]
    assert f"{MARKER} I go quiet when I'm scared" in draft["text"]
    assert "follow_up" in {d["track"] for d in data["deliveries"]}
    readable = (await document(harness)).content.decode()
    assert "- How it went: Not yet — " in readable and "Words I prepared" in readable
    confirm = await chat.send("/delete")
    await chat.press(confirm, "Delete everything")
    async with harness.app.bot_data.services.db.transaction() as session:
        for table in Base.metadata.sorted_tables:
            columns = {c.name for c in table.columns}
            column = "id" if table.name == "users" else "user_id"
            if column in columns:
                count = await session.scalar(
                    text(f"SELECT count(*) FROM {table.name} WHERE {column} = :id"),
                    {"id": chat.user.id},
                )
                assert count == 0, table.name
