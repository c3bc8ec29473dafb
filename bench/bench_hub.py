"""The hub: time from launch to the first HTTP 200 (goal under 1.5 s), and to the lesson's first render in a browser.

Run: python bench/bench_hub.py [--runs 5]   (the browser part needs Debian's chromium)
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
import time
from pathlib import Path

import httpx

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LESSON = "derivatives-gradient-descent"


def launch(workspace: Path) -> tuple[subprocess.Popen, str, float]:
    env = dict(os.environ, GRADIENTE_WORKSPACE=str(workspace), PYTHONUNBUFFERED="1")
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "gradiente", "start", "--no-browser", "--port", "0"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = re.search(r"http://127\.0\.0\.1:\d+/", process.stdout.readline()).group(0)
    while True:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return process, url, time.perf_counter() - start
        except httpx.TransportError:
            time.sleep(0.01)


def first_render(url: str) -> tuple[float, float]:
    """Seconds from navigation to the lesson's title, and to its first figure."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        page = browser.new_page()
        start = time.perf_counter()
        page.goto(f"{url}app/{LESSON}/?lang=en")
        page.get_by_role("heading", level=1).first.wait_for(timeout=60_000)
        title = time.perf_counter() - start
        page.locator("img").first.wait_for(timeout=60_000)
        figure = time.perf_counter() - start
        browser.close()
    return title, figure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    launches, titles, figures = [], [], []
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(runs):
            process, url, seconds = launch(Path(scratch) / "workspace")
            launches.append(seconds)
            try:
                if Path(CHROMIUM).exists():
                    title, figure = first_render(url)
                    titles.append(title)
                    figures.append(figure)
            finally:
                process.terminate()
                process.wait(timeout=10)
    print(f"runs: {runs}")
    median_launch = statistics.median(launches)
    print(f"launch -> first HTTP 200        median {median_launch:.3f} s  (goal < 1.5 s: {'met' if median_launch < 1.5 else 'NOT met'})")
    if titles:
        print(f"lesson: navigation -> title     median {statistics.median(titles):.3f} s")
        print(f"lesson: navigation -> figure    median {statistics.median(figures):.3f} s")
    else:
        print("lesson render: skipped (no Chromium; apt-get install chromium)")


if __name__ == "__main__":
    main()
