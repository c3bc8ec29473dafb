"""What the browser tests of the lessons share: finding a lesson's figures and its exercise forms."""


def figure_sources(frame) -> list[str]:
    return frame.locator("img").evaluate_all("images => images.map(image => image.src)")


def exercise_form(frame, index: int):
    """The index-th exercise: a form holding a code editor (the lesson's code samples are not in forms)."""
    return frame.locator("form").filter(has=frame.locator(".cm-content")).nth(index)
