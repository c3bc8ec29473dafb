"""gradiente.stats.MultivariateNormal against scipy.stats.multivariate_normal and by construction."""

import math

import numpy as np
import pytest
import scipy.stats as ss
from hypothesis import given, settings
from hypothesis import strategies as st

from gradiente.datasets import load_breast_cancer, load_iris
from gradiente.linalg import NotPositiveDefiniteError, NotSymmetricError
from gradiente.stats import MultivariateNormal, SampleSizeError


def random_covariance(rng, d):
    A = rng.normal(size=(d, d))
    return A @ A.T / d + 0.1 * np.eye(d)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 12))
def test_logpdf_pdf_and_mahalanobis_match_scipy(seed, d):
    rng = np.random.default_rng(seed)
    mean, cov = rng.normal(size=d), random_covariance(rng, d)
    X = mean + 3 * rng.normal(size=(50, d))
    ours, reference = MultivariateNormal(mean, cov), ss.multivariate_normal(mean, cov)
    np.testing.assert_allclose(ours.logpdf(X), reference.logpdf(X), rtol=1e-10)
    np.testing.assert_allclose(ours.pdf(X), reference.pdf(X), rtol=1e-9)
    squared = np.einsum("ij,jk,ik->i", X - mean, np.linalg.inv(cov), X - mean)
    np.testing.assert_allclose(ours.mahalanobis(X) ** 2, squared, rtol=1e-9)
    assert ours.logpdf(X[0]) == pytest.approx(float(reference.logpdf(X[0])), rel=1e-10)
    assert isinstance(ours.logpdf(X[0]), float)
    assert ours.log_det_cov == pytest.approx(np.linalg.slogdet(cov)[1], rel=1e-10, abs=1e-12)


def test_real_data_iris_setosa_and_breast_cancer():
    iris = load_iris()
    setosa = iris.data[iris.target == 0]
    mean, cov = setosa.mean(axis=0), np.cov(setosa, rowvar=False)
    np.testing.assert_allclose(
        MultivariateNormal(mean, cov).logpdf(setosa), ss.multivariate_normal(mean, cov).logpdf(setosa), rtol=1e-10
    )
    # breast cancer: det = 6e-66 and cond = 6e11, so SciPy's eigenvalue cut-off refuses the matrix as
    # singular; the reference is then NumPy's LU solve and slogdet
    X = load_breast_cancer().data
    mean, cov = X.mean(axis=0), np.cov(X, rowvar=False)
    deviations = X - mean
    quadratic = np.einsum("ij,ij->i", deviations, np.linalg.solve(cov, deviations.T).T)
    reference = -0.5 * (30 * math.log(2 * math.pi) + np.linalg.slogdet(cov)[1] + quadratic)
    np.testing.assert_allclose(MultivariateNormal(mean, cov).logpdf(X), reference, rtol=1e-10)


def test_200_dimensions_where_the_determinant_underflows():
    d = 200
    cov = 0.01 * np.eye(d)
    assert np.linalg.det(cov) == 0.0  # 1e-400 is not a double
    X = np.random.default_rng(0).normal(0, 0.1, size=(5, d))
    gaussian = MultivariateNormal(np.zeros(d), cov)
    assert gaussian.log_det_cov == pytest.approx(d * math.log(0.01), rel=1e-14)
    np.testing.assert_allclose(gaussian.logpdf(X), ss.multivariate_normal(np.zeros(d), cov).logpdf(X), rtol=1e-12)


def test_one_dimension_accepts_a_flat_sample():
    gaussian = MultivariateNormal([1.0], [[4.0]])
    x = np.array([-1.0, 1.0, 3.5])
    np.testing.assert_allclose(gaussian.logpdf(x), ss.norm(1.0, 2.0).logpdf(x), rtol=1e-13)
    assert gaussian.logpdf(2.0) == pytest.approx(ss.norm(1.0, 2.0).logpdf(2.0), rel=1e-13)


def test_sample_follows_the_documented_protocol():
    mean = np.array([1.0, -2.0, 0.5])
    cov = random_covariance(np.random.default_rng(3), 3)
    gaussian = MultivariateNormal(mean, cov)
    Z = np.random.default_rng(42).standard_normal((7, 3))
    expected = mean + Z @ np.linalg.cholesky(cov).T
    np.testing.assert_allclose(gaussian.sample(7, rng=42), expected, rtol=1e-13, atol=1e-14)
    X = gaussian.sample(200_000, rng=1)
    np.testing.assert_allclose(X.mean(axis=0), mean, atol=0.02)
    np.testing.assert_allclose(np.cov(X, rowvar=False), cov, atol=0.03)
    assert gaussian.sample(0, rng=0).shape == (0, 3)


def test_squared_mahalanobis_of_samples_is_chi_squared():
    d = 5
    gaussian = MultivariateNormal(np.zeros(d), random_covariance(np.random.default_rng(5), d))
    squared = gaussian.mahalanobis(gaussian.sample(20_000, rng=0)) ** 2
    assert ss.kstest(squared, ss.chi2(d).cdf).pvalue > 1e-3


def test_fit_is_the_mle_with_ddof_0():
    X = load_iris().data
    fitted = MultivariateNormal.fit(X)
    np.testing.assert_allclose(fitted.mean, X.mean(axis=0), rtol=1e-14)
    np.testing.assert_allclose(fitted.cov, np.cov(X, rowvar=False, ddof=0), rtol=1e-12)
    # the MLE maximises the likelihood: nudging the covariance lowers it
    nudged = MultivariateNormal(fitted.mean, fitted.cov * 1.01)
    assert fitted.log_likelihood(X) > nudged.log_likelihood(X)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(2, 6))
def test_conditional_matches_the_schur_complement(seed, d):
    rng = np.random.default_rng(seed)
    mean, cov = rng.normal(size=d), random_covariance(rng, d)
    given_ = rng.choice(d, size=rng.integers(1, d), replace=False)
    values = rng.normal(size=given_.size)
    free = np.setdiff1d(np.arange(d), given_)
    S12 = cov[np.ix_(free, given_)]
    S22_inv = np.linalg.inv(cov[np.ix_(given_, given_)])
    conditional = MultivariateNormal(mean, cov).conditional(given_, values)
    np.testing.assert_allclose(
        conditional.mean, mean[free] + S12 @ S22_inv @ (values - mean[given_]), rtol=1e-9, atol=1e-12
    )
    np.testing.assert_allclose(conditional.cov, cov[np.ix_(free, free)] - S12 @ S22_inv @ S12.T, rtol=1e-9, atol=1e-12)
    # p(x_1 | x_2) = p(x_1, x_2) / p(x_2)
    x1 = rng.normal(size=free.size)
    joint = np.empty(d)
    joint[free], joint[given_] = x1, values
    marginal = MultivariateNormal(mean[given_], cov[np.ix_(given_, given_)])
    assert conditional.logpdf(x1) == pytest.approx(
        MultivariateNormal(mean, cov).logpdf(joint) - marginal.logpdf(values), rel=1e-9, abs=1e-10
    )


def test_bivariate_conditional_is_the_regression_line():
    sigma_1, sigma_2, rho = 2.0, 0.5, -0.6
    cov = [[sigma_1**2, rho * sigma_1 * sigma_2], [rho * sigma_1 * sigma_2, sigma_2**2]]
    conditional = MultivariateNormal([1.0, 3.0], cov).conditional(1, 4.0)
    assert conditional.mean[0] == pytest.approx(1.0 + rho * sigma_1 / sigma_2 * (4.0 - 3.0))
    assert conditional.cov[0, 0] == pytest.approx(sigma_1**2 * (1 - rho**2))


def test_errors_teach():
    with pytest.raises(NotPositiveDefiniteError, match=r"cov must be positive definite.*smallest eigenvalue is -1"):
        MultivariateNormal([0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]])
    with pytest.raises(NotPositiveDefiniteError, match="1e-6 \\* np.eye"):
        MultivariateNormal([0.0, 0.0], [[1.0, 1.0], [1.0, 1.0]])
    with pytest.raises(NotSymmetricError, match="cov must be symmetric"):
        MultivariateNormal([0.0, 0.0], [[1.0, 0.5], [0.0, 1.0]])
    with pytest.raises(ValueError, match=r"np.diag\(v\)"):
        MultivariateNormal([0.0, 0.0], [1.0, 2.0])
    with pytest.raises(ValueError, match=r"shape \(n, 3\).*X.T"):
        MultivariateNormal(np.zeros(3), np.eye(3)).logpdf(np.zeros((3, 4)))
    with pytest.raises(SampleSizeError, match="more samples than dimensions"):
        MultivariateNormal.fit(np.ones((3, 5)))
    with pytest.raises(ValueError, match="non-negative integer"):
        MultivariateNormal([0.0], [[1.0]]).sample(-1)
    with pytest.raises(ValueError, match="fewer than all 2"):
        MultivariateNormal([0.0, 0.0], np.eye(2)).conditional([0, 1], [1.0, 2.0])
