"""Lesson 5.2's reference solutions against SciPy and NumPy (they import neither: the learner writes NumPy)."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from gradiente.datasets import load_breast_cancer, load_iris, load_wine

scipy_stats = pytest.importorskip("scipy.stats")

ROOT = Path(__file__).resolve().parents[2]


def solution(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "solutions" / "probability" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


def test_mean_and_variance_matches_scipy_rv_discrete():
    mean_and_variance = solution("mean_and_variance")
    faces = np.arange(1, 7)
    for probs in (np.full(6, 1 / 6), np.array([0.1, 0.1, 0.1, 0.1, 0.1, 0.5])):
        reference = scipy_stats.rv_discrete(values=(faces, probs))
        np.testing.assert_allclose(mean_and_variance(faces, probs), [reference.mean(), reference.var()], rtol=1e-12)
    np.testing.assert_allclose(mean_and_variance(faces, np.full(6, 1 / 6)), [3.5, 35 / 12], rtol=1e-12)
    np.testing.assert_allclose(mean_and_variance([0, 1], [0.7, 0.3]), [0.3, 0.21], rtol=1e-12)


@pytest.mark.parametrize("X", [load_iris().data, load_wine().data], ids=["iris", "wine"])
def test_correlation_matrix_matches_numpy_corrcoef(X):
    np.testing.assert_allclose(solution("correlation_matrix")(X), np.corrcoef(X, rowvar=False), rtol=1e-12, atol=1e-14)


def test_mvn_logpdf_matches_scipy_on_iris_setosa_and_in_200_dimensions():
    mvn_logpdf = solution("mvn_logpdf")
    iris = load_iris()
    setosa = iris.data[iris.target == 0]
    mu, Sigma = setosa.mean(axis=0), np.cov(setosa, rowvar=False)
    reference = scipy_stats.multivariate_normal(mu, Sigma).logpdf(setosa)
    np.testing.assert_allclose(mvn_logpdf(setosa, mu, Sigma), reference, rtol=1e-10)
    X = np.random.default_rng(0).normal(0.0, 0.1, size=(5, 200))
    assert np.linalg.det(0.01 * np.eye(200)) == 0.0  # the case the exercise exists for
    reference = scipy_stats.multivariate_normal(np.zeros(200), 0.01 * np.eye(200)).logpdf(X)
    np.testing.assert_allclose(mvn_logpdf(X, np.zeros(200), 0.01 * np.eye(200)), reference, rtol=1e-10)


def test_mvn_logpdf_on_breast_cancer_matches_slogdet_and_solve():
    # SciPy calls this Σ singular (cond ≈ 6e11 is past its eigenvalue cut-off), so compare with NumPy's slogdet.
    X = load_breast_cancer().data
    mu, Sigma = X.mean(axis=0), np.cov(X, rowvar=False)
    diff = X - mu
    reference = -0.5 * (
        30 * np.log(2 * np.pi) + np.linalg.slogdet(Sigma)[1] + np.sum(diff * np.linalg.solve(Sigma, diff.T).T, axis=1)
    )
    np.testing.assert_allclose(solution("mvn_logpdf")(X, mu, Sigma), reference, rtol=1e-8, atol=1e-8)
    assert 1e-66 < np.linalg.det(Sigma) < 1e-65  # COURSE.md's "det Σ ≈ 6·10⁻⁶⁶"


def test_sample_mvn_follows_its_protocol_and_its_covariance():
    sample_mvn = solution("sample_mvn")
    iris = load_iris()
    versicolor = iris.data[iris.target == 1]
    mu, Sigma = versicolor.mean(axis=0), np.cov(versicolor, rowvar=False)
    X = sample_mvn(mu, Sigma, 40_000, 3)
    assert X.shape == (40_000, 4)
    np.testing.assert_allclose(X.mean(axis=0), mu, atol=0.01)
    np.testing.assert_allclose(np.cov(X, rowvar=False), Sigma, atol=0.006)
    Z = np.random.default_rng(3).standard_normal((40_000, 4))
    np.testing.assert_allclose(X, mu + Z @ np.linalg.cholesky(Sigma).T, rtol=1e-12)
    # Mahalanobis distances of N(μ, Σ) samples are χ²₄: compare a few quantiles with SciPy's.
    r2 = np.sum(np.linalg.solve(np.linalg.cholesky(Sigma), (X - mu).T) ** 2, axis=0)
    np.testing.assert_allclose(np.quantile(r2, [0.25, 0.5, 0.9]), scipy_stats.chi2(4).ppf([0.25, 0.5, 0.9]), rtol=0.03)
