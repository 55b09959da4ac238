"""What to bring back after a conflict review: what the user noticed about that person.

After any review with someone the user has noticed things about, the bot shows the latest
few. When friction with the same person comes up again within AGAIN_WITHIN (a pattern
forming, the moment fear says to leave), the recall is richer: what they noticed most
recently and what they noticed most often (a trait seen at least twice), each in their own
words, with when.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

# A second review with the same person within this time makes the recall richer.
AGAIN_WITHIN = timedelta(days=28)
# A trait counts as "most often" from this many entries.
OFTEN_FROM = 2


@dataclass(frozen=True)
class Noticed:
    """One values entry about the person: when, the trait (if any), the user's words."""

    day: date
    trait: str | None
    text: str


@dataclass(frozen=True)
class Recall:
    """The richer recall: the latest entry, and the most frequent trait with an example."""

    latest: Noticed
    often: tuple[str, int, Noticed] | None  # trait, how many times, its latest example


def friction_again(today: date, earlier_reviews: list[date]) -> bool:
    """Whether an earlier review with the same person falls within AGAIN_WITHIN of today."""
    return any(today - AGAIN_WITHIN <= day <= today for day in earlier_reviews)


def richer(noticed: list[Noticed]) -> Recall | None:
    """The latest entry and the trait noticed most often (ties: the one seen last), or None
    when nothing was noticed. Entries come in any order."""
    if not noticed:
        return None
    ordered = sorted(noticed, key=lambda n: n.day)
    latest = ordered[-1]
    counts = Counter(n.trait.casefold() for n in ordered if n.trait)
    last_seen = {n.trait.casefold(): i for i, n in enumerate(ordered) if n.trait}
    frequent = [t for t, c in counts.items() if c >= OFTEN_FROM]
    if not frequent:
        return Recall(latest, None)
    top = max(frequent, key=lambda t: (counts[t], last_seen[t]))
    examples = [n for n in ordered if n.trait and n.trait.casefold() == top]
    # The example is the latest of that trait that is not already shown as the latest.
    example = next((n for n in reversed(examples) if n is not latest), examples[-1])
    return Recall(latest, (example.trait or top, counts[top], example))
