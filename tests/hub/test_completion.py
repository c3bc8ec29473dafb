"""The map's completion view: the whole course at a glance, counted from the progress itself."""

import pytest

from gradiente.course.manifest import load_course
from gradiente.course.workspace import Workspace
from gradiente.hub.app import completion_view, course_view, lesson_state

COURSE = load_course()
LESSONS = [lesson for lesson in COURSE.lessons]
EXERCISES = [exercise for lesson in LESSONS for exercise in lesson.exercises]


@pytest.fixture
def workspace(tmp_path):
    return Workspace.create(tmp_path / "space", COURSE)


def passing(workspace, *exercises):
    for exercise in exercises:
        workspace.store.record_attempt(exercise.id, "pass", source="cli")


def completion(workspace, lang="es"):
    return completion_view(course_view(workspace, lang))


def test_a_new_learner_sees_every_lesson_and_nothing_done(workspace):
    view = completion(workspace)
    assert view["lessons_total"] == len(LESSONS) and view["lessons_done"] == 0
    assert view["exercises_total"] == len(EXERCISES) and view["exercises_passed"] == 0
    assert view["modules_total"] == len([m for m in COURSE.modules if m.lessons]) and view["modules_done"] == 0
    cells = [lesson for module in view["modules"] for lesson in module["lessons"]]
    assert [cell["id"] for cell in cells] == [lesson.id for lesson in LESSONS]  # course order
    assert {cell["state"] for cell in cells} == {"new"}
    assert not view["finished"]


def test_a_lesson_is_started_at_its_first_pass_and_done_at_its_last(workspace):
    lesson = next(lesson for lesson in LESSONS if len(lesson.exercises) > 1)
    passing(workspace, lesson.exercises[0])
    states = {cell["id"]: cell["state"] for m in completion(workspace)["modules"] for cell in m["lessons"]}
    assert states[lesson.id] == "started"
    passing(workspace, *lesson.exercises[1:])
    view = completion(workspace)
    states = {cell["id"]: cell["state"] for m in view["modules"] for cell in m["lessons"]}
    assert states[lesson.id] == "done"
    assert view["lessons_done"] == 1 and view["exercises_passed"] == len(lesson.exercises)


def test_a_failed_attempt_starts_nothing(workspace):
    workspace.store.record_attempt(EXERCISES[0].id, "fail", source="cli")
    assert completion(workspace)["modules"][0]["lessons"][0]["state"] == "new"


def test_a_module_is_done_when_all_its_lessons_are(workspace):
    first = next(module for module in COURSE.modules if module.lessons)
    for lesson in first.lessons[:-1]:
        passing(workspace, *lesson.exercises)
    assert completion(workspace)["modules_done"] == 0
    passing(workspace, *first.lessons[-1].exercises)
    view = completion(workspace)
    assert view["modules_done"] == 1 and view["modules"][0]["done"]
    assert view["lessons_done"] == len(first.lessons)


def test_the_course_is_finished_when_every_exercise_passes(workspace):
    passing(workspace, *EXERCISES[:-1])
    assert not completion(workspace)["finished"]
    passing(workspace, EXERCISES[-1])
    view = completion(workspace, "en")
    assert view["finished"] and view["lessons_done"] == len(LESSONS) and view["modules_done"] == view["modules_total"]


@pytest.mark.parametrize(
    ("passed", "total", "state"), [(0, 3, "new"), (1, 3, "started"), (3, 3, "done"), (0, 0, "new")]
)
def test_lesson_state(passed, total, state):
    assert lesson_state(passed, total) == state
