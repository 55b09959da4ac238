"""The conversation rules as a table: what a typed text answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.conversation import (
    AddTo,
    Ask,
    OpenPrompt,
    Pending,
    ToPending,
    ToPrompt,
    Unfiled,
    route,
)

NOW = datetime(2026, 3, 9, 20, 40, tzinfo=UTC)
AT_2030 = NOW - timedelta(minutes=10)
SC = OpenPrompt(1, "self_compassion", AT_2030)
VT = OpenPrompt(2, "valued_traits", AT_2030)
CR = OpenPrompt(3, "conflict_review", AT_2030)


def answered(prompt: OpenPrompt, minutes_ago: int) -> OpenPrompt:
    return OpenPrompt(
        prompt.delivery_id, prompt.track, prompt.sent_at, NOW - timedelta(minutes=minutes_ago)
    )


def test_a_telegram_reply_wins_over_everything() -> None:
    pending = Pending("review", 9, NOW)
    assert route(replied_to=2, pending=pending, prompts=[SC, VT, CR], now=NOW) == ToPrompt(2)


def test_one_unanswered_prompt_takes_the_text() -> None:
    assert route(replied_to=None, pending=None, prompts=[SC], now=NOW) == ToPrompt(1)


def test_several_prompts_open_ask_in_the_order_they_came() -> None:
    decision = route(replied_to=None, pending=None, prompts=[CR, VT, SC], now=NOW)
    assert decision == Ask((SC, VT, CR), None)


def test_the_check_in_alone_is_asked_about_not_started() -> None:
    assert route(replied_to=None, pending=None, prompts=[CR], now=NOW) == Ask((CR,), None)


def test_a_question_newer_than_every_open_prompt_takes_the_text() -> None:
    pending = Pending("trait", 7, NOW - timedelta(minutes=1))
    assert route(replied_to=None, pending=pending, prompts=[SC, CR], now=NOW) == ToPending()


def test_a_prompt_newer_than_the_question_makes_it_ambiguous() -> None:
    pending = Pending("review", 7, AT_2030 - timedelta(minutes=5))
    decision = route(replied_to=None, pending=pending, prompts=[SC], now=NOW)
    assert decision == Ask((SC,), pending)


def test_a_question_without_a_time_is_never_assumed_newest() -> None:
    pending = Pending("person", 7, None)
    assert route(replied_to=None, pending=pending, prompts=[SC], now=NOW) == Ask((SC,), pending)
    assert route(replied_to=None, pending=pending, prompts=[], now=NOW) == ToPending()


def test_another_line_soon_after_an_answer_is_added_to_it() -> None:
    prompts = [answered(SC, 40), answered(VT, 5)]
    assert route(replied_to=None, pending=None, prompts=prompts, now=NOW) == AddTo(2)


def test_a_late_line_or_a_line_after_a_review_is_unfiled() -> None:
    assert route(replied_to=None, pending=None, prompts=[answered(SC, 31)], now=NOW) == Unfiled()
    assert route(replied_to=None, pending=None, prompts=[answered(CR, 1)], now=NOW) == Unfiled()
    assert route(replied_to=None, pending=None, prompts=[], now=NOW) == Unfiled()
