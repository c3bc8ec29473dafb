"""Lesson 6.1's reference solution and the numbers its text states, against SciPy and scikit-learn (test-only)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from gradiente.datasets import load_breast_cancer

special = pytest.importorskip("scipy.special")
linear_model = pytest.importorskip("sklearn.linear_model")

ROOT = Path(__file__).resolve().parents[2]


def load(path, name):
    spec = importlib.util.spec_from_file_location(f"module_{name}", ROOT / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module if name is None else getattr(module, name)


tangent_line = load("solutions/seven_days/tangent_line.py", "tangent_line")
CHECKS = load("checks/seven_days/tangent_line.py", None)


@pytest.mark.parametrize("x0", [-2.5, 0.0, 0.7, 3.0])
def test_tangent_of_the_sigmoid_is_expits_derivative(x0):
    slope = special.expit(x0) * (1 - special.expit(x0))
    np.testing.assert_allclose(tangent_line(special.expit, x0), [slope, special.expit(x0) - slope * x0], rtol=1e-9)


def test_tangent_of_the_log_loss_of_one_sample():
    # −ln σ(3w) = −log_expit(3w); its derivative is −3 σ(−3w)
    f = lambda w: -special.log_expit(3 * w)  # noqa: E731
    slope = -3 * special.expit(-1.5)
    np.testing.assert_allclose(tangent_line(f, 0.5), [slope, f(0.5) - slope * 0.5], rtol=1e-9)


def test_the_mean_log_loss_of_the_checks_is_sklearns_and_its_minimum_is_where_the_lesson_says():
    data = load_breast_cancer()
    z = CHECKS.RADIUS_Z
    y = CHECKS.IS_MALIGNANT
    radius = data.data[:, list(data.feature_names).index("mean radius")]
    np.testing.assert_allclose(z, (radius - radius.mean()) / radius.std())
    assert y.sum() == np.sum(data.target == 0) == 212
    model = linear_model.LogisticRegression(C=np.inf, fit_intercept=False, tol=1e-12, max_iter=10_000)
    model.fit(z[:, None], y)
    w_best = float(model.coef_[0, 0])
    slope, _ = tangent_line(CHECKS.mean_log_loss, w_best)
    assert abs(slope) < 1e-6  # the tangent is flat at scikit-learn's optimum
    assert w_best == pytest.approx(3.87, abs=0.01)  # the lesson's "w ≈ 3.87"
    # and the analytic slope the lesson's figure uses, (σ(w zᵢ) − yᵢ) zᵢ averaged, is the tangent's slope
    w = 1.0
    analytic = np.mean((special.expit(w * z) - y) * z)
    assert tangent_line(CHECKS.mean_log_loss, w)[0] == pytest.approx(analytic, rel=1e-8)
