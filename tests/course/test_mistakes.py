"""Typical mistakes as data: every exercise's typical wrong implementations get their own diagnosis.

Each file ``mistakes/<exercise path without .py>/<mistake>.py`` holds a wrong implementation and
``DIAGNOSIS = {"es": ..., "en": ...}``, words its feedback must contain (see mistakes/README.md).
Each is graded by the real grader, as a learner's file would be. Exercises come from course.toml,
so a new exercise without two registered mistakes fails here.
"""

from __future__ import annotations

import ast
import copy
import runpy
from functools import lru_cache
from pathlib import Path

import pytest

from gradiente.course.checking import Raised, compare
from gradiente.course.grader import grade
from gradiente.course.judge import _error_difference, _normalized
from gradiente.course.manifest import Exercise, load_course
from gradiente.course.result import GradeResult

COURSE = load_course()
EXERCISES = COURSE.exercises
MISTAKES = COURSE.root / "mistakes"


def mistakes_of(exercise: Exercise) -> list[Path]:
    return sorted((MISTAKES / exercise.path).with_suffix("").glob("*.py"))


ALL_MISTAKES = [(exercise, path) for exercise in EXERCISES for path in mistakes_of(exercise)]


def _name(path: Path) -> str:
    return str(path.relative_to(COURSE.root))


def diagnosis_of(path: Path) -> dict[str, str]:
    """The file's DIAGNOSIS, read without running it."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(target, "id", "") == "DIAGNOSIS" for target in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, dict) and all(str(value.get(lang, "")).strip() for lang in ("es", "en")), (
                f"{_name(path)}: DIAGNOSIS must be {{'es': '...', 'en': '...'}}, both non-empty; got {value!r}"
            )
            return value
    raise AssertionError(
        f'{_name(path)} has no DIAGNOSIS = {{"es": "...", "en": "..."}}: add the words its '
        "feedback must contain in each language"
    )


@lru_cache(maxsize=None)
def graded(exercise_id: str, path: Path) -> GradeResult:
    return grade(COURSE.exercise(exercise_id), path)


def generic_message(exercise: Exercise, path: Path):
    """What the comparison alone (no diagnose) says on the first case the mistake gets wrong.

    As the judge does: a ``raises`` case wants one of its errors, and ``normalize`` is applied
    to both answers before they are compared.
    """
    trusted = runpy.run_path(str(exercise.check_path))
    reference = runpy.run_path(str(exercise.solution_path))[exercise.function]
    mistaken = runpy.run_path(str(path))[exercise.function]

    def call(function, case):
        return function(*copy.deepcopy(case.args), **copy.deepcopy(case.kwargs))

    for case in trusted["cases"]():
        if case.raises:
            try:
                got = call(mistaken, case)
            except Exception as error:  # the mistake's own error, as the learner's process reports it
                got = Raised(type(error).__name__, tuple(kind.__name__ for kind in type(error).__mro__), str(error))
            mismatch = _error_difference(case, got)
            message = None if mismatch is None else mismatch.message
        else:
            expected, got = _normalized(case, call(reference, case)), _normalized(case, call(mistaken, case))
            message = compare(expected, got, rtol=case.rtol, atol=case.atol)
        if message is not None:
            return case, message
    return None, None


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda exercise: exercise.id)
def test_every_exercise_registers_two_typical_mistakes(exercise):
    found = mistakes_of(exercise)
    folder = _name((MISTAKES / exercise.path).with_suffix(""))
    assert len(found) >= 2, (
        f"exercise '{exercise.id}' has {len(found)} registered mistake(s) in {folder}/; every exercise needs at "
        f"least two: write each typical wrong {exercise.function} as {folder}/<mistake>.py with "
        'DIAGNOSIS = {"es": ..., "en": ...} (see mistakes/README.md)'
    )


@pytest.mark.parametrize(
    "exercise, path", ALL_MISTAKES, ids=lambda item: item.stem if isinstance(item, Path) else item.id
)
def test_each_mistake_gets_its_own_diagnosis_in_both_languages(exercise, path):
    diagnosis = diagnosis_of(path)
    result = graded(exercise.id, path)
    name = _name(path)
    assert result.status == "fail" and result.reason == "wrong_answer", (
        f"{name} should fail as a wrong answer; it got {result.status} ({result.reason}): {result.message.en}"
    )
    failure = result.first_failure
    assert failure is not None and failure.expected and failure.got, f"{name}: the feedback shows expected and got"
    for lang in ("es", "en"):
        assert diagnosis[lang] in result.message.get(lang), (
            f"{name}: the {lang} feedback lacks “{diagnosis[lang]}”. It said: “{result.message.get(lang)}”. "
            f"Teach the diagnose of checks/{exercise.path} to recognise this mistake, or fix DIAGNOSIS."
        )
    case, generic = generic_message(exercise, path)
    assert generic is not None, f"{name} agrees with the reference on every case: it is not a mistake"
    assert case.label == failure.label, f"{name}: the grader stopped at another case than the comparison"
    for lang in ("es", "en"):
        assert result.message.get(lang) != generic.get(lang), (
            f"{name} gets only the generic comparison message in {lang} (“{generic.get(lang)}”): teach the "
            f"diagnose of checks/{exercise.path} to recognise it"
        )


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda exercise: exercise.id)
def test_the_mistakes_of_an_exercise_are_told_apart(exercise):
    messages: dict[str, str] = {}
    for path in mistakes_of(exercise):
        message = graded(exercise.id, path).message.en
        assert message not in messages, (
            f"{_name(path)} and {messages.get(message)} get the same feedback: if they are one mistake keep one "
            "file; if they are two, give each its own diagnosis"
        )
        messages[message] = _name(path)


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda exercise: exercise.id)
def test_the_reference_passes_and_the_stub_fails(exercise):
    reference = graded(exercise.id, exercise.solution_path)
    assert reference.status == "pass", f"solutions/{exercise.path} fails its own checks: {reference.message.en}"
    stub = graded(exercise.id, exercise.stub_path)
    assert stub.status == "fail" and stub.reason == "todo", f"exercises/{exercise.path} should fail as a TODO"
