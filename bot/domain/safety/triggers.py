"""Trigger words, derived from the rules themselves: what a text must hold for a rule to read it.

Reading every rule of every language over a whole 4,096-character message takes far longer
than the screen may (see bench/bench_safety.py). Most clauses hold nothing a given rule
could match, so one scan of the message finds the words the rules need (`Scan`, for every
language at once), a language wakes only when its own are there (`Finder`), and each rule
reads only the clauses that hold its own (`Gate`).

The triggers are derived, not written by hand, so a new rule can never be missed: for each
rule, `factors` walks the parsed pattern and returns a set of strings such that every match
of the rule contains at least one of them ("want to die" or "need to die"; "kill myself"),
and `factor_sets` more such sets, one for each part of the pattern every match goes through
("when" or "once", and later "he hit" or "he punched"): a rule runs only where one string of
each is. A rule for which no set can be proven (a pattern that could match almost anything)
reads whole texts. A factor keeps the word boundaries its pattern asks for (EDGE): "\\bim\\b"
is not woken by "him".

The rules read text after the language's shorthand ("kms" -> "kill myself"), while triggers
are looked for before it, so the factors of a shorthand pattern whose replacement overlaps a
trigger are triggers too; the shorthand patterns themselves read only where theirs are.

Within a text, a rule needs to read only the clauses that hold its own factors: for each
rule, `barriers` walks the parsed pattern for the marks (full stops, commas, line breaks...)
that no match of it can step over, and `Places.spans` gives each rule the stretches of text
between those marks that hold one of each of its factor sets; the rule's matches there are
the matches it would find in the whole text, in the same order. In a stretch longer than
LONG_STRETCH (a long clause without a mark) it reads only within NEAR of its factors
(`Places.reads`), so that what a rule reads is bounded by where its words are.
"""

from __future__ import annotations

import re
from bisect import bisect, bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
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
    "Memo",
    "Places",
    "Scan",
    "Spans",
    "barriers",
    "factors",
    "reaches_far",
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


# How many sets of factors a rule's gate asks for at most (see `factor_sets`).
_MOST_SETS = 3


def factor_sets(pattern: re.Pattern[str]) -> tuple[Strings, ...]:
    """Sets of strings such that every match of the pattern contains one string of each
    (the parts of the pattern that every match goes through: "when " or "once " and, later,
    "he hit" or "he punched"); the most selective first, at most _MOST_SETS of them, the
    first being `factors`. Empty when the pattern has no factors."""
    return _read(pattern.pattern, pattern.flags)[2]


def reaches_far(pattern: re.Pattern[str]) -> bool:
    """Whether a match of the pattern may run over any number of words (a repeat without a
    bound, or one above _FAR_REPEAT, of something that takes both a letter and a space:
    "[^.!?\\n]*?" reads a whole sentence), and so lie far from the words it needs."""
    return _read(pattern.pattern, pattern.flags)[3]


# A repeat bounded above this reaches as far as an unbounded one (see `reaches_far`).
_FAR_REPEAT = 40


@cache
def _read(
    source: str, flags: int
) -> tuple[Strings | None, frozenset[str], tuple[Strings, ...], bool]:
    """The pattern's factors, barriers, factor sets and reach, from one parse (the slow
    part)."""
    try:
        parsed = _parser.parse(source, flags)
    except Exception:  # an unexpected tree shape only costs speed
        return None, frozenset(), (), True
    found = _factors_of(parsed, flags)
    dotall = bool(flags & re.DOTALL)
    try:
        far = _far(list(parsed), dotall)
    except _Unknown:
        far = True
    return found, _barriers_of(parsed), _sets_of(parsed, flags, found), far


def _far(items: Sequence[tuple[Any, Any]], dotall: bool) -> bool:
    """Whether the sequence holds a long repeat of something that takes a letter and a space."""
    for op, av in items:
        if (
            op in _REPEATS
            and av[1] > _FAR_REPEAT
            and _takes(av[2], dotall, "a")
            and _takes(av[2], dotall, " ")
        ):
            return True
        if any(_far(inner, flag) for inner, flag in _inner(op, av, dotall)):
            return True
    return False


def _takes(items: Sequence[tuple[Any, Any]], dotall: bool, char: str) -> bool:
    """Whether some element of the sequence can consume char."""
    for op, av in items:
        if (
            (op is C.LITERAL and chr(av) == char)
            or (op is C.NOT_LITERAL and chr(av) != char)
            or (op is C.ANY and (dotall or char != "\n"))
            or (op is C.IN and _class_takes(av, char))
        ):
            return True
        if op not in (C.ASSERT, C.ASSERT_NOT) and any(
            _takes(inner, flag, char) for inner, flag in _inner(op, av, dotall)
        ):
            return True
    return False


_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _inner(op: Any, av: Any, dotall: bool) -> list[tuple[Sequence[tuple[Any, Any]], bool]]:
    """The sequences an element holds, each with whether `.` takes a line break in it."""
    if op in _REPEATS:
        return [(av[2], dotall)]
    if op is C.SUBPATTERN:
        return [(av[-1], _dotall(dotall, av))]
    if op is C.BRANCH:
        return [(branch, dotall) for branch in av[1]]
    if op is C.ATOMIC_GROUP:
        return [(av, dotall)]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [(av[1], dotall)]
    if op is C.GROUPREF_EXISTS:
        return [(branch, dotall) for branch in av[1:] if branch is not None]
    return []


def _sets_of(parsed: Any, flags: int, found: Strings | None) -> tuple[Strings, ...]:
    if found is None:
        return ()
    try:
        sets = {each for each in _sets(list(parsed)) if each != found}
    except Exception:  # an unexpected tree shape only costs speed
        sets = set()
    best = sorted(sets, key=lambda each: (_score(each), sorted(each)), reverse=True)
    return (found, *best[: _MOST_SETS - 1])


def _sets(items: Sequence[tuple[Any, Any]]) -> list[Strings]:
    """Sets of strings such that every match of the sequence contains one of each."""
    found: list[Strings] = []

    def add(one: Strings | None) -> None:
        if one is not None:
            found.append(one)

    run: Strings = _EMPTY
    for op, av in items:
        one = _exact_item(op, av)
        if one is not None:
            joined = frozenset(_join(a, b) for a, b in product(run, one))
            if len(joined) <= _MAX_SET:
                run = joined
                continue
            add(_usable(run))
            run = one
            continue
        add(_usable(run))
        run = _EMPTY
        if op is C.SUBPATTERN:
            found.extend(_sets(av[-1]))
        elif op in _REPEATS and av[0] >= 1:
            found.extend(_sets(av[2]))
        else:
            add(_factors_item(op, av))
    add(_usable(run))
    return found


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


# The characters of text, the most frequent first (letters of the languages screened, then
# the space and the marks): the branches of a trie are tried in this order (see union_regex).
_FREQUENT = "eaoinsrtlducmpvhgbfkwyzjqx оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъ,.'!?:;-\"0123456789"
_RANK = {char: rank for rank, char in enumerate(_FREQUENT)}


def _branch_order(char: str) -> tuple[int, str]:
    return (_RANK.get(char, len(_RANK)), char)


def union_regex(strings: Iterable[str], patterns: Iterable[str] = (), longest: bool = False) -> str:
    """One pattern matching any of the strings (as a trie, so that it stays fast), or any
    of the patterns. It matches the shortest string where one is a prefix of others, or
    with `longest` the longest (for plain strings, whose trie paths the text decides).

    A node's branches each start with a different character, so at most one of them can
    match and their order never changes what is matched; they are tried the most frequent
    character first (`_FREQUENT`), and an optional branch is written `(?:...|)` rather than
    `(?:...)?` (the same match; `re` runs an alternation faster than a repeat), which
    makes a scan of a long text about a fifth faster."""
    trie: dict[str, Any] = {}
    for string in set(strings):
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        if "" in node and (not longest or len(node) == 1):
            return ""  # a trigger ends here: finding it is enough, longer ones add nothing
        chars = sorted((char for char in node if char), key=_branch_order)
        branches = [
            (r"\b" if char == EDGE else re.escape(char)) + build(node[char]) for char in chars
        ]
        if "" in node:
            return f"(?:{'|'.join(branches)}|)"
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return "|".join([build(trie), *(f"(?:{pattern})" for pattern in patterns)]).strip("|")


class Scan:
    """One scan for a set of texts: every one of them that a text holds, overlapping ones too.

    At each place the trie follows the text as far as it goes and reports the longest text
    there; the shorter ones there are its prefixes (the texts are plain: no word-boundary
    marks, so the text alone decides the trie's path).
    """

    def __init__(self, texts: set[str]) -> None:
        self._texts = frozenset(t for t in texts if t)
        source = union_regex(self._texts, longest=True)
        self._pattern = re.compile(f"(?=({source}))") if self._texts else None
        self._longest = max(map(len, self._texts), default=0)
        # Per longest text found, the texts it holds at its start (itself included).
        self._prefixes: dict[str, tuple[str, ...]] = {}

    def found(self, text: str) -> set[str]:
        """The texts that occur in text (one pass in C)."""
        if self._pattern is None:
            return set()
        return self._expand(self._pattern.findall(text))

    def around(self, text: str, places: Sequence[tuple[int, int]]) -> set[str]:
        """Like `found`, for the occurrences that overlap one of the places (start, end),
        in order."""
        if self._pattern is None or not places:
            return set()
        reach = self._longest - 1
        regions: list[list[int]] = []
        for start, end in places:
            if regions and start - reach <= regions[-1][1]:
                regions[-1][1] = end + reach
            else:
                regions.append([max(0, start - reach), end + reach])
        found: list[str] = []
        for start, end in regions:
            found.extend(self._pattern.findall(text[start:end]))
        return self._expand(found)

    def _expand(self, found: list[str]) -> set[str]:
        texts: set[str] = set()
        for longest in set(found):
            if longest not in self._prefixes:
                self._prefixes[longest] = tuple(
                    longest[:k] for k in range(1, len(longest) + 1) if longest[:k] in self._texts
                )
            texts.update(self._prefixes[longest])
        return texts


# Where a rule could match in a text: (start, end) pairs for `pattern.finditer(text, start, end)`.
Spans = tuple[tuple[int, int], ...]
# Where a rule reads: (start, end, limit) triples; a match found in text[start:end] holds
# only when the pattern matches at its start in text[:limit] too (and that match counts).
Reads = tuple[tuple[int, int, int], ...]

# A rule's stretches are checked one by one for its other factors when they are at most
# this many; when more, where each factor starts in the text is found once (see
# Places._find): the same stretches either way.
_FEW_STRETCHES = 4

# In a stretch longer than LONG_STRETCH (a long clause with no mark to cut it), a rule
# reads only within NEAR characters of each of its factors there: no match of a rule that
# does not run over any number of words (see `reaches_far`) reaches that far from the
# words it needs (the longest in the evaluation sets and in the benchmark's fuzzed input
# reaches 84), and it bounds what each rule reads of a clause.
NEAR = 240
LONG_STRETCH = 2 * NEAR


def occurrences(text: str, string: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where string, a factor, starts in text[start:end]: where its text is, with a word
    boundary where it has a mark for one (EDGE), as every match that holds it has."""
    body, before, after = _shape(string)
    if body is None:
        return
    end = len(text) if end is None else end
    size = len(body)
    last = len(text)
    at = text.find(body, start, end + size)
    while 0 <= at < end:
        if (before is None or (at > 0 and _word(text[at - 1])) == before) and (
            after is None or (at + size < last and _word(text[at + size])) == after
        ):
            yield at
        at = text.find(body, at + 1, end + size)


@cache
def _shape(string: str) -> tuple[str | None, bool | None, bool | None]:
    """A factor's text, and whether a word character must (True) or must not (False) stand
    right before and right after it for its word-boundary marks to hold (None: either);
    no text (None) when a mark inside it can never hold."""
    body, edges = _parts(string)
    before = after = None
    for edge in set(edges):
        if 0 < edge < len(body):
            if _word(body[edge - 1]) == _word(body[edge]):
                return None, None, None
        elif edge == 0 and body:
            before = not _word(body[0])
        elif body:
            after = not _word(body[-1])
    return body, before, after


@cache
def _parts(string: str) -> tuple[str, tuple[int, ...]]:
    """A factor's text and the places in it of its word-boundary marks."""
    body: list[str] = []
    edges: list[int] = []
    for char in string:
        if char == EDGE:
            edges.append(len(body))
        else:
            body.append(char)
    return "".join(body), tuple(edges)


def _word(char: str) -> bool:
    """Whether `re` reads char as a word character (\\w)."""
    return char.isalnum() or char == "_"


def merged(spans: Iterable[tuple[int, int]]) -> Spans:
    """The spans, sorted, those that overlap or touch made one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _overlap(spans: Spans, focus: Spans) -> Spans:
    """The parts of spans inside focus (both sorted)."""
    found: list[tuple[int, int]] = []
    for start, end in spans:
        for begin, stop in focus:
            if begin >= end:
                break
            if stop > start:
                found.append((max(start, begin), min(end, stop)))
    return tuple(found)


def _spans(numbers: Iterable[int], cuts: Sequence[int], size: int) -> Spans:
    """The stretches between cuts, by the number of the cut before them, neighbours joined."""
    spans: list[tuple[int, int]] = []
    for number in sorted(numbers):
        start = cuts[number - 1] + 1 if number else 0
        end = cuts[number] + 1 if number < len(cuts) else size
        if spans and spans[-1][1] == start:  # neighbours make one span
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return tuple(spans)


@cache
def marks_pattern(marks: str) -> re.Pattern[str]:
    """A pattern for any one of the marks."""
    return re.compile(f"[{re.escape(marks)}]")


def cuts_of(text: str, marks: str) -> list[int]:
    """Where the marks are in text."""
    return [match.start() for match in marks_pattern(marks).finditer(text)]


class Gate:
    """Which of a list of rules could match a text, and where, from one scan for their
    factors.

    A rule runs only on a text that holds one string of each of its factor sets (see
    `factor_sets`; or always, when it has none), so a sentence with "kill myself" does not
    run the hundreds of rules that need other words, and "when" alone does not run a rule
    that also needs "he hit"; and only on the stretches between its barriers (see
    `barriers`) that hold one of each.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        # By the text alone: with word-boundary marks two triggers could start at one place
        # and the scan would report only one of them.
        # Each rule's factor sets, as written (with word-boundary marks, see `occurrences`)
        # and by their text alone (what a scan finds).
        self.factors = [factor_sets(pattern) for pattern in patterns]
        self.sets = [tuple(frozenset(map(plain, found)) for found in sets) for sets in self.factors]
        # Per rule and set, the factors as written by their text.
        self.written: list[tuple[tuple[Strings, dict[str, tuple[str, ...]]], ...]] = []
        for sets in self.factors:
            maps = []
            for found in sets:
                by_text: dict[str, list[str]] = {}
                for string in sorted(found):
                    by_text.setdefault(plain(string), []).append(string)
                maps.append((frozenset(by_text), {text: tuple(v) for text, v in by_text.items()}))
            self.written.append(tuple(maps))
        self.always = frozenset(i for i, sets in enumerate(self.sets) if not sets)
        # The first set of each rule (`factors`) says which rules a string may wake.
        by_string: dict[str, set[int]] = {}
        for index, sets in enumerate(self.sets):
            for string in sets[0] if sets else ():
                by_string.setdefault(string, set()).add(index)
        self.by_string = {key: frozenset(value) for key, value in by_string.items()}
        self.leads = frozenset(self.by_string)
        # The rules with more than one set of factors.
        self.several = frozenset(i for i, sets in enumerate(self.sets) if len(sets) > 1)
        self.strings = [frozenset().union(*sets) for sets in self.sets]
        self._strings: Strings = frozenset().union(*self.strings)
        self._scan = Scan(set(self._strings))
        self._barriers = ["".join(sorted(barriers(pattern))) for pattern in patterns]
        # The rules whose matches may run far from their factors (see `reaches_far`).
        self.far = frozenset(i for i, pattern in enumerate(patterns) if reaches_far(pattern))

    @property
    def texts(self) -> Strings:
        """Every string of every rule's factor sets."""
        return self._strings

    def scan(self, text: str) -> set[str]:
        """The factors (by their text) that text holds."""
        return self._scan.found(text)

    def woken(self, strings: Set[str]) -> set[int]:
        """The rules one of whose first set of factors is among strings (by their text)."""
        return set().union(*map(self.by_string.__getitem__, self.leads & strings))

    def around(self, text: str, places: Sequence[tuple[int, int]]) -> set[str]:
        """The factors that occur in text overlapping one of the places (see Scan.around)."""
        return self._scan.around(text, places)

    def places(
        self,
        text: str,
        present: Set[str] | None = None,
        focus: Spans | None = None,
        memo: Memo | None = None,
    ) -> Places:
        """Which rules could match text, and where (see Places); `present`: strings that
        include every factor the text holds, when they are known (from a wider scan);
        `focus`: the only parts of the text whose matches matter (see Places.reads);
        `memo`: what is known of the text already (the places of marks and factors)."""
        return Places(self, text, present, focus, memo)


class Memo:
    """What is known of one text: where some marks (by the marks) and some factors are."""

    def __init__(self) -> None:
        self.cuts: dict[str, list[int]] = {}
        self.starts: dict[str, list[int]] = {}
        # By marks and factor: the stretches between the marks the factor starts in.
        self.stretches: dict[tuple[str, str], frozenset[int]] = {}


class Places:
    """Where the rules of a gate could match in one text, from one scan for their factors.

    `rules` holds the indexes of the rules that could match; `spans(index)` the parts of
    the text that hold all the matches of one of them: its finditer over them, one after
    the other, finds what its finditer over the whole text finds, in the same order;
    `reads(index)` where it reads them (see `reads`). A rule's spans are worked out when
    first asked for (most are never asked).
    """

    def __init__(
        self,
        gate: Gate,
        text: str,
        present: Set[str] | None = None,
        focus: Spans | None = None,
        memo: Memo | None = None,
    ) -> None:
        self._gate = gate
        self._text = text
        self._focus = focus
        memo = Memo() if memo is None else memo
        self._cuts = memo.cuts
        self._starts = memo.starts
        self._stretches = memo.stretches
        # The factors found (perhaps with some that are not there: they have no places).
        self._found = gate._scan.found(text) if present is None else gate._strings & present
        woken = set().union(*map(gate.by_string.__getitem__, self._found & gate.leads))
        found = self._found
        sets = gate.sets
        woken -= {
            index
            for index in woken & gate.several
            if any(others.isdisjoint(found) for others in sets[index][1:])
        }
        self.rules = gate.always | woken
        self.far = gate.far
        self._numbers: dict[tuple[str, str], set[int]] = {}
        self._spans: dict[int, Spans] = {}
        self._reads: dict[int, Reads] = {}
        self._near_string: dict[str, Spans] = {}

    def spans(self, index: int) -> Spans:
        """The spans of text that hold every match of the rule (one of `rules`)."""
        if index not in self._spans:
            self._spans[index] = self._find(index)
        return self._spans[index]

    def reads(self, index: int) -> Reads:
        """Where the rule reads: its spans, but in a span longer than LONG_STRETCH only
        within NEAR characters of its factors (see NEAR), and only inside `focus` (a rule
        whose matches may run far from its factors, see `reaches_far`, reads all its
        spans). A piece cut short of its span's end is read to find where matches start;
        each is then matched again up to the span's end."""
        if index not in self._reads:
            found: list[tuple[int, int, int]] = []
            near = index not in self._gate.always and index not in self._gate.far
            for start, end in self.spans(index):
                pieces: Spans = ((start, end),)
                if end - start > LONG_STRETCH and near:
                    pieces = _overlap(self._near(index), pieces)
                if self._focus is not None and near:
                    pieces = _overlap(pieces, self._focus)
                found.extend((begin, stop, end) for begin, stop in pieces)
            self._reads[index] = tuple(found)
        return self._reads[index]

    def _near(self, index: int) -> Spans:
        """The parts of the text within NEAR characters of one of the rule's factors of
        its leading set (one of which every match holds) that hold a factor of each of its
        other sets too (a match holds one of each)."""
        sets = self._present(index)
        lead = min(sets, key=len)
        near = [self._windows(string) for string in lead]
        found = near[0] if len(near) == 1 else merged(piece for each in near for piece in each)
        others = [each for each in sets if each is not lead]
        if not others:
            return found
        text = self._text
        return tuple(
            (start, end)
            for start, end in found
            if all(
                any(
                    next(occurrences(text, string, start, end), None) is not None for string in each
                )
                for each in others
            )
        )

    def _lead(self, index: int) -> list[str]:
        """The rule's set with the fewest factors found (by their text), those factors."""
        return min(self._present(index), key=len)

    def _windows(self, string: str) -> Spans:
        """The parts of the text within NEAR characters of one of a factor's places."""
        if string not in self._near_string:
            size = len(_parts(string)[0])
            end = len(self._text)
            merged: list[list[int]] = []
            for at in self._at(string):
                if merged and at - NEAR <= merged[-1][1]:
                    merged[-1][1] = min(end, at + size + NEAR)
                else:
                    merged.append([max(0, at - NEAR), min(end, at + size + NEAR)])
            self._near_string[string] = tuple((start, stop) for start, stop in merged)
        return self._near_string[string]

    def _find(self, index: int) -> Spans:
        if index in self._gate.always:
            return ((0, len(self._text)),)
        sets = self._present(index)
        marks = self._gate._barriers[index]
        if not marks:
            whole = all(any(self._has(string) for string in found) for found in sets)
            return ((0, len(self._text)),) if whole else ()
        if marks not in self._cuts:
            self._cuts[marks] = cuts_of(self._text, marks)
        cuts = self._cuts[marks]
        # The stretches between two marks that hold one string of each of the rule's sets,
        # numbered by the marks before them: those of the set with the fewest strings
        # found, then of those the ones that hold one of each other set.
        lead = min(sets, key=len)
        numbers: set[int] = set()
        for string in lead:
            key = (marks, string)
            if key not in self._numbers:
                self._numbers[key] = {bisect(cuts, at) for at in self._at(string)}
            numbers |= self._numbers[key]
        for found in sorted(sets, key=len):
            if found is lead or not numbers:
                continue
            if len(numbers) > _FEW_STRETCHES:
                # Many stretches to check: the stretches each string starts in, found once
                # for the text (and kept for every rule that asks).
                numbers &= set().union(*(self._holding(marks, cuts, string) for string in found))
                continue
            numbers = {
                number
                for number in numbers
                if any(self._in(string, cuts, number) for string in found)
            }
        return _spans(numbers, cuts, len(self._text))

    def _holding(self, marks: str, cuts: Sequence[int], string: str) -> frozenset[int]:
        """The numbers of the stretches between cuts (of marks) that a factor starts in, as
        `_in` tells them (a factor that starts on a mark is in the stretch the mark ends)."""
        key = (marks, string)
        if key not in self._stretches:
            self._stretches[key] = frozenset(bisect_left(cuts, at) for at in self._at(string))
        return self._stretches[key]

    def _has(self, string: str) -> bool:
        """Whether a factor is in the text."""
        if string not in self._starts:
            return next(occurrences(self._text, string), None) is not None
        return bool(self._starts[string])

    def _in(self, string: str, cuts: Sequence[int], number: int) -> bool:
        """Whether a factor starts in the stretch between cuts of that number."""
        start = cuts[number - 1] + 1 if number else 0
        end = cuts[number] + 1 if number < len(cuts) else len(self._text)
        if string in self._starts:
            starts = self._starts[string]
            at = bisect(starts, start - 1)
            return at < len(starts) and starts[at] < end
        return next(occurrences(self._text, string, start, end), None) is not None

    def _present(self, index: int) -> list[list[str]]:
        """The rule's factor sets, each with only the factors whose text was found."""
        found = self._found
        return [
            [string for text in texts & found for string in written[text]]
            for texts, written in self._gate.written[index]
        ]

    def _at(self, string: str) -> list[int]:
        """Where a factor starts in the text (see `occurrences`)."""
        if string not in self._starts:
            self._starts[string] = list(occurrences(self._text, string))
        return self._starts[string]


class Finder:
    """Which owners (languages) have a trigger in a text, from one scan for all of them.

    The scan looks for the triggers' text (and for `others`, the strings the owners'
    gates and shorthand look for, so that one scan of a text tells them all what it
    holds); a trigger that asks for a word boundary at its start or end ("\\bt " in
    Spanish phone spelling) counts only where that boundary is, so that "quiet " does not
    wake the Spanish rules.
    """

    def __init__(self, owners: Sequence[Strings | None], others: Iterable[str] = ()) -> None:
        self.always = frozenset(i for i, found in enumerate(owners) if found is None)
        texts = {plain(s) for found in owners if found for s in found} | set(others)
        self.scan = Scan(texts)
        # Per trigger text: the owners it wakes anywhere, and (owner, needs \b before,
        # after) for the triggers that ask for a word boundary.
        free: dict[str, set[int]] = {}
        edged: dict[str, set[tuple[int, bool, bool]]] = {}
        for owner, found in enumerate(owners):
            for string in found or ():
                text = plain(string)
                if not text:
                    continue
                before = string.startswith(EDGE)
                after = string.endswith(EDGE)
                if before or after:
                    edged.setdefault(text, set()).add((owner, before, after))
                else:
                    free.setdefault(text, set()).add(owner)
        # Per owner, the texts that wake it anywhere, and those that wake it only with a
        # word boundary (the needs).
        self.free = [
            frozenset(t for t, who in free.items() if o in who) for o in range(len(owners))
        ]
        self.edged: list[dict[str, list[tuple[bool, bool]]]] = [{} for _ in owners]
        for text, needs in edged.items():
            for owner, before, after in needs:
                self.edged[owner].setdefault(text, []).append((before, after))

    def sight(self, text: str) -> set[str]:
        """Every string of the scan that text holds (one pass in C)."""
        return self.scan.found(text)

    def around(self, text: str, places: Sequence[tuple[int, int]]) -> set[str]:
        """Every string of the scan that text holds overlapping one of the places."""
        return self.scan.around(text, places)

    def owners_in(self, text: str, present: set[str] | None = None) -> set[int]:
        """The owners with a trigger somewhere in text (`present`: what `sight` found)."""
        present = self.sight(text) if present is None else present
        found = set(self.always)
        for owner, texts in enumerate(self.free):
            if owner in found or not texts.isdisjoint(present):
                found.add(owner)
                continue
            edged = self.edged[owner]
            if any(
                _bounded(string, before, after).search(text)
                for string in edged.keys() & present
                for before, after in edged[string]
            ):
                found.add(owner)
        return found


@cache
def _bounded(text: str, before: bool, after: bool) -> re.Pattern[str]:
    """A pattern for text with a word boundary before and/or after it."""
    edge = r"\b"
    return re.compile(f"{edge if before else ''}{re.escape(text)}{edge if after else ''}")
