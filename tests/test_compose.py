"""docker-compose.yml and .env.example agree with the settings the code reads."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot.config import Settings

ROOT = Path(__file__).resolve().parent.parent
LETIN_SERVICES = ("migrate", "bot", "worker")
REQUIRED_IN_PRODUCTION = ("TELEGRAM_BOT_TOKEN", "DATABASE_URL", "LETIN_ENCRYPTION_KEY")
SETTING_NAMES = {name.upper() for name in Settings.model_fields}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    """docker-compose.yml, parsed (YAML anchors and merge keys resolved)."""
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return loaded


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, Any]:
    """The services, by name."""
    found: dict[str, Any] = compose["services"]
    return found


def environment(service: dict[str, Any]) -> dict[str, str]:
    """A service's environment, whether written as a mapping or as a list of NAME=value."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        return dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {str(name): str(value) for name, value in env.items()}


def test_the_services_exist(services: dict[str, Any]) -> None:
    assert {"postgres", "migrate", "bot", "worker"} <= set(services)


def test_postgres_keeps_its_data_in_a_named_volume_and_has_a_healthcheck(
    compose: dict[str, Any], services: dict[str, Any]
) -> None:
    postgres = services["postgres"]
    assert postgres["image"].startswith("postgres:16")
    volume = next(v.split(":", 1)[0] for v in postgres["volumes"] if "postgresql/data" in v)
    assert volume in (compose.get("volumes") or {})
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])


def test_migrate_runs_once_after_postgres_is_healthy(services: dict[str, Any]) -> None:
    migrate = services["migrate"]
    assert " ".join(migrate["command"]) == "python -m bot migrate"
    assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert migrate.get("restart", "no") == "no"


@pytest.mark.parametrize(
    ("name", "command"),
    [("bot", "python -m bot run"), ("worker", "python -m bot worker")],
)
def test_bot_and_worker_start_after_the_migration_completed(
    services: dict[str, Any], name: str, command: str
) -> None:
    service = services[name]
    assert " ".join(service["command"]) == command
    assert service["depends_on"]["migrate"]["condition"] == "service_completed_successfully"


def test_the_worker_can_be_scaled(services: dict[str, Any]) -> None:
    worker = services["worker"]
    assert "container_name" not in worker
    # A fixed host port would make a second worker fail to start.
    assert "ports" not in worker


@pytest.mark.parametrize("setting", ["metrics_port", "webapp_port"])
def test_the_bot_publishes_its_ports_on_the_hosts_loopback(
    services: dict[str, Any], setting: str
) -> None:
    # The metrics server and the journal, for Prometheus and an https reverse proxy on the
    # host; listening beyond loopback inside the container, where the port is published from.
    port = str(Settings.model_fields[setting].default)
    assert f"127.0.0.1:{port}:{port}" in [str(p) for p in services["bot"]["ports"]]
    listen = setting.replace("_port", "_listen").upper()
    assert environment(services["bot"])[listen] == "0.0.0.0"
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert port in re.search(r"^EXPOSE (.+)$", dockerfile, flags=re.MULTILINE)[1].split()  # type: ignore[index]


def test_every_variable_in_the_compose_file_is_a_setting(services: dict[str, Any]) -> None:
    text = (ROOT / "docker-compose.yml").read_text()
    interpolated = set(re.findall(r"\$\{([A-Z0-9_]+)", text))
    named = interpolated | {n for s in LETIN_SERVICES for n in environment(services[s])}
    assert named, "no variables found"
    assert named - SETTING_NAMES == set()


def test_every_variable_in_env_example_is_a_setting() -> None:
    text = (ROOT / ".env.example").read_text()
    # Set lines and commented-out ones ("# NAME=value") alike.
    named = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", text, flags=re.MULTILINE))
    assert {"TELEGRAM_BOT_TOKEN", "WEBHOOK_URL", "WEBHOOK_SECRET_TOKEN", "METRICS_PORT"} <= named
    assert named - SETTING_NAMES == set()


@pytest.mark.parametrize("name", ["bot", "worker"])
def test_production_settings_reach_bot_and_worker(services: dict[str, Any], name: str) -> None:
    service = services[name]
    assert service["env_file"] == ".env" or ".env" in service["env_file"]
    env = environment(service)
    for setting in REQUIRED_IN_PRODUCTION:
        assert env.get(setting), setting
    assert env["DATABASE_URL"].startswith("postgresql+asyncpg://")
    assert "@postgres:" in env["DATABASE_URL"]
    # The key comes from .env, and compose refuses to start without it (":?").
    assert env["LETIN_ENCRYPTION_KEY"].startswith("${LETIN_ENCRYPTION_KEY:?")


def test_the_image_checks_health_and_runs_as_a_user() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim$", dockerfile, flags=re.MULTILINE)
    assert re.search(r"^USER (?!root)\w+", dockerfile, flags=re.MULTILINE)
    assert "pip install --no-deps -e ." in dockerfile
    assert "pip install --require-hashes --no-deps -r requirements.lock" in dockerfile
    healthcheck = next(line for line in dockerfile.splitlines() if "urlopen" in line)
    assert "/healthz" in healthcheck and "METRICS_PORT" in healthcheck


def locked() -> dict[str, tuple[str, list[str]]]:
    """requirements.lock as name -> (version, hashes)."""
    text = (ROOT / "requirements.lock").read_text()
    pins: dict[str, tuple[str, list[str]]] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        head = re.match(r"([A-Za-z0-9_.-]+)==([^\s\\]+)", block)
        if head:
            name = canonicalize_name(head.group(1))
            pins[name] = (head.group(2), re.findall(r"--hash=sha256:([0-9a-f]{64})", block))
    return pins


def test_the_lock_file_pins_every_dependency_within_its_bounds_with_hashes() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = locked()
    assert pins, "requirements.lock has no pins"
    for name, (_version, hashes) in pins.items():
        assert hashes, f"{name} has no hash"
    for line in project["dependencies"]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is not in requirements.lock"
        assert requirement.specifier.contains(pins[name][0]), (name, pins[name][0])
