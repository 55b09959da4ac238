"""The typed form of `users.awaiting`: every question survives storing, nothing else reads."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.awaiting import ABOUT_A_REFLECTION, Awaiting, Question


@given(st.sampled_from(sorted(ABOUT_A_REFLECTION)), st.integers(1, 10**12))
def test_a_question_about_a_reflection_survives_storing(question: Question, ident: int) -> None:
    waiting = Awaiting.about(question, ident)
    assert Awaiting.decode(waiting.encode()) == waiting
    assert waiting.reflection_id == ident


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("timezone", Awaiting(Question.TIMEZONE)),
        ("timezone:ab12", Awaiting(Question.TIMEZONE, "ab12")),
        ("time:all", Awaiting(Question.TIME, "all")),
        ("time:valued_traits", Awaiting(Question.TIME, "valued_traits")),
        ("review:7", Awaiting(Question.REVIEW, "7")),
        (None, None),
        ("", None),
        ("something:else", None),
        ("trait:", None),
        ("person:abc", None),
    ],
)
def test_stored_values_read_as_their_question_or_as_none(
    stored: str | None, expected: Awaiting | None
) -> None:
    assert Awaiting.decode(stored) == expected
    if expected is not None:
        assert expected.encode() == stored


def test_only_questions_about_a_reflection_name_one() -> None:
    assert Awaiting(Question.TIME, "12").reflection_id is None
    assert Awaiting(Question.TRAIT, "12").reflection_id == 12
