"""The machinery every language's rules run on: normalising text, rules, negation, fiction.

A language module (en, ru, es, ...) declares a `Language`: its rules for the two tiers and
the words its negation and fiction checks need. This module holds nothing specific to a
language except the shared normalisation and the leetspeak map.

How text is read (for every language)
- At most MAX_INPUT characters are read, and at most MAX_NORMALISED after NFKC (a single
  character can expand to 18 under NFKC); a crisis sentence is never that long, and the
  cap keeps the screen bounded whatever it is sent.
- NFKC, casefold, zero-width characters and lone surrogates removed, curly quotes and
  dashes made straight, accents removed ("está" -> "esta", "żyć" -> "zyc", "ё" -> "е",
  "й" -> "и"), because people on phones often leave them out: rules are written against
  the text without accents.
- Whitespace collapsed; a line break ends a sentence.
- Letters repeated three or more times are squashed to two and, in a second form, to one
  ("sooo" wants "soo", "diiie" wants "die"); words that mix letters and digits get a third
  form with the digits read as letters ("d13" -> "die", "k1ll" -> "kill").
- Each language then applies its own shorthand ("kms" -> "kill myself", "xq" -> "porque").

Every language's rules read every message, so one language's rules can match words of a
message in another ("non sto pensando al suicidio" holds a Portuguese phrase). A match is
therefore checked by its own language and then by the others (`Witnesses`): it is not
valid when another language's negation or fiction check excuses the same words and that
language has excused a match of its own rules in the message (which shows that the
message is in it; so the Portuguese "no", "in the", is never taken for a Spanish denial).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from itertools import islice

from bot.domain.safety import triggers

__all__ = [
    "MAX_INPUT",
    "MAX_NORMALISED",
    "Concern",
    "Detector",
    "Language",
    "Places",
    "Rule",
    "Tier",
    "TierPlaces",
    "Witnesses",
    "base_forms",
    "is_short",
    "rule",
    "valid_match",
]

# Telegram's longest message; anything longer is cut before normalising.
MAX_INPUT = 4096
MAX_NORMALISED = 4096
# A message this short is read whole by every language whose triggers it holds.
READ_WHOLE_BELOW = 600


class Concern(StrEnum):
    """What a flagged reply speaks of."""

    SELF_HARM = "self_harm"
    SUICIDE = "suicide"
    # Being in danger or being hurt by someone: abuse, violence, threats, stalking.
    DANGER = "danger"


class Tier(StrEnum):
    """How the bot answers: at once with helplines, or with a gentle question first."""

    CRISIS = "crisis"
    CHECK_IN = "check_in"


# --- normalisation ---------------------------------------------------------------------

_REMOVED = dict.fromkeys(
    map(ord, "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"),
    None,
)
_STRAIGHTENED = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        # Letters that carry no combining mark to strip.
        "\u0142": "l",  # ł
        "\u00f8": "o",  # ø
        "\u0111": "d",  # đ
        "\u00e6": "ae",
        "\u0153": "oe",
    }
)
# str can hold lone surrogates (e.g. from a broken decode); they are not text.
_SURROGATES = re.compile("[\ud800-\udfff]")
_BREAKS = "\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"
# Both linear: a run of spaces is one match, and a break takes at most one space before it.
_SPACES = re.compile(rf"[^\S{_BREAKS}]+")
_LINE_BREAKS = re.compile(rf" ?[{_BREAKS}][\s]*")
_RUN_OF_THREE = re.compile(r"([^\W\d_])\1{2,}")
_NFKC_CHUNK = 256
_MARKS = re.compile(r"[\u0300-\u036f]")
# A word that mixes letters and digits (or @, $): "d13", "k1ll", "su1c1de", "$uicide".
_LEET_WORD = re.compile(r"\b(?=[\w@$]*[^\W\d_])(?=[\w@$]*[0-9@$])[\w@$]+")
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)


def _strip_marks(text: str) -> str:
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", text)))


def _squash(text: str, keep: int) -> str:
    return _RUN_OF_THREE.sub(lambda m: m.group(1) * keep, text)


def _nfkc(text: str) -> str:
    """NFKC of text, stopping once MAX_NORMALISED characters are out (a character can
    expand to 18), in chunks cut before a character that starts a new sequence."""
    if text.isascii():
        return text[:MAX_NORMALISED]
    parts: list[str] = []
    size = start = 0
    while start < len(text) and size < MAX_NORMALISED:
        end = min(start + _NFKC_CHUNK, len(text))
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        part = unicodedata.normalize("NFKC", text[start:end])
        parts.append(part)
        size += len(part)
        start = end
    return "".join(parts)[:MAX_NORMALISED]


def base_forms(text: str) -> list[str]:
    """Return the language-neutral normalised forms of text (see the module docstring)."""
    text = _nfkc(_SURROGATES.sub(" ", text[:MAX_INPUT]))
    text = _strip_marks(text.casefold().translate(_REMOVED).translate(_STRAIGHTENED))
    text = _LINE_BREAKS.sub("\n", _SPACES.sub(" ", text)).strip()
    forms: list[str] = []
    for keep in (2, 1):
        form = _squash(text, keep)
        if form not in forms:
            forms.append(form)
    leet = _LEET_WORD.sub(lambda m: _squash(m.group(0).translate(_LEET), 1), forms[-1])
    if leet not in forms:
        forms.append(leet)
    return forms


# --- rules -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One pattern, its concern, and how its matches are checked."""

    concern: Concern
    pattern: re.Pattern[str]
    # Whether a negation before the phrase cancels it ("I would never kill myself").
    negatable: bool = True
    # Whether the phrase may be about a third person, so that it is ignored in a
    # sentence about fiction or the news when its subject is not the writer.
    about_others: bool = False
    # A sentence-level pattern that makes the match innocent ("shaving", "stove").
    unless: re.Pattern[str] | None = None
    # A sentence-level pattern that must also be present (fear, for an idiomatic threat).
    needs: re.Pattern[str] | None = None
    # Whether `unless` and `needs` also read the sentence before and the one after, in a
    # message of at most READ_WHOLE_BELOW characters ("my doctor asked if I've had
    # thoughts of suicide. nope, none."; "всё, я пас. таблетки уже в руке").
    neighbours: bool = False


def rule(
    concern: Concern,
    pattern: str,
    *,
    negatable: bool = True,
    about_others: bool = False,
    unless: str | None = None,
    needs: str | None = None,
    neighbours: bool = False,
) -> Rule:
    """Build a rule; `pattern` may name the phrase itself `(?P<core>...)` for negation."""
    return Rule(
        concern=concern,
        pattern=re.compile(pattern),
        negatable=negatable,
        about_others=about_others,
        unless=re.compile(unless) if unless else None,
        needs=re.compile(needs) if needs else None,
        neighbours=neighbours,
    )


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _needs(pattern: str) -> frozenset[str] | None:
    """Plain strings one of which every match of pattern holds, if they can be shown."""
    found = triggers.factors(re.compile(pattern))
    return None if found is None else frozenset(map(triggers.plain, found))


# A named group's opening: `(?P<core>`, `(?P<core2>`; two rules may use the same name.
_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")


def _any_of(rules: tuple[Rule, ...]) -> re.Pattern[str] | None:
    """One pattern for all the rules, each named group made plain (a name may repeat)."""
    if not rules:
        return None
    return re.compile("|".join(f"(?:{_NAMED_GROUP.sub('(?:', r.pattern.pattern)})" for r in rules))


@dataclass(frozen=True)
class Language:
    """One language's rules and the words its negation and fiction checks read.

    `crisis` rules answer with helplines at once; `check_in` rules (hopelessness without a
    stated intent) ask first. Both are ordered by priority: the first concern with a valid
    match wins. `shorthand` maps typed forms to the ones the rules are written against and
    runs on the normalised text (lowercase, no accents). Negation: `negators` (a pattern
    matched against whole words) in the words between the nearest of `subjects` and the
    phrase cancel it, unless followed by one of `doubt_after` ("not sure I want to live")
    or preceded by one of `resisting_before` ("trying not to"), or unless the phrase is
    followed by `history_after` ("not ... anymore" implies it used to be so). A negator
    opening the clause counts too, right before the subject or one of _BRIDGES before it
    ("not that I want to die", "nie hab ich"). `denied_after` (after the phrase) and
    `denied_before` (ending the clause before a subjectless phrase's) deny negatable rules;
    `answered_no` ("suicidal? no") denies every rule. The other languages screened read a
    match with these same checks too (see Witnesses).
    """

    code: str
    crisis: tuple[Rule, ...]
    check_in: tuple[Rule, ...] = ()
    shorthand: tuple[tuple[str, str], ...] = ()
    subjects: str = ""
    first_person: str = ""
    negators: str = r"(?!)"
    doubt_after: str = ""
    resisting_before: str = ""
    history_after: str = r"(?!)"
    # Words right after a phrase that deny it, where the language puts its negation after
    # the verb (French "je me suiciderai jamais"); matched where the phrase ends.
    denied_after: str = r"(?!)"
    # An answer right after a phrase asked as a question, that says no ("des idees noires ?
    # non pas du tout", "suizidal? nein"); matched where the phrase ends, for every rule
    # (a rule that is not negatable, such as most check-in rules, included).
    answered_no: str = r"(?!)"
    # A denial that ends the clause before the phrase's own, which has no subject: the
    # comma after it would hide it ("ich habe nicht vor, mir das Leben zu nehmen", "je
    # n'ai aucune intention, de ..."); matched at the end of that clause.
    denied_before: str = r"(?!)"
    fiction: str = r"(?!)"
    # Whether the rules read only the sentences around trigger words (see triggers.py);
    # False reads whole texts (slower, and the same results: a test checks it).
    gated: bool = True
    # Built from the fields above.
    _shorthand: tuple[tuple[re.Pattern[str], str], ...] = field(init=False, repr=False)
    _subjects: frozenset[str] = field(init=False, repr=False)
    _first_person: frozenset[str] = field(init=False, repr=False)
    _negator: re.Pattern[str] = field(init=False, repr=False)
    _doubt_after: frozenset[str] = field(init=False, repr=False)
    _resisting_before: frozenset[str] = field(init=False, repr=False)
    _history_after: re.Pattern[str] = field(init=False, repr=False)
    _denied_after: re.Pattern[str] = field(init=False, repr=False)
    _answered_no: re.Pattern[str] = field(init=False, repr=False)
    _denied_before: re.Pattern[str] = field(init=False, repr=False)
    _fiction: re.Pattern[str] = field(init=False, repr=False)
    _triggers: re.Pattern[str] | None = field(init=False, repr=False)
    # One gate for the rules of both tiers, the crisis rules first (one scan of a text).
    _gate: triggers.Gate | None = field(init=False, repr=False)
    # Per shorthand pattern, the strings one of which its every match holds, each with its
    # head in one scan for all of them (see triggers.Scan), and all those heads; None: it
    # may match anywhere.
    _shorthand_needs: tuple[tuple[frozenset[str], tuple[tuple[str, str], ...]] | None, ...] = field(
        init=False, repr=False
    )
    _shorthand_scan: triggers.Scan = field(init=False, repr=False)
    _trigger_strings: frozenset[str] = field(init=False, repr=False, default=frozenset())
    _trigger_patterns: re.Pattern[str] | None = field(init=False, repr=False, default=None)

    def __post_init__(self) -> None:
        built: dict[str, object] = {
            "_shorthand": tuple((re.compile(p), r) for p, r in self.shorthand),
            "_subjects": _words(self.subjects),
            "_first_person": _words(self.first_person),
            "_negator": re.compile(self.negators),
            "_doubt_after": _words(self.doubt_after),
            "_resisting_before": _words(self.resisting_before),
            "_history_after": re.compile(self.history_after),
            "_denied_after": re.compile(self.denied_after),
            "_answered_no": re.compile(self.answered_no),
            "_denied_before": re.compile(rf"(?:{self.denied_before})[\s,;:]*$"),
            "_fiction": re.compile(self.fiction),
            "_triggers": None,
            "_gate": None,
        }
        needs = [_needs(p) for p, _ in self.shorthand]
        scan = triggers.Scan({string for found in needs if found for string in found})
        built["_shorthand_scan"] = scan
        built["_shorthand_needs"] = tuple(
            None
            if found is None
            else (
                frozenset(map(scan.head, found)),
                tuple((string, scan.head(string)) for string in found),
            )
            for found in needs
        )
        for name, value in built.items():
            object.__setattr__(self, name, value)
        if self.gated:
            object.__setattr__(self, "_triggers", self._derive_triggers())
            patterns = [r.pattern for r in (*self.crisis, *self.check_in)]
            object.__setattr__(self, "_gate", triggers.Gate(patterns))

    def _derive_triggers(self) -> re.Pattern[str] | None:
        """The words some rule needs in its sentence, or None if a rule could match anywhere."""
        found: set[str] = set()
        for each in (*self.crisis, *self.check_in):
            own = triggers.factors(each.pattern)
            if own is None:
                return None
            found |= own
        if not found:
            return None
        typed, patterns = triggers.shorthand_factors(self._shorthand, frozenset(found))
        object.__setattr__(self, "_trigger_strings", frozenset(found | typed))
        object.__setattr__(
            self,
            "_trigger_patterns",
            re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None,
        )
        return re.compile(triggers.union_regex(found | typed, patterns))

    @cached_property
    def _any_rules(self) -> dict[Tier, re.Pattern[str] | None]:
        return {Tier.CRISIS: _any_of(self.crisis), Tier.CHECK_IN: _any_of(self.check_in)}

    def _any_rule(self, tier: Tier) -> re.Pattern[str]:
        found = self._any_rules[tier]
        assert found is not None
        return found

    def forms(self, base: list[str]) -> list[str]:
        """Return the base forms with this language's shorthand applied."""
        forms: list[str] = []
        for form in base:
            present = self._shorthand_scan.found(form)
            for (pattern, replacement), needs in zip(
                self._shorthand, self._shorthand_needs, strict=True
            ):
                # A pattern whose factors are all absent cannot match: skip its scan.
                if needs is None or (
                    not needs[0].isdisjoint(present)
                    and any(head in present and string in form for string, head in needs[1])
                ):
                    written = pattern.sub(replacement, form)
                    if written != form:
                        form = written
                        present = self._shorthand_scan.found(form)
            if form not in forms:
                forms.append(form)
        return forms

    def read(self, base: list[str]) -> list[str]:
        """Return what this language's rules read in the base forms.

        With triggers: only the sentences that hold one (each at most _REACH characters to
        either side of it; all of them, so that a crisis sentence deep in a long entry is
        never left unread), joined by line breaks, with the shorthand applied; nothing when
        no trigger is there. Without: the whole forms with the shorthand applied.
        """
        if self._triggers is None:
            return self.forms(base)
        windows: list[str] = []
        for form in base:
            if len(form) <= READ_WHOLE_BELOW:
                # A short message is read whole: a rule may join its sentences (a goodbye
                # spread over three lines), and there is little to save.
                windows.append(form)
                continue
            spans: list[tuple[int, int]] = []
            at = 0
            while (hit := self._triggers.search(form, at)) is not None:
                # Past the hits inside the window just read, but not past one that starts
                # inside it and runs on beyond its end.
                at = hit.start() + 1
                if spans and hit.end() <= spans[-1][1]:
                    at = max(at, spans[-1][1] - _LONGEST_TRIGGER)
                    continue
                begin, end = _window(form, hit.start(), hit.end())
                if spans and begin <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], end)
                else:
                    spans.append((begin, end))
            if spans:
                windows.append("\n".join(form[begin:end] for begin, end in spans))
        return self.forms(windows)

    def first_match(
        self,
        forms: list[str],
        tier: Tier,
        others: Witnesses | None = None,
        short: bool = False,
        places: Places | None = None,
        wanted: frozenset[Concern] | None = None,
    ) -> Concern | None:
        """Return the concern of the first rule of the tier with a valid match, if any (a
        match that `others` excuse is not valid; `short`: the message is short enough for
        a rule's `unless` and `needs` to read its neighbouring sentences; `places`: where
        the rules could match, when the message has been asked before).

        `wanted`: the only concerns that matter to the caller. A gated language then
        returns None when the first valid rule's concern is not one of them, and tries
        the wanted rules first, so that it stops sooner when none is valid (the result
        for a wanted concern is the same)."""
        rules = self.crisis if tier is Tier.CRISIS else self.check_in
        if not rules:
            return None
        if self._gate is None:
            # Read whole (gated=False): one pattern of every rule rules out most texts at once.
            any_rule = self._any_rule(tier)
            whole = [form for form in forms if any_rule.search(form)]
            for each in rules:
                for form in whole:
                    if valid_match(self, each, form, others, short) is not None:
                        return each.concern
            return None
        places = places or Places()
        runs = [(form, places.of(self, tier, form)) for form in forms]

        def valid(index: int) -> bool:
            return any(
                index in where.rules
                and valid_match(self, rules[index], form, others, short, where.spans(index))
                is not None
                for form, where in runs
                if where is not None
            )

        # Only the rules that could match somewhere, in their order.
        tried = sorted(frozenset().union(*(where.rules for _, where in runs if where is not None)))
        if wanted is None:
            return next((rules[index].concern for index in tried if valid(index)), None)
        first = next(
            (index for index in tried if rules[index].concern in wanted and valid(index)), None
        )
        if first is None or any(
            valid(index) for index in tried if index < first and rules[index].concern not in wanted
        ):
            return None
        return rules[first].concern

    def excuses_own_match(self, forms: list[str], places: Places | None = None) -> bool:
        """Whether some rule of this language (either tier) matches in forms and this
        language's negation or fiction checks excuse it: the words are this language's
        and are denied or told of ("non sto pensando al suicidio" for Italian)."""
        places = places or Places()
        for tier, rules in ((Tier.CRISIS, self.crisis), (Tier.CHECK_IN, self.check_in)):
            for form in forms:
                where = places.of(self, tier, form)
                for index in range(len(rules)) if where is None else where.rules:
                    each = rules[index]
                    spans = None if where is None else where.spans(index)
                    for match in _matches(each, form, spans):
                        if self.excused(each, form, _core_start(each, match), match.end()):
                            return True
        return False

    # --- negation and fiction --------------------------------------------------------

    def is_negator(self, word: str) -> bool:
        """Whether word denies what follows it."""
        return self._negator.fullmatch(word) is not None

    def verb_group(self, text: str, start: int) -> list[str]:
        """Return the words between the nearest subject and start, within the clause; with
        the words before the subject when the clause opens with a negator right before it
        ("jamais j'ai", but not an answer: "no I want to die") or one of _BRIDGES before it
        ("not that I want to die", "no way I'd", "nie hab ich")."""
        begin, _ = _sentence_bounds(text, start)
        head = text[begin:start]
        clause_cut = max((m.end() for m in _CLAUSE_END.finditer(head)), default=0)
        clause = _WORD.findall(head[clause_cut:])
        words = clause[-6:]
        for index in range(len(words) - 1, -1, -1):
            if words[index] in self._subjects:
                at = len(clause) - len(words) + index
                if self.is_negator(clause[0]) and (
                    (at == 1 and clause[0] not in _ANSWERS) or (at == 2 and clause[1] in _BRIDGES)
                ):
                    return clause
                return words[index:]
        return words

    def negated(self, text: str, start: int, end: int) -> bool:
        """Whether the phrase at start is denied (and the denial does not imply a history)."""
        words = self.verb_group(text, start)
        denied = False
        for index, word in enumerate(words):
            if not self.is_negator(word):
                continue
            after = words[index + 1 : index + 3]
            if word == "no" and after[:1] == ["longer"]:
                return False  # "no longer" says that it used to be so
            if after and after[0] == "even":
                after = after[1:]
            if after and after[0] in self._doubt_after:
                continue
            if index and words[index - 1] in self._resisting_before:
                continue
            denied = True
        return denied and not self._history_after.match(text, end)

    def excused(self, each: Rule, text: str, start: int, end: int) -> bool:
        """Whether this language's answer of no (for every rule), negation (for a negatable
        rule) or fiction check (for a rule about others) excuses the match of the rule at
        text[start:end]."""
        if self._answered_no.match(text, end) is not None:
            return True
        if each.negatable and (
            self.negated(text, start, end)
            or self._denied_after.match(text, end) is not None
            or self.denied_before_clause(text, start)
        ):
            return True
        return each.about_others and self.about_fiction(text, start)

    def denied_before_clause(self, text: str, start: int) -> bool:
        """Whether the clause before the phrase's (in its sentence) ends with a denial of
        `denied_before`, and the phrase's clause has no subject of its own."""
        begin, _ = _sentence_bounds(text, start)
        head = text[begin:start]
        cuts = [m.end() for m in _CLAUSE_END.finditer(head)]
        if not cuts or any(word in self._subjects for word in _WORD.findall(head[cuts[-1] :])):
            return False
        before = head[cuts[-2] if len(cuts) > 1 else 0 : cuts[-1]]
        return self._denied_before.search(before) is not None

    def about_fiction(self, text: str, start: int) -> bool:
        """Whether the phrase at start sits in a sentence about fiction/news, not of oneself."""
        if not self._fiction.search(_sentence_around(text, start)):
            return False
        subject = next(
            (w for w in reversed(self.verb_group(text, start)) if w in self._subjects), None
        )
        return subject not in self._first_person


_SENTENCE_MARKS = ".!?\n"
# How far back from a window's end a trigger that runs on past it may start.
_LONGEST_TRIGGER = 40
# How far around a phrase its sentence is looked at (negation, fiction, accidents).
_REACH = 240
# Negators that are also a whole answer: before a subject they answer a question ("no I
# want to die") rather than deny what follows.
_ANSWERS = frozenset({"no", "non", "nein", "nee", "nao", "nope", "nah", "nie", "nan"})
# The words that may stand between a clause-opening negator and its subject: "not that I",
# "no way I'd", German verb-second "nie hab ich" (not "never thought I'd want to die", "no
# wonder I", "never have I felt so", which do not deny).
_BRIDGES = frozenset(
    {"that", "way", "chance", "hab", "habe", "hatte", "bin", "war", "werd", "werde", "wurde"}
    | {"will", "wollte", "konnte", "kann"}
)
_CLAUSE_END = re.compile(r"[,;:()\"\[\]]| - ")
_WORD = re.compile(r"[\w']+")


def _sentence_bounds(text: str, start: int) -> tuple[int, int]:
    """Return the sentence around start, at most _REACH characters to either side."""
    # Bounded so that a huge text with many matches stays linear, not quadratic.
    low = max(0, start - _REACH)
    high = min(len(text), start + _REACH)
    begin = max(text.rfind(mark, low, start) for mark in _SENTENCE_MARKS) + 1
    ends = [found for mark in _SENTENCE_MARKS if (found := text.find(mark, start, high)) >= 0]
    return max(begin, low), min(ends, default=high)


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) around text[start:end] that a language's rules read, each with its
    full stop (some rules look for it); a mark inside a word ("k.o.-tropfen", "z.b.") does
    not end it."""
    begin, stop = _sentence_bounds(text, start)
    while (
        begin > 0
        and text[begin - 1] in _SENTENCE_MARKS
        and text[begin - 1] != "\n"
        and (begin < len(text) and not text[begin].isspace())
    ):
        begin = _sentence_bounds(text, begin - 1)[0]
    stop = min(len(text), stop + 1)
    while stop < len(text) and (
        stop < end or (text[stop - 1] in _SENTENCE_MARKS and not text[stop].isspace())
    ):
        stop = min(len(text), _sentence_bounds(text, stop)[1] + 1)
    return begin, stop


def _sentence_around(text: str, start: int, neighbours: bool = False) -> str:
    """The sentence around start; with the one before and the one after it if neighbours."""
    begin, end = _sentence_bounds(text, start)
    if neighbours:
        if begin > 0:
            begin = _sentence_bounds(text, begin - 1)[0]
        if end < len(text):
            end = _sentence_bounds(text, end + 1)[1]
    return text[begin:end]


def is_short(base: list[str]) -> bool:
    """Whether a message (its base forms) is short enough for a rule's `unless` and `needs`
    to read its neighbouring sentences."""
    return max(map(len, base), default=0) <= READ_WHOLE_BELOW


# A rule whose first matches are all excused (negated, fiction, an accident) is not tried
# further in the same text: this bounds the work on text that repeats a phrase, such as
# "I would never kill myself" written 150 times. A real message does not hold more.
MAX_MATCHES_PER_RULE = 12


class Places:
    """Where each gated language's rules could match in what it reads of one message (see
    triggers.Places), worked out once per language and form: the first match, the other
    languages' checks and the check-in tier all ask."""

    def __init__(self) -> None:
        self._found: dict[tuple[int, str], dict[Tier, TierPlaces]] = {}

    def of(self, language: Language, tier: Tier, form: str) -> TierPlaces | None:
        """Where the rules of the tier could match in form; None for a language that
        reads whole texts (every rule, everywhere)."""
        if language._gate is None:
            return None
        key = (id(language), form)
        if key not in self._found:
            found = language._gate.places(form)
            crisis = len(language.crisis)
            self._found[key] = {
                Tier.CRISIS: TierPlaces(found, 0, crisis),
                Tier.CHECK_IN: TierPlaces(found, crisis, crisis + len(language.check_in)),
            }
        return self._found[key][tier]


class TierPlaces:
    """The rules of one tier in triggers.Places for a language's gate (which holds both
    tiers' rules, from `start` to `stop`), by their index in the tier."""

    def __init__(self, places: triggers.Places, start: int, stop: int) -> None:
        self._places = places
        self._start = start
        self.rules = frozenset(index - start for index in places.rules if start <= index < stop)

    def spans(self, index: int) -> triggers.Spans:
        """The spans of the form that hold every match of the rule (one of `rules`)."""
        return self._places.spans(self._start + index)


class Witnesses:
    """The other languages screened, with what each read: a match one language finds is
    not valid when another language excuses the same words (its negation or fiction
    check) and has excused a match of its own rules in the message, which shows that the
    message is in that language. So the Italian "non" denies a Portuguese match in "non
    sto pensando al suicidio", while the Portuguese "no" (in the) does not deny anything
    for the Spanish rules. Whether a language excused a match of its own is asked only
    when a match would otherwise be valid (rarely), and once per message."""

    def __init__(
        self, readings: list[tuple[Language, list[str]]], places: Places | None = None
    ) -> None:
        self._readings = readings
        self._own: dict[str, bool] = {}
        self._places = places or Places()

    def excuse(self, language: Language, each: Rule, text: str, start: int, end: int) -> bool:
        """Whether another language excuses the match of language's rule at text[start:]."""
        for other, forms in self._readings:
            if other is language or not other.excused(each, text, start, end):
                continue
            if other.code not in self._own:
                self._own[other.code] = other.excuses_own_match(forms, self._places)
            if self._own[other.code]:
                return True
        return False


def _core_start(each: Rule, match: re.Match[str]) -> int:
    """Where the phrase itself starts: the group `core` when the rule names it and it took
    part in the match, otherwise the match."""
    if "core" in each.pattern.groupindex and match.start("core") >= 0:
        return match.start("core")
    return match.start()


def _matches(each: Rule, text: str, spans: triggers.Spans | None) -> Iterator[re.Match[str]]:
    """The rule's first MAX_MATCHES_PER_RULE matches in text, found only in spans (which
    hold all its matches, see triggers.Gate.places) or, without them, in the whole text."""
    found = (
        each.pattern.finditer(text)
        if spans is None
        else (match for start, end in spans for match in each.pattern.finditer(text, start, end))
    )
    return islice(found, MAX_MATCHES_PER_RULE)


def _valid_matches(
    language: Language,
    each: Rule,
    text: str,
    others: Witnesses | None,
    short: bool,
    spans: triggers.Spans | None,
) -> Iterator[re.Match[str]]:
    for match in _matches(each, text, spans):
        core_start = _core_start(each, match)
        if language.excused(each, text, core_start, match.end()):
            continue
        if each.unless is not None or each.needs is not None:
            sentence = _sentence_around(text, core_start, each.neighbours and short)
            if each.unless is not None and each.unless.search(sentence):
                continue
            if each.needs is not None and not each.needs.search(sentence):
                continue
        # Last, as it is the dearest and a valid match is rare: the same words denied or
        # excused in the language the text is really in ("non sto pensando al suicidio"
        # matches a Portuguese rule, and the Italian "non" denies it).
        if others is not None and others.excuse(language, each, text, core_start, match.end()):
            continue
        yield match


def valid_match(
    language: Language,
    each: Rule,
    text: str,
    others: Witnesses | None = None,
    short: bool = False,
    spans: triggers.Spans | None = None,
) -> re.Match[str] | None:
    """Return the first match of the rule in text that survives its checks, if any: its
    language's negation and fiction checks, its `unless` and `needs`, and then `others`
    (the other languages screened, see Witnesses). `spans`: the parts of text that hold
    all the rule's matches (see triggers.Gate.places), if known."""
    return next(_valid_matches(language, each, text, others, short, spans), None)


class Detector:
    """Which languages' triggers a text holds, in one scan for all of them.

    Each language could look for its own triggers, but eight scans of a long message cost
    more than one scan for every language's trigger words at once (by their text alone), plus
    the few whole-word shorthand patterns of the languages not found by then.
    """

    def __init__(self, languages: tuple[Language, ...]) -> None:
        self.languages = languages
        self.finder = triggers.Finder(
            [
                None if language._triggers is None else language._trigger_strings
                for language in languages
            ]
        )
        self.patterns = [
            (index, language._trigger_patterns)
            for index, language in enumerate(languages)
            if language._trigger_patterns is not None
        ]

    def active(self, base: list[str]) -> list[Language]:
        """The languages whose rules could match something in the base forms."""
        found: set[int] = set()
        for form in base:
            found |= self.finder.owners_in(form)
        for index, pattern in self.patterns:
            if index not in found and any(pattern.search(form) for form in base):
                found.add(index)
        return [language for index, language in enumerate(self.languages) if index in found]
