"""The crisis screen's evaluation sets, and the figures computed on them.

Cases live in tests/domain/data/crisis/<language>.<part>.toml:
- `dev`: the development half, read while writing rules (with `legacy`, the English cases
  written together with the first rules, and `fresh` to `fresh4`, later rounds written
  before their writers opened the rules; their figures before the rules were changed are
  in the headers of their files and in the README);
- `heldout`: the held-out half, written apart by people who never read the rules and
  never read by those who write them (with `heldout2` and `heldout3`, later rounds written
  the same way after the rules had grown; `heldout3` also holds recovery). Its texts are
  never printed: only its figures.

Category `recovery` holds everyday text about a crisis that is over (a recovery streak, a
past attempt told from a safe present, with no urge or relapse now): the screen stays quiet.

Labels: `suicide`, `self_harm`, `danger` (a crisis: the screen should flag it), `soft`
(hopelessness without a stated intent: the check-in is right, a crisis answer is
acceptable) and `none` (everyday text, including ordinary sadness and venting).

Run `python -m tests.domain.crisis_eval [language]` to see the development half's misses
and false alarms while writing rules.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.domain.safety import Concern, Screen, Tier, screen

DATA = Path(__file__).parent / "data" / "crisis"
HALVES = {
    "dev": "dev",
    "legacy": "dev",
    "fresh": "dev",
    "fresh2": "dev",
    "fresh3": "dev",
    "fresh4": "dev",
    "heldout": "heldout",
    "heldout2": "heldout",
    "heldout3": "heldout",
}
LANGUAGES = ("en", "ru", "es", "de", "fr", "pt", "it", "pl")
CRISIS_LABELS = frozenset(c.value for c in Concern)
LABELS = CRISIS_LABELS | {"soft", "none"}
CRISIS_CATEGORIES = frozenset(
    [
        "plain",
        "phone",
        "means",
        "plan",
        "goodbye",
        "history",
        "burden",
        "violence",
        "sexual",
        "child",
        "third_person",
    ]
)
NONE_CATEGORIES = frozenset(
    [
        "idiom",
        "negation",
        "games",
        "sport",
        "fiction_news",
        "injury",
        "sadness",
        "anger",
        "everyday",
        "recovery",
    ]
)
VENTING = frozenset({"sadness", "anger"})
CATEGORIES = CRISIS_CATEGORIES | NONE_CATEGORIES | {"hopeless", "legacy"}


@dataclass(frozen=True)
class Case:
    text: str
    label: str
    category: str
    language: str
    half: str

    @property
    def crisis(self) -> bool:
        return self.label in CRISIS_LABELS


@cache
def load_cases() -> tuple[Case, ...]:
    """Return every case of every file, checked for a known label and category."""
    cases: list[Case] = []
    for path in sorted(DATA.glob("*.toml")):
        language, part = path.stem.split(".")
        for entry in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            case = Case(entry["text"], entry["label"], entry["category"], language, HALVES[part])
            if case.label not in LABELS or case.category not in CATEGORIES:
                raise ValueError(f"{path.name}: unknown label or category in a case")
            cases.append(case)
    return tuple(cases)


@cache
def result_of(text: str) -> Screen:
    return screen(text)


@dataclass(frozen=True)
class Figures:
    """What the screen did on a group of cases."""

    crisis: int = 0
    caught: int = 0  # crisis cases flagged at either tier
    caught_at_once: int = 0  # crisis cases flagged at the crisis tier
    soft: int = 0
    soft_caught: int = 0
    safe: int = 0
    false_alarms: int = 0  # everyday cases flagged at either tier
    venting: int = 0
    venting_checked: int = 0  # sadness/anger cases that got the check-in

    @property
    def recall(self) -> float:
        return self.caught / self.crisis if self.crisis else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.safe if self.safe else 0.0

    def cells(self) -> str:
        parts = []
        if self.crisis:
            parts.append(
                f"recall {self.recall:6.1%} ({self.caught}/{self.crisis}, "
                f"{self.caught_at_once} at once)"
            )
        if self.soft:
            parts.append(f"soft {self.soft_caught}/{self.soft}")
        if self.safe:
            parts.append(
                f"false alarms {self.false_alarm_rate:5.1%} ({self.false_alarms}/{self.safe})"
            )
        if self.venting:
            parts.append(f"check-in on venting {self.venting_checked}/{self.venting}")
        return "  ".join(parts)


def figures(cases: Iterable[Case]) -> Figures:
    counts = dict.fromkeys(Figures.__dataclass_fields__, 0)
    for case in cases:
        found = result_of(case.text)
        if case.crisis:
            counts["crisis"] += 1
            counts["caught"] += found.flagged
            counts["caught_at_once"] += found.tier is Tier.CRISIS
        elif case.label == "soft":
            counts["soft"] += 1
            counts["soft_caught"] += found.flagged
        else:
            counts["safe"] += 1
            counts["false_alarms"] += found.flagged
            if case.category in VENTING:
                counts["venting"] += 1
                counts["venting_checked"] += found.tier is Tier.CHECK_IN
    return Figures(**counts)


def report(cases: tuple[Case, ...]) -> str:
    """The figures per half, per language and per category, as printed by the tests."""
    lines = []
    for half in ("dev", "heldout"):
        part = [c for c in cases if c.half == half]
        lines.append(f"{half:<8} all        {figures(part).cells()}")
        for language in LANGUAGES:
            mine = [c for c in part if c.language == language]
            if mine:
                lines.append(f"{half:<8} {language:<10} {figures(mine).cells()}")
        for category in sorted({c.category for c in part}):
            mine = [c for c in part if c.category == category]
            lines.append(f"{half:<8} {category:<10} {figures(mine).cells()}")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    """Print the development half's figures, misses and false alarms."""
    wanted = set(argv) or set(LANGUAGES)
    dev = [c for c in load_cases() if c.half == "dev" and c.language in wanted]
    print(figures(dev).cells())  # noqa: T201
    for case in dev:
        found = result_of(case.text)
        if case.crisis and not found.flagged:
            print(f"missed [{case.language} {case.category} {case.label}]: {case.text}")  # noqa: T201
        elif case.label == "soft" and not found.flagged:
            print(f"soft missed [{case.language}]: {case.text}")  # noqa: T201
        elif case.label == "none" and found.flagged:
            print(f"false alarm [{case.language} {case.category} {found.tier}]: {case.text}")  # noqa: T201


if __name__ == "__main__":
    main(sys.argv[1:])
