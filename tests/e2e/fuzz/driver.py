"""Turning generated actions into Telegram updates against the chats as they are, and
checking that each batch was handled once, in order, with an answer each."""

from __future__ import annotations

import asyncio
import copy
import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from telegram import Update

from bot.clock import FakeClock
from bot.sandbox.fake_api import (
    FakeBotApi,
    FakeUser,
)
from tests.e2e.fuzz.actions import (
    ANSWERED,
    BOT_USERNAME,
    FUZZERS,
    MESSAGE_METHODS,
    NEVER_STARTS,
    RAW_MESSAGE_IDS,
    SENTINEL,
    SETTLE_SECONDS,
    VICTIM,
    Act,
    Batch,
    JsonDict,
)
from tests.e2e.fuzz.database import check_database
from tests.e2e.fuzz.observer import Observer, Sent
from tests.harness import Harness

_COMMAND_RE = re.compile(r"/([A-Za-z0-9_]{1,64})(@[A-Za-z0-9_]{3,32})?")


def _command_entities(text: str) -> list[JsonDict]:
    """The bot_command entity Telegram adds to a leading /command (as the fake server does)."""
    match = _COMMAND_RE.match(text)
    if not match:
        return []
    return [{"type": "bot_command", "offset": 0, "length": len(match[0].encode("utf-16-le")) // 2}]


def _is_start(text: str) -> bool:
    """Would PTB's CommandHandler("start") take this text (see CommandHandler.check_update)?"""
    match = _COMMAND_RE.match(text)
    if match is None or match[1].lower() != "start":
        return False
    return match[2] is None or match[2][1:].lower() == BOT_USERNAME


@dataclass
class Driver:
    """Plays the users: realizes actions as updates, waits for the bot, checks each batch."""

    harness: Harness
    obs: Observer
    users: dict[int, FakeUser]
    sent: list[Sent] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)  # who has the bot blocked in Telegram now
    texts: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    own_ids: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    own_texts: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    tick_prompts: list[int] = field(default_factory=list)  # delivery ids on sent prompts
    raw_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(RAW_MESSAGE_IDS))
    batches: int = 0
    setup_updates: int = 0
    victim: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)  # rows after set-up
    calls_checked: int = 0
    # Every kind of reflection the fuzzers' rows held after some batch (a later /delete may
    # erase them: what the run reached is what it ever stored).
    kinds_kept: set[str] = field(default_factory=set)

    @property
    def api(self) -> FakeBotApi:
        return self.harness.api

    @property
    def clock(self) -> FakeClock:
        return self.harness.clock

    # -- running --------------------------------------------------------------------------------

    async def settle(self, chats: set[int]) -> None:
        """Wait until the bot has processed everything enqueued in these chats.

        The bot handles one chat's updates in order (different chats side by side), so a
        sentinel message at the end of each chat's queue is reached only after the rest.
        """
        sentinels = {self.api.user(chat_id).send_text(SENTINEL)["update_id"] for chat_id in chats}
        self.obs.arm(sentinels)
        try:
            await asyncio.wait_for(self.obs.done.wait(), SETTLE_SECONDS)
        except TimeoutError:
            raise AssertionError(
                f"the bot did not get through the batch in {SETTLE_SECONDS}s: sentinels "
                f"{sorted(self.obs.sentinels)} not reached, "
                f"{len(self.api.pending_updates)} updates not fetched"
            ) from None

    async def tick(self) -> None:
        """Run the delivery tick; note 403s (blocked users) and the prompts it sent."""
        start = len(self.obs.calls)
        self.obs.ticking = True
        try:
            await self.harness.tick()
        finally:
            self.obs.ticking = False
        for call in self.obs.calls[start:]:
            chat_id = call.params.get("chat_id")
            if call.error_code == 403 and isinstance(chat_id, int):
                self.obs.events[chat_id].append("tick403")
            if call.error_code is None and isinstance(call.result, dict):
                rows = call.result.get("reply_markup", {}).get("inline_keyboard", [])
                ids = {
                    int(b["callback_data"].split(":")[1])
                    for row in rows
                    for b in row
                    if b.get("callback_data", "").startswith(("rt:", "ck:"))
                }
                self.tick_prompts.extend(ids)

    def updates_since(self, first: int) -> str:
        """The updates of a batch, for the failure report: id=kind@user."""
        return ", ".join(f"{s.update_id}={s.kind}@{s.user_id}" for s in self.sent[first:])

    async def run_batch(self, batch: Batch) -> None:
        """Enqueue a batch, wait for the bot, check it, then move the clock and maybe tick."""
        first = len(self.sent)
        errors = len(self.obs.errors)
        processed = {chat_id: len(ids) for chat_id, ids in self.obs.processed.items()}
        for act in batch.acts:
            self.realize(act)
        await self.settle({s.user_id for s in self.sent[first:]})
        self.check_batch(first, processed, errors)
        self.batches += 1
        self.clock.advance(timedelta(minutes=batch.minutes))
        if batch.tick:
            await self.tick()
            self.check_no_errors(errors, "the delivery tick")
        # After every batch: a later /delete must not wipe out the evidence.
        await check_database(self)

    # -- checks ---------------------------------------------------------------------------------

    def describe(self, update_id: int | None) -> str:
        found = next((s for s in reversed(self.sent) if s.update_id == update_id), None)
        return f"{found.kind} from {found.user_id}" if found else "not a fuzz update"

    def check_no_errors(self, errors_before: int, during: str) -> None:
        new = self.obs.errors[errors_before:]
        assert not new, f"exceptions reached the error handler during {during}:\n" + "\n".join(
            f"  update {uid} ({self.describe(uid)}): {what}" for uid, what in new
        )

    def check_batch(self, first: int, processed_before: dict[int, int], errors_before: int) -> None:
        sent = self.sent[first:]
        self.check_no_errors(errors_before, "the batch")
        for chat_id in {s.user_id for s in sent}:
            processed = self.obs.processed[chat_id][processed_before.get(chat_id, 0) :]
            expected = [s.update_id for s in sent if s.user_id == chat_id]
            assert processed == expected, f"chat {chat_id}: processed {processed}, not {expected}"
        error_text = self.harness.content.texts("en").raw("general.error")
        for item in sent:
            calls = self.obs.by_update.get(item.update_id, [])
            if item.query_id is not None:
                calls = calls + self.obs.by_query.get(item.query_id, [])
            for call in calls:
                said = f"{call.params.get('text')} {call.params.get('caption')}"
                assert error_text not in said, f"{item}: the bot said the error text"
            if item.kind in ANSWERED:
                assert any(
                    c.method.lower() in MESSAGE_METHODS and c.params.get("chat_id") == item.user_id
                    for c in calls
                ), f"{item} got no answer; calls: {[c.method for c in calls]}"
            if item.query_id is not None:
                answers = [
                    c
                    for c in calls
                    if c.method.lower() == "answercallbackquery"
                    and c.params.get("callback_query_id") == item.query_id
                ]
                assert len(answers) == 1, f"{item}: {len(answers)} answers to the press"
                assert answers[0].error_code is None, f"{item}: {answers[0].description}"

    # -- realizing actions ----------------------------------------------------------------------

    def record(self, update: JsonDict, user_id: int, kind: str) -> None:
        query = update.get("callback_query")
        self.sent.append(Sent(update["update_id"], user_id, kind, query["id"] if query else None))
        message = update.get("message") or update.get("edited_message")
        if message is None:
            return
        self.own_ids[user_id].add(message["message_id"])
        words = message.get("text") or message.get("caption")
        if words:
            self.texts[user_id].add(words)
        if "message" in update and "text" in message and message["message_id"] < RAW_MESSAGE_IDS:
            # Only the fake server's own messages: Telegram cannot edit forwarded ones.
            self.own_texts[user_id].append(message["message_id"])

    def tame(self, user_id: int, text: str) -> str:
        """The user who never starts sends /help where /start would have been."""
        if user_id == NEVER_STARTS and _is_start(text):
            return "/help" + text[len(text.split()[0]) :]
        return text

    def realize(self, act: Act) -> None:
        user_id = FUZZERS[act.who][0]
        user = self.users[user_id]
        if act.kind == "block":
            if user_id in self.blocked:
                self.blocked.discard(user_id)
                self.record(user.unblock_bot(), user_id, "unblock")
            else:
                self.blocked.add(user_id)
                self.record(user.block_bot(), user_id, "block")
            return
        if user_id in self.blocked:
            # Telegram lets someone who blocked the bot write to it only after unblocking.
            self.blocked.discard(user_id)
            self.record(user.unblock_bot(), user_id, "unblock")
        kind, update = self.make(act, user)
        self.record(update, user_id, kind)

    def make(self, act: Act, user: FakeUser) -> tuple[str, JsonDict]:
        """Build the update for one action (kind may change when the chat has nothing fitting)."""
        uid = user.id
        if act.kind == "text":
            return "text", user.send_text(self.tame(uid, act.body))
        if act.kind == "command":
            text = f"/{act.data} {act.body}" if act.body else f"/{act.data}"
            return "command", user.send_text(self.tame(uid, text))
        if act.kind == "reply":
            mine = self.obs.bot_messages.get(uid)
            text = self.tame(uid, act.body)
            if not mine:
                return "text", user.send_text(text)
            target = mine[-1 - act.pick % len(mine)]
            return "reply", user.reply_to(self.ref(uid, target), text)
        if act.kind == "edit":
            own = self.own_texts.get(uid)
            if not own:
                return "text", user.send_text(self.tame(uid, act.body))
            target = own[-1 - act.pick % len(own)]
            return "edit", user.edit_text(self.ref(uid, target), self.tame(uid, act.body))
        if act.kind == "press":
            keyboards = self.obs.keyboards.get(uid)
            if not keyboards:
                return self.steal(user, act.pick)
            message_id = sorted(keyboards)[-1 - act.pick % len(keyboards)]
            datas = keyboards[message_id]
            return "press", user.press_data(message_id, datas[act.button % len(datas)])
        if act.kind == "forge":
            return "forge", user.press_data(self.target(uid, act.pick), act.data)
        if act.kind == "steal":
            return self.steal(user, act.pick)
        if act.kind == "location":
            return "location", user.send_location(act.lat, act.lon)
        if act.kind == "forward":
            return "forward", self.forward(user, self.tame(uid, act.body), act.pick)
        return act.kind, self.media(act, user)

    def ref(self, chat_id: int, message_id: int) -> JsonDict:
        """Enough of a message in a private chat for FakeUser.reply_to and edit_text."""
        return {"chat": self.api.user(chat_id).chat, "message_id": message_id}

    def target(self, chat_id: int, pick: int) -> int:
        """A bot message in the chat to put a forged press on, or one that no longer exists."""
        mine = self.obs.bot_messages.get(chat_id)
        if mine and pick < 4:
            return mine[-1 - pick % len(mine)]
        return RAW_MESSAGE_IDS - 1 - pick  # an InaccessibleMessage (date 0)

    def steal(self, user: FakeUser, pick: int) -> tuple[str, JsonDict]:
        """Press callback data seen anywhere (often another user's) on one's own message."""
        pool = self.obs.harvest
        data = pool[pick % len(pool)] if pool else "o:consent:yes"
        return "steal", user.press_data(self.target(user.id, pick % 5), data)

    def raw(self, user: FakeUser, content: JsonDict) -> JsonDict:
        """Enqueue a message the fake server has no helper for, after checking PTB parses it."""
        message = {
            "message_id": next(self.raw_ids),
            "from": user.user_dict,
            "chat": user.chat,
            "date": int(self.clock.now().timestamp()),
            **content,
        }
        update = {"message": message}
        # A malformed update would make PTB reject the whole getUpdates answer over and over.
        Update.de_json({**copy.deepcopy(update), "update_id": 0}, self.harness.app.bot)
        return self.api.enqueue_update(update)

    def forward(self, user: FakeUser, text: str, pick: int) -> JsonDict:
        date = int(self.clock.now().timestamp()) - 3600
        origins: list[JsonDict] = [
            {
                "type": "user",
                "date": date,
                "sender_user": {"id": 4242, "is_bot": False, "first_name": "Sam"},
            },
            {"type": "hidden_user", "date": date, "sender_user_name": "Someone 🙈"},
            {
                "type": "channel",
                "date": date,
                "chat": {"id": -1001234567890, "type": "channel", "title": "News"},
                "message_id": 7,
            },
            {
                "type": "chat",
                "date": date,
                "sender_chat": {"id": -1009876543210, "type": "supergroup", "title": "Group"},
            },
        ]
        content: JsonDict = {"text": text, "forward_origin": origins[pick % len(origins)]}
        entities = _command_entities(text)
        if entities:
            content["entities"] = entities
        return self.raw(user, content)

    def media(self, act: Act, user: FakeUser) -> JsonDict:
        caption = act.body[:1024] or None
        n = next(self.raw_ids)
        file = {"file_id": f"FUZZ-{act.kind}-{n}", "file_unique_id": f"FZ{n}"}
        if act.kind == "photo":
            return user.send_photo(caption=caption)
        if act.kind == "voice":
            return user.send_voice(duration=1 + act.pick)
        if act.kind == "sticker":
            return user.send_sticker(emoji=act.body[:8] or "👍")
        if act.kind == "document":
            name = ("notes.txt", "a" * 300 + ".pdf", "<b>.html", "مرحبا.txt", "", ".")[act.pick % 6]
            return user.send_document(file_name=name or "x", caption=caption)
        if act.kind == "contact":
            name = act.body[:64].strip() or user.first_name
            return user.send_contact(
                phone_number=("+15550100", "0", "+٣")[act.pick % 3], first_name=name
            )
        if act.kind == "video_note":
            return self.raw(user, {"video_note": {**file, "length": 240, "duration": 3}})
        if act.kind == "poll":
            options = [
                {"text": label, "voter_count": 0, "persistent_id": str(i)}
                for i, label in enumerate(("Tea", "Coffee", act.body[:100] or "Both"))
            ]
            poll = {
                "id": f"poll-{n}",
                "question": act.body[:300] or "Tea or coffee?",
                "options": options,
                "total_voter_count": 0,
                "is_closed": False,
                "is_anonymous": False,
                "type": ("regular", "quiz")[act.pick % 2],
                "allows_multiple_answers": False,
                "allows_revoting": True,
                "members_only": False,
            }
            return self.raw(user, {"poll": poll})
        if act.kind == "dice":
            emoji = ("🎲", "🎯", "🏀", "⚽", "🎳", "🎰")[act.pick % 6]
            return self.raw(user, {"dice": {"emoji": emoji, "value": 1 + act.pick % 6}})
        if act.kind == "venue":
            location = {"latitude": 52.52, "longitude": 13.405}
            venue = {"location": location, "title": act.body[:100] or "Café", "address": "Street 1"}
            return self.raw(user, {"venue": venue, "location": location})
        if act.kind == "audio":
            return self.raw(user, {"audio": {**file, "duration": 61}, "caption": caption or ""})
        if act.kind == "video":
            video = {**file, "width": 640, "height": 480, "duration": 5}
            content: JsonDict = {"video": video}
            if caption:
                content["caption"] = caption
            return self.raw(user, content)
        if act.kind == "animation":
            animation = {**file, "width": 320, "height": 240, "duration": 2}
            return self.raw(user, {"animation": animation, "document": dict(file)})
        raise AssertionError(f"unknown action kind {act.kind!r}")

    # -- scripted set-up ------------------------------------------------------------------------

    async def step(self, action: Callable[[], JsonDict], user_id: int, kind: str) -> None:
        errors = len(self.obs.errors)
        self.record(action(), user_id, kind)
        await self.settle({user_id})
        self.check_no_errors(errors, "the set-up")

    def button(self, user_id: int, prefix: str, suffix: str = "") -> tuple[int, str]:
        """The newest button on screen in a chat whose data has this prefix (and suffix)."""
        for message_id in sorted(self.obs.keyboards.get(user_id, {}), reverse=True):
            for data in self.obs.keyboards[user_id][message_id]:
                if data.startswith(prefix) and data.endswith(suffix):
                    return message_id, data
        raise AssertionError(f"no button {prefix!r} on screen in chat {user_id}")

    async def press(self, user: FakeUser, prefix: str, suffix: str = "") -> None:
        message_id, data = self.button(user.id, prefix, suffix)
        await self.step(lambda: user.press_data(message_id, data), user.id, "press")

    async def say(self, user: FakeUser, text: str) -> None:
        await self.step(lambda: user.send_text(text), user.id, "text")

    def prompt(self, user_id: int, head: str) -> int:
        """The newest bot message in a chat whose text starts with `head`."""
        heads = self.obs.heads[user_id]
        return next(
            m for m in reversed(self.obs.bot_messages[user_id]) if heads[m].startswith(head)
        )

    async def set_up(self) -> None:
        """The victim reflects, reviews and pauses; Ada is onboarded; Bo is choosing a zone."""
        vera = self.api.user(VICTIM, "Vera")
        await self.say(vera, "/start")
        await self.press(vera, "o:consent:yes")
        await self.say(vera, "UTC")
        await self.press(vera, "o:type")
        await self.say(vera, "09:01")
        self.clock.advance(timedelta(minutes=2))
        await self.tick()
        compassion = self.prompt(VICTIM, "Self-compassion")
        await self.step(
            lambda: vera.reply_to(self.ref(VICTIM, compassion), "I was gentle with myself"),
            VICTIM,
            "reply",
        )
        await self.press(vera, "rt:")
        traits = self.prompt(VICTIM, "Noticing what you value")
        await self.step(
            lambda: vera.reply_to(self.ref(VICTIM, traits), "Sam helped me move"), VICTIM, "reply"
        )
        await self.press(vera, "tr:")
        await self.say(vera, "Sam")
        await self.press(vera, "ck:", ":yes")  # "let's look at it": a review begins
        await self.say(vera, "We argued about the dishes")
        await self.press(vera, "pp:")  # Sam, from the list
        await self.press(vera, "rv:")  # a feeling; the review stays open
        await self.say(vera, "/pause")
        await self.press(vera, "s:pause:forever")
        for user_id, name, language in FUZZERS:
            self.users[user_id] = self.api.user(user_id, name, language_code=language)
        ada, bo = self.users[3001], self.users[3002]
        await self.say(ada, "/start")
        await self.press(ada, "o:consent:yes")
        await self.say(ada, "Berlin")
        await self.press(ada, "o:preset:split")
        await self.say(bo, "/start")
        await self.press(bo, "o:consent:yes")
        self.api.drain()
