"""What the language modules share about sentences.

A rule that reads the neighbouring sentences for what it needs (a child's age in the next
sentence) reads only its own sentence for what spares it, so that an everyday sentence next
to a crisis never hides it: `own_sentence` turns its `unless` into a lookahead from the start
of its sentence (after a full stop, a line break or the start of the text).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.domain.safety.engine import Rule

SENTENCE_START = r"(?:(?<![^.!?\n])|(?<=[.!?\n] ))"


def own_sentence(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rules, each that reads its neighbours with its `unless` read in its own sentence."""
    return tuple(
        replace(
            each,
            pattern=re.compile(
                rf"{SENTENCE_START}(?![^.!?\n]*?(?:{each.unless.pattern}))[^.!?\n]*?"
                rf"{each.pattern.pattern}",
                each.pattern.flags,
            ),
            unless=None,
        )
        if each.neighbours and each.unless is not None
        else each
        for each in rules
    )


def spared(rules: tuple[Rule, ...], recovery: str) -> tuple[Rule, ...]:
    """The rules, none of them valid in a sentence that tells a crisis as over (`recovery`);
    a rule that reads the neighbouring sentences is left as it is, so that a recovery told
    before a crisis never hides it."""
    return tuple(
        each
        if each.neighbours
        else replace(
            each,
            unless=re.compile(
                recovery if each.unless is None else rf"(?:{each.unless.pattern})|{recovery}"
            ),
        )
        for each in rules
    )
