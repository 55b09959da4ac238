"""A model of the conversation, checked against the real bot after every step.

Hypothesis generates sequences of what a person does: prompts that arrive together (the
delivery tick, three tracks due at once) or apart (/prompt), Telegram replies to any prompt,
plain texts, crisis texts, presses of any button the bot ever showed (current or long gone),
/cancel, /review, edits of earlier messages, and time passing. Each sequence runs for a new
user on one running bot (the real Application over HTTP against the fake Bot API, on SQLite
and PostgreSQL), so sequences are independent and a failure shrinks to a short one.

The invariant, after every step, from the person's export (bot/store/privacy.py, what
/export sends): every text they sent is stored exactly once, as its latest edit; a text sent as
a Telegram reply to a prompt is in a record of that prompt; and nothing else is stored, so no
text was overwritten or changed except by an edit of its own message.

Generated texts are longer than a name or a trait (60 characters), so each is kept as words.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot.db.models import Delivery, Reflection, User
from bot.store import privacy
from tests.harness import Chat, Harness
from tests.steps import begin

HELP = "What I can do"
TRACK_WORDS = ("self", "values", "conflict")
CRISIS = (
    "I don't see the point of living anymore, this is note {n} of my evening",
    "i am going to kill myself tonight, I have decided, writing it here as line {n}",
    "I want to die, I can't do this anymore, and this is message {n} today",
)
PLAIN = (
    "Thought {n}: the walk home was quiet and I kept turning the day over in my head.",
    "Line {n}: my sister called and I let it ring, then felt bad about it for an hour.",
    "Note {n}: I told Sam I was fine when I wasn't, and the evening went flat after that.",
)

Action = tuple[Any, ...]
ACTIONS = st.one_of(
    st.just(("tick",)),
    st.tuples(st.just("prompt"), st.sampled_from(TRACK_WORDS)),
    st.tuples(st.just("reply"), st.integers(0, 20), st.integers(0, 2), st.booleans()),
    st.tuples(st.just("plain"), st.integers(0, 2)),
    st.tuples(st.just("crisis"), st.integers(0, 2)),
    st.tuples(st.just("press"), st.integers(0, 200)),
    st.tuples(st.just("edit"), st.integers(0, 20)),
    st.sampled_from([("cancel",), ("review",)]),
    st.tuples(st.just("wait"), st.sampled_from([5, 40, 600])),
)


@dataclass
class Model:
    """What the person did: their texts (latest edit) and which prompt each reply answered."""

    chat: Chat
    texts: dict[int, str] = field(default_factory=dict)  # message id -> text as last edited
    replied: dict[int, int] = field(default_factory=dict)  # message id -> prompt message id
    seen: int = 0  # bot messages before this point belong to onboarding
    count: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def fresh(self, templates: tuple[str, ...], pick: int) -> str:
        return templates[pick % len(templates)].format(n=next(self.count))


_users = itertools.count(50_000)


async def _sync(chat: Chat) -> None:
    """/help, then wait for its answer: everything sent before it has been handled."""
    chat.user.send_text("/help")
    await chat.until(HELP)


async def _onboard(chat: Chat, harness: Harness) -> None:
    """Start, agree, UTC, every track two minutes from now (so a tick delivers all three)."""
    await begin(chat)
    await chat.send("UTC")
    times = await chat.reply()
    await chat.press(times, "I'll type a time")
    due = harness.clock.now() + timedelta(minutes=2)
    chat.user.send_text(f"{due:%H:%M}")
    await chat.until("You're all set")
    await _sync(chat)


def _bot_messages(model: Model) -> list[dict[str, Any]]:
    return model.chat.api.sent_messages(model.chat.user.id)[model.seen :]


def _prompt_messages(model: Model) -> list[dict[str, Any]]:
    headers = ("Self-compassion", "Noticing what you value", "Reviewing conflicts")
    return [m for m in _bot_messages(model) if m.get("text", "").startswith(headers)]


async def _act(model: Model, harness: Harness, action: Action) -> None:
    chat = model.chat
    kind = action[0]
    if kind == "tick":
        harness.clock.advance(timedelta(minutes=2))
        await harness.tick()
    elif kind == "prompt":
        chat.user.send_text(f"/prompt {action[1]}")
    elif kind == "reply":
        prompts = _prompt_messages(model)
        if prompts:
            target = prompts[action[1] % len(prompts)]
            text = model.fresh(CRISIS if action[3] else PLAIN, action[2])
            sent = chat.user.reply_to(target, text)["message"]
            model.texts[sent["message_id"]] = text
            model.replied[sent["message_id"]] = target["message_id"]
    elif kind in ("plain", "crisis"):
        text = model.fresh(PLAIN if kind == "plain" else CRISIS, action[1])
        sent = chat.user.send_text(text)["message"]
        model.texts[sent["message_id"]] = text
    elif kind == "press":
        # Any button the bot ever showed, as it was when it arrived: current or stale.
        pressable = [
            (m["message_id"], b["callback_data"])
            for m in _bot_messages(model)
            for row in m.get("reply_markup", {}).get("inline_keyboard", [])
            for b in row
            if "callback_data" in b
        ]
        if pressable:
            message_id, data = pressable[action[1] % len(pressable)]
            chat.user.press_data(message_id, data)
    elif kind == "edit":
        if model.texts:
            message_id = sorted(model.texts)[action[1] % len(model.texts)]
            text = model.fresh(PLAIN, action[1])
            chat.user.edit_text(
                {"chat": chat.user.chat, "message_id": message_id, "text": model.texts[message_id]},
                text,
            )
            model.texts[message_id] = text
    elif kind in ("cancel", "review"):
        chat.user.send_text(f"/{kind}")
    elif kind == "wait":
        harness.clock.advance(timedelta(minutes=action[1]))
    await _sync(chat)


async def _check(model: Model, harness: Harness) -> None:
    services = harness.app.bot_data.services
    user_id = model.chat.user.id
    async with services.db.transaction() as session:
        user = await session.get(User, user_id)
        assert user is not None
        export = await privacy.collect(session, user, services.clock.now())
        prompt_of_message = {
            message_id: delivery_id
            for delivery_id, message_id in (
                await session.execute(
                    select(Delivery.id, Delivery.message_id).where(Delivery.user_id == user_id)
                )
            ).all()
        }
        # Which prompt each record belongs to (the export names records by id only).
        delivery_of = {
            r.id: r.delivery_id
            for r in await session.scalars(select(Reflection).where(Reflection.user_id == user_id))
        }
    stored: Counter[str] = Counter()
    where: dict[str, int] = {}
    for row in export["reflections"]:
        words = [row["text"]] if row["text"] else []
        words += [v for k, v in row["data"].items() if k.endswith("_text")]
        for text in words:
            stored[text] += 1
            where[text] = row["id"]
    expected = Counter(model.texts.values())
    assert stored == expected, f"stored {dict(stored)} but sent {dict(expected)}"
    for message_id, prompt_message in model.replied.items():
        text = model.texts[message_id]
        # None when /prompt asked again the same day: that day's on-demand record then
        # belongs to the newer message, and the older one is a prompt of the past.
        delivery_id = prompt_of_message.get(prompt_message)
        if delivery_id is not None:
            assert delivery_of[where[text]] == delivery_id, f"{text!r} is not with its prompt"


async def _scenario(harness: Harness, actions: list[Action]) -> None:
    chat = Chat(api=harness.api, user=harness.api.user(next(_users), "Model"))
    await _onboard(chat, harness)
    model = Model(chat=chat, seen=len(harness.api.sent_messages(chat.user.id)))
    for step, action in enumerate(actions):
        await _act(model, harness, action)
        try:
            await _check(model, harness)
        except AssertionError as exc:
            raise AssertionError(f"after step {step}, {action}: {exc}") from None


async def test_every_text_is_stored_once_where_it_was_meant(harness: Harness) -> None:
    loop = asyncio.get_running_loop()

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=True,
    )
    @given(actions=st.lists(ACTIONS, min_size=3, max_size=25))
    def run(actions: list[Action]) -> None:
        future = asyncio.run_coroutine_threadsafe(_scenario(harness, actions), loop)
        future.result(timeout=300)

    await asyncio.to_thread(run)
