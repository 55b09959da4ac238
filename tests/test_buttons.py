"""Button data (bot/transport/buttons.py): the wire format of buttons already in people's
chats, read back exactly, refused when malformed or too long, and built nowhere else."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram import CallbackQuery, Update, User
from telegram.ext import Application, CallbackQueryHandler

from bot.app import register_handlers
from bot.domain.tracks import Track
from bot.transport import buttons
from bot.transport.buttons import (
    KINDS,
    AboutClose,
    AboutRole,
    ButtonData,
    ConflictCheckIn,
    Consent,
    Delete,
    FileUnder,
    FollowUp,
    FollowUpsOnOff,
    ForgetConfirm,
    HistoryPage,
    Keep,
    MergeChoice,
    MonthlyOnOff,
    OnePage,
    Pause,
    PeopleList,
    PersonAction,
    PersonChoice,
    PersonPage,
    Preset,
    PromptNow,
    Rating,
    Resume,
    ReviewStep,
    SetTime,
    SettingsDone,
    SettingsMenu,
    SettingsTimezone,
    SummaryDay,
    SummaryOnOff,
    SummaryTime,
    SummaryWeek,
    Support,
    TalkAction,
    TalkStep,
    TimeMenu,
    ToggleDay,
    ToggleTrack,
    Trait,
    TypeTime,
    TypeTrackTime,
    Which,
    ZoneChoice,
)

ROOT = Path(__file__).resolve().parent.parent

# One example of each kind, as sent by earlier releases: these strings are in chats today.
WIRE = [
    (Rating(42, 3), "rt:42:3"),
    (ConflictCheckIn(7, "calm"), "ck:7:calm"),
    (Trait(9, "reliable"), "tr:9:reliable"),
    (Trait(9, "skip"), "tr:9:skip"),
    (PersonChoice(9, 12), "pp:9:12"),
    (PersonChoice(9, "new"), "pp:9:new"),
    (PersonChoice(9, "none"), "pp:9:none"),
    (FileUnder(5, Track.VALUED_TRAITS), "nt:5:valued_traits"),
    (FileUnder(5, "note"), "nt:5:note"),
    (Which(5, "d17"), "wh:5:d17"),
    (Which(5, "q3"), "wh:5:q3"),
    (Which(5, "n"), "wh:5:n"),
    (ReviewStep(4, "distancing", "stayed"), "rv:4:distancing:stayed"),
    (PromptNow(Track.CONFLICT_REVIEW), "pr:conflict_review"),
    (HistoryPage("all", 0), "hs:all:0"),
    (HistoryPage(Track.SELF_COMPASSION, 12), "hs:self_compassion:12"),
    (SummaryWeek(date(2026, 11, 30)), "sm:2026-11-30"),
    (Consent("no"), "o:consent:no"),
    (Preset("split"), "o:preset:split"),
    (TypeTime(), "o:type"),
    (Delete("yes"), "del:yes"),
    (Support("ok"), "sf:ok"),
    (Support.not_safe("self_harm"), "sf:no:self_harm"),
    (
        ZoneChoice.of_list("0a1b2c", "America/Argentina/Buenos_Aires"),
        "tz:0a1b2c:America/Argentina/Buenos_Aires",
    ),
    (ZoneChoice("Europe/Berlin"), "tz:Europe/Berlin"),
    (SettingsMenu("main"), "s:main"),
    (SettingsMenu("sum"), "s:sum"),
    (SettingsDone(), "s:done"),
    (SettingsTimezone(), "s:tz"),
    (Resume(), "s:resume"),
    (TimeMenu(Track.SELF_COMPASSION), "s:time:self_compassion"),
    (
        SetTime(Track.SELF_COMPASSION, "0830", "x"),
        "s:settime:self_compassion:0830:x",
    ),
    (SetTime(Track.CONFLICT_REVIEW, "2030"), "s:settime:conflict_review:2030"),
    (TypeTrackTime(Track.VALUED_TRAITS), "s:typetime:valued_traits"),
    (ToggleTrack(Track.VALUED_TRAITS, "1"), "s:track:valued_traits:1"),
    (ToggleTrack(Track.VALUED_TRAITS), "s:track:valued_traits"),
    (ToggleDay(6, "0"), "s:day:6:0"),
    (SummaryOnOff("off"), "s:sum:off"),
    (SummaryDay(2), "s:sumday:2"),
    (SummaryTime("1900"), "s:sumtime:1900"),
    (Keep(12), "s:keep:12"),
    (Keep(0), "s:keep:0"),
    (Pause("forever"), "s:pause:forever"),
    (Pause("14"), "s:pause:14"),
    (PeopleList(), "pl"),
    (PersonPage(8), "pe:8"),
    (PersonAction(8, "forget"), "pe:a:8:forget"),
    (MergeChoice(8, 3), "pe:m:8:3"),
    (MergeChoice(8, 3, "yes"), "pe:m:8:3:yes"),
    (ForgetConfirm(8), "pe:f:8"),
    (FollowUp(4, "changed_mind"), "fu:4:changed_mind"),
    (FollowUpsOnOff("off"), "s:fu:off"),
    (MonthlyOnOff("on"), "s:mo:on"),
    (AboutRole("both"), "ay:r:both"),
    (AboutClose("family"), "ay:c:family"),
    (OnePage(), "op"),
    (TalkAction(6, "change"), "tk:6:change"),
    (TalkStep(6, "afraid", "skip"), "tk:s:6:afraid:skip"),
]


@pytest.mark.parametrize(("data", "wire"), WIRE, ids=[w for _, w in WIRE])
def test_each_kind_keeps_the_wire_format_of_buttons_already_sent(
    data: ButtonData, wire: str
) -> None:
    assert data.encode() == wire
    assert type(data).decode(wire) == data
    # Only its own kind reads it: one press reaches one handler.
    assert [k.__name__ for k in KINDS if k.matches(wire)] == [type(data).__name__]


def test_every_kind_has_an_example() -> None:
    assert {type(d) for d, _ in WIRE} == set(KINDS)


@pytest.mark.parametrize(
    "wire",
    [
        "rt:42:6",  # no such rating
        "rt:42:3:1",  # a field too many
        "rt:x:3",
        "rt:1234567890123:3",  # an id longer than any row id
        "pp:9:someone",
        "nt:5:weekly_summary",  # not a track
        "hs:all:10000",
        "sm:2026-02-30",  # no such day
        "sm:2026-1-5",
        "o:consent",
        "o:type:now",
        "sf:no:boredom",
        "tz:Mars/Olympus Mons",
        "s:settime:self_compassion:0830:y",
        "s:nonsense",
        "",
        "rt",
    ],
)
def test_malformed_or_unknown_data_is_read_by_no_kind(wire: str) -> None:
    assert [k.__name__ for k in KINDS if k.matches(wire)] == []


def test_data_over_64_bytes_is_refused_when_built() -> None:
    with pytest.raises(ValueError, match="64 bytes"):
        ZoneChoice.of_list("0a1b2c", "A" * 55).button("x")
    # 64 bytes exactly is Telegram's limit, and allowed.
    assert len(ZoneChoice.of_list("0a1b2c", "A" * 54).encode()) == 64


def test_data_that_would_not_read_back_is_refused_when_built() -> None:
    with pytest.raises(ValueError, match="read back"):
        Trait(1, "Not A Tag").encode()
    with pytest.raises(ValueError, match="read back"):
        Rating(1, 9).encode()


@given(
    st.integers(0, 10**12 - 1),
    st.sampled_from([*Track, "note"]),
    st.one_of(st.integers(0, 10**12 - 1), st.sampled_from(["new", "none"])),
)
def test_ids_and_choices_read_back_as_they_were_built(
    row: int, track: Track | str, person: int | str
) -> None:
    for data in (Rating(row, 5), FileUnder(row, track), PersonChoice(row, person)):  # type: ignore[arg-type]
        assert type(data).decode(data.encode()) == data


def test_every_kind_is_handled_by_the_bot() -> None:
    app = Application.builder().token("123:abc").build()
    register_handlers(app)  # type: ignore[arg-type]
    handled = {
        getattr(h.pattern, "__self__", None)
        for group in app.handlers.values()
        for h in group
        if isinstance(h, CallbackQueryHandler)
    }
    assert set(KINDS) <= handled


def test_callback_data_is_built_only_in_bot_buttons() -> None:
    """No module writes callback data by hand (a prefix typed twice drifts apart)."""
    offenders = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        if path == Path(buttons.__file__) or "sandbox" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "callback_data":
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_a_press_with_empty_data_reaches_only_the_old_button_fallback() -> None:
    # PTB takes a press with empty data as a match for any pattern it does not ask; a forged
    # one reached the first button kind's handler, which could not read it (found by fuzz).
    app = Application.builder().token("123:abc").build()
    register_handlers(app)  # type: ignore[arg-type]
    for data in ("", None):
        query = CallbackQuery("1", User(7, "Ada", False), chat_instance="c", data=data)
        update = Update(1, callback_query=query)
        takers = [
            h.callback.__name__
            for group in app.handlers.values()
            for h in group
            if isinstance(h, CallbackQueryHandler) and h.check_update(update)
        ]
        assert takers == ["stale_button"], data
