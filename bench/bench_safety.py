"""Benchmark: the crisis screen's time per message, typical and worst case, up to 4,096 chars.

Three groups of inputs:
- typical: every message of the evaluation sets (tests/domain/data/crisis);
- crafted: inputs built to be slow (NFKC expansion, long whitespace, rule words repeated in
  every language, long runs of one letter, digits inside words);
- fuzzed: random word salad of the rules' own words in every language, mutated for a few
  rounds towards whatever is slowest so far (a small hill climb), all at most 4,096 chars.

Each input is timed as the median of REPEATS runs; the report gives the median over the
typical inputs and the worst over all. The baseline is the single-language screen this one
replaced (bot/domain/safety.py at BASELINE_COMMIT, read from git), timed in the same run.

Run: .venv/bin/python -m bench.bench_safety [--json]   (part of `make bench`)
"""

from __future__ import annotations

import importlib.util
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.domain.safety import MAX_INPUT, screen

CASES = Path(__file__).resolve().parents[1] / "tests" / "domain" / "data" / "crisis"

BASELINE_COMMIT = "a4bfe14"
REPEATS = 5
FUZZ_SAMPLES = 300
CLIMB_ROUNDS = 200
SEED = 20261204

Screen = Callable[[str], object]

# Words the rules of the different languages react to, and words around them.
WORDS = (
    *[
        "i",
        "i'm",
        "not",
        "never",
        "want",
        "to",
        "die",
        "kill",
        "myself",
        "he",
        "hits",
        "me",
        "suicide",
        "cut",
        "hurt",
        "pills",
        "end",
        "it",
    ],
    *[
        "nobody",
        "would",
        "care",
        "if",
        "was",
        "gone",
        "ready",
        "tonight",
        "bridge",
        "rope",
        "goodbye",
        "sorry",
        "lol",
    ],
    *[
        "я",
        "не",
        "хочу",
        "жить",
        "умереть",
        "убить",
        "себя",
        "он",
        "меня",
        "бьёт",
        "таблетки",
        "резать",
        "вены",
    ],
    *[
        "quiero",
        "morir",
        "matarme",
        "no",
        "me",
        "pega",
        "pastillas",
        "cortarme",
        "acabar",
        "con",
        "todo",
    ],
    *[
        "ich",
        "will",
        "nicht",
        "mehr",
        "leben",
        "mich",
        "umbringen",
        "er",
        "schlägt",
        "ritzen",
        "tabletten",
    ],
    *[
        "je",
        "veux",
        "mourir",
        "me",
        "tuer",
        "il",
        "me",
        "frappe",
        "en",
        "finir",
        "pas",
        "jamais",
        "scarifier",
    ],
    *[
        "quero",
        "morrer",
        "me",
        "matar",
        "ele",
        "me",
        "bate",
        "não",
        "vou",
        "voglio",
        "morire",
        "ammazzarmi",
        "non",
    ],
    *["chcę", "umrzeć", "zabić", "się", "nie", "on", "mnie", "bije", "ciąć"],
    *[",", ".", "!", "?", "\n", "'", "-", "1", "3", "0", "\u200b", "ﷺ"],
)


def crafted() -> list[str]:
    """Inputs built to hit the known slow paths of text normalisation and rules."""
    cases = [
        "\ufdfa" * MAX_INPUT,
        " " * MAX_INPUT,
        " " * 2000 + "\n" + " " * 2000,
        "\u3000" * MAX_INPUT,
        "a" * MAX_INPUT,
        "aaab" * (MAX_INPUT // 4),
        "k1ll " * (MAX_INPUT // 5),
        "not " * (MAX_INPUT // 4),
        "i would never kill myself " * (MAX_INPUT // 26),
        "he hit me up " * (MAX_INPUT // 13),
        "my friend " * (MAX_INPUT // 10),
        "не " * (MAX_INPUT // 3),
        "no me " * (MAX_INPUT // 6),
        "ich will nicht " * (MAX_INPUT // 15),
        "je ne veux pas " * (MAX_INPUT // 15),
        ", " * (MAX_INPUT // 2),
        "\ud800" * MAX_INPUT,
    ]
    for word in WORDS:
        if word.strip():
            cases.append(((word + " ") * MAX_INPUT)[:MAX_INPUT])
    return cases


def salad(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(10, 1200))]
    return " ".join(words)[:MAX_INPUT]


def time_one(run: Screen, text: str) -> float:
    """Median seconds of REPEATS runs of the screen on text."""
    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        run(text)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def fuzz(run: Screen, rng: random.Random) -> tuple[float, str]:
    """The slowest input found: random salads, then mutations of the slowest one."""
    worst, worst_text = 0.0, ""
    for _ in range(FUZZ_SAMPLES):
        text = salad(rng)
        spent = time_one(run, text)
        if spent > worst:
            worst, worst_text = spent, text
    for _ in range(CLIMB_ROUNDS):
        words = worst_text.split(" ")
        for _ in range(rng.randint(1, 20)):
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        text = " ".join(words)[:MAX_INPUT]
        spent = time_one(run, text)
        if spent > worst:
            worst, worst_text = spent, text
    return worst, worst_text


def load_baseline() -> Screen | None:
    """The screen this one replaced, read from git; None when git or the commit is missing."""
    try:
        source = subprocess.run(
            ["git", "show", f"{BASELINE_COMMIT}:bot/domain/safety.py"],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "baseline_safety.py"
        path.write_text(source, encoding="utf-8")
        spec = importlib.util.spec_from_file_location("baseline_safety", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["baseline_safety"] = module
        spec.loader.exec_module(module)
    baseline: Screen = module.screen
    return baseline


def typical_texts() -> list[str]:
    """Every message of the evaluation sets."""
    return [
        case["text"]
        for path in sorted(CASES.glob("*.toml"))
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    ]


def measure_one(run: Screen) -> dict[str, Any]:
    typical = [time_one(run, text) for text in typical_texts()]
    worst_crafted = max(crafted(), key=lambda text: time_one(run, text))
    crafted_ms = time_one(run, worst_crafted) * 1000
    fuzzed_s, fuzzed_text = fuzz(run, random.Random(SEED))
    return {
        "typical_median_ms": statistics.median(typical) * 1000,
        "typical_max_ms": max(typical) * 1000,
        "crafted_worst_ms": crafted_ms,
        "crafted_worst_input": worst_crafted[:40] + f"... ({len(worst_crafted)} chars)",
        "fuzzed_worst_ms": fuzzed_s * 1000,
        "fuzzed_worst_chars": len(fuzzed_text),
        "worst_ms": max(crafted_ms, fuzzed_s * 1000, max(typical) * 1000),
    }


def measure() -> dict[str, Any]:
    screen("warm up")
    result: dict[str, Any] = {"ours": measure_one(screen), "inputs": len(typical_texts())}
    baseline = load_baseline()
    result["baseline"] = measure_one(baseline) if baseline is not None else None
    return result


def main() -> None:
    result = measure()
    if "--json" in sys.argv:
        print(json.dumps(result))
        return
    for design in ("ours", "baseline"):
        figures = result[design]
        if figures is None:
            print(f"{design}: not available (needs git and commit {BASELINE_COMMIT})")
            continue
        print(
            f"{design:<9} typical median {figures['typical_median_ms']:.3f} ms, "
            f"typical max {figures['typical_max_ms']:.2f} ms, crafted worst "
            f"{figures['crafted_worst_ms']:.2f} ms ({figures['crafted_worst_input']!r}), "
            f"fuzzed worst {figures['fuzzed_worst_ms']:.2f} ms"
        )


if __name__ == "__main__":
    main()
