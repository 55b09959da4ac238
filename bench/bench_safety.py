"""Benchmark: the crisis screen's time per message, typical and worst case, up to 4,096 chars.

Three groups of inputs:
- typical: every message of the evaluation sets (tests/domain/data/crisis; timed only,
  never printed);
- crafted: inputs built to be slow: long runs of one character (letters, spaces, marks,
  emoji, U+FDFA and other characters that NFKC expands, combining marks, lone
  surrogates), every rule's words in every language repeated without punctuation or
  cut into many short clauses, those words spelled with repeated letters and digits,
  the development messages run together, and each language's everyday development
  messages one a line, alone and with a crisis as the last line (the slowest known: real
  sentences, each waking a few rules of every language);
- fuzzed: inputs from several generators (word salad of the rules' own words in every
  language, of the words of the development messages, development messages run together,
  with or without punctuation, in mixed scripts, with emoji and NFKC-expanding characters,
  repeated letters and digits), then mutated for a few hundred rounds towards whatever is
  slowest so far (a hill climb), all at most 4,096 chars.

Each input is timed as the median of REPEATS runs (the climb, to go faster, of CLIMB_REPEATS);
the slowest inputs found are timed again, as the median of FINAL_REPEATS runs, and that
is what is reported. The report gives the median over the typical inputs and the worst
over all. The baseline is the single-language screen this one replaced
(bot/domain/safety.py at BASELINE_COMMIT, read from git), timed in the same run.

The slowest crafted inputs are listed by name with their medians; `--worst FILE` keeps the
worst crafted and fuzzed inputs in FILE (JSON), to time or profile them again.

Run: .venv/bin/python -m bench.bench_safety [--json] [--worst FILE]   (part of `make bench`)
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.domain.safety import MAX_INPUT, Concern, languages, screen
from bot.domain.safety.triggers import factors, plain

CASES = Path(__file__).resolve().parents[1] / "tests" / "domain" / "data" / "crisis"

# The labels of the evaluation sets that call for the crisis answer.
CRISIS_LABELS = frozenset(concern.value for concern in Concern)

BASELINE_COMMIT = "a4bfe14"
REPEATS = 5
CLIMB_REPEATS = 3
FINAL_REPEATS = 11
FUZZ_SAMPLES = 300
CLIMB_ROUNDS = 300
# The slowest inputs of each group timed again at the end.
FINALISTS = 5
SEED = 20261204

Screen = Callable[[str], object]

# Words the rules of the different languages react to, and words around them (with the
# rules' own words, see vocabulary()).
WORDS = (
    *("i", "i'm", "not", "never", "want", "to", "die", "kill", "myself", "he", "hits", "me"),
    *("suicide", "cut", "hurt", "pills", "end", "it", "nobody", "would", "care", "if", "was"),
    *("gone", "ready", "tonight", "bridge", "rope", "goodbye", "sorry", "lol", "я", "не"),
    *("хочу", "жить", "умереть", "убить", "себя", "он", "меня", "бьёт", "таблетки", "резать"),
    *("вены", "quiero", "morir", "matarme", "no", "pega", "pastillas", "cortarme", "acabar"),
    *("con", "todo", "ich", "will", "nicht", "mehr", "leben", "mich", "umbringen", "er"),
    *("schlägt", "ritzen", "tabletten", "je", "veux", "mourir", "tuer", "il", "frappe", "en"),
    *("finir", "pas", "jamais", "scarifier", "quero", "morrer", "matar", "ele", "bate", "não"),
    *("vou", "voglio", "morire", "ammazzarmi", "non", "chcę", "umrzeć", "zabić", "się", "nie"),
    *("on", "mnie", "bije", "ciąć"),
)
# Characters that cost the normalisation something: marks and spaces, emoji, characters
# that NFKC expands (U+FDFA to 18 characters), combining marks, zero-width characters,
# curly quotes, letters with accents, lone surrogates, Cyrillic.
ODD = (
    *(",", ".", "!", "?", "\n", ";", ":", "'", "-", "1", "3", "0", "@", "$", " ", "\t"),
    *("\u200b", "\u00ad", "\u2019", "\u201c", "\u3000", "\u00a0", "\ufdfa", "\u3300", "\ufb03"),
    *("\u00bd", "\u2474", "\u0301", "\u0308", "\U0001f62d", "\U0001f494", "\u2764\ufe0f"),
    *("é", "ñ", "ł", "ß", "ё", "й", "\ud800", "ж", "ω"),
)
SEPARATORS = (" ", " ", " ", ", ", ". ", "\n", "! ", "? ", "... ", " - ", "; ", "")


def development_cases() -> list[tuple[str, str, str]]:
    """The development half of the evaluation sets, as (language, label, text) (the held-out
    half is never used to make inputs: its texts could be printed)."""
    return [
        (path.name.split(".")[0], case["label"], case["text"])
        for path in sorted(CASES.glob("*.toml"))
        if ".heldout" not in path.name
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    ]


def development_texts() -> list[str]:
    """The development half's texts (see development_cases)."""
    return [text for _, _, text in development_cases()]


def everyday(cases: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """Long everyday messages: each language's development texts labelled none, one a line,
    up to MAX_INPUT characters; and the same with one of its crisis texts as the last line
    (the slowest inputs known: every line wakes a few rules of every language)."""
    made: list[tuple[str, str]] = []
    for language in sorted({language for language, _, _ in cases}):
        lines = "\n".join(t for code, label, t in cases if code == language and label == "none")
        crisis = next(t for code, label, t in cases if code == language and label in CRISIS_LABELS)
        made.append((f"everyday {language} lines", lines[:MAX_INPUT]))
        made.append(
            (
                f"everyday {language} lines, a crisis last",
                lines[: MAX_INPUT - len(crisis) - 1] + "\n" + crisis,
            )
        )
    return made


def vocabulary() -> list[str]:
    """The words and phrases the rules and the shorthand of every language look for (their
    factors, see bot/domain/safety/triggers.py), with WORDS."""
    patterns = [
        pattern
        for language in languages()
        for pattern in (
            *(each.pattern for each in (*language.crisis, *language.check_in)),
            *(re.compile(source) for source, _ in language.shorthand),
        )
    ]
    found: set[str] = set(WORDS)
    for pattern in patterns:
        found |= {text.strip() for text in map(plain, factors(pattern) or ()) if text.strip()}
    return sorted(found)


def fit(text: str) -> str:
    """Text repeated up to, and cut at, MAX_INPUT characters."""
    if not text:
        return text
    return (text * (MAX_INPUT // len(text) + 1))[:MAX_INPUT]


def variant(word: str, rng: random.Random) -> str:
    """A word as people type it: a letter repeated, digits for letters, upper case."""
    choice = rng.random()
    if choice < 0.3 and word:
        at = rng.randrange(len(word))
        return word[:at] + word[at] * rng.randint(3, 6) + word[at + 1 :]
    if choice < 0.5:
        return word.translate(str.maketrans("ieoas", "130@$"))
    if choice < 0.6:
        return word.upper()
    return word


def crafted(
    words: list[str], texts: list[str], development: list[tuple[str, str, str]] | None = None
) -> list[tuple[str, str]]:
    """Inputs built to hit the known slow paths of normalisation and rules, with names."""
    rng = random.Random(SEED)
    cases = [
        ("fdfa", "\ufdfa" * MAX_INPUT),
        ("spaces", " " * MAX_INPUT),
        ("spaces and a break", " " * 2000 + "\n" + " " * 2000),
        ("ideographic spaces", "\u3000" * MAX_INPUT),
        ("a", "a" * MAX_INPUT),
        ("aaab", fit("aaab")),
        ("k1ll", fit("k1ll ")),
        ("not", fit("not ")),
        ("never kill myself", fit("i would never kill myself ")),
        ("hit me up", fit("he hit me up ")),
        ("my friend", fit("my friend ")),
        ("ne", fit("не ")),
        ("no me", fit("no me ")),
        ("ich will nicht", fit("ich will nicht ")),
        ("je ne veux pas", fit("je ne veux pas ")),
        ("commas", fit(", ")),
        ("surrogates", "\ud800" * MAX_INPUT),
        ("emoji", fit("\U0001f62d")),
        ("nfkc mix", fit("\u3300\ufb03\u00bd\u2474")),
        ("combining", fit("a\u0301\u0308")),
        ("zero width", fit("kill\u200bmyself ")),
    ]
    for word in WORDS:
        cases.append((f"word {word}", fit(word + " ")))
    shuffled = words[:]
    rng.shuffle(shuffled)
    cases.append(("vocabulary, no punctuation", fit(" ".join(shuffled))))
    cases.append(("vocabulary, short clauses", fit(", ".join(shuffled))))
    cases.append(("vocabulary, sentences", fit(". ".join(shuffled))))
    cases.append(("vocabulary, typed", fit(" ".join(variant(w, rng) for w in shuffled))))
    cases.append(("development texts run together", fit(" ".join(texts))))
    cases.append(("development texts, lines", fit("\n".join(texts))))
    for text in rng.sample(texts, 20):
        cases.append((f"one text repeated ({text[:20]}...)", fit(text + " ")))
    cases.extend(everyday(development_cases() if development is None else development))
    return cases


def generators(words: list[str], texts: list[str]) -> list[Callable[[random.Random], str]]:
    """Makers of random inputs (each at most MAX_INPUT characters)."""
    text_words = sorted({word for text in texts for word in text.split()})

    def salad(pool: list[str], odd: float, separators: tuple[str, ...]) -> Callable[..., str]:
        def make(rng: random.Random) -> str:
            parts: list[str] = []
            size = 0
            limit = rng.choice((600, 1200, MAX_INPUT, MAX_INPUT, MAX_INPUT))
            while size < limit:
                part = rng.choice(ODD) if rng.random() < odd else variant(rng.choice(pool), rng)
                part += rng.choice(separators)
                parts.append(part)
                size += len(part)
            return "".join(parts)[:MAX_INPUT]

        return make

    def run_together(rng: random.Random) -> str:
        chosen = rng.sample(texts, min(len(texts), rng.randint(5, 80)))
        return rng.choice(SEPARATORS).join(chosen)[:MAX_INPUT]

    def mixed(rng: random.Random) -> str:
        parts: list[str] = []
        while sum(map(len, parts)) < MAX_INPUT:
            maker = rng.choice(makers[:-1])
            parts.append(maker(rng)[: rng.randint(50, 800)])
        return " ".join(parts)[:MAX_INPUT]

    makers: list[Callable[[random.Random], str]] = [
        salad(words, 0.0, (" ",)),
        salad(words, 0.05, SEPARATORS),
        salad(words, 0.3, SEPARATORS),
        salad(text_words, 0.02, SEPARATORS),
        salad(text_words + words, 0.0, (" ",)),
        run_together,
        mixed,
    ]
    return makers


def mutate(text: str, words: list[str], texts: list[str], rng: random.Random) -> str:
    """A small change to text: words replaced, inserted or removed, a stretch repeated,
    separators changed, a word typed differently, odd characters or a message put in."""
    tokens = text.split(" ")
    for _ in range(rng.randint(1, 12)):
        choice = rng.random()
        at = rng.randrange(len(tokens))
        if choice < 0.3:
            tokens[at] = rng.choice(words)
        elif choice < 0.45:
            tokens.insert(at, rng.choice(words))
        elif choice < 0.55 and len(tokens) > 1:
            del tokens[at]
        elif choice < 0.65:
            end = min(len(tokens), at + rng.randint(2, 30))
            tokens[at:at] = tokens[at:end]
        elif choice < 0.75:
            tokens[at] = tokens[at] + rng.choice(SEPARATORS).rstrip(" ")
        elif choice < 0.85:
            tokens[at] = variant(tokens[at], rng)
        elif choice < 0.93:
            tokens.insert(at, rng.choice(ODD))
        else:
            tokens.insert(at, rng.choice(texts))
    return " ".join(tokens)[:MAX_INPUT]


def time_one(run: Screen, text: str, repeats: int = REPEATS) -> float:
    """Median seconds of `repeats` runs of the screen on text."""
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        run(text)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def fuzz(run: Screen, words: list[str], texts: list[str], rng: random.Random) -> list[str]:
    """The slowest inputs found: random inputs of every generator, then mutations of the
    slowest ones (each round mutates one of the FINALISTS slowest so far)."""
    makers = generators(words, texts)
    timed: list[tuple[float, str]] = []
    for number in range(FUZZ_SAMPLES):
        text = makers[number % len(makers)](rng)
        timed.append((time_one(run, text, CLIMB_REPEATS), text))
    timed.sort(key=lambda item: item[0], reverse=True)
    best = timed[:FINALISTS]
    for _ in range(CLIMB_ROUNDS):
        parent = rng.choice(best)[1]
        text = mutate(parent, words, texts, rng)
        spent = time_one(run, text, CLIMB_REPEATS)
        if spent > best[-1][0]:
            best[-1] = (spent, text)
            best.sort(key=lambda item: item[0], reverse=True)
    return [text for _, text in best]


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


def slowest(run: Screen, texts: list[str]) -> list[tuple[float, int]]:
    """The texts timed again (median of FINAL_REPEATS runs), the slowest first, each with
    which it is."""
    again = [(time_one(run, text, FINAL_REPEATS), index) for index, text in enumerate(texts)]
    return sorted(again, reverse=True)


def measure_one(run: Screen) -> dict[str, Any]:
    words = vocabulary()
    texts = development_texts()
    typical = [time_one(run, text) for text in typical_texts()]
    cases = crafted(words, texts)
    by_time = sorted(cases, key=lambda case: time_one(run, case[1]), reverse=True)
    finalists = by_time[:FINALISTS]
    again = slowest(run, [text for _, text in finalists])
    crafted_s, index = again[0]
    name, crafted_text = finalists[index]
    fuzzed = fuzz(run, words, texts, random.Random(SEED))
    fuzzed_s, index = slowest(run, fuzzed)[0]
    fuzzed_text = fuzzed[index]
    return {
        "typical_median_ms": statistics.median(typical) * 1000,
        "typical_max_ms": max(typical) * 1000,
        "crafted_worst_ms": crafted_s * 1000,
        "crafted_worst_input": f"{name} ({len(crafted_text)} chars)",
        # The slowest crafted inputs, by name, with their medians (of FINAL_REPEATS runs).
        "crafted_slowest": [[finalists[i][0], seconds * 1000] for seconds, i in again],
        "fuzzed_worst_ms": fuzzed_s * 1000,
        "fuzzed_worst_chars": len(fuzzed_text),
        "fuzzed_worst_input": fuzzed_text[:40] + f"... ({len(fuzzed_text)} chars)",
        "worst_ms": max(crafted_s * 1000, fuzzed_s * 1000, max(typical) * 1000),
        # The worst inputs themselves (made from the development half only), to time again.
        "worst_texts": {"crafted": crafted_text, "fuzzed": fuzzed_text},
    }


def measure() -> dict[str, Any]:
    screen("warm up")
    result: dict[str, Any] = {"ours": measure_one(screen), "inputs": len(typical_texts())}
    baseline = load_baseline()
    result["baseline"] = measure_one(baseline) if baseline is not None else None
    return result


def main() -> None:
    result = measure()
    if "--worst" in sys.argv:
        # Keep the worst inputs (ours) in a file, to time or profile them again.
        path = Path(sys.argv[sys.argv.index("--worst") + 1])
        path.write_text(json.dumps(result["ours"]["worst_texts"]), encoding="utf-8")
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
            f"{figures['crafted_worst_ms']:.2f} ms ({figures['crafted_worst_input']}), "
            f"fuzzed worst {figures['fuzzed_worst_ms']:.2f} ms "
            f"({figures['fuzzed_worst_input']!r})"
        )
        if design == "ours":
            slowest_crafted = ", ".join(
                f"{name} {ms:.2f} ms" for name, ms in figures["crafted_slowest"]
            )
            print(f"{'':<9} slowest crafted: {slowest_crafted}")


if __name__ == "__main__":
    main()
