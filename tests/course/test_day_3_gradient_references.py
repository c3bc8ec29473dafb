"""Lesson 6.3's reference solution, its checks and the numbers its text states, against SciPy and
scikit-learn (test-only)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

optimize = pytest.importorskip("scipy.optimize")
linear_model = pytest.importorskip("sklearn.linear_model")

ROOT = Path(__file__).resolve().parents[2]


def load(path, name):
    spec = importlib.util.spec_from_file_location(f"module_{Path(path).stem}", ROOT / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module if name is None else getattr(module, name)


best_descent_direction = load("solutions/seven_days/best_descent_direction.py", "best_descent_direction")
CHECKS = load("checks/seven_days/best_descent_direction.py", None)


def exact_gradient(J, w):
    """The gradient of each check's cost in closed form: (2x, 10y) for the bowl, (2/n) Xᵀ(Xw − y) for the MSEs."""
    if J is CHECKS.bowl:
        return np.array([2 * w[0], 10 * w[1]])
    X = CHECKS.X_BMI_BP if J is CHECKS.diabetes_mse_2d else CHECKS.X_ALL
    return 2 / len(X) * X.T @ (X @ w - CHECKS.Y_CENTRED)


@pytest.mark.parametrize("case", CHECKS.cases(), ids=lambda case: case.label.en[:40])
def test_the_reference_picks_the_direction_closest_to_minus_the_gradient_and_no_case_is_a_tie(case):
    J, w, directions = case.args[:3]
    h = case.args[3] if len(case.args) > 3 else 1e-6
    gradient = exact_gradient(J, w)
    np.testing.assert_allclose(optimize.approx_fprime(w, J, 1e-6), gradient, rtol=1e-4, atol=1e-5)
    slopes = directions @ gradient  # the exact directional derivatives ∇J·u
    assert best_descent_direction(J, w, directions, h) == int(np.argmin(slopes))
    quotients = np.array([(J(w + h * u) - J(w - h * u)) / (2 * h) for u in directions])
    best_two = np.sort(slopes)[:2]
    assert best_two[1] - best_two[0] > 100 * np.max(np.abs(quotients - slopes))  # far from a near tie


def test_the_hand_case_is_south_and_the_large_step_separates_the_one_sided_quotient():
    assert best_descent_direction(CHECKS.bowl, np.array([2.0, 1.0]), CHECKS.COMPASS) == 6
    w, directions = np.array([2.0, 1.0]), CHECKS.circle(64)
    one_sided = [(CHECKS.bowl(w + 0.5 * u) - CHECKS.bowl(w)) / 0.5 for u in directions]
    assert int(np.argmin(one_sided)) != best_descent_direction(CHECKS.bowl, w, directions, 0.5)


def test_the_minimum_the_lesson_prints_is_sklearns_fit_with_an_intercept():
    from gradiente.datasets import load_diabetes

    data = load_diabetes()
    model = linear_model.LinearRegression().fit(data.data[:, [2, 3]], data.target)
    X, y = CHECKS.X_BMI_BP, CHECKS.Y_CENTRED
    w_best = np.linalg.solve(X.T @ X, X.T @ y)  # the lesson's normal equations on centred y
    np.testing.assert_allclose(w_best, model.coef_, rtol=1e-10)
    assert model.intercept_ == pytest.approx(data.target.mean())
    assert CHECKS.diabetes_mse_2d(w_best) == pytest.approx(
        np.mean((model.predict(data.data[:, [2, 3]]) - data.target) ** 2)
    )


def test_in_ten_dimensions_the_best_of_500_random_directions_is_far_from_minus_the_gradient():
    gradient = exact_gradient(CHECKS.diabetes_mse_10d, np.zeros(10))
    units = CHECKS.random_unit_directions(500, 10)
    angle = np.degrees(np.arccos(np.max(-(units @ gradient)) / np.linalg.norm(gradient)))
    assert 25 < angle < 35  # the lesson prints 30.8°
