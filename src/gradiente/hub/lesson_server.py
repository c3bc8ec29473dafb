"""The lesson server: the process that runs the lessons' marimo apps, and so their kernels, for the hub.

The hub starts it at launch (``python -m gradiente.hub.lesson_server SOCKET``) and forwards every
``/app`` request and websocket to it over a unix socket in a folder only this user can enter.
marimo's run mode keeps kernels as threads of the process serving the app; here that process is
this one, so a lesson that computes never holds the hub's event loop or its interpreter lock.

Each lesson's app is built the first time it is asked for (a course of 38 lessons does not pay
for 38 at launch), and the imports every lesson makes are done once, while the learner reads the map.
"""

from __future__ import annotations

import functools
import gc
import os
import signal
import sys
import threading
from pathlib import Path

import anyio.to_thread
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from gradiente.course.i18n import LANGS, T, resolve_lang
from gradiente.course.manifest import Course, load_course
from gradiente.hub import kept, marimo_speedups
from gradiente.hub.first_render import AHEAD, PARSING, FirstRenders

READY = "ready"  # the line this process prints on stdout once it accepts connections

NOT_A_LESSON = T(es="Aquí no hay ninguna lección.", en="There is no lesson here.")


# What marimo sends with its page (its security headers included), for a kept page sent by us.
PAGE_HEADERS = {
    "Cache-Control": "private, no-cache",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
}
# Seconds after a lesson is first opened before its first render is queued. None are needed: the
# render waits for a quiet moment anyway, once the live kernel has drawn the lesson (make_apart).
FIRST_RENDER_DELAY = 0.0
# What every lesson's page gets in its head, after marimo's own styles.
LESSON_HEAD = f"<style>{(Path(__file__).parent / 'lesson.css').read_text(encoding='utf-8')}</style>"


def _language(scope: Scope) -> str:
    from urllib.parse import parse_qs

    asked = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("lang", [None])[0]
    return resolve_lang(asked if asked in LANGS else None)


class LessonApps:
    """ASGI app for ``/app/<lesson-id>/...``: the lesson's marimo app, built on first use."""

    def __init__(self, course: Course, workspace: str | None = None):
        self.files = {lesson.id: str(lesson.file) for lesson in course.lessons}
        self._apps: dict[str, ASGIApp] = {}
        self._lock = threading.Lock()
        self._building: dict[str, threading.Lock] = {}
        self.first_renders = FirstRenders(self.files, workspace or os.environ.get("GRADIENTE_WORKSPACE", "."))

    def app(self, lesson_id: str) -> ASGIApp:
        with self._lock:  # one lock per lesson: asking for one never waits for another's build
            building = self._building.setdefault(lesson_id, threading.Lock())
        with building:
            if lesson_id not in self._apps:
                import marimo

                marimo_speedups.apply()
                builder = marimo.create_asgi_app(quiet=True, include_code=False, html_head=LESSON_HEAD)
                with PARSING:  # building reads and parses the notebook
                    self._apps[lesson_id] = builder.with_app(path=f"/{lesson_id}", root=self.files[lesson_id]).build()
            return self._apps[lesson_id]

    @property
    def built(self) -> list[str]:
        return list(self._apps)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # NB: Starlette >= 0.33 keeps the full path in scope["path"]; root_path is the /app prefix.
        route = scope["path"][len(scope.get("root_path", "")) :]
        lesson_id = route.split("/")[1] if route.count("/") >= 1 else ""
        self.first_renders.busy()  # the learner is doing something: a first render being made waits
        if lesson_id not in self.files:
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 4404})
                return
            message = f"{NOT_A_LESSON.es}\n{NOT_A_LESSON.en}\n"
            return await PlainTextResponse(message, status_code=404)(scope, receive, send)
        if scope["type"] == "http" and scope["method"] == "GET" and route == f"/{lesson_id}/":
            return await self.page(lesson_id, scope, receive, send)
        app = self._apps.get(lesson_id) or await anyio.to_thread.run_sync(self.app, lesson_id)
        await app(scope, receive, send)

    async def page(self, lesson_id: str, scope: Scope, receive: Receive, send: Send) -> None:
        """The lesson's page. marimo reads and compiles the notebook to make it (about half a second
        for a long lesson), yet it is the same page until the lesson changes: so it is made once and
        kept, and a kept page is sent at once while the app is built for the requests that follow."""
        # The hub shows the first render while this page starts; the next opening gets one too.
        if self.first_renders.html(lesson_id, _language(scope)) is None:
            self.first_renders.make_soon(lesson_id, delay=FIRST_RENDER_DELAY)
        try:
            # The page names the notebook's file: a copy of a lesson elsewhere is another page.
            kept_page = kept.kept_file(
                "lesson-pages", self.files[lesson_id], os.path.realpath(self.files[lesson_id]), LESSON_HEAD
            )
        except OSError:
            kept_page = None
        page = kept.read(kept_page) if kept_page else None
        if page is not None:
            if lesson_id not in self._apps:
                threading.Thread(target=self.app, args=(lesson_id,), daemon=True).start()
            return await Response(page, media_type="text/html", headers=PAGE_HEADERS)(scope, receive, send)
        app = self._apps.get(lesson_id) or await anyio.to_thread.run_sync(self.app, lesson_id)
        start, body = {}, bytearray()

        async def keep(message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            else:
                body.extend(message.get("body", b""))

        await anyio.to_thread.run_sync(PARSING.acquire)  # marimo parses the notebook to make the page
        try:
            await app(scope, receive, keep)
        finally:
            PARSING.release()
        content_type = dict(start.get("headers", [])).get(b"content-type", b"")
        if kept_page and start.get("status") == 200 and content_type.startswith(b"text/html"):
            kept.write(kept_page, bytes(body))
        await send(start)
        await send({"type": "http.response.body", "body": bytes(body)})


def create_server_app(course: Course) -> ASGIApp:
    from starlette.applications import Starlette
    from starlette.routing import Mount

    lessons = LessonApps(course)
    app = Starlette(routes=[Mount("/app", lessons)])
    app.state.lessons = lessons
    return app


def preload_lesson_imports() -> None:
    """What every lesson imports, done once here so a lesson's first run skips it."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot  # noqa: F401
    import numpy  # noqa: F401

    import gradiente.course.notebook  # noqa: F401


def warm(lessons: LessonApps, lesson_id: str | None) -> None:
    """Make the first lesson a learner opens as quick as the next: build the app of the lesson they
    will likely open (which loads marimo's server), do every lesson's imports, and make that lesson's
    first render (one run of the notebook per language, which also loads matplotlib's fonts and
    marimo's runtime before a kernel needs them). Then the other lessons' first renders, unless
    ``GRADIENTE_RENDER_AHEAD=0``."""
    from gradiente.course.grader import WarmRunner

    WarmRunner.use().start_now()  # each Check in a lesson is forked from a pre-imported process
    if lesson_id in lessons.files:
        lessons.app(lesson_id)
    preload_lesson_imports()
    if lesson_id in lessons.files:
        lessons.first_renders.make(lesson_id)
    # What is alive now (marimo, matplotlib, NumPy, the course) lives as long as this process: out of
    # the collector's sight, a full collection no longer walks it. Measured in bench_redraw: a full
    # collection while a lesson redraws took 100-190 ms before, 25-90 ms after.
    gc.collect()
    gc.freeze()
    if os.environ.get(AHEAD, "1") != "0":
        lessons.first_renders.render_ahead(ahead_order(list(lessons.files), lesson_id))


def ahead_order(lesson_ids: list[str], first: str | None) -> list[str]:
    """The order to make the lessons' first renders in: those that follow ``first`` on the map (the
    learner's likely next ones), then those before it."""
    at = lesson_ids.index(first) + 1 if first in lesson_ids else 0
    return lesson_ids[at:] + lesson_ids[:at]


def _exit_with_the_hub(lessons: LessonApps, leave) -> None:
    """The hub writes the lesson to warm up, then holds our stdin open: when it goes (even killed
    outright), so does this process."""
    lesson_id = sys.stdin.buffer.readline().decode().strip() or None
    threading.Thread(target=warm, args=(lessons, lesson_id), daemon=True, name="warm-up").start()
    sys.stdin.buffer.read()
    leave()


def _leave(socket_path: str) -> None:
    """Go at once: the kernels are threads with nothing to save. os._exit runs no atexit, so what
    this process leaves in the temp folder goes here: the checks' scratch folders (the next
    check's sandbox is made ahead: its processes end as our sockets close), and the socket, with
    its folder if nothing else is in it (the hub, killed outright, could not remove it)."""
    from gradiente.course.grader import remove_scratch_folders

    remove_scratch_folders()
    for remove, path in ((os.unlink, socket_path), (os.rmdir, os.path.dirname(socket_path))):
        try:
            remove(path)
        except OSError:
            pass  # gone already, never made, or a folder that holds more than our socket
    os._exit(0)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    socket_path = argv[0]
    import asyncio

    import uvicorn

    app = create_server_app(load_course())
    # No keepalive pings on this socket: its only client is the hub, on this machine, which pings the
    # browser itself. Here a ping could only do harm: while the hub waits on a slow browser it reads
    # nothing from us, the pong waits behind the lesson's output, and the lesson would be cut off.
    config = uvicorn.Config(
        app, uds=socket_path, ws="websockets-sansio", ws_ping_interval=None, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    leave = functools.partial(_leave, socket_path)

    async def serve() -> None:
        serving = asyncio.create_task(server.serve())
        while not server.started and not serving.done():
            await asyncio.sleep(0.005)
        if server.started:
            os.chmod(socket_path, 0o600)
            try:
                print(READY, flush=True)
            except BrokenPipeError:  # the hub went before we were ready
                leave()
            os.dup2(2, 1)  # nothing else goes to the hub's pipe: it reads one line only
            threading.Thread(
                target=_exit_with_the_hub, args=(app.state.lessons, leave), daemon=True, name="exit-with-the-hub"
            ).start()
        await serving

    # uvicorn stops gracefully on SIGTERM, then raises it again to the handler it found: this one.
    signal.signal(signal.SIGTERM, lambda number, frame: leave())
    asyncio.run(serve())


if __name__ == "__main__":
    main()
