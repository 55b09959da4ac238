"""The review's step machine (bot/flows/review.py), without Telegram."""

from __future__ import annotations

import copy

import pytest

from bot.flows import review
from bot.flows.review import Pressed


def test_the_steps_come_in_order_and_end_after_the_next_step() -> None:
    walked = ["happened"]
    while (following := review.next_step(walked[-1])) is not None:
        walked.append(following)
    assert walked == ["happened", "person", "felt", "distancing", "underneath", "next"]
    assert review.tag_group("felt") == "feeling" and review.tag_group("next") == "next_step"


@pytest.mark.parametrize(
    ("data", "step", "choice", "expected"),
    [
        # Tags toggle in the step's list; the review stays on the step.
        ({}, "felt", "hurt", Pressed({"felt": ["hurt"]}, moves_on=False)),
        ({"felt": ["hurt"]}, "felt", "scared", Pressed({"felt": ["hurt", "scared"]}, False)),
        ({"felt": ["hurt", "scared"]}, "felt", "hurt", Pressed({"felt": ["scared"]}, False)),
        # A one-tap tag answers the step alone, replacing what was chosen.
        ({"felt": ["hurt"]}, "felt", "not_sure", Pressed({"felt": ["not_sure"]})),
        # The next step takes one choice and moves on.
        ({}, "next", "talk_about_it", Pressed({"next": ["talk_about_it"]})),
        # Done keeps what was chosen; "I stayed close" clears the signs of pulling away.
        ({"felt": ["hurt"]}, "felt", "done", Pressed()),
        (
            {"distancing": ["went_quiet"]},
            "distancing",
            "stayed",
            Pressed({"distancing": [], "stayed": True}),
        ),
    ],
)
def test_a_press_changes_the_step_and_says_whether_the_review_moves_on(
    data: dict[str, list[str]], step: str, choice: str, expected: Pressed
) -> None:
    before = copy.deepcopy(data)
    assert review.press(data, step, choice) == expected
    assert data == before  # the review's data itself is changed by the caller, not here
