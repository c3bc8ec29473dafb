"""How fast a learner hears back: a cold `gradiente check`, and a save graded by `gradiente watch`.

Measured in one run, beside `python -c "import numpy"` (the reference: no check can start
faster than the NumPy it needs):

- cold `gradiente check gradient` with today's course and with the full-size course
  (38 lessons, 114 exercises; bench/scaled_course.py). Goal: median at most 0.5 s.
- warm save -> verdict in `gradiente watch` (a fork server forks each check). Goal: median
  at most 150 ms, counted from the file's write to the verdict line on the watcher's output.
- warm Check -> verdict in the hub, in headless Chromium (Debian's): from the click on the
  exercise's Check button to the frame that paints its verdict (save, grade, record, websocket,
  render), timed inside the page. Goal: median at most 150 ms.

Run: python bench/bench_check.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scaled_course import write_scaled_course  # noqa: E402

WRONG = "def numerical_derivative(f, x, h=1e-5):\n    return (f(x + h) - f(x)) / h  # save {n}\n"


def median_seconds(command: list[str], runs: int, env: dict) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def new_workspace(folder: Path, env: dict, exercise_id: str, solution: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "gradiente", "init", str(folder)], env=env, check=True, stdout=subprocess.DEVNULL
    )
    target = next((folder / "exercises").rglob(f"{solution.name}"))
    shutil.copyfile(solution, target)
    return folder


def cold_checks(scratch: Path, runs: int) -> dict[str, float]:
    from gradiente.course.manifest import load_course

    figures = {}
    env = dict(os.environ, GRADIENTE_LANG="en", GRADIENTE_BACKUP_DIR=str(scratch / "backups"))
    figures["import numpy"] = median_seconds([sys.executable, "-c", "import numpy"], runs, env)
    course = load_course()
    workspace = scratch / "workspace"
    env["GRADIENTE_WORKSPACE"] = str(workspace)
    new_workspace(workspace, env, "gradient", course.exercise("gradient").solution_path)
    figures[f"check, {len(course.exercises)} exercises (the course today)"] = median_seconds(
        [sys.executable, "-m", "gradiente", "check", "gradient"], runs, env
    )

    full = write_scaled_course(scratch / "full-course")
    full_env = dict(env, GRADIENTE_COURSE=str(full), GRADIENTE_WORKSPACE=str(scratch / "full-workspace"))
    full_course = load_course(full)
    exercise = full_course.exercises[len(full_course.exercises) // 2]
    new_workspace(scratch / "full-workspace", full_env, exercise.id, exercise.solution_path)
    figures[f"check, {len(full_course.exercises)} exercises"] = median_seconds(
        [sys.executable, "-m", "gradiente", "check", exercise.id], runs, full_env
    )
    return figures


def warm_watch(scratch: Path, runs: int) -> list[float]:
    """Seconds from each save to the verdict line `gradiente watch` prints for it."""
    workspace = scratch / "watch-workspace"
    env = dict(
        os.environ,
        GRADIENTE_LANG="en",
        GRADIENTE_WORKSPACE=str(workspace),
        PYTHONUNBUFFERED="1",
        COLUMNS="200",
        GRADIENTE_BACKUP_DIR=str(scratch / "backups"),
    )
    subprocess.run(
        [sys.executable, "-m", "gradiente", "init", str(workspace)], env=env, check=True, stdout=subprocess.DEVNULL
    )
    target = workspace / "exercises" / "calculus" / "numerical_derivative.py"
    from gradiente.course.manifest import load_course

    next_exercise = load_course().exercises[0].id  # nothing passed yet: watch checks the course's first
    watcher = subprocess.Popen(
        [sys.executable, "-m", "gradiente", "watch"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: queue.Queue = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put((time.perf_counter(), line)) for line in watcher.stdout], daemon=True
    ).start()

    def verdict(limit: float = 20.0, of: str = "numerical_derivative") -> float:
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline:
            try:
                when, line = lines.get(timeout=0.5)
            except queue.Empty:
                continue
            if f"{of} —" in line:
                return when
        raise RuntimeError("gradiente watch printed no verdict")

    try:
        verdict(60, of=next_exercise)  # the first pending exercise, checked at start
        time.sleep(1.0)  # let the file watcher settle
        times = []
        for n in range(runs + 2):
            while not lines.empty():
                lines.get()
            saved = time.perf_counter()
            target.write_text(WRONG.format(n=n))
            times.append(verdict() - saved)
            time.sleep(0.4)
        return times[2:]  # the first saves also pay for the watcher's first look at the folder
    finally:
        watcher.terminate()
        watcher.wait(timeout=10)


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
RIGHT = "def numerical_derivative(f, x, h=1e-5):\n    return (f(x + h) - f(x - h)) / (2 * h)  # {n}\n"


# Timed inside the lesson's page, so that nothing polls it while it works: Playwright's own
# waiting queries the whole page (its shadow roots too) several times a check, tens of ms of
# the page's CPU, which a learner's browser never spends. From the click on Check, the page
# notes the verdict's arrival on its websocket and the first animation frame that holds the
# verdict (the frame it is painted in).
IN_PAGE_TIMER = r"""
(() => {
  if (!location.pathname.startsWith("/app/")) return;
  window.__checks = [];
  const WS = window.WebSocket;
  window.WebSocket = function (...args) {
    const socket = new WS(...args);
    socket.addEventListener("message", (message) => {
      const check = window.__checks[window.__checks.length - 1];
      if (check && check.socket === undefined && String(message.data).includes("gradiente-result"))
        check.socket = performance.now() - check.clicked;
    });
    return socket;
  };
  window.WebSocket.prototype = WS.prototype;
  Object.assign(window.WebSocket, WS);
  const verdict = () => {
    for (const callout of document.querySelectorAll("marimo-callout-output")) {
      const found = callout.shadowRoot && callout.shadowRoot.querySelector(".gradiente-result");
      if (found) return found;
    }
    return null;
  };
  window.addEventListener("click", () => {
    if (!window.__expect) return;
    const check = { clicked: performance.now(), status: window.__expect };
    window.__expect = null;
    window.__checks.push(check);
    const look = () => {
      const shown = verdict();
      if (shown && shown.getAttribute("data-status") === check.status) check.shown = performance.now() - check.clicked;
      else if (performance.now() - check.clicked < 60000) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, true);
})();
"""


def warm_hub(scratch: Path, runs: int) -> tuple[list[float], list[float]]:
    """Seconds from the click on Check to its verdict on the screen, and to the verdict's arrival
    on the page's websocket (the hub's share: the rest is the browser drawing it), alternating a
    wrong and a right answer, timed inside the page (IN_PAGE_TIMER)."""
    import re

    from playwright.sync_api import sync_playwright

    workspace = scratch / "hub-workspace"
    env = dict(
        os.environ,
        GRADIENTE_WORKSPACE=str(workspace),
        PYTHONUNBUFFERED="1",
        GRADIENTE_BACKUP_DIR=str(scratch / "backups"),
    )
    hub = subprocess.Popen(
        [sys.executable, "-m", "gradiente", "--lang", "en", "start", "--no-browser", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        entry = None
        while entry is None:
            line = hub.stdout.readline()
            if not line:
                raise RuntimeError("the hub did not start")
            entry = re.search(r"http://127\.0\.0\.1:\d+/\?token=\S+", line)
        threading.Thread(target=lambda: [None for _ in hub.stdout], daemon=True).start()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=CHROMIUM_ARGS
            )
            page = browser.new_page()
            page.add_init_script(IN_PAGE_TIMER)
            page.goto(entry.group(0))
            page.goto(entry.group(0).split("?")[0] + "lesson/derivatives-gradient-descent")
            frame = page.frame_locator("#lesson-frame")
            form = frame.locator("form").filter(has=frame.locator(".cm-content")).first
            form.wait_for(timeout=60_000)
            lesson = next(f for f in page.frames if "/app/" in f.url)
            for n in range(runs + 2):
                code, status = (RIGHT, "pass") if n % 2 else (WRONG, "fail")
                editor = form.locator(".cm-content")
                editor.click()
                editor.press("Control+a")
                page.keyboard.insert_text(code.format(n=n))
                time.sleep(0.5)  # the editor's own value updates go first
                lesson.evaluate(f"window.__expect = {status!r}")
                form.get_by_role("button").last.click()
                lesson.wait_for_function(  # a cheap look, ten times a second
                    "window.__checks.length > 0 && window.__checks.at(-1).shown !== undefined",
                    polling=100,
                    timeout=60_000,
                )
                time.sleep(0.5)  # as a learner reads the verdict before the next try
            checks = lesson.evaluate("window.__checks")
            browser.close()
        checks = checks[2:]  # the first checks also start the kernel's paths
        return [c["shown"] / 1000 for c in checks], [c["socket"] / 1000 for c in checks]
    finally:
        hub.terminate()
        hub.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        figures = cold_checks(scratch, runs)
        watch_times = warm_watch(scratch, runs)
        hub_times, hub_socket = warm_hub(scratch, runs)
    numpy_time = figures.pop("import numpy")
    print(f"runs per figure: {runs}")
    print(f'python -c "import numpy"                median {numpy_time:.3f} s')
    worst = 0.0
    for name, seconds in figures.items():
        worst = max(worst, seconds)
        print(f"cold gradiente {name:<22} median {seconds:.3f} s  ({seconds / numpy_time:.2f}x import numpy)")
    print(f"goal: cold median <= 0.500 s -> {'met' if worst <= 0.5 else 'NOT met'}")
    warm = statistics.median(watch_times)
    print(
        f"warm save -> verdict in watch       median {warm * 1000:.0f} ms  (min {min(watch_times) * 1000:.0f}, "
        f"max {max(watch_times) * 1000:.0f}; {warm / numpy_time:.2f}x import numpy)"
    )
    print(f"goal: warm median <= 150 ms -> {'met' if warm <= 0.15 else 'NOT met'}")
    shown = statistics.median(hub_times)
    print(
        f"warm Check clicked -> verdict shown   median {shown * 1000:.0f} ms  (min {min(hub_times) * 1000:.0f}, "
        f"max {max(hub_times) * 1000:.0f}; {shown / numpy_time:.2f}x import numpy; timed in the page)"
    )
    print(f"  of which clicked -> verdict on the websocket  median {statistics.median(hub_socket) * 1000:.0f} ms")
    print(f"goal: hub median <= 150 ms -> {'met' if shown <= 0.15 else 'NOT met'}")


if __name__ == "__main__":
    main()
