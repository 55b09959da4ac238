"""The domain package must stay free of I/O frameworks, so it can be tested in isolation."""

import ast
from pathlib import Path

import pytest

DOMAIN = Path(__file__).resolve().parents[2] / "bot" / "domain"
FORBIDDEN = ("telegram", "sqlalchemy", "aiohttp", "bot.db", "bot.handlers", "bot.services")


def _package_of(path: Path) -> str:
    """Return the dotted package a module file under bot/domain belongs to."""
    return ".".join(path.parent.relative_to(DOMAIN.parents[1]).parts)


def _imported_modules(path: Path, package: str) -> set[str]:
    """Return the absolute names of every module `path` (in `package`) imports."""
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                # Resolve relative imports: level 1 is bot.domain, level 2 is bot, ...
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            modules.add(module)
            # "from bot import db" imports bot.db.
            modules.update(f"{module}.{alias.name}" for alias in node.names)
    return modules


def _is_forbidden(module: str) -> bool:
    return any(module == name or module.startswith(f"{name}.") for name in FORBIDDEN)


DOMAIN_MODULES = sorted(DOMAIN.rglob("*.py"))


def test_domain_package_has_modules() -> None:
    assert {path.stem for path in DOMAIN_MODULES} >= {"timeparse", "weekdays", "schedule"}


@pytest.mark.parametrize("path", DOMAIN_MODULES, ids=lambda path: path.name)
def test_domain_module_imports_no_framework_or_outer_layer(path: Path) -> None:
    forbidden = sorted(filter(_is_forbidden, _imported_modules(path, _package_of(path))))
    assert not forbidden, f"{path.name} imports {forbidden}"


def test_the_check_catches_forbidden_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import telegram.ext\nfrom sqlalchemy import select\nfrom .. import db\n"
        "from ..handlers.start import x\nimport json\n",
        encoding="utf-8",
    )
    imported = _imported_modules(sample, "bot.domain")
    forbidden = set(filter(_is_forbidden, imported))
    assert {"bot.db", "bot.handlers.start", "sqlalchemy", "telegram.ext"} <= forbidden
    assert "json" in imported
    assert "json" not in forbidden
