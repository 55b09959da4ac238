"""Where a rule reads (triggers.barriers, triggers.Places): only the clauses that hold its
factors, with the same matches, in the same order, as the whole text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.safety import MAX_INPUT, Tier, languages, triggers
from bot.domain.safety.engine import Places, base_forms

# Words of every language's rules and the marks that cut clauses, for long word salad.
WORDS = (
    *("i", "i'm", "not", "never", "want", "to", "die", "kill", "myself", "he", "hits", "me"),
    *("suicide", "cut", "hurt", "pills", "end", "it", "nobody", "would", "care", "goodbye"),
    *("sorry", "tonight", "bridge", "rope", "я", "не", "хочу", "жить", "умереть", "себя"),
    *("меня", "бьёт", "quiero", "morir", "matarme", "no", "pega", "ich", "will", "nicht"),
    *("mehr", "leben", "mich", "umbringen", "je", "veux", "mourir", "tuer", "frappe", "quero"),
    *("morrer", "matar", "voglio", "morire", "non", "chcę", "umrzeć", "zabić", "się", "nie"),
    *(",", ".", "!", "?", "\n", ";", ":", "...", "k.o.-tropfen", "z.b.", "lol", "1", "'"),
)


@pytest.mark.parametrize(
    ("pattern", "barriers"),
    [
        (r"\bkill myself\b", ".!?,;:\n"),
        (r"goodbye\. forever", "!?,;:\n"),
        (r"want to die(?=\s*(?:$|[.,!?;]))", ".!?,;:"),  # `$` also matches before a last \n
        (r"want to die(?=[.,] now)", "!?;:\n"),  # the lookahead reads past the mark
        (r"(?<![.!?] )want to die", ".!?,;:\n"),  # a lookbehind reads only before
        (r"want(?=(\.))\1", "!?,;:\n"),  # a captured mark read again
        (r"(?s:want.die)", ""),
        (r"want\W+die", ""),
        (r"(?:want)?", ""),  # may match empty text
    ],
)
def test_barriers_are_the_marks_no_match_steps_over(pattern: str, barriers: str) -> None:
    assert triggers.barriers(re.compile(pattern)) == frozenset(barriers)


def salads() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=20, max_size=900).map(
        lambda words: " ".join(words)[:MAX_INPUT]
    )


@settings(max_examples=25, deadline=None)
@given(salads())
def test_a_rule_finds_in_its_places_what_it_finds_in_the_whole_text(text: str) -> None:
    for language in languages():
        for form in language.read(base_forms(text)):
            for tier, rules in ((Tier.CRISIS, language.crisis), (Tier.CHECK_IN, language.check_in)):
                places = Places().of(language, tier, form)
                assert places is not None
                for index, each in enumerate(rules):
                    whole = [m.span() for m in each.pattern.finditer(form)]
                    if index not in places.rules:
                        assert not whole, (language.code, tier, index)
                        continue
                    found = [
                        m.span()
                        for start, end in places.spans(index)
                        for m in each.pattern.finditer(form, start, end)
                    ]
                    assert found == whole, (language.code, tier, index)
