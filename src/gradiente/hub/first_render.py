"""A lesson's first render: its page as one run of the notebook draws it, shown while the live one starts.

Opening a lesson means loading marimo's front end (hundreds of scripts) and running every cell in
a fresh kernel: seconds, on a busy laptop. Meanwhile the learner can already read the lesson. So
the lesson server runs each notebook once in the background (in each language) and keeps its
outputs as plain HTML (figures as PNG images, formulas as their TeX source) in the user's cache
folder, named by what they were made from. The hub's lesson page shows that render at once, over
the lesson's frame, and hands over to the live lesson when its kernel has drawn it (``hub.js``).
Kept on disk, a render serves the next launch too; a changed lesson, language, workspace or
marimo names another file. And while the learner reads, the lessons not opened yet get theirs, one
after another (``render_ahead``): so even at the first launch, most lessons open on their render.
"""

from __future__ import annotations

import html
import json
import os
import re
import runpy
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from contextlib import suppress
from pathlib import Path

from gradiente.course.i18n import LANGS, resolve_lang
from gradiente.hub import kept

FORMAT = "1"  # of the HTML below: a new format names new files

# Python 3.11's ast module keeps one recursion counter per interpreter, and two threads parsing at
# once can trip it ("SystemError: AST constructor recursion depth mismatch", CPython gh-106905).
# marimo parses a notebook to build its app, to make its page and to run it: the lesson server does
# each of these under this lock. (Kernels parse in their own threads, out of our hands.)
PARSING = threading.Lock()

MAKE_TIMEOUT = 300.0  # seconds of running: two runs of a long lesson on a slow laptop, at low priority
NICENESS = 19  # of that process (the lowest priority): the live lessons come first
QUIET = 2.0  # seconds without a request from the learner, nor a lesson computing, before that process runs
POLL = 0.1  # seconds
COMPUTING = 0.1  # of a core: a kernel of this process is running cells (an idle lesson server uses ~0)

AHEAD = "GRADIENTE_RENDER_AHEAD"  # "0": make a lesson's first render only once it has been opened

CONTAINER = "gradiente-first-render"  # the id of the element holding it; its images carry data-first-render

_FIGURE = re.compile(r"<marimo-mime-renderer data-mime='([^']*)' data-data='([^']*)'></marimo-mime-renderer>")
_TEX = re.compile(r"\|\|([(\[])(.*?)\|\|[)\]]", re.S)
_STYLE = (
    "max-width: 1110px; margin: 0 auto; padding: 2rem 2rem 4rem; opacity: 0.85; "
    "font-family: system-ui, sans-serif; line-height: 1.5"
)


def cache_file(lesson_file: str | Path, lang: str, workspace: str | Path) -> Path:
    """Where the first render of ``lesson_file`` in ``lang`` for ``workspace`` is kept."""
    return kept.kept_file(f"first-renders-{FORMAT}", lesson_file, lang, os.path.realpath(workspace))


def cached(lesson_file: str | Path, lang: str, workspace: str | Path) -> str | None:
    """The kept first render, or None when there is none yet (or it cannot be read)."""
    try:
        page = kept.read(cache_file(lesson_file, lang, workspace))
        return page.decode("utf-8") if page is not None else None
    except (OSError, UnicodeDecodeError):  # the lesson's file is gone, or the render is damaged
        return None


class FirstRenders:
    """Makes the lessons' first renders (``make``) and keeps them on disk for the hub to show."""

    def __init__(self, files: dict[str, str], workspace: str | Path):
        self.files = files
        self.workspace = workspace
        self._started: set[str] = set()  # lessons queued or made
        self._queue: deque[str] = deque()  # lessons whose first render is to be made, the next first
        self._worker: threading.Thread | None = None  # the thread making them, while there are any
        self._lock = threading.Lock()
        self._apart = threading.Lock()
        self._making: subprocess.Popen | None = None  # the process making one now, if any
        self._last_busy = 0.0  # time.monotonic() of the learner's last request
        self._looked: tuple[float, float] | None = None  # (time.monotonic(), this process's CPU seconds)

    def html(self, lesson_id: str, lang: str) -> str | None:
        return cached(self.files[lesson_id], lang, self.workspace)

    def make_soon(self, lesson_id: str, delay: float) -> None:
        """Make it in the background, before any lesson rendered ahead, ``delay`` seconds from now."""
        timer = threading.Timer(delay, self._queue_up, args=([lesson_id],), kwargs={"first": True})
        timer.daemon = True
        timer.start()

    def render_ahead(self, lesson_ids: list[str]) -> None:
        """Make the first renders of ``lesson_ids`` in the background, in that order, after any lesson
        opened meanwhile. Without them, each lesson opened for the first time shows its first figure only
        once its kernel has drawn it: 4-6 s here, against 0.3-0.5 s with one (bench_hub)."""
        self._queue_up(lesson_ids, first=False)

    def is_kept(self, lesson_id: str) -> bool:
        """Whether both languages' first renders of the lesson are on disk already."""
        try:
            return all(cache_file(self.files[lesson_id], lang, self.workspace).exists() for lang in LANGS)
        except OSError:  # the lesson's file is gone
            return True

    def join(self, timeout: float | None = None) -> None:
        """Wait until every first render asked for is made."""
        if (worker := self._worker) is not None:
            worker.join(timeout)

    def _queue_up(self, lesson_ids: list[str], first: bool) -> None:
        with self._lock:
            for lesson_id in reversed(lesson_ids) if first else lesson_ids:
                if lesson_id in self._queue and first:
                    self._queue.remove(lesson_id)  # asked for ahead, and opened before its turn
                elif lesson_id in self._started:
                    continue
                self._started.add(lesson_id)
                if first:
                    self._queue.appendleft(lesson_id)
                else:
                    self._queue.append(lesson_id)
            if self._worker is None and self._queue:
                self._worker = threading.Thread(target=self._work, daemon=True, name="first-renders")
                self._worker.start()

    def _work(self) -> None:
        """Make the queued first renders, one at a time, each with ``make_apart``."""
        while True:
            with self._lock:
                if not self._queue:
                    self._worker = None
                    return
                lesson_id = self._queue.popleft()
            if not self.is_kept(lesson_id):
                self.make_apart(lesson_id)

    def make_apart(self, lesson_id: str) -> None:
        """``make``, in a process of its own at the lowest priority, and only while the learner is not
        doing anything. They are using the lesson by now: a whole run of the notebook in this process
        would hold the interpreter lock its live kernel needs, and even a process of its own, niced,
        made a slider's redraw wait up to 0.4 s more on two cores (measured). So the process waits
        for a quiet moment to start, and is stopped whenever the learner is busy again (``_quiet``)."""
        with self._apart:  # one at a time
            while not self._quiet():
                time.sleep(POLL)
            command = [sys.executable, "-m", "gradiente.hub.first_render", self.files[lesson_id], str(self.workspace)]
            try:
                process = subprocess.Popen(
                    command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
            except OSError:  # an optimisation only, as in ``make``
                return
            self._making, running = process, 0.0
            try:
                while process.poll() is None and running < MAKE_TIMEOUT:
                    time.sleep(POLL)
                    if self._quiet():
                        _signal(process, "SIGCONT")
                        running += POLL
                if process.poll() is None:
                    process.kill()
                    process.wait()
            finally:
                self._making = None

    def _quiet(self) -> bool:
        """Whether the learner has been quiet for ``QUIET`` seconds: no request, and no lesson computing.
        A request may set a kernel computing for seconds (a lesson's first run, a training): so a
        process using more than ``COMPUTING`` of a core since the last look counts as busy too."""
        now, cpu = time.monotonic(), _cpu_seconds()
        if (looked := self._looked) is not None and cpu - looked[1] > COMPUTING * (now - looked[0]):
            self.busy()
        self._looked = (now, cpu)
        return now - self._last_busy >= QUIET

    def busy(self) -> None:
        """The learner did something (the lesson server had a request): a first render being made
        stops until they have been quiet for ``QUIET`` seconds."""
        self._last_busy = time.monotonic()
        if (making := self._making) is not None:
            _signal(making, "SIGSTOP")

    def make(self, lesson_id: str) -> None:
        with self._lock:
            self._started.add(lesson_id)
        try:
            with PARSING:
                app = runpy.run_path(self.files[lesson_id], run_name="gradiente_first_render")["app"]
            first = resolve_lang(None)  # the hub's language first: most pages are asked for in it
            for lang in (first, *(other for other in LANGS if other != first)):
                with PARSING:
                    outputs, _ = app.run(defs={"lang": lang})
                kept.write(cache_file(self.files[lesson_id], lang, self.workspace), render(outputs).encode())
        except Exception:  # noqa: BLE001 - an optimisation only: without it the live page just comes later
            pass


def _cpu_seconds() -> float:
    """CPU time this process (all its threads: the lessons' kernels) has used."""
    times = os.times()
    return times.user + times.system


def _signal(process: subprocess.Popen, name: str) -> None:
    """Stop or continue ``process`` where the platform can (POSIX); elsewhere it just runs niced."""
    if hasattr(signal, name):
        with suppress(OSError):  # it has just ended
            process.send_signal(getattr(signal, name))


def render(outputs) -> str:
    """The cells' outputs as static HTML: what needs marimo's scripts is replaced or left to them."""
    import marimo as mo

    parts = []
    for output in outputs:
        if output is None:
            continue
        text = mo.as_html(output).text
        text = _FIGURE.sub(_image, text)
        text = _TEX.sub(
            lambda match: f"<code>{match.group(2)}</code>" if match.group(1) == "(" else f"<pre>{match.group(2)}</pre>",
            text,
        )
        parts.append(f"<div>{text}</div>")
    # hub.js hands over to the live lesson once it shows as many outputs as this render holds.
    return (
        f'<div id="{CONTAINER}" data-outputs="{len(parts)}" aria-busy="true" style="{_STYLE}">'
        + "\n".join(parts)
        + "</div>"
    )


def _image(match: re.Match) -> str:
    """A figure's PNG, out of marimo's mime bundle; anything else stays for marimo to draw."""
    try:
        bundle = json.loads(html.unescape(match.group(2)))
        if isinstance(bundle, str):
            bundle = json.loads(bundle)
        source = bundle["image/png"]
    except (ValueError, KeyError, TypeError):
        return ""
    if not str(source).startswith("data:image/png;base64,"):
        return ""
    return f'<img data-first-render src="{html.escape(source, quote=True)}" alt="" style="max-width: 100%">'


def main(argv: list[str] | None = None) -> None:
    """``python -m gradiente.hub.first_render LESSON_FILE WORKSPACE``: make that lesson's first renders."""
    from gradiente.course.confine import die_with_parent

    lesson_file, workspace = sys.argv[1:] if argv is None else argv
    die_with_parent()  # stopped or not, it goes with the lesson server
    if hasattr(os, "nice"):
        os.nice(NICENESS)
    import matplotlib

    from gradiente.hub.marimo_speedups import remember_plugin_lookups

    matplotlib.use("Agg")  # as the lesson server's kernels draw
    remember_plugin_lookups()
    FirstRenders({"lesson": lesson_file}, workspace).make("lesson")


if __name__ == "__main__":
    main()
