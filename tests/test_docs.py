"""The docs stay true: links resolve, and the commands the README names exist."""

from __future__ import annotations

import re
from pathlib import Path

from bot import cli
from bot.handlers.views import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SOURCES = sorted(
    path
    for folder in ("bot", "bench", "tests", "migrations")
    for path in (ROOT / folder).rglob("*.py")
)


def test_the_readmes_links_to_files_resolve() -> None:
    links = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", README)
    local = [link for link in links if not link.startswith(("http://", "https://", "mailto:"))]
    assert local, "the README links to the project's files"
    assert [link for link in local if not (ROOT / link).exists()] == []


def test_files_the_code_points_to_exist() -> None:
    named = {
        (path.relative_to(ROOT).as_posix(), name)
        for path in SOURCES
        for name in re.findall(
            r"\b((?:docs|content|bench|tests|bot)/[\w./-]+\.(?:md|toml|py))\b",
            path.read_text(encoding="utf-8"),
        )
    }
    named |= set(
        ("README.md", name)
        for name in re.findall(
            r"`((?:docs|content|bench|tests|bot)/[\w./-]+\.(?:md|toml|py))`", README
        )
    )
    # The crisis screen's benchmark reads the screen it replaced from git history.
    historical = {"bot/domain/safety.py"}
    missing = sorted(
        f"{where}: {name}"
        for where, name in named
        if not (ROOT / name).exists() and name not in historical
    )
    assert missing == []


def test_the_make_targets_and_bot_commands_the_readme_names_exist() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][\w-]*):", makefile, flags=re.MULTILINE))
    assert set(re.findall(r"`make ([a-z][\w-]*)", README)) <= targets
    subcommands = set(cli._parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert set(re.findall(r"python -m bot ([a-z][\w-]*)", README)) <= subcommands


def test_the_readmes_command_table_is_the_command_menu() -> None:
    first_cells = re.findall(r"^\| (`/[^|]*)\|", README, flags=re.MULTILINE)
    documented = {name for cell in first_cells for name in re.findall(r"`/(\w+)", cell)}
    assert documented == set(COMMANDS)


def test_the_readme_names_every_handler_module() -> None:
    start = README.index("- `bot/handlers/` one module per feature")
    listed = set(re.findall(r"`(\w+)`", README[start : README.index("\n- ", start + 1)]))
    modules = {p.stem for p in (ROOT / "bot" / "handlers").glob("*.py")} - {"__init__"}
    assert modules <= listed
