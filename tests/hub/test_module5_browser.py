"""Lesson 5.1 (probability-distributions) in a real browser: headless Chromium (Debian's), driven by Playwright.

The learner opens the lesson in the hub, picks another distribution in the explorer and sees its
figure redrawn (and only that one), submits a wrong and then a right binomial_pmf and reads both
verdicts; no request may leave 127.0.0.1 meanwhile. The fixtures (``hub``, ``browser``) are
those of ``conftest.py``, the page helpers ``browsing.py``'s.
"""

import time

import pytest
from browsing import drawn_text, exercise_form, figure_sources

pytestmark = pytest.mark.browser

LESSON = "probability-distributions"

# p and 1 − p swapped: the probability of n − k successes.
WRONG = """import numpy as np
from gradiente.stats.special import gammaln


def binomial_pmf(k, n, p):
    k = np.asarray(k, dtype=float)
    log_choose = gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1)
    return np.exp(log_choose + (n - k) * np.log(p) + k * np.log(1 - p))
"""
RIGHT = """import numpy as np
from gradiente.stats.special import gammaln


def binomial_pmf(k, n, p):
    k = np.asarray(k, dtype=float)
    log_choose = gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1)
    return np.exp(log_choose + k * np.log(p) + (n - k) * np.log1p(-p))
"""


def submit(frame, code: str, status: str) -> str:
    """Type ``code`` into the first exercise (binomial_pmf), press Check, wait for the verdict."""
    editor = exercise_form(frame, 0).locator(".cm-content")
    editor.click()
    editor.press("Control+a")
    editor.page.keyboard.insert_text(code)
    exercise_form(frame, 0).get_by_role("button").last.click()
    verdict = frame.locator(f'.gradiente-result[data-exercise="binomial_pmf"][data-status="{status}"]')
    verdict.wait_for(timeout=30_000)
    return drawn_text(verdict)


def settled_figures(frame, timeout: float = 60) -> list[str]:
    """The figures once their number stops changing for a second (the lesson renders cell by cell)."""
    deadline, last, stable_since = time.time() + timeout, None, time.time()
    while time.time() < deadline:
        current = figure_sources(frame)
        if current != last:
            last, stable_since = current, time.time()
        elif len(current) > 0 and time.time() - stable_since > 1.0 and exercise_form(frame, 3).count():
            return current
        time.sleep(0.2)
    return last or []


def test_lesson_5_1_in_the_browser(page, hub):
    page, outside = page
    page.goto(hub.url + f"lesson/{LESSON}?lang=en")
    frame = page.frame_locator("#lesson-frame")
    heading = frame.get_by_role("heading", level=1).first
    heading.wait_for(timeout=60_000)
    assert "distributions" in heading.inner_text()

    before = settled_figures(frame)
    assert len(before) >= 4, f"the lesson's figures did not render: {len(before)}"

    # The explorer's dropdown is the page's third select (after the two dice events): Binomial → Poisson.
    frame.locator("select").nth(2).select_option(label="Poisson")
    deadline = time.time() + 20
    while figure_sources(frame) == before and time.time() < deadline:
        time.sleep(0.1)
    time.sleep(1.0)  # the parameter sliders are rebuilt, then the figure redraws once more
    after = figure_sources(frame)
    changed = [index for index, (old, new) in enumerate(zip(before, after)) if old != new]
    assert len(after) == len(before) and len(changed) == 1, (
        f"choosing Poisson should redraw the explorer alone; changed: {changed}"
    )

    wrong = submit(frame, WRONG, "fail")
    assert "You swapped p and 1 − p" in wrong, wrong
    right = submit(frame, RIGHT, "pass")
    assert "Correct!" in right, right
    assert hub.workspace.joinpath("exercises", "probability", "binomial_pmf.py").read_text() == RIGHT

    assert not outside, f"requests left 127.0.0.1: {outside}"
