"""Lesson 1.1 (vectors-dot-product) in a real browser: headless Chromium (Debian's), driven by Playwright.

The learner opens the lesson in the hub, moves the unit ball's slider and sees the figure redrawn,
submits a wrong and then a right cosine_similarity and reads both verdicts; no request may leave
127.0.0.1 meanwhile. The fixtures (``hub``, ``browser``) are those of ``conftest.py``.
"""

import time

import pytest
from browsing import drawn_text, exercise_form, figure_sources

pytestmark = pytest.mark.browser

LESSON = "vectors-dot-product"

# Divides by one norm only: on the first case, u = (3, 4) and v = (0, 2), it gives 1.6 = 0.8·‖v‖.
WRONG = """import numpy as np


def cosine_similarity(u, v):
    u, v = np.asarray(u, dtype=float), np.asarray(v, dtype=float)
    return float(u @ v / np.linalg.norm(u))
"""
RIGHT = """import numpy as np


def cosine_similarity(u, v):
    u, v = np.asarray(u, dtype=float), np.asarray(v, dtype=float)
    norm_u, norm_v = np.linalg.norm(u), np.linalg.norm(v)
    if norm_u == 0 or norm_v == 0:
        raise ValueError("a zero vector has no direction")
    return float(u @ v / (norm_u * norm_v))
"""


def submit(frame, code: str, status: str):
    """Type ``code`` into the first exercise (cosine_similarity), press Check, wait for the verdict."""
    editor = exercise_form(frame, 0).locator(".cm-content")
    editor.click()
    editor.press("Control+a")
    editor.page.keyboard.insert_text(code)  # no key events: CodeMirror's auto-indent stays out of it
    exercise_form(frame, 0).get_by_role("button").last.click()
    verdict = frame.locator(f'.gradiente-result[data-exercise="cosine_similarity"][data-status="{status}"]')
    verdict.wait_for(timeout=30_000)
    return drawn_text(verdict)


def test_lesson_1_1_in_the_browser(page, hub):
    page, outside = page
    page.goto(hub.url + f"lesson/{LESSON}?lang=en")
    frame = page.frame_locator("#lesson-frame")
    heading = frame.get_by_role("heading", level=1).first
    heading.wait_for(timeout=60_000)
    assert "Vectors" in heading.inner_text()

    # Wait for the whole lesson: its three exercises and its six figures.
    FIGURES = 6  # iris arrows, unit ball, shadow, wine bars, flower = shadow + rest, neighbours
    deadline = time.time() + 60
    while (len(figure_sources(frame)) < FIGURES or exercise_form(frame, 2).count() == 0) and time.time() < deadline:
        time.sleep(0.2)
    before = figure_sources(frame)
    assert len(before) == FIGURES, f"expected {FIGURES} figures, found {len(before)}"

    # The first control is the unit ball's exponent p (2 at first): one step right redraws that figure only.
    slider = frame.get_by_role("slider").first
    slider.focus()
    slider.press("ArrowRight")
    deadline = time.time() + 20
    while figure_sources(frame) == before and time.time() < deadline:
        time.sleep(0.1)
    after = figure_sources(frame)
    changed = [index for index, (old, new) in enumerate(zip(before, after)) if old != new]
    assert len(after) == FIGURES and changed == [1], (
        f"moving p should redraw the unit ball (figure 1); changed: {changed}"
    )

    # A wrong answer: the verdict names the mistake. Then the right one: passed.
    wrong = submit(frame, WRONG, "fail")
    assert "only one of the norms" in wrong, wrong
    right = submit(frame, RIGHT, "pass")
    assert "Correct!" in right, right
    assert hub.workspace.joinpath("exercises", "linear_algebra", "cosine_similarity.py").read_text() == RIGHT

    assert not outside, f"requests left 127.0.0.1: {outside}"
