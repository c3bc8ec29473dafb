"""How fast a learner hears back: a cold `gradiente check`, and a save graded by `gradiente watch`.

Measured in one run, beside `python -c "import numpy"` (the reference: no check can start
faster than the NumPy it needs):

- cold `gradiente check gradient` with today's course and with the full-size course
  (38 lessons, 114 exercises; bench/scaled_course.py). Goal: median at most 0.5 s.
- warm save -> verdict in `gradiente watch` (a fork server forks each check). Goal: median
  at most 150 ms, counted from the file's write to the verdict line on the watcher's output.
- warm Check -> verdict in the hub, in headless Chromium (Debian's): from the click on the
  exercise's Check button to its verdict on the page (save, grade, record, render, websocket).

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


def warm_hub(scratch: Path, runs: int) -> tuple[list[float], list[float], list[float]]:
    """Seconds to the verdict shown, alternating a wrong and a right answer: from the click on Check
    (Playwright's own click takes ~90 ms before the browser acts), from the moment the browser
    sends the Check to the lesson's kernel, and from then to the verdict's arrival on the page's
    websocket (the hub's share: the rest is the browser drawing it)."""
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
            sent: list[float] = []
            page.on(
                "request",
                lambda request: (
                    sent.append(time.perf_counter())
                    if request.url.endswith("/api/kernel/set_ui_element_value")
                    else None
                ),
            )
            verdicts: list[float] = []  # arrival of each websocket message carrying a verdict
            page.on(
                "websocket",
                lambda socket: socket.on(
                    "framereceived",
                    lambda payload: (
                        verdicts.append(time.perf_counter()) if "gradiente-result" in str(payload) else None
                    ),
                ),
            )
            page.goto(entry.group(0))
            page.goto(entry.group(0).split("?")[0] + "lesson/derivatives-gradient-descent")
            frame = page.frame_locator("#lesson-frame")
            form = frame.locator("form").filter(has=frame.locator(".cm-content")).first
            form.wait_for(timeout=60_000)
            times, from_request, to_socket = [], [], []
            for n in range(runs + 2):
                code, status = (RIGHT, "pass") if n % 2 else (WRONG, "fail")
                editor = form.locator(".cm-content")
                editor.click()
                editor.press("Control+a")
                page.keyboard.insert_text(code.format(n=n))
                time.sleep(0.5)  # the editor's own value updates go first
                clicked = time.perf_counter()
                form.get_by_role("button").last.click()
                frame.locator(
                    f'.gradiente-result[data-exercise="numerical_derivative"][data-status="{status}"]'
                ).wait_for(timeout=60_000)
                shown = time.perf_counter()
                times.append(shown - clicked)
                request = max(t for t in sent if t >= clicked)
                from_request.append(shown - request)
                to_socket.append(min(t for t in verdicts if t >= request) - request)
            browser.close()
        return times[2:], from_request[2:], to_socket[2:]  # the first checks also start the kernel's paths
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
        hub_times, hub_sent, hub_socket = warm_hub(scratch, runs)
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
    clicked = statistics.median(hub_times)
    in_hub = statistics.median(hub_sent)
    print(f"hub: Playwright click -> verdict    median {clicked * 1000:.0f} ms")
    print(
        f"warm Check sent -> verdict shown    median {in_hub * 1000:.0f} ms  (min {min(hub_sent) * 1000:.0f}, "
        f"max {max(hub_sent) * 1000:.0f}; {in_hub / numpy_time:.2f}x import numpy)"
    )
    print(f"  of which Check sent -> verdict on the websocket  median {statistics.median(hub_socket) * 1000:.0f} ms")
    print(f"goal: hub median <= 150 ms -> {'met' if in_hub <= 0.15 else 'NOT met'}")


if __name__ == "__main__":
    main()
