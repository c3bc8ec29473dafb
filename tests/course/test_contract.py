"""The course contract: every stub fails, every solution passes, every lesson runs headless."""

import os
import re
import subprocess
import sys

import pytest

from gradiente.course.grader import grade
from gradiente.course.manifest import load_course

COURSE = load_course()
EXERCISES = COURSE.exercises
LESSONS = COURSE.lessons


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_every_lesson_has_two_exercises_or_more(lesson):
    """Two or more, except in a module that says otherwise (the seven-day track: one a day)."""
    (module,) = [module for module in COURSE.modules if lesson in module.lessons]
    assert len(lesson.exercises) >= module.min_exercises, (
        f"lesson '{lesson.id}' has {len(lesson.exercises)} exercise(s); every lesson of module '{module.id}' has "
        f"at least {module.min_exercises}: gradiente dev new-exercise ID --lesson {lesson.id}"
    )


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda ex: ex.id)
def test_every_stub_fails_its_checks(exercise):
    source = exercise.stub_path.read_text(encoding="utf-8")
    assert "TODO" in source, "a stub marks the edit point with TODO"
    # the stub never reads the checks or the reference (a function may still be named count_solutions)
    assert not re.search(r"\b(checks|solutions)[/\\]|\b(from|import)\s+(checks|solutions)\b", source), (
        "checks and the reference stay out of the stub"
    )
    result = grade(exercise, exercise.stub_path)
    assert result.status == "fail" and result.reason == "todo", result.message.en


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda ex: ex.id)
def test_every_solution_passes_its_checks(exercise):
    result = grade(exercise, exercise.solution_path)
    assert result.status == "pass", (result.message.en, result.details)
    assert len(result.checks) >= 3, "several inputs are checked"
    assert all(check.passed for check in result.checks)


# One interpreter runs the lesson in each language in turn (its imports are the slow part), each
# run from a fresh module, as `python lesson.py` would; a failure names the language it came from.
RUN_IN_BOTH_LANGUAGES = """
import importlib.util, os, sys, traceback
for lang in ("es", "en"):
    os.environ["GRADIENTE_LANG"] = lang
    spec = importlib.util.spec_from_file_location("lesson_" + lang, sys.argv[1])
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
        module.app.run()
    except BaseException:
        print(f"--- the lesson failed in {lang} ---", file=sys.stderr)
        traceback.print_exc()
        sys.exit(1)
"""


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_every_lesson_runs_headless_in_both_languages(lesson, tmp_path):
    env = dict(os.environ, GRADIENTE_WORKSPACE=str(tmp_path / "workspace"), MPLBACKEND="Agg")
    completed = subprocess.run(
        [sys.executable, "-c", RUN_IN_BOTH_LANGUAGES, str(lesson.file)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_every_lesson_offers_each_of_its_exercises(lesson):
    source = lesson.file.read_text(encoding="utf-8")
    for exercise in lesson.exercises:
        shown = re.search(rf'(\w+) = kit\.exercise\("{exercise.id}", lang\)', source)
        assert shown, (
            f'{lesson.id} lacks an exercise cell for {exercise.id}: name = kit.exercise("{exercise.id}", lang)'
        )
        assert f"kit.feedback({shown.group(1)})" in source, f"{lesson.id} never shows {exercise.id}'s feedback"
        assert f"kit.hints({shown.group(1)})" in source, f"{lesson.id} never shows {exercise.id}'s hints"
