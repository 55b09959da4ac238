"""A PostgreSQL server for the tests, and a fresh database on it for each test.

The server is the one named by `LETIN_TEST_POSTGRES_URL` (an admin URL such as
`postgresql+asyncpg://postgres@127.0.0.1:5432/postgres`), or else a throwaway cluster made with
the PostgreSQL binaries found on this machine (`/usr/lib/postgresql/*/bin`, then PATH): a new
data directory in a temporary folder (in /dev/shm when it has room), listening on 127.0.0.1 on
a free port with its socket in that folder, fsync off, stopped and deleted when the test
session ends. Nothing else is ever touched: no system service, and no shared server (such as
one on 5432) unless its URL is given explicitly.

`initdb` and `pg_ctl` refuse to run as root, so as root they run as the unprivileged system
user `letin-pg` (created with `useradd --system` if missing).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy.engine import URL, make_url

ENV_URL = "LETIN_TEST_POSTGRES_URL"
CLUSTER_USER = "letin-pg"
CLUSTER_PREFIX = "letin-pg-"
ADMIN_USER = "postgres"


def ci() -> bool:
    """Tell whether this is CI (`CI=true`), where a missing PostgreSQL is a failure."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def async_url(url: str) -> URL:
    """Parse a PostgreSQL URL and make it use asyncpg (`postgresql://` is accepted too)."""
    parsed = make_url(url)
    if parsed.get_backend_name() not in {"postgresql", "postgres"}:
        raise ValueError(f"{ENV_URL}: expected a postgresql:// URL, got {parsed.drivername}://")
    return parsed.set(drivername="postgresql+asyncpg")


def shown(url: str | URL) -> str:
    """A URL fit for a log line: the password hidden."""
    return make_url(url).render_as_string(hide_password=True)


def find_bindir() -> Path | None:
    """The newest PostgreSQL bin folder with both initdb and pg_ctl, if any."""

    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(part) for part in re.findall(r"\d+", path.parent.name))

    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=version, reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for bindir in candidates:
        if all(os.access(bindir / tool, os.X_OK) for tool in ("initdb", "pg_ctl")):
            return bindir
    return None


def plan() -> str:
    """One line on where the PostgreSQL tests will get their server (for the pytest header)."""
    url = os.environ.get(ENV_URL)
    if url:
        try:
            return f"{ENV_URL}: {shown(async_url(url))}, a fresh database per test"
        except ValueError as exc:
            return f"not run: {exc}"
    bindir = find_bindir()
    if bindir is not None:
        runner = f" as user {CLUSTER_USER}" if os.geteuid() == 0 else ""
        return (
            f"a throwaway cluster from {bindir}{runner} on 127.0.0.1 (started on first use), "
            "a fresh database per test"
        )
    return f"not available: {no_server_reason()}"


def no_server_reason() -> str:
    """Why no PostgreSQL server can be had."""
    return (
        f"{ENV_URL} is not set and no PostgreSQL binaries (initdb and pg_ctl) were found "
        "in /usr/lib/postgresql/*/bin or on PATH"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _scratch() -> Path:
    """Where clusters live: /dev/shm when it has room (memory is far faster than a slow disk
    for creating a database per test), else the usual temporary folder."""
    shm = Path("/dev/shm")
    with contextlib.suppress(OSError):
        stat = os.statvfs(shm)
        if stat.f_bavail * stat.f_frsize >= 1 << 30 and os.access(shm, os.W_OK | os.X_OK):
            return shm
    return Path(tempfile.gettempdir())


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _cluster_account() -> pwd.struct_passwd | None:
    """As root: the unprivileged account that runs the cluster (created if missing)."""
    if os.geteuid() != 0:
        return None
    with contextlib.suppress(KeyError):
        return pwd.getpwnam(CLUSTER_USER)
    shell = "/usr/sbin/nologin" if Path("/usr/sbin/nologin").exists() else "/bin/false"
    result = subprocess.run(
        [
            "useradd",
            "--system",
            "--user-group",
            "--no-create-home",
            "--home-dir",
            "/nonexistent",
            "--shell",
            shell,
            "--comment",
            "Letin test PostgreSQL clusters",
            CLUSTER_USER,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        # Another test session may have created it at the same moment.
        return pwd.getpwnam(CLUSTER_USER)
    except KeyError:
        raise RuntimeError(
            f"could not create the system user {CLUSTER_USER}: {result.stderr.strip()}"
        ) from None


class ClusterError(RuntimeError):
    """The throwaway cluster could not be made or started."""


@dataclass
class Cluster:
    """A throwaway PostgreSQL cluster in a temporary folder."""

    bindir: Path
    account: pwd.struct_passwd | None
    root: Path
    password: str
    port: int = 0
    running: bool = False

    @classmethod
    def create(cls, bindir: Path) -> Cluster:
        """Make the data directory (initdb); the server is not started yet."""
        account = _cluster_account()
        _remove_abandoned(bindir, account)
        root = Path(tempfile.mkdtemp(prefix=CLUSTER_PREFIX, dir=_scratch()))
        # Who made it, so that a later session can clean up after one that was killed.
        (root / "owner.pid").write_text(f"{os.getpid()}\n")
        if account is not None:
            os.chown(root, account.pw_uid, account.pw_gid)
        cluster = cls(bindir=bindir, account=account, root=root, password=secrets.token_hex(16))
        try:
            cluster._initdb()
        except BaseException:
            cluster.remove()
            raise
        return cluster

    @property
    def data(self) -> Path:
        """The data directory."""
        return self.root / "data"

    def url(self) -> str:
        """The admin URL of the running server."""
        return URL.create(
            "postgresql+asyncpg",
            username=ADMIN_USER,
            password=self.password,
            host="127.0.0.1",
            port=self.port,
            database="postgres",
        ).render_as_string(hide_password=False)

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        user: dict[str, Any] = {}
        if self.account is not None:
            user = {
                "user": self.account.pw_uid,
                "group": self.account.pw_gid,
                "extra_groups": [],
            }
        env = {
            "PATH": f"{self.bindir}:/usr/bin:/bin",
            "HOME": str(self.root),
            "LC_ALL": "C",
            "LANG": "C",
            "TZ": "UTC",
        }
        return subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            cwd=self.root,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            **user,
        )

    def _initdb(self) -> None:
        pwfile = self.root / "pwfile"
        pwfile.write_text(self.password + "\n")
        if self.account is not None:
            os.chown(pwfile, self.account.pw_uid, self.account.pw_gid)
        try:
            result = self._run(
                "initdb",
                "--pgdata",
                str(self.data),
                "--username",
                ADMIN_USER,
                f"--pwfile={pwfile}",
                # Only the cluster's own account can reach the socket (a 0700 folder); TCP on
                # 127.0.0.1 needs the random password.
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            )
        finally:
            pwfile.unlink(missing_ok=True)
        if result.returncode != 0:
            raise ClusterError(f"initdb failed: {_last_lines(result.stderr or result.stdout)}")
        socket_dir = str(self.root).replace("'", "''")
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "unix_socket_directories": f"'{socket_dir}'",
            # Throwaway data: durability buys nothing here.
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "200",
            "log_min_messages": "warning",
            "timezone": "'UTC'",
        }
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write("\n# Letin test cluster\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())

    def start(self) -> str:
        """Start the server on a free port of 127.0.0.1 and return its admin URL."""
        problem = ""
        for _ in range(5):  # another process may take the free port before the server does
            self.port = _free_port()
            result = self._run(
                "pg_ctl",
                "--pgdata",
                str(self.data),
                "--log",
                str(self.root / "postgres.log"),
                "--wait",
                "--timeout=60",
                "--silent",
                "-o",
                f"-p {self.port}",
                "start",
            )
            if result.returncode == 0:
                self.running = True
                atexit.register(self.remove)
                return self.url()
            problem = _last_lines(self._log() or result.stderr or result.stdout)
            if "could not bind" not in problem and "in use" not in problem:
                break
        raise ClusterError(f"pg_ctl start failed: {problem}")

    def _log(self) -> str:
        with contextlib.suppress(OSError):
            return (self.root / "postgres.log").read_text(errors="replace")
        return ""

    def remove(self) -> None:
        """Stop the server (immediately: the data is thrown away) and delete everything."""
        if self.running:
            self._run("pg_ctl", "--pgdata", str(self.data), "--mode=immediate", "--wait", "stop")
            self.running = False
        shutil.rmtree(self.root, ignore_errors=True)


def _remove_abandoned(bindir: Path, account: pwd.struct_passwd | None) -> None:
    """Stop and delete clusters left by test sessions that were killed before cleaning up."""
    folders = {_scratch(), Path(tempfile.gettempdir())}
    for root in [root for folder in folders for root in folder.glob(f"{CLUSTER_PREFIX}*")]:
        try:
            owner = int((root / "owner.pid").read_text().strip())
        except (OSError, ValueError):
            continue
        if _pid_alive(owner):
            continue
        leftover = Cluster(bindir=bindir, account=account, root=root, password="")
        leftover.running = (root / "data" / "postmaster.pid").exists()
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            leftover.remove()


def _last_lines(text: str, count: int = 3) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " | ".join(lines[-count:]) or "(no output)"


@dataclass
class Server:
    """Where the PostgreSQL tests run: an admin URL, and a cluster to remove if we made one."""

    url: str
    description: str
    cluster: Cluster | None = None

    @classmethod
    def obtain(cls) -> Server:
        """The server from LETIN_TEST_POSTGRES_URL, or a new throwaway cluster.

        Raises LookupError when there is none to be had, ClusterError when starting one failed.
        """
        given = os.environ.get(ENV_URL)
        if given:
            url = async_url(given)
            return cls(url.render_as_string(hide_password=False), f"{ENV_URL} {shown(url)}")
        bindir = find_bindir()
        if bindir is None:
            raise LookupError(no_server_reason())
        cluster = Cluster.create(bindir)
        try:
            url = cluster.start()
        except BaseException:
            cluster.remove()
            raise
        runner = f", run by {CLUSTER_USER}" if cluster.account is not None else ""
        return cls(url, f"a throwaway cluster from {bindir} on {shown(url)}{runner}", cluster)

    def close(self) -> None:
        """Remove the throwaway cluster, if this session made one."""
        if self.cluster is not None:
            self.cluster.remove()


def dsn(url: str | URL) -> str:
    """The URL as a plain libpq-style DSN for asyncpg."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextlib.asynccontextmanager
async def fresh_database(server_url: str) -> AsyncIterator[str]:
    """Create an empty database `test_<random>` on the server; drop it afterwards."""
    name = f"test_{secrets.token_hex(6)}"
    admin = await asyncpg.connect(dsn(server_url))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        admin = await asyncpg.connect(dsn(server_url))
        try:
            # Whatever the test left connected (a killed worker's session) goes with it.
            if admin.get_server_version().major >= 13:
                await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            else:  # pragma: no cover
                await admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
                    name,
                )
                await admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        finally:
            await admin.close()
