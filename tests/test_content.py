"""Content: the shipped files load, every key the code uses exists with the right placeholders."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from bot.app import COMMANDS
from bot.content import CONTENT_DIR, Content, ContentError, Html, load_content
from bot.domain.safety import Concern
from bot.domain.tracks import TRACKS
from bot.handlers.settings import PAUSE_CHOICES, RETENTION

BOT_DIR = Path(__file__).resolve().parents[1] / "bot"


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


def test_a_second_locale_is_added_as_files_only(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    shutil.copytree(root / "en", root / "de")
    content = load_content(root)
    assert content.supported_locale("de-AT") == "de"
    assert content.supported_locale("fr") == "en"
    assert content.texts("de").locale == "de"


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


def test_every_conflict_prompt_asks_about_todays_friction(content: Content) -> None:
    # The prompt follows "Yes, there was friction today": the look-backs were retired.
    ids = {p.id for p in content.prompts("en", "conflict_review")}
    retired = {"cr-031", *(f"cr-0{n}" for n in range(33, 41))}
    assert not ids & retired
    assert not any(
        "past" in p.text or "Remember" in p.text for p in content.prompts("en", "conflict_review")
    )
