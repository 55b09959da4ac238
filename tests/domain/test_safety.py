"""The crisis screen: recall and false-positive rate on a fresh test set, plus table tests.

The test set (data/crisis_cases.toml) has two halves: "a" was used while writing the
rules, "b" was held out and run only once the rules were written. Both halves' figures
are printed, recorded with record_property (they land in JUnit XML) and put in the
assertion messages.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.safety import Concern, Screen, screen

CASES_FILE = Path(__file__).parent / "data" / "crisis_cases.toml"
MIN_RECALL = 0.95
MAX_FALSE_POSITIVE_RATE = 0.05
# Not a product requirement: a floor that catches a rule filed under the wrong concern.
MIN_CONCERN_ACCURACY = 0.90


@dataclass(frozen=True)
class Case:
    text: str
    half: str
    concern: Concern | None


@cache
def load_cases() -> tuple[Case, ...]:
    data = tomllib.loads(CASES_FILE.read_text(encoding="utf-8"))
    crisis = [Case(c["text"], c["half"], Concern(c["concern"])) for c in data["crisis"]]
    safe = [Case(c["text"], c["half"], None) for c in data["safe"]]
    return tuple(crisis + safe)


@dataclass(frozen=True)
class Figures:
    crisis: int
    caught: int
    right_concern: int
    safe: int
    false_positives: int

    @property
    def recall(self) -> float:
        return self.caught / self.crisis

    @property
    def false_positive_rate(self) -> float:
        return self.false_positives / self.safe

    @property
    def concern_accuracy(self) -> float:
        return self.right_concern / self.caught if self.caught else 0.0

    def line(self, label: str) -> str:
        return (
            f"{label:<8} recall {self.recall:.3f} ({self.caught}/{self.crisis})  "
            f"false positives {self.false_positive_rate:.3f} ({self.false_positives}/{self.safe})  "
            f"concern accuracy {self.concern_accuracy:.3f} ({self.right_concern}/{self.caught})"
        )


def figures(cases: list[Case], results: dict[str, Screen]) -> Figures:
    crisis = [c for c in cases if c.concern is not None]
    safe = [c for c in cases if c.concern is None]
    caught = [c for c in crisis if results[c.text].flagged]
    return Figures(
        crisis=len(crisis),
        caught=len(caught),
        right_concern=sum(results[c.text].concern == c.concern for c in caught),
        safe=len(safe),
        false_positives=sum(results[c.text].flagged for c in safe),
    )


# --- the test set ----------------------------------------------------------------------


def test_case_set_is_big_balanced_and_unique() -> None:
    cases = load_cases()
    crisis = [c for c in cases if c.concern is not None]
    safe = [c for c in cases if c.concern is None]
    assert len(crisis) >= 120
    assert len(safe) >= 120
    assert {c.half for c in cases} == {"a", "b"}
    for half in "ab":
        assert sum(c.half == half for c in crisis) >= 60
        assert sum(c.half == half for c in safe) >= 60
    assert {c.concern for c in crisis} == set(Concern)
    texts = [c.text.strip().casefold() for c in cases]
    assert len(texts) == len(set(texts)), "a sentence is listed twice"


def test_recall_and_false_positive_rate(
    record_property: Callable[[str, object], None], capsys: pytest.CaptureFixture[str]
) -> None:
    cases = list(load_cases())
    results = {c.text: screen(c.text) for c in cases}
    report = []
    for label, part in (
        ("half a", [c for c in cases if c.half == "a"]),
        ("half b", [c for c in cases if c.half == "b"]),
        ("overall", cases),
    ):
        found = figures(part, results)
        report.append(found.line(label))
        key = label.replace(" ", "_")
        record_property(f"{key}_recall", round(found.recall, 4))
        record_property(f"{key}_false_positive_rate", round(found.false_positive_rate, 4))
        record_property(f"{key}_concern_accuracy", round(found.concern_accuracy, 4))
    missed = [c.text for c in cases if c.concern is not None and not results[c.text].flagged]
    flagged = [c.text for c in cases if c.concern is None and results[c.text].flagged]
    summary = "\n".join(report)
    details = "\n".join([summary, *(f"missed: {t}" for t in missed)])
    details = "\n".join([details, *(f"false positive: {t}" for t in flagged)])
    # The figures are the evidence for the product requirement: show them on every run,
    # with or without -s.
    with capsys.disabled():
        print(f"\ncrisis screen on {CASES_FILE.name}:\n{summary}")  # noqa: T201

    overall = figures(cases, results)
    assert overall.recall >= MIN_RECALL, details
    assert overall.false_positive_rate <= MAX_FALSE_POSITIVE_RATE, details
    assert overall.concern_accuracy >= MIN_CONCERN_ACCURACY, details


# --- table tests -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # idioms and hyperbole
        "this traffic is killing me",
        "I could kill for a coffee",
        "my feet are killing me",
        "I nearly died laughing",
        "dead tired after the party",
        "that joke killed",
        "I'd rather die than sing karaoke",
        "I'd rather be dead than be seen in that outfit",
        "killing it at work",
        "we watched suicide squad",
        "I cut the onions",
        "the deadline will be the death of me",
        "I'm dying to see them",
        "I'm dying of embarrassment",
        "I could die for her lasagne",
        "I nearly killed myself laughing",
        "I've been killing myself to finish this project",
        "my mom will kill me if I'm late",
        "she hit me up yesterday",
        "it hit me that I love him",
        "he beat me at chess",
        "that song choked me up",
        "he pushed me away",
        "I cut myself off from everyone when it gets serious",
        "cut myself some slack today",
        "I cut myself shaving",
        "I burned myself on the stove making dinner for her",
        "I overdosed on chocolate",
        "he's dead to me",
        # emotional hurt is the bot's theme, not danger
        "I'm scared he'll hurt me if I let him in",
        "I'm scared she'll hurt me the way my ex did if I open up",
        "he hurt me when he forgot my birthday",
        "I don't feel safe opening up yet",
        "I'm scared of how much I like him",
        # negations
        "I'm not going to hurt myself",
        "I would never kill myself",
        "no thoughts of suicide lately",
        "I'm not suicidal, just tired",
        "he has never hit me",
        "he said he'd never hurt me",
        "I'm not scared of him",
        "I don't want to die alone",
        # things that mention death, but are grief, fiction or news
        "my grandmother died last year",
        "my uncle killed himself when I was twelve",
        "I lost my best friend to suicide",
        "the film's main character wants to die",
        "the news said a man killed himself",
        "a documentary about suicide prevention",
        # neighbours of crisis phrases
        "I don't want to live with my parents",
        "I want to live closer to her",
        "I can't go on the trip",
        "I took my pills this morning",
        "I want to disappear when people get close",
        "I ended things with him",
        "I can't take it anymore, the neighbours are so loud",
        "I think about dying alone, that's why I cling",
        "I've been thinking about dying my hair red",
        "I'm a danger to myself in the kitchen",
        "he'd be better off with someone else",
        "I scratched a mosquito bite on my arm",
        "I haven't eaten all day on purpose, fasting for a blood test",
    ],
)
def test_not_a_crisis(text: str) -> None:
    assert screen(text) == Screen(None)


@pytest.mark.parametrize(
    ("text", "concern"),
    [
        # negation words that do not deny
        ("I don't want to live anymore", Concern.SUICIDE),
        ("i dont want to be here anymore", Concern.SUICIDE),
        ("I'm not sure I want to be alive", Concern.SUICIDE),
        ("I can't stop thinking about killing myself", Concern.SUICIDE),
        ("not gonna lie I want to die", Concern.SUICIDE),
        ("I'm trying not to hurt myself tonight", Concern.SELF_HARM),
        ("nobody would miss me if I was gone", Concern.SUICIDE),
        ("there's no reason to live", Concern.SUICIDE),
        ("I can't go on", Concern.SUICIDE),
        # a denial that implies a history, and recovery streaks
        ("I'm not suicidal anymore", Concern.SUICIDE),
        ("I haven't cut in 90 days", Concern.SELF_HARM),
        ("40 days clean from self harm", Concern.SELF_HARM),
        # past tense about oneself
        ("a year ago I wanted to die, today I'm okay", Concern.SUICIDE),
        ("I tried to kill myself when I was 19", Concern.SUICIDE),
        ("I used to cut myself", Concern.SELF_HARM),
        ("my ex was abusive", Concern.DANGER),
        # jokes are not assumed for the explicit phrases
        ("I want to die lol", Concern.SUICIDE),
        ("kms", Concern.SUICIDE),
        ("I'd rather die than keep feeling like this", Concern.SUICIDE),
        # someone the writer knows, now
        ("my friend told me she wants to kill herself", Concern.SUICIDE),
        ("my brother is cutting himself", Concern.SELF_HARM),
        ("my sister's husband hits her", Concern.DANGER),
        ("he threatened to kill himself if I leave", Concern.DANGER),
        # a first-person sentence about fiction is still about oneself
        ("I watched a movie and afterwards I wanted to die", Concern.SUICIDE),
        # danger
        ("he hits me", Concern.DANGER),
        ("she threatened to kill me", Concern.DANGER),
        ("I'm scared he'll hurt me when he gets home", Concern.DANGER),
        ("I'm not safe at home", Concern.DANGER),
        ("someone keeps following me home and I'm scared", Concern.DANGER),
        ("he locked me in the bathroom", Concern.DANGER),
        ("he forced me to have sex", Concern.DANGER),
        ("he choked me", Concern.DANGER),
        ("he beat me up", Concern.DANGER),
        ("my partner is going to kill me, I'm terrified", Concern.DANGER),
        # DANGER wins over SUICIDE: its reply lists both kinds of lines
        ("he hits me and I want to die", Concern.DANGER),
        # self-harm
        ("I cut myself again", Concern.SELF_HARM),
        ("I burned myself with a lighter", Concern.SELF_HARM),
        ("relapsed into self-harm", Concern.SELF_HARM),
        ("I hurt myself on purpose", Concern.SELF_HARM),
        ("i carved his initials into my arm", Concern.SELF_HARM),
        # indirect but common wordings
        ("it would be easier for everyone if I just wasn't here", Concern.SUICIDE),
        ("I'm a danger to myself right now", Concern.SUICIDE),
        ("i think about dying every day", Concern.SUICIDE),
        ("I deserve to die for what I did", Concern.SUICIDE),
        ("part of me wants to crash the car on the way to work", Concern.SUICIDE),
        ("I made a list of who gets my stuff", Concern.SUICIDE),
        ("he grabbed my wrist so hard it bruised", Concern.DANGER),
    ],
)
def test_crisis(text: str, concern: Concern) -> None:
    assert screen(text) == Screen(concern)


@pytest.mark.parametrize(
    "text",
    [
        "I WANT TO DIE",
        "i want to diiiie",
        "i wanna dieeee",
        "I want to kilL mysef",
        "I\u2019m going to kill my self",
        "I want to d\u200bie",
        "\uff49 \uff57\uff41\uff4e\uff54 \uff54\uff4f \uff44\uff49\uff45",  # fullwidth letters
        "im sooo sucidal",
        "i dont wanna live anymore",
        "no one would care if i died",
        "I\u2019m not sure I want to live",
    ],
)
def test_normalisation_handles_case_typos_and_unicode(text: str) -> None:
    assert screen(text).concern is Concern.SUICIDE


@pytest.mark.xfail(strict=True, reason="known limit: too indirect for a rule-based screen")
@pytest.mark.parametrize(
    "text",
    [
        # Written blind after the rules; these are the ones still missed. They need context
        # a sentence-level rule cannot see. Strict: if one starts passing, move it above.
        "last night I held the pills in my hand for an hour",
        "I told my sister I'd be gone by Friday",
        "i am going to end it tonight",  # also how people speak of ending a relationship
        "my mom's new boyfriend keeps coming into my room at night",
        "I'm in the car outside and I don't want to go in because he'll be drunk and angry",
        "my brother said he has a gun and wants to end things",
    ],
)
def test_known_misses(text: str) -> None:
    assert screen(text).flagged


def test_flagged_follows_concern() -> None:
    assert not Screen(None).flagged
    assert all(Screen(concern).flagged for concern in Concern)


# --- robustness ------------------------------------------------------------------------

ANY_CHAR = st.characters(exclude_categories=())
SURROGATE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, exclude_categories=())
# Words the rules react to, shuffled into word salad to reach their less common paths.
VOCABULARY = (
    *("i", "i'm", "not", "never", "don't", "want", "to", "die", "kill", "myself", "me"),
    *("he", "she", "hits", "threatened", "scared", "safe", "cut", "hurt", "suicide"),
    *("suicidal", "self-harm", "nobody", "would", "care", "if", "was", "gone", "better"),
    *("off", "without", "movie", "news", "again", "anymore", "lol", "sooo"),
    *(",", ".", "!", "?", "\n", "\u2019", "\u200b", "\ud800"),
)


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(ANY_CHAR, SURROGATE), max_size=400))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    assert isinstance(screen(text), Screen)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCABULARY), max_size=60).map(" ".join))
def test_never_raises_on_word_salad(text: str) -> None:
    assert isinstance(screen(text), Screen)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from([c for c in load_cases() if c.concern is None]),
    st.sampled_from([c for c in load_cases() if c.concern is not None]),
)
def test_a_safe_sentence_before_does_not_hide_a_crisis(safe: Case, crisis: Case) -> None:
    if screen(crisis.text).flagged:
        assert screen(f"{safe.text}\n{crisis.text}").flagged


@pytest.mark.parametrize(
    "text",
    [
        "a" * 4000,
        "not " * 1000,
        "i " * 2000,
        "kill " * 800,
        "he hit me up " * 300,
        "i would never kill myself " * 160,
        "my friend " * 400,
        "nobody would " * 400,
        "if i " * 800,
        ", " * 2000,
        "\ud800" * 4000,
        "x" * 100_000 + " I want to die",
        "I would never kill myself. " * 4000,
    ],
    ids=lambda text: f"{text[:12]!r}x{len(text)}",
)
def test_adversarial_input_completes(text: str) -> None:
    # Completing at all is the check: a catastrophic backtrack would hang here. (The
    # rules use only bounded gaps, and sentence context is read within a fixed reach.)
    assert isinstance(screen(text), Screen)
