"""A private PostgreSQL cluster for tests that stop and start the server (issue 14).

The shared server on 127.0.0.1:5432 must never be restarted by a test, so a
test that needs a database outage runs its own cluster: ``initdb`` into a
temporary folder, ``pg_ctl start`` on a free loopback port with its socket in
that folder, ``pg_ctl stop -m fast`` to cut every connection (the server sends
57P01 admin_shutdown to each backend, PostgreSQL docs "Shutting Down the
Server"), ``pg_ctl start`` again to come back.

``initdb`` refuses to run as root ("cannot be run as root"), so as root the
programs run as the ``postgres`` user through ``runuser``; without it, or
without the server programs, :func:`private_cluster` skips with the reason.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _bin_dir() -> Path | None:
    """The newest server installation with initdb and pg_ctl (Debian: /usr/lib/postgresql/<major>/bin)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                        if Path(p).parent.name.isdigit() else 0, reverse=True)
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    for c in candidates:
        if (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    def __init__(self, bin_dir: Path, base: Path, run_as: list[str]) -> None:
        self.bin = bin_dir
        self.base = base
        self.data = base / "data"
        self.log = base / "server.log"
        self.port = _free_port()
        self.run_as = run_as

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.run_as, *args], capture_output=True, text=True, timeout=timeout, check=False)

    def init(self) -> str | None:
        """Create the cluster; the error text when that is impossible here."""
        # --no-sync: nothing here needs to survive an OS crash, and it saves seconds.
        proc = self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                         "-E", "UTF8", "--no-sync", "--locale=C")
        if proc.returncode != 0:
            return (proc.stderr or proc.stdout).strip()
        return None

    def start(self) -> None:
        # fsync off: a test cluster; listen on loopback only, socket in our folder
        # so no other server's lock files are touched.
        opts = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off"
        proc = self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", opts,
                         "-w", "-t", "60", "start")
        if proc.returncode != 0:
            raise RuntimeError(f"pg_ctl start failed: {proc.stderr or proc.stdout}\n{self.server_log()}")

    def stop(self) -> None:
        proc = self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")
        if proc.returncode != 0 and "Is server running?" not in proc.stderr:
            raise RuntimeError(f"pg_ctl stop failed: {proc.stderr or proc.stdout}")

    def running(self) -> bool:
        return self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "status").returncode == 0

    def server_log(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-2000:]
        except OSError:
            return ""


@contextmanager
def private_cluster() -> Iterator[PgCluster]:
    """A running private cluster, removed afterwards; skips where the machine cannot make one."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server programs (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or on PATH: "
                    "the database-outage tests need a private cluster")
    run_as: list[str] = []
    owner: pwd.struct_passwd | None = None
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            owner = None
        if runuser is None or owner is None:
            pytest.skip("running as root, where initdb refuses to run, and no `runuser` + `postgres` user to run it as")
        run_as = [runuser, "-u", "postgres", "--"]
    base = Path(tempfile.mkdtemp(prefix="monitor-pg-"))
    try:
        if owner is not None:
            os.chown(base, owner.pw_uid, owner.pw_gid)
        cluster = PgCluster(bin_dir, base, run_as)
        error = cluster.init()
        if error is not None:
            pytest.skip(f"cannot create a private PostgreSQL cluster: {error.splitlines()[-1] if error else error}")
        cluster.start()
        try:
            yield cluster
        finally:
            if cluster.running():
                cluster.stop()
    finally:
        shutil.rmtree(base, ignore_errors=True)
