"""A real PostgreSQL server of the test run's own: a fresh cluster in a temporary folder, on 127.0.0.1.

Debian's server binaries (`apt-get install postgresql`; .ci/run installs them) are used directly,
with initdb and pg_ctl, never the machine's own cluster. PostgreSQL refuses to run as root, so
as root the cluster belongs to the `postgres` user the package creates. The server can be stopped
and started again mid-test (the class's outbox must lose nothing while it is down).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def server_binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Postgres:
    """A cluster whose superuser is ``admin`` (password ``admin``), serving database ``klass``."""

    password = "admin"

    def __init__(self):
        self.bin = server_binaries()
        if self.bin is None:
            raise RuntimeError("PostgreSQL's server binaries are not installed (apt-get install postgresql)")
        self.root = Path(tempfile.mkdtemp(prefix="gradiente-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = None
        if os.geteuid() == 0:
            self.user = pwd.getpwnam("postgres")
            os.chown(self.root, self.user.pw_uid, self.user.pw_gid)
        secret = self.root / "pw"
        secret.write_text(self.password)
        if self.user:
            os.chown(secret, self.user.pw_uid, self.user.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", "admin", "--pwfile", str(secret), "-A", "scram-sha-256", "-E", "UTF8"
        )
        self.start()
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "admin", "klass", password=True)

    def _run(self, tool: str, *args: str, password: bool = False) -> None:
        command = [str(self.bin / tool), *args]
        if self.user:
            command = ["runuser", "-u", "postgres", "--", *command]
        env = {**os.environ, "PGPASSWORD": self.password} if password else None
        subprocess.run(command, check=True, capture_output=True, env=env, cwd=self.root)

    def url(self, user: str = "admin", password: str | None = None, database: str = "klass") -> str:
        password = self.password if password is None and user == "admin" else password
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def close(self) -> None:
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    def wait_until_down(self, timeout: float = 10.0) -> None:
        deadline = time.time() + timeout
        while time.time() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) != 0:
                    return
            time.sleep(0.05)
