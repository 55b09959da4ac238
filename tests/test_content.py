"""Content: the shipped files load, every key the code uses exists with the right placeholders."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from bot.content import CONTENT_DIR, Content, ContentError, Html, fold, load_content
from bot.domain.safety import Concern
from bot.domain.tracks import TRACKS
from bot.handlers.settings import PAUSE_CHOICES, RETENTION
from bot.handlers.views import COMMANDS

BOT_DIR = Path(__file__).resolve().parents[1] / "bot"

# Every locale folder shipped, offered or not (content/locales.toml).
LOCALES = sorted(p.name for p in CONTENT_DIR.iterdir() if p.is_dir())


def _static_text_calls() -> list[tuple[str, str, frozenset[str] | None]]:
    """Find `texts("key", a=..)`, `t.texts("key")` and `texts.raw("key")` calls in bot/."""
    found = []
    for path in BOT_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            key = first.value if isinstance(first, ast.Constant) else None
            if name in ("texts", "raw") and isinstance(key, str) and "." in key:
                kwargs = frozenset(k.arg for k in node.keywords if k.arg)
                where = f"{path.name}:{node.lineno}"
                found.append((where, key, kwargs if name == "texts" else None))
    return found


def test_shipped_content_loads() -> None:
    content = load_content()
    texts = content.texts("en")
    assert len(texts.messages) > 50


def test_every_message_key_used_in_the_code_exists_with_matching_placeholders() -> None:
    texts = load_content().texts("en")
    calls = _static_text_calls()
    assert len(calls) > 40, "the scan found too few calls: has the calling convention changed?"
    for where, key, kwargs in calls:
        assert key in texts.messages, f"{where}: unknown message key {key}"
        if kwargs is None:
            assert not texts.placeholders(key), f"{where}: {key} has placeholders; use texts()"
        else:
            assert kwargs == texts.placeholders(key), f"{where}: {key} placeholders differ"


def test_keys_built_from_ids_exist() -> None:
    texts = load_content().texts("en")
    keys = [f"track.{t.value}" for t in TRACKS]
    keys += [f"weekday.{d}" for d in range(7)] + [f"weekdays.{d}" for d in range(7)]
    keys += [f"month.{m}" for m in range(1, 13)]
    keys += [f"pause.days_{d}" for d in PAUSE_CHOICES]
    keys += [f"commands.{c}" for c in COMMANDS]
    keys += [f"support.{concern.value}" for concern in Concern]
    keys += [f"retention.months_{m}" for m in RETENTION]
    missing = [k for k in keys if k not in texts.messages]
    assert missing == []


def test_placeholder_values_are_escaped_but_marked_html_is_not() -> None:
    texts = load_content().texts("en")
    rendered = texts("timezone.choose", query="<b>x</b> & y")
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in rendered
    rendered = texts("plan.next_prompt", time=Html("<b>08:30</b>"), day="today")
    assert "<b>08:30</b>" in rendered


def _copy_content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root)
    return root


def test_a_broken_file_names_the_file(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    (root / "en" / "messages.toml").write_text("[general\nhelp = 'x'\n")
    with pytest.raises(ContentError, match=r"en/messages\.toml: not valid TOML"):
        load_content(root)


def test_a_second_locale_missing_a_key_names_the_file_and_key(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    (root / "de").mkdir()
    source = (root / "en" / "messages.toml").read_text()
    (root / "de" / "messages.toml").write_text(source.replace('help = "What I can do"\n', ""))
    with pytest.raises(ContentError, match=r"de/messages\.toml: commands\.help is missing"):
        load_content(root)


def _offer(root: Path, offered: list[str], aliases: dict[str, str] | None = None) -> None:
    lines = [f"offered = {offered!r}".replace("'", '"'), "[aliases]"]
    lines += [f'{code} = "{locale}"' for code, locale in (aliases or {}).items()]
    (root / "locales.toml").write_text("\n".join(lines) + "\n")


def test_a_second_locale_is_added_as_files_and_offered_when_listed(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    shutil.copytree(root / "en", root / "de")
    content = load_content(root)
    # Loaded and checked, but not given to anyone until it is listed as offered.
    assert content.texts("de").locale == "de"
    assert content.supported_locale("de-AT") == "en"
    _offer(root, ["en", "de"], {"lb": "de"})
    content = load_content(root)
    assert content.offered == ("en", "de")
    assert content.supported_locale("de-AT") == "de"
    assert content.supported_locale("lb") == "de"
    assert content.supported_locale("fr") == "en"
    assert content.supported_locale(None) == "en"


@pytest.mark.parametrize(
    ("offered", "aliases", "error"),
    [
        (["en", "xx"], {}, r"locales\.toml: xx has no folder"),
        (["de"], {}, r"locales\.toml: the default locale en must be offered"),
        (["en"], {"lb": "de"}, r"locales\.toml: de is an alias's target but not offered"),
    ],
)
def test_offered_locales_are_checked(
    tmp_path: Path, offered: list[str], aliases: dict[str, str], error: str
) -> None:
    root = _copy_content(tmp_path)
    shutil.copytree(root / "en", root / "de")
    _offer(root, offered, aliases)
    with pytest.raises(ContentError, match=error):
        load_content(root)


_DAYS_EN = 'days = "You reflected on <b>{days} of {total}</b> days."'
_DAYS_RU = (
    'days = { plural = "total", one = "Вы писали {days} из {total} дня.", '
    'few = "Вы писали {days} из {total} дней.", many = "Вы писали {days} из {total} дней.", '
    'other = "Вы писали {days} из {total} дня." }'
)


def _russian(root: Path, days: str) -> None:
    """A locale with Russian's plural rules (Ukrainian's are the same: one, few, many, other)
    copied from English, with `days` as its period.days; English plural messages get the
    two forms it needs more (their "other" text)."""
    shutil.copytree(root / "en", root / "uk")
    path = root / "uk" / "messages.toml"
    source = re.sub(
        r'other = ("(?:[^"\\]|\\.)*") \}',
        r"few = \1, many = \1, other = \1 }",
        path.read_text(),
    )
    assert _DAYS_EN in source
    path.write_text(source.replace(_DAYS_EN, days))


def test_a_plural_message_takes_the_form_of_its_number(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    _russian(root, _DAYS_RU)
    english = (root / "en" / "messages.toml").read_text()
    (root / "en" / "messages.toml").write_text(
        english.replace(
            _DAYS_EN,
            'days = { plural = "total", one = "You reflected on your only day.", '
            'other = "You reflected on <b>{days} of {total}</b> days." }',
        )
    )
    content = load_content(root)
    ru = content.texts("uk")
    # CLDR: 1, 21, 101 "one"; 2-4, 22-24 "few"; 5-20, 25-30, 11-14 "many".
    for total, form in ((1, "дня."), (21, "дня."), (3, "дней."), (24, "дней."), (11, "дней.")):
        assert ru("period.days", days=1, total=total).endswith(form), total
    assert "из 5 дней" in ru("period.days", days=2, total=5)
    assert "из 1.5 дня" in ru("period.days", days=1, total="1.5")  # a fraction is "other"
    en = content.texts("en")
    assert en("period.days", days=1, total=1) == "You reflected on your only day."
    assert en("period.days", days=3, total=7) == "You reflected on <b>3 of 7</b> days."
    assert en.placeholders("period.days") == frozenset({"days", "total"})


@pytest.mark.parametrize(
    ("days", "error"),
    [
        # Russian needs "few" and "many" as well as "one" and "other".
        (
            'days = { plural = "total", one = "{days} из {total}", other = "{days} из {total}" }',
            r"uk/messages\.toml: period\.days needs the plural forms few, many",
        ),
        (
            _DAYS_RU.replace("other =", "lots ="),
            r"period\.days: lots is no plural category",
        ),
        (
            _DAYS_RU.replace('plural = "total"', 'plural = "weeks"'),
            r"period\.days: \{weeks\} is in none of its forms",
        ),
        (
            _DAYS_RU.replace("{total} дней", "{weeks} дней"),
            r"uk/messages\.toml: period\.days must use the placeholders of the default",
        ),
    ],
)
def test_a_broken_plural_message_names_the_field(tmp_path: Path, days: str, error: str) -> None:
    root = _copy_content(tmp_path)
    _russian(root, days)
    with pytest.raises(ContentError, match=error):
        load_content(root)


def test_a_bad_placeholder_names_the_field(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    path = root / "en" / "messages.toml"
    path.write_text(path.read_text().replace("Done: {tracks}", "Done: {tracks[0]}"))
    with pytest.raises(ContentError, match=r"time\.set_all: placeholder"):
        load_content(root)


def test_shipped_prompts_and_tags() -> None:
    content = load_content()
    for track in TRACKS:
        prompts = content.prompts("en", track.value)
        assert len(prompts) >= 30, track
        assert len({p.id for p in prompts}) == len(prompts)
    for group in ("feeling", "distancing", "underneath", "next_step", "trait"):
        assert len(content.tags("en", group)) >= 5, group


def test_a_broken_prompt_file_names_the_field(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    path = root / "en" / "prompts" / "valued_traits.toml"
    path.write_text(path.read_text().replace('follow_up = "trait"', 'follow_up = "dance"', 1))
    with pytest.raises(ContentError, match=r"valued_traits\.toml: prompt\[0\]: follow_up"):
        load_content(root)


def test_a_broken_tag_file_names_the_group(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    path = root / "en" / "tags.toml"
    path.write_text(path.read_text().replace('id = "went_quiet"', 'id = "Went Quiet"'))
    with pytest.raises(ContentError, match=r"tags\.toml: distancing\[0\]: id"):
        load_content(root)


@pytest.mark.parametrize("locale", [loc for loc in LOCALES if loc != "en"])
def test_every_locale_has_every_prompt_and_tag_of_english(content: Content, locale: str) -> None:
    # Same ids, so a prompt sent in one language is found in another after /language, and
    # stored tags read in any language; at least 40 prompts a track (the floor).
    for track in TRACKS:
        ids = [p.id for p in content.prompts(locale, track.value)]
        assert ids == [p.id for p in content.prompts("en", track.value)], track
        assert len(ids) >= 40, track
    for group in (*KEPT_TAG_IDS, "next_step"):
        assert [t.id for t in content.tags(locale, group)] == [
            t.id for t in content.tags("en", group)
        ], group
        for tag in content.tags(locale, group):
            assert len(tag.label) <= 32, (group, tag.label)
    assert content.texts(locale).raw("language.name") != "English"


def test_every_conflict_prompt_asks_about_todays_friction(content: Content) -> None:
    # The prompt follows "Yes, there was friction today": the look-backs were retired.
    ids = {p.id for p in content.prompts("en", "conflict_review")}
    retired = {"cr-031", *(f"cr-0{n}" for n in range(33, 41))}
    assert not ids & retired
    assert not any(
        "past" in p.text or "Remember" in p.text for p in content.prompts("en", "conflict_review")
    )


# The tag ids shipped before the vocabulary grew (issue 17). They are stored in people's
# reviews and weekly patterns: removing or renaming one must fail here.
KEPT_TAG_IDS = {
    "distancing": (
        "went_quiet", "short_replies", "kept_distance", "kept_feelings_in", "tuned_out",
        "not_a_priority", "brushed_off", "sharp_words", "took_it_out", "backed_out",
    ),
    "underneath": (
        "fear_of_hurt", "fear_of_being_left", "not_really_liked", "let_them_down",
        "dont_deserve", "hard_to_trust", "doubt_myself", "felt_crowded", "old_hurt", "not_sure",
    ),
    "next_step": (
        "talk_about_it", "explain_closeness", "ask_their_day", "space_and_say_so", "apologise",
        "note_what_i_value", "share_a_little", "nothing_yet",
    ),
    "feeling": (
        "hurt", "angry", "scared", "anxious", "crowded", "ashamed", "guilty", "lonely", "sad",
        "numb", "relieved", "mixed",
    ),
    "trait": (
        "reliable", "caring", "patient", "honest", "funny", "generous", "loyal", "brave",
    ),
}  # fmt: skip
# A trait is stored by its label, so those labels are kept as well.
KEPT_TRAIT_LABELS = (
    "Reliable", "Caring", "Patient", "Honest", "Funny", "Generous", "Loyal", "Brave",
)  # fmt: skip
ADDED_TAG_IDS = {
    "distancing": (
        "picked_a_fight", "found_a_reason", "kept_it_casual", "changed_the_subject",
        "disappeared", "busy_on_purpose", "went_cold", "picked_at_flaws",
    ),
    "underneath": (
        "losing_myself", "fear_of_being_seen", "fear_of_needing", "old_pattern", "too_fast",
    ),
    "next_step": (
        "ask_how_they_feel", "still_here", "easy_time", "go_easy_on_myself", "see_a_therapist",
    ),
    "feeling": (
        "frustrated", "overwhelmed", "rejected", "misunderstood", "vulnerable", "jealous",
    ),
    "trait": (
        "kind", "supportive", "accepting", "attentive", "respectful", "curious", "playful",
        "loving",
    ),
}  # fmt: skip


def test_every_tag_id_shipped_before_is_kept_and_the_new_ones_exist(content: Content) -> None:
    for group, kept in KEPT_TAG_IDS.items():
        ids = [tag.id for tag in content.tags("en", group)]
        assert [i for i in kept if i not in ids] == [], f"{group}: a stored id was removed"
        assert [i for i in ADDED_TAG_IDS[group] if i not in ids] == [], group
    labels = {tag.label for tag in content.tags("en", "trait")}
    assert set(KEPT_TRAIT_LABELS) <= labels


def test_tag_ids_fit_the_buttons_and_are_no_button_of_their_own(content: Content) -> None:
    for group in KEPT_TAG_IDS:
        for tag in content.tags("en", group):
            # The callback data takes [a-z_]{1,32}; done, stayed and skip are other buttons.
            assert re.fullmatch(r"[a-z_]{1,32}", tag.id), (group, tag.id)
            assert tag.id not in ("done", "stayed", "skip"), (group, tag.id)


@pytest.mark.parametrize("locale", LOCALES)
def test_a_typed_word_names_at_most_one_tag_of_a_group(content: Content, locale: str) -> None:
    for group in KEPT_TAG_IDS:
        owner: dict[str, str] = {}
        for tag in content.tags(locale, group):
            for name in {fold(n) for n in (tag.label, tag.id.replace("_", " "), *tag.also)}:
                assert name, (group, tag.id)
                assert owner.setdefault(name, tag.id) == tag.id, (group, name, owner[name])


@pytest.mark.parametrize(
    ("group", "typed", "tag_id"),
    [
        ("distancing", "I picked a fight", "picked_a_fight"),
        ("distancing", "picked a fight", "picked_a_fight"),
        ("distancing", "Started an argument.", "picked_a_fight"),
        ("distancing", "i found a reason to leave", "found_a_reason"),
        ("distancing", "ghosted them", "disappeared"),
        ("distancing", "kept it light", "kept_it_casual"),
        ("distancing", "changed the subject", "changed_the_subject"),
        ("distancing", "went cold", "went_cold"),
        ("underneath", "They'll leave anyway", "fear_of_being_left"),
        ("underneath", "losing my independence", "losing_myself"),
        ("underneath", "I'm not good enough", "fear_of_being_seen"),
        ("underneath", "I don't deserve this", "dont_deserve"),
        ("underneath", "my ex", "old_hurt"),
        ("next_step", "therapy", "see_a_therapist"),
        ("next_step", "Go easy on myself", "go_easy_on_myself"),
        ("feeling", "OVERWHELMED", "overwhelmed"),
        ("feeling", "embarrassed", "ashamed"),
        ("feeling", "annoyed", "frustrated"),
        ("trait", "kind", "kind"),
        ("trait", "a good listener", "attentive"),
        ("trait", "has my back", "supportive"),
        ("trait", "non-judgmental", "accepting"),
    ],
)
def test_typed_words_match_their_tag(content: Content, group: str, typed: str, tag_id: str) -> None:
    tag = content.match_tag("en", group, typed)
    assert tag is not None and tag.id == tag_id


def test_words_that_are_not_a_tag_match_none(content: Content) -> None:
    assert content.match_tag("en", "distancing", "I picked a fight about the dishes") is None
    assert content.match_tag("en", "feeling", "kind of lost") is None


# What a message's words are, without what stays the same in every language: placeholders,
# HTML tags, <code> examples, /commands and the bot's name.
_NOT_WORDS = re.compile(r"\{\w+\}|<code>.*?</code>|<[^>]+>|/\w+|\bLetin\b|https?://\S+", re.S)
# Words that are English and no word of the other locales.
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "you",
        "your",
        "with",
        "what",
        "this",
        "that",
        "for",
        "are",
        "was",
        "were",
        "have",
        "will",
        "would",
        "about",
        "when",
        "week",
        "today",
        "yesterday",
        "something",
        "someone",
        "friction",
        "summary",
        "kindness",
        "prompt",
        "reflect",
    ]
)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", _NOT_WORDS.sub(" ", text).lower())


@pytest.mark.parametrize("locale", [loc for loc in LOCALES if loc != "en"])
def test_no_english_is_left_in_another_locale(content: Content, locale: str) -> None:
    en, texts = content.texts("en"), content.texts(locale)
    left = []
    for key, template in texts.messages.items():
        forms = texts.plurals[key].forms.values() if key in texts.plurals else [template]
        for form in forms:
            words = _words(form)
            if (len(words) >= 2 and form == en.messages.get(key)) or _ENGLISH & set(words):
                left.append(key)
    for track in (t.value for t in TRACKS):
        english = {p.text for p in content.prompts("en", track)}
        left += [p.id for p in content.prompts(locale, track) if p.text in english]
        left += [p.id for p in content.prompts(locale, track) if _ENGLISH & set(_words(p.text))]
    for group in (*KEPT_TAG_IDS, "next_step"):
        english = {t.label for t in content.tags("en", group)}
        left += [t.id for t in content.tags(locale, group) if t.label in english]
    assert left == []


# Telegram's limits: a message's text, and a photo's or document's caption.
MESSAGE_LIMIT, CAPTION_LIMIT = 4096, 1024


@pytest.mark.parametrize("locale", LOCALES)
def test_no_message_exceeds_telegrams_limits_when_filled_with_long_values(
    content: Content, locale: str
) -> None:
    texts = content.texts(locale)
    too_long = []
    for key in texts.messages:
        counted = texts.plurals[key].by if key in texts.plurals else None
        for number in (1, 3, 5, 1000):
            # Names and words a user typed are cut to 100 characters or less where they are
            # shown; every other placeholder gets 100 characters too.
            values = {
                name: number if name == counted else "W" * 100 for name in texts.placeholders(key)
            }
            rendered = texts(key, **values)
            limit = CAPTION_LIMIT if "caption" in key else MESSAGE_LIMIT
            if len(rendered) > limit:
                too_long.append((key, len(rendered)))
    assert too_long == []
