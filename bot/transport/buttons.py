"""Every inline button's callback data, built and read in one place.

Each kind of button is a small frozen dataclass with a short prefix; its fields, in order,
follow the prefix, joined with ":" ("rt:42:3" is `Rating(delivery=42, rating=3)`). A field's
type says what it may hold, and from the types each kind derives its grammar:

- `int`: a row id or a number (up to 12 digits);
- `Track`: a track's id;
- `Literal["a", "b"]`: one of these words; `int | Literal[...]` a number or one of them;
- `date`: an ISO date;
- `Annotated[str, "<regex>"]`: text of that shape;
- `X | None = None`, last: a field that older buttons do not carry (left out when None).

`Kind(...).button(label)` builds a button and refuses data over Telegram's 64 bytes;
`Kind.of(update)` reads a pressed one; `Kind.handler(callback)` is the CallbackQueryHandler
that takes exactly the data that `Kind` reads, so anything else (a button from an older
release, data altered by a client) falls through to the "old button" answer instead of
reaching a handler.

The data is what buttons already in people's chats carry: changing a prefix or a field's
shape makes every such button stale. tests/test_buttons.py pins one example of each kind.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, fields
from datetime import date
from enum import Enum
from functools import cache
from typing import Annotated, Any, ClassVar, Literal, Self, get_args, get_origin

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, SwitchInlineQueryChosenChat, Update
from telegram.ext import CallbackQueryHandler

from bot.domain.tracks import Track

MAX_BYTES = 64  # Telegram's limit on callback data
SEPARATOR = ":"

# Rows of buttons under a message, as flows and views build them.
Keyboard = InlineKeyboardMarkup
Row = list[InlineKeyboardButton]


def keyboard(rows: Sequence[Sequence[InlineKeyboardButton]]) -> Keyboard:
    """Rows of buttons (each made by `Kind(...).button(label)`) under a message."""
    return InlineKeyboardMarkup(rows)


def share(label: str, query: str) -> InlineKeyboardButton:
    """A button that opens Telegram's chat picker (people and groups) with the bot's inline
    answers to `query`: the user picks the chat and sends; the bot sends nothing itself."""
    return InlineKeyboardButton(
        label,
        switch_inline_query_chosen_chat=SwitchInlineQueryChosenChat(
            query=query,
            allow_user_chats=True,
            allow_group_chats=True,
            allow_bot_chats=False,
            allow_channel_chats=False,
        ),
    )


@dataclass(frozen=True)
class _Field:
    name: str
    pattern: str
    read: Callable[[str], object]
    optional: bool = False


def _id(text: str) -> str:
    return text


def _field_of(name: str, hint: Any) -> _Field:
    origin = get_origin(hint)
    if origin is Annotated:
        base, pattern = get_args(hint)[:2]
        if base not in (str, int):
            raise TypeError(f"{name}: only str and int fields take a pattern")
        return _Field(name, pattern, int if base is int else _id)
    if hint is int:
        return _Field(name, r"\d{1,12}", int)
    if hint is date:
        return _Field(name, r"\d{4}-\d{2}-\d{2}", date.fromisoformat)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _Field(name, "|".join(re.escape(str(m.value)) for m in hint), hint)
    if origin is Literal:
        return _Field(name, "|".join(re.escape(str(a)) for a in get_args(hint)), _id)
    if origin in (typing.Union, types.UnionType) and type(None) in get_args(hint):
        others = [a for a in get_args(hint) if a is not type(None)]
        if len(others) != 1:
            raise TypeError(f"{name}: an optional field is `X | None`")
        inner = _field_of(name, others[0])
        return _Field(name, inner.pattern, inner.read, optional=True)
    if origin in (typing.Union, types.UnionType):
        parts = [_field_of(name, a) for a in get_args(hint)]
        shapes = [re.compile(p.pattern) for p in parts]

        def read(text: str) -> object:
            part = next(p for p, shape in zip(parts, shapes, strict=True) if shape.fullmatch(text))
            return part.read(text)

        return _Field(name, "|".join(p.pattern for p in parts), read)
    raise TypeError(f"{name}: no button grammar for {hint!r}")


class ButtonData:
    """The base of every kind of button data (see the module docstring)."""

    prefix: ClassVar[str]

    @classmethod
    @cache
    def _fields(cls) -> tuple[_Field, ...]:
        hints = typing.get_type_hints(cls, include_extras=True)
        found = tuple(_field_of(f.name, hints[f.name]) for f in fields(cls))  # type: ignore[arg-type]
        if any(f.optional for f in found[:-1]):
            raise TypeError(f"{cls.__name__}: only the last field may be left out")
        return found

    @classmethod
    @cache
    def _grammar(cls) -> re.Pattern[str]:
        grammar = re.escape(cls.prefix)
        for i, f in enumerate(cls._fields()):
            part = f"{SEPARATOR}(?P<f{i}>{f.pattern})"
            grammar += f"(?:{part})?" if f.optional else part
        return re.compile(grammar)

    def encode(self) -> str:
        """The callback data; refuses what Telegram would refuse (over 64 bytes)."""
        values = [getattr(self, f.name) for f in self._fields()]
        data = SEPARATOR.join([self.prefix] + [str(v) for v in values if v is not None])
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
        if self.decode(data) != self:
            raise ValueError(f"callback data that does not read back: {data!r}")
        return data

    def button(self, label: str) -> InlineKeyboardButton:
        """An inline button with this data."""
        return InlineKeyboardButton(label, callback_data=self.encode())

    @classmethod
    def decode(cls, data: object) -> Self | None:
        """The data read back, or None when it is not exactly of this kind."""
        if not isinstance(data, str):
            return None
        found = cls._grammar().fullmatch(data)
        if found is None:
            return None
        try:
            values = [
                None if found[f"f{i}"] is None else f.read(found[f"f{i}"])
                for i, f in enumerate(cls._fields())
            ]
        except ValueError:  # a date that does not exist, say
            return None
        return cls(*values)

    @classmethod
    def matches(cls, data: object) -> bool:
        """Whether data is exactly of this kind (the handler's pattern)."""
        return cls.decode(data) is not None

    @classmethod
    def of(cls, update: Update) -> Self:
        """The data of the button pressed in an update the handler of this kind took."""
        query = update.callback_query
        found = cls.decode(query.data if query is not None else None)
        if found is None:
            raise ValueError(f"not a {cls.__name__} button")
        return found

    @classmethod
    def handler(
        cls, callback: Callable[[Update, Any], Coroutine[Any, Any, None]]
    ) -> CallbackQueryHandler[Any, None]:
        """A handler that takes this kind's buttons, and only them."""
        return _KindHandler(callback, pattern=cls.matches)


class _KindHandler(CallbackQueryHandler[Any, None]):
    """A CallbackQueryHandler that never takes a press with empty data: PTB hands such a press
    to the first handler with a pattern without asking it, and a forged or broken button
    would then reach a kind it is not; it goes to the bot's fallback for old buttons."""

    def check_update(self, update: object) -> bool | object | None:
        if isinstance(update, Update) and update.callback_query and not update.callback_query.data:
            return False
        return super().check_update(update)


# --- prompts and entries -----------------------------------------------------------------


@dataclass(frozen=True)
class Rating(ButtonData):
    """A 1-5 self-kindness button under a prompt or its acknowledgement."""

    prefix = "rt"
    delivery: int
    rating: Annotated[int, "[1-5]"]


@dataclass(frozen=True)
class ConflictCheckIn(ButtonData):
    """The conflict track's opening question: a calm day, friction to review, or skip."""

    prefix = "ck"
    delivery: int
    choice: Literal["calm", "yes", "skip"]


@dataclass(frozen=True)
class Trait(ButtonData):
    """A trait (by its tag id) noticed in someone, or skip."""

    prefix = "tr"
    reflection: int
    trait: Annotated[str, r"[a-z_]{1,32}"]


@dataclass(frozen=True)
class PersonChoice(ButtonData):
    """Who an entry or review is about: a person's id, someone new, or rather not say."""

    prefix = "pp"
    reflection: int
    person: int | Literal["new", "none"]


@dataclass(frozen=True)
class FileUnder(ButtonData):
    """File a note under a track, or keep it as a note."""

    prefix = "nt"
    reflection: int
    track: Track | Literal["note"]


@dataclass(frozen=True)
class Which(ButtonData):
    """What a text was meant for: a prompt ("d<delivery>"), the pending question
    ("q<reflection>") or a note ("n")."""

    prefix = "wh"
    note: int
    target: Annotated[str, r"d\d{1,12}|q\d{1,12}|n"]


@dataclass(frozen=True)
class ReviewStep(ButtonData):
    """A tag chosen (or "stayed", "done") at one step of a conflict review."""

    prefix = "rv"
    review: int
    step: Annotated[str, "felt|distancing|underneath|next"]
    choice: Annotated[str, r"[a-z_]{1,32}"]


@dataclass(frozen=True)
class PromptNow(ButtonData):
    """/prompt without a track: the track chosen."""

    prefix = "pr"
    track: Track


@dataclass(frozen=True)
class HistoryPage(ButtonData):
    """Older / Newer in /history ("all" for every track)."""

    prefix = "hs"
    track: Track | Literal["all"]
    page: Annotated[int, r"\d{1,4}"]


@dataclass(frozen=True)
class SummaryWeek(ButtonData):
    """Earlier / later week in /summary: the Monday of the week shown."""

    prefix = "sm"
    week: date


@dataclass(frozen=True)
class PeopleList(ButtonData):
    """Back to /people's list."""

    prefix = "pl"


@dataclass(frozen=True)
class PersonPage(ButtonData):
    """One person's page in /people (also "Cancel" on its questions)."""

    prefix = "pe"
    person: int


@dataclass(frozen=True)
class PersonAction(ButtonData):
    """Rename, "Same person as…" or Forget on a person's page."""

    prefix = "pe:a"
    person: int
    action: Literal["rename", "merge", "forget"]


@dataclass(frozen=True)
class MergeChoice(ButtonData):
    """The person chosen as the same as `person`; `confirmed` once "Yes" is pressed."""

    prefix = "pe:m"
    person: int
    into: int
    confirmed: Literal["yes"] | None = None


@dataclass(frozen=True)
class ForgetConfirm(ButtonData):
    """ "Forget them", pressed on the question that says what goes."""

    prefix = "pe:f"
    person: int


@dataclass(frozen=True)
class FollowUp(ButtonData):
    """An answer to "how did your next step go?" about one review."""

    prefix = "fu"
    review: int
    choice: Literal["did_it", "not_yet", "changed_mind", "skipped"]


# --- onboarding, privacy, support, settings ----------------------------------------------


@dataclass(frozen=True)
class Consent(ButtonData):
    """The privacy consent at /start."""

    prefix = "o:consent"
    choice: Literal["yes", "no"]


@dataclass(frozen=True)
class Preset(ButtonData):
    """A preset of prompt times chosen in onboarding."""

    prefix = "o:preset"
    name: Literal["split", "morning", "evening"]


@dataclass(frozen=True)
class TypeTime(ButtonData):
    """ "I'll type a time" in onboarding."""

    prefix = "o:type"


@dataclass(frozen=True)
class Delete(ButtonData):
    """/delete's confirmation."""

    prefix = "del"
    choice: Literal["yes", "no"]


@dataclass(frozen=True)
class Support(ButtonData):
    """The crisis check-in's answers ("ok", "no:<concern>") and the helplines button."""

    prefix = "sf"
    choice: Annotated[str, r"ok|sos|no:(?:suicide|self_harm|danger)"]

    @classmethod
    def not_safe(cls, concern: str) -> Support:
        return cls(f"no:{concern}")

    @property
    def concern(self) -> str | None:
        """The concern a "Not really" answers."""
        return self.choice.removeprefix("no:") if self.choice.startswith("no:") else None


# "I'm safe right now", and the button that shows the helplines (under /help).
SAFE = Support("ok")
SOS = Support("sos")


@dataclass(frozen=True)
class ZoneChoice(ButtonData):
    """A time zone offered for a typed place: "<token>:<zone>", the token tying it to the
    question it answers; buttons from before tokens carry the zone alone.

    Zone names are ASCII letters, digits, "/", "_", "+", "-" (the longest IANA name has 32).
    """

    prefix = "tz"
    choice: Annotated[str, r"(?:[0-9a-f]{6}:)?[A-Za-z0-9/_+\-]{1,60}"]

    @classmethod
    def of_list(cls, token: str, zone: str) -> ZoneChoice:
        return cls(f"{token}:{zone}")

    @property
    def token(self) -> str | None:
        return self.choice.rpartition(":")[0] or None

    @property
    def zone(self) -> str:
        return self.choice.rpartition(":")[2]


# /settings: every button carries "s:" and its action. A button that changes something
# carries the state it expected: a toggle the state it sets ("s:track:<track>:1" turns it
# on), a time picker the time it showed ("s:settime:<track>:<new>:<shown>", "x" for none).
# Pressed when that no longer holds (or without it, from before), it changes nothing and
# shows what is current. The other buttons set a state outright or only show a menu, so
# pressing one late does no harm.


@dataclass(frozen=True)
class SettingsMenu(ButtonData):
    """A /settings screen: the overview, or one of its menus."""

    prefix = "s"
    menu: Literal["main", "times", "tracks", "days", "sum", "keep", "pause", "about", "lang"]


@dataclass(frozen=True)
class SettingsDone(ButtonData):
    """Close /settings."""

    prefix = "s:done"


@dataclass(frozen=True)
class SettingsTimezone(ButtonData):
    """Change the time zone (asked as at /start)."""

    prefix = "s:tz"


@dataclass(frozen=True)
class Resume(ButtonData):
    """End a pause."""

    prefix = "s:resume"


@dataclass(frozen=True)
class TimeMenu(ButtonData):
    """The times offered for one track."""

    prefix = "s:time"
    track: Track


@dataclass(frozen=True)
class SetTime(ButtonData):
    """One track's new time (HHMM), and the time the picker showed ("x": none)."""

    prefix = "s:settime"
    track: Track
    time: Annotated[str, r"\d{4}"]
    shown: Annotated[str, r"\d{4}|x"] | None = None


@dataclass(frozen=True)
class TypeTrackTime(ButtonData):
    """Type a time for one track."""

    prefix = "s:typetime"
    track: Track


@dataclass(frozen=True)
class ToggleTrack(ButtonData):
    """Turn a track on ("1") or off ("0")."""

    prefix = "s:track"
    track: Track
    on: Literal["0", "1"] | None = None


@dataclass(frozen=True)
class ToggleDay(ButtonData):
    """Turn a weekday (0 is Monday) on ("1") or off ("0")."""

    prefix = "s:day"
    day: Annotated[int, "[0-6]"]
    on: Literal["0", "1"] | None = None


@dataclass(frozen=True)
class SummaryOnOff(ButtonData):
    """The weekly summary on or off."""

    prefix = "s:sum"
    state: Literal["on", "off"]


@dataclass(frozen=True)
class SummaryDay(ButtonData):
    """The weekday of the weekly summary (0 is Monday)."""

    prefix = "s:sumday"
    day: Annotated[int, "[0-6]"]


@dataclass(frozen=True)
class SummaryTime(ButtonData):
    """The time of the weekly summary (HHMM)."""

    prefix = "s:sumtime"
    time: Annotated[str, r"\d{4}"]


@dataclass(frozen=True)
class TalkAction(ButtonData):
    """/talk: continue or restart a draft being written; change, delete, or begin anew."""

    prefix = "tk"
    draft: int
    action: Literal["continue", "restart", "change", "delete", "new"]


@dataclass(frozen=True)
class TalkStep(ButtonData):
    """/talk: skip the part being asked, or choose a part to change."""

    prefix = "tk:s"
    draft: int
    part: Literal["know", "afraid", "working", "need"]
    choice: Literal["skip", "change"]


@dataclass(frozen=True)
class OnePage(ButtonData):
    """/therapist: make the one-page summary."""

    prefix = "op"


@dataclass(frozen=True)
class AboutRole(ButtonData):
    """About you: whose pulling away the user works with (or skip)."""

    prefix = "ay:r"
    role: Literal["self", "other", "both", "skip"]


@dataclass(frozen=True)
class AboutClose(ButtonData):
    """About you: who is close now, toggled; "done" closes the question."""

    prefix = "ay:c"
    who: Literal["partner", "friend", "family", "done"]


@dataclass(frozen=True)
class FollowUpsOnOff(ButtonData):
    """/settings: follow-ups on next steps turned on or off."""

    prefix = "s:fu"
    state: Literal["on", "off"]


@dataclass(frozen=True)
class LanguageChoice(ButtonData):
    """/language or /settings: the language to speak (a content locale folder's name)."""

    prefix = "lg"
    locale: Annotated[str, r"[a-z]{2,3}"]


@dataclass(frozen=True)
class MonthlyOnOff(ButtonData):
    """/settings: the monthly summary turned on or off."""

    prefix = "s:mo"
    state: Literal["on", "off"]


@dataclass(frozen=True)
class Keep(ButtonData):
    """How many months entries are kept ("0": for good)."""

    prefix = "s:keep"
    months: Annotated[int, "3|6|12|0"]


@dataclass(frozen=True)
class Pause(ButtonData):
    """Pause prompts for some days, or until /resume."""

    prefix = "s:pause"
    days: Annotated[str, r"\d{1,2}|forever"]


KINDS: tuple[type[ButtonData], ...] = (
    TalkAction,
    TalkStep,
    OnePage,
    AboutRole,
    AboutClose,
    FollowUp,
    FollowUpsOnOff,
    MonthlyOnOff,
    PeopleList,
    PersonPage,
    PersonAction,
    MergeChoice,
    ForgetConfirm,
    Rating,
    ConflictCheckIn,
    Trait,
    PersonChoice,
    FileUnder,
    Which,
    ReviewStep,
    PromptNow,
    HistoryPage,
    SummaryWeek,
    Consent,
    Preset,
    TypeTime,
    Delete,
    Support,
    ZoneChoice,
    SettingsMenu,
    SettingsDone,
    SettingsTimezone,
    Resume,
    TimeMenu,
    SetTime,
    TypeTrackTime,
    ToggleTrack,
    ToggleDay,
    SummaryOnOff,
    SummaryDay,
    SummaryTime,
    Keep,
    Pause,
)
