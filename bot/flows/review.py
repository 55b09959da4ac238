"""The conflict review's steps: what happened -> who -> what you felt -> did you pull away ->
what was underneath -> one small next step. Each step answers by tags or typed words; the
review is one reflection whose `data` holds the step it is at and each step's answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Each step's tag group in content/<locale>/tags.toml ("next" uses "next_step").
TAG_STEPS = {"felt": "feeling", "distancing": "distancing", "underneath": "underneath"}
STEP_ORDER = ("happened", "person", "felt", "distancing", "underneath", "next")
# The steps a typed text answers (who it was with is a name: bot/handlers/reflect.py).
TEXT_STEPS = ("happened", "felt", "distancing", "underneath", "next")
# Tags that answer a step on their own, in one tap ("Not sure / nothing to add").
ONE_TAP = frozenset({"not_sure", "nothing_yet"})
# Buttons of a step that are not tags.
DONE, STAYED = "done", "stayed"


def next_step(step: str) -> str | None:
    """The step after `step`, or None after the last."""
    index = STEP_ORDER.index(step)
    return STEP_ORDER[index + 1] if index + 1 < len(STEP_ORDER) else None


def tag_group(step: str) -> str:
    """The tag group a step's buttons come from."""
    return TAG_STEPS.get(step, "next_step")


@dataclass(frozen=True)
class Pressed:
    """What a button of a step changes in the review's data, and whether the review moves on."""

    changes: dict[str, Any] = field(default_factory=dict)
    moves_on: bool = True


def press(data: dict[str, Any], step: str, choice: str) -> Pressed:
    """A tag, Done or "I stayed close" pressed at `step`: a one-tap tag, the next step's one
    choice, Done and "I stayed close" move on; any other tag is toggled in the step's list."""
    if choice in ONE_TAP:
        return Pressed({step: [choice]})
    if step == "next":
        return Pressed({"next": [choice]})
    if choice == DONE:
        return Pressed()
    if choice == STAYED:
        return Pressed({"distancing": [], "stayed": True})
    chosen = list(data.get(step, []))
    chosen = [c for c in chosen if c != choice] if choice in chosen else [*chosen, choice]
    return Pressed({step: chosen}, moves_on=False)
