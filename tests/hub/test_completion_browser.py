"""The completion view in Chromium: it follows passes recorded elsewhere (the CLI) without a reload,
and says the course is finished when the last exercise passes."""

from gradiente.course.manifest import load_course
from gradiente.course.workspace import Workspace

COURSE = load_course()


def test_the_completion_view_follows_the_cli_live_until_the_course_is_finished(page, hub):
    page, outside = page
    page.goto(hub.url)
    completion = page.locator("#completion")
    assert completion.get_by_role("heading", name="Tu avance en el curso").is_visible()
    assert completion.locator("#course-finished").is_hidden()
    store = Workspace.find(hub.workspace).store  # the learner's CLI, in another process's place
    first = next(module for module in COURSE.modules if module.lessons)
    for lesson in first.lessons:
        for exercise in lesson.exercises:
            store.record_attempt(exercise.id, "pass", source="cli")
    page.wait_for_function(
        "() => document.querySelector('[data-completion-total=\"modules\"]').textContent === '1'", timeout=15_000
    )
    assert completion.locator(f'[data-completion-module="{first.id}"]').get_attribute("class").split()[-1] == "done"
    assert completion.locator('[data-completion-total="lessons"]').inner_text() == str(len(first.lessons))
    first_total = sum(len(lesson.exercises) for lesson in first.lessons)
    assert page.locator(f'[data-module-progress="{first.id}"]').inner_text().strip() == f"{first_total}/{first_total}"
    for exercise in COURSE.exercises:
        store.record_attempt(exercise.id, "pass", source="cli")
    page.wait_for_function("() => !document.getElementById('course-finished').hidden", timeout=15_000)
    finished = completion.locator("#course-finished").inner_text()
    assert f"los {len(COURSE.lessons)} temas" in finished
    assert completion.locator(".cell.done").count() == len(COURSE.lessons)
    assert completion.locator('[data-completion-total="exercises"]').inner_text() == str(len(COURSE.exercises))
    assert outside == []
