"""A warm runner makes the next check's sandbox ahead (a spare), and uses it only when it is sound.

Booting and confining a learner's process is most of a warm check's time, so after each check
the runner boots the next one's, for the same settings. These tests hold it to what a fresh
sandbox promises: the same walls and limits, the time limit counted from the check (not from
the spare's birth), never a spare made for other settings, never a dead one, nothing left
behind in the temporary folder.
"""

import os
import select
import signal
import time
from pathlib import Path

import pytest

from gradiente.course import grader
from gradiente.course.grader import WarmRunner, grade

RIGHT = "def numerical_derivative(f, x, h=1e-5):\n    return (f(x + h) - f(x - h)) / (2 * h)\n"
LOOP = "def numerical_derivative(f, x, h=1e-5):\n    while True:\n        pass\n"


@pytest.fixture
def runner():
    runner = WarmRunner.use()
    runner.start_now()
    yield runner
    runner.stop()


@pytest.fixture
def exercise(course):
    return course.exercise("numerical_derivative")


def settings_for(exercise, learner_file, timeout=3.0):
    return grader._settings(exercise, Path(learner_file).resolve(), timeout, grader.DEFAULT_MEMORY_MB, [])


def spare_made(runner, timeout=10.0):
    deadline = time.monotonic() + timeout
    while runner._spare is None:
        assert time.monotonic() < deadline, "no spare sandbox was made"
        time.sleep(0.01)
    return runner._spare


def test_a_warm_check_leaves_a_spare_that_the_next_check_of_the_same_exercise_uses(runner, exercise, learner_file):
    path = learner_file("numerical_derivative", RIGHT)
    assert grade(exercise, path, code=RIGHT, timeout=3.0).passed
    spare = spare_made(runner)
    assert spare.settings == settings_for(exercise, path)
    assert runner.start(settings_for(exercise, path)) is spare  # taken, and taken once
    assert runner._spare is None
    spare.close()


def test_the_time_limit_runs_from_the_check_not_from_the_spares_birth(runner, exercise, learner_file):
    path = learner_file("numerical_derivative", RIGHT)
    settings = settings_for(exercise, path, timeout=0.5)
    settings["hard_timeout"] = 1.0  # the warden's own limit, far shorter than the wait below
    runner.make_spare(settings, delay=0)
    spare = spare_made(runner)
    time.sleep(2.5)  # idle past the warden's limit: a clock started at birth would have killed it
    assert spare.alive()
    result = grader._grade(exercise, path, RIGHT, settings, runner.start(settings))
    assert result.passed, result

    runner.make_spare(settings, delay=0)
    spare = spare_made(runner)
    time.sleep(2.5)
    started = time.monotonic()
    looping = grader._grade(exercise, path, LOOP, settings, runner.start(settings))
    assert looping.status == "error" and looping.reason == "timeout", looping
    assert time.monotonic() - started < 5.0  # the limits still hold once the check begins


def test_a_spare_made_for_other_settings_is_not_used_and_goes_away(runner, exercise, learner_file):
    path = learner_file("numerical_derivative", RIGHT)
    other = settings_for(exercise, path, timeout=7.0)
    runner.make_spare(other, delay=0)
    spare = spare_made(runner)
    sandbox = runner.start(settings_for(exercise, path))
    try:
        assert sandbox is not spare
        assert not spare.scratch.exists()  # closed: its process ended, its folder removed
    finally:
        sandbox.close()


def test_a_spare_whose_process_died_is_not_used(runner, exercise, learner_file):
    path = learner_file("numerical_derivative", RIGHT)
    settings = settings_for(exercise, path)
    runner.make_spare(settings, delay=0)
    spare = spare_made(runner)
    assert select.select([spare.conn], [], [], 10)[0], "the spare never said it was ready"
    os.kill(spare.pid, signal.SIGKILL)  # the warden: its learner process dies with it
    deadline = time.monotonic() + 10
    while spare.alive():
        assert time.monotonic() < deadline, "the spare's learner process outlived its warden"
        time.sleep(0.01)
    assert grade(exercise, path, code=RIGHT, timeout=3.0).passed  # a fresh sandbox, not the dead one


def test_checks_in_a_row_leave_no_sandbox_behind(runner, exercise, learner_file):
    before = set(Path(grader.tempfile.gettempdir()).glob("gradiente-check-*"))
    path = learner_file("numerical_derivative", RIGHT)
    for _ in range(3):
        assert grade(exercise, path, code=RIGHT, timeout=3.0).passed
    spare_made(runner)
    runner.stop()
    assert set(Path(grader.tempfile.gettempdir()).glob("gradiente-check-*")) <= before
