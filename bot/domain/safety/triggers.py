"""Trigger words, derived from the rules themselves: what a sentence must hold to be read.

Reading every rule of every language over a whole 4,096-character message takes far longer
than the screen may (see bench/bench_safety.py). Most sentences hold nothing any rule could
match, so each language first looks for its triggers, and its rules read only the sentences
around them (engine.Language.read).

The triggers are derived, not written by hand, so a new rule can never be missed: for each
rule, `factors` walks the parsed pattern and returns a set of strings such that every match
of the rule contains at least one of them ("want to die" or "need to die"; "kill myself").
A rule for which no such set can be proven (a pattern that could match almost anything)
makes the language read whole texts.

The rules read text after the language's shorthand ("kms" -> "kill myself"), while triggers
are looked for before it, so the factors of a shorthand pattern whose replacement overlaps a
trigger are triggers too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import product

# The parser behind `re` (public as sre_parse before 3.11, which still re-exports it with a
# deprecation warning). Only its parse tree is read; if it ever changes shape, `factors`
# returns None and the language reads whole texts: slower, never wrong.
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["Gate", "factors", "shorthand_factors", "union_regex"]

# The most strings a set may hold before it stops being useful as a trigger.
_MAX_SET = 64
# A trigger shorter than this would match nearly every sentence.
_MIN_LENGTH = 2
# A shorthand whose factors are shorter than this triggers on its own pattern instead.
_MIN_TYPED = 4

Strings = frozenset[str]
_EMPTY: Strings = frozenset({""})
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
# Stands for a word boundary (\b) inside a factor string, so that "\bt " is not just "t ".
EDGE = "\x00"


def plain(string: str) -> str:
    """A factor string without its word-boundary marks: the text it matches."""
    return string.replace(EDGE, "")


def _join(a: str, b: str) -> str:
    return a + b[1:] if a.endswith(EDGE) and b.startswith(EDGE) else a + b


def _exact(items: Sequence[tuple[Any, Any]]) -> Strings | None:
    """Every string the sequence can match, when they are few; None otherwise."""
    found: Strings = _EMPTY
    for op, av in items:
        one = _exact_item(op, av)
        if one is None:
            return None
        found = frozenset(_join(a, b) for a, b in product(found, one))
        if len(found) > _MAX_SET:
            return None
    return found


def _exact_item(op: Any, av: Any) -> Strings | None:
    if op is C.LITERAL:
        return frozenset({chr(av)})
    if op is C.AT and av is C.AT_BOUNDARY:
        return frozenset({EDGE})
    if op in _ZERO_WIDTH:
        return _EMPTY
    if op is C.IN:
        if all(kind is C.LITERAL for kind, _ in av):
            return frozenset(chr(code) for _, code in av)
        return None
    if op is C.SUBPATTERN:
        return _exact(av[-1])
    if op is C.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            one = _exact(branch)
            if one is None:
                return None
            found |= one
        return frozenset(found) if len(found) <= _MAX_SET else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] <= 2:
        inner = _exact(av[2])
        if inner is None:
            return None
        found = set()
        for times in range(av[0], av[1] + 1):
            for parts in product(inner, repeat=times):
                joined = ""
                for part in parts:
                    joined = _join(joined, part)
                found.add(joined)
        return frozenset(found) if len(found) <= _MAX_SET else None
    return None


# Words in nearly every sentence of some language: a trigger made only of them reads
# everything. Only the choice between factor sets uses this; it never changes a result.
_COMMON_WORDS = """
    a an and the or of to in on at it is was be me my i you he she we they him her his for
    with not no but so that this as if do did de la le les et que y el en los las un una es
    por con se su und der das ich mir mich du er sie es ist nicht ein eine zu mit je il
    elle pas ne une des du e o di da per che non mi ti si lo gli ho ha w z na nie sie jak to
    za po и в не я на что он она с а но как у меня мне ты
"""
_COMMON = frozenset(_COMMON_WORDS.split())


def _score(found: Strings) -> tuple[int, int, int]:
    """How selective a factor set is: its weakest string's longest uncommon word (words such
    as "and" or "me" are in most sentences), then its shortest string, then fewer strings."""
    words = [plain(string).split() for string in found]
    longest_word = min(max((len(w) for w in each if w not in _COMMON), default=0) for each in words)
    edges = min(string.count(EDGE) for string in found)
    return (longest_word, min(len(plain(string)) for string in found) + edges, -len(found))


def _better(a: Strings | None, b: Strings | None) -> Strings | None:
    """The more selective of two factor sets (see _score)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if _score(a) >= _score(b) else b


def _usable(found: Strings | None) -> Strings | None:
    if found is None or not found or min(len(plain(s)) for s in found) < _MIN_LENGTH:
        return None
    return found


def _factors(items: Sequence[tuple[Any, Any]]) -> Strings | None:
    """A set of strings one of which every match of the sequence contains, or None."""
    best: Strings | None = None
    run: Strings = _EMPTY  # the exact strings of the current stretch of exact items
    for op, av in items:
        one = _exact_item(op, av)
        if one is not None:
            joined = frozenset(_join(a, b) for a, b in product(run, one))
            if len(joined) <= _MAX_SET:
                run = joined
                continue
            best = _better(best, _usable(run))
            run = one
            continue
        best = _better(best, _usable(run))
        run = _EMPTY
        best = _better(best, _factors_item(op, av))
    return _better(best, _usable(run))


def _factors_item(op: Any, av: Any) -> Strings | None:
    if op is C.SUBPATTERN:
        return _factors(av[-1])
    if op is C.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            one = _factors(branch)
            if one is None:
                return None
            found |= one
        return frozenset(found)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _factors(av[2])
    return None


def factors(pattern: re.Pattern[str]) -> Strings | None:
    """Strings one of which every match of the pattern contains; None if none can be shown."""
    return _factors_of(pattern.pattern, pattern.flags)


@cache
def _factors_of(source: str, flags: int) -> Strings | None:
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = _parser.parse(source, flags)
        return _factors(list(parsed))
    except Exception:  # an unexpected tree shape only costs speed
        return None


def _overlaps(a: str, b: str) -> bool:
    """Whether one holds the other, or they share at least two characters end to start."""
    if a in b or b in a:
        return True
    shorter = min(len(a), len(b))
    return any(a[-k:] == b[:k] or b[-k:] == a[:k] for k in range(2, shorter))


_BACKREF = re.compile(r"\\(?:\d+|g<\w+>)")


def shorthand_factors(
    shorthand: Iterable[tuple[re.Pattern[str], str]], triggers: Strings
) -> tuple[Strings, tuple[str, ...]]:
    """Triggers for the shorthand: the factors of every pattern whose replacement could
    write (part of) a trigger, or of another such pattern; and the patterns themselves
    when they have no factors (a single letter: "q" for "que")."""
    pairs = [
        (pattern, [part for part in _BACKREF.split(replacement) if part])
        for pattern, replacement in shorthand
    ]
    found: set[str] = set(triggers)
    words: set[str] = set()
    whole: list[str] = []
    taken: set[int] = set()
    grew = True
    while grew:
        grew = False
        for index, (pattern, written) in enumerate(pairs):
            if index in taken or not any(
                _overlaps(part, plain(trigger)) for part in written for trigger in found
            ):
                continue
            own = factors(pattern)
            taken.add(index)
            grew = True
            if own is not None and min(len(plain(o)) for o in own) >= _MIN_TYPED:
                found |= own
                continue
            # Short typed forms ("q" for "que") sit inside many words: as whole words they
            # are the better trigger, when the pattern itself asks for whole words.
            exact = _whole_words(pattern)
            if exact is not None:
                words |= exact
            elif own is not None:
                found |= own
            else:
                whole.append(pattern.pattern)
    if words:
        whole.append(rf"(?<!\w)(?:{union_regex(words)})(?!\w)")
    return frozenset(found - triggers), tuple(whole)


def _whole_words(pattern: re.Pattern[str]) -> Strings | None:
    """The words a `\b...\b` pattern matches (lookarounds dropped), or None."""
    source = pattern.pattern
    if not source.startswith(r"\b") or "|" in source.replace("(?:", "").split(")")[-1]:
        return None
    try:
        parsed = list(_parser.parse(source, pattern.flags))
    except Exception:  # an unexpected tree shape only costs speed
        return None
    if not parsed or parsed[0][0] is not C.AT or parsed[-1][0] not in _ZERO_WIDTH:
        return None
    exact = _exact(parsed)
    if exact is None:
        return None
    words = frozenset(map(plain, exact))
    if "" in words or not all(w.isalnum() for w in words):
        return None
    return words


def union_regex(strings: Iterable[str], patterns: Iterable[str] = ()) -> str:
    """One pattern matching any of the strings (as a trie, so that it stays fast), or any
    of the patterns."""
    trie: dict[str, Any] = {}
    for string in set(strings):
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a trigger ends here: finding it is enough, longer ones add nothing
        branches = [
            (r"\b" if char == EDGE else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
        ]
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return "|".join([build(trie), *(f"(?:{pattern})" for pattern in patterns)]).strip("|")


class _Scan:
    """One scan for a set of texts: which of them a text holds, overlapping ones too.

    The trie stops at the shortest text that is a prefix of others (its "head"): finding the
    head is reported, and callers map every text to its head.
    """

    def __init__(self, texts: set[str]) -> None:
        self._heads = {t for t in texts if t and not any(t[:k] in texts for k in range(1, len(t)))}
        self._pattern = re.compile(f"(?=({union_regex(self._heads)}))") if self._heads else None

    def head(self, text: str) -> str:
        """The head a text is reported by."""
        return next(text[:k] for k in range(1, len(text) + 1) if text[:k] in self._heads)

    def found(self, text: str) -> set[str]:
        """The heads that occur in text (one pass in C)."""
        return set(self._pattern.findall(text)) if self._pattern is not None else set()


class Gate:
    """Which of a list of rules could match a text, from one scan for their factors.

    A rule runs only on a text that holds one of its factors (or always, when it has none),
    so a sentence with "kill myself" does not run the hundreds of rules that need other
    words.
    """

    def __init__(self, rule_factors: Sequence[Strings | None]) -> None:
        # By the text alone: with word-boundary marks two triggers could start at one place
        # and the scan would report only one of them.
        texts = [None if found is None else frozenset(map(plain, found)) for found in rule_factors]
        self.always = frozenset(i for i, found in enumerate(texts) if found is None)
        self._scan = _Scan({string for found in texts if found for string in found})
        by_head: dict[str, set[int]] = {}
        for index, found in enumerate(texts):
            for string in found or ():
                by_head.setdefault(self._scan.head(string), set()).add(index)
        self.by_trigger = {key: frozenset(value) for key, value in by_head.items()}

    def rules_for(self, text: str) -> frozenset[int]:
        """The indexes of the rules that could match text."""
        found = self._scan.found(text)
        return self.always.union(*(self.by_trigger[head] for head in found))


class Finder:
    """Which owners (languages) have a trigger in a text, in one scan for all of them.

    The scan looks for the triggers' text; a trigger that asks for a word boundary at its
    start or end ("\\bt " in Spanish phone spelling) counts only where that boundary is, so
    that "quiet " does not wake the Spanish rules.
    """

    def __init__(self, owners: Sequence[Strings | None]) -> None:
        self.always = frozenset(i for i, found in enumerate(owners) if found is None)
        self._scan = _Scan({plain(s) for found in owners if found for s in found})
        # Per head: the owners it wakes anywhere, and (owner, needs \b before, after) for
        # the triggers that ask for a word boundary.
        free: dict[str, set[int]] = {}
        self.edged: dict[str, list[tuple[int, bool, bool]]] = {}
        for owner, found in enumerate(owners):
            for string in found or ():
                text = plain(string)
                if not text:
                    continue
                head = self._scan.head(text)
                before = string.startswith(EDGE)
                after = head == text and string.endswith(EDGE)
                free.setdefault(head, set())
                self.edged.setdefault(head, [])
                if before or after:
                    self.edged[head].append((owner, before, after))
                else:
                    free[head].add(owner)
        self.free = {head: frozenset(value) for head, value in free.items()}

    def owners_in(self, text: str) -> set[int]:
        """The owners with a trigger somewhere in text."""
        found = set(self.always)
        heads = self._scan.found(text)
        for head in heads:
            found |= self.free[head]
        for head in heads:
            for owner, before, after in self.edged[head]:
                if owner not in found and _bounded(head, before, after).search(text):
                    found.add(owner)
        return found


@cache
def _bounded(text: str, before: bool, after: bool) -> re.Pattern[str]:
    """A pattern for text with a word boundary before and/or after it."""
    edge = r"\b"
    return re.compile(f"{edge if before else ''}{re.escape(text)}{edge if after else ''}")
