"""What a typed text answers: the conversation rules, as one pure function.

The rules, in order (the README says the same in a user's words):

1. A Telegram reply to a prompt message answers that prompt.
2. A question the bot asked (which trait, who it was, a review step) takes the next plain text
   only while it is the newest thing the bot asked: no prompt has arrived since.
3. With no such question, a single open prompt that is still unanswered takes the text, unless
   it is the conflict check-in ("Any friction today?"): a review starts only when the person
   chooses to look at friction.
4. When the text could belong to more than one thing (several open prompts, a question and a
   newer prompt, or the check-in), it is kept at once as a note and the person is asked which
   one, with a button each and "just a note". Nothing is guessed.
5. Another line soon after answering a prompt is added to that answer.
6. Anything else is kept as a note, and the person may file it under a track.

A crisis text is never fed into a flow: it becomes a record of its own (bot/handlers/input.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

CONFLICT = "conflict_review"
# Tracks whose prompt is answered by an entry of text (the conflict track opens a review).
ENTRY_TRACKS = ("self_compassion", "valued_traits", "supporting_someone")
# Another line this soon after answering a prompt is added to that answer.
CONTINUE_WINDOW = timedelta(minutes=30)


@dataclass(frozen=True)
class OpenPrompt:
    """A prompt still open for replies: the latest of its track, sent within the window."""

    delivery_id: int
    track: str
    sent_at: datetime
    # When the person last answered it (text, a review or a calm day); None if not yet.
    answered_at: datetime | None = None


@dataclass(frozen=True)
class Pending:
    """The question the bot is waiting on: its kind, what it belongs to, and when it asked."""

    kind: str  # "trait", "person" or "review"
    reflection_id: int
    asked_at: datetime | None


@dataclass(frozen=True)
class ToPrompt:
    """The text answers this prompt."""

    delivery_id: int


@dataclass(frozen=True)
class ToPending:
    """The text answers the pending question."""


@dataclass(frozen=True)
class AddTo:
    """The text is one more line of an answer just given to this prompt."""

    delivery_id: int


@dataclass(frozen=True)
class Ask:
    """Keep the text as a note and ask where it belongs among these."""

    prompts: tuple[OpenPrompt, ...]
    pending: Pending | None


@dataclass(frozen=True)
class Unfiled:
    """Nothing is open: keep the text as a note and offer the tracks."""


Route = ToPrompt | ToPending | AddTo | Ask | Unfiled


def route(
    *,
    replied_to: int | None,
    pending: Pending | None,
    prompts: list[OpenPrompt],
    now: datetime,
) -> Route:
    """Decide what a typed text answers (see the module's rules)."""
    if replied_to is not None:
        return ToPrompt(replied_to)
    unanswered = tuple(
        sorted(
            (p for p in prompts if p.answered_at is None),
            key=lambda p: (p.sent_at, p.delivery_id),
        )
    )
    if pending is not None and (
        not unanswered
        or (pending.asked_at is not None and all(p.sent_at <= pending.asked_at for p in unanswered))
    ):
        return ToPending()
    if pending is None and len(unanswered) == 1 and unanswered[0].track != CONFLICT:
        return ToPrompt(unanswered[0].delivery_id)
    if unanswered or pending is not None:
        return Ask(unanswered, pending)
    recent = [
        p
        for p in prompts
        if p.track in ENTRY_TRACKS
        and p.answered_at is not None
        and now - p.answered_at <= CONTINUE_WINDOW
    ]
    if recent:
        latest = max(recent, key=lambda p: (p.answered_at or now, p.delivery_id))
        return AddTo(latest.delivery_id)
    return Unfiled()
