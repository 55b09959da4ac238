"""Crisis screen: does a message speak of suicide, self-harm or being in danger?

Every message a person writes passes `screen`, in every language the screen knows,
whatever the person's locale: people write in the language they feel in. The screen is a
set of readable rules per language (regular expressions over normalised text, see
`engine`), not a model, so that anyone can see why a sentence was or was not flagged.

Two tiers
- CRISIS: the message speaks of suicide, self-harm or danger (a wish to die, a plan, a
  means, a goodbye, a past attempt, self-harm, being hurt or threatened by someone). The
  bot answers at once, with care and with helplines for the person's country.
- CHECK_IN: hopelessness without a stated intent ("I want to disappear", "I'm a burden",
  "what's the point of anything"). The bot asks gently whether the person is safe right
  now; "Not really" brings the helplines. These rules are few and narrow so that the
  question stays rare for ordinary venting.

When a message shows several concerns, DANGER wins (its reply lists abuse lines and
crisis lines), then SUICIDE, then SELF_HARM; a crisis in any language wins over a check-in.

The screen is bounded: it reads at most MAX_INPUT characters, at most MAX_NORMALISED after
normalising, each rule reads only where its words are, and the reading of a long message
is bounded by a budget shared by the languages (engine.WORK; bench/bench_safety.py shows
the worst case).

Each language's module says what it decides on the ambiguous cases (history, third
persons, hyperbole, idioms) and what remains out of reach.
"""

from __future__ import annotations

import importlib
import re
import threading
from dataclasses import dataclass
from functools import cache

from bot.domain.safety.engine import (
    CRISIS_SHARE,
    MAX_INPUT,
    MAX_NORMALISED,
    READ_WHOLE_BELOW,
    SHORTHAND_SHARE,
    WORK,
    Budget,
    Concern,
    Detector,
    Excerpts,
    Language,
    Places,
    Tier,
    Witnesses,
    base_forms,
    is_short,
)

__all__ = [
    "CODES",
    "MAX_INPUT",
    "MAX_NORMALISED",
    "PIECE",
    "READ_WHOLE_BELOW",
    "Concern",
    "Language",
    "Screen",
    "Tier",
    "languages",
    "pieces",
    "screen",
    "warm",
]

_BUILDING = threading.RLock()

# The languages screened, each a module of rules in this package.
CODES = ("en", "ru", "es", "de", "fr", "pt", "it", "pl")


def languages() -> tuple[Language, ...]:
    """Every language's rules, compiled on first use (seconds of work: importing this
    package stays cheap for the processes that never screen, such as delivery workers).
    A caller that comes while another thread compiles them waits for it."""
    with _BUILDING:
        return _languages()


@cache
def _languages() -> tuple[Language, ...]:
    return tuple(importlib.import_module(f"bot.domain.safety.{code}").LANGUAGE for code in CODES)


def warm() -> None:
    """Compile every rule and the trigger scan now (the bot calls this in a thread at start,
    so that the first message does not wait for it)."""
    _detector(languages())


_PRIORITY = (Concern.DANGER, Concern.SUICIDE, Concern.SELF_HARM)
_DANGER = frozenset({Concern.DANGER})
_DETECTORS: dict[tuple[int, ...], Detector] = {}


def _detector(chosen: tuple[Language, ...]) -> Detector:
    key = tuple(map(id, chosen))
    with _BUILDING:
        if key not in _DETECTORS:
            _DETECTORS[key] = Detector(chosen)
        return _DETECTORS[key]


def _winning(best: tuple[int, Concern, str], code: str) -> frozenset[Concern]:
    """The concerns that, found by the language of code, would win over best."""
    return frozenset(
        concern for rank, concern in enumerate(_PRIORITY) if (rank, concern, code) < best
    )


@dataclass(frozen=True)
class Screen:
    """The result of screening one message.

    `tier` is None when there is no signal; `concern` says what the signal is about and
    `language` which language's rules found it.
    """

    concern: Concern | None = None
    tier: Tier | None = None
    language: str | None = None

    @property
    def flagged(self) -> bool:
        """Whether the message needs any answer of care (helplines or a check-in)."""
        return self.tier is not None

    @property
    def crisis(self) -> bool:
        """Whether the message needs the caring message with helplines at once."""
        return self.tier is Tier.CRISIS


def screen(text: str, screened: tuple[Language, ...] | None = None) -> Screen:
    """Screen one message for signs of suicide, self-harm or danger, in every language
    (or in `screened`)."""
    chosen = languages() if screened is None else screened
    found, budget = _read(text, chosen)
    if found.flagged or budget is None or not budget.refused:
        return found
    # The budget ran out before every rule had read the whole message: it is read again in
    # pieces short enough to be read whole, so that no part of it goes unread (a crisis
    # told in the last line of a long account of the day). See engine.WORK.
    for piece in pieces(text):
        found, _ = _read(piece, chosen)
        if found.flagged:
            return found
    return Screen()


# A long message read again in pieces (see `screen`) is cut into pieces of at most this
# many characters, whole lines together, a long line at its sentences' ends (and a very
# long sentence at a space): short enough to be read whole (READ_WHOLE_BELOW) as written.
PIECE = 500
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?=\s)")


def pieces(text: str) -> list[str]:
    """The message cut into pieces of at most PIECE characters (see PIECE)."""
    parts: list[str] = []
    for line in text.splitlines(keepends=True):
        for sentence in _SENTENCE_END.split(line) if len(line) > PIECE else [line]:
            while len(sentence) > PIECE:
                cut = sentence.rfind(" ", PIECE // 2, PIECE)
                cut = cut if cut > 0 else PIECE
                parts.append(sentence[:cut])
                sentence = sentence[cut:]
            parts.append(sentence)
    joined: list[str] = []
    for part in parts:
        if joined and len(joined[-1]) + len(part) <= PIECE:
            joined[-1] += part
        else:
            joined.append(part)
    return joined


def _read(text: str, chosen: tuple[Language, ...]) -> tuple[Screen, Budget | None]:
    """One reading of a message, and its budget (see Budget.refused; None: nothing to
    read)."""
    base = base_forms(text)
    if not base or not base[0]:
        return Screen(), None
    detector = _detector(chosen)
    # A long message's later forms are read only around their changes (see Excerpts).
    cut = Excerpts(base)
    base, focus = cut.forms, cut.focus
    sighted = detector.sight(base, cut.kept)
    active = detector.active(base, sighted, cut.kept)
    # A long message's reading is bounded (see engine.WORK); a short one's by its length.
    short = is_short(base)
    budget = Budget(None if short else WORK)
    places = Places(budget)
    budget.part(SHORTHAND_SHARE)
    forms: dict[str, list[str]] = {}
    for number, language in enumerate(active):
        budget.step(len(active) - number)
        forms[language.code] = language.read(base, sighted, places, focus, cut.kept)
    # A match is not valid when the language the message is in excuses the same words.
    others = Witnesses([(language, forms[language.code]) for language in active], places)
    for tier in (Tier.CRISIS, Tier.CHECK_IN):
        budget.part(CRISIS_SHARE if tier is Tier.CRISIS else 1.0)
        found: list[tuple[int, Concern, str]] = []
        order = _order(active, tier, forms, places, short)
        for number, language in enumerate(order):
            # Only a concern that would win over those found so far changes the result.
            wanted = None if not found else _winning(min(found), language.code)
            budget.step(len(active) - number)
            concern = language.first_match(
                forms[language.code], tier, others, short, places, wanted
            )
            if concern is Concern.DANGER:
                # Danger is the first language's (as listed) that finds it: those listed
                # before this one and not read yet are asked for danger alone.
                rank = active.index(language)
                for other in order[number + 1 :]:
                    if active.index(other) < rank and other.first_match(
                        forms[other.code], tier, others, short, places, _DANGER
                    ):
                        language, rank = other, active.index(other)
                return Screen(concern, tier, language.code), budget
            if concern is not None:
                found.append((_PRIORITY.index(concern), concern, language.code))
        if found:
            _, concern, code = min(found)
            return Screen(concern, tier, code), budget
    return Screen(), budget


def _order(
    active: list[Language],
    tier: Tier,
    forms: dict[str, list[str]],
    places: Places,
    short: bool,
) -> list[Language]:
    """The languages in the order their rules of the tier are read: as listed for a short
    message; for a long one (whose reading is bounded), those with the fewest rules to read
    first, so that what they do not spend of their share goes to the others."""
    if short:
        return active
    return sorted(active, key=lambda language: places.size(language, tier, forms[language.code]))
