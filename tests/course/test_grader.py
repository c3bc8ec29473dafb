"""Grader robustness: hostile or broken learner code always ends in a clear result, within the limit."""

import os
import time

import pytest

from gradiente.course.grader import grade

LIMIT = 2.0  # seconds: short, so the suite stays quick; the default is 10 s

BAD_CODE = {
    "infinite_loop": (
        "timeout",
        "took longer than 2 s",
        """
        def numerical_derivative(f, x, h=1e-5):
            while True:
                pass
    """,
    ),
    "loop_at_import": (
        "timeout",
        "took longer than 2 s",
        """
        while True:
            pass
    """,
    ),
    "exception": (
        "exception",
        "raised ZeroDivisionError",
        """
        def numerical_derivative(f, x, h=1e-5):
            return 1 / 0
    """,
    ),
    "syntax_error": (
        "syntax",
        "Syntax error on line 2",
        """
        def numerical_derivative(f, x, h=1e-5)
            return 0
    """,
    ),
    "sys_exit": (
        "exit",
        "called sys.exit()",
        """
        import sys
        def numerical_derivative(f, x, h=1e-5):
            sys.exit(0)
    """,
    ),
    "os_exit": (
        "exit",
        "ended the process before the checks finished",
        """
        import os
        def numerical_derivative(f, x, h=1e-5):
            os._exit(3)
    """,
    ),
    "memory_blow_up": (
        "memory",
        "ran out of memory",
        """
        import numpy as np
        def numerical_derivative(f, x, h=1e-5):
            blocks = []
            while True:
                blocks.append(np.empty(50_000_000))  # address space counts, even untouched
    """,
    ),
    "huge_list": (
        "memory",
        "ran out of memory",
        """
        def numerical_derivative(f, x, h=1e-5):
            return [0.0] * 10**10
    """,
    ),
    "segfault": (
        "crash",
        "crashed (SIGSEGV)",
        """
        import ctypes
        def numerical_derivative(f, x, h=1e-5):
            return ctypes.string_at(0)
    """,
    ),
    "infinite_recursion": (
        "recursion",
        "Infinite recursion",
        """
        def numerical_derivative(f, x, h=1e-5):
            return numerical_derivative(f, x, h)
    """,
    ),
    "asks_for_input": (
        "input",
        "keyboard input",
        """
        def numerical_derivative(f, x, h=1e-5):
            return float(input("x? "))
    """,
    ),
    "renamed_function": (
        "missing_function",
        "could not find the function `numerical_derivative`",
        """
        def derivative(f, x, h=1e-5):
            return 0
    """,
    ),
    "swallows_the_alarm": (
        "timeout",
        "took longer than 2 s",
        """
        def numerical_derivative(f, x, h=1e-5):
            while True:
                try:
                    while True:
                        pass
                except Exception:
                    pass
    """,
    ),
}


@pytest.mark.parametrize("case", list(BAD_CODE), ids=str)
def test_bad_code_ends_in_a_clear_result_within_the_limit(case, course, learner_file):
    reason, phrase, code = BAD_CODE[case]
    path = learner_file("numerical_derivative", code)
    start = time.perf_counter()
    result = grade(course.exercise("numerical_derivative"), path, timeout=LIMIT)
    elapsed = time.perf_counter() - start
    assert result.status == "error", result
    assert result.reason == reason, (result.reason, result.message.en, result.details)
    assert phrase in result.message.en
    assert result.message.es and result.message.es != result.message.en
    assert elapsed < LIMIT + 3.5, f"{case} took {elapsed:.1f} s"


def test_megabytes_of_printing_are_capped_and_counted(course, learner_file):
    path = learner_file(
        "numerical_derivative",
        """
        def numerical_derivative(f, x, h=1e-5):
            print("spam " * 1_000_000)
            return (f(x + h) - f(x - h)) / (2 * h)
    """,
    )
    result = grade(course.exercise("numerical_derivative"), path, timeout=LIMIT)
    assert result.status == "pass"
    assert result.output_bytes > 4 * 5_000_000  # printed on every one of the 4 cases
    assert len(result.output) <= 20_000


def test_endless_printing_times_out_with_the_output_counted(course, learner_file):
    path = learner_file(
        "numerical_derivative",
        """
        def numerical_derivative(f, x, h=1e-5):
            while True:
                print("again and again")
    """,
    )
    result = grade(course.exercise("numerical_derivative"), path, timeout=LIMIT)
    assert result.reason == "timeout"
    assert result.output_bytes > 1_000_000 and len(result.output) <= 20_000


def test_a_missing_file_is_a_failure_with_the_way_back(course, tmp_path):
    result = grade(course.exercise("gradient"), tmp_path / "nope.py")
    assert result.status == "fail" and "gradiente reset gradient" in result.message.en


def test_the_grading_process_cannot_write_to_the_learners_folder_by_accident(course, learner_file):
    # Learner code runs in a scratch folder: relative writes never land next to their exercises.
    path = learner_file(
        "numerical_derivative",
        """
        def numerical_derivative(f, x, h=1e-5):
            open("scribble.txt", "w").write("x")
            return (f(x + h) - f(x - h)) / (2 * h)
    """,
    )
    grade(course.exercise("numerical_derivative"), path, timeout=LIMIT)
    assert not (path.parent / "scribble.txt").exists()
    assert not os.path.exists("scribble.txt")
