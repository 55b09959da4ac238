"""Which prompt a user gets: no repeat within a window, reproducible from a seed."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import date

NO_REPEAT_DAYS = 21


def choose_prompt(prompt_ids: Sequence[str], last_used: Mapping[str, date], seed: str) -> str:
    """Pick a prompt not used in the window; if every one was, the one used longest ago.

    `last_used` maps prompt ids to the last local date they were sent within the window.
    The same seed (user, track, local date) always gives the same choice.
    """
    if not prompt_ids:
        raise ValueError("no prompts to choose from")
    fresh = [p for p in prompt_ids if p not in last_used]
    if fresh:
        return random.Random(seed).choice(fresh)
    oldest = min(last_used[p] for p in prompt_ids)
    return random.Random(seed).choice([p for p in prompt_ids if last_used[p] == oldest])
