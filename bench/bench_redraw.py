"""Figure redraws as the learner sees them (goal: well under half a second each).

For each lesson asked, in headless Chromium through a real hub: wait until the live kernel has
drawn the lesson, then move each slider one step at a time and time the wait from the key press
until some figure of the page has changed (its image source), ``--steps`` times per slider. It
prints, per slider, its label, the median, the slowest redraw and every time; a slider that changes
no figure within ten seconds, or that belongs to a form (it redraws on submit), is reported as such.

Run: python bench/bench_redraw.py LESSON_ID [LESSON_ID ...] [--steps 5] [--sliders 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_hub import CHROMIUM, CHROMIUM_ARGS, Hub  # noqa: E402

GOAL = 0.5  # seconds
PATIENCE = 10.0  # seconds before a slider counts as changing nothing

FIGURES = "() => Array.from(document.querySelectorAll('img')).map(image => image.src).join('\\n')"
# Waits in the page itself, so the time is not the polling interval of this script.
CHANGED = """async (before) => {
  const start = performance.now();
  while (performance.now() - start < %d) {
    if (Array.from(document.querySelectorAll('img')).map(i => i.src).join('\\n') !== before) return true;
    await new Promise(requestAnimationFrame);
  }
  return false;
}""" % (PATIENCE * 1000)


# The text marimo shows beside a slider (its label), else the slider's value range.
LABEL = """el => {
  const label = el.closest('label') || el.closest('marimo-slider, [class*=slider]')?.parentElement?.querySelector('label');
  const text = label ? label.innerText.trim().split('\\n')[0] : '';
  return text || `${el.getAttribute('aria-valuemin')}..${el.getAttribute('aria-valuemax')}`;
}"""


# A slider inside a form (marimo's <marimo-form>, through shadow roots) redraws when the form is
# submitted, not when it moves: it is reported as such rather than timed.
IN_FORM = """el => {
  for (let node = el; node; node = node.parentNode || node.host) {
    if (node.tagName === 'MARIMO-FORM' || node.tagName === 'FORM') return true;
  }
  return false;
}"""


def settled(frame, quiet: float = 6.0, limit: float = 120.0) -> None:
    """Until the figures have stopped changing for ``quiet`` seconds: the live kernel has drawn them.

    Some lessons compute for seconds between two figures (5.7's cross-validations): after a 2 s
    quiet its first press waited behind them (0.65-0.83 s) and its last slider was not there yet."""
    deadline = time.time() + limit
    last, since = frame.evaluate(FIGURES), time.time()
    while time.time() < deadline:
        time.sleep(0.2)
        now = frame.evaluate(FIGURES)
        if now != last:
            last, since = now, time.time()
        elif now and time.time() - since >= quiet:
            return
    raise RuntimeError("the lesson never settled")


def redraws(page, base: str, lesson: str, steps: int, sliders: int) -> list[tuple[str, list[float] | None]]:
    page.goto(f"{base}lesson/{lesson}?lang=en")
    frame = page.frame_locator("#lesson-frame").locator("body")
    frame.locator("img").first.wait_for(timeout=120_000)
    inner = page.frame(url=lambda url: f"/app/{lesson}/" in url)
    settled(inner)
    results = []
    controls = inner.get_by_role("slider")
    for index in range(min(sliders, controls.count())):
        slider = controls.nth(index)
        label = f"{index + 1}. " + slider.evaluate(LABEL)
        if slider.evaluate(IN_FORM):
            results.append((label, None))
            continue
        slider.scroll_into_view_if_needed()
        times = []
        # A slider at its top moves down first (a press toward the end it sits at changes nothing).
        at_top = slider.get_attribute("aria-valuenow") == slider.get_attribute("aria-valuemax")
        for step in range(steps):
            before = inner.evaluate(FIGURES)
            slider.focus()
            start = time.perf_counter()
            slider.press("ArrowRight" if (step % 2 == 0) != at_top else "ArrowLeft")
            changed = inner.evaluate(CHANGED, before)
            elapsed = time.perf_counter() - start
            if not changed:
                times = []
                break
            times.append(elapsed)
            time.sleep(0.3)  # let the kernel go idle: each press is timed alone
        results.append((label, times))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lessons", nargs="+")
    parser.add_argument("--steps", type=int, default=5)
    parser.add_argument("--sliders", type=int, default=20)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    scratch = Path(tempfile.mkdtemp(prefix="gradiente-redraw-"))
    hub = Hub(scratch / "workspace", scratch / "cache")
    try:
        hub.wait_for("/")
        with sync_playwright() as running:
            browser = running.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(hub.entry)
            for lesson in args.lessons:
                print(f"{lesson}:")
                for label, times in redraws(page, hub.base, lesson, args.steps, args.sliders):
                    if times is None:
                        print(f"  {label[:40]:<40} in a form: redraws when the form is submitted")
                        continue
                    if not times:
                        print(f"  {label[:40]:<40} changed no figure within {PATIENCE:.0f} s")
                        continue
                    slowest = max(times)
                    mark = "ok" if slowest <= GOAL else "SLOW"
                    each = " ".join(f"{elapsed:.2f}" for elapsed in times)
                    print(
                        f"  {label[:40]:<40} median {statistics.median(times):.3f} s  max {slowest:.3f} s  {mark}  ({each})"
                    )
            browser.close()
    finally:
        hub.stop()


if __name__ == "__main__":
    main()
