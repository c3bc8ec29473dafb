"""The seven-day track: the map and `gradiente progress` suggest today's day, one a day, and never lock one."""

import time

import pytest

from gradiente.course.manifest import load_course
from gradiente.course.workspace import Workspace
from gradiente.hub.app import course_view

COURSE = load_course()
(DAYS,) = [module for module in COURSE.modules if module.daily]
DAY = 24 * 3600


@pytest.fixture
def workspace(tmp_path):
    return Workspace.create(tmp_path / "space", COURSE)


def pass_day(workspace, lesson):
    for exercise in lesson.exercises:
        workspace.store.record_attempt(exercise.id, "pass", source="cli")


def test_the_track_is_the_seven_days_and_each_day_has_one_exercise():
    assert DAYS.id == "seven-days" and len(DAYS.lessons) == 7
    assert all(len(day.exercises) == 1 for day in DAYS.lessons)


def test_a_new_learner_is_offered_day_one(workspace):
    plan = workspace.day_plan(DAYS)
    assert plan.today == DAYS.lessons[0] and plan.done_today is None
    assert plan.advice().es.startswith("Hoy te toca: 6.1 · ")
    assert plan.advice().en.startswith("Today's day: 6.1 · ")


def test_after_a_day_is_done_the_next_waits_for_tomorrow_but_is_not_locked(workspace):
    pass_day(workspace, DAYS.lessons[0])
    plan = workspace.day_plan(DAYS)
    assert plan.today == DAYS.lessons[1] and plan.done_today == DAYS.lessons[0]
    assert "mañana" in plan.advice().es and "nada está bloqueado" in plan.advice().es
    assert "tomorrow" in plan.advice().en and "nothing is locked" in plan.advice().en
    tomorrow = workspace.day_plan(DAYS, now=time.time() + DAY)
    assert tomorrow.today == DAYS.lessons[1] and tomorrow.done_today is None
    # Doing a later day first is allowed: the track suggests, it never orders.
    pass_day(workspace, DAYS.lessons[4])
    assert workspace.day_plan(DAYS).today == DAYS.lessons[1]


def test_all_seven_days_done(workspace):
    for lesson in DAYS.lessons:
        pass_day(workspace, lesson)
    plan = workspace.day_plan(DAYS, now=time.time() + DAY)
    assert plan.today is None
    assert plan.advice().es == "Terminaste los 7 días. ¡Bien hecho!"
    assert plan.advice().en == "You finished all 7 days. Well done!"


def test_the_map_shows_progress_per_module_and_the_day_line(workspace):
    pass_day(workspace, DAYS.lessons[0])
    view = {module["id"]: module for module in course_view(workspace, "en")}
    assert view["seven-days"]["passed"] == 1 and view["seven-days"]["total"] == 7
    assert view["seven-days"]["day"]["lesson"] == DAYS.lessons[1].id
    assert view["models"]["day"] is None  # only a daily track has a day line
    assert view["models"]["total"] == sum(
        len(lesson.exercises) for lesson in COURSE.lessons if lesson.module_id == "models"
    )
