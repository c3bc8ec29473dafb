"""The hub in a real browser: headless Chromium (Debian's), driven by Playwright.

The learner's path, in token mode (every launch has one): the announced link, home page, language switch, the lesson, a slider that redraws a
figure, a wrong then a right answer submitted from the browser, progress updating in
place; and through all of it, no request may leave 127.0.0.1.
"""

import threading
import time
from urllib.parse import urlparse

import httpx
import pytest
from browsing import drawn_text, exercise_form, figure_sources

from gradiente.course.manifest import load_course

pytestmark = pytest.mark.browser

LOCAL_HOSTS = {"127.0.0.1", "localhost"}

WRONG = """def numerical_derivative(f, x, h=1e-5):
    return (f(x + h) - f(x)) / h
"""
RIGHT = """def numerical_derivative(f, x, h=1e-5):
    return (f(x + h) - f(x - h)) / (2 * h)
"""
ENDLESS = """def numerical_derivative(f, x, h=1e-5):
    while True:
        pass
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

    context.route("**/*", guard)
    context.on("websocket", lambda socket: host_check(socket.url, outside))
    page = context.new_page()
    page.goto(hub.entry)  # the link `gradiente start` opens: its token becomes the context's cookie
    page.wait_for_url(hub.url)
    yield page
    context.close()
    assert not outside, f"requests left 127.0.0.1: {outside}"


def host_check(url: str, outside: list) -> None:
    if urlparse(url).hostname not in LOCAL_HOSTS:
        outside.append(url)


def lesson_frame(page):
    return page.frame_locator("#lesson-frame")


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


def test_the_learner_loop_in_the_browser(page, hub):
    # Home page, in Spanish, then switched to English.
    page.goto(hub.url)
    assert page.get_by_role("heading", name="Mapa del curso", level=2).is_visible()
    page.get_by_role("button", name="English").click()
    page.wait_for_url(hub.url)
    assert page.get_by_role("heading", name="Course map", level=2).is_visible()
    assert page.locator('[data-progress-count="derivatives-gradient-descent"]').inner_text() == "0/3"
    # The completion view: nothing done yet, every lesson a cell of the strip.
    completion = page.locator("#completion")
    assert completion.locator('[data-completion-total="exercises"]').inner_text() == "0"
    assert completion.locator(".cell").count() == len(load_course().lessons)
    assert completion.locator(".cell.new").count() == len(load_course().lessons)

    # Open the lesson from the course map.
    page.locator('a.lesson-card[data-lesson="derivatives-gradient-descent"]').click()
    page.wait_for_url("**/lesson/derivatives-gradient-descent")
    frame = lesson_frame(page)
    frame.get_by_role("heading", level=1).first.wait_for(timeout=60_000)
    assert "Derivatives" in frame.get_by_role("heading", level=1).first.inner_text()

    # Move the first slider: some figure must be redrawn.
    frame.locator("img").first.wait_for(timeout=60_000)
    before = figure_sources(frame)
    slider = frame.get_by_role("slider").first
    slider.focus()
    for _ in range(5):
        slider.press("ArrowRight")
    deadline = time.time() + 30
    while figure_sources(frame) == before and time.time() < deadline:
        time.sleep(0.2)
    assert figure_sources(frame) != before, "moving the slider did not change any figure"

    # A wrong answer first: the feedback names the mistake.
    replace_code(frame, 0, WRONG)
    wrong = submit_and_wait(frame, 0, "numerical_derivative", "fail")
    assert "forward difference" in wrong.inner_text()

    # A hint, on request.
    frame.get_by_role("button", name="Ask for a hint").first.click()
    frame.locator('.gradiente-hints[data-exercise="numerical_derivative"] li').first.wait_for(timeout=30_000)

    # Then the right one: passed, with the reference solution offered, and progress updated in place.
    replace_code(frame, 0, RIGHT)
    right = submit_and_wait(frame, 0, "numerical_derivative", "pass")
    assert "Correct!" in right.inner_text()
    page.wait_for_function(
        "() => document.querySelector('[data-progress-count=\"derivatives-gradient-descent\"]').textContent === '1/3'",
        timeout=15_000,
    )
    assert hub.workspace.joinpath("exercises", "calculus", "numerical_derivative.py").read_text() == RIGHT

    # Back on the map, the progress shows, and "continue" points at this lesson.
    page.get_by_role("link", name="← Course map").click()
    page.wait_for_url(hub.url)
    assert page.locator('[data-progress-count="derivatives-gradient-descent"]').inner_text() == "1/3"
    assert "Continue where you left off" in page.locator("#continue").inner_text()
    # The completion view counts the pass and marks the lesson started (not done: 1 of 3).
    completion = page.locator("#completion")
    assert completion.locator('[data-completion-total="exercises"]').inner_text() == "1"
    assert completion.locator('[data-completion-total="lessons"]').inner_text() == "0"
    assert completion.locator('.cell.started[data-completion-lesson="derivatives-gradient-descent"]').count() == 1
    assert completion.locator("#course-finished").is_hidden()


def test_an_endless_loop_submitted_from_the_browser_never_stops_the_hub(page, hub):
    page.goto(hub.url + "lesson/derivatives-gradient-descent?lang=es")
    frame = lesson_frame(page)
    exercise_form(frame, 0).wait_for(timeout=60_000)
    replace_code(frame, 0, ENDLESS)

    answers = []

    def keep_asking():
        # While the loop runs in the grading process, the hub must keep answering at once.
        end = time.time() + 4
        while time.time() < end:
            started = time.perf_counter()
            answers.append(
                (
                    httpx.get(hub.url, cookies={hub.cookie_name: hub.token}, timeout=5).status_code,
                    time.perf_counter() - started,
                )
            )
            time.sleep(0.2)

    asker = threading.Thread(target=keep_asking)
    asker.start()
    result = submit_and_wait(frame, 0, "numerical_derivative", "error")
    asker.join()
    assert "tardó más de 3 s" in result.inner_text()
    assert answers and all(status == 200 for status, _ in answers)
    assert max(seconds for _, seconds in answers) < 2.0


DRAFT = """def numerical_derivative(f, x, h=1e-5):
    # half-way: not saved, not checked
    return f(x + h)
"""


def attempts(workspace, exercise_id: str) -> int:
    import sqlite3

    connection = sqlite3.connect(f"file:{workspace / '.gradiente' / 'progress.db'}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT COUNT(*) FROM attempts WHERE exercise_id = ?", (exercise_id,)).fetchone()[0]
    finally:
        connection.close()


def editor_text(frame, index: int) -> str:
    """The code the learner sees in the editor, once scrolled to it (as they would)."""
    return drawn_text(exercise_form(frame, index).locator(".cm-content"))


def test_unsaved_code_survives_the_lessons_language_switch(page, hub):
    page.goto(hub.url + "lesson/derivatives-gradient-descent?lang=es")
    frame = lesson_frame(page)
    exercise_form(frame, 0).wait_for(timeout=60_000)
    saved = hub.workspace.joinpath("exercises", "calculus", "numerical_derivative.py").read_text()
    checked = attempts(hub.workspace, "numerical_derivative")
    replace_code(frame, 0, DRAFT)
    assert editor_text(frame, 0) == DRAFT.rstrip()

    frame.get_by_role("radio", name="English").check()  # the lesson's own switch: it re-renders in place
    exercise_form(frame, 0).get_by_role("button", name="Check").wait_for(timeout=30_000)
    assert "Derivatives" in frame.get_by_role("heading", level=1).first.inner_text()
    assert editor_text(frame, 0) == DRAFT.rstrip(), "switching language lost the code being typed"
    assert hub.workspace.joinpath("exercises", "calculus", "numerical_derivative.py").read_text() == saved
    assert attempts(hub.workspace, "numerical_derivative") == checked


def test_a_hint_click_in_the_browser_never_grades_again(page, hub):
    page.goto(hub.url + "lesson/derivatives-gradient-descent?lang=es")
    frame = lesson_frame(page)
    exercise_form(frame, 0).wait_for(timeout=60_000)
    replace_code(frame, 0, WRONG)
    before = attempts(hub.workspace, "numerical_derivative")
    verdict = submit_and_wait(frame, 0, "numerical_derivative", "fail")
    text = verdict.inner_text()
    assert attempts(hub.workspace, "numerical_derivative") == before + 1

    hints = frame.locator('.gradiente-hints[data-exercise="numerical_derivative"] li')
    shown = hints.count()
    frame.get_by_role("button", name="Pedir una pista").first.click()
    deadline = time.time() + 30
    while hints.count() == shown and time.time() < deadline:
        time.sleep(0.1)
    assert hints.count() == min(shown + 1, 3), "the hint did not show"
    time.sleep(1.0)  # time enough for a stray re-grade to be recorded
    assert attempts(hub.workspace, "numerical_derivative") == before + 1, "the hint click graded the code again"
    assert frame.locator('.gradiente-result[data-exercise="numerical_derivative"]').inner_text() == text
