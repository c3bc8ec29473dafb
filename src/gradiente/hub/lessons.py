"""The lessons, mounted by the hub under ``/app/<lesson-id>/``: served by a lesson server of their own.

marimo's run mode runs each kernel as a thread of the process that serves the app. Served from
the hub, ten lessons starting at once would hold the hub's interpreter lock and event loop, and
its pages would wait seconds. So the hub starts a lesson server (``gradiente.hub.lesson_server``)
at launch, and forwards ``/app`` to it over a unix socket in a folder only this user can enter;
the hub's guard stays in front of it, and the hub itself never imports marimo.

Where there are no unix sockets (Windows), the apps are served from the hub's own process, as before.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import anyio.to_thread
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from gradiente.course.workspace import Workspace
from gradiente.hub.lesson_server import READY
from gradiente.hub.proxy import UnixSocketProxy

START_TIMEOUT = 60.0  # seconds; importing marimo on a slow, busy laptop


class LessonServerError(RuntimeError):
    pass


class LessonServer:
    """The lesson-server process and the private folder holding its socket."""

    def __init__(self, workspace: Workspace):
        self.folder = Path(tempfile.mkdtemp(prefix="gradiente-lessons-"))  # mode 0700, this user's only
        self.socket_path = str(self.folder / "lessons.sock")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gradiente.hub.lesson_server", self.socket_path],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=lesson_environment(workspace),
            close_fds=True,
        )
        atexit.register(self.stop)
        self.process.stdin.write(f"{likely_first_lesson(workspace)}\n".encode())  # the one it warms up
        self.process.stdin.flush()

    def wait_ready(self) -> None:
        """Block until the server accepts connections (it prints ``ready``); raise if it died first."""
        line = self.process.stdout.readline().decode(errors="replace").strip()
        if line != READY:
            self.process.wait(timeout=5)
            raise LessonServerError(f"the lesson server exited with code {self.process.returncode} before serving")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()  # its watcher cleans up and exits at EOF ...
            try:
                self.process.wait(timeout=3)
            except subprocess.TimeoutExpired:  # ... unless it is stuck
                self.process.terminate()
                try:
                    self.process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    self.process.kill()
        shutil.rmtree(self.folder, ignore_errors=True)


def likely_first_lesson(workspace: Workspace) -> str:
    """The lesson the learner will probably open first: where "continue" points, else the first."""
    try:
        lesson = workspace.continue_lesson()
    except Exception:  # noqa: BLE001 - a guess only; the hub's pages report a broken store themselves
        lesson = None
    return lesson.id if lesson else workspace.course.lessons[0].id


def lesson_environment(workspace: Workspace) -> dict[str, str]:
    """The hub's environment for the lesson kernels, minus anything that looks like a credential."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not any(secret in key.upper() for secret in ("TOKEN", "SECRET", "PASSWORD"))
    }
    environment["GRADIENTE_WORKSPACE"] = str(workspace.root)
    return environment


class LazyLessons:
    """The hub's ``/app`` mount. ``warm_up`` (called at launch) starts the lesson server; a request
    that comes before it serves waits for it."""

    def __init__(self, workspace: Workspace, base_url: str = "/"):
        self.workspace = workspace
        self.base_url = base_url
        self._app: ASGIApp | None = None
        self._server: LessonServer | None = None
        self._static: ASGIApp | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        """Start the lesson server without waiting for it: called first thing at launch, so that
        its imports overlap the hub's own start."""
        with self._lock:
            if self._server is None and self._app is None and hasattr(socket, "AF_UNIX") and os.name == "posix":
                self._server = LessonServer(self.workspace)

    def warm_up(self) -> ASGIApp:
        self.start()
        with self._lock:
            if self._app is None:
                if self._server is not None:
                    self._server.wait_ready()
                    self._app = UnixSocketProxy(self._server.socket_path, self.base_url)
                else:
                    from gradiente.hub.lesson_server import LessonApps, preload_lesson_imports

                    self._app = LessonApps(self.workspace.course, str(self.workspace.root))
                    preload_lesson_imports()
        return self._app

    @property
    def server_pid(self) -> int | None:
        return self._server.process.pid if self._server else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (assets := self._assets(scope)):
            return await assets(scope, receive, send)
        app = self._app or await anyio.to_thread.run_sync(self.warm_up)
        await app(scope, receive, send)

    def _assets(self, scope: Scope) -> ASGIApp | None:
        """marimo's front end (``/app/<lesson>/assets/...``), served by the hub from marimo's package.

        A lesson page loads hundreds of these files; they are the same for every lesson and, named
        by their hash, never change, so they need neither the lesson server nor a second download.
        """
        route = scope["path"][len(scope.get("root_path", "")) :]
        parts = route.split("/", 3)  # ["", lesson-id, "assets", file]
        if len(parts) < 4 or parts[2] != "assets" or scope["method"] not in ("GET", "HEAD"):
            return None
        if self._static is None:
            self._static = _ImmutableFiles(directory=marimo_assets(), check_dir=False)
        return _Rooted(self._static, f"{scope.get('root_path', '')}/{parts[1]}/assets")


def marimo_assets() -> Path:
    """marimo's built front end, found without importing marimo (the hub never does)."""
    spec = importlib.util.find_spec("marimo")
    return Path(spec.origin).parent / "_static" / "assets"


class _ImmutableFiles(StaticFiles):
    def file_response(self, *args, **kwargs):
        response = super().file_response(*args, **kwargs)
        response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        return response


class _Rooted:
    """``app`` seeing the request as if mounted at ``root_path``."""

    def __init__(self, app: ASGIApp, root_path: str):
        self.app = app
        self.root_path = root_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(dict(scope, root_path=self.root_path), receive, send)
