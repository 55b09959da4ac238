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
- A word that mixes Latin and Cyrillic look-alike letters ("хoчу" with a Latin o) is read
  in the alphabet most of its letters are in.
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

How much is read (the time a message may take, whatever it holds)
- One scan of each form finds every string that a rule or a shorthand pattern of any
  language needs (`Detector.sight`); a rule reads only the clauses that hold one of each
  of its sets of such strings, and in a clause longer than triggers.LONG_STRETCH only
  within triggers.NEAR of them (see triggers.Gate); a shorthand pattern likewise.
- A long message's later forms (letters squashed to one, digits read as letters) are read
  only around the words they change (see Excerpts).
- Reading a long message is bounded by a budget (see WORK): a message dense with the words
  of many rules in many languages reads what the budget allows, each language its share.
  A short message (see READ_WHOLE_BELOW) is read in full.

The budget, decided (measured on a shared two-core machine, medians of repeated runs):
WORK stays 100,000. A smaller budget hardly makes the slowest long messages faster (at
25,000 they take 7-9 ms, as at 100,000: most of their time is what every long message
costs, normalising, the one scan and working out where the woken rules read, which the
budget does not bound) and misses more. A larger one lets the rules' reading grow with
what a message wakes: with no budget the densest word salads take 13-23 ms, and a long
everyday message spends 0.5-1.2 million. A budget spent by the rules in their order, not
by where in the message they read, cannot promise to read the end: on its own it missed
52 of the 160 everyday messages with a crisis as the last line that
tests/domain/test_safety_bounds.py builds. So a long message whose budget ran out
(`Budget.refused`) and that was not flagged is read again in pieces of at most 500
characters (bot.domain.safety.pieces: whole lines, a long line at its sentences' ends),
each short enough to be read in full: all 160 are flagged, and a crisis in the middle or
first too. That costs a long unflagged message 2-4 times the time (14-31 ms for 4,096
characters of everyday lines), so a long message is screened in a thread
(bot.handlers.common.screened), never on the event loop; a short one, most messages, in
0.2-0.3 ms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property, lru_cache
from itertools import islice, pairwise

from bot.domain.safety import triggers

__all__ = [
    "EXCERPT_LIMIT",
    "MAX_INPUT",
    "MAX_NORMALISED",
    "Concern",
    "Detector",
    "Excerpts",
    "Language",
    "Places",
    "Rule",
    "Tier",
    "TierPlaces",
    "Witnesses",
    "base_forms",
    "changes",
    "is_short",
    "rule",
    "valid_match",
]

# Telegram's longest message; anything longer is cut before normalising.
MAX_INPUT = 4096
MAX_NORMALISED = 4096
# A message this short is short: a rule's `unless` and `needs` may read its neighbouring
# sentences, its later forms are read whole, and its reading is bounded by its length
# alone (a longer one's by the budget, see WORK).
READ_WHOLE_BELOW = 600
# A line break ends a sentence (see _SENTENCE_MARKS), so a rule's `^` and `$` match at the
# start and end of each line: a crisis on its own line reads as it would alone, whatever
# the lines before and after it say.
RULE_FLAGS = re.MULTILINE


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
# Both tables at once (no character of one is in the other, nor written by it), and only
# when the text holds one of their characters.
_TRANSLATED = {**_REMOVED, **_STRAIGHTENED}
_TO_TRANSLATE = re.compile("[" + re.escape("".join(map(chr, _TRANSLATED))) + "]")
# str can hold lone surrogates (e.g. from a broken decode); they are not text.
_SURROGATES = re.compile("[\ud800-\udfff]")
_BREAKS = "\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"
# Both linear: a run of spaces is one match, and a break takes at most one space before it.
# (A single plain space, already what a run becomes, is left alone.)
_SPACES = re.compile(rf"[^\S{_BREAKS}]{{2,}}|[^\S{_BREAKS} ]")
_LINE_BREAKS = re.compile(rf" ?[{_BREAKS}][\s]*")
_RUN_OF_THREE = re.compile(r"([^\W\d_])\1{2,}")
_NFKC_CHUNK = 256
_MARKS = re.compile(r"[\u0300-\u036f]")
# A word that mixes letters and digits (or @, $): "d13", "k1ll", "su1c1de", "$uicide".
_LEET_WORD = re.compile(r"\b((?=[\w@$]*[^\W\d_])(?=[\w@$]*[0-9@$])[\w@$]+)")
_DIGITS = re.compile(r"[0-9@$]")
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)


# Letters that look alike in the Latin and Cyrillic alphabets ("хoчу yмерeть" typed with a
# Latin o, y and e, "suіcіde" with a Cyrillic і), to dodge filters or from a phone's other
# keyboard. A word that mixes the two is read in the alphabet most of its letters are in.
_LATIN_LOOKALIKES = "abcehkmoptxy"
_CYRILLIC_LOOKALIKES = "авсенкмортху"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES + "іјѕ", _LATIN_LOOKALIKES + "ijs")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# A word of Latin and Cyrillic letters only, holding at least one of each (linear: the
# lookaheads start only at a word's first letter).
_MIXED_WORD = re.compile(
    "(?<![^\\W\\d_])(?=[a-z\u0400-\u04ff]*[a-z])(?=[a-z\u0400-\u04ff]*[\u0400-\u04ff])"
    "[a-z\u0400-\u04ff]+(?![^\\W\\d_])"
)


def _one_alphabet(word: re.Match[str]) -> str:
    text = word.group()
    cyrillic = len(_CYRILLIC.findall(text))
    return text.translate(_TO_CYRILLIC if 2 * cyrillic >= len(text) else _TO_LATIN)


def _strip_marks(text: str) -> str:
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", text)))


def _squash(text: str, keep: int) -> str:
    return _RUN_OF_THREE.sub(r"\1\1" if keep == 2 else r"\1", text)


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
    text = text.casefold()
    if found := _TO_TRANSLATE.findall(text):
        text = (
            text.translate(_TRANSLATED)
            if len(found) > 32
            else _TO_TRANSLATE.sub(lambda m: str(_TRANSLATED[ord(m.group())] or ""), text)
        )
    text = _LINE_BREAKS.sub("\n", _SPACES.sub(" ", _strip_marks(text))).strip()
    if _CYRILLIC.search(text):
        text = _MIXED_WORD.sub(_one_alphabet, text)
    forms = [text]
    if runs := [match.span() for match in _RUN_OF_THREE.finditer(text)]:
        # Both squashings from one scan: each run of a letter as two of it, and as one.
        twice: list[str] = []
        once: list[str] = []
        done = 0
        for start, end in runs:
            twice.append(text[done:start] + text[start] * 2)
            once.append(text[done:start] + text[start])
            done = end
        forms = ["".join(twice) + text[done:], "".join(once) + text[done:]]
    if _DIGITS.search(forms[-1]):
        parts = _LEET_WORD.split(forms[-1])
        parts[1::2] = map(_leet, parts[1::2])
        leet = "".join(parts)
        if leet not in forms:
            forms.append(leet)
    return forms


@lru_cache(maxsize=4096)
def _leet(word: str) -> str:
    """A word that mixes letters and digits, with the digits read as letters."""
    return _squash(word.translate(_LEET), 1)


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
        pattern=re.compile(pattern, RULE_FLAGS),
        negatable=negatable,
        about_others=about_others,
        unless=re.compile(unless) if unless else None,
        needs=re.compile(needs) if needs else None,
        neighbours=neighbours,
    )


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A named group's opening: `(?P<core>`, `(?P<core2>`; two rules may use the same name.
_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")


def _any_of(rules: tuple[Rule, ...]) -> re.Pattern[str] | None:
    """One pattern for all the rules, each named group made plain (a name may repeat)."""
    if not rules:
        return None
    return re.compile(
        "|".join(f"(?:{_NAMED_GROUP.sub('(?:', r.pattern.pattern)})" for r in rules), RULE_FLAGS
    )


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
    # Whether each rule reads only the clauses that hold its words (see triggers.py); False:
    # every rule reads whole texts (slower, and the same results: a test checks it).
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
    # Whether a text without the trigger words (see Detector) cannot wake any rule.
    _triggered: bool = field(init=False, repr=False)
    # One gate for the rules of both tiers, the crisis rules first (one scan of a text).
    _gate: triggers.Gate | None = field(init=False, repr=False)
    # Per shorthand pattern, the strings one of which its every match holds, each with its
    # head in one scan for all of them (see triggers.Scan), and all those heads; None: it
    # may match anywhere.
    # Which shorthand patterns could match a text, and where (as for the rules).
    _shorthand_gate: triggers.Gate = field(init=False, repr=False)
    # Every factor (by its text) of the shorthand and of the rules.
    _strings: frozenset[str] = field(init=False, repr=False, default=frozenset())
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
            "_triggered": False,
            "_gate": None,
        }
        built["_shorthand_gate"] = triggers.Gate([re.compile(p) for p, _ in self.shorthand])
        for name, value in built.items():
            object.__setattr__(self, name, value)
        if self.gated:
            object.__setattr__(self, "_triggered", self._derive_triggers())
            patterns = [r.pattern for r in (*self.crisis, *self.check_in)]
            object.__setattr__(self, "_gate", triggers.Gate(patterns))
        strings = self._shorthand_gate.texts | (self._gate.texts if self._gate else frozenset())
        object.__setattr__(self, "_strings", strings)

    def _derive_triggers(self) -> bool:
        """Find the words some rule needs (and the shorthand that writes them); False if a
        rule could match anywhere."""
        found: set[str] = set()
        for each in (*self.crisis, *self.check_in):
            own = triggers.factors(each.pattern)
            if own is None:
                return False
            found |= own
        if not found:
            return False
        typed, patterns = triggers.shorthand_factors(self._shorthand, frozenset(found))
        object.__setattr__(self, "_trigger_strings", frozenset(found | typed))
        object.__setattr__(
            self,
            "_trigger_patterns",
            re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None,
        )
        return True

    @cached_property
    def _any_rules(self) -> dict[Tier, re.Pattern[str] | None]:
        return {Tier.CRISIS: _any_of(self.crisis), Tier.CHECK_IN: _any_of(self.check_in)}

    def _any_rule(self, tier: Tier) -> re.Pattern[str]:
        found = self._any_rules[tier]
        assert found is not None
        return found

    def forms(self, base: list[str]) -> list[str]:
        """Return the base forms with this language's shorthand applied."""
        return [form for form, _, _ in self._reading(base, None)]

    def read(
        self,
        base: list[str],
        sighted: list[set[str]] | None = None,
        places: Places | None = None,
        focus: list[triggers.Spans | None] | None = None,
        kept: list[triggers.Spans | None] | None = None,
    ) -> list[str]:
        """Return what this language's rules read in the base forms: the whole forms, with
        the shorthand applied (each rule then reads only the clauses that hold its own
        words, see triggers.Gate). `sighted`: for each base form, strings that include
        every factor of this language's rules and shorthand that it holds (from the one
        scan of the message, see Detector.sight); `places` then learns them, so that the
        rules' gate need not scan the forms again. `focus`: for each base form, the only
        parts where the rules' matches may start (see `excerpts`); `places` learns them
        too, moved with the shorthand's replacements."""
        reading = self._reading(base, sighted, focus, places, kept)
        if places is not None:
            for form, present, where in reading:
                places.note(self, form, present, where)
        return [form for form, _, _ in reading]

    def _reading(
        self,
        base: list[str],
        sighted: list[set[str]] | None,
        focus: list[triggers.Spans | None] | None = None,
        memos: Places | None = None,
        kept: list[triggers.Spans | None] | None = None,
    ) -> list[tuple[str, Set[str] | None, triggers.Spans | None]]:
        """The forms with the shorthand applied, each with the strings (factors of the
        shorthand and of the rules) it may hold: all those it holds, perhaps with some it
        no longer holds after a replacement (finding them costs a scan, never a result);
        and the parts where the rules' matches may start, if they are known."""
        forms: list[tuple[str, Set[str] | None, triggers.Spans | None]] = []
        shorthand = self._shorthand_gate
        gate = self._gate
        budget = None if memos is None else memos.budget
        for number, form in enumerate(base):
            present = shorthand.scan(form) if sighted is None else self._strings & sighted[number]
            places = None if focus is None else focus[number]
            # Like the rules, each pattern reads only where its factors are: where they are
            # in the form (worked out once, then moved with the replacements), and around
            # what the replacements wrote.
            if not shorthand.always and shorthand.leads.isdisjoint(present):
                if all(form != seen for seen, _, _ in forms):
                    forms.append((form, present if sighted is not None else None, places))
                continue
            where = shorthand.places(
                form,
                present,
                None if kept is None else kept[number],
                None if memos is None else memos.memo(form),
            )
            woken = set(where.rules)
            edits: list[list[tuple[int, int, int, int]]] = []
            rewritten: triggers.Spans = ()
            written_found: set[str] = set()
            for index, (pattern, replacement) in enumerate(self._shorthand):
                if index not in woken:
                    continue
                if budget is not None and budget.spent_out():
                    break  # the budget is spent: the rest of the shorthand is not applied
                reads = where.reads(index) if index in where.rules else ()
                for replaced in edits:
                    reads = _moved_reads(reads, replaced)
                if rewritten and not shorthand.strings[index].isdisjoint(written_found):
                    # A factor the replacements wrote: the pattern reads around them too.
                    reads = _with_around(reads, rewritten, len(form))
                far = index in shorthand.far
                if budget is not None and reads and not budget.spend(reads, far):
                    break  # the budget is spent: the rest of the shorthand is not applied
                form, replaced = _substitute(pattern, replacement, form, reads)
                if replaced:
                    edits.append(replaced)
                    written = [(start, end) for _, _, start, end in replaced]
                    if budget is not None and not budget.afford(_scanned(written)):
                        break  # the budget is spent: the rest of the shorthand is not applied
                    found = shorthand.around(form, written)
                    woken |= shorthand.woken(found)
                    present = present | found
                    written_found |= found
                    rewritten = triggers.merged((*_moved(rewritten, replaced), *written))
                    if places is not None:
                        places = _moved(places, replaced)
            # The factors of the rules that the replacements wrote (unless the budget is
            # spent: then the rules do not read them).
            if (
                sighted is not None
                and gate is not None
                and rewritten
                and (budget is None or budget.afford(_scanned(rewritten)))
            ):
                present = present | gate.around(form, rewritten)
            if all(form != seen for seen, _, _ in forms):
                forms.append((form, present if sighted is not None else None, places))
        return forms

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
            for form, where in runs:
                if where is None or index not in where.rules:
                    continue
                if places.budget.spent_out():
                    return False
                reads = where.reads(index)
                if reads and not places.budget.spend(reads, where.far(index)):
                    return False  # the budget is spent: the rules not read do not match
                if valid_match(self, rules[index], form, others, short, None, reads, places.budget):
                    return True
            return False

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
                    if places.budget.spent_out():
                        return False
                    reads = None if where is None else where.reads(index)
                    if (
                        reads
                        and where is not None
                        and not places.budget.spend(reads, where.far(index))
                    ):
                        return False  # the budget is spent: an excuse not read does not count
                    for match in _matches(each, form, None, reads):
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


def _sentence_around(
    text: str, start: int, neighbours: bool = False, across_lines: bool = True
) -> str:
    """The sentence around start; with the one before and the one after it if neighbours,
    and then across a line break only if across_lines."""
    begin, end = _sentence_bounds(text, start)
    if neighbours:
        if begin > 0 and (across_lines or text[begin - 1] != "\n"):
            begin = _sentence_bounds(text, begin - 1)[0]
        if end < len(text) and (across_lines or text[end] != "\n"):
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


# What reading a long message may cost, in characters read by a pattern (a rule's or a
# shorthand pattern's, see triggers.Places.reads), plus READ_COST each time a pattern
# reads a form and LOOK_COST each time where it would read is worked out. A pattern reads
# only where its factors are, so a message spends little of it unless it is dense with
# the words of many rules; then the budget bounds the work (and the time) whatever the
# message. The shorthand may spend SHORTHAND_SHARE of it, the crisis tier CRISIS_SHARE of
# what is left, the check-in tier the rest; within each, the languages one after the
# other, each an equal share of what is left (what one does not spend goes to those after
# it). A short message (see READ_WHOLE_BELOW) is bounded by its length.
WORK = 100_000
READ_COST = 900
LOOK_COST = 150
# What a character costs a pattern whose matches may run over a whole sentence (it tries
# the rest of its pattern at every place of the sentence).
FAR_COST = 10
# Judging a match (negation, fiction), and another language's checks of it.
MATCH_COST = 1_000
CHECK_COST = 500
SHORTHAND_SHARE = 0.25
CRISIS_SHARE = 0.8


class Budget:
    """What reading one message may still cost (see WORK); None: no limit."""

    def __init__(self, total: int | None = WORK) -> None:
        self.total = total
        self.spent = 0
        self.reads = 0
        # Whether anything was left unread for want of budget (the message is then read
        # again in pieces, see bot.domain.safety.screen).
        self.refused = False
        self._end = total
        self._limit = total

    def part(self, share: float) -> None:
        """Start a part (see WORK) that may spend that share of what is left."""
        if self.total is not None:
            self._end = self.spent + int((self.total - self.spent) * share)
            self._limit = self._end

    def step(self, left: int) -> None:
        """Start the next step of the part, `left` steps with it: it may spend an equal
        share of what the part has left."""
        if self._end is not None:
            self._limit = self.spent + (self._end - self.spent) // max(1, left)

    def spent_out(self) -> bool:
        """Whether the step cannot pay for one more read (or else, for working out where a
        pattern reads: LOOK_COST, paid now)."""
        if self._limit is not None and self.spent + READ_COST > self._limit:
            self.refused = True
            return True
        self.spent += LOOK_COST
        return False

    def afford(self, cost: int) -> bool:
        """Whether the step may spend cost (and count it)."""
        if self._limit is not None and self.spent + cost > self._limit:
            self.refused = True
            return False
        self.spent += cost
        return True

    def spend(self, reads: triggers.Reads, far: bool = False) -> bool:
        """Whether a pattern may read where it reads (and count it); one whose matches may
        run far from its factors (see triggers.reaches_far) costs FAR_COST a character."""
        cost = (
            READ_COST
            - LOOK_COST
            + sum(end - start for start, end, _ in reads) * (FAR_COST if far else 1)
        )
        if self._limit is not None and self.spent + cost > self._limit:
            self.refused = True
            return False
        self.spent += cost
        self.reads += 1
        return True


class Places:
    """Where each gated language's rules could match in what it reads of one message (see
    triggers.Places), worked out once per language and form: the first match, the other
    languages' checks and the check-in tier all ask; and what the reading may still cost
    (`budget`, see Budget)."""

    def __init__(self, budget: Budget | None = None) -> None:
        self.budget = Budget(None) if budget is None else budget
        self._found: dict[tuple[int, str], dict[Tier, TierPlaces]] = {}
        self._present: dict[tuple[int, str], tuple[Set[str] | None, triggers.Spans | None]] = {}
        self._memos: dict[str, triggers.Memo] = {}

    def memo(self, text: str) -> triggers.Memo:
        """What is known of a text of the message (shared by every gate that reads it)."""
        if text not in self._memos:
            self._memos[text] = triggers.Memo()
        return self._memos[text]

    def size(self, language: Language, tier: Tier, forms: list[str]) -> int:
        """How many times the language's rules of the tier could read a form."""
        found = (self.of(language, tier, form) for form in forms)
        return sum(
            len(language.crisis if tier is Tier.CRISIS else language.check_in)
            if where is None
            else len(where.rules)
            for where in found
        )

    def note(
        self,
        language: Language,
        form: str,
        present: Set[str] | None,
        focus: triggers.Spans | None = None,
    ) -> None:
        """Learn strings that include every factor of the language's rules that form holds,
        and the only parts of it whose matches matter (see Language.read)."""
        self._present[(id(language), form)] = (present, focus)

    def of(self, language: Language, tier: Tier, form: str) -> TierPlaces | None:
        """Where the rules of the tier could match in form; None for a language that
        reads whole texts (every rule, everywhere)."""
        if language._gate is None:
            return None
        key = (id(language), form)
        if key not in self._found:
            present, focus = self._present.get(key, (None, None))
            found = language._gate.places(form, present, focus, self.memo(form))
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

    def reads(self, index: int) -> triggers.Reads:
        """Where the rule reads in the form (see triggers.Places.reads)."""
        return self._places.reads(self._start + index)

    def far(self, index: int) -> bool:
        """Whether the rule's matches may run far from its factors (see triggers.reaches_far)."""
        return self._start + index in self._places.far


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
            if other is language:
                continue
            if not self._places.budget.afford(CHECK_COST):
                return False  # the budget is spent: the checks not made do not excuse
            if not other.excused(each, text, start, end):
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


def _matches(
    each: Rule,
    text: str,
    spans: triggers.Spans | None,
    reads: triggers.Reads | None = None,
) -> Iterator[re.Match[str]]:
    """The rule's first MAX_MATCHES_PER_RULE matches in text, found only in spans (which
    hold all its matches, see triggers.Gate.places) or where it reads (see
    triggers.Places.reads) or, without them, in the whole text."""
    if reads is not None:
        return islice(_read_matches(each.pattern, text, reads), MAX_MATCHES_PER_RULE)
    found = (
        each.pattern.finditer(text)
        if spans is None
        else (match for start, end in spans for match in each.pattern.finditer(text, start, end))
    )
    return islice(found, MAX_MATCHES_PER_RULE)


def _read_matches(
    pattern: re.Pattern[str], text: str, reads: triggers.Reads
) -> Iterator[re.Match[str]]:
    """The matches of pattern where it reads, in order, none overlapping another."""
    done = 0
    for start, end, limit in reads:
        start = max(start, done)
        if end == limit:
            for match in pattern.finditer(text, start, end):
                done = match.end()
                yield match
            continue
        # Cut short of its span: a match found here starts where the whole span has one.
        while start <= end and (found := pattern.search(text, start, end)) is not None:
            whole = pattern.match(text, found.start(), limit)
            if whole is None:
                start = found.start() + 1
                continue
            done = whole.end()
            start = max(done, found.start() + 1)
            yield whole


def _valid_matches(
    language: Language,
    each: Rule,
    text: str,
    others: Witnesses | None,
    short: bool,
    spans: triggers.Spans | None,
    reads: triggers.Reads | None = None,
    budget: Budget | None = None,
) -> Iterator[re.Match[str]]:
    for match in _matches(each, text, spans, reads):
        if budget is not None and not budget.afford(MATCH_COST):
            return  # the budget is spent: the matches not judged are not valid
        core_start = _core_start(each, match)
        if language.excused(each, text, core_start, match.end()):
            continue
        # What spares a match is read on its own line: an everyday line next to a crisis
        # never hides it. What a match needs may be on the line before or after.
        near = each.neighbours and short
        if each.unless is not None and each.unless.search(
            _sentence_around(text, core_start, near, across_lines=False)
        ):
            continue
        if each.needs is not None and not each.needs.search(
            _sentence_around(text, core_start, near)
        ):
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
    reads: triggers.Reads | None = None,
    budget: Budget | None = None,
) -> re.Match[str] | None:
    """Return the first match of the rule in text that survives its checks, if any: its
    language's negation and fiction checks, its `unless` and `needs`, and then `others`
    (the other languages screened, see Witnesses). `spans`: the parts of text that hold
    all the rule's matches (see triggers.Gate.places), if known; `reads`: where the rule
    reads (see triggers.Places.reads), if known; `budget`: what judging the matches may
    cost (see WORK)."""
    return next(_valid_matches(language, each, text, others, short, spans, reads, budget), None)


def _substitute(
    pattern: re.Pattern[str], replacement: str, text: str, reads: triggers.Reads
) -> tuple[str, list[tuple[int, int, int, int]]]:
    """`pattern.sub(replacement, text)` when the pattern's matches are where it reads (see
    triggers.Places.reads), and each replacement that changed something: where it was in
    text and where it is in the new text (start, end, new start, new end)."""
    parts: list[str] = []
    changed: list[tuple[int, int, int, int]] = []
    done = size = 0
    for match in _read_matches(pattern, text, reads):
        written = match.expand(replacement) if "\\" in replacement else replacement
        if written == match.group():
            continue
        parts.append(text[done : match.start()])
        size += match.start() - done
        parts.append(written)
        changed.append((match.start(), match.end(), size, size + len(written)))
        size += len(written)
        done = match.end()
    if not changed:
        return text, changed
    parts.append(text[done:])
    return "".join(parts), changed


def _moved(places: triggers.Spans, changed: list[tuple[int, int, int, int]]) -> triggers.Spans:
    """Where places (start, end) of a text are after the replacements `changed` (see
    _substitute), each grown to hold the replacements it touches."""
    moved: list[tuple[int, int]] = []
    for start, end in places:
        new_start, new_end = start, end
        for old_start, old_end, written_start, written_end in changed:
            shift = (written_end - written_start) - (old_end - old_start)
            if old_end <= start:
                new_start += shift
                new_end += shift
            elif old_start < end:
                new_start = min(new_start, written_start)
                new_end = max(new_end + shift, written_end)
        moved.append((new_start, new_end))
    return tuple(moved)


def _moved_reads(reads: triggers.Reads, changed: list[tuple[int, int, int, int]]) -> triggers.Reads:
    """Where the reads (see triggers.Places.reads) of a text are after the replacements
    `changed`, each grown to hold the replacements it touches."""
    if not changed:
        return reads
    moved: list[tuple[int, int, int]] = []
    for (start, end), (_, _, limit) in zip(
        _moved(tuple((start, end) for start, end, _ in reads), changed), reads, strict=True
    ):
        shift = sum(
            (written_end - written_start) - (old_end - old_start)
            for old_start, old_end, written_start, written_end in changed
            if old_start < limit
        )
        moved.append((start, end, max(end, limit + shift)))
    return tuple(moved)


def _scanned(places: Iterable[tuple[int, int]]) -> int:
    """What looking for factors around places costs (see WORK): the characters scanned."""
    return sum(end - start + 2 * _FACTOR_REACH for start, end in places)


# About how far before and after a place a scan for the factors around it reads.
_FACTOR_REACH = 48


def _with_around(reads: triggers.Reads, places: triggers.Spans, size: int) -> triggers.Reads:
    """The reads with the text within triggers.NEAR of the places (read to the end)."""
    near = (
        (max(0, start - triggers.NEAR), min(size, end + triggers.NEAR), size)
        for start, end in places
    )
    return tuple(sorted((*reads, *near)))


def changes(base: list[str]) -> list[triggers.Spans | None]:
    """For each base form of a long message (see READ_WHOLE_BELOW), where it differs from
    the one before (which it is made from): the words that the squashing of letters or the
    reading of digits changed; None for the first, for a short message's, and when they
    cannot be told word by word."""
    found: list[triggers.Spans | None] = [None]
    for before, form in pairwise(base):
        words = form.split(" ")
        old = before.split(" ")
        if len(form) <= READ_WHOLE_BELOW or len(words) != len(old):
            found.append(None)
            continue
        places: list[tuple[int, int]] = []
        at = 0
        for word, was in zip(words, old, strict=True):
            if word != was:
                places.append((at, at + len(word)))
            at += len(word) + 1
        found.append(tuple(places))
    return found


# A later form of a long message is read only around its changes from the one before (see
# Excerpts): the rules' matches that start within _AROUND_CHANGE of one (a match reaches no
# further from the change it holds, see triggers.NEAR), in the text from the sentence
# before the change's to the one after (the sentences those matches are judged in, see
# _sentence_bounds), at most _EXCERPT_REACH from it (the reach of a sentence, see _REACH,
# beyond the matches', with a margin for the shorthand). A match elsewhere, and the
# sentence it is judged in, are the form before's own (read where it differs from the one
# before it, and so on).
_AROUND_CHANGE = 240
_EXCERPT_REACH = 2 * 240 + 60
_WORD_REACH = 40
# At most this much of a later form is read (but always around its first change): around
# its first changes, when it has many (the others are read in the form before only: "sooo"
# as "soo", "k1ll" as typed). EXCERPT_LIMIT bounds it in every case.
_EXCERPTS = 600
EXCERPT_LIMIT = _EXCERPTS + 2 * (_EXCERPT_REACH + _WORD_REACH)


class Excerpts:
    """A message's base forms, the later ones of a long message kept only around their
    changes (see _AROUND_CHANGE; elsewhere made blank, so that every place and the length
    stay those of the form): `forms`; for each, the parts kept (None: all of it), `kept`;
    and the only parts of it where the rules' matches may start (None: everywhere),
    `focus`."""

    def __init__(self, base: list[str]) -> None:
        self.forms: list[str] = []
        self.kept: list[triggers.Spans | None] = []
        self.focus: list[triggers.Spans | None] = []
        for form, places in zip(base, changes(base), strict=True):
            if not places:
                if places is None or not self.forms:
                    self.forms.append(form)
                    self.kept.append(None)
                    self.focus.append(None)
                continue
            kept: list[tuple[int, int]] = []
            read: list[tuple[int, int]] = []
            size = 0
            for change_start, change_end in places:
                if not kept or change_end > kept[-1][1] - _EXCERPT_REACH:
                    start, end = _around(form, change_start, change_end)
                    if kept and start <= kept[-1][1]:
                        start = kept[-1][0]
                        end = max(end, kept[-1][1])
                        grown = end - kept[-1][1]
                        if size + grown > _EXCERPTS:
                            break
                        kept[-1] = (start, end)
                    else:
                        grown = end - start
                        if kept and size + grown > _EXCERPTS:
                            break
                        if grown > EXCERPT_LIMIT:  # a change longer than a sentence
                            end = start + EXCERPT_LIMIT
                            grown = EXCERPT_LIMIT
                        kept.append((start, end))
                    size += grown
                read.append((change_start, change_end))
            focus = [
                (max(start, change_start - _AROUND_CHANGE), min(end, change_end + _AROUND_CHANGE))
                for change_start, change_end in read
                for start, end in kept
                if start <= change_start < end
            ]
            parts: list[str] = []
            done = 0
            for start, end in kept:
                parts.append(" " * (start - done) + form[start:end])
                done = end
            parts.append(" " * (len(form) - done))
            self.forms.append("".join(parts))
            self.kept.append(tuple(kept))
            self.focus.append(triggers.merged(focus))


def _around(text: str, start: int, end: int) -> tuple[int, int]:
    """The text around text[start:end]: from the sentence before its own to the one after,
    at most _EXCERPT_REACH from it, widened to whole words (by at most _WORD_REACH)."""
    low, high = max(0, start - _EXCERPT_REACH), min(len(text), end + _EXCERPT_REACH)
    for _ in range(2):
        start = max(text.rfind(mark, low, max(low, start - 1)) for mark in _SENTENCE_MARKS)
        start = low if start < 0 else start
    for _ in range(2):
        ends = [found for mark in _SENTENCE_MARKS if (found := text.find(mark, end, high)) >= 0]
        end = min(ends) + 1 if ends else high
    first, last = start, end
    while start > 0 and start > first - _WORD_REACH and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and end < last + _WORD_REACH and not text[end].isspace():
        end += 1
    return start, end


class Detector:
    """Which languages' triggers a text holds, in one scan for all of them.

    Each language could look for its own triggers, but eight scans of a long message cost
    more than one scan for every language's trigger words at once (by their text alone), plus
    the few whole-word shorthand patterns of the languages not found by then. The same scan
    finds the words of every language's shorthand and rules (`sight`), so that none of
    them scans the message again.
    """

    def __init__(self, languages: tuple[Language, ...]) -> None:
        self.languages = languages
        others: set[str] = set()
        for language in languages:
            others |= language._shorthand_gate.texts
            if language._gate is not None:
                others |= language._gate.texts
        self.finder = triggers.Finder(
            [language._trigger_strings if language._triggered else None for language in languages],
            others,
        )
        self.patterns = [
            (index, language._trigger_patterns)
            for index, language in enumerate(languages)
            if language._trigger_patterns is not None
        ]

    def sight(
        self, base: list[str], kept: list[triggers.Spans | None] | None = None
    ) -> list[set[str]]:
        """For each base form, the strings of every language's triggers, shorthand and
        rules that it holds (only in the parts `kept`, when they are given: see Excerpts)."""
        return [
            self.finder.sight(form) if places is None else self.finder.around(form, places)
            for form, places in zip(base, kept or [None] * len(base), strict=True)
        ]

    def active(
        self,
        base: list[str],
        sighted: list[set[str]] | None = None,
        kept: list[triggers.Spans | None] | None = None,
    ) -> list[Language]:
        """The languages whose rules could match something in the base forms (only in the
        parts `kept`, when they are given: see Excerpts)."""
        sighted = self.sight(base, kept) if sighted is None else sighted
        texts = [
            form if places is None else "\n".join(form[start:end] for start, end in places)
            for form, places in zip(base, kept or [None] * len(base), strict=True)
        ]
        found: set[int] = set()
        for text, present in zip(texts, sighted, strict=True):
            found |= self.finder.owners_in(text, present)
        for index, pattern in self.patterns:
            if index not in found and any(pattern.search(text) for text in texts):
                found.add(index)
        return [language for index, language in enumerate(self.languages) if index in found]
