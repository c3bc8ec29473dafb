"""Lesson 0.1 in a real browser: headless Chromium (Debian's), driven by Playwright, on the real hub.

The first lesson a learner opens: it must load, its loss map must follow the slope slider, and
its first exercise must take a wrong answer (named for what it is) and then a right one, all
without a single request leaving 127.0.0.1.
"""

import re
import time
from urllib.parse import urlparse

import pytest
from browsing import drawn_text, exercise_form, figure_sources

pytestmark = pytest.mark.browser

LESSON = "what-is-a-model"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}

# The squares added up and never divided by n: the check's diagnose names it.
WRONG = """import numpy as np


def mse(y_true, y_pred):
    return float(np.sum((y_pred - y_true) ** 2))
"""
RIGHT = """import numpy as np


def mse(y_true, y_pred):
    return float(np.mean((y_pred - y_true) ** 2))
"""


@pytest.fixture
def page(browser, hub):
    """A page whose every request is checked: anything not bound for 127.0.0.1 is blocked and recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    outside = []

    def guard(route):
        host = urlparse(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    def watch_socket(socket):
        if urlparse(socket.url).hostname not in LOCAL_HOSTS:
            outside.append(socket.url)

    context.route("**/*", guard)
    context.on("websocket", watch_socket)
    page = context.new_page()
    page.goto(hub.entry)  # the link `gradiente start` opens: its token becomes the context's cookie
    page.wait_for_url(hub.url)
    yield page
    context.close()
    assert not outside, f"requests left 127.0.0.1: {outside}"


def replace_code(frame, index: int, code: str) -> None:
    editor = exercise_form(frame, index).locator(".cm-content")
    editor.click()
    editor.press("Control+a")
    editor.page.keyboard.insert_text(code)  # no key events: CodeMirror's auto-indent stays out of it


def submit_and_wait(frame, index: int, exercise_id: str, status: str, timeout: float = 60_000):
    exercise_form(frame, index).get_by_role("button").last.click()
    result = frame.locator(f'.gradiente-result[data-exercise="{exercise_id}"][data-status="{status}"]')
    result.wait_for(timeout=timeout)
    return result


def test_lesson_0_1_in_the_browser(page, hub):
    page.goto(hub.url + f"lesson/{LESSON}?lang=en")
    frame = page.frame_locator("#lesson-frame")
    heading = frame.get_by_role("heading", level=1).first
    heading.wait_for(timeout=60_000)
    assert "What is a model?" in heading.inner_text()

    # The slope slider (the lesson's first) redraws the line and the map of the loss.
    # Wait for the whole lesson to have run (its last figure and exercise), so the move below is
    # answered at once instead of queueing behind the cells still running.
    exercise_form(frame, 2).wait_for(timeout=60_000)
    # The computed sentence below the last figure (get_by_text matches substrings in any case, and
    # "the training error" is also in the objectives, the summary and a quiz answer).
    frame.get_by_text(re.compile(r"The training error (goes down at every|nearly always goes)")).wait_for(
        timeout=60_000
    )
    frame.get_by_role("heading", name="Keep going").wait_for(timeout=60_000)
    readout = frame.get_by_text("Your line:").first
    before, readout_before = figure_sources(frame), drawn_text(readout)
    assert readout_before, "the readout of the line's loss is empty"
    slider = frame.get_by_role("slider").first
    slider.focus()
    slider.press("ArrowRight")  # w: 0.0 -> 0.1, one redraw
    deadline = time.time() + 30
    while (figure_sources(frame) == before or drawn_text(readout) == readout_before) and time.time() < deadline:
        time.sleep(0.2)
    assert figure_sources(frame) != before, "moving the slope slider did not change any figure"
    assert drawn_text(readout) != readout_before, "moving the slope slider did not change the loss shown"

    # A wrong answer first: the feedback names the mistake.
    replace_code(frame, 0, WRONG)
    wrong = submit_and_wait(frame, 0, "mse", "fail")
    assert "without dividing by n" in wrong.inner_text()

    # Then the right one: passed, and saved to the learner's file.
    replace_code(frame, 0, RIGHT)
    right = submit_and_wait(frame, 0, "mse", "pass")
    assert "Correct!" in right.inner_text()
    assert hub.workspace.joinpath("exercises", "start", "mse.py").read_text() == RIGHT
