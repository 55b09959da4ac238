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


@pytest.mark.parametrize(
    ("data", "step", "choice", "expected"),
    [
        # Typed words naming a tag add it to the step's list, never toggle it off.
        ({}, "distancing", "picked_a_fight", {"distancing": ["picked_a_fight"]}),
        ({"felt": ["hurt"]}, "felt", "angry", {"felt": ["hurt", "angry"]}),
        ({"felt": ["hurt"]}, "felt", "hurt", {"felt": ["hurt"]}),
        # A one-tap tag and the next step's one choice are kept as their buttons keep them.
        ({"underneath": ["old_hurt"]}, "underneath", "not_sure", {"underneath": ["not_sure"]}),
        ({}, "next", "see_a_therapist", {"next": ["see_a_therapist"]}),
    ],
)
def test_a_typed_tag_is_kept_like_its_button(
    data: dict[str, list[str]], step: str, choice: str, expected: dict[str, list[str]]
) -> None:
    before = copy.deepcopy(data)
    assert review.typed_tag(data, step, choice) == expected
    assert data == before
