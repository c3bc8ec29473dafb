"""Feedback that teaches: typical mistakes get a diagnosis, not just "wrong"."""

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


def test_forward_difference_is_diagnosed(workspace, learner_file):
    result = grade_code(workspace, learner_file, "numerical_derivative", """
        def numerical_derivative(f, x, h=1e-5):
            return (f(x + h) - f(x)) / h
    """)
    assert result.status == "fail"
    assert "forward difference" in result.message.en and "hacia adelante" in result.message.es
    failure = result.first_failure
    assert failure.expected and failure.got and failure.label.en.startswith("f(x) = x³")


def test_operator_precedence_slip_is_diagnosed(workspace, learner_file):
    result = grade_code(workspace, learner_file, "numerical_derivative", """
        def numerical_derivative(f, x, h=1e-5):
            return (f(x + h) - f(x - h)) / 2 * h
    """)
    assert "/ (2 * h)" in result.message.en


def test_missing_two_in_the_denominator_is_diagnosed(workspace, learner_file):
    result = grade_code(workspace, learner_file, "numerical_derivative", """
        def numerical_derivative(f, x, h=1e-5):
            return (f(x + h) - f(x - h)) / h
    """)
    assert "twice" in result.message.en and "2h" in result.message.en


def test_gradient_moving_every_coordinate_at_once_is_diagnosed(workspace, learner_file):
    result = grade_code(workspace, learner_file, "gradient", """
        import numpy as np
        def gradient(f, x, h=1e-5):
            x = np.asarray(x, dtype=float)
            return np.full_like(x, (f(x + h) - f(x - h)) / (2 * h))
    """)
    assert result.status == "fail"
    assert "every coordinate at once" in result.message.en


def test_gradient_by_forward_differences_is_diagnosed(workspace, learner_file):
    result = grade_code(workspace, learner_file, "gradient", """
        import numpy as np
        def gradient(f, x, h=1e-5):
            x = np.asarray(x, dtype=float)
            return np.array([(f(x + h * e) - f(x)) / h for e in np.eye(x.size)])
    """)
    assert "forward difference" in result.message.en


def test_gradient_ascent_is_diagnosed(workspace, learner_file):
    result = grade_code(workspace, learner_file, "gradient_descent", """
        import numpy as np
        def gradient_descent(grad, x0, lr, n_steps):
            points = [np.asarray(x0, dtype=float)]
            for _ in range(n_steps):
                points.append(points[-1] + lr * grad(points[-1]))
            return np.array(points)
    """)
    assert "climbs" in result.message.en and "sube" in result.message.es


def test_trajectory_without_the_start_is_an_off_by_one(workspace, learner_file):
    result = grade_code(workspace, learner_file, "gradient_descent", """
        import numpy as np
        def gradient_descent(grad, x0, lr, n_steps):
            x, points = np.asarray(x0, dtype=float), []
            for _ in range(n_steps):
                x = x - lr * grad(x)
                points.append(x)
            return np.array(points)
    """)
    assert "starting point x0" in result.message.en


def test_in_place_updates_that_alias_the_trajectory_are_diagnosed(workspace, learner_file):
    result = grade_code(workspace, learner_file, "gradient_descent", """
        import numpy as np
        def gradient_descent(grad, x0, lr, n_steps):
            x = np.array(x0, dtype=float, ndmin=1)
            points = [x]
            for _ in range(n_steps):
                x -= lr * grad(x)
                points.append(x)
            return np.array(points).reshape((n_steps + 1,) + np.shape(x0))
    """)
    assert "in place" in result.message.en


def test_returning_only_the_last_point_is_diagnosed(workspace, learner_file):
    result = grade_code(workspace, learner_file, "gradient_descent", """
        def gradient_descent(grad, x0, lr, n_steps):
            x = x0
            for _ in range(n_steps):
                x = x - lr * grad(x)
            return x
    """)
    assert "whole trajectory" in result.message.en


def test_a_correct_answer_written_differently_passes(workspace, learner_file):
    result = grade_code(workspace, learner_file, "gradient", """
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
    """)
    assert result.status == "pass", result.message.en
