"""The hub under its own lessons (issue 8, part 6): figures from one run, each with its goal.

- launch -> first HTTP 200 of the course map (goal < 1.5 s);
- navigation -> the lesson's first figure, median over fresh browser contexts (goal <= 1.5 s), and
  the first figure its live kernel drew (the first may come from the lesson's first render, which the
  hub keeps in its cache folder: so both at the first launch ever, from an empty cache, and at a later one);
- how long after the first launch ever every lesson has its first render (made while the learner is
  quiet), and then navigation -> first figure of a lesson never opened;
- home-page p95 while 10 lesson tabs open at once (goal <= 300 ms);
- at 38 lessons (bench/scaled_course.py): launch -> a lesson usable (its app answers with the
  lesson page; goal <= 2 s; the first launch ever makes the page, later launches keep it), and the hub's resident memory before any lesson is opened (goal <= 300 MB).

Run: python bench/bench_hub.py [--runs 5]   (the browser parts need Debian's chromium)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scaled_course import write_scaled_course  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
LESSON = "derivatives-gradient-descent"
# The announced address, with the launch's token when there is one: "http://127.0.0.1:PORT/?token=TOKEN".
ADDRESS = re.compile(r"(http://127\.0\.0\.1:\d+/)(\?token=[\w.~%-]+)?")


class Hub:
    """A real `gradiente start` process; ``base`` is its root URL, ``entry`` the URL the browser opens once."""

    def __init__(self, workspace: Path, cache: Path, course: Path | None = None):
        env = dict(os.environ, GRADIENTE_WORKSPACE=str(workspace), GRADIENTE_CACHE_DIR=str(cache), PYTHONUNBUFFERED="1")
        if course is not None:
            env["GRADIENTE_COURSE"] = str(course)
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gradiente", "start", "--no-browser", "--port", "0"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        first_line = self.process.stdout.readline()
        match = ADDRESS.search(first_line)
        if not match:
            raise RuntimeError(f"the hub did not announce its address: {first_line!r}")
        self.base, self.entry = match.group(1), match.group(0)
        threading.Thread(target=self.process.stdout.read, daemon=True).start()  # never let its pipe fill up
        self.client = httpx.Client(timeout=30, follow_redirects=True)

    def wait_for(self, path: str, contains: str | None = None) -> float:
        """Seconds from launch until ``path`` answers 200 (and its body holds ``contains``)."""
        first = True
        while True:
            try:
                response = self.client.get(self.entry if first else self.base + path.lstrip("/"), timeout=30)
                if first and response.status_code == 200:
                    first = False  # the token (if any) is now a cookie of this client
                    response = self.client.get(self.base + path.lstrip("/"))
                if response.status_code == 200 and (contains is None or contains in response.text):
                    return time.perf_counter() - self.started
            except httpx.TransportError:
                pass
            time.sleep(0.01)

    def resident_mb(self) -> tuple[float, float]:
        """Resident memory of the hub process, and of the hub with every process it started."""
        tree = _process_tree(self.process.pid)
        sizes = [_rss_mb(pid) for pid in tree]
        return sizes[0], sum(sizes)

    def stop(self) -> None:
        self.client.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _process_tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    tree, queue = [], [root]
    while queue:
        pid = queue.pop()
        tree.append(pid)
        queue.extend(children.get(pid, []))
    return tree


def open_lesson(browser, hub: Hub, lesson: str) -> tuple[object, float, float]:
    """A fresh browser context (cold cache) opening the hub's lesson page; seconds to the lesson's first
    figure (its first render's, shown by the hub over the lesson, if it has one), and to the first
    figure its live kernel drew."""
    context = browser.new_context()
    page = context.new_page()
    if hub.entry != hub.base:
        page.goto(hub.entry)  # the launch URL once: its token becomes the context's cookie
    start = time.perf_counter()
    page.goto(f"{hub.base}lesson/{lesson}?lang=en", wait_until="commit")
    live = page.frame_locator("#lesson-frame").locator("img")
    preview = page.locator("#first-render img")
    deadline = start + 120
    while not (_visible(preview) or _visible(live)):
        if time.perf_counter() > deadline:
            raise TimeoutError(f"no figure of {lesson} after 120 s")
        page.wait_for_timeout(10)
    first = time.perf_counter() - start
    live.first.wait_for(timeout=120_000)
    return context, first, time.perf_counter() - start


def _visible(locator) -> bool:
    try:
        return locator.first.is_visible()
    except Exception:  # noqa: BLE001 - the frame is still navigating
        return False


def first_figures(browser, hub: Hub, runs: int, lesson: str = LESSON) -> list[tuple[float, float]]:
    seconds = []
    for _ in range(runs):
        context, first, live = open_lesson(browser, hub, lesson)
        seconds.append((first, live))
        context.close()
        time.sleep(1.0)  # a learner reads before opening the next lesson
    return seconds


def rendered_ahead(hub: Hub, cache: Path, lessons: int, limit: float = 900) -> float:
    """Seconds from launch until the first renders of all ``lessons`` (both languages) are kept."""
    from gradiente.hub.first_render import FORMAT

    folder = cache / f"first-renders-{FORMAT}"
    while len(list(folder.glob("*.html"))) < 2 * lessons:
        if time.perf_counter() - hub.started > limit:
            raise TimeoutError(f"{len(list(folder.glob('*.html')))} of {2 * lessons} first renders after {limit} s")
        time.sleep(0.5)
    return time.perf_counter() - hub.started


def home_while_tabs_open(browser, hub: Hub, lessons: list[str]) -> tuple[list[float], list[float]]:
    """Open one tab per lesson at once and keep asking for the home page until every tab shows a figure.

    Returns the home page's latencies and each tab's seconds to its first live figure."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    latencies: list[float] = []
    done = threading.Event()

    def ask_home() -> None:
        with httpx.Client(timeout=60, cookies=hub.client.cookies) as client:
            while not done.is_set():
                start = time.perf_counter()
                client.get(hub.base)
                latencies.append(time.perf_counter() - start)
                time.sleep(0.02)

    contexts, pages = [], []
    for _ in lessons:
        context = browser.new_context()
        page = context.new_page()
        if hub.entry != hub.base:
            page.goto(hub.entry)
        contexts.append(context)
        pages.append(page)
    asker = threading.Thread(target=ask_home)
    asker.start()
    start = time.perf_counter()
    for page, lesson in zip(pages, lessons):  # navigations start together; Playwright waits below
        page.evaluate(f"() => {{ window.location.href = '{hub.base}lesson/{lesson}?lang=en'; }}")
    figures = []
    deadline = start + 150  # for all ten together
    for page in pages:
        try:
            page.frame_locator("#lesson-frame").locator("img").first.wait_for(
                timeout=max(1.0, deadline - time.perf_counter()) * 1000
            )
            figures.append(time.perf_counter() - start)
        except PlaywrightTimeout:
            figures.append(float("inf"))  # reported as such: this tab never showed its figure
            print(f"tab {len(figures)} of {len(pages)} shows no figure: {_what_it_shows(page)}", file=sys.stderr)
    done.set()
    asker.join()
    for context in contexts:
        context.close()
    return latencies, figures


def _what_it_shows(page) -> str:
    """The start of each frame's text, to tell a tab still loading from one that stopped."""
    shown = []
    for frame in page.frames:
        try:
            text = frame.evaluate("() => document.body ? document.body.innerText : '(no body)'")
        except Exception as error:  # a frame that went away while being read
            text = f"({type(error).__name__})"
        shown.append(f"{frame.url}: {' | '.join(text.split(chr(10)))[:300]!r}")
    return "; ".join(shown)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]


def verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="navigations to a lesson, for the median (default 5)")
    parser.add_argument("--lesson", default=LESSON, help=f"the lesson whose first figure is timed (default {LESSON})")
    arguments = parser.parse_args()
    runs, lesson = arguments.runs, arguments.lesson
    from gradiente.course.manifest import load_course

    lessons = [each.id for each in load_course().lessons]  # the last is rendered ahead last
    ahead_on = os.environ.get("GRADIENTE_RENDER_AHEAD", "1") != "0"
    with_browser = Path(CHROMIUM).exists()
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        # The hub keeps the lessons' pages and first renders in its cache folder: a first launch
        # ever starts from an empty one, a later launch finds what the first made.
        hub = Hub(scratch / "workspace", scratch / "cache")
        try:
            launch = hub.wait_for("/")
            if with_browser:
                from playwright.sync_api import sync_playwright

                with sync_playwright() as playwright:
                    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                    figures = first_figures(browser, hub, runs, lesson)
                    latencies, tab_figures = home_while_tabs_open(browser, hub, [LESSON] * 10)
                    if ahead_on:
                        ahead = rendered_ahead(hub, scratch / "cache", len(lessons))
                        never_opened = first_figures(browser, hub, runs, lessons[-1])
                    browser.close()
        finally:
            hub.stop()
        if with_browser:
            hub = Hub(scratch / "workspace", scratch / "cache")
            try:
                hub.wait_for("/")
                with sync_playwright() as playwright:
                    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                    later_figures = first_figures(browser, hub, runs, lesson)
                    browser.close()
            finally:
                hub.stop()

        course = write_scaled_course(scratch / "course")
        usable = []
        for launch_number in range(2):  # the first launch ever, then a later one
            scaled = Hub(scratch / "workspace-38", scratch / "cache-38", course=course)
            try:
                scaled_launch = scaled.wait_for("/")
                usable.append(scaled.wait_for("/app/lesson-20/", contains="<marimo"))
                if launch_number == 0:
                    time.sleep(3.0)  # let whatever the hub does in the background at launch finish
                    hub_mb, tree_mb = scaled.resident_mb()
                scaled_figure = None
                if with_browser and launch_number == 1:
                    from playwright.sync_api import sync_playwright

                    with sync_playwright() as playwright:
                        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                        context, _, scaled_figure = open_lesson(browser, scaled, "lesson-20")
                        context.close()
                        browser.close()
            finally:
                scaled.stop()
        lesson_ready = usable[1]

    print(f"launch -> first HTTP 200                      {launch:6.3f} s    (goal < 1.5 s: {verdict(launch < 1.5)})")
    if with_browser:
        median = statistics.median(first for first, _ in figures)
        listing = ", ".join(f"{first:.2f}" for first, _ in figures)
        print(f"navigation -> first figure, first launch ever {median:6.3f} s    (median of {runs}) [{listing}]")
        median = statistics.median(first for first, _ in later_figures)
        listing = ", ".join(f"{first:.2f}" for first, _ in later_figures)
        print(
            f"navigation -> first figure, a later launch   {median:6.3f} s    (goal <= 1.5 s: {verdict(median <= 1.5)})  [{listing}]"
        )
        if ahead_on:
            print(f"first launch ever: every lesson's first render made after {ahead:6.1f} s ({len(lessons)} lessons)")
            median = statistics.median(first for first, _ in never_opened)
            listing = ", ".join(f"{first:.2f}" for first, _ in never_opened)
            print(
                f"navigation -> first figure, a lesson never opened, then {median:6.3f} s    "
                f"(goal <= 1.5 s: {verdict(median <= 1.5)})  [{lessons[-1]}: {listing}]"
            )
        live = statistics.median(live for _, live in figures)
        listing = ", ".join(f"{live:.2f}" for _, live in figures)
        print(f"navigation -> first live figure (kernel)      {live:6.3f} s    [{listing}]")
        home = p95(latencies)
        print(
            f"home page p95 while 10 lesson tabs open       {home * 1000:6.0f} ms   (goal <= 300 ms: {verdict(home <= 0.3)})"
            f"  [{len(latencies)} requests, max {max(latencies) * 1000:.0f} ms; live figures in "
            f"{sum(seconds < float('inf') for seconds in tab_figures)}/10 tabs, the last after {max(tab_figures):.1f} s]"
        )
    else:
        print("lesson render: skipped (no Chromium; apt-get install chromium)")
    print(f"38 lessons: launch -> first HTTP 200          {scaled_launch:6.3f} s")
    print(f"38 lessons: launch -> lesson usable, first launch ever {usable[0]:6.3f} s")
    print(
        f"38 lessons: launch -> lesson usable, a later launch    {lesson_ready:6.3f} s    (goal <= 2 s: {verdict(lesson_ready <= 2)})"
    )
    print(
        f"38 lessons: hub resident before any lesson    {hub_mb:6.0f} MB   (goal <= 300 MB: {verdict(hub_mb <= 300)})"
        f"  [with the processes it started: {tree_mb:.0f} MB]"
    )
    if scaled_figure is not None:
        print(f"38 lessons: navigation -> first live figure   {scaled_figure:6.3f} s")


if __name__ == "__main__":
    main()
