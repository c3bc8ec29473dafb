"""What the browser tests of the lessons share: finding a lesson's figures, its exercise forms and its text."""

import time


def figure_sources(frame) -> list[str]:
    return frame.locator("img").evaluate_all("images => images.map(image => image.src)")


def exercise_form(frame, index: int):
    """The index-th exercise: a form holding a code editor (the lesson's code samples are not in forms)."""
    return frame.locator("form").filter(has=frame.locator(".cm-content")).nth(index)


def drawn_text(locator, timeout: float = 10) -> str:
    """The text of an element as the learner reads it: scrolled to, and read once drawn.

    The lesson's cells off the screen are not rendered (content-visibility: auto), and the
    text of what is not rendered reads as empty, and has no place of its own to scroll to: so
    its cell is brought into view, and the text read once drawn (at the next frame).
    """
    locator.evaluate("element => (element.closest('.marimo-cell') || element).scrollIntoView({block: 'center'})")
    deadline = time.time() + timeout
    while not (text := locator.inner_text().strip()) and time.time() < deadline:
        time.sleep(0.05)
    return text
