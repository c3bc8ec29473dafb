"""The lessons as marimo apps, mounted by the hub under ``/app/<lesson-id>/``."""

from __future__ import annotations

import threading

import anyio.to_thread
from starlette.types import ASGIApp, Receive, Scope, Send

from gradiente.course.workspace import Workspace


class LazyLessons:
    """The lessons' marimo apps, built on first use (or by ``warm_up`` in the background).

    Importing marimo takes most of a second; the course map does not need it, so the hub
    answers at once and builds the lessons while the learner reads the map.
    """

    def __init__(self, workspace: Workspace):
        self.workspace = workspace
        self._app: ASGIApp | None = None
        self._lock = threading.Lock()

    def warm_up(self) -> ASGIApp:
        with self._lock:
            if self._app is None:
                self._app = lessons_app(self.workspace)
                _preload_lesson_imports()
        return self._app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        app = self._app or await anyio.to_thread.run_sync(self.warm_up)
        await app(scope, receive, send)


def lessons_app(workspace: Workspace) -> ASGIApp:
    """Every lesson notebook as a marimo app (run mode: code hidden, cells reactive) under /app/<lesson-id>/."""
    import marimo

    builder = marimo.create_asgi_app(quiet=True, include_code=False)
    for lesson in workspace.course.lessons:
        builder = builder.with_app(path=f"/{lesson.id}", root=str(lesson.file))
    return builder.build()


def _preload_lesson_imports() -> None:
    """Lesson kernels run as threads of this process (marimo's run mode), so what is imported
    here is already there when a learner opens a lesson: its first render skips these imports."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot  # noqa: F401
    import numpy  # noqa: F401

    import gradiente.course.notebook  # noqa: F401
