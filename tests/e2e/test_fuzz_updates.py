"""Fuzzing the whole bot: thousands of generated updates through the real handler stack.

A real PTB Application long-polls the fake Bot API server over HTTP, on a migrated SQLite or
PostgreSQL database (like every e2e test), with the rate limiter off: the fuzz is about
correctness, not pacing. Hypothesis generates *batches* of 35 to 55 user actions; each batch is
turned into Telegram updates against the chats as they are (the buttons on screen, the user's
own messages, callback data seen so far), enqueued at once, and followed by a sentinel message in
every chat it touched. The bot handles one chat's updates in order (different chats side by
side), and a spy handler in group -1000 swallows each sentinel: once all are reached, the batch
has been handled completely. After a batch the fake clock may move and the delivery tick may run,
so prompts and weekly summaries arrive in between and later batches answer them.

What is generated, for five users (one never sends /start) and one victim who never acts:
text (plain, answers the bot may be waiting for, 3,000 to 5,200 characters, RTL, ZWJ emoji
sequences, zero-width characters, combining marks, HTML-like text, unpaired surrogates), known
and unknown commands with junk, numeric and huge arguments, replies to bot messages, edits of
earlier messages, forwarded messages (user, hidden user, channel and chat origins), photos, voice,
video notes, stickers, documents, audio, video, animations, locations, venues, contacts, polls,
dice, presses of the buttons on screen, presses of stale, junk, oversized (> 64 bytes) and
real-looking callback data (ids that do not exist, exceed 32 bits or belong to another user), and
blocking and unblocking the bot (my_chat_member updates).

Unpaired surrogates: Telegram's JSON can carry an escape such as "\\ud800" that is not part of a
pair. Here they are Python strings holding the lone code point; the fake server answers getUpdates
with aiohttp's ``json_response`` (``json.dumps`` with ``ensure_ascii=True``), which writes exactly
that escape, and PTB's ``json.loads`` turns it back into a lone surrogate.

Every batch checks that no exception reached the error handler, that each chat's updates were
processed exactly once and in order, that every message got an answer and every button press
exactly one answerCallbackQuery, and that nothing said the generic error text. Then the database
is checked (after every batch, so that a later /delete cannot hide anything): the victim's rows
are unchanged, nobody who never reached /start has a row, rows refer only to rows of their own
user, stored words come only from that user's own typing (never from media), nothing is kept
before consent, delivery rows and prompt sends are not duplicated, and the blocked status follows
the last my_chat_member event (or a prompt refused with 403).

How many: ``MIN_UPDATES`` delivered updates per database run; batches after that are left idle.
Locally 5,000 per run, so 10,000 across the two runs ([sqlite] and [postgresql]) in about 90
seconds on 2 cores; in CI (``CI=true``, as `.ci/run` sets it) the long variant, 10,000 per run.

Hypothesis runs in a worker thread (``asyncio.to_thread``) and hands each batch to the running
event loop (``run_coroutine_threadsafe``), so the bot keeps polling between examples and the
final checks run after the last one. State carries over from batch to batch, as in a real bot,
so there is no shrinking (each step would replay a batch on a later state, minutes per failure):
a failure reports the falsifying batch, its actions and its update ids with their kinds and
users, and generation is derandomized, so the same batches come again in the next run. The
inputs behind the bugs this fuzz found run first, as an explicit example (``REGRESSIONS``).
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import json
import re
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field, fields
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, example, given, note, settings
from hypothesis import strategies as st
from prometheus_client import REGISTRY
from sqlalchemy import select
from telegram import Update
from telegram.ext import ApplicationHandlerStop, BaseHandler, TypeHandler

from bot.app import COMMANDS, GROUP_CHATS, GROUP_FEATURES
from bot.clock import FakeClock
from bot.content import Content
from bot.context import BotContext
from bot.db.models import Delivery, Person, Reflection, Schedule, User
from bot.handlers.errors import describe_error
from bot.ratelimit import Limiter
from bot.sandbox.fake_api import (
    EDIT_METHODS,
    SEND_METHODS,
    ApiCall,
    FakeBotApi,
    FakeUser,
    UploadedFile,
)
from devsupport import pg
from tests.harness import Harness, running

JsonDict = dict[str, Any]

# -- sizes and limits ---------------------------------------------------------------------------

# Updates each database run delivers (then the remaining batches are idle): 5,000 locally,
# 10,000 in CI (CI=true), the long variant.
MIN_UPDATES = 10_000 if pg.ci() else 5_000
MIN_ACTIONS, MAX_ACTIONS = 35, 55  # actions per batch (an action is one or two updates)
BATCHES = MIN_UPDATES // MIN_ACTIONS + 8  # Hypothesis examples: enough even for small batches
SETTLE_SECONDS = 60.0  # a batch that takes longer than this means the bot hung

# -- the people ---------------------------------------------------------------------------------

VICTIM = 2001  # set up with entries, a person, a review and a pause; never acts in the fuzz
NEVER_STARTS = 3005  # sends everything except /start
FUZZERS: tuple[tuple[int, str, str], ...] = (
    (3001, "Ada", "en"),  # onboarded before the fuzz
    (3002, "Bo", "de"),  # agreed to what is stored, asked for a timezone
    (3003, "<b>Cy</b> & Co", "en"),  # fresh; a name that must be escaped in HTML
    (3004, "سارة 👩‍👩‍👧", ""),  # fresh; RTL name with a ZWJ sequence, no language
    (NEVER_STARTS, "Nemo", "en"),
)
SENTINEL = "⏚ end of batch"  # a message the spy handler consumes; the bot never sees it
BOT_USERNAME = "letin_test_bot"  # FakeBotApi's default
TICK = -1  # the "update" that calls made by the delivery tick are filed under
RAW_MESSAGE_IDS = 1_000_000  # message ids of hand-built messages (clear of the fake's own)

MESSAGE_METHODS = frozenset(SEND_METHODS | EDIT_METHODS)
# Messages other than text that users can send (each with its own one-line answer).
MEDIA_KINDS = (
    "photo",
    "voice",
    "video_note",
    "sticker",
    "document",
    "contact",
    "poll",
    "dice",
    "venue",
    "audio",
    "video",
    "animation",
)
# Update kinds that deserve at least one message back in the chat.
ANSWERED = frozenset({"text", "command", "reply", "forward", "location", *MEDIA_KINDS})
# Update kinds that are button presses: exactly one answerCallbackQuery each.
PRESSES = frozenset({"press", "forge", "steal"})
# Handlers a run must reach (each well over ten times): onboarding, answers to prompts, the
# review, settings, membership.
DEEP_HANDLERS = frozenset(
    {
        "start",
        "consent_chosen",
        "zone_chosen",
        "location_shared",
        "preset_chosen",
        "text_received",
        "caption_received",
        "text_edited",
        "rating_pressed",
        "file_pressed",
        "check_in_pressed",
        "step_pressed",
        "track_toggled",
        "stale_button",
        "membership_changed",
    }
)

# -- generated actions --------------------------------------------------------------------------


@dataclass(frozen=True)
class Act:
    """One thing a user does; turned into updates against the chat as it is when enqueued."""

    kind: str
    who: int = 0  # index into FUZZERS
    text: str = ""  # typed text, caption, command arguments (repeated `repeat` times)
    repeat: int = 1
    pick: int = 0  # which message, button or harvested callback data
    button: int = 0
    data: str = ""  # callback data or command name
    lat: float = 0.0
    lon: float = 0.0

    @property
    def body(self) -> str:
        """The text, repeated (long texts stay short in failure reports)."""
        return self.text * self.repeat

    def __repr__(self) -> str:
        shown = [repr(self.kind)]
        for spec in fields(self)[1:]:
            value = getattr(self, spec.name)
            if value != spec.default:
                shown.append(f"{spec.name}={value!r}")
        return f"Act({', '.join(shown)})"


@dataclass(frozen=True)
class Batch:
    """Updates enqueued at once, then the clock moves and the delivery tick may run."""

    acts: tuple[Act, ...]
    minutes: int
    tick: bool


PLAIN = (
    "I told myself it was okay to rest.",
    "Sam stayed up to help me move",
    "We argued about the dishes again",
    "Had a long talk with my brother today.",
    "Berlin",
    "Tokyo",
    "UTC",
    "UTC+5:30",
    "GMT-3",
    "America/New_York",
    "Washington",
    "LA",
    "Qwertyuiopville",
    "08:30",
    "9pm",
    "21:00",
    "７：３０",
    "0730",
    "25:99",
    "Sam",
    "my sister",
    "values",
    "self",
    "conflict",
    "last",
    "yes",
    "I want to die",
    "I keep thinking about hurting myself",
    "he hit me again",
)
EDGE = (
    "مرحبا، كيف حالك اليوم؟",
    "שלום עולם",
    "\u202eevil override\u202c and back",
    "👩‍👩‍👧‍👦👨🏽‍💻🏳️‍🌈",
    "🇩🇪🇯🇵🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    "\u200b",
    "a\u200b\u200c\u200d\u2060\ufeffb",
    "e\u0301\u0301\u0301\u0301\u0301",
    "Z\u0335\u0321\u031b\u0353\u032a\u0344a\u0336l\u0337g\u0334o\u0335",
    "\ud800",
    "\udfff",
    "a\ud83dz",
    "\udc00\ud800",
    "<b>bold</b> & <script>alert(1)</script>",
    "&lt;&amp;&#0;&#x110000;",
    "<a href='tg://user?id=1'>x",
    "\t\r\n",
    "\x07\x1b[31mred",
    "𝕳𝖊𝖑𝖑𝖔",
    "ﷺ",
    "\U0010fffd",
    "\ufffe\uffff",
    "𒐫",
    "/",
    "//start",
    "/ start",
    "@letin_test_bot",
    "#tag $cash",
    "https://example.com/?a=<b>",
    "{text} {0} %s %(x)s",
    "' OR 1=1 --",
    "null",
)
NUMBERS = (
    "0",
    "-3",
    "1",
    "3",
    "14",
    "90",
    "91",
    "1000",
    "²",
    "٣",
    "①",
    "३",
    "0x10",
    "1e3",
    " 5 ",
    "99999999999999999999",
)
LONG_CHUNKS = ("ab ", "🙂", "é", "x", "مرحبا ", "👩‍👩‍👧 ", "\u200b", "<b>")
COMMAND_NAMES = (
    *COMMANDS,
    "start",
    "start",
    "prompt",
    "settings",
    "stats",
    "reflect",
    "frobnicate",
    "START",
    "Help",
    "start@letin_test_bot",
    "settings@LETIN_TEST_BOT",
    "help@another_bot",
    "a" * 64,
)
TRACK_WORDS = (
    "self_compassion",
    "valued_traits",
    "conflict_review",
    "summary",
    "note",
    "all",
    "",
    "x" * 70,
)
TAG_WORDS = ("reliable", "caring", "hurt", "went_quiet", "talk_about_it", "skip", "zz", "a" * 33)
ZONES = (
    "Europe/Berlin",
    "Asia/Tokyo",
    "UTC",
    "Etc/GMT+12",
    "Etc/GMT-14",
    "Mars/Olympus",
    "America/Argentina/ComodRivadavia",
    "../etc",
    "x" * 60,
)
DATES = (
    "2026-11-23",
    "2026-11-30",
    "2026-12-28",
    "0001-01-01",
    "0001-01-07",
    "9999-12-31",
    "2026-02-30",
    "2026-13-01",
    "2025-11-24",
)

WHO = st.integers(0, len(FUZZERS) - 1)
PICK = st.integers(0, 7)
TEXT = st.one_of(
    st.sampled_from(PLAIN),
    st.sampled_from(EDGE),
    st.text(min_size=1, max_size=60),
    st.builds(
        lambda before, surrogate, after: before + surrogate + after,
        st.sampled_from(PLAIN),
        st.integers(0xD800, 0xDFFF).map(chr),
        st.sampled_from(("", " and more", "🙂")),
    ),
)
IDS = st.one_of(st.integers(0, 60), st.sampled_from((2**31 - 1, 2**31, 10**12 - 1, 123456789012)))
HHMM = st.integers(0, 9999).map(lambda n: f"{n:04d}")
SETTINGS_DATA = st.one_of(
    st.sampled_from(
        (
            "main",
            "done",
            "tz",
            "times",
            "tracks",
            "days",
            "pause",
            "resume",
            "keep",
            "sum",
            "sum:on",
            "sum:off",
            "pause:forever",
            "keep:0",
            "keep:3",
            "keep:12",
            "keep:5",
        )
    ),
    st.builds(lambda t: f"time:{t}", st.sampled_from(TRACK_WORDS)),
    st.builds(lambda t, h: f"settime:{t}:{h}", st.sampled_from(TRACK_WORDS), HHMM),
    st.builds(lambda t: f"typetime:{t}", st.sampled_from(TRACK_WORDS)),
    st.builds(lambda t: f"track:{t}", st.sampled_from(TRACK_WORDS)),
    st.builds(lambda d: f"day:{d}", st.integers(0, 9)),
    st.builds(lambda d: f"pause:{d}", st.integers(0, 99)),
    st.builds(lambda d: f"sumday:{d}", st.integers(0, 9)),
    st.builds(lambda h: f"sumtime:{h}", HHMM),
).map(lambda rest: f"s:{rest}")
# Callback data shaped like the bot's own (bot/buttons.py), plus junk.
FORGED = st.one_of(
    st.builds(lambda i, r: f"rt:{i}:{r}", IDS, st.integers(0, 9)),
    st.builds(lambda i, t: f"tr:{i}:{t}", IDS, st.sampled_from(TAG_WORDS)),
    st.builds(
        lambda i, c: f"pp:{i}:{c}", IDS, st.one_of(st.sampled_from(("new", "none")), IDS.map(str))
    ),
    st.builds(lambda i, t: f"nt:{i}:{t}", IDS, st.sampled_from(TRACK_WORDS)),
    st.builds(lambda i, c: f"ck:{i}:{c}", IDS, st.sampled_from(("calm", "yes", "skip", "no"))),
    st.builds(
        lambda i, s, c: f"rv:{i}:{s}:{c}",
        IDS,
        st.sampled_from(("felt", "distancing", "underneath", "next", "happened")),
        st.sampled_from((*TAG_WORDS, "done", "stayed")),
    ),
    st.builds(lambda t, p: f"hs:{t}:{p}", st.sampled_from(TRACK_WORDS), st.integers(0, 9999)),
    st.builds(lambda t: f"pr:{t}", st.sampled_from(TRACK_WORDS)),
    st.sampled_from(
        (
            "o:consent:yes",
            "o:consent:no",
            "o:preset:split",
            "o:preset:morning",
            "o:preset:evening",
            "o:type",
            "del:no",
            "del:yes",
            "",
        )
    ),
    st.builds(lambda z: f"tz:{z}", st.sampled_from(ZONES)),
    st.builds(lambda d: f"sm:{d}", st.sampled_from(DATES)),
    SETTINGS_DATA,
    st.text(max_size=64),
    st.builds(
        lambda chunk, n: chunk * n,
        st.sampled_from(("rt:1:5", "s:main", "é", "👩‍👩‍👧")),
        st.integers(12, 40),
    ),
)
ARGS = st.one_of(
    st.just(""),
    st.sampled_from(NUMBERS),
    st.sampled_from(("values", "self", "conflict", "last", "08:30 values", "21:00", "Berlin")),
    TEXT,
)


def _weighted(*choices: tuple[int, st.SearchStrategy[Act]]) -> st.SearchStrategy[Act]:
    """Draw from the strategies with these relative weights."""
    table = [strategy for weight, strategy in choices for _ in range(weight)]
    return st.sampled_from(table).flatmap(lambda strategy: strategy)


def _long_text(who: int, chunk: str, length: int) -> Act:
    return Act("text", who=who, text=chunk, repeat=max(1, length // len(chunk)))


def _huge_command(who: int, name: str, chunk: str, length: int) -> Act:
    return Act("command", who=who, data=name, text=chunk, repeat=length // len(chunk))


TEXTS = _weighted(
    (9, st.builds(Act, kind=st.just("text"), who=WHO, text=TEXT)),
    (1, st.builds(_long_text, WHO, st.sampled_from(LONG_CHUNKS), st.integers(3000, 5200))),
)
COMMAND = _weighted(
    (
        9,
        st.builds(
            Act, kind=st.just("command"), who=WHO, data=st.sampled_from(COMMAND_NAMES), text=ARGS
        ),
    ),
    (
        1,
        st.builds(
            _huge_command,
            WHO,
            st.sampled_from(COMMAND_NAMES),
            st.sampled_from(("9", "x ", "é")),
            st.integers(200, 4100),
        ),
    ),
)
PRESS = st.builds(Act, kind=st.just("press"), who=WHO, pick=PICK, button=st.integers(0, 30))
FORGE = st.builds(Act, kind=st.just("forge"), who=WHO, pick=PICK, data=FORGED)
STEAL = st.builds(Act, kind=st.just("steal"), who=WHO, pick=st.integers(0, 10**6))
REPLY = st.builds(Act, kind=st.just("reply"), who=WHO, text=TEXT, pick=PICK)
EDIT = st.builds(Act, kind=st.just("edit"), who=WHO, text=TEXT, pick=PICK)
FORWARD = st.builds(Act, kind=st.just("forward"), who=WHO, text=TEXT, pick=st.integers(0, 3))
MEDIA = st.builds(
    Act, kind=st.sampled_from(MEDIA_KINDS), who=WHO, text=st.one_of(st.just(""), TEXT), pick=PICK
)
PHOTO = st.builds(Act, kind=st.just("photo"), who=WHO, text=TEXT)  # with a caption
LOCATION = st.builds(
    Act,
    kind=st.just("location"),
    who=WHO,
    lat=st.floats(-90, 90, allow_nan=False),
    lon=st.floats(-180, 180, allow_nan=False),
)
BLOCK = st.builds(Act, kind=st.just("block"), who=WHO)


ACTION = _weighted(
    (22, TEXTS),
    (16, COMMAND),
    (14, PRESS),
    (8, FORGE),
    (6, STEAL),
    (6, REPLY),
    (5, EDIT),
    (4, FORWARD),
    (12, MEDIA),
    (3, PHOTO),
    (2, LOCATION),
    (2, BLOCK),
)
# Inputs behind the bugs this fuzz found, run first in every run (Hypothesis's explicit phase).
# Ada (0) is onboarded and Cy (2) is fresh when it runs.
REGRESSIONS = Batch(
    acts=(
        Act("command", who=0, data="pause", text="²"),  # isdigit() but not int()
        Act("forge", who=0, data="s:sumtime:9999"),  # not a time of day
        Act("forge", who=0, data="sm:9999-12-31"),  # its week ends after year 9999
        Act("forge", who=0, data="rt:2147483648:1"),  # ids beyond 32 bits (PostgreSQL)
        Act("forge", who=0, data="tr:123456789012:reliable"),
        Act("forge", who=0, data="pp:1:123456789012"),
        Act("text", who=0, text="a\ud800b"),  # an unpaired surrogate, stored
        Act("command", who=0, data="timezone", text="\udfffville"),  # and echoed
        Act("command", who=2, data="start"),  # set up without agreeing to what is kept...
        Act("forge", who=2, data="o:consent:no"),
        Act("command", who=2, data="timezone", text="Berlin"),
        Act("forge", who=2, data="o:preset:split"),
        Act("text", who=2, text="not to be kept before consent"),
        Act("text", who=0, text="answered after the block below"),  # 403 on the answer
        Act("block", who=0),
    ),
    minutes=0,
    tick=False,
)
BATCH = st.builds(
    Batch,
    acts=st.lists(ACTION, min_size=MIN_ACTIONS, max_size=MAX_ACTIONS).map(tuple),
    minutes=st.integers(0, 720),
    tick=st.booleans(),
)

# -- the bot ------------------------------------------------------------------------------------


@pytest.fixture
async def fuzz_bot(
    fake_api: FakeBotApi, migrated_url: str, clock: FakeClock, content: Content
) -> AsyncIterator[Harness]:
    """The real Application on the fake server, without any rate limit (only pacing differs)."""
    no_limit = Limiter(overall_rate=0, per_chat_rate=0)
    async with running(fake_api, migrated_url, clock, content, limiter=no_limit) as bot:
        yield bot


# -- watching the bot ---------------------------------------------------------------------------


@dataclass
class Sent:
    """One update the fuzz enqueued."""

    update_id: int
    user_id: int
    kind: str
    query_id: str | None = None


def chat_of(update: Update) -> int | None:
    """The chat whose queue an update waits in: the bot handles one chat's updates in order."""
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


@dataclass
class Observer:
    """Spies on the Application: what it processed, what it called, what failed."""

    api: FakeBotApi
    # The handlers of the membership and features groups, in the order PTB tries them.
    routes: list[BaseHandler[Any, Any, Any]]
    ticking: bool = False
    dispatched: Counter[str] = field(default_factory=Counter)
    sentinels: set[int] = field(default_factory=set)
    done: asyncio.Event = field(default_factory=asyncio.Event)
    # Per chat: the updates processed (in order) and the one being processed now.
    processed: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    current: dict[int, int] = field(default_factory=dict)
    calls: list[ApiCall] = field(default_factory=list)
    by_update: dict[int, list[ApiCall]] = field(default_factory=lambda: defaultdict(list))
    by_query: dict[str, list[ApiCall]] = field(default_factory=lambda: defaultdict(list))
    errors: list[tuple[int | None, str]] = field(default_factory=list)
    # Per user, in processing order: start, block, unblock, update, tick403.
    events: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    # Per chat: the bot's messages (oldest first), their first words, and current buttons.
    bot_messages: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    heads: dict[int, dict[int, str]] = field(default_factory=lambda: defaultdict(dict))
    keyboards: dict[int, dict[int, list[str]]] = field(default_factory=lambda: defaultdict(dict))
    harvest: list[str] = field(default_factory=list)
    _harvested: set[str] = field(default_factory=set)

    async def spy(self, update: object, context: object) -> None:
        """Group -1000: note which update each chat is processing; swallow sentinels."""
        if not isinstance(update, Update):
            return
        chat_id = chat_of(update)
        if update.update_id in self.sentinels:
            # Every earlier update of this chat is done: the bot never sees the sentinel.
            self.sentinels.discard(update.update_id)
            if not self.sentinels:
                self.done.set()
            raise ApplicationHandlerStop
        assert chat_id is not None, update
        self.current[chat_id] = update.update_id
        self.processed[chat_id].append(update.update_id)
        sender = update.effective_user
        if sender is None:
            return
        # The handler PTB will run: the first whose check matches (the first group stops).
        route = next((h for h in self.routes if h.check_update(update)), None)
        name = getattr(getattr(route, "callback", None), "__name__", "none")
        self.dispatched[name] += 1
        member = update.my_chat_member
        if member is not None:
            blocked = member.new_chat_member.status in ("kicked", "left")
            self.events[sender.id].append("block" if blocked else "unblock")
        else:
            self.events[sender.id].append("start" if name == "start" else "update")

    async def on_error(self, update: object, context: BotContext) -> None:
        """An extra error handler: remember every exception that reached error handling."""
        update_id = update.update_id if isinstance(update, Update) else None
        error = context.error
        what = f"{describe_error(error)}: {error!r}"[:600] if error else "no error?"
        self.errors.append((update_id, what))

    def on_call(self, call: ApiCall) -> None:
        """Every Bot API call, filed under the update its chat is processing (or its press)."""
        self.calls.append(call)
        query_id = call.params.get("callback_query_id")
        chat_id = call.params.get("chat_id")
        if isinstance(query_id, str):
            self.by_query[query_id].append(call)
        elif self.ticking:
            self.by_update[TICK].append(call)
        elif isinstance(chat_id, int) and chat_id in self.current:
            self.by_update[self.current[chat_id]].append(call)
        result = call.result
        if call.error_code is None and isinstance(result, dict) and "message_id" in result:
            self._index(result)

    def _index(self, message: JsonDict) -> None:
        if message.get("from", {}).get("id") != self.api.bot_id:
            return
        chat_id = message["chat"]["id"]
        message_id = message["message_id"]
        if message_id not in self.heads[chat_id]:
            self.bot_messages[chat_id].append(message_id)
        self.heads[chat_id][message_id] = str(message.get("text") or message.get("caption"))[:60]
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        datas = [b["callback_data"] for row in rows for b in row if "callback_data" in b]
        if datas:
            self.keyboards[chat_id][message_id] = datas
        else:
            self.keyboards[chat_id].pop(message_id, None)
        for data in datas:
            if data not in self._harvested:
                self._harvested.add(data)
                self.harvest.append(data)

    def arm(self, update_ids: set[int]) -> None:
        """Wait for these updates (the sentinels) next."""
        self.sentinels = set(update_ids)
        self.done.clear()


# -- turning actions into updates ---------------------------------------------------------------

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


def _variants(text: str) -> set[str]:
    """Forms in which the bot may store what someone typed (whole, cut, tidied, encodable)."""
    forms = {text, text[:2000], " ".join(text.split())}
    return forms | {f.encode(errors="replace").decode() for f in forms}


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


# -- the database, before and after ------------------------------------------------------------


async def _rows(harness: Harness, model: Any, user_id: int | None = None) -> list[Any]:
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
        rows = await _rows(harness, model, user_id)
        found[model.__tablename__] = [tuple(getattr(r, n) for n in names) for r in rows]
    return found


async def check_database(driver: Driver) -> None:
    """What must hold in the database whenever the bot is idle (after each batch)."""
    harness = driver.harness
    events = driver.obs.events
    users = {u.id: u for u in await _rows(harness, User)}
    schedules = await _rows(harness, Schedule)
    deliveries = {d.id: d for d in await _rows(harness, Delivery)}
    reflections = {r.id: r for r in await _rows(harness, Reflection)}
    people = {p.id: p for p in await _rows(harness, Person)}

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
    trait_labels = {tag.label for tag in harness.content.tags("en", "trait")}
    typed = {uid: set().union(*map(_variants, texts)) for uid, texts in driver.texts.items()}
    for r in reflections.values():
        mine = typed.get(r.user_id, set())
        assert r.text is None or r.text in mine, f"reflection {r.id}: text not typed by its user"
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
    assert not sent_twice, f"deliveries sent more than once: {sent_twice}"

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


# -- the test -----------------------------------------------------------------------------------


def _metric(name: str) -> float:
    value = REGISTRY.get_sample_value(name)
    assert value is not None, f"no metric {name}"
    return value


def _explore(driver: Driver, loop: asyncio.AbstractEventLoop) -> None:
    """Run Hypothesis (in this worker thread); each batch runs on the bot's event loop."""
    failure: list[tuple[BaseException, str]] = []  # the first failure and its batch's updates

    @settings(
        max_examples=BATCHES,
        deadline=None,
        derandomize=True,
        database=None,
        print_blob=False,
        report_multiple_bugs=False,
        # No shrinking: each step would replay a batch on a live bot (minutes per failure).
        phases=(Phase.explicit, Phase.generate),
        suppress_health_check=list(HealthCheck),
    )
    @given(batch=BATCH)
    @example(batch=REGRESSIONS)
    def fuzz(batch: Batch) -> None:
        if failure:
            # Hypothesis runs the failing example again to report it; on a live bot that
            # would be another run, so the first failure is what is reported.
            error, updates = failure[0]
            note(updates)
            raise error
        if len(driver.sent) - driver.setup_updates >= MIN_UPDATES:
            return  # the run's budget is spent: later examples send nothing
        first = len(driver.sent)
        future = asyncio.run_coroutine_threadsafe(driver.run_batch(batch), loop)
        try:
            future.result(timeout=SETTLE_SECONDS * 2)
        except BaseException as exc:
            failure.append((exc, f"updates (id=kind@user): {driver.updates_since(first)}"))
            raise
        finally:
            future.cancel()
        note(f"updates (id=kind@user): {driver.updates_since(first)}")

    fuzz()


async def test_generated_updates_never_reach_the_error_handler_or_store_wrongly(
    fuzz_bot: Harness,
) -> None:
    api, app = fuzz_bot.api, fuzz_bot.app
    routes = [*app.handlers[GROUP_CHATS], *app.handlers[GROUP_FEATURES]]
    obs = Observer(api=api, routes=routes)
    app.add_handler(TypeHandler(Update, obs.spy), group=-1000)
    app.add_error_handler(obs.on_error)
    unsubscribe = api.subscribe(obs.on_call)
    errors_before = _metric("letin_handler_errors_total")
    driver = Driver(harness=fuzz_bot, obs=obs, users={})
    try:
        await driver.set_up()
        driver.victim = victim = await snapshot(fuzz_bot, VICTIM)
        [vera] = await _rows(fuzz_bot, User, VICTIM)
        assert (vera.status, vera.paused_until) == ("paused", None)  # no prompts: rows stay put
        assert vera.awaiting is not None and vera.awaiting.startswith("review:")
        assert len(victim["reflections"]) >= 3 and len(victim["people"]) == 1
        loop = asyncio.get_running_loop()
        started = loop.time()
        driver.setup_updates = setup_updates = len(driver.sent)
        await asyncio.to_thread(_explore, driver, loop)
        elapsed = loop.time() - started
        await check_database(driver)
    finally:
        unsubscribe()

    fuzzed = driver.sent[setup_updates:]
    kinds = Counter(s.kind for s in fuzzed)
    print(  # noqa: T201 - the size of the run, shown with -s
        f"\n{len(fuzzed)} updates in {driver.batches} batches, {elapsed:.1f}s "
        f"({len(fuzzed) / elapsed:.0f}/s): {dict(sorted(kinds.items()))}\n"
        f"handlers: {dict(sorted(obs.dispatched.items()))}\n"
        f"reflections: {Counter((r.kind, r.status) for r in await _rows(fuzz_bot, Reflection))}"
    )
    assert obs.errors == []
    assert _metric("letin_handler_errors_total") == errors_before
    assert len(fuzzed) >= MIN_UPDATES
    # The run reached deep states, not only the entry points.
    assert set(kinds) >= ANSWERED | PRESSES | {"edit", "block", "unblock"}
    assert set(obs.dispatched) >= DEEP_HANDLERS, DEEP_HANDLERS - set(obs.dispatched)
    fuzzer_ids = {user_id for user_id, _, _ in FUZZERS}
    kept = [r for r in await _rows(fuzz_bot, Reflection) if r.user_id in fuzzer_ids]
    assert {r.kind for r in kept} >= {"entry", "note", "review"}
    assert len(driver.tick_prompts) > 0
