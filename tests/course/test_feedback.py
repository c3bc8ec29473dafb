"""Feedback that teaches: the comparison says how an answer differs, and a right answer written another way passes.

Each exercise's typical mistakes and their diagnoses are data in mistakes/, proved by test_mistakes.py.
"""

import numpy as np
import pytest

from gradiente.course.checking import compare, show


def test_compare_checks_the_shape_before_the_values():
    assert compare(np.zeros(3), np.zeros(3)) is None
    assert "Wrong shape: expected (2, 2), got (4,)" in compare(np.zeros((2, 2)), np.zeros(4)).en
    assert "single number" in compare(np.zeros(3), 0.0).en


@pytest.mark.parametrize("factor, phrase", [(2.0, "exactly twice"), (-1.0, "flipped sign"), (0.5, "exactly half")])
def test_compare_names_a_constant_factor(factor, phrase):
    expected = np.array([1.0, -2.0, 3.5])
    assert phrase in compare(expected, factor * expected).en


def test_compare_spots_a_transpose_an_off_by_one_and_a_missing_return():
    matrix = np.arange(6.0).reshape(2, 3)
    assert "transposed" in compare(matrix, matrix.T).en
    assert "one too few" in compare(np.arange(5.0), np.arange(4.0)).en
    assert "one too many" in compare(np.arange(5.0), np.arange(6.0)).en
    assert "return" in compare(1.0, None).en
    assert "NaN" in compare(np.ones(2), np.array([1.0, np.nan])).en
    assert "str" in compare(1.0, "1.0").en


def test_compare_points_at_the_worst_entry():
    message = compare(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.5, 3.0]))
    assert "index (1,)" in message.en and "posición (1,)" in message.es


def test_show_is_short_and_gives_the_shape():
    assert "(shape (1000,))" in show(np.zeros(1000))
    assert len(show(np.zeros((100, 100)))) <= 400


def grade_code(workspace, learner_file, exercise_id, code):
    learner_file(exercise_id, code)
    return workspace.check(exercise_id)


def test_a_correct_answer_written_differently_passes(workspace, learner_file):
    result = grade_code(
        workspace,
        learner_file,
        "gradient",
        """
        def gradient(f, x, h=1e-6):
            import numpy as np
            x = np.array(x, dtype=float)
            out = []
            for i in range(len(x)):
                up, down = x.copy(), x.copy()
                up[i] += h
                down[i] -= h
                out.append((f(up) - f(down)) / (2 * h))
            return out  # a list is fine: it is compared as an array
    """,
    )
    assert result.status == "pass", result.message.en
