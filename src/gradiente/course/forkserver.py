"""A warm start for checks: one process with Python and NumPy already imported forks a warden per check.

The hub and ``gradiente watch`` keep one of these, so a save turns into a verdict without
paying for a new interpreter. The server holds nothing of the judge's: it is started
with a fresh environment, knows no reference, no workspace, no token, and only ever
receives the two sockets and the limits of the next check (over a local socket pair, with
the file descriptors passed as ``SCM_RIGHTS``). Each forked warden then confines its own
learner process exactly as a cold check does (:func:`gradiente.course.sandbox.warden`).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

_MAX_REQUEST = 1 << 20


class ForkServerError(RuntimeError):
    """The warm runner could not start a check (its process died and would not come back)."""


class ForkServerClient:
    """The judge's end: starts the server on first use and again if it ever dies."""

    def __init__(self, env: dict[str, str]):
        self.env = env
        self.lock = threading.Lock()
        self.process: subprocess.Popen | None = None
        self.control: socket.socket | None = None

    def _start(self) -> None:
        self.control, server_end = socket.socketpair()
        self.process = subprocess.Popen(
            [sys.executable, "-P", "-m", "gradiente.course.forkserver", str(server_end.fileno())],
            pass_fds=(server_end.fileno(),),
            env=self.env,
            cwd="/",
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        server_end.close()

    def ensure_started(self) -> None:
        with self.lock:
            if self.process is None or self.process.poll() is not None:
                self._start()

    def fork_warden(
        self, scratch: Path, learner_end: socket.socket, warden_end: socket.socket, output_path: Path
    ) -> int:
        request = json.dumps({"scratch": str(scratch), "output": str(output_path)}).encode("utf-8")
        with self.lock:
            for _attempt in range(2):
                if self.control is None or self.process is None or self.process.poll() is not None:
                    self._start()
                try:
                    socket.send_fds(self.control, [request], [learner_end.fileno(), warden_end.fileno()])
                    reply = self.control.recv(64)
                    if reply:
                        return int(reply.decode("ascii"))
                except (OSError, ValueError):
                    pass
                self.stop()  # a server that does not answer is replaced once
        raise ForkServerError("the warm check runner would not start")

    def stop(self) -> None:
        if self.control is not None:
            self.control.close()
            self.control = None
        if self.process is not None:
            try:
                self.process.kill()
            except OSError:
                pass
            self.process.wait()
            self.process = None


def serve(control: socket.socket) -> None:
    """Fork a warden for each request until the judge's end closes."""
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # wardens are reaped by the kernel
    from gradiente.course import sandbox

    while True:
        try:
            request, fds, _flags, _address = socket.recv_fds(control, _MAX_REQUEST, 2)
        except OSError:
            return
        if not request:
            return
        if len(fds) != 2:
            for fd in fds:
                os.close(fd)
            continue
        job = json.loads(request.decode("utf-8"))
        pid = os.fork()
        if pid == 0:
            try:
                control.close()
                output = os.open(job["output"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(output, 1)
                os.dup2(output, 2)
                os.close(output)
                os.chdir(job["scratch"])
                sandbox.warden(socket.socket(fileno=fds[0]), socket.socket(fileno=fds[1]))
            finally:
                os._exit(70)
        for fd in fds:
            os.close(fd)
        control.sendall(str(pid).encode("ascii"))


def main(argv: list[str]) -> None:
    import numpy  # noqa: F401 - imported once here, so each forked check starts with it

    from gradiente.course import confine, sandbox, wire  # noqa: F401

    serve(socket.socket(fileno=int(argv[0])))


if __name__ == "__main__":
    main(sys.argv[1:])
