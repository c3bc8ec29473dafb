"""Lesson 6.6's reference solution against SymPy's exact roots and SciPy's minimiser, on the cases its check uses."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

sympy = pytest.importorskip("sympy")
scipy_optimize = pytest.importorskip("scipy.optimize")

ROOT = Path(__file__).resolve().parents[2]


def _load(kind, name):
    spec = importlib.util.spec_from_file_location(f"{kind}_{name}", ROOT / kind / "seven_days" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _exact(coeffs):
    """Distinct real roots of p′ by SymPy, typed with the exact p″ (0 when it vanishes)."""
    x = sympy.Symbol("x")
    p = sum(sympy.nsimplify(c) * x**k for k, c in enumerate(reversed(list(coeffs))))
    roots = sorted(set(sympy.real_roots(sympy.Poly(sympy.diff(p, x), x)))) if sympy.degree(p, x) > 1 else []
    second = sympy.diff(p, x, 2)
    return np.array([[float(r), float(sympy.sign(second.subs(x, r)))] for r in roots], dtype=float).reshape(-1, 2)


def test_critical_points_match_sympy_on_the_hand_cases():
    critical_points = _load("solutions", "critical_points").critical_points
    check = _load("checks", "critical_points")
    for case in check.cases()[:-1]:  # the hand cases: exact rational coefficients
        (coeffs,) = case.args
        np.testing.assert_allclose(critical_points(coeffs), _exact(coeffs), atol=1e-9)


def test_the_diabetes_fit_extrema_are_where_scipy_finds_them():
    critical_points = _load("solutions", "critical_points").critical_points
    coeffs = _load("checks", "critical_points").diabetes_fit(5)
    rows = critical_points(coeffs)
    assert rows[:, 1].tolist() == [1.0, -1.0]
    minimum = scipy_optimize.minimize_scalar(lambda x: np.polyval(coeffs, x), bounds=(18, 30), method="bounded")
    maximum = scipy_optimize.minimize_scalar(lambda x: -np.polyval(coeffs, x), bounds=(30, 42.2), method="bounded")
    np.testing.assert_allclose(rows[:, 0], [minimum.x, maximum.x], atol=1e-4)
