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

Within a sentence, a rule needs to read only the clauses that hold its own triggers: for each
rule, `barriers` walks the parsed pattern for the marks (full stops, commas, line breaks...)
that no match of it can step over, and `Gate.places` gives each rule the stretches of text
between those marks that hold one of its factors; the rule's matches there are the matches
it would find in the whole text, in the same order.
"""

from __future__ import annotations

import re
from bisect import bisect
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from itertools import product

# The parser behind `re` (public as sre_parse before 3.11, which still re-exports it with a
# deprecation warning). Only its parse tree is read; if it ever changes shape, `factors`
# returns None and the language reads whole texts: slower, never wrong.
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = [
    "BARRIERS",
    "Gate",
    "Places",
    "Scan",
    "Spans",
    "barriers",
    "factors",
    "shorthand_factors",
    "union_regex",
]

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
    return _read(pattern.pattern, pattern.flags)[0]


@cache
def _read(source: str, flags: int) -> tuple[Strings | None, frozenset[str]]:
    """The pattern's factors and barriers, from one parse (the slow part of both)."""
    try:
        parsed = _parser.parse(source, flags)
    except Exception:  # an unexpected tree shape only costs speed
        return None, frozenset()
    return _factors_of(parsed, flags), _barriers_of(parsed)


def _factors_of(parsed: Any, flags: int) -> Strings | None:
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        return _factors(list(parsed))
    except Exception:  # an unexpected tree shape only costs speed
        return None


# Marks that end a sentence or a clause. A rule that cannot step over one of them reads
# only the stretches between them that hold its factors (Gate.places).
BARRIERS = "\n.!?,;:"

_CATEGORIES: dict[Any, Callable[[str], bool]] = {
    C.CATEGORY_DIGIT: str.isdigit,
    C.CATEGORY_NOT_DIGIT: lambda char: not char.isdigit(),
    C.CATEGORY_SPACE: str.isspace,
    C.CATEGORY_NOT_SPACE: lambda char: not char.isspace(),
    C.CATEGORY_WORD: lambda char: char.isalnum() or char == "_",
    C.CATEGORY_NOT_WORD: lambda char: not (char.isalnum() or char == "_"),
}


class _Unknown(Exception):
    """A parse tree shape the walk does not know: no barrier is claimed."""


def _class_takes(items: Sequence[tuple[Any, Any]], char: str) -> bool:
    """Whether a character class `[...]` matches char."""
    negate = taken = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            taken = taken or chr(av) == char
        elif op is C.RANGE:
            taken = taken or av[0] <= ord(char) <= av[1]
        elif op is C.CATEGORY and av in _CATEGORIES:
            taken = taken or _CATEGORIES[av](char)
        else:
            raise _Unknown
    return taken != negate


def _steps_over(items: Sequence[tuple[Any, Any]], dotall: bool, found: set[str]) -> None:
    """Add to found the marks of BARRIERS that some element of items (or of a lookahead in
    them) can consume; `$`, which also matches before a final line break, counts as
    stepping over a line break."""
    for op, av in items:
        if op is C.LITERAL:
            found.update(char for char in BARRIERS if chr(av) == char)
        elif op is C.NOT_LITERAL:
            found.update(char for char in BARRIERS if chr(av) != char)
        elif op is C.ANY:
            found.update(char for char in BARRIERS if dotall or char != "\n")
        elif op is C.IN:
            found.update(char for char in BARRIERS if _class_takes(av, char))
        elif op is C.AT:
            if av is C.AT_END:
                found.add("\n")
        elif op is C.SUBPATTERN:
            _steps_over(av[-1], _dotall(dotall, av), found)
        elif op is C.BRANCH:
            for branch in av[1]:
                _steps_over(branch, dotall, found)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _steps_over(av[2], dotall, found)
        elif op is C.ATOMIC_GROUP:
            _steps_over(av, dotall, found)
        elif op in (C.ASSERT, C.ASSERT_NOT) and av[0] == 1:
            _lookahead(av[1], dotall, found)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            # A lookbehind reads only what lies before where it stands; a lookahead inside
            # it may read further.
            _lookaheads_behind(av[1], dotall, found)
        elif op is C.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    _steps_over(branch, dotall, found)
        elif op is not C.GROUPREF:  # a back reference repeats what its group consumed
            raise _Unknown


def _lookahead(items: Sequence[tuple[Any, Any]], dotall: bool, found: set[str]) -> None:
    """Like _steps_over for what a lookahead holds, whose last character may be a mark:
    nothing is read after it ("(?=\\s*(?:$|[.,!?;]))")."""
    if not items:
        return
    *rest, (op, av) = items
    _steps_over(rest, dotall, found)
    if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
        return
    if op is C.BRANCH:
        for branch in av[1]:
            _lookahead(branch, dotall, found)
    elif op is C.SUBPATTERN and av[0] is None:  # a capture could be read again by a \\1
        _lookahead(av[-1], _dotall(dotall, av), found)
    else:
        _steps_over([(op, av)], dotall, found)


def _dotall(dotall: bool, group: tuple[Any, int, int, Any]) -> bool:
    """Whether `.` takes a line break inside a group, which may set or clear the flag."""
    _, add, remove, _ = group
    return (dotall or bool(add & re.DOTALL)) and not remove & re.DOTALL


def _lookaheads_behind(items: Sequence[tuple[Any, Any]], dotall: bool, found: set[str]) -> None:
    """Like _steps_over for what a lookbehind holds: only its lookaheads count."""
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT):
            (_steps_over if av[0] == 1 else _lookaheads_behind)(av[1], dotall, found)
        elif op is C.SUBPATTERN:
            _lookaheads_behind(av[-1], _dotall(dotall, av), found)
        elif op is C.ATOMIC_GROUP:
            _lookaheads_behind(av, dotall, found)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _lookaheads_behind(av[2], dotall, found)
        elif op is C.BRANCH:
            for branch in av[1]:
                _lookaheads_behind(branch, dotall, found)
        elif op is C.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    _lookaheads_behind(branch, dotall, found)


def barriers(pattern: re.Pattern[str]) -> frozenset[str]:
    """The marks of BARRIERS that no match of the pattern steps over.

    Let `mark` be one of them at text[end]. No match of the pattern holds it (no element
    can consume it), and no match attempt that starts before it ever stands past it, so
    it reads the same characters and sees the same `\\b`, `^` and lookbehinds in
    `pattern.finditer(text, start, end + 1)` as in the whole text (for `$` see
    _steps_over); it cannot match empty text. So its matches in the whole text are those
    in the stretches between such marks, in order.
    """
    return _read(pattern.pattern, pattern.flags)[1]


def _barriers_of(parsed: Any) -> frozenset[str]:
    found: set[str] = set()
    try:
        if parsed.getwidth()[0] == 0:
            return frozenset()
        _steps_over(list(parsed), bool(parsed.state.flags & re.DOTALL), found)
    except Exception:  # an unexpected tree shape only costs speed
        return frozenset()
    return frozenset(BARRIERS) - found


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


class Scan:
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


# Where a rule could match in a text: (start, end) pairs for `pattern.finditer(text, start, end)`.
Spans = tuple[tuple[int, int], ...]


class Gate:
    """Which of a list of rules could match a text, and where, from one scan for their
    factors.

    A rule runs only on a text that holds one of its factors (or always, when it has none),
    so a sentence with "kill myself" does not run the hundreds of rules that need other
    words; and only on the stretches between its barriers (see `barriers`) that hold one.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        # By the text alone: with word-boundary marks two triggers could start at one place
        # and the scan would report only one of them.
        texts = [
            None if found is None else frozenset(map(plain, found))
            for found in map(factors, patterns)
        ]
        self.always = frozenset(i for i, found in enumerate(texts) if found is None)
        self._scan = Scan({string for found in texts if found for string in found})
        by_head: dict[str, set[int]] = {}
        for index, found in enumerate(texts):
            for string in found or ():
                by_head.setdefault(self._scan.head(string), set()).add(index)
        self.by_trigger = {key: frozenset(value) for key, value in by_head.items()}
        self.heads = [frozenset(map(self._scan.head, found or ())) for found in texts]
        self._barriers = [barriers(pattern) for pattern in patterns]
        self._marks = {
            marks: re.compile(f"[{re.escape(''.join(sorted(marks)))}]")
            for marks in set(self._barriers)
            if marks
        }

    def places(self, text: str) -> Places:
        """Which rules could match text, and where (see Places)."""
        return Places(self, text)


class Places:
    """Where the rules of a gate could match in one text, from one scan for their factors.

    `rules` holds the indexes of the rules that could match; `spans(index)` the parts of
    the text that hold all the matches of one of them: its finditer over them, one after
    the other, finds what its finditer over the whole text finds, in the same order. A
    rule's spans are worked out when first asked for (most are never asked).
    """

    def __init__(self, gate: Gate, text: str) -> None:
        self._gate = gate
        self._text = text
        self._found = gate._scan.found(text)
        self.rules = gate.always.union(*(gate.by_trigger[head] for head in self._found))
        self._starts: dict[str, list[int]] = {}
        self._cuts: dict[frozenset[str], list[int]] = {}
        self._numbers: dict[tuple[frozenset[str], str], set[int]] = {}
        self._spans: dict[int, Spans] = {}

    def spans(self, index: int) -> Spans:
        """The spans of text that hold every match of the rule (one of `rules`)."""
        if index not in self._spans:
            self._spans[index] = self._find(index)
        return self._spans[index]

    def _at(self, head: str) -> list[int]:
        """Where head starts in the text (where the scan found it: overlaps too)."""
        if head not in self._starts:
            starts: list[int] = []
            at = self._text.find(head)
            while at >= 0:
                starts.append(at)
                at = self._text.find(head, at + 1)
            self._starts[head] = starts
        return self._starts[head]

    def _find(self, index: int) -> Spans:
        marks = self._gate._barriers[index]
        if index in self._gate.always or not marks:
            return ((0, len(self._text)),)
        if marks not in self._cuts:
            self._cuts[marks] = [m.start() for m in self._gate._marks[marks].finditer(self._text)]
        cuts = self._cuts[marks]
        # The stretches between two marks that hold one of the rule's factors, numbered by
        # the marks before them.
        numbers: set[int] = set()
        for head in self._gate.heads[index] & self._found:
            key = (marks, head)
            if key not in self._numbers:
                self._numbers[key] = {bisect(cuts, start) for start in self._at(head)}
            numbers |= self._numbers[key]
        spans: list[tuple[int, int]] = []
        for number in sorted(numbers):
            start = cuts[number - 1] + 1 if number else 0
            end = cuts[number] + 1 if number < len(cuts) else len(self._text)
            if spans and spans[-1][1] == start:  # neighbours make one span
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        return tuple(spans)


class Finder:
    """Which owners (languages) have a trigger in a text, in one scan for all of them.

    The scan looks for the triggers' text; a trigger that asks for a word boundary at its
    start or end ("\\bt " in Spanish phone spelling) counts only where that boundary is, so
    that "quiet " does not wake the Spanish rules.
    """

    def __init__(self, owners: Sequence[Strings | None]) -> None:
        self.always = frozenset(i for i, found in enumerate(owners) if found is None)
        self._scan = Scan({plain(s) for found in owners if found for s in found})
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
