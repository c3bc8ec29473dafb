"""Lesson 5.6's reference solutions against SciPy, on the data of their checks (SciPy is a test-only reference)."""

import importlib.util
import math
from pathlib import Path

import numpy as np
import pytest

stats = pytest.importorskip("scipy.stats")

ROOT = Path(__file__).resolve().parents[2]


def solution(name):
    """The reference function ``name`` from solutions/probability/<name>.py."""
    spec = importlib.util.spec_from_file_location(f"solution_{name}", ROOT / "solutions" / "probability" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


def check(name):
    spec = importlib.util.spec_from_file_location(f"check_{name}", ROOT / "checks" / "probability" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_sample_t_matches_scipy_on_every_case():
    two_sample_t = solution("two_sample_t")
    for case in check("two_sample_t").cases():
        x, y, equal_var = case.args
        reference = stats.ttest_ind(x, y, equal_var=equal_var)
        got = two_sample_t(x, y, equal_var)
        assert got[0] == pytest.approx(reference.statistic, rel=1e-10, abs=1e-12)
        assert got[1] == pytest.approx(reference.pvalue, rel=1e-9)


def test_two_sample_t_map_numbers():
    from gradiente.datasets import load_iris

    iris = load_iris()
    versicolor, virginica = iris.data[iris.target == 1], iris.data[iris.target == 2]
    t, p = solution("two_sample_t")(versicolor[:, 1], virginica[:, 1], True)
    assert round(t, 4) == -3.2058 and round(p, 5) == 0.00182
    t, p = solution("two_sample_t")(versicolor[:, 0], virginica[:, 0], False)
    assert round(t, 3) == -5.629 and p == pytest.approx(1.866e-7, rel=1e-3)


def test_two_proportion_z_matches_scipy_chi2_on_every_case():
    two_proportion_z = solution("two_proportion_z")
    for case in check("two_proportion_z").cases():
        x1, n1, x2, n2 = case.args
        z, p = two_proportion_z(x1, n1, x2, n2)
        table = np.array([[x1, n1 - x1], [x2, n2 - x2]])
        if x1 * n2 == x2 * n1:
            assert z == 0 and p == 1
            continue
        chi2, p_chi2, _, _ = stats.chi2_contingency(table, correction=False)  # z² is Pearson's χ² of the 2×2 table
        assert z**2 == pytest.approx(chi2, rel=1e-10)
        assert p == pytest.approx(p_chi2, rel=1e-8)
        assert p == pytest.approx(2 * stats.norm.sf(abs(z)), rel=1e-10)


def test_ab_sample_size_matches_scipy_quantiles():
    ab_sample_size = solution("ab_sample_size")
    for case in check("ab_sample_size").cases():
        p_base, p_new = case.args
        alpha, power = case.kwargs.get("alpha", 0.05), case.kwargs.get("power", 0.8)
        z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
        n = z**2 * (p_base * (1 - p_base) + p_new * (1 - p_new)) / (p_new - p_base) ** 2
        assert ab_sample_size(p_base, p_new, alpha, power) == math.ceil(n)
    assert [ab_sample_size(*pair) for pair in ((0.10, 0.12), (0.30, 0.33), (0.50, 0.55))] == [3839, 3760, 1562]


def test_benjamini_hochberg_matches_scipy_on_every_case():
    benjamini_hochberg = solution("benjamini_hochberg")
    module = check("benjamini_hochberg")
    for case in module.cases():
        pvalues, q = case.args
        adjusted = stats.false_discovery_control(pvalues, method="bh")
        np.testing.assert_array_equal(benjamini_hochberg(pvalues, q), (adjusted <= q).astype(int))
    # the check's p-values are the ones SciPy gives for the same Welch tests
    from gradiente.datasets import load_breast_cancer

    data = load_breast_cancer()
    noise = np.random.default_rng(0).normal(size=(data.data.shape[0], 10))
    X = np.column_stack([data.data, noise])
    scipy_p = stats.ttest_ind(X[data.target == 0], X[data.target == 1], equal_var=False).pvalue
    np.testing.assert_allclose(module.breast_cancer_pvalues(), scipy_p, rtol=1e-8)
