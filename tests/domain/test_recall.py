"""What the review brings back about a person (bot/domain/recall.py)."""

from __future__ import annotations

from datetime import date, timedelta

from bot.domain.recall import AGAIN_WITHIN, Noticed, friction_again, richer

DAY = date(2026, 11, 30)


def noticed(days_ago: int, trait: str | None, text: str = "") -> Noticed:
    return Noticed(DAY - timedelta(days=days_ago), trait, text or f"{trait} {days_ago}")


def test_friction_again_only_within_the_window() -> None:
    assert friction_again(DAY, [DAY - timedelta(days=3)])
    assert friction_again(DAY, [DAY - AGAIN_WITHIN])
    assert not friction_again(DAY, [DAY - AGAIN_WITHIN - timedelta(days=1)])
    assert not friction_again(DAY, [])
    # A later review (an older one picked up again) is not "earlier".
    assert not friction_again(DAY, [DAY + timedelta(days=2)])


def test_nothing_noticed_brings_nothing_back() -> None:
    assert richer([]) is None


def test_the_latest_and_the_most_frequent_trait_with_an_example_of_its_own() -> None:
    found = richer(
        [
            noticed(30, "Caring", "brought soup"),
            noticed(20, "Reliable", "picked me up at 2am"),
            noticed(10, "Caring", "asked about my exam"),
            noticed(2, "Caring", "sent a voice note"),
        ]
    )
    assert found is not None
    assert found.latest.text == "sent a voice note"
    assert found.often is not None
    trait, times, example = found.often
    assert (trait, times) == ("Caring", 3)
    # Not the same words twice: the example is the latest other Caring entry.
    assert example.text == "asked about my exam"


def test_a_trait_seen_once_is_not_called_most_often() -> None:
    found = richer([noticed(5, "Brave"), noticed(3, "Funny"), noticed(1, None, "just there")])
    assert found is not None and found.often is None
    assert found.latest.text == "just there"


def test_ties_go_to_the_trait_seen_last_and_case_does_not_split_a_trait() -> None:
    found = richer(
        [noticed(9, "Funny"), noticed(8, "loyal"), noticed(7, "funny"), noticed(6, "Loyal")]
    )
    assert found is not None and found.often is not None
    trait, times, _ = found.often
    assert (trait.casefold(), times) == ("loyal", 2)


def test_order_of_input_does_not_matter() -> None:
    entries = [noticed(1, "Kind"), noticed(4, "Kind"), noticed(2, "Brave")]
    assert richer(entries) == richer(list(reversed(entries)))
