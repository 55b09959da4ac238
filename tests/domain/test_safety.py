"""The crisis screen: its figures on the evaluation sets, and table tests.

The evaluation sets (tests/domain/crisis_eval.py) have a development half, read while
writing rules, and a held-out half written apart and never read by whoever writes rules.
Both halves' figures are printed on every run, per language and per category, and
recorded with record_property (they land in JUnit XML). Held-out texts are never printed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.safety import MAX_INPUT, Concern, Language, Screen, Tier, languages, screen
from bot.domain.safety.engine import rule
from tests.domain.crisis_eval import (
    CRISIS_CATEGORIES,
    LANGUAGES,
    NONE_CATEGORIES,
    Case,
    figures,
    load_cases,
    report,
    result_of,
)

# The product target on the held-out half. It is NOT met yet (README, "The crisis
# screen"): the development half meets it, and until the held-out half does, the held-out
# half fails the suite only when it falls below floors just under its last measurement
# (recall 79.9%, false alarms 4.2%, after the fourth development round), so that no change
# can make it worse.
MIN_RECALL = 0.95
MAX_FALSE_ALARM_RATE = 0.03
HELD_OUT_RECALL_FLOOR = 0.795
HELD_OUT_FALSE_ALARM_CEILING = 0.043
# The check-in must stay rare on ordinary sadness and anger.
MAX_CHECK_IN_ON_VENTING = 0.05
MIN_CASES_PER_LANGUAGE = 80


# --- the evaluation sets -----------------------------------------------------------------


def test_sets_are_big_varied_split_and_unique() -> None:
    cases = load_cases()
    assert len(cases) >= 1000
    crisis = sum(c.crisis for c in cases)
    safe = sum(c.label == "none" for c in cases)
    assert min(crisis, safe) >= 0.4 * len(cases), "about half crisis, half not"
    for language in LANGUAGES:
        mine = [c for c in cases if c.language == language]
        assert len(mine) >= MIN_CASES_PER_LANGUAGE, language
        assert {c.half for c in mine} == {"dev", "heldout"}, language
    for half in ("dev", "heldout"):
        part = [c for c in cases if c.half == half]
        assert {c.category for c in part if c.crisis} >= CRISIS_CATEGORIES, half
        assert {c.category for c in part if c.label == "none"} >= NONE_CATEGORIES, half
        assert {c.label for c in part} >= {"suicide", "self_harm", "danger", "soft", "none"}
    texts = [" ".join(c.text.casefold().split()) for c in cases]
    # A count only: the message must not show held-out texts.
    repeated = len(texts) - len(set(texts))
    assert repeated == 0, f"{repeated} texts are listed twice (a held-out text may be in dev)"


def test_recall_and_false_alarms(
    record_property: Callable[[str, object], None], capsys: pytest.CaptureFixture[str]
) -> None:
    cases = load_cases()
    table = report(cases)
    # The figures are the evidence for the product requirement: show them on every run,
    # with or without -s.
    with capsys.disabled():
        print(f"\ncrisis screen, per half, language and category:\n{table}")  # noqa: T201
    failures = []
    limits = {
        "dev": (MIN_RECALL, MAX_FALSE_ALARM_RATE),
        "heldout": (HELD_OUT_RECALL_FLOOR, HELD_OUT_FALSE_ALARM_CEILING),
    }
    for half, (min_recall, max_false_alarms) in limits.items():
        found = figures(c for c in cases if c.half == half)
        record_property(f"{half}_recall", round(found.recall, 4))
        record_property(f"{half}_false_alarm_rate", round(found.false_alarm_rate, 4))
        venting = found.venting_checked / found.venting
        record_property(f"{half}_check_in_on_venting", round(venting, 4))
        if half == "heldout":
            met = found.recall >= MIN_RECALL and found.false_alarm_rate <= MAX_FALSE_ALARM_RATE
            with capsys.disabled():
                print(  # noqa: T201
                    f"held-out target (recall >= {MIN_RECALL:.0%}, false alarms <= "
                    f"{MAX_FALSE_ALARM_RATE:.0%}): {'met' if met else 'NOT met yet'}"
                )
        if found.recall < min_recall:
            failures.append(f"{half}: recall {found.recall:.3f} < {min_recall}")
        if found.false_alarm_rate > max_false_alarms:
            failures.append(f"{half}: false alarms {found.false_alarm_rate:.3f}")
        if venting > MAX_CHECK_IN_ON_VENTING:
            failures.append(f"{half}: check-in on venting {venting:.3f}")
    # Only figures: held-out texts stay unread (python -m tests.domain.crisis_eval lists
    # the development half's misses).
    assert not failures, "\n".join([*failures, table])


def test_clear_crises_mostly_get_the_crisis_tier() -> None:
    # A stated intent, a plan or being hurt deserves helplines at once, not a question.
    for half in ("dev", "heldout"):
        found = figures(c for c in load_cases() if c.half == half)
        assert found.caught_at_once >= 0.9 * found.caught, half


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
        # a crisis that is over, told from a safe present (recovery)
        "I'm not suicidal anymore",
        "I haven't cut in 90 days",
        "40 days clean from self harm",
        "a year ago I wanted to die, today I'm okay",
        "a year ago i tried to kill myself. today i'm grateful to be alive",
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
    assert screen(text) == Screen()


@pytest.mark.parametrize(
    ("text", "concern"),
    [
        # negation words that do not deny
        ("I don't want to live anymore", Concern.SUICIDE),
        ("i dont want to be here anymore", Concern.SUICIDE),
        ("I'm not sure I want to be alive", Concern.SUICIDE),
        ("no I want to die", Concern.SUICIDE),
        ("ich schaff das nicht, will sterben", Concern.SUICIDE),
        ("never thought I'd want to die but here we are", Concern.SUICIDE),
        ("no wonder I want to die", Concern.SUICIDE),
        ("never have I wanted to die so much", Concern.SUICIDE),
        ("I can't stop thinking about killing myself", Concern.SUICIDE),
        ("not gonna lie I want to die", Concern.SUICIDE),
        ("I'm trying not to hurt myself tonight", Concern.SELF_HARM),
        ("nobody would miss me if I was gone", Concern.SUICIDE),
        ("there's no reason to live", Concern.SUICIDE),
        ("I can't go on", Concern.SUICIDE),
        # a recovery broken or an urge now; a bare past, told with no present
        ("100 days clean gone, i cut tonight", Concern.SELF_HARM),
        ("clean for a year but the urge to cut is back so bad", Concern.SELF_HARM),
        ("I haven't cut in 90 days but tonight is hard", Concern.SELF_HARM),
        ("a year ago I tried to kill myself and now I want to try again", Concern.SUICIDE),
        # past tense about oneself
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
    found = screen(text)
    assert (found.concern, found.tier) == (concern, Tier.CRISIS)


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
        # Look-alike letters of the other alphabet: Latin o, y, e in Russian words, a
        # Cyrillic і and о in English ones.
        "х\u006fчу \u0079мер\u0065ть",
        "i want to k\u0456ll mys\u0435lf",
    ],
)
def test_normalisation_handles_case_typos_and_unicode(text: str) -> None:
    assert screen(text).concern is Concern.SUICIDE


@pytest.mark.parametrize(
    "text",
    [
        # Plain statements once kept as known misses: every one a crisis.
        "last night I held the pills in my hand for an hour",
        "I told my sister I'd be gone by Friday",
        "i am going to end it tonight",
        "my mom's new boyfriend keeps coming into my room at night",
        "I'm in the car outside and I don't want to go in because he'll be drunk and angry",
        "my brother said he has a gun and wants to end things",
        # another language's negator that is an ordinary word here ("no" is "in the")
        "toda vez que passo no viaduto penso em me jogar",
        "minha namorada ta trancada no banheiro dizendo que quer morrer",
    ],
)
def test_plain_statements_once_missed(text: str) -> None:
    assert screen(text).crisis


@pytest.mark.parametrize(
    ("text", "concern"),
    [
        ("ich will nicht mehr leben", Concern.SUICIDE),
        ("хочу умереть", Concern.SUICIDE),
        ("quiero morirme", Concern.SUICIDE),
        ("je veux mourir", Concern.SUICIDE),
        ("quero morrer", Concern.SUICIDE),
        ("voglio morire", Concern.SUICIDE),
        ("nie chce zyc", Concern.SUICIDE),
        ("er schlägt mich", Concern.DANGER),
        ("il me frappe", Concern.DANGER),
        ("мне страшно, он меня бьёт", Concern.DANGER),
    ],
)
def test_every_language_is_screened_whatever_the_locale(text: str, concern: Concern) -> None:
    found = screen(text)
    assert (found.concern, found.tier) == (concern, Tier.CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "me muero de risa",
        "ich bring ihn um, wenn er noch einmal zu spät kommt",
        "умираю со смеху",
        "je suis mort de rire",
        "morrendo de rir kkkk",
        "muoio dal ridere",
        "umieram ze śmiechu",
        # denials, including French's after the verb
        "je me suiciderai jamais",
        "je me ferais jamais de mal",
        "ich würde mir nie was antun",
        "nunca me haría daño",
        "eu nunca me mataria",
        "non mi farei mai del male",
        "nigdy bym się nie zabiła",
        "я бы никогда не покончила с собой",
        # a denial in the language the text is in, of words another language's rules match
        "non sto pensando al suicidio",
        "not gonna kms dw, just being dramatic about exams",
        "I don't want to unalive myself lol I want a holiday",
        "leí un artículo sobre la dosis letal de cafeína",
        # a negator opening the clause, before its subject
        "not that I want to die",
        "no way I'd kill myself",
        "never will I kill myself",
        "nie hab ich an Suizid gedacht",
        # asked and answered no, for a check-in rule too
        "des idées noires ? non pas du tout",
        "suizidal? nein",
        # a denial in the clause before the phrase's, which has no subject
        "je n'ai aucune intention, de mettre fin à mes jours",
        "ich habe nicht vor, mir das Leben zu nehmen",
    ],
)
def test_idioms_and_denials_in_every_language_are_not_a_crisis(text: str) -> None:
    assert not screen(text).flagged


def test_a_rule_may_read_the_neighbouring_sentences_of_a_short_message() -> None:
    def screened(text: str, *, neighbours: bool) -> bool:
        crisis = (
            rule(
                Concern.SUICIDE,
                r"\bthoughts of suicide\b",
                unless=r"\bnope\b",
                neighbours=neighbours,
            ),
            rule(Concern.SUICIDE, r"\bi'm out\b", needs=r"\bpills\b", neighbours=neighbours),
        )
        language = Language(code="xx", crisis=crisis, subjects="i")
        return screen(text, (language,)).crisis

    denied = "my doctor asked if I've had thoughts of suicide. nope, none."
    means = "that's it, I'm out. the pills are in my hand"
    assert not screened(denied, neighbours=True)
    assert screened(means, neighbours=True)
    assert screened(denied, neighbours=False)
    assert not screened(means, neighbours=False)
    # Only in a short message: a long one is read a sentence at a time.
    padding = "an ordinary day at work. " * 30
    assert screened(padding + denied, neighbours=True)
    assert not screened(padding + means, neighbours=True)


def test_no_rule_holds_a_placeholder_left_unformatted() -> None:
    # A pattern string that misses its f ("{_RELATION}" instead of the words) compiles (as
    # a literal) and never matches: a dead rule that nothing else would show.
    left = [
        f"{language.code} {name}"
        for language in languages()
        for each in (*language.crisis, *language.check_in)
        for name, pattern in (
            ("pattern", each.pattern),
            ("unless", each.unless),
            ("needs", each.needs),
        )
        if pattern is not None and "{_" in pattern.pattern
    ]
    left += [
        f"{language.code} shorthand"
        for language in languages()
        for pattern, _ in language.shorthand
        if "{_" in pattern
    ]
    assert not left, left


def test_the_tiers() -> None:
    assert not Screen().flagged and not Screen().crisis
    assert Screen(Concern.SUICIDE, Tier.CHECK_IN).flagged
    assert not Screen(Concern.SUICIDE, Tier.CHECK_IN).crisis
    assert Screen(Concern.DANGER, Tier.CRISIS).crisis


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


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([c for c in load_cases() if c.half == "dev" and c.label == "none"]),
    st.sampled_from([c for c in load_cases() if c.half == "dev" and c.crisis]),
    st.sampled_from(["\n", "\n\n", "\r\n"]),
)
def test_an_everyday_line_before_or_after_does_not_hide_a_crisis(
    safe: Case, crisis: Case, line_break: str
) -> None:
    # Any everyday message, a recovery story included, on a line of its own.
    if result_of(crisis.text).crisis:
        assert screen(f"{safe.text}{line_break}{crisis.text}").flagged
        assert screen(f"{crisis.text}{line_break}{safe.text}").flagged


@pytest.mark.parametrize(
    ("everyday", "crisis"),
    [
        # A rule anchored at the start or the end of its sentence reads each line as one.
        ("ich lach mich tot über das video 😂😂", "will mich vor die s bahn schmeissen"),
        ("me cai de la bici y me raspe toda la rodilla", "no sirvo pa nada, mejor me muero"),
        # A recovery told on one line spares that line only.
        ("3 ans sans scarif aujourd'hui 🎉", "chui sur le toit du parking, 6 etages. c le moment"),
        ("to limpa há 3 meses sem me cortar 🙏", "ele me deu um murro na barriga gravida"),
        # What spares a rule that reads its neighbours is read on its own line.
        (
            "je tue le temps à la gare, le train a 40 min de retard",
            "jvais aller sur les voies derriere la gare ce soir, le dernier tgv passe vers minuit",
        ),
    ],
)
def test_a_crisis_on_its_own_line_is_read_as_it_would_be_alone(everyday: str, crisis: str) -> None:
    assert not screen(everyday).flagged
    assert screen(crisis).flagged
    assert screen(f"{everyday}\n{crisis}").flagged
    assert screen(f"{crisis}\n{everyday}").flagged


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
        "x" * 4000 + " I want to die",
        "\ufdfa" * 4096,
        " " * 4000 + "\n" + " " * 4000,
        "\u3000" * 4096,
        "I would never kill myself. " * 4000,
    ],
    ids=lambda text: f"{text[:12]!r}x{len(text)}",
)
def test_adversarial_input_completes(text: str) -> None:
    # Completing at all is the check: a catastrophic backtrack would hang here. (The
    # rules use only bounded gaps, and sentence context is read within a fixed reach.)
    assert isinstance(screen(text), Screen)


def test_a_crisis_at_the_end_of_the_longest_message_is_found() -> None:
    text = "ok fine " * 600
    text = text[: MAX_INPUT - len(" i want to die")] + " i want to die"
    assert len(text) == MAX_INPUT
    assert screen(text).crisis


def table_texts() -> list[str]:
    """Every text of this module's table tests."""
    tables = (
        test_not_a_crisis,
        test_crisis,
        test_normalisation_handles_case_typos_and_unicode,
        test_plain_statements_once_missed,
        test_every_language_is_screened_whatever_the_locale,
        test_idioms_and_denials_in_every_language_are_not_a_crisis,
    )
    return [
        value if isinstance(value, str) else value[0]
        for test in tables
        for mark in test.pytestmark  # type: ignore[attr-defined]
        for value in mark.args[1]
    ]


@cache
def read_whole() -> tuple[Language, ...]:
    """Every language, reading whole texts and running every rule (no triggers, no gates)."""
    return tuple(replace(language, gated=False) for language in languages())


def test_rules_read_whole_may_share_group_names() -> None:
    crisis = (
        rule(Concern.SUICIDE, r"\b(?P<core>want) to die|(?P<core2>wish) to die"),
        rule(Concern.SUICIDE, r"\b(?P<core>end) it|(?P<core2>finish) it"),
    )
    language = Language(code="xx", crisis=crisis, subjects="i", negators="not", gated=False)
    assert screen("i wish to die", (language,)).crisis
    assert not screen("i do not want to die", (language,)).crisis


@pytest.mark.parametrize("first", [r"\bkero\b", r"\bqro\b"])
def test_chained_shorthand_wakes_its_language(first: str) -> None:
    # "kero morre": "kero" -> "quero", then "quero morre" -> "quero morrer"; the trigger scan
    # runs before the shorthand, so it must know the typed form of the first step too.
    shorthand = ((first, "quero"), (r"\b(quero) morre\b", r"\1 morrer"))
    crisis = (rule(Concern.SUICIDE, r"\bquero morrer\b"),)
    language = Language(code="xx", crisis=crisis, shorthand=shorthand)
    typed = first.strip("\\b")
    assert screen(f"ja deu, {typed} morre", (language,)).crisis
    assert screen(("tudo bem. " * 80) + f"{typed} morre", (language,)).crisis


def test_trigger_words_never_change_a_result() -> None:
    # Each language reads only the sentences around its trigger words, and runs only the
    # rules whose words are there (for speed); read whole instead, every case of both
    # halves must get the same result.
    whole = read_whole()
    texts = [c.text for c in load_cases()] + table_texts()
    changed = sum(screen(text) != screen(text, whole) for text in texts)
    assert changed == 0, f"{changed} of {len(texts)} texts screen differently"


# Words of every language's rules, for word salad that reaches their trigger logic.
MANY_LANGUAGES = (
    *VOCABULARY,
    *("хочу", "умереть", "не", "он", "меня", "бьёт", "таблетки", "quiero", "morir", "me"),
    *("mato", "pega", "ich", "will", "sterben", "nicht", "mehr", "leben", "k.o.-tropfen"),
    *("je", "veux", "mourir", "en", "finir", "quero", "morrer", "voglio", "morire", "non"),
    *("chcę", "umrzeć", "się", "zabić", "z.b.", "...", "end", "it", "tonight", "pills"),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MANY_LANGUAGES), max_size=80).map(" ".join))
def test_trigger_words_never_change_a_result_on_word_salad(text: str) -> None:
    assert screen(text) == screen(text, read_whole())
