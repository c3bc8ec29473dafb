"""Lesson 3.1 (cost-functions-convexity) in a real browser: headless Chromium (Debian's), driven by Playwright.

The learner opens the lesson in the hub, moves the outlier's slider and sees that figure redrawn,
submits a wrong and then a right best_constant and reads both verdicts; no request may leave
127.0.0.1 meanwhile. The fixtures (``hub``, ``browser``) are those of ``conftest.py``.
"""

import time

import pytest
from browsing import drawn_text, exercise_form, figure_sources

pytestmark = pytest.mark.browser

LESSON = "cost-functions-convexity"

# The mean for every loss: right on the first case ("mse"), wrong on the second ("mae"), where the
# check's diagnosis says "You returned the mean".
WRONG = """import numpy as np


def best_constant(y, loss):
    return float(np.mean(y))
"""
RIGHT = """import numpy as np


def best_constant(y, loss):
    y = np.asarray(y, dtype=float)
    if loss == "mae":
        return float(np.median(y))
    return float(np.mean(y))
"""


def submit(frame, code: str, status: str):
    """Type ``code`` into the first exercise (best_constant), press Check, wait for the verdict."""
    editor = exercise_form(frame, 0).locator(".cm-content")
    editor.click()
    editor.press("Control+a")
    editor.page.keyboard.insert_text(code)  # no key events: CodeMirror's auto-indent stays out of it
    exercise_form(frame, 0).get_by_role("button").last.click()
    verdict = frame.locator(f'.gradiente-result[data-exercise="best_constant"][data-status="{status}"]')
    verdict.wait_for(timeout=30_000)
    return drawn_text(verdict)


def test_lesson_3_1_in_the_browser(page, hub):
    page, outside = page
    page.goto(hub.url + f"lesson/{LESSON}?lang=en")
    frame = page.frame_locator("#lesson-frame")
    heading = frame.get_by_role("heading", level=1).first
    heading.wait_for(timeout=60_000)
    assert "Cost functions" in heading.inner_text()

    # Wait for the whole lesson: its four exercises and its four figures.
    FIGURES = 4  # penalties and J(c), the outlier's three lines, the two valleys, descent on real data
    deadline = time.time() + 60
    while (len(figure_sources(frame)) < FIGURES or exercise_form(frame, 3).count() == 0) and time.time() < deadline:
        time.sleep(0.2)
    before = figure_sources(frame)
    assert len(before) == FIGURES, f"expected {FIGURES} figures, found {len(before)}"

    # The first slider is the made-up patient's progression (800 at first): one step right redraws that figure only.
    slider = frame.get_by_role("slider").first
    slider.focus()
    slider.press("ArrowRight")
    deadline = time.time() + 20
    while figure_sources(frame) == before and time.time() < deadline:
        time.sleep(0.1)
    after = figure_sources(frame)
    changed = [index for index, (old, new) in enumerate(zip(before, after)) if old != new]
    assert len(after) == FIGURES and changed == [1], (
        f"moving the outlier should redraw the three lines (figure 1); changed: {changed}"
    )

    # A wrong answer: the verdict names the mistake. Then the right one: passed.
    wrong = submit(frame, WRONG, "fail")
    assert "You returned the mean" in wrong, wrong
    right = submit(frame, RIGHT, "pass")
    assert "Correct!" in right, right
    assert hub.workspace.joinpath("exercises", "optimization", "best_constant.py").read_text() == RIGHT

    assert not outside, f"requests left 127.0.0.1: {outside}"
