"""Lesson 5.4's reference solutions against SciPy and scikit-learn, on the data their checks use."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from gradiente.datasets import load_breast_cancer, load_digits, load_iris

scipy_stats = pytest.importorskip("scipy.stats")
sklearn_metrics = pytest.importorskip("sklearn.metrics")

ROOT = Path(__file__).resolve().parents[2]


def _solution(name):
    spec = importlib.util.spec_from_file_location(f"solution_{name}", ROOT / "solutions" / "probability" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


def test_normal_mle_matches_scipy_norm_fit():
    normal_mle = _solution("normal_mle")
    iris, cancer = load_iris(), load_breast_cancer()
    for x in (iris.data[iris.target == 0, 0], cancer.data[:, 1], np.array([1.0, 2.0, 3.0, 6.0])):
        np.testing.assert_allclose(normal_mle(x), scipy_stats.norm.fit(x), rtol=1e-10)


def test_bernoulli_nll_matches_sklearn_log_loss():
    bernoulli_nll = _solution("bernoulli_nll")
    cancer = load_breast_cancer()
    y = cancer.target
    rng = np.random.default_rng(0)
    p = rng.uniform(0.01, 0.99, size=y.size)
    assert bernoulli_nll(p, y) == pytest.approx(sklearn_metrics.log_loss(y, p), rel=1e-12)
    constant = np.full(y.size, y.mean())  # its loss is the entropy of the labels
    assert bernoulli_nll(constant, y) == pytest.approx(scipy_stats.entropy([1 - y.mean(), y.mean()]), rel=1e-12)


def test_poisson_mle_newton_reaches_the_maximum_of_scipys_log_likelihood():
    poisson_mle_newton = _solution("poisson_mle_newton")
    counts = np.random.default_rng(7).poisson(3.2, size=100)
    for lam0 in (1.0, 6.0):
        lam_hat = poisson_mle_newton(counts, lam0, 12)[-1]
        assert lam_hat == pytest.approx(counts.mean(), rel=1e-12)
        best = scipy_stats.poisson.logpmf(counts, lam_hat).sum()
        for nearby in (lam_hat * 0.999, lam_hat * 1.001):
            assert scipy_stats.poisson.logpmf(counts, nearby).sum() < best


def test_kl_divergence_matches_scipy_entropy():
    kl_divergence = _solution("kl_divergence")
    target = load_digits().target
    shares = np.bincount(target, minlength=10) / target.size
    cases = [
        (shares, np.full(10, 0.1)),
        (np.array([0.5, 0.5]), np.array([0.9, 0.1])),
        (np.array([0.5, 0.5, 0.0, 0.0]), np.full(4, 0.25)),
    ]
    for p, q in cases:
        assert kl_divergence(p, q) == pytest.approx(scipy_stats.entropy(p, q), rel=1e-10)
    assert kl_divergence(shares, shares) == pytest.approx(0.0, abs=1e-15)
