"""Lesson 4.5 (svm-maximum-margin) in a real browser: headless Chromium (Debian's), driven by Playwright.

The learner opens the lesson in the hub, moves the log C slider and sees the soft-margin figure
redrawn, submits a wrong and then a right signed_distances and reads both verdicts; no request may
leave 127.0.0.1 meanwhile. The fixtures (``hub``, ``browser``) are those of ``conftest.py``.
"""

import time

import pytest
from browsing import drawn_text, exercise_form, figure_sources

pytestmark = pytest.mark.browser

LESSON = "svm-maximum-margin"

# Forgets to divide by ‖w‖: the functional margin, ‖w‖ = 3 times the distance on the first case.
WRONG = """import numpy as np


def signed_distances(w, b, X):
    return np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
"""
RIGHT = """import numpy as np


def signed_distances(w, b, X):
    w = np.asarray(w, dtype=float)
    return (np.asarray(X, dtype=float) @ w + b) / np.linalg.norm(w)
"""


def submit(frame, code: str, status: str):
    """Type ``code`` into the first exercise (signed_distances), press Check, wait for the verdict."""
    editor = exercise_form(frame, 0).locator(".cm-content")
    editor.click()
    editor.press("Control+a")
    editor.page.keyboard.insert_text(code)  # no key events: CodeMirror's auto-indent stays out of it
    exercise_form(frame, 0).get_by_role("button").last.click()
    verdict = frame.locator(f'.gradiente-result[data-exercise="signed_distances"][data-status="{status}"]')
    verdict.wait_for(timeout=30_000)
    return drawn_text(verdict)


def test_lesson_4_5_in_the_browser(page, hub):
    page, outside = page
    page.goto(hub.url + f"lesson/{LESSON}?lang=en")
    frame = page.frame_locator("#lesson-frame")
    heading = frame.get_by_role("heading", level=1).first
    heading.wait_for(timeout=60_000)
    assert "SVM" in heading.inner_text()

    # Wait for the whole lesson: its three exercises and its three figures.
    FIGURES = 3  # the street (angle, bias), the soft margin (log C), three boundaries
    deadline = time.time() + 60
    while (len(figure_sources(frame)) < FIGURES or exercise_form(frame, 2).count() == 0) and time.time() < deadline:
        time.sleep(0.2)
    before = figure_sources(frame)
    assert len(before) == FIGURES, f"expected {FIGURES} figures, found {len(before)}"

    # The sliders are the street's angle and bias, then log10 C (0 at first): one step right redraws
    # the soft-margin figure only (the fits are precomputed, so no other figure depends on it).
    slider = frame.get_by_role("slider").nth(2)
    slider.focus()
    slider.press("ArrowRight")
    deadline = time.time() + 20
    while figure_sources(frame) == before and time.time() < deadline:
        time.sleep(0.1)
    after = figure_sources(frame)
    changed = [index for index, (old, new) in enumerate(zip(before, after)) if old != new]
    assert len(after) == FIGURES and changed == [1], (
        f"moving C should redraw the soft margin (figure 1); changed: {changed}"
    )

    # A wrong answer: the verdict names the mistake. Then the right one: passed.
    wrong = submit(frame, WRONG, "fail")
    assert "functional margin" in wrong, wrong
    right = submit(frame, RIGHT, "pass")
    assert "Correct!" in right, right
    assert hub.workspace.joinpath("exercises", "models", "signed_distances.py").read_text() == RIGHT

    assert not outside, f"requests left 127.0.0.1: {outside}"
