"""What the next typed message answers: the typed form of `users.awaiting`.

Stored as "<question>" or "<question>:<argument>": "timezone" (or "timezone:<token>" while a
list of zones to choose from is the open question), "time:<track>" or "time:all",
"trait:<entry id>", "person:<reflection id>", "review:<review id>", "rename:<person id>",
"follow_up:<review id>", "talk:<draft id>". Anything else reads as no question at all, so a
value from an older version can never be mistaken for another.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Question(StrEnum):
    """The kinds of question a plain text may answer."""

    TIMEZONE = "timezone"
    TIME = "time"
    TRAIT = "trait"
    PERSON = "person"
    REVIEW = "review"
    RENAME = "rename"  # a new name for one of the user's people
    FOLLOW_UP = "follow_up"  # a line about how a review's next step went
    TALK = "talk"  # a part of a /talk draft


# The questions about one of the user's reflections (their argument is its id).
ABOUT_A_REFLECTION = frozenset(
    {Question.TRAIT, Question.PERSON, Question.REVIEW, Question.FOLLOW_UP, Question.TALK}
)


@dataclass(frozen=True)
class Awaiting:
    """One open question and its argument ("" when it has none)."""

    question: Question
    argument: str = ""

    @classmethod
    def about(cls, question: Question, reflection_id: int) -> Awaiting:
        """A question about one reflection (a trait, a person, a review step)."""
        return cls(question, str(reflection_id))

    @classmethod
    def decode(cls, stored: str | None) -> Awaiting | None:
        """The question a stored value names, or None (nothing, or nothing known)."""
        name, _, argument = (stored or "").partition(":")
        try:
            question = Question(name)
        except ValueError:
            return None
        found = cls(question, argument)
        if question in ABOUT_A_REFLECTION and found.reflection_id is None:
            return None
        return found

    def encode(self) -> str:
        """The stored form."""
        return f"{self.question}:{self.argument}" if self.argument else str(self.question)

    @property
    def number(self) -> int | None:
        """The argument as a row id (a person to rename), if it is one."""
        return int(self.argument) if self.argument.isdecimal() else None

    @property
    def reflection_id(self) -> int | None:
        """The reflection a question is about, if it is about one."""
        if self.question not in ABOUT_A_REFLECTION or not self.argument.isdecimal():
            return None
        return int(self.argument)
