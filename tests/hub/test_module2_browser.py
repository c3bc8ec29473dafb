"""Lesson 2.2 (derivative-rules) in a real browser: headless Chromium (Debian's), driven by Playwright.

The learner opens the lesson in the hub, moves the point x₀ of the one-sided secants and sees that
figure redrawn, submits a wrong and then a right softplus_and_grad and reads both verdicts; no
request may leave 127.0.0.1 meanwhile. The fixtures (``hub``, ``browser``) are those of ``conftest.py``.
"""

import time

import pytest
from browsing import drawn_text, exercise_form, figure_sources

pytestmark = pytest.mark.browser

LESSON = "derivative-rules"

# Row 1 holds σ′ = σ(1 − σ), the derivative of σ, where σ itself (softplus′) belongs.
WRONG = """import numpy as np


def softplus_and_grad(z):
    z = np.asarray(z, dtype=float)
    sigma = np.exp(-np.logaddexp(0.0, -z))
    return np.stack([np.logaddexp(0.0, z), sigma * (1 - sigma)])
"""
RIGHT = """import numpy as np


def softplus_and_grad(z):
    z = np.asarray(z, dtype=float)
    return np.stack([np.logaddexp(0.0, z), np.exp(-np.logaddexp(0.0, -z))])
"""


def submit(frame, code: str, status: str):
    """Type ``code`` into the first exercise (softplus_and_grad), press Check, wait for the verdict."""
    editor = exercise_form(frame, 0).locator(".cm-content")
    editor.click()
    editor.press("Control+a")
    editor.page.keyboard.insert_text(code)  # no key events: CodeMirror's auto-indent stays out of it
    exercise_form(frame, 0).get_by_role("button").last.click()
    verdict = frame.locator(f'.gradiente-result[data-exercise="softplus_and_grad"][data-status="{status}"]')
    verdict.wait_for(timeout=30_000)
    return drawn_text(verdict)


def test_lesson_2_2_in_the_browser(page, hub):
    page, outside = page
    page.goto(hub.url + f"lesson/{LESSON}?lang=en")
    frame = page.frame_locator("#lesson-frame")
    heading = frame.get_by_role("heading", level=1).first
    heading.wait_for(timeout=60_000)
    assert "Derivative rules" in heading.inner_text()

    # Wait for the whole lesson: its three exercises and its four figures.
    FIGURES = 4  # activations and their derivatives, one-sided secants, Taylor, complex step
    deadline = time.time() + 60
    while (len(figure_sources(frame)) < FIGURES or exercise_form(frame, 2).count() == 0) and time.time() < deadline:
        time.sleep(0.2)
    before = figure_sources(frame)
    assert len(before) == FIGURES, f"expected {FIGURES} figures, found {len(before)}"

    # The first slider is the secants' point x₀ (0 at first): one step right redraws that figure only.
    slider = frame.get_by_role("slider").first
    slider.focus()
    slider.press("ArrowRight")
    deadline = time.time() + 20
    while figure_sources(frame) == before and time.time() < deadline:
        time.sleep(0.1)
    after = figure_sources(frame)
    changed = [index for index, (old, new) in enumerate(zip(before, after)) if old != new]
    assert len(after) == FIGURES and changed == [1], (
        f"moving x₀ should redraw the one-sided secants (figure 1); changed: {changed}"
    )

    # A wrong answer: the verdict names the mistake. Then the right one: passed.
    wrong = submit(frame, WRONG, "fail")
    assert "σ(z) itself" in wrong, wrong
    right = submit(frame, RIGHT, "pass")
    assert "Correct!" in right, right
    assert hub.workspace.joinpath("exercises", "calculus", "softplus_and_grad.py").read_text() == RIGHT

    assert not outside, f"requests left 127.0.0.1: {outside}"
