"""Lesson 6.7's reference solution and the numbers its text states, against scikit-learn (test-only)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

svm = pytest.importorskip("sklearn.svm")

ROOT = Path(__file__).resolve().parents[2]


def load(path, name):
    spec = importlib.util.spec_from_file_location(f"module_{Path(path).stem}_{name}", ROOT / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module if name is None else getattr(module, name)


margin_report = load("solutions/seven_days/margin_report.py", "margin_report")
CHECKS = load("checks/seven_days/margin_report.py", None)
X, Y01 = CHECKS.iris_petals()
Y = 2 * Y01 - 1


def sklearn_line(C):
    model = svm.SVC(kernel="linear", C=C, tol=1e-10).fit(X, Y)
    return model, model.coef_.ravel(), float(model.intercept_[0])


def test_the_hard_margin_of_the_checks_is_sklearns_and_its_report_is_the_lessons():
    model, w, b = sklearn_line(1e6)
    np.testing.assert_allclose(w, CHECKS.IRIS_W, atol=1e-5)
    assert b == pytest.approx(CHECKS.IRIS_B, abs=1e-5)
    # the two support vectors are the closest setosa–versicolor pair, and the margin is half their distance
    assert sorted(map(tuple, X[model.support_])) == [(1.9, 0.4), (3.0, 1.1)]
    assert 1 / np.linalg.norm(w) == pytest.approx(np.sqrt(1.7) / 2, rel=1e-5)  # 0.652
    np.testing.assert_allclose(np.abs(model.dual_coef_.ravel()), [20 / 17, 20 / 17], rtol=1e-5)  # α of section 1
    np.testing.assert_allclose(margin_report(w, b, X, Y01, tol=1e-4), [np.sqrt(1.7) / 2, 2, 0], rtol=1e-5)


def test_halving_the_line_keeps_the_margin_and_breaks_the_constraint_of_every_point_below_two():
    _, w, b = sklearn_line(1e6)
    report = margin_report(w / 2, b / 2, X, Y01, tol=1e-4)
    functional = Y * (X @ w + b)
    assert report[0] == pytest.approx(1 / np.linalg.norm(w), rel=1e-6)
    assert report[1] == np.sum(np.isclose(functional, 2, atol=1e-4)) == 0
    assert report[2] == np.sum(functional < 2) == 53


def test_the_soft_margin_of_the_checks_is_sklearns_and_svc_support_is_edge_plus_inside():
    model, w, b = sklearn_line(CHECKS.SOFT_C)
    w_ours, b_ours = CHECKS.soft_margin_line(X, Y01)
    np.testing.assert_allclose(w_ours, w, atol=1e-6)
    assert b_ours == pytest.approx(b, abs=1e-6)
    margin, n_support, n_violations = margin_report(w, b, X, Y01, tol=1e-4)
    assert (n_support, n_violations) == (2, 10)
    assert n_support + n_violations == len(model.support_) == 12
    assert margin == pytest.approx(0.4404, abs=1e-4)


@pytest.mark.parametrize("C, is_hard", [(1.1, False), (1.2, True), (10**0.25, True)])
def test_the_soft_margin_is_the_hard_one_exactly_when_C_exceeds_the_hard_alpha(C, is_hard):
    # the lesson's claim: the hard solution solves the soft problem iff C ≥ max αᵢ = 20/17 ≈ 1.176
    _, w, b = sklearn_line(C)
    assert np.allclose(w, CHECKS.IRIS_W, atol=1e-5) == is_hard


def test_the_hand_case_and_the_rounded_coefficients():
    assert margin_report(CHECKS.HAND_W, CHECKS.HAND_B, CHECKS.HAND_X, CHECKS.HAND_Y).tolist() == [-0.5, 2, 2]
    rounded = (np.array([1.294, 0.824]), -3.788)
    assert margin_report(*rounded, X, Y01, tol=1e-3)[1:].tolist() == [2, 0]
    assert margin_report(*rounded, X, Y01)[1:].tolist() == [0, 1]  # with the default tol the edge points are off
