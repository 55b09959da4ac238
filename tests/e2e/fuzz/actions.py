"""What the fuzz generates: the people, sizes and limits, and the batches of user actions
(hypothesis strategies), with the inputs of bugs it found first."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from hypothesis import strategies as st

from bot.handlers.views import COMMANDS
from bot.sandbox.fake_api import (
    EDIT_METHODS,
    SEND_METHODS,
)
from devsupport import pg

JsonDict = dict[str, Any]


# Updates each database run delivers (then the remaining batches are idle): 5,000 locally,
# 10,000 in CI (CI=true), the long variant.
MIN_UPDATES = 10_000 if pg.ci() else 5_000


MIN_ACTIONS, MAX_ACTIONS = 35, 55  # actions per batch (an action is one or two updates)


BATCHES = MIN_UPDATES // MIN_ACTIONS + 8  # Hypothesis examples: enough even for small batches


SETTLE_SECONDS = 60.0  # a batch that takes longer than this means the bot hung


VICTIM = 2001  # set up with entries, a person, a review and a pause; never acts in the fuzz


NEVER_STARTS = 3005  # sends everything except /start


FUZZERS: tuple[tuple[int, str, str], ...] = (
    (3001, "Ada", "en"),  # onboarded before the fuzz
    (3002, "Bo", "es-MX"),  # agreed to what is stored, asked for a timezone; in Spanish
    (3003, "<b>Cy</b> & Co", "ru"),  # fresh; a name that must be escaped in HTML; in Russian
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


# Callback data shaped like the bot's own (bot/transport/buttons.py), plus junk.
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
