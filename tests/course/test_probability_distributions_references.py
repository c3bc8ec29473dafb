"""Lesson 5.1's reference solutions and the numbers its text states, against SciPy (a test-only dependency)."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import numpy as np
import pytest

from gradiente.datasets import load_breast_cancer, load_iris

stats = pytest.importorskip("scipy.stats")

SOLUTIONS = Path(__file__).resolve().parents[2] / "solutions" / "probability"


def solution(name):
    spec = importlib.util.spec_from_file_location(f"solution_{name}", SOLUTIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


@pytest.mark.parametrize(
    "k, n, p",
    [
        (np.arange(11), 10, 0.3),
        (np.arange(480, 521), 1000, 0.5),
        (np.arange(560, 641), 2000, 0.3),
        (np.array([0, 20]), 20, 0.9),
    ],
)
def test_binomial_pmf_is_scipys(k, n, p):
    np.testing.assert_allclose(solution("binomial_pmf")(k, n, p), stats.binom.pmf(k, n, p), rtol=1e-10, atol=0)


@pytest.mark.parametrize("lam", [0.5, 2.0, 3.0])
def test_exponential_from_uniform_is_scipys_quantile(lam):
    u = np.r_[0.0, np.linspace(0.01, 0.99, 9), 0.5]
    np.testing.assert_allclose(
        solution("exponential_from_uniform")(u, lam), stats.expon.ppf(u, scale=1 / lam), rtol=1e-12
    )


def test_exponential_from_uniform_samples_pass_a_kolmogorov_smirnov_test():
    u = np.random.default_rng(0).uniform(size=20_000)
    x = solution("exponential_from_uniform")(u, 2.0)
    assert stats.kstest(x, "expon", args=(0, 0.5)).pvalue > 0.01


def test_p_shared_birthday_agrees_with_the_product_and_crosses_half_at_23():
    p = solution("p_shared_birthday")
    # P(all different) = 365! / ((365 − n)! 365ⁿ) = perm(365, n) / 365ⁿ, exactly with integers.
    for n in (1, 10, 22, 23, 50, 100):
        assert p(n) == pytest.approx(1 - math.perm(365, n) / 365**n, rel=1e-12, abs=1e-15)
    assert p(22) < 0.5 < p(23)
    assert p(3, n_days=4) == pytest.approx(1 - 24 / 64)
    assert p(366) == 1.0 and p(0) == 0.0


@pytest.mark.parametrize(
    "samples, x",
    [
        (load_iris().data[:, 0], np.array([5.0, 6.0, 7.0])),
        (load_breast_cancer().data[:, 0], np.quantile(load_breast_cancer().data[:, 0], [0.25, 0.5, 0.75])),
    ],
)
def test_empirical_cdf_is_scipys(samples, x):
    expected = stats.ecdf(samples).cdf.evaluate(x)
    np.testing.assert_allclose(solution("empirical_cdf")(samples, x), expected, rtol=1e-12)


def test_the_lessons_largest_gaps_are_kolmogorov_smirnov_statistics():
    """Section 6 prints max |F̂ − Φ| for three columns: it is scipy's KS statistic against the fitted normal."""
    iris, cancer = load_iris(), load_breast_cancer()
    for data in (cancer.data[:, 0], iris.data[:, 0], iris.data[:, 2]):
        ordered = np.sort(data)
        heights = np.arange(1, len(ordered) + 1) / len(ordered)
        model = stats.norm(data.mean(), data.std()).cdf(ordered)
        gap = np.max(np.maximum(np.abs(heights - model), np.abs(heights - 1 / len(ordered) - model)))
        assert gap == pytest.approx(stats.kstest(data, "norm", args=(data.mean(), data.std())).statistic, rel=1e-9)
