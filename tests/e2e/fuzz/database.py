"""The database before and after each batch: nothing stored wrongly, nothing leaked
between users, nothing kept without consent."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from bot.content import utf8
from bot.db.models import Delivery, Person, Reflection, Schedule, User
from bot.domain.states import ReflectionKind
from bot.flows import talk
from bot.sandbox.fake_api import (
    UploadedFile,
)
from tests.e2e.fuzz.actions import FUZZERS, NEVER_STARTS, VICTIM
from tests.harness import Harness

if TYPE_CHECKING:
    from tests.e2e.fuzz.driver import Driver


async def table_rows(harness: Harness, model: Any, user_id: int | None = None) -> list[Any]:
    async with harness.app.bot_data.services.db.transaction() as session:
        query = select(model).order_by(model.id)
        if user_id is not None:
            key = model.id if model is User else model.user_id
            query = query.where(key == user_id)
        return list((await session.scalars(query)).all())


async def snapshot(harness: Harness, user_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """Every column of every row of one user, table by table."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    for model in (User, Schedule, Delivery, Reflection, Person):
        names = [attr.key for attr in model.__mapper__.column_attrs]
        rows = await table_rows(harness, model, user_id)
        found[model.__tablename__] = [tuple(getattr(r, n) for n in names) for r in rows]
    return found


def variants(text: str) -> set[str]:
    """Forms in which the bot may store what someone typed (whole, cut, tidied, encodable)."""
    forms = {text, text[:2000], " ".join(text.split())}
    return forms | {f.encode(errors="replace").decode() for f in forms}


async def check_database(driver: Driver) -> None:
    """What must hold in the database whenever the bot is idle (after each batch)."""
    harness = driver.harness
    events = driver.obs.events
    users = {u.id: u for u in await table_rows(harness, User)}
    schedules = await table_rows(harness, Schedule)
    deliveries = {d.id: d for d in await table_rows(harness, Delivery)}
    reflections = {r.id: r for r in await table_rows(harness, Reflection)}
    people = {p.id: p for p in await table_rows(harness, Person)}

    fuzzers = {user_id for user_id, _, _ in FUZZERS}
    driver.kinds_kept |= {r.kind for r in reflections.values() if r.user_id in fuzzers}

    # The victim never acted: forged and stolen presses changed nothing of theirs.
    assert await snapshot(harness, VICTIM) == driver.victim

    # A row exists only for someone whose /start reached the start handler.
    assert "start" not in events[NEVER_STARTS], "the fuzz itself sent /start for Nemo"
    for user_id in users:
        assert "start" in events[user_id], f"user {user_id} has a row but never started"
    owned = [*schedules, *deliveries.values(), *reflections.values(), *people.values()]
    for row in owned:
        assert row.user_id in users, f"{type(row).__name__} {row.id} of a missing user"
        assert row.user_id != NEVER_STARTS

    # Rows refer only to rows of the same user.
    for r in reflections.values():
        if r.delivery_id is not None:
            assert deliveries[r.delivery_id].user_id == r.user_id, f"reflection {r.id}"
        if r.person_id is not None:
            assert people[r.person_id].user_id == r.user_id, f"reflection {r.id}"
    for user in users.values():
        match = re.fullmatch(r"(trait|person|review):(\d+)", user.awaiting or "")
        if match and int(match[2]) in reflections:
            assert reflections[int(match[2])].user_id == user.id, f"{user.id}: {user.awaiting}"

    # Stored words are the user's own typed text (never from media, never someone else's).
    # A trait chosen by its button is stored by its label, in the user's language then.
    trait_labels = {
        tag.label
        for locale in harness.content.offered
        for tag in harness.content.tags(locale, "trait")
    }
    typed = {uid: set().union(*map(variants, texts)) for uid, texts in driver.texts.items()}
    for r in reflections.values():
        mine = typed.get(r.user_id, set())
        if r.kind == ReflectionKind.DRAFT:
            # A /talk draft's parts are typed; its text puts them together with lead-ins.
            parts = [str(r.data[part]) for part in talk.PARTS if part in r.data]
            assert all(part in mine for part in parts), f"draft {r.id}: a part not typed"
            # (The message may be cut at Telegram's length, but never before its first part.)
            assert r.text is None or not parts or utf8(parts[0].strip())[:500] in r.text, (
                f"draft {r.id}: text not made of its parts"
            )
        else:
            assert r.text is None or r.text in mine, (
                f"reflection {r.id}: text not typed by its user"
            )
        assert r.message_id is None or r.message_id in driver.own_ids[r.user_id]
        for key, value in r.data.items():
            if key.endswith("_text") or key == "trait":
                assert value in mine or value in trait_labels, f"reflection {r.id}: {key}"
    for person in people.values():
        assert person.name in typed.get(person.user_id, set()), f"person {person.id}: not typed"

    # Nothing anyone wrote is kept before they agreed to it.
    for r in reflections.values():
        consented = users[r.user_id].consented_at
        assert consented is not None and consented <= r.created_at, (
            f"reflection {r.id} ({r.kind}) of user {r.user_id} kept without consent"
        )

    # One delivery per user, track, local date and kind; each scheduled prompt sent once.
    keys = Counter((d.user_id, d.track, d.local_date, d.kind) for d in deliveries.values())
    assert max(keys.values(), default=1) == 1
    sent_twice = [i for i, n in Counter(driver.tick_prompts).items() if n > 1]
    assert not sent_twice, "deliveries sent more than once: " + ", ".join(
        f"{i} ({deliveries[i].kind}, {deliveries[i].track}, {deliveries[i].status}, "
        f"attempts {deliveries[i].attempts})"
        if i in deliveries
        else f"{i} (gone)"
        for i in sent_twice
    )

    # Blocked follows the last block (or a prompt refused with 403) since the last /start.
    for user_id, user in users.items():
        history = events[user_id]
        last_start = max(i for i, e in enumerate(history) if e == "start")
        since = history[last_start + 1 :]
        if user.status == "blocked":
            assert {"block", "tick403"} & set(since), f"{user_id} blocked without a block"
        if history[-1] in ("block", "tick403"):
            assert user.status == "blocked", f"{user_id} blocked the bot last but is {user.status}"

    # Exports carry only the data of the chat they were sent to; nothing said the error text.
    error_text = harness.content.texts("en").raw("general.error")
    calls, driver.calls_checked = driver.obs.calls[driver.calls_checked :], len(driver.obs.calls)
    for call in calls:
        said = f"{call.params.get('text')} {call.params.get('caption')}"
        assert error_text not in said, f"the bot said the error text: {call.method} {call.params}"
        document = call.params.get("document")
        if isinstance(document, UploadedFile) and document.filename == "letin-export.json":
            exported = json.loads(document.content)
            assert exported["user"]["telegram_id"] == call.params["chat_id"]
